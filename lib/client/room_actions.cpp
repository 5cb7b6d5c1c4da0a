// Session's room operations: thin wrappers over endpoints, with room aliases resolved first.
#include "session.h"

#include "markdown.h"
#include "net/client_api.h"
#include "protocol/identifiers.h"
#include "store/room_queries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice {

namespace {
std::function<void(Result<QJsonObject>)> toStatus(std::function<void(Status)> done)
{
    return [done = std::move(done)](Result<QJsonObject> r) { done(r ? success() : Status(r.error())); };
}
} // namespace

void Session::resolveRoom(const QString &idOrAlias, std::function<void(Result<QString>)> done)
{
    if (id::isRoomId(idOrAlias))
        return done(idOrAlias);
    if (!id::isRoomAlias(idOrAlias))
        return done(Error::make(Error::Kind::Usage,
                                QStringLiteral("\"%1\" is neither a room ID (!id:server) nor an alias (#name:server).")
                                    .arg(idOrAlias)));
    m_http->sendJson(api::resolveAlias(idOrAlias), [this, idOrAlias, done](Result<QJsonObject> r) {
        if (r)
            return done(r->value(QLatin1String("room_id")).toString());
        // Offline: a room we know by its canonical alias still resolves.
        const QString cached = roomIdForAlias(reader(), idOrAlias);
        if (!cached.isEmpty() && r.error().kind != Error::Kind::Matrix)
            return done(cached);
        done(r.error());
    });
}

void Session::joinRoom(const QString &idOrAlias, std::function<void(Result<QString>)> done)
{
    m_http->sendJson(api::joinRoom(idOrAlias, {}), [done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(r->value(QLatin1String("room_id")).toString());
    });
}

void Session::leaveRoom(const QString &roomId, std::function<void(Status)> done)
{
    m_http->sendJson(api::leaveRoom(roomId), toStatus(std::move(done)));
}

void Session::inviteUser(const QString &roomId, const QString &userId, std::function<void(Status)> done)
{
    if (!id::isUserId(userId))
        return done(Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" is not a user ID (@name:server).").arg(userId)));
    m_http->sendJson(api::inviteUser(roomId, userId), toStatus(std::move(done)));
}

void Session::createRoom(const CreateRoomOptions &o, std::function<void(Result<QString>)> done)
{
    for (const QString &u : o.invite)
        if (!id::isUserId(u))
            return done(Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" is not a user ID (@name:server).").arg(u)));
    QJsonObject body{{QStringLiteral("preset"), o.isPublic ? QStringLiteral("public_chat")
                                                : o.direct ? QStringLiteral("trusted_private_chat")
                                                           : QStringLiteral("private_chat")},
                     {QStringLiteral("visibility"), o.isPublic ? QStringLiteral("public") : QStringLiteral("private")}};
    if (!o.name.isEmpty())
        body.insert(QStringLiteral("name"), o.name);
    if (!o.topic.isEmpty())
        body.insert(QStringLiteral("topic"), o.topic);
    if (!o.alias.isEmpty())
        body.insert(QStringLiteral("room_alias_name"), o.alias);
    if (!o.invite.isEmpty())
        body.insert(QStringLiteral("invite"), QJsonArray::fromStringList(o.invite));
    if (o.direct)
        body.insert(QStringLiteral("is_direct"), true);
    if (o.encrypted) {
        const QJsonObject encryption{{QStringLiteral("type"), QStringLiteral("m.room.encryption")},
                                     {QStringLiteral("state_key"), QString()},
                                     {QStringLiteral("content"),
                                      QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")}}}};
        body.insert(QStringLiteral("initial_state"), QJsonArray{encryption});
    }
    m_http->sendJson(api::createRoom(body), [this, o, done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        const QString roomId = r->value(QLatin1String("room_id")).toString();
        if (!o.direct || o.invite.isEmpty())
            return done(roomId);
        // Record the DM in m.direct so every client of ours (and Element) shows it as one.
        QJsonObject direct;
        auto q = reader().exec(QStringLiteral("SELECT json FROM account_data WHERE room_id = '' AND type = 'm.direct'"));
        if (q && q->next())
            direct = QJsonDocument::fromJson(q->value(0).toByteArray()).object().value(QLatin1String("content")).toObject();
        for (const QString &u : o.invite) {
            QJsonArray rooms = direct.value(u).toArray();
            rooms.append(roomId);
            direct.insert(u, rooms);
        }
        m_http->sendJson(api::setAccountData(m_userId, QStringLiteral("m.direct"), direct),
                         [roomId, done](Result<QJsonObject> set) {
                             if (!set)
                                 return done(set.error());
                             done(roomId);
                         });
    });
}

void Session::setRoomName(const QString &roomId, const QString &name, std::function<void(Status)> done)
{
    m_http->sendJson(api::setState(roomId, QStringLiteral("m.room.name"), QString(), {{QStringLiteral("name"), name}}),
                     toStatus(std::move(done)));
}

void Session::setRoomTopic(const QString &roomId, const QString &topic, std::function<void(Status)> done)
{
    m_http->sendJson(
        api::setState(roomId, QStringLiteral("m.room.topic"), QString(), {{QStringLiteral("topic"), topic}}),
        toStatus(std::move(done)));
}

void Session::sendReadReceipt(const QString &roomId, const QString &eventId, std::function<void(Status)> done)
{
    m_http->sendJson(api::readMarkers(roomId, eventId, eventId), toStatus(std::move(done)));
}

void Session::setReadMarkers(const QString &roomId, const QString &fullyRead, const QString &read,
                             std::function<void(Status)> done)
{
    m_http->sendJson(api::readMarkers(roomId, fullyRead, read), toStatus(std::move(done)));
}

void Session::setTyping(const QString &roomId, bool typing, std::function<void(Status)> done)
{
    m_http->sendJson(api::typing(roomId, m_userId, typing, 30000), toStatus(std::move(done)));
}

void Session::sendText(const QString &roomId, const QString &markdown, std::function<void(Result<QueuedEvent>)> done,
                       const QString &msgtype)
{
    m_sendQueue->enqueue(roomId, QStringLiteral("m.room.message"), messageContentFromMarkdown(markdown, msgtype),
                         std::move(done));
}

} // namespace lattice
