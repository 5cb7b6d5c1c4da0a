#pragma once
// An in-memory stand-in for the key endpoints of a homeserver, for OlmMachine unit tests: it answers
// /keys/upload, /keys/query and /keys/claim the way the spec says a server does, routes /sendToDevice
// messages into per-device inboxes, and builds the encryption part of each device's next /sync
// (to-device events, device_lists.changed, one-time key counts, unused fallback key types).
// Real-server behaviour is proven by the interop tests; these tests prove the machine's rules.
#include "crypto/memory_crypto_store.h"
#include "crypto/olm_machine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <memory>

namespace lattice::test {

// The value of a Result that must succeed in a test; a failure ends the test run loudly.
template <typename T> T take(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().errcode));
    return std::move(r.value());
}

class KeyDirectory
{
public:
    // The server's answer to `request` made by the device (user, device).
    QJsonObject handle(const QString &user, const QString &device, const crypto::OutgoingRequest &request);
    // The next sync of (user, device); drains its to-device inbox and its pending device list changes.
    crypto::SyncCryptoInput sync(const QString &user, const QString &device);

    int oneTimeKeyCount(const QString &user, const QString &device) const;
    bool hasUnusedFallbackKey(const QString &user, const QString &device) const;
    // Removes a device as a server does on logout: its keys go, everyone sharing rooms learns the change.
    void removeDevice(const QString &user, const QString &device);
    // Replaces the published device keys (as a malicious server could) and tells everyone.
    void replaceDeviceKeys(const QString &user, const QString &device, const QJsonObject &keys);
    QJsonObject deviceKeys(const QString &user, const QString &device) const;
    // POST /keys/device_signing/upload (without user-interactive auth): master_key, self_signing_key,
    // user_signing_key as given (a key left out stays as it was); everyone learns of the change. A
    // self-signing or user-signing key not signed by the (new or current) master key is refused, as a
    // server does (M_INVALID_SIGNATURE): returns false.
    bool uploadDeviceSigningKeys(const QString &user, const QJsonObject &body);
    // The published cross-signing key object ("master", "self_signing", "user_signing"), all signatures.
    QJsonObject crossSigningKey(const QString &user, const QString &usage) const;
    // Replaces a published cross-signing key as a malicious server could (no checks) and tells everyone.
    void replaceCrossSigningKey(const QString &user, const QString &usage, const QJsonObject &key);
    // Puts a raw to-device event into a device's inbox (for garbage and tampering tests).
    void deliver(const QString &user, const QString &device, const QJsonObject &event);
    // Drops everything waiting in a device's inbox (a lost message).
    QJsonArray takeInbox(const QString &user, const QString &device);
    // What GET /room_keys/keys?version= would answer for the user's key backup: {"rooms": ...}.
    QJsonObject roomKeys(const QString &user, const QString &version) const;
    // How many sessions the user's backup version holds.
    int backedUpSessionCount(const QString &user, const QString &version) const;

private:
    static QString key(const QString &user, const QString &device)
    {
        return user + QLatin1Char('|') + device;
    }
    void announceChange(const QString &user);
    // /keys/signatures/upload: adds each valid signature to the published object; the rest go to failures.
    QJsonObject uploadSignatures(const QString &user, const QJsonObject &body);
    // The public key of `signer`'s device or cross-signing key named by a key ID's part after "ed25519:".
    QString signingKey(const QString &signer, const QString &keyIdPart) const;

    QMap<QString, QMap<QString, QJsonObject>> m_deviceKeys;   // user -> device -> signed device_keys
    QHash<QString, QMap<QString, QJsonObject>> m_oneTimeKeys; // "user|device" -> key ID -> signed key
    QHash<QString, QMap<QString, QJsonObject>> m_fallbackKeys;
    QSet<QString> m_fallbackUsed;
    QHash<QString, QJsonArray> m_inbox;
    QHash<QString, QSet<QString>> m_changed; // "user|device" -> users whose device list changed
    QSet<QString> m_known;                   // every device that ever talked to the directory
    QHash<QString, QHash<QString, QJsonObject>> m_crossSigning; // user -> usage -> key object
    // Key backups: "user|version" -> room ID -> session ID -> KeyBackupData, as PUT /room_keys/keys kept it.
    QHash<QString, QMap<QString, QMap<QString, QJsonObject>>> m_backups;
};

// One device: a MemoryCryptoStore and the machine over it, talking to a KeyDirectory.
struct TestDevice
{
    TestDevice(KeyDirectory &dir, QString user, QString device);
    // Opens the machine again over the same store (a restart).
    void reopen();
    // Sends every request the machine has due and hands back the answers (upload, query, claim, to-device).
    void flush();
    // Sends these requests (e.g. from shareRoomKey) and marks them sent.
    void send(const std::vector<crypto::OutgoingRequest> &requests);
    // A sync: to-device events and device list changes go into the machine, then flush() runs.
    crypto::SyncCryptoOutput sync();

    KeyDirectory &directory;
    QString userId;
    QString deviceId;
    crypto::PickleKey pickleKey;
    crypto::MemoryCryptoStore store;
    std::unique_ptr<crypto::OlmMachine> machine;
};

} // namespace lattice::test
