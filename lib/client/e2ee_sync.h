#pragma once
// The E2EE work of one stored sync batch, run on the store thread inside the machine's transaction:
// the to-device inbox and key counts into the machine, tracked users, leaves, and decryption of the
// batch's encrypted events (plus earlier failures whose room key just arrived).
#include "crypto/olm_machine.h"
#include "store/change_set.h"
#include "store/database.h"

#include <QSet>
#include <vector>

namespace lattice {

struct E2eeSyncResult
{
    QStringList rooms;     // rooms with newly decrypted events
    QStringList eventIds;  // events decrypted now (their clear form is stored)
    QStringList leftRooms; // encrypted rooms someone left: their room key was discarded
    QStringList errors;    // to-device events the machine could not handle (one sentence each)
    int failures = 0;      // events that could not be decrypted yet (stored as failures)
    // To-device events the machine left to the layers above (verification, secrets), in arrival order.
    std::vector<QJsonObject> toDevice;
    QStringList devicesChangedFor; // users whose device list changed (new-device warnings)
};

Result<E2eeSyncResult> applySyncToMachine(crypto::OlmMachine &machine, Database &db, const ChangeSet &changes,
                                          const QString &ownUserId, const QSet<QString> &fetchedMembers);

// Decrypts `events` of `roomId` (m.room.encrypted ones; others are ignored) and stores the clear event or
// the failure of each. Adds what it decrypted to `result`.
Status decryptAndStore(crypto::OlmMachine &machine, Database &db, const QString &roomId,
                       const std::vector<QJsonObject> &events, E2eeSyncResult &result);

// Decrypts the stored encrypted events of a room that were never attempted (after back-pagination).
Result<E2eeSyncResult> decryptStoredEvents(crypto::OlmMachine &machine, Database &db, const QString &roomId);
// The same, adding to `result` (the initial sync's TimelineAppends name rooms only: their events are read
// back from the store).
Status decryptStoredInto(crypto::OlmMachine &machine, Database &db, const QString &roomId, E2eeSyncResult &result);

} // namespace lattice
