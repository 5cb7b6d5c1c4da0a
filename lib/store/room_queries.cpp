#include "room_queries.h"

#include <QJsonDocument>

namespace lattice {

namespace {
const char *const kColumns =
    "room_id, display_name, membership, topic, avatar_url, canonical_alias, inviter, encrypted, is_direct, "
    "notification_count, highlight_count, joined_member_count, invited_member_count, tags, last_event_id, "
    "last_activity_ts";

RoomRow readRow(const QSqlQuery &q)
{
    RoomRow r;
    r.roomId = q.value(0).toString();
    r.displayName = q.value(1).toString();
    r.membership = q.value(2).toString();
    r.topic = q.value(3).toString();
    r.avatarUrl = q.value(4).toString();
    r.canonicalAlias = q.value(5).toString();
    r.inviter = q.value(6).toString();
    r.encrypted = q.value(7).toBool();
    r.isDirect = q.value(8).toBool();
    r.notificationCount = q.value(9).toInt();
    r.highlightCount = q.value(10).toInt();
    r.joinedMemberCount = q.value(11).toInt();
    r.invitedMemberCount = q.value(12).toInt();
    r.tags = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
    r.lastEventId = q.value(14).toString();
    r.lastActivityTs = q.value(15).toLongLong();
    return r;
}
} // namespace

Result<std::vector<RoomRow>> listRooms(Database &db, bool includeLeft)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM rooms WHERE membership IN ('join', 'invite'%2) "
                                    "ORDER BY last_activity_ts DESC, room_id")
                         .arg(QLatin1String(kColumns), includeLeft ? QStringLiteral(", 'leave'") : QString()));
    if (!q)
        return q.error();
    std::vector<RoomRow> rows;
    while (q->next())
        rows.push_back(readRow(*q));
    return rows;
}

Result<std::optional<RoomRow>> findRoom(Database &db, const QString &roomId)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM rooms WHERE room_id = ?").arg(QLatin1String(kColumns)), {roomId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RoomRow>();
    return std::optional<RoomRow>(readRow(*q));
}

QString roomIdForAlias(Database &db, const QString &alias)
{
    auto q = db.exec(QStringLiteral("SELECT room_id FROM rooms WHERE canonical_alias = ?"), {alias});
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace lattice
