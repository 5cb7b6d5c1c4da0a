#pragma once
// Single stored events by ID and the gap nearest below a timeline position.
#include "database.h"
#include "timeline_store.h"

#include <QJsonObject>
#include <optional>

namespace lattice {

// The stored event (with its timeline position) of that ID, if the store has it; the clear event when it
// was decrypted.
Result<std::optional<StoredEvent>> findEvent(Database &db, const QString &eventId);
// The highest gap at or below position `idx` in the room, if any.
Result<std::optional<Gap>> gapAtOrBelow(Database &db, const QString &roomId, qint64 idx);
// How many stored events of the room lie at or above position `idx`.
Result<int> countEventsFrom(Database &db, const QString &roomId, qint64 idx);

} // namespace lattice
