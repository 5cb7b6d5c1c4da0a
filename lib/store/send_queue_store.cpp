#include "send_queue_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace lattice {

namespace {

const char *const kColumns =
    "seq, txn_id, room_id, event_type, content, state, event_id, attempts, last_error, created_ts";

Result<std::vector<QueuedEvent>> readRows(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<QueuedEvent> out;
    while (q->next()) {
        QueuedEvent e;
        e.seq = q->value(0).toLongLong();
        e.txnId = q->value(1).toString();
        e.roomId = q->value(2).toString();
        e.eventType = q->value(3).toString();
        e.content = QJsonDocument::fromJson(q->value(4).toByteArray()).object();
        e.state = q->value(5).toString();
        e.eventId = q->value(6).toString();
        e.attempts = q->value(7).toInt();
        e.lastError = q->value(8).toString();
        e.createdTs = q->value(9).toLongLong();
        out.push_back(std::move(e));
    }
    return out;
}

Status update(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    return q ? success() : Status(q.error());
}

} // namespace

Result<QueuedEvent> enqueueEvent(Database &db, const QString &roomId, const QString &eventType,
                                 const QJsonObject &content)
{
    QueuedEvent e;
    // Unique per device for the lifetime of the access token, as the spec asks of transaction IDs.
    e.txnId = QStringLiteral("lt") + QUuid::createUuid().toString(QUuid::Id128);
    e.roomId = roomId;
    e.eventType = eventType;
    e.content = content;
    e.state = QStringLiteral("queued");
    e.createdTs = QDateTime::currentMSecsSinceEpoch();
    auto q = db.exec(QStringLiteral("INSERT INTO send_queue(txn_id, room_id, event_type, content, created_ts) "
                                    "VALUES(?, ?, ?, ?, ?)"),
                     {e.txnId, roomId, eventType, QJsonDocument(content).toJson(QJsonDocument::Compact), e.createdTs});
    if (!q)
        return q.error();
    e.seq = q->lastInsertId().toLongLong();
    return e;
}

Result<std::vector<QueuedEvent>> queuedEvents(Database &db)
{
    return readRows(db.exec(
        QStringLiteral("SELECT %1 FROM send_queue WHERE state = 'queued' ORDER BY seq").arg(QLatin1String(kColumns))));
}

Result<std::vector<QueuedEvent>> localEchoes(Database &db, const QString &roomId)
{
    return readRows(db.exec(
        QStringLiteral("SELECT %1 FROM send_queue WHERE room_id = ? ORDER BY seq").arg(QLatin1String(kColumns)),
        {roomId}));
}

Status markAttempt(Database &db, const QString &txnId, const QString &error)
{
    return update(db, QStringLiteral("UPDATE send_queue SET attempts = attempts + 1, last_error = ? WHERE txn_id = ?"),
                  {error, txnId});
}

Status markSent(Database &db, const QString &txnId, const QString &eventId)
{
    return update(db, QStringLiteral("UPDATE send_queue SET state = 'sent', event_id = ?, last_error = '' "
                                     "WHERE txn_id = ?"),
                  {eventId, txnId});
}

Status markFailed(Database &db, const QString &txnId, const QString &error)
{
    return update(db, QStringLiteral("UPDATE send_queue SET state = 'failed', last_error = ? WHERE txn_id = ?"),
                  {error, txnId});
}

Status requeue(Database &db, const QString &txnId)
{
    return update(db, QStringLiteral("UPDATE send_queue SET state = 'queued' WHERE txn_id = ? AND state = 'failed'"),
                  {txnId});
}

Status discardQueued(Database &db, const QString &txnId)
{
    return update(db, QStringLiteral("DELETE FROM send_queue WHERE txn_id = ? AND state != 'sent'"), {txnId});
}

} // namespace lattice
