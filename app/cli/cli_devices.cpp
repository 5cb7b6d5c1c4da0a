// lattice-cli devices: the account's devices (or another user's) with their trust, renaming, and
// signing a device out with the account password.
#include "cli_app.h"
#include "client/device_manager.h"

#include <QDateTime>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace lattice::cli {

namespace {

QString trustWord(const DeviceInfo &d)
{
    if (!d.hasKeys)
        return QStringLiteral("no keys");
    return d.verified ? QStringLiteral("verified") : QStringLiteral("unverified");
}

QJsonObject deviceJson(const DeviceInfo &d)
{
    QJsonObject o{{QStringLiteral("user_id"), d.userId},
                  {QStringLiteral("device_id"), d.deviceId},
                  {QStringLiteral("display_name"), d.displayName},
                  {QStringLiteral("trust"), trustWord(d)},
                  {QStringLiteral("verified"), d.verified},
                  {QStringLiteral("this_device"), d.isThisDevice},
                  {QStringLiteral("fingerprint"), DeviceManager::formatFingerprint(d.ed25519)}};
    if (d.lastSeenMs > 0) {
        o.insert(QStringLiteral("last_seen_ts"), d.lastSeenMs);
        o.insert(QStringLiteral("last_seen"),
                 QDateTime::fromMSecsSinceEpoch(d.lastSeenMs).toString(Qt::ISODate));
    }
    if (!d.lastSeenIp.isEmpty())
        o.insert(QStringLiteral("last_seen_ip"), d.lastSeenIp);
    return o;
}

// One line from standard input; on a terminal, prompted on stderr and read without echo.
QString readPassword(const QString &userId)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Password for %s: ", qPrintable(userId));
        std::fflush(stderr);
        termios old{};
        const bool hidden = tcgetattr(STDIN_FILENO, &old) == 0;
        if (hidden) {
            termios quiet = old;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (hidden)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fprintf(stderr, "\n");
        return line;
    }
#endif
    Q_UNUSED(userId)
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

void CliApp::devices(const QStringList &args)
{
    const bool rename = m_parser.isSet(QStringLiteral("rename"));
    const bool remove = m_parser.isSet(QStringLiteral("delete"));
    if (rename && remove)
        return fail(UsageError, QStringLiteral("--rename and --delete contradict each other."));
    if (rename && args.size() != 2)
        return fail(UsageError, QStringLiteral("devices --rename needs a device ID and a name."));
    if (remove && args.size() != 1)
        return fail(UsageError, QStringLiteral("devices --delete needs one device ID."));
    if (!rename && !remove && args.size() > 1)
        return fail(UsageError, QStringLiteral("devices takes at most one user ID."));

    withSession([this, args, rename, remove] {
        refresh([this, args, rename, remove] {
            auto manager = std::make_shared<DeviceManager>(m_session->http(), m_session->e2ee(),
                                                           m_session->userId(), m_session->deviceId());
            if (rename)
                return manager->renameDevice(args.at(0), args.at(1),
                                             [this, manager](Status s) { s ? done() : fail(s.error()); });
            if (remove) {
                // Asked only when the server wants the password; read once, used for this request only.
                const QString user = m_session->userId();
                PasswordPrompt prompt = [user](std::function<void(std::optional<QString>)> answer) {
                    const QString password = readPassword(user);
                    answer(password.isEmpty() ? std::nullopt : std::optional<QString>(password));
                };
                return manager->deleteDevices({args.at(0)}, prompt,
                                              [this, manager](Status s) { s ? done() : fail(s.error()); });
            }
            auto print = [this, manager](Result<QList<DeviceInfo>> devices) {
                if (!devices)
                    return fail(devices.error());
                for (const DeviceInfo &d : *devices)
                    printEvent(deviceJson(d));
                done();
            };
            if (args.isEmpty() || args.at(0) == m_session->userId())
                return manager->ownDevices(print);
            const QString userId = args.at(0);
            if (!userId.startsWith(QLatin1Char('@')) || !userId.contains(QLatin1Char(':')))
                return fail(UsageError,
                            QStringLiteral("\"%1\" is not a user ID (@name:server).").arg(userId));
            // The person's cross-signing identity goes on every line, beside each device's own trust.
            manager->userTrust(userId, [this, manager, userId](Result<UserTrust> trust) {
                if (!trust)
                    return fail(trust.error());
                const QString identity = !trust->hasIdentity ? QStringLiteral("none")
                                         : trust->verified   ? QStringLiteral("verified")
                                                             : QStringLiteral("unverified");
                const bool changed = trust->changed;
                manager->userDevices(userId,
                                     [this, manager, identity, changed](Result<QList<DeviceInfo>> devices) {
                                         if (!devices)
                                             return fail(devices.error());
                                         for (const DeviceInfo &d : *devices) {
                                             QJsonObject o = deviceJson(d);
                                             o.insert(QStringLiteral("identity"), identity);
                                             o.insert(QStringLiteral("identity_changed"), changed);
                                             printEvent(o);
                                         }
                                         done();
                                     });
            });
        });
    });
}

} // namespace lattice::cli
