#include "protocol/room_permissions.h"

namespace lattice {

namespace {
// Power levels may arrive as strings in old rooms; anything else keeps the default.
int levelValue(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QHash<QString, int> levelMap(const QJsonValue &v)
{
    QHash<QString, int> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), levelValue(it.value(), 0));
    return out;
}
} // namespace

RoomPermissions RoomPermissions::fromContent(const QJsonObject &content, const QString &creator)
{
    RoomPermissions p;
    if (content.isEmpty()) {
        // No power levels event: the creator has 100, everyone else 0, and state needs 0.
        if (!creator.isEmpty())
            p.m_users.insert(creator, 100);
        return p;
    }
    p.m_users = levelMap(content.value(QLatin1String("users")));
    p.m_events = levelMap(content.value(QLatin1String("events")));
    p.m_usersDefault = levelValue(content.value(QLatin1String("users_default")), 0);
    p.m_eventsDefault = levelValue(content.value(QLatin1String("events_default")), 0);
    p.m_stateDefault = levelValue(content.value(QLatin1String("state_default")), 50);
    p.m_invite = levelValue(content.value(QLatin1String("invite")), 0);
    p.m_kick = levelValue(content.value(QLatin1String("kick")), 50);
    p.m_ban = levelValue(content.value(QLatin1String("ban")), 50);
    p.m_notifyRoom =
        levelValue(content.value(QLatin1String("notifications")).toObject().value(QLatin1String("room")), 50);
    return p;
}

int RoomPermissions::levelOf(const QString &userId) const
{
    return m_users.value(userId, m_usersDefault);
}

bool RoomPermissions::canSendState(const QString &userId, const QString &eventType) const
{
    return levelOf(userId) >= m_events.value(eventType, m_stateDefault);
}

bool RoomPermissions::canSendMessage(const QString &userId, const QString &eventType) const
{
    return levelOf(userId) >= m_events.value(eventType, m_eventsDefault);
}

bool RoomPermissions::canKick(const QString &userId, const QString &target) const
{
    const int mine = levelOf(userId);
    return mine >= m_kick && mine > levelOf(target);
}

bool RoomPermissions::canBan(const QString &userId, const QString &target) const
{
    const int mine = levelOf(userId);
    return mine >= m_ban && mine > levelOf(target);
}

} // namespace lattice
