// DesktopNotifications against a real D-Bus session bus (ctest runs this inside dbus-run-session):
// the test owns org.freedesktop.Notifications on its own bus connection, implemented here with
// QtDBus, and checks the Notify calls it receives, replacement per room, the click that opens the
// room, and the fallback when no service is there.
#include "desktop_notifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using lattice::desktop::DesktopNotifications;
using lattice::desktop::Notification;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

} // namespace

// A minimal notification server: what a desktop's daemon would receive.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<NotifyCall> calls;
    uint nextId = 41;

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        return {QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
    }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return replacesId ? replacesId : ++nextId;
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

    static Notification sample(const QString &roomId, const QString &text, bool highlight = false)
    {
        Notification n;
        n.roomId = roomId;
        n.eventId = QStringLiteral("$1");
        n.roomName = QStringLiteral("Lattice devs");
        n.senderName = QStringLiteral("Bob");
        n.text = text;
        n.highlight = highlight;
        n.sound = highlight ? QStringLiteral("default") : QString();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QFAIL("no D-Bus session bus: run this test inside dbus-run-session (ctest does)");
        QCoreApplication::setApplicationName(QStringLiteral("lattice"));
    }

    void notifyReachesTheServer()
    {
        QDBusConnection serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                  QStringLiteral("fake-notification-server"));
        QVERIFY(serverBus.isConnected());
        FakeNotificationServer server;
        QVERIFY(serverBus.registerObject(
            kPath, &server, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY2(serverBus.registerService(kService), qPrintable(serverBus.lastError().message()));

        DesktopNotifications notifications(QDBusConnection::sessionBus(),
                                           QStringLiteral("org.lattice.Lattice"));
        int fallbacks = 0;
        notifications.setFallback([&fallbacks](const Notification &) { ++fallbacks; });
        QSignalSpy delivered(&notifications, &DesktopNotifications::delivered);
        QSignalSpy activated(&notifications, &DesktopNotifications::activated);

        notifications.show(sample(QStringLiteral("!named:localhost"), QStringLiteral("Bob: 1 < 2 & 3")));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().first().toUInt(), 42u);
        QCOMPARE(server.calls.size(), 1);
        const NotifyCall first = server.calls.first();
        QCOMPARE(first.appName, QStringLiteral("lattice"));
        QCOMPARE(first.replacesId, 0u);
        QCOMPARE(first.appIcon, QStringLiteral("org.lattice.Lattice"));
        QCOMPARE(first.summary, QStringLiteral("Lattice devs"));
        QCOMPARE(first.body, QStringLiteral("Bob: 1 &lt; 2 &amp; 3")); // the server renders markup
        QCOMPARE(first.actions.value(0), QStringLiteral("default"));
        QCOMPARE(first.actions.size(), 2);
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.lattice.Lattice"));
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QVERIFY(first.hints.value(QStringLiteral("suppress-sound")).toBool());
        QCOMPARE(first.expireTimeout, -1);

        // A newer message of the same room replaces its bubble; a highlight is urgent and sounds.
        Notification second = sample(QStringLiteral("!named:localhost"), QStringLiteral("Bob: Alice?"), true);
        second.count = 3;
        notifications.show(second);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls[1].replacesId, 42u);
        QCOMPARE(server.calls[1].hints.value(QStringLiteral("urgency")).toInt(), 2);
        QVERIFY(server.calls[1].hints.contains(QStringLiteral("sound-name")));
        QCOMPARE(server.calls[1].body, QStringLiteral("Bob: Alice? (3 new messages)"));

        // Another room gets its own bubble.
        notifications.show(sample(QStringLiteral("!crowd:localhost"), QStringLiteral("Carol: lunch?")));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(server.calls[2].replacesId, 0u);
        QCOMPARE(delivered.last().first().toUInt(), 43u);

        // Clicking the first bubble opens its room.
        Q_EMIT server.ActionInvoked(42, QStringLiteral("default"));
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.first().first().toString(), QStringLiteral("!named:localhost"));
        // Clicks on bubbles that are not ours are ignored.
        Q_EMIT server.ActionInvoked(7, QStringLiteral("default"));
        QVERIFY(!activated.wait(500));
        QCOMPARE(fallbacks, 0);

        serverBus.unregisterService(kService);
        serverBus.unregisterObject(kPath);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }

    void fallbackWithoutAService()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService).value());
        DesktopNotifications notifications(QDBusConnection::sessionBus(),
                                           QStringLiteral("org.lattice.Lattice"));
        QList<Notification> shown;
        notifications.setFallback([&shown](const Notification &n) { shown.append(n); });
        QSignalSpy delivered(&notifications, &DesktopNotifications::delivered);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("notification service did not answer")));
        notifications.show(sample(QStringLiteral("!dm:localhost"), QStringLiteral("Bob: psst")));
        QVERIFY(delivered.wait(30000));
        QCOMPARE(delivered.first().first().toUInt(), 0u);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(DesktopNotifications::title(shown.first()), QStringLiteral("Lattice devs"));
        QCOMPARE(DesktopNotifications::body(shown.first()), QStringLiteral("Bob: psst"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifications)
#include "test_desktop_notifications.moc"
