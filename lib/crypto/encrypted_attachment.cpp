#include "encrypted_attachment.h"

#include "aes_ctr.h"
#include "base64.h"
#include "crypto_error.h"
#include "digest.h"
#include "random.h"

#include <QJsonArray>

namespace lattice::crypto {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Error badFile(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_ENCRYPTED_FILE"));
}

} // namespace

EncryptedAttachment encryptAttachment(const QByteArray &plaintext)
{
    QByteArray key = randomBytes(32);
    // 64 random bits followed by a 64-bit block counter that starts at zero, as the spec requires.
    const QByteArray iv = randomBytes(8) + QByteArray(8, '\0');
    EncryptedAttachment out;
    out.ciphertext = aes256Ctr(key, iv, plaintext).value();
    const QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("oct")},
        {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt")}},
        {QStringLiteral("alg"), QStringLiteral("A256CTR")},
        {QStringLiteral("k"), QString::fromLatin1(base64UrlEncode(key))},
        {QStringLiteral("ext"), true},
    };
    out.file = QJsonObject{
        {QStringLiteral("v"), QStringLiteral("v2")},
        {QStringLiteral("key"), jwk},
        {QStringLiteral("iv"), QString::fromLatin1(base64Encode(iv))},
        {QStringLiteral("hashes"),
         QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(base64Encode(sha256(out.ciphertext)))}}},
    };
    wipe(key);
    return out;
}

Result<QByteArray> decryptAttachment(const QByteArray &ciphertext, const QJsonObject &file)
{
    if (!file.contains(QLatin1String("v")) || !file.contains(QLatin1String("key")) ||
        !file.contains(QLatin1String("iv")) || !file.contains(QLatin1String("hashes")))
        return badFile(QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file description is incomplete."));
    if (str(file, "v") != QLatin1String("v2"))
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file uses an unsupported version."),
            QStringLiteral("UNSUPPORTED_VERSION"));

    const QJsonObject jwk = file.value(QLatin1String("key")).toObject();
    const QJsonArray ops = jwk.value(QLatin1String("key_ops")).toArray();
    if (str(jwk, "kty") != QLatin1String("oct") || str(jwk, "alg") != QLatin1String("A256CTR") ||
        !ops.contains(QStringLiteral("decrypt")))
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file's key is not an AES-256-CTR key."),
            QStringLiteral("BAD_KEY"));
    auto key = base64UrlDecode(str(jwk, "k").toLatin1());
    if (!key || key->size() != 32)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file's key is not 256 bits long."),
            QStringLiteral("BAD_KEY"));

    auto iv = base64Decode(str(file, "iv").toLatin1());
    if (!iv || iv->size() != 16)
        return badFile(QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file's IV is not 16 bytes long."));
    const QString expected = str(file.value(QLatin1String("hashes")).toObject(), "sha256");
    auto hash = base64Decode(expected.toLatin1());
    if (expected.isEmpty() || !hash || hash->size() != 32)
        return badFile(QT_TRANSLATE_NOOP("lattice::Crypto", "The encrypted file has no valid SHA-256 hash."));

    // Check before decrypting: an altered download must never reach an image decoder.
    if (!constantTimeEquals(sha256(ciphertext), *hash))
        return inputError(
            QT_TRANSLATE_NOOP(
                "lattice::Crypto",
                "The downloaded file does not match its hash: it was altered or is incomplete."),
            QStringLiteral("HASH_MISMATCH"));
    auto plain = aes256Ctr(*key, *iv, ciphertext);
    wipe(*key);
    return plain;
}

} // namespace lattice::crypto
