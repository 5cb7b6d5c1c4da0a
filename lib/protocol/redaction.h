#pragma once
// The redaction algorithm (room versions 11+, a superset of the keys older versions keep).
#include <QJsonObject>

namespace lattice {

// Returns `event` stripped as the spec's redaction algorithm says, with
// unsigned.redacted_because set to `redaction`.
QJsonObject redactEvent(const QJsonObject &event, const QJsonObject &redaction);

} // namespace lattice
