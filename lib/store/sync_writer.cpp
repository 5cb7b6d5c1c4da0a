#include "sync_writer.h"

#include "decrypted_events.h"
#include "presence_store.h"
#include "protocol/event.h"
#include "protocol/redaction.h"

#include <QJsonDocument>
#include <QSqlError>

namespace lattice {

namespace {

constexpr qint64 kChunkSpacing = qint64(1) << 32; // room for back-pagination below a gap

QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The event's bytes as the server sent them when the parser kept them (index-aligned), else serialised.
QByteArray eventJson(const std::vector<QByteArray> &raw, qsizetype i, const QJsonObject &e)
{
    return size_t(i) < raw.size() ? raw[size_t(i)] : toJson(e);
}

} // namespace

Result<ChangeSet> SyncWriter::apply(const SyncResponse &sync)
{
    ChangeSet changes;
    changes.nextBatch = sync.nextBatch;
    changes.skippedEvents = sync.skippedEvents;
    changes.deviceListsChanged = sync.deviceListsChanged;
    changes.deviceListsLeft = sync.deviceListsLeft;
    changes.oneTimeKeyCounts = sync.oneTimeKeyCounts;
    changes.unusedFallbackKeyTypes = sync.unusedFallbackKeyTypes;

    if (Status s = m_db.begin(); !s)
        return s.error();
    auto fail = [this](const Error &e) -> Result<ChangeSet> {
        m_db.rollback();
        return e;
    };
    changes.initial = m_db.meta(QStringLiteral("next_batch")).isEmpty();
    const QString ownUserId = m_db.meta(QStringLiteral("user_id"));

    // Pending rooms are parsed one at a time here, so an initial sync never holds all of them parsed.
    QStringList roomIds;
    const Status roomsStored = forEachRoom(sync, changes.skippedEvents, [&](const RoomUpdate &room) {
        roomIds.append(room.roomId);
        return applyRoom(room, changes);
    });
    if (!roomsStored)
        return fail(roomsStored.error());

    for (const QJsonValue &v : sync.accountData) {
        const QJsonObject e = v.toObject();
        if (Status s = storeAccountData(QString(), e); !s)
            return fail(s.error());
        changes.accountDataTypes.insert(event::type(e));
        if (event::type(e) == QLatin1String("m.direct")) {
            if (Status s = applyDirectChats(event::content(e)); !s)
                return fail(s.error());
            // Every room's is_direct may have flipped; the room list refreshes the joined ones.
            if (auto q = m_db.exec(QStringLiteral("SELECT room_id FROM rooms WHERE membership != 'leave'"))) {
                while (q->next())
                    changes.changedRooms.insert(q->value(0).toString());
            }
        }
    }
    if (Status s = storePresence(m_db, sync.presence); !s)
        return fail(s.error());
    if (Status s = storeToDevice(sync.toDevice); !s)
        return fail(s.error());
    changes.toDeviceEvents = int(sync.toDevice.size());

    // Only rooms this batch carried can have new state; an m.direct change flips is_direct alone,
    // so those rooms need a row refresh in the models but no summary recompute.
    RoomSummaryRefresher summaries(m_db);
    for (const QString &roomId : std::as_const(roomIds))
        if (Status s = summaries.refresh(roomId, ownUserId); !s)
            return fail(s.error());

    // The token moves in the same transaction as the data it covers: a crash replays the batch.
    if (Status s = m_db.setMeta(QStringLiteral("next_batch"), sync.nextBatch); !s)
        return fail(s.error());
    if (Status s = m_db.commit(); !s)
        return s.error();
    return changes;
}

Status SyncWriter::applyRoom(const RoomUpdate &room, ChangeSet &changes)
{
    changes.changedRooms.insert(room.roomId);
    if (Status s = upsertMembership(room.roomId, room.membership); !s)
        return s;
    if (room.membership == Membership::Invite || room.membership == Membership::Knock)
        return storeStrippedState(room);
    if (auto r = m_db.write(QStringLiteral("DELETE FROM stripped_state WHERE room_id = ?"), {room.roomId}); !r)
        return r.error();

    for (qsizetype i = 0; i < room.state.size(); ++i) {
        const QJsonObject e = room.state.at(i).toObject();
        if (Status s = storeStateEvent(room.roomId, e, eventJson(room.stateJson, i, e)); !s)
            return s;
    }
    auto appended = appendTimeline(room, changes);
    if (!appended)
        return appended.error();
    if (!appended->isEmpty())
        changes.appended.push_back({room.roomId, changes.initial ? QJsonArray() : *appended});
    for (const QJsonValue &v : room.accountData)
        if (Status s = storeAccountData(room.roomId, v.toObject()); !s)
            return s;
    if (Status s = applyEphemeral(room, changes); !s)
        return s;
    return applySummary(room);
}

Status SyncWriter::upsertMembership(const QString &roomId, Membership membership)
{
    return m_db.write(QStringLiteral("INSERT INTO rooms(room_id, membership) VALUES(?, ?) "
                                       "ON CONFLICT(room_id) DO UPDATE SET membership = excluded.membership"),
                        {roomId, membershipName(membership)});
}

Status SyncWriter::storeStateEvent(const QString &roomId, const QJsonObject &e, const QByteArray &json)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO state(room_id, type, state_key, event_id, json) "
                       "VALUES(?, ?, ?, ?, ?)"),
        {roomId, event::type(e), event::stateKey(e), event::eventId(e), json.isEmpty() ? toJson(e) : json});
}

