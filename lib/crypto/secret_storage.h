#pragma once
// Secret storage ("SSSS", client-server-api/modules/secrets.md) as pure functions: recovery keys in the
// spec's key representation (appendices "Cryptographic key representation"), keys from passphrases
// (m.pbkdf2), and the m.secret_storage.v1.aes-hmac-sha2 algorithm (key check, secret encryption). No I/O:
// client/secret_storage.h reads and writes the account data.
//
// Errors carry errcode: BAD_RECOVERY_KEY (malformed or bad parity), BAD_SECRET_STORAGE_KEY (the key does
// not match the key description), BAD_SECRET_MAC (a stored secret failed its MAC: wrong key or tampered),
// UNSUPPORTED_ALGORITHM, BAD_SECRET_FORMAT (missing or undecodable fields).
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace lattice::crypto {

inline constexpr int kSecretStorageKeySize = 32;
inline constexpr QLatin1String kSecretStorageAlgorithm("m.secret_storage.v1.aes-hmac-sha2");
inline constexpr QLatin1String kPbkdf2Algorithm("m.pbkdf2");

// --- Recovery keys -----------------------------------------------------------------------------------
// 0x8B 0x01, the key, a parity byte (XOR of all before it), base58, a space after every 4th character.
QString encodeRecoveryKey(const QByteArray &key);
// The reverse; whitespace anywhere is ignored. Fails with BAD_RECOVERY_KEY and a sentence naming what is
// wrong (a character outside base58, the length, the prefix, the parity).
Result<QByteArray> decodeRecoveryKey(const QString &text);

// --- Passphrases (m.pbkdf2) ---------------------------------------------------------------------------
struct PassphraseInfo
{
    QString algorithm = kPbkdf2Algorithm;
    QString salt;
    int iterations = 0;
    int bits = 256;

    QJsonObject toJson() const;
    // The `passphrase` property of a key description; fails on a missing salt, bad iterations or bits.
    static Result<PassphraseInfo> fromJson(const QJsonObject &json);
    // A fresh random salt and the iteration count this client uses for new keys.
    static PassphraseInfo generate();
};
inline constexpr int kPbkdf2Iterations = 500000;

// PBKDF2-HMAC-SHA512 over the UTF-8 passphrase with info's salt, iterations and bits.
Result<QByteArray> keyFromPassphrase(const QString &passphrase, const PassphraseInfo &info);

// --- Key descriptions (m.secret_storage.key.<id>) ------------------------------------------------------
struct KeyDescription
{
    QString name;
    QString algorithm;
    std::optional<PassphraseInfo> passphrase;
    QByteArray iv;  // raw; empty when the description has none (then any key is taken as valid)
    QByteArray mac; // raw

    QJsonObject toJson() const;
    // Accepts padded and unpadded base64; fails on a missing algorithm or undecodable fields. An
    // unsupported algorithm parses (so the caller can say which one) but checkKey refuses it.
    static Result<KeyDescription> fromJson(const QJsonObject &json);
};

// The description of a new key: algorithm, name, passphrase info if given, and iv + mac of 32 zero bytes
// so that a client can later tell whether a key the user entered is this one.
Result<KeyDescription> describeKey(const QByteArray &key, const QString &name,
                                   const std::optional<PassphraseInfo> &passphrase = std::nullopt);
// Succeeds when `key` matches the description (MAC compared in constant time). Fails with
// BAD_SECRET_STORAGE_KEY when it does not, UNSUPPORTED_ALGORITHM for another algorithm.
Status checkKey(const QByteArray &key, const KeyDescription &description);

// A random key ID for m.secret_storage.key.<id> (32 alphanumeric characters).
QString newSecretStorageKeyId();

// --- Secrets (AesHmacSha2EncryptedData) ----------------------------------------------------------------
// {iv, ciphertext, mac} for `secret` stored under account data type `name` (the HKDF info).
Result<QJsonObject> encryptSecret(const QByteArray &key, const QString &name, const QByteArray &secret);
// The same with a given IV (bit 63 is cleared); for test vectors only.
Result<QJsonObject> encryptSecretWithIv(const QByteArray &key, const QString &name, const QByteArray &secret,
                                        QByteArray iv);
// Checks the MAC over the ciphertext before decrypting; BAD_SECRET_MAC when it does not match.
Result<QByteArray> decryptSecret(const QByteArray &key, const QString &name, const QJsonObject &encrypted);

} // namespace lattice::crypto
