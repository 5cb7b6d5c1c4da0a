#pragma once
// Public-key encryption for server-side key backup (m.megolm_backup.v1.curve25519-aes-sha2) and Ed25519
// signing keys for cross-signing (libolm-backed; spec: end_to_end_encryption.md "Server-side key backups",
// "Cross-signing"). Verify PkSigning signatures with verifyEd25519/verifySignedJson (OpenSSL), never libolm.
#include "crypto/olm_buffer.h"
#include "crypto/pickle_key.h"
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lattice::crypto {

// The session_data of a backed-up key: all three fields are unpadded base64.
struct PkMessage
{
    QByteArray ciphertext;
    QByteArray mac;
    QByteArray ephemeral;
};

class PkEncryption
{
public:
    static Result<PkEncryption> create(const QString &recipientPublicKey);
    Result<PkMessage> encrypt(const QByteArray &plaintext);

    PkEncryption(PkEncryption &&) noexcept = default;
    PkEncryption &operator=(PkEncryption &&) noexcept = default;

private:
    PkEncryption();
    detail::OlmBuffer m_buf;
};

class PkDecryption
{
public:
    static Result<PkDecryption> generate();
    // From the 32-byte backup private key (e.g. decoded from the recovery key or SSSS).
    static Result<PkDecryption> fromPrivateKey(const QByteArray &privateKey);
    Result<QByteArray> privateKey() const;
    QString publicKey() const { return m_publicKey; }
    // An Error (errcode BAD_MESSAGE_MAC) when the MAC does not match, BAD_MESSAGE_FORMAT when the ciphertext
    // is not whole AES blocks. Note that in this backup scheme (and in libolm) the MAC covers the empty
    // string, not the ciphertext, so a flipped ciphertext byte is only caught by the padding check or the
    // caller's JSON parsing; the spec documents this flaw of m.megolm_backup.v1.
    Result<QByteArray> decrypt(const PkMessage &message);

    PkDecryption(PkDecryption &&) noexcept = default;
    PkDecryption &operator=(PkDecryption &&) noexcept = default;

private:
    PkDecryption();
    detail::OlmBuffer m_buf;
    QString m_publicKey;
};

class PkSigning
{
public:
    static constexpr int kSeedSize = 32;
    static Result<PkSigning> fromSeed(const QByteArray &seed);
    static QByteArray generateSeed(); // store it (in SSSS / the keyring), then call fromSeed
    QString publicKey() const { return m_publicKey; }
    Result<QString> sign(const QByteArray &message) const; // unpadded base64 signature
    // Adds signatures[userId]["ed25519:<publicKey>"] over the signing JSON, as cross-signing keys sign.
    Status signJson(QJsonObject &object, const QString &userId) const;

    PkSigning(PkSigning &&) noexcept = default;
    PkSigning &operator=(PkSigning &&) noexcept = default;

private:
    PkSigning();
    detail::OlmBuffer m_buf;
    QString m_publicKey;
};

} // namespace lattice::crypto
