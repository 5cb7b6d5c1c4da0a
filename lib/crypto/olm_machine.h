#pragma once
// The end-to-end encryption state machine (sans-I/O, after matrix-rust-sdk's OlmMachine): fed what sync
// delivered, it keeps the Olm account, device lists and Olm/Megolm sessions in a CryptoStore and answers
// with the requests the caller must send (keys upload/query/claim, to-device messages). It never touches
// the network or a database itself, so every rule is testable with two machines talking in memory.
//
// Threading: one thread (the client's store thread); the caller wraps each call in a transaction.
// Spec: client-server-api/modules/end_to_end_encryption.md, olm-megolm/.
#include "crypto/crypto_store.h"
#include "crypto/olm_account.h"
#include "crypto/pickle_key.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

namespace lattice::crypto {

struct OutgoingRequest {
    enum class Kind {
        KeysUpload, // POST /keys/upload, body as given
        KeysQuery,  // POST /keys/query
        KeysClaim,  // POST /keys/claim
        ToDevice,   // PUT /sendToDevice/{eventType}/{txnId}, body {"messages": ...}
        SignaturesUpload, // POST /keys/signatures/upload (cross-signing signatures)
        KeysBackup,       // PUT /room_keys/keys?version={backupVersion}, body {"rooms": ...}
    };
    QString id; // unique; hand it back to markRequestAsSent
    Kind kind = Kind::KeysUpload;
    QJsonObject body;
    QString eventType; // ToDevice
    QString txnId;     // ToDevice: stable across retries
    QString backupVersion; // KeysBackup
};

// What one /sync response brought that concerns encryption.
struct SyncCryptoInput {
    QJsonArray toDevice; // to_device.events, in order
    QStringList deviceListsChanged;
    QStringList deviceListsLeft;
    QHash<QString, int> oneTimeKeyCounts; // device_one_time_keys_count
    // device_unused_fallback_key_types; nullopt when the server did not send the field.
    std::optional<QStringList> unusedFallbackKeyTypes;
};

struct SyncCryptoOutput {
    // Decrypted or plain to-device events the machine did not consume itself (verification, secrets...),
    // for the layers above. Decrypted ones carry "sender_key" and "sender_device" beside type/content.
    std::vector<QJsonObject> toDevice;
    // Megolm sessions that arrived: (roomId, sessionId); the caller retries events that failed with them.
    std::vector<std::pair<QString, QString>> newRoomKeys;
    // Users whose device list changed after a /keys/query: the caller may warn about new devices.
    QStringList devicesChangedFor;
    QStringList errors; // one sentence per to-device event that could not be handled (logged, not fatal)
};

struct RoomEncryptionSettings {
    QString algorithm = QStringLiteral("m.megolm.v1.aes-sha2");
    qint64 rotationPeriodMs = 604800000; // one week, the spec's default
    int rotationPeriodMsgs = 100;
    // Share keys only with devices the user verified (or cross-signed ones, later).
    bool onlyVerifiedDevices = false;
};

// How much a decrypted event can be trusted; shown in the timeline.
enum class SenderTrust {
    Verified,      // the sending device is verified
    Unverified,    // known device, not verified
    UnknownDevice, // the session's sender key matches no device of the sender we know
    Imported,      // the key was forwarded or restored, not received from the sender itself
};

struct DecryptedRoomEvent {
    // The clear event: type and content from the plaintext; event_id, sender, origin_server_ts, room_id and
    // unsigned from the outer event; "m.relates_to" of the outer content kept when the inner one has none.
    QJsonObject event;
    QString senderKey;
    QString sessionId;
    QString senderDeviceId; // empty when unknown
    SenderTrust trust = SenderTrust::UnknownDevice;
};

// The three cross-signing private keys as unpadded base64 32-byte seeds (what secret storage keeps under
// m.cross_signing.master / .self_signing / .user_signing); empty when not held.
struct CrossSigningSecrets {
    QString master;
    QString selfSigning;
    QString userSigning;
};

struct CrossSigningBootstrap {
    // POST /keys/device_signing/upload body without "auth": master_key, self_signing_key, user_signing_key.
    QJsonObject deviceSigningUpload;
    OutgoingRequest signOwnDevice; // SignaturesUpload: this device signed by the new self-signing key
};

// A user's cross-signing identity (/keys/query master_keys, self_signing_keys, user_signing_keys).
struct UserIdentity {
    QString userId;
    QString masterKey;      // unpadded base64 Ed25519; empty when the user has no cross-signing identity
    QString selfSigningKey; // empty when missing or not validly signed by the master key
    QString userSigningKey; // our own identity only
    // Ours: we hold the matching master private key or verified it from another device. Others: their
    // master key carries a valid signature of our user-signing key.
    bool verified = false;
    // The master key differs from the first one we saw (or the one we verified): warn until acknowledged.
    bool changed = false;
};

struct BackupInfo {
    QString version;
    QString publicKey; // auth_data.public_key, unpadded base64 Curve25519
};

class OlmMachine {
public:
    // Loads the account from `store`, or creates one (its keys go out with the first outgoingRequests()).
    static Result<std::unique_ptr<OlmMachine>> open(const QString &userId, const QString &deviceId,
                                                    const PickleKey &pickleKey, CryptoStore &store);
    ~OlmMachine();

