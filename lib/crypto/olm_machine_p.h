#pragma once
// Private to the OlmMachine .cpp files: the machine's state and the helpers its parts share. Each part
// lives in its own file (olm_machine.cpp: account and key upload; device_tracking.cpp: /keys/query;
// olm_to_device.cpp: Olm sessions and to-device encryption; group_sessions.cpp: Megolm;
// room_key_requests.cpp: forwarded keys).
#include "crypto/crypto_error.h"
#include "crypto/olm_machine.h"
#include "crypto/olm_session.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace lattice::crypto {

namespace algorithm {
inline QString olm()
{
    return QStringLiteral("m.olm.v1.curve25519-aes-sha2");
}
inline QString megolm()
{
    return QStringLiteral("m.megolm.v1.aes-sha2");
}
} // namespace algorithm

// A decrypted Olm payload after the spec's checks, with who sent it.
struct OlmPlaintext
{
    QString type;
    QJsonObject content;
    QString sender;
    QString senderKey;     // Curve25519 of the sending device
    QString senderEd25519; // keys.ed25519 of the payload (checked against the device when we know it)
    std::optional<DeviceRecord> senderDevice;
};

struct OlmMachine::Private
{
    Private(QString user, QString device, PickleKey key, CryptoStore &s, OlmAccount acc)
        : userId(std::move(user)), deviceId(std::move(device)), pickleKey(std::move(key)), store(s),
          account(std::move(acc))
    {}

    QString userId;
    QString deviceId;
    PickleKey pickleKey;
    CryptoStore &store;
    OlmAccount account;
    IdentityKeys ids;
    std::function<qint64()> now;
    quint64 nextRequest = 0;

    // Key upload (olm_machine.cpp): the server's last signed_curve25519 count, and whether it lacks a
    // fallback key.
    std::optional<int> oneTimeKeyCount;
    bool fallbackKeyNeeded = false;

    // Device tracking (device_tracking.cpp): users queried by each in-flight /keys/query, users whose list
    // changed again while a query was in flight (they stay outdated), and users to report in the next output.
    QHash<QString, QStringList> queriesInFlight;
    QSet<QString> changedDuringQuery;
    QStringList devicesChanged;

    // Olm (olm_to_device.cpp): devices (Curve25519 key) that need a new session after a failed decrypt, and
    // when we last started one for each (rate limit); to-device requests made by the machine itself.
    QHash<QString, QString> wedgedDevices; // Curve25519 key -> user ID
    QHash<QString, qint64> lastUnwedgeMs;
    std::vector<OutgoingRequest> pendingToDevice;
    // Key requests (room_key_requests.cpp) from our verified devices we have no Olm session with yet: the
    // devices to claim a key for (Curve25519 key -> user ID), and the requests to answer afterwards.
    QHash<QString, QString> sessionsWanted;
    QList<QJsonObject> unansweredKeyRequests;

    // Megolm (group_sessions.cpp): devices told m.room_key.withheld for an outbound session ID, so they
    // are not told again at every share.
    QHash<QString, QSet<QString>> withheldSentTo;

    // Key backup (key_backup.cpp): the sessions each KeysBackup request in flight carries (its body holds
    // them encrypted), marked backed up when the server took them.
    QHash<QString, QList<InboundGroupSessionRecord>> backupsInFlight;

    qint64 lastUseStamp = 0;

    QString newRequestId();
    // now(), but strictly increasing, so the session used last is always the most recent one even
    // within one millisecond (or under a test clock that stands still).
    qint64 useStamp();
    Status saveAccount();

    // device_tracking.cpp
    Result<OutgoingRequest> keysQueryRequest(const QStringList &users);
    Status receiveKeysQuery(const OutgoingRequest &request, const QJsonObject &response);
    Status receiveDeviceListChanges(const QStringList &changed, const QStringList &left);
    Result<std::optional<DeviceRecord>> deviceByCurveKey(const QString &userId, const QString &curve25519);

    // olm_to_device.cpp
    // A /keys/claim for the devices of `users` without a session (or, with onlyWedged, only for the wedged
    // ones).
    Result<std::optional<OutgoingRequest>> keysClaimRequest(const QStringList &users, bool onlyWedged);
    Status receiveKeysClaim(const QJsonObject &response);
    // The sessions of a KeysBackup request reached the backup (key_backup.cpp).
    Status markBackedUp(const OutgoingRequest &request);
    // One inbound session in the export format at its first known index (key_backup_import.cpp).
    Result<QJsonObject> exportedKey(const InboundGroupSessionRecord &record);
    // The m.room.encrypted content for one device (errcode NO_OLM_SESSION when there is no session).
    Result<QJsonObject> olmEncrypt(const DeviceRecord &device, const QString &type,
                                   const QJsonObject &content);
    Result<OlmPlaintext> olmDecrypt(const QJsonObject &event);
    OutgoingRequest toDeviceRequest(const QString &eventType, const QJsonObject &messages);

    // group_sessions.cpp
    Status receiveRoomKey(const OlmPlaintext &plain, SyncCryptoOutput &out);
    Status receiveWithheld(const QString &sender, const QJsonObject &content);

    // room_key_requests.cpp
    Status receiveForwardedRoomKey(const OlmPlaintext &plain, SyncCryptoOutput &out);
    Status receiveRoomKeyRequest(const QJsonObject &event);
};

} // namespace lattice::crypto
