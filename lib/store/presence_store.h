#pragma once
// The presence of users (m.presence from /sync), kept per user.
#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace lattice {

struct PresenceRow
{
    QString userId;
    QString presence;        // online | unavailable | offline
    qint64 lastActiveTs = 0; // ms since the epoch; 0 when the server did not say
    QString statusMsg;
    bool currentlyActive = false;
};

// Stores the m.presence events of a sync batch; `nowMs` turns last_active_ago into a time.
// Malformed events are left out. Part of the caller's transaction.
Status storePresence(Database &db, const QJsonArray &events,
                     qint64 nowMs = QDateTime::currentMSecsSinceEpoch());
// Presence of the room's joined and invited members that the store knows, by user ID.
Result<QHash<QString, PresenceRow>> presenceOfRoomMembers(Database &db, const QString &roomId);

} // namespace lattice
