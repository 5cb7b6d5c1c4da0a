#pragma once
// The key every pickle (serialised Olm account, Olm/Megolm session, PK decryption key) is encrypted with.
//
// Intended use (the keyring wiring is Session work): on first login the Session calls
// PickleKey::generate(), stores toBytes() in the OS keyring through Keyring::write under an entry such as
// "pickle-key:<user>:<device>", and from then on reads it back with Keyring::read and
// PickleKey::fromBytes() before unpickling anything from the database. The key never touches disk,
// logs or the database; only sealed pickles do.
//
// Sealing is done here with OpenSSL, not by libolm: libolm pickles with a fixed, public inner key and
// sealPickle() wraps that with AES-256-CTR + HMAC-SHA256 (encrypt-then-MAC, keys from HKDF of this key),
// so the long-lived secret never passes through libolm's table-based AES (CVE-2024-45191).
#include "protocol/error.h"

#include <QByteArray>

namespace lattice::crypto {

class PickleKey
{
public:
    static constexpr int kSize = 32;
    static PickleKey generate();                                 // 32 fresh random bytes
    static Result<PickleKey> fromBytes(const QByteArray &bytes); // what the keyring held

    PickleKey(const PickleKey &) = default;
    PickleKey &operator=(const PickleKey &) = default;
    PickleKey(PickleKey &&) noexcept = default;
    PickleKey &operator=(PickleKey &&) noexcept = default;
    ~PickleKey();

    QByteArray toBytes() const { return m_key; }

private:
    explicit PickleKey(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

// Encrypts and authenticates a pickle; the result is unpadded base64 text, safe for a TEXT column.
QByteArray sealPickle(const PickleKey &key, const QByteArray &pickle);
// An Error (errcode BAD_PICKLE_MAC) when the key is wrong or the sealed text was altered or truncated.
Result<QByteArray> openPickle(const PickleKey &key, const QByteArray &sealed);

} // namespace lattice::crypto
