#pragma once
// Sentences for m.room.member events (spec: "m.room.member", membership transitions); internal to
// event_text.cpp.
#include "client/event_text.h"

namespace lattice {

// The name to show for a user: the lookup's answer, or the ID itself.
QString displayName(const QString &userId, const NameLookup &names);

// "Alice joined the room", "Bob removed Carol: spam", "Dan changed their display name from D to Daniel".
QString membershipSentence(const QJsonObject &memberEvent, const NameLookup &names);

} // namespace lattice
