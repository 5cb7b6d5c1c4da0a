#pragma once
// The one-line summary of a room's last event that the room list shows under its name.
#include <QJsonObject>
#include <QString>

namespace lattice {

// "Alice: hello" for messages (the body's first line, shortened); a generic sentence such as
// "Alice changed the room state" for other events. `senderName` is already disambiguated.
QString eventPreview(const QJsonObject &event, const QString &senderName);

} // namespace lattice
