#pragma once
// One-line, translatable human sentences for timeline events that are not plain messages (state,
// membership, calls, redactions, undecryptable events) and previews for the room list. Pure
// functions of event JSON: the caller decides how user IDs become names (disambiguation included).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace lattice {

// Maps a user ID to the name to show. May be empty (or return an empty string): the ID is then used.
using NameLookup = std::function<QString(const QString &userId)>;

// "Alice joined the room", "Bob changed the topic to …", "Message deleted", "Carol placed a video call".
// Any event gives a sentence; missing or wrongly typed fields give a generic one.
QString eventSummary(const QJsonObject &event, const NameLookup &names);

// The sentence for a run of consecutive membership events, e.g. "Alice, Bob and 3 others joined;
// Carol left". Each user is counted once, by what the run did to them overall.
QString collapseMembershipRun(const QList<QJsonObject> &memberEvents, const NameLookup &names);

// A one-line preview for the room list: "Alice: hello", "* Alice waves", "Alice sent an image", ...
QString messagePreview(const QJsonObject &event, const QString &senderName);

} // namespace lattice
