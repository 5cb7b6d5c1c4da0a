#include "notifier.h"

#include "client/session.h"
#include "store/notification_queries.h"

namespace lattice::desktop {

Notifier::Notifier(Session &session, QuietRoom quietRoom, QObject *parent)
    : QObject(parent), m_session(session), m_quietRoom(std::move(quietRoom))
{
    connect(&session.syncLoop(), &SyncLoop::synced, this, &Notifier::onSynced);
}

void Notifier::onSynced(const ChangeSet &changes)
{
    refreshUnreadCount();
    auto notifications = notificationsFor(changes, m_session.reader(), m_session.userId(),
                                          m_quietRoom ? m_quietRoom() : QString());
    if (!notifications) {
        qWarning("lattice: no notifications for this sync: %s", qPrintable(notifications.error().describe()));
        return;
    }
    for (const Notification &n : *notifications)
        Q_EMIT notificationReady(n);
}

void Notifier::refreshUnreadCount()
{
    if (m_session.state() != Session::State::Ready)
        return;
    auto total = totalUnreadCount(m_session.reader());
    if (!total) {
        qWarning("lattice: cannot count unread messages: %s", qPrintable(total.error().describe()));
        return;
    }
    if (*total != m_unread) {
        m_unread = *total;
        Q_EMIT unreadCountChanged(m_unread);
    }
}

} // namespace lattice::desktop
