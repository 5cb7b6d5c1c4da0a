#include "e2ee_sync.h"

#include "room_encryptor.h"
#include "store/decrypted_events.h"

#include <QJsonDocument>

namespace lattice {

namespace {

struct Inbox
{
    QJsonArray events;
    qint64 lastSeq = -1;
};

Result<Inbox> readInbox(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT seq, json FROM to_device_inbox ORDER BY seq"));
    if (!q)
        return q.error();
    Inbox inbox;
    while (q->next()) {
        inbox.lastSeq = q->value(0).toLongLong();
        inbox.events.append(QJsonDocument::fromJson(q->value(1).toByteArray()).object());
    }
    return inbox;
}

Result<bool> roomIsEncrypted(Database &db, const QString &roomId)
{
    auto q = db.exec(QStringLiteral("SELECT encrypted FROM rooms WHERE room_id = ?"), {roomId});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

bool isDeparture(const QJsonObject &event, const QString &ownUserId)
{
    if (event.value(QLatin1String("type")).toString() != QLatin1String("m.room.member"))
        return false;
    const QString membership =
        event.value(QLatin1String("content")).toObject().value(QLatin1String("membership")).toString();
    return (membership == QLatin1String("leave") || membership == QLatin1String("ban")) &&
           event.value(QLatin1String("state_key")).toString() != ownUserId;
}

} // namespace

Result<E2eeSyncResult> applySyncToMachine(crypto::OlmMachine &machine, Database &db, const ChangeSet &changes,
                                          const QString &ownUserId, const QSet<QString> &fetchedMembers)
{
    E2eeSyncResult result;

    // To-device events wait in the inbox until the machine has taken them, in this same transaction.
    auto inbox = readInbox(db);
    if (!inbox)
        return inbox.error();
    crypto::SyncCryptoInput input;
    input.toDevice = inbox->events;
    input.deviceListsChanged = changes.deviceListsChanged;
    input.deviceListsLeft = changes.deviceListsLeft;
    input.oneTimeKeyCounts = changes.oneTimeKeyCounts;
    input.unusedFallbackKeyTypes = changes.unusedFallbackKeyTypes;
    auto output = machine.receiveSyncChanges(input);
    if (!output)
        return output.error();
    result.errors = output->errors;
    result.toDevice = output->toDevice;
    result.devicesChangedFor = output->devicesChangedFor;
    if (inbox->lastSeq >= 0)
        if (Status s =
                db.write(QStringLiteral("DELETE FROM to_device_inbox WHERE seq <= ?"), {inbox->lastSeq});
            !s)
            return s.error();

    // Someone left an encrypted room: the next message there must use a key they never had.
    for (const TimelineAppend &append : changes.appended) {
        bool departed = false;
        for (const QJsonValue &v : append.events)
            departed = departed || isDeparture(v.toObject(), ownUserId);
        if (!departed)
            continue;
        auto encrypted = roomIsEncrypted(db, append.roomId);
        if (!encrypted)
            return encrypted.error();
        if (!*encrypted)
            continue;
        if (Status s = machine.discardRoomKey(append.roomId); !s)
            return s.error();
        result.leftRooms << append.roomId;
    }

    auto tracked = RoomEncryptor::trackedUsers(db, ownUserId, fetchedMembers);
    if (!tracked)
        return tracked.error();
    if (Status s = machine.updateTrackedUsers(*tracked); !s)
        return s.error();
    if (changes.initial) {
        // An initial sync carries no device list changes: a device added while this one was away (or
        // between its first /keys/query and its first sync) would go unseen. Query everyone once more.
        crypto::SyncCryptoInput everyone;
        everyone.deviceListsChanged = *tracked;
        auto requeried = machine.receiveSyncChanges(everyone);
        if (!requeried)
            return requeried.error();
    }

    for (const TimelineAppend &append : changes.appended) {
        if (changes.initial || append.events.isEmpty()) {
            // The initial sync carries room IDs only (see TimelineAppend): decrypt what it stored.
            if (Status s = decryptStoredInto(machine, db, append.roomId, result); !s)
                return s.error();
            continue;
        }
        std::vector<QJsonObject> events;
        for (const QJsonValue &v : append.events)
            events.push_back(v.toObject());
        if (Status s = decryptAndStore(machine, db, append.roomId, events, result); !s)
            return s.error();
    }

    // Events that failed for want of a key that just arrived.
    for (const auto &[roomId, sessionId] : output->newRoomKeys) {
        auto failed = failedEventsOfSession(db, roomId, sessionId);
        if (!failed)
            return failed.error();
        std::vector<QJsonObject> events;
        for (const StoredEvent &e : *failed)
            events.push_back(e.json);
        if (Status s = decryptAndStore(machine, db, roomId, events, result); !s)
            return s.error();
    }
    result.rooms.removeDuplicates();
    return result;
}

} // namespace lattice
