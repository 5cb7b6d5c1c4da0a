#pragma once
// The stored timeline of one room: pages of events by position, gaps, and back-filled chunks.
#include "database.h"
#include "protocol/messages_page.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace lattice {

struct StoredEvent {
    qint64 idx = 0;
    QJsonObject json; // the clear event when an m.room.encrypted one was decrypted (decrypted_events.h)
    bool decrypted = false;
    int senderTrust = -1;      // crypto::SenderTrust as an int when decrypted
    QString decryptionErrcode; // set when the last attempt to decrypt it failed
    QString decryptionError;   // that failure's sentence
};

struct Gap {
    qint64 idx = 0; // the gap lies just before the event at this position
    QString prevBatch;
};

// Up to `limit` events before position `beforeIdx` (exclusive), oldest first.
Result<std::vector<StoredEvent>> eventsBefore(Database &db, const QString &roomId, qint64 beforeIdx, int limit);
// The newest `limit` events, oldest first.
Result<std::vector<StoredEvent>> latestEvents(Database &db, const QString &roomId, int limit);
// Events after position `afterIdx` (exclusive), oldest first.
Result<std::vector<StoredEvent>> eventsAfter(Database &db, const QString &roomId, qint64 afterIdx, int limit);
Result<int> countEvents(Database &db, const QString &roomId);

// The highest gap at or above position `fromIdx`, if any.
Result<std::optional<Gap>> highestGapFrom(Database &db, const QString &roomId, qint64 fromIdx);

struct BackfillResult {
    int stored = 0;
    bool reachedKnownEvent = false; // the gap is closed
    bool reachedRoomStart = false;  // no older history exists
};

// Stores a /messages?dir=b chunk (newest first) below the gap at `gap.idx`, in one transaction.
// `end` is the token for the next older page; empty at the start of the room (an empty chunk with
// an `end` keeps the gap, with that token); m.room.create ends the history too. Historical state
// from the chunk never overwrites current state. Events are stored as the bytes in
// page.chunkJson/stateJson when those are known.
Result<BackfillResult> storeBackfill(Database &db, const QString &roomId, const Gap &gap,
                                     const MessagesPage &page);
// The same for events known only as parsed JSON (serialised for storing).
Result<BackfillResult> storeBackfill(Database &db, const QString &roomId, const Gap &gap, const QJsonArray &chunk,
                                     const QJsonArray &state, const QString &end);

} // namespace lattice
