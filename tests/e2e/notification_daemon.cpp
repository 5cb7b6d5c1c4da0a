#include "notification_daemon.h"

#include "x_session.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString field(const QJsonObject &entry, const char *name)
{
    return entry.value(QLatin1String(name)).toObject().value(QStringLiteral("data")).toVariant().toString();
}

} // namespace

NotificationDaemon::NotificationDaemon(const XSession &x) : m_env(x.environment())
{
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
    m_dunst.terminate();
    if (!m_dunst.waitForFinished(5000))
        m_dunst.kill();
    m_dunst.waitForFinished(2000);
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
    QList<Shown> shown;
    QByteArray out;
    const bool ran = dunstctl({QStringLiteral("history")}, &out);
    if (ok)
        *ok = ran;
    // {"type": "aa{sv}", "data": [[{"summary": {"type": "s", "data": "..."}, ...}, ...]]}
    const QJsonArray entries =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("data")).toArray().at(0).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        Shown s;
        s.id = field(e, "id").toInt();
        s.appName = field(e, "appname");
        s.summary = field(e, "summary");
        s.body = field(e, "body");
        s.urgency = field(e, "message").section(QLatin1Char(':'), 0, 0);
        s.defaultAction = field(e, "default_action_name");
        shown << s;
    }
    return shown;
}

} // namespace lattice::test
