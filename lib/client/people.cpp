#include "people.h"

#include "direct_chats.h"
#include "net/client_api.h"
#include "net/people_api.h"
#include "protocol/identifiers.h"
#include "protocol/join_target.h"
#include "store/room_queries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lattice {

namespace {
std::function<void(Result<QJsonObject>)> toStatus(std::function<void(Status)> done)
{
    return [done = std::move(done)](Result<QJsonObject> r) { done(r ? success() : Status(r.error())); };
}

Error notAUser(const QString &userId)
{
    return Error::make(
        Error::Kind::Usage,
        QCoreApplication::translate("People", "\"%1\" is not a user ID (@name:server).").arg(userId));
}
} // namespace

void getProfile(Session &session, const QString &userId, std::function<void(Result<Profile>)> done)
{
    if (!id::isUserId(userId))
        return done(notAUser(userId));
    session.http().sendJson(api::profile(userId), [userId, done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(Profile{userId, r->value(QLatin1String("displayname")).toString(),
                     r->value(QLatin1String("avatar_url")).toString()});
    });
}

void setDisplayName(Session &session, const QString &displayName, std::function<void(Status)> done)
{
    session.http().sendJson(api::setDisplayName(session.userId(), displayName.trimmed()),
                            toStatus(std::move(done)));
}

void setAvatarUrl(Session &session, const QString &avatarUrl, std::function<void(Status)> done)
{
    if (!avatarUrl.isEmpty() && !MxcUri::parse(avatarUrl))
        return done(Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("People", "\"%1\" is not an mxc:// URI.").arg(avatarUrl)));
    session.http().sendJson(api::setAvatarUrl(session.userId(), avatarUrl), toStatus(std::move(done)));
}

PendingRequest *searchUserDirectory(Session &session, const QString &term, int limit,
                                    std::function<void(Result<std::vector<Profile>>)> done)
{
    return session.http().sendJson(api::searchUserDirectory(term, limit), [done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        std::vector<Profile> out;
        for (const QJsonValue &v : r->value(QLatin1String("results")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString userId = o.value(QLatin1String("user_id")).toString();
            if (!id::isUserId(userId))
                continue; // a malformed entry is skipped, the rest still shows
            out.push_back(Profile{userId, o.value(QLatin1String("display_name")).toString(),
                                  o.value(QLatin1String("avatar_url")).toString()});
        }
        done(std::move(out));
    });
}

QString existingDirectChat(Session &session, const QString &userId)
{
    Database &db = session.reader();
    auto direct = directChatsContent(db);
    if (!direct)
        return {};
    return existingDirectRoom(*direct, userId, [&db](const QString &roomId) {
        auto room = findRoom(db, roomId);
        return room && *room ? (*room)->membership : QString();
    });
}

void openDirectChat(Session &session, const QString &userId, bool encrypted,
                    std::function<void(Result<QString>)> done)
{
    if (!id::isUserId(userId))
        return done(notAUser(userId));
    if (userId == session.userId())
        return done(Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("People", "You cannot start a direct chat with yourself.")));
    const QString existing = existingDirectChat(session, userId);
    if (!existing.isEmpty())
        return done(existing);
    CreateRoomOptions options;
    options.direct = true;
    options.encrypted = encrypted;
    options.invite = {userId};
    session.createRoom(options, std::move(done));
}

void joinRoomByText(Session &session, const QString &text, std::function<void(Result<QString>)> done)
{
    auto target = parseJoinTarget(text);
    if (!target)
        return done(target.error());
    const QString what = target->idOrAlias;
    session.http().sendJson(api::joinRoom(what, target->via), [what, done](Result<QJsonObject> r) {
        if (!r) {
            Error e = r.error();
            const QString reason =
                e.errcode == QLatin1String("M_NOT_FOUND")
                    ? QCoreApplication::translate("People", "no room has this address.")
                : e.errcode == QLatin1String("M_FORBIDDEN")
                    ? QCoreApplication::translate("People", "you are not allowed to join it.")
                    : e.describe();
            e.message = QCoreApplication::translate("People", "Could not join %1: %2").arg(what, reason);
            return done(e);
        }
        done(r->value(QLatin1String("room_id")).toString());
    });
}

void kickUser(Session &session, const QString &roomId, const QString &userId, const QString &reason,
              std::function<void(Status)> done)
{
    if (!id::isUserId(userId))
        return done(notAUser(userId));
    session.http().sendJson(api::kickUser(roomId, userId, reason), toStatus(std::move(done)));
}

void banUser(Session &session, const QString &roomId, const QString &userId, const QString &reason,
             std::function<void(Status)> done)
{
    if (!id::isUserId(userId))
        return done(notAUser(userId));
    session.http().sendJson(api::banUser(roomId, userId, reason), toStatus(std::move(done)));
}

void setRoomAvatar(Session &session, const QString &roomId, const QString &avatarUrl,
                   std::function<void(Status)> done)
{
    session.http().sendJson(api::setState(roomId, QStringLiteral("m.room.avatar"), QString(),
                                          {{QStringLiteral("url"), avatarUrl}}),
                            toStatus(std::move(done)));
}

} // namespace lattice
