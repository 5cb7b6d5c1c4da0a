#pragma once
// Secure random bytes, constant-time comparison and wiping, over OpenSSL.
#include <QByteArray>

namespace lattice::crypto {

// From OpenSSL's CSPRNG (seeded by the OS). Aborts the process if the CSPRNG fails: continuing without
// randomness would create guessable keys, and there is nothing a caller could do instead.
QByteArray randomBytes(int count);
// Compares in time that depends only on the lengths, for MACs and hashes.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// Overwrites the bytes in place in a way the compiler cannot optimise away.
void wipe(QByteArray &bytes);
void wipe(void *data, size_t size);

} // namespace lattice::crypto