Status SyncWriter::storeStrippedState(const RoomUpdate &room)
{
    if (auto r = m_db.write(QStringLiteral("DELETE FROM stripped_state WHERE room_id = ?"), {room.roomId}); !r)
        return r.error();
    for (const QJsonValue &v : room.state) {
        const QJsonObject e = v.toObject();
        auto r = m_db.write(QStringLiteral("INSERT OR REPLACE INTO stripped_state(room_id, type, state_key, json) "
                                          "VALUES(?, ?, ?, ?)"),
                           {room.roomId, event::type(e), event::stateKey(e), toJson(e)});
        if (!r)
            return r.error();
    }
    return success();
}

Result<QJsonArray> SyncWriter::appendTimeline(const RoomUpdate &room, ChangeSet &changes)
{
    QJsonArray stored;
    if (room.timeline.isEmpty())
        return stored;
    auto maxQ = m_db.exec(QStringLiteral("SELECT MAX(idx) FROM events WHERE room_id = ?"), {room.roomId});
    if (!maxQ)
        return maxQ.error();
    const bool hasEvents = maxQ->next() && !maxQ->value(0).isNull();
    qint64 next = hasEvents ? maxQ->value(0).toLongLong() + 1 : 0;
    maxQ->finish();
    // A limited batch leaves a hole before it: start a new chunk above and remember how to fill it.
    const bool gapBefore = !hasEvents || room.limited;
    if (hasEvents && room.limited)
        next += kChunkSpacing;

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO events(room_id, idx, event_id, sender, type, state_key, origin_server_ts, json) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    bool first = true;
    qint64 lastTs = 0;
    QString lastEventId;
    for (qsizetype i = 0; i < room.timeline.size(); ++i) {
        const QJsonObject e = room.timeline.at(i).toObject();
        const QByteArray json = eventJson(room.timelineJson, i, e);
        insert->bindValue(0, room.roomId);
        insert->bindValue(1, next);
        insert->bindValue(2, event::eventId(e));
        insert->bindValue(3, event::sender(e));
        insert->bindValue(4, event::type(e));
        insert->bindValue(5, event::isState(e) ? QVariant(event::stateKey(e)) : QVariant());
        insert->bindValue(6, event::originServerTs(e));
        insert->bindValue(7, json);
        if (!insert->exec())
            return Database::storageError(QStringLiteral("storing an event"), insert->lastError());
        if (insert->numRowsAffected() == 0)
            continue; // already stored (an overlapping batch): never duplicated
        if (first && gapBefore && !room.prevBatch.isEmpty()) {
            auto g = m_db.write(QStringLiteral("INSERT OR REPLACE INTO gaps(room_id, idx, prev_batch) VALUES(?, ?, ?)"),
                               {room.roomId, next, room.prevBatch});
            if (!g)
                return g.error();
        }
        first = false;
        ++next;
        stored.append(e);
        if (event::isState(e))
            if (Status s = storeStateEvent(room.roomId, e, json); !s)
                return s.error();
        if (event::type(e) == QLatin1String("m.room.redaction"))
            if (Status s = applyRedaction(e); !s)
                return s.error();
        if (const QString txn = event::transactionId(e); !txn.isEmpty()) {
            auto d = m_db.write(QStringLiteral("DELETE FROM send_queue WHERE txn_id = ?"), {txn});
            if (!d)
                return d.error();
            changes.echoedTransactions.append(txn);
        }
        lastTs = event::originServerTs(e);
        lastEventId = event::eventId(e);
    }
    if (!lastEventId.isEmpty()) {
        auto r = m_db.write(QStringLiteral("UPDATE rooms SET last_event_id = ?, last_activity_ts = MAX(last_activity_ts, ?) "
                                          "WHERE room_id = ?"),
                           {lastEventId, lastTs, room.roomId});
        if (!r)
            return r.error();
    }
    return stored;
}

