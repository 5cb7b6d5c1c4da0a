#pragma once
// Turns stored sync batches into desktop notifications and the unread total for the tray icon.
// Decides with notificationsFor(); showing is left to whoever listens (DesktopNotifications).
#include "notification_policy.h"

#include <QObject>
#include <functional>

namespace lattice {
class Session;
}

namespace lattice::desktop {

class Notifier : public QObject
{
    Q_OBJECT
public:
    // The room the user is looking at right now (open in a focused window), or empty.
    using QuietRoom = std::function<QString()>;

    Notifier(Session &session, QuietRoom quietRoom, QObject *parent = nullptr);

    // Called with each stored batch (connected to the session's SyncLoop::synced).
    void onSynced(const ChangeSet &changes);
    // Reads the unread total again (after the account opens).
    void refreshUnreadCount();
    int unreadCount() const { return m_unread; }

Q_SIGNALS:
    void notificationReady(const lattice::desktop::Notification &notification);
    void unreadCountChanged(int count);

private:
    Session &m_session;
    QuietRoom m_quietRoom;
    int m_unread = -1;
};

} // namespace lattice::desktop
