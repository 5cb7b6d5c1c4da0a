#include "notifier.h"

#include "client/session.h"
#include "store/notification_queries.h"

#include <QTimer>

namespace lattice::desktop {

Notifier::Notifier(Session &session, QuietRoom quietRoom, QObject *parent)
    : QObject(parent), m_session(session), m_quietRoom(std::move(quietRoom))
{
    connect(&session.syncLoop(), &SyncLoop::synced, this, &Notifier::refreshUnreadCount);
    connect(&session, &Session::syncDecrypted, this, &Notifier::judge);
    connect(&session, &Session::eventsDecrypted, this,
            [this](const QStringList &, const QStringList &eventIds) { onEventsDecrypted(eventIds); });
}

void Notifier::judge(const ChangeSet &changes)
{
    auto notifications = notificationsFor(changes, m_session.reader(), m_session.userId(), quietRoom());
    if (!notifications) {
        qWarning("lattice: no notifications for this sync: %s", qPrintable(notifications.error().describe()));
        return;
    }
    for (const Notification &n : *notifications) {
        const bool keyMayCome = m_session.e2ee() && m_session.e2ee()->isStarted() && m_keyWait.count() > 0;
        if (m_waiting.count(n.eventId))
            continue; // already waiting for its key (the event came again)
        if (!n.undecrypted || !keyMayCome) {
            Q_EMIT notificationReady(n);
            continue;
        }
        for (const TimelineAppend &append : changes.appended) {
            if (append.roomId == n.roomId)
                m_waiting[n.eventId] = Waiting{append, n};
        }
        const QString eventId = n.eventId;
        QTimer::singleShot(m_keyWait, this, [this, eventId] { giveUpWaiting(eventId); });
    }
}

void Notifier::onEventsDecrypted(const QStringList &eventIds)
{
    for (const QString &eventId : eventIds) {
        auto it = m_waiting.find(eventId);
        if (it == m_waiting.end())
            continue;
        ChangeSet again;
        again.appended.push_back(it->second.append);
        const int count = it->second.notification.count;
        m_waiting.erase(it);
        // Judged again on the clear event: the push rules may now say otherwise (a notice, a keyword).
        auto notifications = notificationsFor(again, m_session.reader(), m_session.userId(), quietRoom());
        if (!notifications) {
            qWarning("lattice: no notification for a decrypted event: %s",
                     qPrintable(notifications.error().describe()));
            continue;
        }
        for (Notification n : *notifications) {
            n.count = std::max(n.count, count);
            Q_EMIT notificationReady(n);
        }
    }
}

void Notifier::giveUpWaiting(const QString &eventId)
{
    auto it = m_waiting.find(eventId);
    if (it == m_waiting.end())
        return;
    const Notification n = it->second.notification;
    m_waiting.erase(it);
    if (n.roomId != quietRoom())
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
