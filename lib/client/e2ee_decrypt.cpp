// Decryption of stored m.room.encrypted events into decrypted_events / decryption_failures.
#include "e2ee_sync.h"
#include "store/decrypted_events.h"

namespace lattice {

namespace {
// Back-pagination stores at most a few hundred events per call; this bounds one transaction.
constexpr int kStoredBatch = 500;

const QString kEncrypted = QStringLiteral("m.room.encrypted");
} // namespace

Status decryptAndStore(crypto::OlmMachine &machine, Database &db, const QString &roomId,
                       const std::vector<QJsonObject> &events, E2eeSyncResult &result)
{
    for (const QJsonObject &event : events) {
        if (event.value(QLatin1String("type")).toString() != kEncrypted)
            continue;
        const QString eventId = event.value(QLatin1String("event_id")).toString();
        auto clear = machine.decryptRoomEvent(roomId, event);
        if (clear) {
            DecryptedEventRow row;
            row.eventId = eventId;
            row.roomId = roomId;
            row.clearEvent = clear->event;
            row.senderKey = clear->senderKey;
            row.sessionId = clear->sessionId;
            row.trust = int(clear->trust);
            if (Status s = storeDecryptedEvent(db, row); !s)
                return s;
            result.eventIds << eventId;
            result.rooms << roomId;
            continue;
        }
        // Not fatal for the batch: the failure is kept, shown, and retried when its key arrives.
        const QJsonObject content = event.value(QLatin1String("content")).toObject();
        DecryptionFailureRow row;
        row.eventId = eventId;
        row.roomId = roomId;
        row.sessionId = content.value(QLatin1String("session_id")).toString();
        row.senderKey = content.value(QLatin1String("sender_key")).toString();
        row.errcode = clear.error().errcode;
        row.reason = clear.error().message;
        if (Status s = storeDecryptionFailure(db, row); !s)
            return s;
        ++result.failures;
        result.eventIds << eventId; // the view shows why it cannot be read
        result.rooms << roomId;
    }
    return success();
}

Status decryptStoredInto(crypto::OlmMachine &machine, Database &db, const QString &roomId, E2eeSyncResult &result)
{
    auto stored = undecryptedEvents(db, roomId, kStoredBatch);
    if (!stored)
        return stored.error();
    std::vector<QJsonObject> events;
    for (const StoredEvent &e : *stored)
        events.push_back(e.json);
    return decryptAndStore(machine, db, roomId, events, result);
}

Result<E2eeSyncResult> decryptStoredEvents(crypto::OlmMachine &machine, Database &db, const QString &roomId)
{
    E2eeSyncResult result;
    if (Status s = decryptStoredInto(machine, db, roomId, result); !s)
        return s.error();
    result.rooms.removeDuplicates();
    return result;
}

} // namespace lattice