Status SyncWriter::applyRedaction(const QJsonObject &redaction)
{
    // v11 moved `redacts` into content; older rooms have it at the top level.
    QString target = event::content(redaction).value(QLatin1String("redacts")).toString();
    if (target.isEmpty())
        target = redaction.value(QLatin1String("redacts")).toString();
    if (target.isEmpty())
        return success();
    auto q = m_db.exec(QStringLiteral("SELECT json FROM events WHERE event_id = ?"), {target});
    if (!q)
        return q.error();
    if (!q->next())
        return success(); // not stored (yet): back-pagination will bring the redacted form
    const QJsonObject original = QJsonDocument::fromJson(q->value(0).toByteArray()).object();
    q->finish();
    if (Status s = forgetDecryption(m_db, target); !s)
        return s;
    return m_db.write(QStringLiteral("UPDATE events SET json = ? WHERE event_id = ?"),
                        {toJson(redactEvent(original, redaction)), target});
}

Status SyncWriter::applyEphemeral(const RoomUpdate &room, ChangeSet &changes)
{
    for (const QJsonValue &v : room.ephemeral) {
        const QJsonObject e = v.toObject();
        const QString type = event::type(e);
        const QJsonObject content = event::content(e);
        if (type == QLatin1String("m.typing")) {
            QStringList users;
            for (const QJsonValue &u : content.value(QLatin1String("user_ids")).toArray())
                users.append(u.toString());
            changes.typing.insert(room.roomId, users);
        } else if (type == QLatin1String("m.receipt")) {
            for (auto ev = content.constBegin(); ev != content.constEnd(); ++ev) {
                const QJsonObject byType = ev.value().toObject();
                for (auto rt = byType.constBegin(); rt != byType.constEnd(); ++rt) {
                    const QJsonObject byUser = rt.value().toObject();
                    for (auto u = byUser.constBegin(); u != byUser.constEnd(); ++u) {
                        const QJsonObject r = u.value().toObject();
                        auto q = m_db.write(
                            QStringLiteral("INSERT OR REPLACE INTO receipts(room_id, user_id, receipt_type, thread_id, "
                                           "event_id, ts) VALUES(?, ?, ?, ?, ?, ?)"),
                            {room.roomId, u.key(), rt.key(), r.value(QLatin1String("thread_id")).toString(), ev.key(),
                             r.value(QLatin1String("ts")).toInteger()});
                        if (!q)
                            return q.error();
                    }
                }
            }
        }
    }
    return success();
}

Status SyncWriter::storeAccountData(const QString &roomId, const QJsonObject &e)
{
    if (auto r = m_db.write(QStringLiteral("INSERT OR REPLACE INTO account_data(room_id, type, json) VALUES(?, ?, ?)"),
                           {roomId, event::type(e), toJson(e)});
        !r)
        return r.error();
    if (!roomId.isEmpty() && event::type(e) == QLatin1String("m.tag")) {
        const QJsonObject tags = event::content(e).value(QLatin1String("tags")).toObject();
        return m_db.write(QStringLiteral("UPDATE rooms SET tags = ? WHERE room_id = ?"), {toJson(tags), roomId});
    }
    return success();
}

Status SyncWriter::applySummary(const RoomUpdate &room)
{
    // One statement per room; a NULL leaves the column as it was (the field was absent).
    const RoomSummaryUpdate &s = room.summary;
    auto orNull = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    const QVariant heroes =
        s.heroes ? QVariant(QJsonDocument(QJsonArray::fromStringList(*s.heroes)).toJson(QJsonDocument::Compact))
                 : QVariant();
    return m_db.write(QStringLiteral("UPDATE rooms SET heroes = COALESCE(?, heroes), "
                                     "joined_member_count = COALESCE(?, joined_member_count), "
                                     "invited_member_count = COALESCE(?, invited_member_count), "
                                     "notification_count = COALESCE(?, notification_count), "
                                     "highlight_count = COALESCE(?, highlight_count) WHERE room_id = ?"),
                      {heroes, orNull(s.joinedMemberCount), orNull(s.invitedMemberCount), orNull(room.notificationCount),
                       orNull(room.highlightCount), room.roomId});
}

Status SyncWriter::applyDirectChats(const QJsonObject &mDirect)
{
    if (auto r = m_db.write(QStringLiteral("UPDATE rooms SET is_direct = 0")); !r)
        return r.error();
    for (auto it = mDirect.constBegin(); it != mDirect.constEnd(); ++it) {
        for (const QJsonValue &roomId : it.value().toArray()) {
            // The row may not exist yet (m.direct can name rooms before their first sync).
            auto r = m_db.write(QStringLiteral("INSERT INTO rooms(room_id, membership, is_direct) VALUES(?, 'leave', 1) "
                                              "ON CONFLICT(room_id) DO UPDATE SET is_direct = 1"),
                               {roomId.toString()});
            if (!r)
                return r.error();
        }
    }
    return success();
}

Status SyncWriter::storeToDevice(const QJsonArray &events)
{
    for (const QJsonValue &v : events)
        if (auto r = m_db.write(QStringLiteral("INSERT INTO to_device_inbox(json) VALUES(?)"), {toJson(v.toObject())}); !r)
            return r.error();
    return success();
}

} // namespace lattice
