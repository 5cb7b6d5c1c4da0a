#pragma once
// What desktop notifications read from the store: account data (m.push_rules) and unread totals.
#include "database.h"

#include <QJsonObject>

namespace lattice {

// The content of the account data event of this type; empty when none is stored. roomId empty:
// the global account data (m.push_rules, m.direct, ...).
Result<QJsonObject> accountDataContent(Database &db, const QString &type, const QString &roomId = QString());

// The sum of the server's notification counts over joined rooms, plus one per pending invite:
// the number the tray icon shows.
Result<int> totalUnreadCount(Database &db);

} // namespace lattice
