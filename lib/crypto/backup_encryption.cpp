#include "backup_encryption.h"

#include "crypto_error.h"
#include "olm_machine_p.h"
#include "random.h"

#include <QJsonDocument>

namespace lattice::crypto {

namespace {

Error badData(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_BACKUP_DATA"));
}

QString text(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

} // namespace

QString backupAlgorithm()
{
    return QStringLiteral("m.megolm_backup.v1.curve25519-aes-sha2");
}

Result<BackupInfo> backupInfoFrom(const QJsonObject &versionInfo)
{
    if (text(versionInfo, QLatin1String("algorithm")) != backupAlgorithm())
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The key backup uses an algorithm Lattice does not support."),
                          QStringLiteral("UNSUPPORTED_ALGORITHM"));
    BackupInfo info;
    info.version = text(versionInfo, QLatin1String("version"));
    info.publicKey =
        text(versionInfo.value(QLatin1String("auth_data")).toObject(), QLatin1String("public_key"));
    if (info.version.isEmpty() || info.publicKey.isEmpty())
        return badData(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The key backup lacks its version or public key."));
    return info;
}

Result<PkDecryption> backupDecryption(const QByteArray &privateKey, const QString &backupPublicKey)
{
    auto decryption = PkDecryption::fromPrivateKey(privateKey);
    if (!decryption)
        return decryption.error();
    if (decryption->publicKey() != backupPublicKey)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "This key does not open the server's key backup."),
            QStringLiteral("WRONG_BACKUP_KEY"));
    return decryption;
}

Result<QJsonObject> encryptSessionData(PkEncryption &encryption, const QJsonObject &sessionData)
{
    QByteArray plain = QJsonDocument(sessionData).toJson(QJsonDocument::Compact);
    auto message = encryption.encrypt(plain);
    wipe(plain);
    if (!message)
        return message.error();
    return QJsonObject{{QStringLiteral("ciphertext"), QString::fromLatin1(message->ciphertext)},
                       {QStringLiteral("mac"), QString::fromLatin1(message->mac)},
                       {QStringLiteral("ephemeral"), QString::fromLatin1(message->ephemeral)}};
}

Result<QJsonObject> decryptSessionData(PkDecryption &decryption, const QJsonObject &sessionData)
{
    const PkMessage message{text(sessionData, QLatin1String("ciphertext")).toLatin1(),
                            text(sessionData, QLatin1String("mac")).toLatin1(),
                            text(sessionData, QLatin1String("ephemeral")).toLatin1()};
    if (message.ciphertext.isEmpty() || message.mac.isEmpty() || message.ephemeral.isEmpty())
        return badData(QT_TRANSLATE_NOOP("lattice::Crypto",
                                         "A backed-up key lacks its ciphertext, MAC or ephemeral key."));
    auto plain = decryption.decrypt(message);
    if (!plain)
        return plain.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &parseError);
    wipe(*plain);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badData(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A backed-up key did not decrypt to a JSON object."));
    QJsonObject data = doc.object();
    if (text(data, QLatin1String("algorithm")) != algorithm::megolm() ||
        text(data, QLatin1String("session_key")).isEmpty() ||
        text(data, QLatin1String("sender_key")).isEmpty())
        return badData(QT_TRANSLATE_NOOP("lattice::Crypto", "A backed-up key is not a complete Megolm key."));
    return data;
}

QList<BackedUpSession> backedUpSessions(const QJsonObject &roomKeys)
{
    QList<BackedUpSession> out;
    const QJsonObject rooms = roomKeys.value(QLatin1String("rooms")).toObject();
    for (auto room = rooms.begin(); room != rooms.end(); ++room) {
        const QJsonObject sessions = room.value().toObject().value(QLatin1String("sessions")).toObject();
        for (auto s = sessions.begin(); s != sessions.end(); ++s)
            out.append(BackedUpSession{room.key(), s.key(), s.value().toObject()});
    }
    return out;
}

Result<QJsonObject> exportedKeyFrom(PkDecryption &decryption, const BackedUpSession &session)
{
    auto data =
        decryptSessionData(decryption, session.keyBackupData.value(QLatin1String("session_data")).toObject());
    if (!data)
        return data.error();
    data->insert(QStringLiteral("room_id"), session.roomId);
    data->insert(QStringLiteral("session_id"), session.sessionId);
    return data;
}

} // namespace lattice::crypto