    QString userId() const;
    QString deviceId() const;
    IdentityKeys identityKeys() const;

    // Everything one sync response carried for encryption: to-device events (Olm-decrypted; room keys,
    // forwarded keys and withheld notices stored), device list changes, key counts.
    Result<SyncCryptoOutput> receiveSyncChanges(const SyncCryptoInput &input);

    // The users whose devices matter (members of encrypted rooms, and ourselves); new ones are queried.
    Status updateTrackedUsers(const QStringList &userIds);

    // Requests that are due now: device/one-time/fallback key upload, /keys/query for outdated users.
    Result<std::vector<OutgoingRequest>> outgoingRequests();
    // The server's answer to one of the machine's requests. A failed request is not marked; it comes
    // again from outgoingRequests() (or the caller retries a ToDevice request with the same txnId).
    Status markRequestAsSent(const OutgoingRequest &request, const QJsonObject &response);

    // Before sharing a room key: a /keys/claim for the devices of `userIds` with no Olm session yet
    // (nullopt when every device has one). Answer it through markRequestAsSent.
    Result<std::optional<OutgoingRequest>> missingSessions(const QStringList &userIds);
    // Makes (or rotates) the room's outbound Megolm session as `settings` demand and returns the to-device
    // requests that give its key to every device of `userIds` that does not have it yet (and
    // m.room_key.withheld to those left out). Send them all before the encrypted event.
    Result<std::vector<OutgoingRequest>> shareRoomKey(const QString &roomId, const QStringList &userIds,
                                                      const RoomEncryptionSettings &settings);
    // The m.room.encrypted content for one event. Fails if shareRoomKey was not called for the room.
    Result<QJsonObject> encryptRoomEvent(const QString &roomId, const QString &eventType, const QJsonObject &content);
    // Forces a new Megolm session for the next message (a member left, a device went away).
    Status discardRoomKey(const QString &roomId);

    // Errors carry errcode: MISSING_ROOM_KEY (also when withheld: the sentence names the withheld code
    // and reason), UNKNOWN_MESSAGE_INDEX, REPLAYED_MESSAGE_INDEX, BAD_ENCRYPTED_EVENT,
    // UNSUPPORTED_ALGORITHM, or libolm's error name.
    Result<DecryptedRoomEvent> decryptRoomEvent(const QString &roomId, const QJsonObject &event);

    // Asks our own other devices for the key of an event that failed with MISSING_ROOM_KEY or
    // UNKNOWN_MESSAGE_INDEX (m.room_key_request, in the clear to all our devices). nullopt when that key was
    // already asked for. Forwarded keys are accepted only when asked for, and only from our verified devices.
    Result<std::optional<OutgoingRequest>> requestRoomKey(const QString &roomId, const QJsonObject &event);

    Result<QList<DeviceRecord>> devices(const QString &userId);
    Status setLocalTrust(const QString &userId, const QString &deviceId, DeviceRecord::LocalTrust trust);

