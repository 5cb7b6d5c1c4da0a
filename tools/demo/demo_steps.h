#pragma once
// Blocking steps over the asynchronous library, for the demo seeder: each runs the event loop
// until its call completes and returns the library's Result. Registration and the display name
// have no Session call, so they go through the Session's HttpClient.
#include "client/session.h"

#include <QString>

namespace lattice::demo {

// Registers `localpart` with m.login.dummy (the test homeserver allows it). An existing user is
// an error with errcode M_USER_IN_USE.
Status registerUser(const QUrl &homeserver, const QString &localpart, const QString &password);
Status login(Session &session, const QString &homeserver, const QString &user, const QString &password);
Status logout(Session &session);
Status setDisplayName(Session &session, const QString &name);
Result<QString> createRoom(Session &session, const CreateRoomOptions &options);
Result<QString> joinRoom(Session &session, const QString &roomId);
Status setTopic(Session &session, const QString &roomId, const QString &topic);
// Sends through the send queue and waits until the server accepted it; returns the event ID.
Result<QString> send(Session &session, const QString &roomId, const QString &markdown,
                     const QString &msgtype = QStringLiteral("m.text"));
// A plain-text reply to `eventId` (m.relates_to / m.in_reply_to).
Result<QString> reply(Session &session, const QString &roomId, const QString &eventId, const QString &text);

} // namespace lattice::demo
