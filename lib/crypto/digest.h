#pragma once
// Hashes and key derivation over OpenSSL: SHA-256, HMAC-SHA256, HKDF-SHA256 (RFC 5869) and
// PBKDF2-HMAC-SHA512 (key backup passphrases, SSSS). All are deterministic and never fail on valid sizes.
#include "protocol/error.h"

#include <QByteArray>

namespace lattice::crypto {

QByteArray sha256(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
// An Error only when `length` exceeds 255 * 32 bytes, the most HKDF can produce.
Result<QByteArray> hkdfSha256(const QByteArray &inputKey, const QByteArray &salt, const QByteArray &info,
                              int length);
Result<QByteArray> pbkdf2Sha512(const QByteArray &passphrase, const QByteArray &salt, int iterations,
                                int length);

} // namespace lattice::crypto
