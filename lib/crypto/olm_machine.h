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
    };
    QString id; // unique; hand it back to markRequestAsSent
    Kind kind = Kind::KeysUpload;
    QJsonObject body;
    QString eventType; // ToDevice
    QString txnId;     // ToDevice: stable across retries
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

    // Milliseconds since the epoch; replaceable so rotation tests need not wait a week.
    void setClock(std::function<qint64()> now);

private:
    struct Private;
    explicit OlmMachine(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace lattice::crypto
