#pragma once
// Which newly synced timeline events become desktop notifications: the account's push rules
// decide, as a push gateway would, minus what the user is looking at. Reads the store only.
#include "protocol/push_rules.h"
#include "store/change_set.h"
#include "store/database.h"

#include <QString>
#include <vector>

namespace lattice::desktop {

struct Notification
{
    QString roomId;
    QString eventId;    // the newest notifying event of the room in the batch
    QString roomName;   // the room's display name
    QString senderName; // disambiguated display name of the sender
    QString text;       // the one-line preview ("Alice: hello")
    bool highlight = false;
    QString sound;            // empty: silent
    int count = 1;            // notifying events of this room in the batch
    bool invite = false;      // an invitation to the room (no event to jump to)
    bool undecrypted = false; // the event is still m.room.encrypted: its room key has not arrived
};

// The notifications for one stored sync batch, at most one per room (in no set order), and one per new
// invitation the push rules want to hear of. Nothing for the initial sync, for the user's own events, or for
// `quietRoomId` (open in a focused window). Push rules come from the stored m.push_rules account data, or the
// spec's defaults without it.
Result<std::vector<Notification>> notificationsFor(const ChangeSet &changes, Database &db,
                                                   const QString &ownUserId, const QString &quietRoomId);

// The stored push rules of the account (server defaults when there are none or they are malformed).
PushRuleSet storedPushRules(Database &db, const QString &ownUserId);

} // namespace lattice::desktop