    // Olm-encrypts one to-device event for one device (verification, secret sharing). nullopt-free: fails
    // with errcode NO_OLM_SESSION when a /keys/claim is needed first (see missingSessions).
    Result<OutgoingRequest> encryptToDevice(const QString &userId, const QString &deviceId, const QString &eventType,
                                            const QJsonObject &content);

    // True when the device is verified: locally (SAS, QR) or cross-signed by its owner's self-signing key
    // under an identity we trust (our own, or one signed by our user-signing key). Blocked is never verified.
    Result<bool> isDeviceVerified(const QString &userId, const QString &deviceId);

    // --- Cross-signing (cross_signing.cpp; spec end_to_end_encryption.md "Cross-signing") ---------------
    // New master, self-signing and user-signing keys (private seeds sealed in the store), and this device
    // signed by the new self-signing key. The caller uploads deviceSigningUpload with user-interactive
    // auth, then sends signOwnDevice.
    Result<CrossSigningBootstrap> bootstrapCrossSigning();
    // The private keys we hold (for secret storage and m.secret.send); empty fields for keys not held.
    Result<CrossSigningSecrets> exportCrossSigningSecrets();
    // Private keys from secret storage or another of our devices. Each must match the public key the
    // server published for us (learnt by /keys/query), or it is refused.
    Status importCrossSigningSecrets(const CrossSigningSecrets &secrets);
    // A user's cross-signing identity as the last /keys/query gave it, with its trust.
    Result<UserIdentity> userIdentity(const QString &userId);
    // The user saw the warning about a changed identity: stop flagging it (trust is not restored).
    Status acknowledgeIdentityChange(const QString &userId);
    // After verifying a user (SAS, QR): their master key signed with our user-signing key.
    Result<OutgoingRequest> signUser(const QString &userId);
    // After verifying one of our own devices: that device signed with our self-signing key.
    Result<OutgoingRequest> signOwnDevice(const QString &deviceId);

    // --- Server-side key backup (key_backup.cpp; m.megolm_backup.v1.curve25519-aes-sha2) ---------------
    // Upload sessions to this backup version from now on (a different version than before uploads them
    // all again). The backup's public key comes from its auth_data.
    Status enableBackup(const BackupInfo &backup);
    Status disableBackup();
    Result<std::optional<BackupInfo>> backup();
    // The next batch of sessions not yet in the backup (KeysBackup request), nullopt when all are there or
    // no backup is enabled. markRequestAsSent marks the batch as backed up.
    Result<std::optional<OutgoingRequest>> backupRequest(int maxSessions = 100);
    // auth_data for a new backup version: {public_key, signatures} signed by this device (and by our
    // master key when we hold it).
    Result<QJsonObject> signBackupAuthData(const QString &publicKey);
    // Whether a backup version (GET /room_keys/version) may be trusted: auth_data signed by one of our
    // verified devices or by our master key, with a valid signature.
    Result<bool> isBackupTrusted(const QJsonObject &versionInfo);
    // The backup's 32-byte private key (from createBackup, secret storage or another of our devices), sealed
    // in the store so that our other verified devices may ask for it (key_backup_secret.cpp).
    Status storeBackupPrivateKey(const QByteArray &privateKey);
    // That key, only while it opens the enabled backup version; nullopt otherwise.
    Result<std::optional<QByteArray>> backupPrivateKey();
    // Imports keys in the spec's exported format (algorithm, room_id, sender_key, session_id, session_key,
    // sender_claimed_keys, forwarding_curve25519_key_chain), keeping the better of two copies (lower first
    // known index). Imported sessions are marked imported; fromBackup ones also backed up. Returns how many
    // were new or better.
    Result<int> importRoomKeys(const QList<QJsonObject> &exportedKeys, bool fromBackup);
    // One inbound session in the exported format, at its first known index.
    Result<QJsonObject> exportRoomKey(const QString &roomId, const QString &senderKey, const QString &sessionId);

    // Milliseconds since the epoch; replaceable so rotation tests need not wait a week.
    void setClock(std::function<qint64()> now);

private:
    struct Private;
    explicit OlmMachine(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace lattice::crypto
