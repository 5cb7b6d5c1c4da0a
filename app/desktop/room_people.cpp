#include "room_people.h"

#include "client/people.h"
#include "image_upload.h"
#include "net/media_client.h"
#include "store/member_queries.h"

namespace lattice::desktop {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

RoomPeople::RoomPeople(Session &session, const QString &roomId, QObject *parent)
    : QObject(parent), m_session(session), m_roomId(roomId), m_memberList(session.reader(), roomId),
      m_mentions(&m_memberList)
{
    m_filtered.setSourceModel(&m_memberList);
    readState();
}

RoomPeople::~RoomPeople()
{
    *m_alive = false;
}

void RoomPeople::readState()
{
    Database &db = m_session.reader();
    auto content = [&db, this](const QString &type) {
        auto c = stateContent(db, m_roomId, type);
        return c ? *c : QJsonObject();
    };
    m_name = str(content(QStringLiteral("m.room.name")), "name");
    m_topic = str(content(QStringLiteral("m.room.topic")), "topic");
    m_avatarMxc = str(content(QStringLiteral("m.room.avatar")), "url");
    m_encrypted = !str(content(QStringLiteral("m.room.encryption")), "algorithm").isEmpty();
    m_permissions = RoomPermissions::fromContent(content(QStringLiteral("m.room.power_levels")),
                                                 str(content(QStringLiteral("m.room.create")), "creator"));
    m_mentions.setCanMentionRoom(m_permissions.canMentionRoom(m_session.userId()));
    Q_EMIT stateChanged();
}

void RoomPeople::applyChanges(const ChangeSet &changes)
{
    m_memberList.applyChanges(changes);
    if (changes.changedRooms.contains(m_roomId))
        readState();
}

QString RoomPeople::avatarUrl() const
{
    auto mxc = MxcUri::parse(m_avatarMxc);
    return mxc ? QStringLiteral("image://mxc/%1/%2?width=96&height=96&method=crop")
                     .arg(mxc->serverName, mxc->mediaId)
               : QString();
}

bool RoomPeople::canSetName() const
{
    return m_permissions.canSendState(m_session.userId(), QStringLiteral("m.room.name"));
}
bool RoomPeople::canSetTopic() const
{
    return m_permissions.canSendState(m_session.userId(), QStringLiteral("m.room.topic"));
}
bool RoomPeople::canSetAvatar() const
{
    return m_permissions.canSendState(m_session.userId(), QStringLiteral("m.room.avatar"));
}
bool RoomPeople::canInvite() const
{
    return m_permissions.canInvite(m_session.userId());
}

QVariantMap RoomPeople::member(const QString &userId) const
{
    const int row = m_memberList.rowOf(userId);
    QVariantMap out{{QStringLiteral("userId"), userId},
                    {QStringLiteral("displayName"), userId},
                    {QStringLiteral("avatarUrl"), QString()},
                    {QStringLiteral("membership"), QString()},
                    {QStringLiteral("powerLevel"), m_permissions.levelOf(userId)},
                    {QStringLiteral("isMe"), userId == m_session.userId()}};
    if (row >= 0) {
        const QModelIndex ix = m_memberList.index(row, 0);
        out.insert(QStringLiteral("displayName"), ix.data(MemberListModel::DisplayNameRole));
        out.insert(QStringLiteral("avatarUrl"), ix.data(MemberListModel::AvatarUrlRole));
        out.insert(QStringLiteral("membership"), ix.data(MemberListModel::MembershipRole));
        out.insert(QStringLiteral("role"), ix.data(MemberListModel::RoleRole));
    }
    const bool other = userId != m_session.userId();
    out.insert(QStringLiteral("canKick"), other && m_permissions.canKick(m_session.userId(), userId));
    out.insert(QStringLiteral("canBan"), other && m_permissions.canBan(m_session.userId(), userId));
    return out;
}

std::function<void(Status)> RoomPeople::finisher(const QString &action, const QString &failurePrefix)
{
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    return [this, alive, action, failurePrefix](Status s) {
        if (alive.expired())
            return;
        setBusy(false);
        if (!s)
            return Q_EMIT actionFailed(action, failurePrefix.arg(s.error().describe()));
        Q_EMIT actionSucceeded(action);
    };
}

void RoomPeople::invite(const QString &userId)
{
    m_session.inviteUser(m_roomId, userId.trimmed(),
                         finisher(QStringLiteral("invite"),
                                  tr("Could not invite %1: %2").arg(userId.trimmed(), QStringLiteral("%1"))));
}

void RoomPeople::kick(const QString &userId, const QString &reason)
{
    kickUser(
        m_session, m_roomId, userId, reason.trimmed(),
        finisher(QStringLiteral("kick"), tr("Could not remove %1: %2").arg(userId, QStringLiteral("%1"))));
}

void RoomPeople::ban(const QString &userId, const QString &reason)
{
    banUser(m_session, m_roomId, userId, reason.trimmed(),
            finisher(QStringLiteral("ban"), tr("Could not ban %1: %2").arg(userId, QStringLiteral("%1"))));
}

void RoomPeople::leave()
{
    m_session.leaveRoom(m_roomId, finisher(QStringLiteral("leave"), tr("Could not leave the room: %1")));
}

void RoomPeople::saveSettings(const QString &name, const QString &topic)
{
    const bool nameChanged = canSetName() && name.trimmed() != m_name;
    const bool topicChanged = canSetTopic() && topic.trimmed() != m_topic;
    auto done = finisher(QStringLiteral("settings"), tr("Could not save the room settings: %1"));
    if (!nameChanged && !topicChanged)
        return done(success());
    auto setTopic = [this, topicChanged, topic, done](Status s) {
        if (!s || !topicChanged)
            return done(s);
        m_session.setRoomTopic(m_roomId, topic.trimmed(), done);
    };
    if (!nameChanged)
        return setTopic(success());
    std::weak_ptr<bool> alive = m_alive;
    m_session.setRoomName(m_roomId, name.trimmed(), [alive, setTopic](Status s) {
        if (!alive.expired())
            setTopic(s);
    });
}

void RoomPeople::setAvatar(const QUrl &file)
{
    auto done = finisher(QStringLiteral("avatar"), tr("Could not change the room picture: %1"));
    std::weak_ptr<bool> alive = m_alive;
    uploadImageFile(m_session, file, [this, alive, done](Result<QString> mxc) {
        if (alive.expired())
            return;
        if (!mxc)
            return done(mxc.error());
        setRoomAvatar(m_session, m_roomId, *mxc, done);
    });
}

void RoomPeople::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace lattice::desktop
