#pragma once
// Private to the libolm-backed .cpp files: helpers for calling libolm safely. Never include from a header.
#include "crypto_error.h"
#include "pickle_key.h"
#include "random.h"

#include <QByteArray>
#include <QString>
#include <olm/olm.h>

namespace lattice::crypto::olm {

// libolm signals failure by returning olm_error(); every call's result goes through this.
inline bool failed(size_t result)
{
    return result == olm_error();
}

inline Error error(const char *sentence, const char *lastError)
{
    return inputError(sentence, QString::fromLatin1(lastError));
}

inline uint8_t *u8(QByteArray &a)
{
    return reinterpret_cast<uint8_t *>(a.data());
}
inline const uint8_t *u8(const QByteArray &a)
{
    return reinterpret_cast<const uint8_t *>(a.constData());
}
inline size_t len(const QByteArray &a)
{
    return static_cast<size_t>(a.size());
}

// Random input for libolm, wiped after use.
struct Random
{
    explicit Random(size_t n) : bytes(randomBytes(static_cast<int>(n))) {}
    ~Random() { wipe(bytes); }
    void *data() { return bytes.data(); }
    size_t size() const { return static_cast<size_t>(bytes.size()); }
    QByteArray bytes;
};

// libolm's own pickle encryption uses its table-based AES, so it gets this fixed, public key and the real
// protection comes from sealPickle()/openPickle() over OpenSSL with the caller's PickleKey.
inline QByteArray innerPickleKey()
{
    return QByteArrayLiteral("lattice-inner-pickle-v1");
}

} // namespace lattice::crypto::olm
