#include "desktop_notifications.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace lattice::desktop {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
constexpr int kExpireDefault = -1; // the server's default timeout

} // namespace

DesktopNotifications::DesktopNotifications(QDBusConnection bus, QString appIcon, QObject *parent)
    : QObject(parent), m_bus(std::move(bus)), m_appIcon(std::move(appIcon))
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
    // Bodies may carry markup only where the server says so; otherwise they are plain text.
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(QDBusMessage::createMethodCall(
                                        kService, kPath, kInterface, QStringLiteral("GetCapabilities"))),
                                    this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        m_bodyMarkup = !reply.isError() && reply.value().contains(QStringLiteral("body-markup"));
        m_capabilitiesKnown = true;
        w->deleteLater();
    });
}

QString DesktopNotifications::title(const Notification &n)
{
    return n.roomName.isEmpty() ? n.senderName : n.roomName;
}

QString DesktopNotifications::body(const Notification &n)
{
    if (n.count <= 1)
        return n.text;
    return QCoreApplication::translate("DesktopNotifications", "%1 (%n new messages)", nullptr, n.count)
        .arg(n.text);
}

void DesktopNotifications::show(const Notification &n)
{
    if (!m_bus.isConnected()) {
        if (m_fallback)
            m_fallback(n);
        Q_EMIT delivered(0);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("org.lattice.Lattice")},
        {QStringLiteral("category"), QStringLiteral("im.received")},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(n.highlight ? 2 : 1)},
    };
    if (n.sound.isEmpty())
        hints.insert(QStringLiteral("suppress-sound"), true);
    else
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    const QString text = m_bodyMarkup || !m_capabilitiesKnown ? body(n).toHtmlEscaped() : body(n);
    call << QCoreApplication::applicationName() << m_idOfRoom.value(n.roomId, 0u) << m_appIcon << title(n)
         << text
         << QStringList{kDefaultAction, QCoreApplication::translate("DesktopNotifications", "Open the room")}
         << hints << kExpireDefault;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, n](QDBusPendingCallWatcher *w) { onNotifyReply(w, n); });
}

void DesktopNotifications::onNotifyReply(QDBusPendingCallWatcher *watcher, const Notification &n)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qWarning("lattice: the notification service did not answer (%s); using the tray",
                 qPrintable(reply.error().message()));
        if (m_fallback)
            m_fallback(n);
        Q_EMIT delivered(0);
        return;
    }
    const uint id = reply.value();
    m_roomOfId.insert(id, n.roomId);
    m_idOfRoom.insert(n.roomId, id);
    Q_EMIT delivered(id);
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_roomOfId.constFind(id);
    if (it != m_roomOfId.constEnd() && action == kDefaultAction)
        Q_EMIT activated(*it);
}

void DesktopNotifications::onClosed(uint id, uint)
{
    const QString roomId = m_roomOfId.take(id);
    if (!roomId.isEmpty() && m_idOfRoom.value(roomId) == id)
        m_idOfRoom.remove(roomId);
}

} // namespace lattice::desktop
