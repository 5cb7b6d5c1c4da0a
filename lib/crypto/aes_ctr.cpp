#include "aes_ctr.h"

#include "crypto_error.h"

#include <openssl/evp.h>

namespace lattice::crypto {

Result<QByteArray> aes256Ctr(const QByteArray &key, const QByteArray &iv, const QByteArray &data)
{
    if (key.size() != 32)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "An AES-256 key must be 32 bytes long."),
                          QStringLiteral("BAD_KEY_SIZE"));
    if (iv.size() != 16)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "An AES-CTR initial counter must be 16 bytes long."),
            QStringLiteral("BAD_IV_SIZE"));
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(data.size(), '\0');
    int len = 0;
    int tail = 0;
    const bool ok = ctx &&
                    EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), nullptr,
                                       reinterpret_cast<const unsigned char *>(key.constData()),
                                       reinterpret_cast<const unsigned char *>(iv.constData())) == 1 &&
                    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                                      reinterpret_cast<const unsigned char *>(data.constData()),
                                      static_cast<int>(data.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "AES-256-CTR failed in OpenSSL."));
    return out;
}

} // namespace lattice::crypto
