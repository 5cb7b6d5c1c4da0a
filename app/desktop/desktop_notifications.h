#pragma once
// Shows notifications through the freedesktop.org notification service (org.freedesktop.Notifications
// on the session bus); when no service answers, hands them to a fallback (the tray icon's balloon).
// One bubble per room: a newer message replaces the room's previous one.
#include "notification_policy.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <functional>

class QDBusPendingCallWatcher;

namespace lattice::desktop {

class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    using Fallback = std::function<void(const Notification &)>;

    explicit DesktopNotifications(QDBusConnection bus, QString appIcon, QObject *parent = nullptr);

    // Used when the service is missing or refuses the call.
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    void show(const Notification &n);

    // The title and body a notification is shown with (also used by the fallback).
    static QString title(const Notification &n);
    static QString body(const Notification &n);

Q_SIGNALS:
    // The user clicked the notification of this room.
    void activated(const QString &roomId);
    // A notification reached the service (id from the service), or went to the fallback (0).
    void delivered(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void onNotifyReply(QDBusPendingCallWatcher *watcher, const Notification &n);

    QDBusConnection m_bus;
    QString m_appIcon;
    Fallback m_fallback;
    QHash<uint, QString> m_roomOfId;
    QHash<QString, uint> m_idOfRoom;
    bool m_bodyMarkup = false;
    bool m_capabilitiesKnown = false;
};

} // namespace lattice::desktop
