// m.secret_storage.v1.aes-hmac-sha2 and m.pbkdf2 (client-server-api/modules/secrets.md "Storage").
#include "secret_storage.h"

#include "aes_ctr.h"
#include "base64.h"
#include "crypto_error.h"
#include "digest.h"
#include "random.h"

#include <QJsonValue>

namespace lattice::crypto {

namespace {

struct DerivedKeys
{
    QByteArray aesKey;
    QByteArray macKey;
    ~DerivedKeys()
    {
        wipe(aesKey);
        wipe(macKey);
    }
};

Error formatError(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_SECRET_FORMAT"));
}

// HKDF-SHA256 with 32 zero bytes of salt and `info`: the first 32 bytes for AES, the next 32 for the MAC.
Result<DerivedKeys> deriveKeys(const QByteArray &key, const QString &info)
{
    if (key.size() != kSecretStorageKeySize)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "A secret storage key must be 32 bytes long."),
                          QStringLiteral("BAD_KEY_SIZE"));
    Result<QByteArray> okm = hkdfSha256(key, QByteArray(32, '\0'), info.toUtf8(), 64);
    if (!okm)
        return okm.error();
    DerivedKeys keys;
    keys.aesKey = okm->left(32);
    keys.macKey = okm->mid(32);
    wipe(*okm);
    return keys;
}

// Some AES-CTR implementations carry the counter into the upper 64 bits and some do not; clearing bit 63
// keeps every client's counter from ever reaching it.
QByteArray withBit63Cleared(QByteArray iv)
{
    if (iv.size() == 16)
        iv[8] = static_cast<char>(iv[8] & 0x7F);
    return iv;
}

// Reads an unpadded or padded base64 field (the spec asks clients to accept both).
Result<QByteArray> base64Field(const QJsonObject &json, const QString &name, bool required)
{
    const QJsonValue v = json.value(name);
    if (v.isUndefined() && !required)
        return QByteArray();
    if (!v.isString())
        return formatError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The secret storage data lacks a required field."));
    Result<QByteArray> bytes = base64Decode(v.toString().toLatin1());
    if (!bytes)
        return formatError(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "The secret storage data has a field that is not valid base64."));
    return bytes;
}

// Encrypts and MACs with the IV exactly as given.
Result<QJsonObject> encryptWithIv(const QByteArray &key, const QString &name, const QByteArray &secret,
                                  const QByteArray &iv)
{
    Result<DerivedKeys> keys = deriveKeys(key, name);
    if (!keys)
        return keys.error();
    Result<QByteArray> ciphertext = aes256Ctr(keys->aesKey, iv, secret);
    if (!ciphertext)
        return ciphertext.error();
    const QByteArray mac = hmacSha256(keys->macKey, *ciphertext);
    return QJsonObject{{QStringLiteral("iv"), QString::fromLatin1(base64Encode(iv))},
                       {QStringLiteral("ciphertext"), QString::fromLatin1(base64Encode(*ciphertext))},
                       {QStringLiteral("mac"), QString::fromLatin1(base64Encode(mac))}};
}

} // namespace

QJsonObject PassphraseInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("algorithm"), algorithm},
                       {QStringLiteral("salt"), salt},
                       {QStringLiteral("iterations"), iterations},
                       {QStringLiteral("bits"), bits}};
}

Result<PassphraseInfo> PassphraseInfo::fromJson(const QJsonObject &json)
{
    PassphraseInfo info;
    info.algorithm = json.value(QStringLiteral("algorithm")).toString();
    info.salt = json.value(QStringLiteral("salt")).toString();
    info.iterations = json.value(QStringLiteral("iterations")).toInt(0);
    info.bits = json.value(QStringLiteral("bits")).toInt(256);
    if (info.algorithm != kPbkdf2Algorithm)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The key's passphrase uses an algorithm this client does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    if (!json.value(QStringLiteral("salt")).isString() || info.iterations <= 0 || info.bits <= 0 ||
        info.bits % 8 != 0 || info.bits > 8 * 1024)
        return formatError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The key's passphrase settings are incomplete or invalid."));
    return info;
}

PassphraseInfo PassphraseInfo::generate()
{
    PassphraseInfo info;
    // 32 alphanumeric characters, as other clients make them (the salt is used as a string).
    info.salt = newSecretStorageKeyId();
    info.iterations = kPbkdf2Iterations;
    info.bits = 256;
    return info;
}

Result<QByteArray> keyFromPassphrase(const QString &passphrase, const PassphraseInfo &info)
{
    if (info.algorithm != kPbkdf2Algorithm)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The key's passphrase uses an algorithm this client does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    if (info.iterations <= 0 || info.bits <= 0 || info.bits % 8 != 0)
        return formatError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The key's passphrase settings are incomplete or invalid."));
    QByteArray utf8 = passphrase.toUtf8();
    Result<QByteArray> key = pbkdf2Sha512(utf8, info.salt.toUtf8(), info.iterations, info.bits / 8);
    wipe(utf8);
    return key;
}

