#include "event_lookup.h"

#include "decrypted_events.h"

#include <QJsonDocument>

namespace lattice {

Result<std::optional<StoredEvent>> findEvent(Database &db, const QString &eventId)
{
    auto q = db.exec(storedEventSelect() + QStringLiteral(" WHERE e.event_id = ?"), {eventId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredEvent>();
    return std::optional<StoredEvent>(readStoredEvent(*q));
}

Result<std::optional<Gap>> gapAtOrBelow(Database &db, const QString &roomId, qint64 idx)
{
    auto q = db.exec(QStringLiteral("SELECT idx, prev_batch FROM gaps WHERE room_id = ? AND idx <= ? "
                                    "ORDER BY idx DESC LIMIT 1"),
                     {roomId, idx});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Gap>();
    return std::optional<Gap>(Gap{q->value(0).toLongLong(), q->value(1).toString()});
}

Result<int> countEventsFrom(Database &db, const QString &roomId, qint64 idx)
{
    auto q =
        db.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE room_id = ? AND idx >= ?"), {roomId, idx});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace lattice
