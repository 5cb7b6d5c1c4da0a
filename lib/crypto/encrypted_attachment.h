#pragma once
// Encrypted attachments (spec: end_to_end_encryption.md "Sending encrypted attachments"): AES-256-CTR
// over OpenSSL with a fresh key and IV per file, and a SHA-256 of the ciphertext that is checked before a
// single byte is decrypted, so a file the server altered is an Error, never a broken image.
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>

namespace lattice::crypto {

struct EncryptedAttachment
{
    QByteArray ciphertext; // what to upload
    // The EncryptedFile object without "url": {v, key (JWK), iv, hashes}. The caller adds the mxc:// URL
    // after the upload and sends it as "file" or "thumbnail_file" in the (Megolm-encrypted) event.
    QJsonObject file;
};

EncryptedAttachment encryptAttachment(const QByteArray &plaintext);

// Errors (errcode in brackets): a missing or malformed field [BAD_ENCRYPTED_FILE], a version other than
// v2 [UNSUPPORTED_VERSION], a key that is not a 256-bit A256CTR JWK [BAD_KEY], and a ciphertext whose
// SHA-256 differs from hashes.sha256 [HASH_MISMATCH].
Result<QByteArray> decryptAttachment(const QByteArray &ciphertext, const QJsonObject &file);

} // namespace lattice::crypto
