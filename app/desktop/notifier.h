#pragma once
// Turns stored sync batches into desktop notifications and the unread total for the tray icon.
// Decides with notificationsFor(); showing is left to whoever listens (DesktopNotifications).
//
// Encrypted events are decrypted after the batch is stored, so a batch is judged on Session::syncDecrypted,
// never on SyncLoop::synced (that raced the decryption and showed "Encrypted message" or missed a keyword). A
// message whose room key has not arrived yet waits a few seconds for it (keys often trail their message by a
// sync or two) before it shows as "Encrypted message".
#include "notification_policy.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <map>

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

    // Reads the unread total again (after the account opens).
    void refreshUnreadCount();
    int unreadCount() const { return m_unread; }

    // How long a notification for an event without its room key waits for the key.
    void setKeyWait(std::chrono::milliseconds wait) { m_keyWait = wait; }

Q_SIGNALS:
    void notificationReady(const lattice::desktop::Notification &notification);
    void unreadCountChanged(int count);

private:
    // A notification held back for its room key: the batch's events of that room, to judge again.
    struct Waiting
    {
        TimelineAppend append;
        Notification notification;
    };

    void judge(const ChangeSet &changes); // one stored batch, its encrypted events decrypted where possible
    void onEventsDecrypted(const QStringList &eventIds);
    void giveUpWaiting(const QString &eventId);
    QString quietRoom() const { return m_quietRoom ? m_quietRoom() : QString(); }

    Session &m_session;
    QuietRoom m_quietRoom;
    int m_unread = -1;
    std::chrono::milliseconds m_keyWait{5000};
    std::map<QString, Waiting> m_waiting; // by the held notification's event ID
};

} // namespace lattice::desktop
