#include "digest.h"

#include "crypto_error.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace lattice::crypto {
namespace {

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()), bytes(data),
         static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

Result<QByteArray> hkdfSha256(const QByteArray &inputKey, const QByteArray &salt, const QByteArray &info,
                              int length)
{
    if (length <= 0 || length > 255 * 32)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "HKDF-SHA256 cannot produce that many bytes."));
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    QByteArray out(length, '\0');
    size_t outLen = static_cast<size_t>(length);
    // An empty salt means a salt of HashLen zero bytes (RFC 5869 section 2.2).
    const QByteArray realSalt = salt.isEmpty() ? QByteArray(32, '\0') : salt;
    const bool ok =
        ctx && EVP_PKEY_derive_init(ctx) > 0 && EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) > 0 &&
        EVP_PKEY_CTX_set1_hkdf_salt(ctx, bytes(realSalt), static_cast<int>(realSalt.size())) > 0 &&
        EVP_PKEY_CTX_set1_hkdf_key(ctx, bytes(inputKey), static_cast<int>(inputKey.size())) > 0 &&
        EVP_PKEY_CTX_add1_hkdf_info(ctx, bytes(info), static_cast<int>(info.size())) > 0 &&
        EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), &outLen) > 0;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "HKDF-SHA256 failed in OpenSSL."));
    return out;
}

Result<QByteArray> pbkdf2Sha512(const QByteArray &passphrase, const QByteArray &salt, int iterations,
                                int length)
{
    if (iterations <= 0 || length <= 0)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "PBKDF2 needs a positive iteration count and length."));
    QByteArray out(length, '\0');
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), static_cast<int>(passphrase.size()), bytes(salt),
                          static_cast<int>(salt.size()), iterations, EVP_sha512(), length,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "PBKDF2-HMAC-SHA512 failed in OpenSSL."));
    return out;
}

} // namespace lattice::crypto
