#pragma once
// Encrypted attachments over the media repository (spec end_to_end_encryption.md, "Sending encrypted
// attachments"). Here in client/ because net/ does not know the crypto layer: MediaClient moves the
// bytes, crypto/encrypted_attachment does AES-CTR and SHA-256.
#include "net/media_client.h"

#include <QJsonObject>

namespace lattice {

// Encrypts `plaintext` with a fresh key, uploads the ciphertext (as application/octet-stream, no name: the
// server learns nothing of the file) and answers the EncryptedFile object with its "url", ready for the
// "file" or "thumbnail_file" field of an event that is itself encrypted.
MediaTransfer *uploadEncrypted(MediaClient &media, const QByteArray &plaintext,
                               std::function<void(Result<QJsonObject>)> done,
                               MediaClient::ProgressCallback progress = {});

// Downloads the ciphertext an EncryptedFile points at (at most `maxBytes`; the cache keeps ciphertext
// only), checks its SHA-256 before decrypting (errcode HASH_MISMATCH when it differs) and answers the
// plaintext. A file object without a valid mxc:// "url" is an error (BAD_ENCRYPTED_FILE) before anything
// is fetched; `done` still comes later, and no transfer is returned (null).
MediaTransfer *downloadEncrypted(MediaClient &media, const QJsonObject &file, qint64 maxBytes,
                                 MediaClient::ContentCallback done,
                                 MediaClient::ProgressCallback progress = {});

} // namespace lattice
