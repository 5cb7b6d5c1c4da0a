#pragma once
// The account menu and the "+" menu's actions: your profile (display name, avatar), creating a
// room, starting or reopening a direct chat, joining by address or link, and the people search
// they use. Owned by AppController; QML gets a pointer.
#include "client/session.h"
#include "user_directory_model.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>

namespace lattice::desktop {

class AccountController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString userId READ userId NOTIFY profileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY profileChanged)
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY profileChanged) // image://mxc/… or empty
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(lattice::desktop::UserDirectoryModel *people READ people CONSTANT)

public:
    explicit AccountController(Session &session, QObject *parent = nullptr);
    ~AccountController() override;

    QString userId() const { return m_session.userId(); }
    QString displayName() const { return m_displayName; }
    QString avatarUrl() const;
    bool busy() const { return m_busy; }
    UserDirectoryModel *people() { return &m_people; }

    // Fetches the profile from the server (after login and when the profile dialog opens).
    Q_INVOKABLE void refreshProfile();
    Q_INVOKABLE void setDisplayName(const QString &name);
    Q_INVOKABLE void setAvatar(const QUrl &file);

    // options: name, topic, alias (local part), isPublic, encrypted, invite (list of user IDs).
    Q_INVOKABLE void createRoom(const QVariantMap &options);
    // Opens the DM with this user if m.direct has one, else creates it.
    Q_INVOKABLE void startDirectChat(const QString &userId, bool encrypted);
    // The room ID of an existing DM with this user, or empty.
    Q_INVOKABLE QString existingDirectChat(const QString &userId) const;
    Q_INVOKABLE void joinRoom(const QString &text);

Q_SIGNALS:
    void profileChanged();
    void busyChanged();
    // action: "create", "direct", "join", "displayName", "avatar"; roomId for the first three.
    void actionSucceeded(const QString &action, const QString &roomId);
    void actionFailed(const QString &action, const QString &message);

private:
    void setBusy(bool busy);
    std::function<void(Result<QString>)> roomFinisher(const QString &action, const QString &failurePrefix);

    Session &m_session;
    UserDirectoryModel m_people;
    QString m_displayName;
    QString m_avatarMxc;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
