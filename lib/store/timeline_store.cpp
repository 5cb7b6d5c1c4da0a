#include "timeline_store.h"

#include "decrypted_events.h"
#include "protocol/event.h"

#include <QJsonDocument>
#include <algorithm>

namespace lattice {

namespace {

Result<std::vector<StoredEvent>> readEvents(Result<QSqlQuery> q, bool newestFirst)
{
    if (!q)
        return q.error();
    std::vector<StoredEvent> out;
    while (q->next())
        out.push_back(readStoredEvent(*q));
    if (newestFirst)
        std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

Result<std::vector<StoredEvent>> eventsBefore(Database &db, const QString &roomId, qint64 beforeIdx, int limit)
{
    return readEvents(db.exec(storedEventSelect() + QStringLiteral(" WHERE e.room_id = ? AND e.idx < ? "
                                                                   "ORDER BY e.idx DESC LIMIT ?"),
                              {roomId, beforeIdx, limit}),
                      true);
}

Result<std::vector<StoredEvent>> latestEvents(Database &db, const QString &roomId, int limit)
{
    return eventsBefore(db, roomId, std::numeric_limits<qint64>::max(), limit);
}

Result<std::vector<StoredEvent>> eventsAfter(Database &db, const QString &roomId, qint64 afterIdx, int limit)
{
    return readEvents(db.exec(storedEventSelect() + QStringLiteral(" WHERE e.room_id = ? AND e.idx > ? "
                                                                   "ORDER BY e.idx ASC LIMIT ?"),
                              {roomId, afterIdx, limit}),
                      false);
}

Result<int> countEvents(Database &db, const QString &roomId)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE room_id = ?"), {roomId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<std::optional<Gap>> highestGapFrom(Database &db, const QString &roomId, qint64 fromIdx)
{
    auto q = db.exec(QStringLiteral("SELECT idx, prev_batch FROM gaps WHERE room_id = ? AND idx >= ? "
                                    "ORDER BY idx DESC LIMIT 1"),
                     {roomId, fromIdx});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Gap>();
    return std::optional<Gap>(Gap{q->value(0).toLongLong(), q->value(1).toString()});
}

Result<BackfillResult> storeBackfill(Database &db, const QString &roomId, const Gap &gap, const QJsonArray &chunk,
                                     const QJsonArray &state, const QString &end)
{
    MessagesPage page;
    page.chunk = chunk;
    page.state = state;
    page.end = end;
    return storeBackfill(db, roomId, gap, page);
}

Result<BackfillResult> storeBackfill(Database &db, const QString &roomId, const Gap &gap,
                                     const MessagesPage &page)
{
    const QJsonArray &chunk = page.chunk;
    const QJsonArray &state = page.state;
    const QString &end = page.end;
    // The server's bytes when known for every element, else the parsed event serialised again.
    auto bytesOf = [](const std::vector<QByteArray> &raw, const QJsonArray &events, qsizetype i) {
        return qsizetype(raw.size()) == events.size()
                   ? raw[size_t(i)]
                   : QJsonDocument(events.at(i).toObject()).toJson(QJsonDocument::Compact);
    };
    if (Status s = db.begin(); !s)
        return s.error();
    auto fail = [&db](const Error &e) -> Result<BackfillResult> {
        db.rollback();
        return e;
    };
    BackfillResult result;
    bool reachedCreation = false;
    qint64 idx = gap.idx - 1;
    auto lower = db.exec(QStringLiteral("SELECT MAX(idx) FROM events WHERE room_id = ? AND idx < ?"), {roomId, gap.idx});
    if (!lower)
        return fail(lower.error());
    const qint64 floor = lower->next() && !lower->value(0).isNull() ? lower->value(0).toLongLong()
                                                                    : std::numeric_limits<qint64>::min();
    lower->finish();

    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const QJsonObject e = chunk.at(i).toObject();
        if (!event::isValidRoomEvent(e))
            continue; // a malformed event from the server: left out, the rest still fills the gap
        auto known = db.exec(QStringLiteral("SELECT 1 FROM events WHERE event_id = ?"), {event::eventId(e)});
        if (!known)
            return fail(known.error());
        if (known->next() || idx <= floor) {
            result.reachedKnownEvent = true;
            break;
        }
        auto ins =
            db.exec(QStringLiteral("INSERT INTO events(room_id, idx, event_id, sender, type, state_key, "
                                   "origin_server_ts, json) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                    {roomId, idx, event::eventId(e), event::sender(e), event::type(e),
                     event::isState(e) ? QVariant(event::stateKey(e)) : QVariant(), event::originServerTs(e),
                     bytesOf(page.chunkJson, chunk, i)});
        if (!ins)
            return fail(ins.error());
        --idx;
        ++result.stored;
        if (event::type(e) == QLatin1String("m.room.create")) {
            reachedCreation = true; // nothing precedes a room's creation
            break;
        }
    }
    for (qsizetype i = 0; i < state.size(); ++i) {
        const QJsonObject e = state.at(i).toObject();
        if (!event::isValidStateEvent(e))
            continue;
        auto ins =
            db.exec(QStringLiteral("INSERT OR IGNORE INTO state(room_id, type, state_key, event_id, json) "
                                   "VALUES(?, ?, ?, ?, ?)"),
                    {roomId, event::type(e), event::stateKey(e), event::eventId(e),
                     bytesOf(page.stateJson, state, i)});
        if (!ins)
            return fail(ins.error());
    }
    if (auto d = db.exec(QStringLiteral("DELETE FROM gaps WHERE room_id = ? AND idx = ?"), {roomId, gap.idx}); !d)
        return fail(d.error());
    // An empty chunk is not the start (the server may have hidden a page from this user): only a
    // response without `end` is, or the room's creation.
    result.reachedRoomStart = !result.reachedKnownEvent && (end.isEmpty() || reachedCreation);
    if (!result.reachedKnownEvent && !result.reachedRoomStart) {
        auto g = db.exec(QStringLiteral("INSERT OR REPLACE INTO gaps(room_id, idx, prev_batch) VALUES(?, ?, ?)"),
                         {roomId, idx + 1, end});
        if (!g)
            return fail(g.error());
    }
    if (Status s = db.commit(); !s)
        return s.error();
    return result;
}

} // namespace lattice
