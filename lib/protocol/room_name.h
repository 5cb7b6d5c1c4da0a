#pragma once
// "Calculating the display name for a room" (client-server API, rooms module).
#include <QString>
#include <QStringList>

namespace lattice {

struct RoomNameInputs {
    QString name;           // m.room.name content.name
    QString canonicalAlias; // m.room.canonical_alias content.alias
    QStringList heroNames;  // display names of m.heroes, already disambiguated
    int joinedMemberCount = 0;
    int invitedMemberCount = 0;
};

QString computeRoomDisplayName(const RoomNameInputs &in);

// A member's name as the spec shows it: displayname, disambiguated with the user ID when
// another member shares it; the user ID when there is no displayname.
QString memberDisplayName(const QString &userId, const QString &displayName, bool ambiguous);

} // namespace lattice
