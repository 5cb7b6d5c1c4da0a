#pragma once
// Reads of the room list and single rooms: one page of rows, cheap enough for the GUI thread.
#include "database.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace lattice {

struct RoomRow {
    QString roomId;
    QString displayName;
    QString membership;
    QString topic;
    QString avatarUrl;
    QString canonicalAlias;
    QString inviter;
    bool encrypted = false;
    bool isDirect = false;
    int notificationCount = 0;
    int highlightCount = 0;
    int joinedMemberCount = 0;
    int invitedMemberCount = 0;
    QJsonObject tags;
    QString lastEventId;
    qint64 lastActivityTs = 0;
};

// Joined and invited rooms (and left ones when asked), latest activity first.
Result<std::vector<RoomRow>> listRooms(Database &db, bool includeLeft = false);
Result<std::optional<RoomRow>> findRoom(Database &db, const QString &roomId);
// A room ID for "#alias:server" from stored canonical aliases; empty if unknown.
QString roomIdForAlias(Database &db, const QString &alias);

} // namespace lattice
