#include "random.h"

#include <QtGlobal>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace lattice::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("OpenSSL's random number generator failed; refusing to create keys without randomness.");
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(void *data, size_t size)
{
    if (data && size > 0)
        OPENSSL_cleanse(data, size);
}

} // namespace lattice::crypto
