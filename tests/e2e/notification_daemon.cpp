#include "notification_daemon.h"

#include "process_stop.h"
#include "x_session.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

namespace lattice::test {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");

// timeout = 0: bubbles stay until the test closes them. One rule per urgency prefixes the formatted
// message with it. icon_path: the app's icon as a desktop with the app installed would find it.
QByteArray config()
{
    QByteArray c = "[global]\n"
                   "history_length = 100\n"
                   "enable_recursive_icon_lookup = false\n"
                   "icon_path = \"" LATTICE_APP_ICON_DIR "\"\n"
                   "format = \"%s\\n%b\"\n";
    for (const char *urgency : {"low", "normal", "critical"})
        c += QByteArray("[urgency_") + urgency + "]\ntimeout = 0\n[test_" + urgency +
             "]\nmsg_urgency = " + urgency + "\nformat = \"" + urgency + ": %s\\n%b\"\n";
    return c;
}

} // namespace

NotificationDaemon::NotificationDaemon(const XSession &x) : m_env(x.environment())
{
    qDBusRegisterMetaType<QList<QVariantMap>>(); // the history: aa{sv}
    if (QStandardPaths::findExecutable(QStringLiteral("dunst")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("dunstctl")).isEmpty())
        qFatal("dunst is missing: install the Debian package dunst (tools/setup does)");
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        qFatal("no D-Bus session bus: run the test through tests/with-keyring");
    if (bus->isServiceRegistered(kService))
        qFatal("%s is already owned on this bus: the test needs its own notification service",
               qPrintable(kService));
    const QString configFile = m_configDir.filePath(QStringLiteral("dunstrc"));
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(config()) < 0)
        qFatal("cannot write %s", qPrintable(configFile));
    file.close();

    m_dunst.setProcessEnvironment(m_env);
    m_dunst.setProcessChannelMode(QProcess::MergedChannels);
    // Everything dunst says reaches the test's log: its warnings are real findings.
    QObject::connect(&m_dunst, &QProcess::readyReadStandardOutput, [this] {
        for (const QByteArray &line : m_dunst.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                fprintf(stderr, "dunst: %s\n", line.constData());
    });
    m_dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), configFile});
    if (!m_dunst.waitForStarted(10000))
        qFatal("cannot start dunst: %s", qPrintable(m_dunst.errorString()));
    const bool owned = QTest::qWaitFor(
        [&] { return bus->isServiceRegistered(kService) || m_dunst.state() == QProcess::NotRunning; }, 20000);
    if (!owned || m_dunst.state() == QProcess::NotRunning)
        qFatal("dunst did not take %s on the session bus", qPrintable(kService));
}

NotificationDaemon::~NotificationDaemon()
{
    stopProcess(m_dunst);
}

bool NotificationDaemon::dunstctl(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral("dunstctl"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("dunstctl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

int NotificationDaemon::displayedCount()
{
    QByteArray out;
    if (!dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}, &out))
        return -1;
    bool ok = false;
    const int n = out.trimmed().toInt(&ok);
    return ok ? n : -1;
}

bool NotificationDaemon::invokeNewestAction()
{
    return dunstctl({QStringLiteral("action"), QStringLiteral("0")});
}

bool NotificationDaemon::closeAll()
{
    return dunstctl({QStringLiteral("close-all")});
}

QList<NotificationDaemon::Shown> NotificationDaemon::history(bool *ok)
{
    // What `dunstctl history` prints, asked directly: dunstctl needs busctl (systemd) for this one.
    QDBusMessage call = QDBusMessage::createMethodCall(
        kService, QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.dunstproject.cmd0"),
        QStringLiteral("NotificationListHistory"));
    const QDBusReply<QList<QVariantMap>> reply =
        QDBusConnection::sessionBus().call(call, QDBus::Block, 20000);
    if (ok)
        *ok = reply.isValid();
    if (!reply.isValid()) {
        qWarning("dunst's history is unavailable: %s", qPrintable(reply.error().message()));
        return {};
    }
    QList<Shown> shown;
    for (const QVariantMap &e : reply.value()) {
        Shown s;
        s.id = e.value(QStringLiteral("id")).toInt();
        s.appName = e.value(QStringLiteral("appname")).toString();
        s.summary = e.value(QStringLiteral("summary")).toString();
        s.body = e.value(QStringLiteral("body")).toString();
        s.urgency = e.value(QStringLiteral("message")).toString().section(QLatin1Char(':'), 0, 0);
        s.defaultAction = e.value(QStringLiteral("default_action_name")).toString();
        shown << s;
    }
    return shown;
}

} // namespace lattice::test