QJsonObject KeyDescription::toJson() const
{
    QJsonObject json{{QStringLiteral("algorithm"), algorithm}};
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (passphrase)
        json.insert(QStringLiteral("passphrase"), passphrase->toJson());
    if (!iv.isEmpty())
        json.insert(QStringLiteral("iv"), QString::fromLatin1(base64Encode(iv)));
    if (!mac.isEmpty())
        json.insert(QStringLiteral("mac"), QString::fromLatin1(base64Encode(mac)));
    return json;
}

Result<KeyDescription> KeyDescription::fromJson(const QJsonObject &json)
{
    KeyDescription d;
    d.name = json.value(QStringLiteral("name")).toString();
    d.algorithm = json.value(QStringLiteral("algorithm")).toString();
    if (d.algorithm.isEmpty())
        return formatError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The secret storage key description has no algorithm."));
    if (json.contains(QStringLiteral("passphrase"))) {
        Result<PassphraseInfo> p =
            PassphraseInfo::fromJson(json.value(QStringLiteral("passphrase")).toObject());
        if (!p)
            return p.error();
        d.passphrase = *p;
    }
    Result<QByteArray> iv = base64Field(json, QStringLiteral("iv"), false);
    if (!iv)
        return iv.error();
    Result<QByteArray> mac = base64Field(json, QStringLiteral("mac"), false);
    if (!mac)
        return mac.error();
    d.iv = *iv;
    d.mac = *mac;
    return d;
}

Result<KeyDescription> describeKey(const QByteArray &key, const QString &name,
                                   const std::optional<PassphraseInfo> &passphrase)
{
    Result<QJsonObject> check = encryptSecret(key, QString(), QByteArray(32, '\0'));
    if (!check)
        return check.error();
    KeyDescription d;
    d.name = name;
    d.algorithm = kSecretStorageAlgorithm;
    d.passphrase = passphrase;
    d.iv = *base64Field(*check, QStringLiteral("iv"), true);
    d.mac = *base64Field(*check, QStringLiteral("mac"), true);
    return d;
}

Status checkKey(const QByteArray &key, const KeyDescription &description)
{
    if (description.algorithm != kSecretStorageAlgorithm)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The secret storage key uses an algorithm this client does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    if (key.size() != kSecretStorageKeySize)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "This is not the key of the secret storage."),
                          QStringLiteral("BAD_SECRET_STORAGE_KEY"));
    if (description.iv.isEmpty() && description.mac.isEmpty())
        return success(); // the spec: without iv and mac, assume the key is valid
    // The stored IV as it is: another client may not have cleared its bit 63.
    Result<QJsonObject> check = encryptWithIv(key, QString(), QByteArray(32, '\0'), description.iv);
    if (!check)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The secret storage key description has an invalid check."),
            QStringLiteral("BAD_SECRET_FORMAT"));
    const QByteArray mac = *base64Field(*check, QStringLiteral("mac"), true);
    if (!constantTimeEquals(mac, description.mac))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "This is not the key of the secret storage."),
                          QStringLiteral("BAD_SECRET_STORAGE_KEY"));
    return success();
}

QString newSecretStorageKeyId()
{
    static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray random = randomBytes(32);
    QString id;
    for (char c : random)
        id.append(QLatin1Char(kChars[static_cast<unsigned char>(c) % 62])); // slight bias: an ID, not a key
    return id;
}

Result<QJsonObject> encryptSecret(const QByteArray &key, const QString &name, const QByteArray &secret)
{
    return encryptSecretWithIv(key, name, secret, randomBytes(16));
}

Result<QJsonObject> encryptSecretWithIv(const QByteArray &key, const QString &name, const QByteArray &secret,
                                        QByteArray iv)
{
    return encryptWithIv(key, name, secret, withBit63Cleared(std::move(iv)));
}

Result<QByteArray> decryptSecret(const QByteArray &key, const QString &name, const QJsonObject &encrypted)
{
    Result<QByteArray> iv = base64Field(encrypted, QStringLiteral("iv"), true);
    if (!iv)
        return iv.error();
    Result<QByteArray> ciphertext = base64Field(encrypted, QStringLiteral("ciphertext"), true);
    if (!ciphertext)
        return ciphertext.error();
    Result<QByteArray> mac = base64Field(encrypted, QStringLiteral("mac"), true);
    if (!mac)
        return mac.error();
    if (iv->size() != 16)
        return formatError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The stored secret's IV is not 16 bytes long."));
    Result<DerivedKeys> keys = deriveKeys(key, name);
    if (!keys)
        return keys.error();
    // Authenticate before decrypting: nothing of a forged ciphertext reaches the caller.
    if (!constantTimeEquals(hmacSha256(keys->macKey, *ciphertext), *mac))
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The stored secret could not be authenticated: the key is wrong or "
                              "the data was altered."),
            QStringLiteral("BAD_SECRET_MAC"));
    // The IV is used as stored: the writer cleared bit 63, and clearing it here would break secrets of
    // clients that did not.
    return aes256Ctr(keys->aesKey, *iv, *ciphertext);
}

} // namespace lattice::crypto
