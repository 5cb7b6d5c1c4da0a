#include "ed25519.h"

#include "base64.h"
#include "crypto_error.h"
#include "protocol/canonical_json.h"

#include <openssl/evp.h>

namespace lattice::crypto {

Status verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "An Ed25519 public key must be 32 bytes long."),
            QStringLiteral("BAD_KEY_SIZE"));
    if (signature.size() != 64)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "An Ed25519 signature must be 64 bytes long."),
                          QStringLiteral("BAD_SIGNATURE"));
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()), 32);
    if (!key)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Ed25519 public key is not a valid curve point."),
            QStringLiteral("BAD_KEY"));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                                     reinterpret_cast<const unsigned char *>(message.constData()),
                                     static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    if (!ok)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Ed25519 signature does not match."),
                          QStringLiteral("BAD_SIGNATURE"));
    return success();
}

Status verifySignedJson(const QJsonObject &object, const QString &userId, const QString &keyId,
                        const QString &publicKeyBase64)
{
    if (!keyId.startsWith(QLatin1String("ed25519:")))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "Only ed25519 signatures can be checked."),
                          QStringLiteral("UNKNOWN_ALGORITHM"));
    const QJsonValue sig =
        object.value(QLatin1String("signatures")).toObject().value(userId).toObject().value(keyId);
    if (!sig.isString())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The object carries no signature by that key."),
            QStringLiteral("MISSING_SIGNATURE"));
    auto signature = base64Decode(sig.toString().toLatin1());
    if (!signature)
        return signature.error();
    auto key = base64Decode(publicKeyBase64.toLatin1());
    if (!key)
        return key.error();
    auto signed_ = signingJson(object);
    if (!signed_)
        return signed_.error();
    return verifyEd25519(*key, *signed_, *signature);
}

} // namespace lattice::crypto
