#pragma once
// What became of each m.room.encrypted event: its clear event (decrypted_events) or why it could not be
// decrypted (decryption_failures). The events table keeps the encrypted form as the server sent it; reads
// of the timeline join these tables, so a page stays one query.
#include "database.h"
#include "timeline_store.h"

#include <QJsonObject>
#include <vector>

namespace lattice {

struct DecryptedEventRow
{
    QString eventId;
    QString roomId;
    // The clear event: type and content from the plaintext, event_id/sender/origin_server_ts/unsigned of the
    // encrypted event (fields it lacks are taken from the stored encrypted event when read).
    QJsonObject clearEvent;
    QString senderKey;
    QString sessionId;
    int trust = 0; // crypto::SenderTrust as an int (the store does not know the crypto layer)
};

struct DecryptionFailureRow
{
    QString eventId;
    QString roomId;
    QString sessionId;
    QString senderKey;
    QString errcode; // MISSING_ROOM_KEY, UNKNOWN_MESSAGE_INDEX, ...
    QString reason;  // one sentence for the timeline
};

// Stores a decryption result (insert or replace) and removes any failure recorded for the event.
// Part of the caller's transaction, as are the other writes here.
Status storeDecryptedEvent(Database &db, const DecryptedEventRow &row);
// Stores why an event could not be decrypted (replacing an older failure). A clear event already stored
// for it stays: a failed retry never hides what was decrypted.
Status storeDecryptionFailure(Database &db, const DecryptionFailureRow &row);
// Removes both records of an event (its redaction must not leave the clear content behind).
Status forgetDecryption(Database &db, const QString &eventId);

// The stored encrypted events that failed with this Megolm session, oldest first: retry them when its key
// arrives.
Result<std::vector<StoredEvent>> failedEventsOfSession(Database &db, const QString &roomId,
                                                       const QString &sessionId);
// Up to `limit` m.room.encrypted events of the room with neither a result nor a failure, newest first
// (what back-pagination stored, or what arrived before the crypto layer ran).
Result<std::vector<StoredEvent>> undecryptedEvents(Database &db, const QString &roomId, int limit);

// The SELECT (with its joins) and reader every read path of stored events shares: alias `e` is the events
// table; append WHERE/ORDER/LIMIT. Columns: idx, json, clear json, trust, errcode, reason.
QString storedEventSelect();
StoredEvent readStoredEvent(const QSqlQuery &q);

} // namespace lattice
