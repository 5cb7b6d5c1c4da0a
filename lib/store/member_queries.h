#pragma once
// Reads of room members and of the state the models show about them: one room at a time.
#include "database.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace lattice {

struct MemberRow
{
    QString userId;
    QString displayName; // disambiguated as the spec shows it (never empty)
    QString rawDisplayName;
    QString avatarUrl;
    QString membership; // join | invite
};

// Joined and invited members from the room's current m.room.member state (partial when the
// server lazy-loads members), in no particular order.
Result<std::vector<MemberRow>> roomMembers(Database &db, const QString &roomId);

// One user's name and avatar in a room, from their m.room.member state; the user ID alone when
// the room has no member event for them.
Result<MemberRow> memberInfo(Database &db, const QString &roomId, const QString &userId);

// The content of one current state event, empty when the room has none.
Result<QJsonObject> stateContent(Database &db, const QString &roomId, const QString &type,
                                 const QString &stateKey = QString());

struct PowerLevels
{
    QHash<QString, int> users;
    int usersDefault = 0;
    int levelOf(const QString &userId) const { return users.value(userId, usersDefault); }
};
// m.room.power_levels of the room; without one, the spec's defaults (everyone 0; the creator 100
// is not derived here).
Result<PowerLevels> powerLevels(Database &db, const QString &roomId);

} // namespace lattice
