#include "presence_store.h"

#include "protocol/event.h"

#include <QJsonObject>

namespace lattice {

Status storePresence(Database &db, const QJsonArray &events, qint64 nowMs)
{
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QJsonObject content = event::content(e);
        const QString userId = event::sender(e);
        const QString presence = content.value(QLatin1String("presence")).toString();
        if (event::type(e) != QLatin1String("m.presence") || userId.isEmpty() || presence.isEmpty())
            continue;
        const QJsonValue ago = content.value(QLatin1String("last_active_ago"));
        const qint64 lastActiveTs = ago.isDouble() ? nowMs - ago.toInteger() : 0;
        if (Status s = db.write(
                QStringLiteral("INSERT OR REPLACE INTO presence(user_id, presence, last_active_ts, "
                               "status_msg, currently_active) VALUES(?, ?, ?, ?, ?)"),
                {userId, presence, lastActiveTs, content.value(QLatin1String("status_msg")).toString(),
                 content.value(QLatin1String("currently_active")).toBool()});
            !s)
            return s;
    }
    return success();
}

Result<QHash<QString, PresenceRow>> presenceOfRoomMembers(Database &db, const QString &roomId)
{
    auto q = db.exec(
        QStringLiteral("SELECT p.user_id, p.presence, p.last_active_ts, p.status_msg, p.currently_active "
                       "FROM state s JOIN presence p ON p.user_id = s.state_key "
                       "WHERE s.room_id = ? AND s.type = 'm.room.member'"),
        {roomId});
    if (!q)
        return q.error();
    QHash<QString, PresenceRow> out;
    while (q->next()) {
        PresenceRow p{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                      q->value(3).toString(), q->value(4).toBool()};
        out.insert(p.userId, p);
    }
    return out;
}

} // namespace lattice
