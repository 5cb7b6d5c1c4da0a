#pragma once
// AES-256-CTR over OpenSSL (constant-time AES-NI or bitsliced code, unlike libolm's table-based AES:
// CVE-2024-45191). Used for attachments, key backup and SSSS secrets, and for sealing pickles.
#include "protocol/error.h"

#include <QByteArray>

namespace lattice::crypto {

// Encryption and decryption are the same operation in CTR mode. The 16-byte IV is the initial counter
// block (big-endian counter in its last bytes). An Error when the key is not 32 or the IV not 16 bytes.
Result<QByteArray> aes256Ctr(const QByteArray &key, const QByteArray &iv, const QByteArray &data);

} // namespace lattice::crypto
