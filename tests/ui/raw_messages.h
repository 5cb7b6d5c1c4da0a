#pragma once
// Setting up a room's history straight on the server (plain client-server requests, not the code
// under test), and one sync of the account under test to see it.
#include "async_wait.h"
#include "client/session.h"
#include "test_homeserver.h"

#include <QUrl>

namespace lattice::test {

inline QString roomPath(const QString &roomId, const QString &rest)
{
    return QStringLiteral("/_matrix/client/v3/rooms/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), rest);
}

// An m.text message from `from`; its event ID, or empty when the server refused it.
inline QString sendText(const TestUser &from, const QString &roomId, const QString &body)
{
    static int txn = 0;
    const RawReply r =
        request("PUT", roomPath(roomId, QStringLiteral("send/m.room.message/u%1").arg(++txn)),
                {{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}},
                from.accessToken);
    return r.status == 200 ? r.body.value(QLatin1String("event_id")).toString() : QString();
}

// A public room named `name` that `owner` creates on the server and `joiner`'s session joins; its ID,
// or empty when either step failed.
inline QString joinedPublicRoom(const TestUser &owner, Session &joiner, const QString &name)
{
    const RawReply created =
        request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                {{QStringLiteral("preset"), QStringLiteral("public_chat")}, {QStringLiteral("name"), name}},
                owner.accessToken);
    const QString roomId = created.body.value(QLatin1String("room_id")).toString();
    if (created.status != 200 || roomId.isEmpty())
        return {};
    return await<QString>([&](auto done) { joiner.joinRoom(roomId, done); }).ok() ? roomId : QString();
}

inline bool syncOnce(Session &s)
{
    return await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); }).ok();
}

} // namespace lattice::test
