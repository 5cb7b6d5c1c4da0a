#pragma once
// Read receipts and the read marker (m.fully_read) of one room, as the sync writer stored them.
#include "database.h"

#include <QString>
#include <vector>

namespace lattice {

struct ReadReceipt
{
    QString userId;
    QString eventId;
    QString receiptType; // m.read or m.read.private
    qint64 ts = 0;
};

// Every member's unthreaded and main-thread read receipts (public and private) in the room.
Result<std::vector<ReadReceipt>> readReceipts(Database &db, const QString &roomId);
// The event the room's m.fully_read marker points at, or empty when the account has none.
Result<QString> fullyReadEventId(Database &db, const QString &roomId);

} // namespace lattice
