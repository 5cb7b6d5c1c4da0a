#include "decrypted_events.h"

#include "protocol/event.h"

#include <QJsonDocument>

namespace lattice {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<std::vector<StoredEvent>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<StoredEvent> out;
    while (q->next())
        out.push_back(readStoredEvent(*q));
    return out;
}
} // namespace

Status storeDecryptedEvent(Database &db, const DecryptedEventRow &row)
{
    if (Status s = db.write(
            QStringLiteral("INSERT OR REPLACE INTO decrypted_events(event_id, room_id, json, "
                           "sender_key, session_id, trust) VALUES(?, ?, ?, ?, ?, ?)"),
            {row.eventId, row.roomId, compact(row.clearEvent), row.senderKey, row.sessionId, row.trust});
        !s)
        return s;
    return db.write(QStringLiteral("DELETE FROM decryption_failures WHERE event_id = ?"), {row.eventId});
}

Status storeDecryptionFailure(Database &db, const DecryptionFailureRow &row)
{
    return db.write(
        QStringLiteral("INSERT OR REPLACE INTO decryption_failures(event_id, room_id, session_id, "
                       "sender_key, errcode, reason) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                       "(SELECT 1 FROM decrypted_events WHERE event_id = ?)"),
        {row.eventId, row.roomId, row.sessionId, row.senderKey, row.errcode, row.reason, row.eventId});
}

Status forgetDecryption(Database &db, const QString &eventId)
{
    if (Status s = db.write(QStringLiteral("DELETE FROM decrypted_events WHERE event_id = ?"), {eventId}); !s)
        return s;
    return db.write(QStringLiteral("DELETE FROM decryption_failures WHERE event_id = ?"), {eventId});
}

Result<std::vector<StoredEvent>> failedEventsOfSession(Database &db, const QString &roomId,
                                                       const QString &sessionId)
{
    return readAll(db.exec(storedEventSelect() +
                               QStringLiteral(" WHERE f.room_id = ? AND f.session_id = ? ORDER BY e.idx"),
                           {roomId, sessionId}));
}

Result<std::vector<StoredEvent>> undecryptedEvents(Database &db, const QString &roomId, int limit)
{
    return readAll(
        db.exec(storedEventSelect() +
                    QStringLiteral(" WHERE e.room_id = ? AND e.type = 'm.room.encrypted' AND "
                                   "d.event_id IS NULL AND f.event_id IS NULL ORDER BY e.idx DESC LIMIT ?"),
                {roomId, std::max(0, limit)}));
}

QString storedEventSelect()
{
    return QStringLiteral("SELECT e.idx, e.json, d.json, d.trust, f.errcode, f.reason FROM events e "
                          "LEFT JOIN decrypted_events d ON d.event_id = e.event_id "
                          "LEFT JOIN decryption_failures f ON f.event_id = e.event_id");
}

StoredEvent readStoredEvent(const QSqlQuery &q)
{
    StoredEvent out;
    out.idx = q.value(0).toLongLong();
    out.json = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    // A redacted event shows its redacted form, whatever was decrypted before the redaction arrived.
    if (!q.value(2).isNull() && !event::isRedacted(out.json)) {
        QJsonObject clear = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (const char *key : {"event_id", "sender", "origin_server_ts", "room_id", "unsigned"}) {
            const QLatin1String k(key);
            if (!clear.contains(k) && out.json.contains(k))
                clear.insert(k, out.json.value(k));
        }
        out.json = std::move(clear);
        out.decrypted = true;
        out.senderTrust = q.value(3).toInt();
    } else if (!q.value(4).isNull()) {
        out.decryptionErrcode = q.value(4).toString();
        out.decryptionError = q.value(5).toString();
    }
    return out;
}

} // namespace lattice
