#pragma once
// A device's Olm account (libolm-backed): identity keys, one-time and fallback keys, signing, and the
// signed key objects /keys/upload takes (spec: end_to_end_encryption.md "Device keys", "One-time and
// fallback keys").
#include "crypto/olm_buffer.h"
#include "crypto/pickle_key.h"
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace lattice::crypto {

struct IdentityKeys
{
    QString curve25519;
    QString ed25519;
};

class OlmAccount
{
public:
    static Result<OlmAccount> create();
    static Result<OlmAccount> unpickle(const PickleKey &key, const QByteArray &sealed);
    Result<QByteArray> pickle(const PickleKey &key) const;

    Result<IdentityKeys> identityKeys() const;
    // Unpadded base64 Ed25519 signature of the message by the device key.
    Result<QString> sign(const QByteArray &message) const;
    // Adds signatures[userId]["ed25519:<deviceId>"] over the object's signing JSON.
    Status signJson(QJsonObject &object, const QString &userId, const QString &deviceId) const;

    size_t maxOneTimeKeys() const;
    Status generateOneTimeKeys(size_t count);
    // Key ID -> unpadded base64 Curve25519 key, for the keys not yet marked published.
    Result<QMap<QString, QString>> oneTimeKeys() const;
    Status markKeysAsPublished();
    Status generateFallbackKey();
    Result<QMap<QString, QString>> unpublishedFallbackKey() const;
    void forgetOldFallbackKey();

    // The signed device_keys object for /keys/upload, with algorithms m.olm.v1.curve25519-aes-sha2 and
    // m.megolm.v1.aes-sha2.
    Result<QJsonObject> deviceKeys(const QString &userId, const QString &deviceId) const;
    // {"signed_curve25519:<id>": {"key": ..., "signatures": ...}} for the unpublished one-time keys.
    Result<QJsonObject> signedOneTimeKeys(const QString &userId, const QString &deviceId) const;
    // The same for the unpublished fallback key, each object carrying "fallback": true.
    Result<QJsonObject> signedFallbackKeys(const QString &userId, const QString &deviceId) const;

    OlmAccount(OlmAccount &&) noexcept = default;
    OlmAccount &operator=(OlmAccount &&) noexcept = default;

private:
    friend class OlmSession;
    OlmAccount();
    Result<QJsonObject> signedKeys(const QMap<QString, QString> &keys, const QString &userId,
                                   const QString &deviceId, bool fallback) const;
    detail::OlmBuffer m_buf;
};

} // namespace lattice::crypto
