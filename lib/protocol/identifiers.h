#pragma once
// Grammar checks for Matrix identifiers (appendices: identifier grammar).
#include <QString>

namespace lattice::id {

bool isUserId(const QString &s);  // @localpart:server
bool isRoomId(const QString &s);  // !opaque:server (server part optional since room v12)
bool isRoomAlias(const QString &s); // #alias:server
bool isEventId(const QString &s); // $opaque

// Server name part of a user ID (for discovery from "@alice:example.org").
QString serverName(const QString &userId);

} // namespace lattice::id
