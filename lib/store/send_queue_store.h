#pragma once
// The persisted send queue: an event is written here before its request goes out.
#include "database.h"

#include <QJsonObject>
#include <vector>

namespace lattice {

struct QueuedEvent {
    qint64 seq = 0;
    QString txnId;
    QString roomId;
    QString eventType;
    QJsonObject content;
    QString state; // queued | sent | failed
    QString eventId;
    int attempts = 0;
    QString lastError;
    qint64 createdTs = 0;
};

Result<QueuedEvent> enqueueEvent(Database &db, const QString &roomId, const QString &eventType,
                                 const QJsonObject &content);
// Entries still to deliver, oldest first.
Result<std::vector<QueuedEvent>> queuedEvents(Database &db);
// Local echoes of a room (queued, sent without remote echo yet, failed), oldest first.
Result<std::vector<QueuedEvent>> localEchoes(Database &db, const QString &roomId);
Status markAttempt(Database &db, const QString &txnId, const QString &error);
Status markSent(Database &db, const QString &txnId, const QString &eventId);
Status markFailed(Database &db, const QString &txnId, const QString &error);
Status requeue(Database &db, const QString &txnId);  // retry a failed entry
Status discardQueued(Database &db, const QString &txnId);

} // namespace lattice
