#pragma once
// Where the E2EE state machine keeps its state between calls and across restarts. The machine talks only
// to this interface (sans-I/O: no SQL, no network in crypto/); client/ implements it over the account's
// SQLite database on the store thread, and MemoryCryptoStore serves unit tests.
//
// Everything secret arrives here already sealed with the PickleKey (sealPickle), so an implementation
// stores opaque text and never sees a key. Calls run on one thread; the caller wraps a batch in its own
// database transaction.
#include "protocol/error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace lattice::crypto {

// One device of a user as /keys/query returned it, after its signature was checked.
struct DeviceRecord {
    enum class LocalTrust { Unset = 0, Verified = 1, Blocked = 2 };

    QString userId;
    QString deviceId;
    QString curve25519; // identity key
    QString ed25519;    // fingerprint key
    QString displayName;
    QStringList algorithms;
    QJsonObject deviceKeys; // the signed device_keys object as received (cross-signing checks it later)
    LocalTrust localTrust = LocalTrust::Unset;
    bool deleted = false;   // no longer in the server's list: never encrypt for it again
    qint64 firstSeenMs = 0; // when Lattice first learned of it (for "a new device joined" warnings)
};

struct OlmSessionRecord {
    QString senderKey; // the other device's Curve25519 identity key
    QString sessionId;
    QByteArray sealedPickle;
    qint64 createdMs = 0;
    qint64 lastUsedMs = 0; // the most recently used session is the one to encrypt with
};

// A Megolm session we can decrypt with (from m.room_key, m.forwarded_room_key or a backup).
struct InboundGroupSessionRecord {
    QString roomId;
    QString senderKey; // Curve25519 key of the device that created the session
    QString sessionId;
    QByteArray sealedPickle;
    QString senderClaimedEd25519;
    QStringList forwardingCurve25519KeyChain; // empty when received directly from the creator
    uint32_t firstKnownIndex = 0;
    bool imported = false;  // forwarded or restored: authenticity rests on who forwarded it
    bool backedUp = false;  // already in the server-side key backup
};

// Our own Megolm session for a room, and who has its key.
struct OutboundGroupSessionRecord {
    QString roomId;
    QString sessionId;
    QByteArray sealedPickle;
    qint64 createdMs = 0;
    int messageCount = 0;
    // user ID -> device IDs the room key was sent to (each at the index current when it was sent).
    QHash<QString, QSet<QString>> sharedWith;
};

// An m.room_key.withheld we received: why a session's key will not come.
struct WithheldRecord {
    QString roomId;
    QString senderKey;
    QString sessionId;
    QString code;   // m.unverified, m.blacklisted, m.unauthorised, m.unavailable, m.no_olm
    QString reason; // the sender's human-readable text, if any
};

class CryptoStore {
public:
    virtual ~CryptoStore() = default;

    // The sealed Olm account pickle; an empty QByteArray when this device has none yet.
    virtual Result<QByteArray> account() = 0;
    virtual Status saveAccount(const QByteArray &sealedPickle) = 0;

    // Small named values of the machine (e.g. whether device keys were uploaded).
    virtual Result<QByteArray> value(const QString &name) = 0; // empty when unset
    virtual Status setValue(const QString &name, const QByteArray &value) = 0;

    virtual Result<QList<OlmSessionRecord>> olmSessions(const QString &senderKey) = 0;
    virtual Status saveOlmSession(const OlmSessionRecord &session) = 0; // insert or replace by (senderKey, sessionId)

    virtual Result<std::optional<InboundGroupSessionRecord>>
    inboundGroupSession(const QString &roomId, const QString &senderKey, const QString &sessionId) = 0;
    virtual Status saveInboundGroupSession(const InboundGroupSessionRecord &session) = 0; // insert or replace
    // Sessions not yet in the key backup, at most `limit` (for the backup uploader of the trust issue).
    virtual Result<QList<InboundGroupSessionRecord>> inboundGroupSessionsToBackUp(int limit) = 0;
    virtual Status markInboundGroupSessionsBackedUp(const QList<InboundGroupSessionRecord> &sessions) = 0;
    // Every session counts as not backed up again (a new backup version must receive them all).
    virtual Status resetInboundGroupSessionsBackedUp() = 0;

    virtual Result<std::optional<OutboundGroupSessionRecord>> outboundGroupSession(const QString &roomId) = 0;
    virtual Status saveOutboundGroupSession(const OutboundGroupSessionRecord &session) = 0; // one per room
    virtual Status removeOutboundGroupSession(const QString &roomId) = 0;

    virtual Result<QList<DeviceRecord>> devices(const QString &userId) = 0; // deleted ones included
    virtual Status saveDevice(const DeviceRecord &device) = 0;               // insert or replace

    // Users whose device lists we follow, and whether their list must be fetched again (/keys/query).
    virtual Result<QHash<QString, bool>> trackedUsers() = 0; // user ID -> outdated
    virtual Status setTrackedUser(const QString &userId, bool outdated) = 0;
    virtual Status removeTrackedUser(const QString &userId) = 0;

    // Replay protection (spec "m.megolm.v1.aes-sha2"): the event ID first decrypted at this index of this
    // session, if any.
    virtual Result<std::optional<QString>> megolmIndexUse(const QString &senderKey, const QString &sessionId,
                                                          uint32_t messageIndex) = 0;
    virtual Status recordMegolmIndexUse(const QString &senderKey, const QString &sessionId, uint32_t messageIndex,
                                        const QString &eventId) = 0;

    virtual Result<std::optional<WithheldRecord>>
    withheld(const QString &roomId, const QString &senderKey, const QString &sessionId) = 0;
    virtual Status saveWithheld(const WithheldRecord &record) = 0;
};

} // namespace lattice::crypto
