#include "room_encryptor.h"

#include "net/client_api.h"
#include "store/member_queries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace lattice {

namespace {
const QString kMegolm = QStringLiteral("m.megolm.v1.aes-sha2");

QString tr(const char *text)
{
    return QCoreApplication::translate("RoomEncryptor", text);
}
} // namespace

Result<crypto::RoomEncryptionSettings> encryptionSettings(const QJsonObject &encryptionContent)
{
    crypto::RoomEncryptionSettings settings;
    const QString algorithm = encryptionContent.value(QLatin1String("algorithm")).toString();
    if (algorithm != kMegolm)
        return Error::make(
            Error::Kind::Usage,
            tr("The room is encrypted with \"%1\", which Lattice does not support; the message was not sent.")
                .arg(algorithm));
    settings.algorithm = algorithm;
    // The spec's defaults stand unless the room asks for something else.
    const QJsonValue periodMs = encryptionContent.value(QLatin1String("rotation_period_ms"));
    if (periodMs.isDouble() && periodMs.toDouble() > 0)
        settings.rotationPeriodMs = qint64(periodMs.toDouble());
    const QJsonValue periodMsgs = encryptionContent.value(QLatin1String("rotation_period_msgs"));
    if (periodMsgs.isDouble() && periodMsgs.toDouble() > 0)
        settings.rotationPeriodMsgs = periodMsgs.toInt();
    return settings;
}

RoomEncryptor::RoomEncryptor(QString ownUserId, HttpClient &http, CryptoRunner &runner,
                             CryptoRequests &requests, QObject *parent)
    : QObject(parent), m_ownUserId(std::move(ownUserId)), m_http(http), m_runner(runner), m_requests(requests)
{}

QSet<QString> RoomEncryptor::fetchedMembers() const
{
    QSet<QString> all;
    for (const QStringList &members : m_members)
        for (const QString &m : members)
            all.insert(m);
    return all;
}

Result<QStringList> RoomEncryptor::trackedUsers(Database &db, const QString &ownUserId,
                                                const QSet<QString> &fetched)
{
    QSet<QString> users = fetched;
    users.insert(ownUserId);
    auto rooms = db.exec(
        QStringLiteral("SELECT room_id FROM rooms WHERE encrypted = 1 AND membership IN ('join', 'invite')"));
    if (!rooms)
        return rooms.error();
    QStringList roomIds;
    while (rooms->next())
        roomIds << rooms->value(0).toString();
    rooms->finish();
    for (const QString &roomId : roomIds) {
        auto members = roomMembers(db, roomId);
        if (!members)
            return members.error();
        for (const MemberRow &m : *members)
            users.insert(m.userId);
    }
    QStringList sorted(users.begin(), users.end());
    sorted.sort();
    return sorted;
}

void RoomEncryptor::encrypt(const QString &roomId, const QJsonObject &encryptionContent,
                            const QString &eventType, const QJsonObject &content,
                            std::function<void(Result<QJsonObject>)> done)
{
    auto settings = encryptionSettings(encryptionContent);
    if (!settings)
        return done(settings.error());
    withMembers(roomId, [=, this, settings = *settings](Result<QStringList> members) {
        if (!members)
            return done(members.error());
        const QSet<QString> fetched = fetchedMembers();
        const QString own = m_ownUserId;
        // Track every member so the flush below queries the devices of those we have not seen.
        m_runner.run<Unit>(
            [own, fetched](crypto::OlmMachine &machine, Database &db) -> Status {
                auto users = trackedUsers(db, own, fetched);
                if (!users)
                    return users.error();
                return machine.updateTrackedUsers(*users);
            },
            [=, this, members = *members](Status tracked) {
                if (!tracked)
                    return done(tracked.error());
                m_requests.flush([=, this](Status flushed) {
                    if (!flushed)
                        return done(flushed.error());
                    shareAndEncrypt(roomId, members, settings, eventType, content, done);
                });
            });
    });
}

void RoomEncryptor::withMembers(const QString &roomId, std::function<void(Result<QStringList>)> next)
{
    // Asked each time: whoever joined or left since the last message must be counted right.
    QPointer<RoomEncryptor> self(this); // gone at logout; a late reply is dropped
    m_http.sendJson(api::roomMembers(roomId), [this, self, roomId, next](Result<QJsonObject> reply) {
        if (!self)
            return;
        if (!reply)
            return next(reply.error());
        QStringList joined;
        QStringList invited;
        for (const QJsonValue &v : reply->value(QLatin1String("chunk")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString membership =
                e.value(QLatin1String("content")).toObject().value(QLatin1String("membership")).toString();
            if (membership == QLatin1String("join"))
                joined << e.value(QLatin1String("state_key")).toString();
            else if (membership == QLatin1String("invite"))
                invited << e.value(QLatin1String("state_key")).toString();
        }
        if (!joined.contains(m_ownUserId))
            return next(Error::make(Error::Kind::Usage,
                                    tr("You are not a member of %1; the message was not sent.").arg(roomId)));
        // Invited members get the key too, unless the room's history is visible from joining only
        // (spec: "where history visibility allows").
        m_runner.run<QString>(
            [roomId](crypto::OlmMachine &, Database &db) -> Result<QString> {
                auto visibility = stateContent(db, roomId, QStringLiteral("m.room.history_visibility"));
                if (!visibility)
                    return visibility.error();
                return visibility->value(QLatin1String("history_visibility")).toString();
            },
            [this, self, roomId, joined, invited, next](Result<QString> visibility) {
                if (!self)
                    return;
                QStringList members = joined;
                if (!visibility || *visibility != QLatin1String("joined"))
                    members += invited;
                m_members.insert(roomId, members);
                next(members);
            });
    });
}

void RoomEncryptor::shareAndEncrypt(const QString &roomId, const QStringList &members,
                                    const crypto::RoomEncryptionSettings &settings, const QString &eventType,
                                    const QJsonObject &content, std::function<void(Result<QJsonObject>)> done)
{
    // 1. Olm sessions with every device that has none (one-time keys claimed).
    m_runner.run<std::optional<crypto::OutgoingRequest>>(
        [members](crypto::OlmMachine &machine, Database &) { return machine.missingSessions(members); },
        [=, this](Result<std::optional<crypto::OutgoingRequest>> claim) {
            if (!claim)
                return done(claim.error());
            std::vector<crypto::OutgoingRequest> claims;
            if (*claim)
                claims.push_back(**claim);
            m_requests.sendAll(std::move(claims), [=, this](Status claimed) {
                if (!claimed)
                    return done(claimed.error());
                // 2. The room key to every device that lacks it, sent before the event it opens.
                m_runner.run<std::vector<crypto::OutgoingRequest>>(
                    [roomId, members, settings](crypto::OlmMachine &machine, Database &) {
                        return machine.shareRoomKey(roomId, members, settings);
                    },
                    [=, this](Result<std::vector<crypto::OutgoingRequest>> shares) {
                        if (!shares)
                            return done(shares.error());
                        m_requests.sendAll(std::move(*shares), [=, this](Status shared) {
                            if (!shared)
                                return done(shared.error());
                            // 3. The event itself.
                            m_runner.run<QJsonObject>(
                                [roomId, eventType, content](crypto::OlmMachine &machine, Database &) {
                                    return machine.encryptRoomEvent(roomId, eventType, content);
                                },
                                done);
                        });
                    });
            });
        });
}

} // namespace lattice
