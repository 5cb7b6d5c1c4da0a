// The key backup's private key in the state machine: sealed with the pickle key under "backup.private_key"
// next to its public key, so that this device can hand it to our other verified devices (m.secret.send)
// only while it opens the backup we upload to.
#include "crypto/backup_encryption.h"
#include "crypto/backup_secret.h"
#include "crypto/base64.h"
#include "crypto/pickle_key.h"
#include "olm_machine_p.h"

#include <QJsonDocument>

namespace lattice::crypto {

namespace {
const QString kBackupPrivateKey = QStringLiteral("backup.private_key");
const QLatin1String kPublicKey("public_key");
const QLatin1String kSealedKey("sealed_key");
} // namespace

Result<QByteArray> backupKeyFromSecret(const QString &secret, const QString &backupPublicKey)
{
    auto key = base64Decode(secret.trimmed().toLatin1());
    if (!key || key->size() != 32)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The key backup's key is malformed."),
                          QStringLiteral("BAD_BACKUP_KEY"));
    if (auto opens = backupDecryption(*key, backupPublicKey); !opens) {
        key->fill('\0');
        return opens.error();
    }
    return *key;
}

QString backupKeySecret(const QByteArray &privateKey)
{
    return QString::fromLatin1(base64Encode(privateKey));
}

Status OlmMachine::storeBackupPrivateKey(const QByteArray &privateKey)
{
    auto decryption = PkDecryption::fromPrivateKey(privateKey);
    if (!decryption)
        return decryption.error();
    const QJsonObject o{{kPublicKey, decryption->publicKey()},
                        {kSealedKey, QString::fromLatin1(sealPickle(d->pickleKey, privateKey))}};
    return d->store.setValue(kBackupPrivateKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<std::optional<QByteArray>> OlmMachine::backupPrivateKey()
{
    auto enabled = backup();
    if (!enabled)
        return enabled.error();
    auto raw = d->store.value(kBackupPrivateKey);
    if (!raw)
        return raw.error();
    const QJsonObject o = QJsonDocument::fromJson(*raw).object();
    // A key of an earlier backup version opens nothing we upload to: not held, as far as others know.
    if (!*enabled || o.value(kPublicKey).toString() != (*enabled)->publicKey)
        return std::optional<QByteArray>();
    auto key = openPickle(d->pickleKey, o.value(kSealedKey).toString().toLatin1());
    if (!key)
        return key.error();
    return std::optional<QByteArray>(*key);
}

} // namespace lattice::crypto
