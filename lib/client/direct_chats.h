#pragma once
// Direct chats from the account's m.direct data (spec: "Direct Messaging"): which room is already
// the DM with someone, so "Message" opens it instead of creating a second one.
#include "store/database.h"

#include <QJsonObject>
#include <functional>

namespace lattice {

// The content of the account's m.direct event as stored (empty when there is none).
Result<QJsonObject> directChatsContent(Database &db);

// The DM room with `userId` to reuse: among the rooms m.direct lists for them, one we have joined
// (else one we are invited to), the most recently listed first; empty when there is none.
// `membershipOf` gives our membership of a room ("join", "invite", "leave", or empty if unknown).
QString existingDirectRoom(const QJsonObject &direct, const QString &userId,
                           const std::function<QString(const QString &roomId)> &membershipOf);

} // namespace lattice
