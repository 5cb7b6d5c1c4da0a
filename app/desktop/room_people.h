#pragma once
// One room's people and settings for the views: the member panel's list, the @-mention completion,
// the settings dialog's fields with what the power levels allow, and the actions (invite, kick, ban,
// leave, rename, topic, avatar). Owned by its RoomController.
#include "client/session.h"
#include "member_filter_model.h"
#include "mention_completion_model.h"
#include "models/member_list_model.h"
#include "protocol/room_permissions.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace lattice::desktop {

class RoomPeople : public QObject
{
    Q_OBJECT
    Q_PROPERTY(lattice::desktop::MemberFilterModel *members READ members CONSTANT)
    Q_PROPERTY(lattice::desktop::MentionCompletionModel *mentions READ mentions CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY stateChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY stateChanged)
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY stateChanged) // image://mxc/… or empty
    Q_PROPERTY(bool encrypted READ encrypted NOTIFY stateChanged)
    Q_PROPERTY(bool canSetName READ canSetName NOTIFY stateChanged)
    Q_PROPERTY(bool canSetTopic READ canSetTopic NOTIFY stateChanged)
    Q_PROPERTY(bool canSetAvatar READ canSetAvatar NOTIFY stateChanged)
    Q_PROPERTY(bool canInvite READ canInvite NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    RoomPeople(Session &session, const QString &roomId, QObject *parent = nullptr);
    ~RoomPeople() override;

    MemberFilterModel *members() { return &m_filtered; }
    MentionCompletionModel *mentions() { return &m_mentions; }
    QString name() const { return m_name; }
    QString topic() const { return m_topic; }
    QString avatarUrl() const;
    bool encrypted() const { return m_encrypted; }
    bool canSetName() const;
    bool canSetTopic() const;
    bool canSetAvatar() const;
    bool canInvite() const;
    bool busy() const { return m_busy; }

    // What the user info popup shows: userId, displayName, avatarUrl, powerLevel, role, membership,
    // isMe, canKick, canBan.
    Q_INVOKABLE QVariantMap member(const QString &userId) const;

    Q_INVOKABLE void invite(const QString &userId);
    Q_INVOKABLE void kick(const QString &userId, const QString &reason);
    Q_INVOKABLE void ban(const QString &userId, const QString &reason);
    Q_INVOKABLE void leave();
    // Sends only what changed; name and topic the power levels forbid are left alone.
    Q_INVOKABLE void saveSettings(const QString &name, const QString &topic);
    Q_INVOKABLE void setAvatar(const QUrl &file);

    void applyChanges(const ChangeSet &changes);

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    // action: "invite", "kick", "ban", "leave", "settings", "avatar".
    void actionSucceeded(const QString &action);
    void actionFailed(const QString &action, const QString &message);

private:
    void readState();
    void setBusy(bool busy);
    // Runs one request with busy set, reporting its end as actionSucceeded/actionFailed.
    std::function<void(Status)> finisher(const QString &action, const QString &failurePrefix);

    Session &m_session;
    QString m_roomId;
    MemberListModel m_memberList;
    MemberFilterModel m_filtered;
    MentionCompletionModel m_mentions;
    RoomPermissions m_permissions;
    QString m_name;
    QString m_topic;
    QString m_avatarMxc;
    bool m_encrypted = false;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
