#pragma once
// What m.room.power_levels allows a user to do in a room (spec: m.room.power_levels), with the
// spec's defaults for missing keys and for a room without the event.
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace lattice {

class RoomPermissions
{
public:
    // `content` is the m.room.power_levels content (empty when the room has none); `creator` is
    // the room's creator, who holds 100 when the room has no power levels.
    static RoomPermissions fromContent(const QJsonObject &content, const QString &creator = QString());

    int levelOf(const QString &userId) const;
    bool canSendState(const QString &userId, const QString &eventType) const;
    bool canSendMessage(const QString &userId, const QString &eventType) const;
    bool canInvite(const QString &userId) const { return levelOf(userId) >= m_invite; }
    // Kicking and banning also need a level above the target's.
    bool canKick(const QString &userId, const QString &target) const;
    bool canBan(const QString &userId, const QString &target) const;
    bool canMentionRoom(const QString &userId) const { return levelOf(userId) >= m_notifyRoom; }

private:
    QHash<QString, int> m_users;
    QHash<QString, int> m_events;
    int m_usersDefault = 0;
    int m_eventsDefault = 0;
    int m_stateDefault = 0;
    int m_invite = 0;
    int m_kick = 50;
    int m_ban = 50;
    int m_notifyRoom = 50;
};

} // namespace lattice
