// Device management against a real Synapse: one user logged in twice sees both devices (fingerprints
// from the E2EE machine, this device marked), renames one, fails to delete the other with a wrong
// password (nothing deleted, a clear error), deletes it with the right one; another user sees the
// same devices with their trust. lattice-cli's `devices` command does the same from the shell.
#include "async_wait.h"
#include "client/device_manager.h"
#include "logged_in_account.h"
#include "test_homeserver.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

bool syncOnce(Session &s)
{
    return await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); }).ok();
}

// Waits until the session's E2EE machine runs and has uploaded its keys.
void awaitE2ee(Session &s)
{
    QTRY_VERIFY_WITH_TIMEOUT(s.e2ee() && s.e2ee()->isStarted(), 30000);
    bool idle = false;
    s.e2ee()->whenIdle([&] { idle = true; });
    QTRY_VERIFY_WITH_TIMEOUT(idle, 30000);
}

void settle(Session &s)
{
    QVERIFY(syncOnce(s));
    bool idle = false;
    s.e2ee()->whenIdle([&] { idle = true; });
    QTRY_VERIFY_WITH_TIMEOUT(idle, 30000);
}

Result<QList<DeviceInfo>> ownDevices(DeviceManager &m)
{
    return await<QList<DeviceInfo>>([&](auto done) { m.ownDevices(done); });
}

const DeviceInfo *find(const QList<DeviceInfo> &devices, const QString &deviceId)
{
    for (const DeviceInfo &d : devices)
        if (d.deviceId == deviceId)
            return &d;
    return nullptr;
}

Account secondLogin(const Account &first)
{
    Account b;
    b.user = first.user;
    b.session = std::make_unique<Session>(b.dir->path(), kTestKeyringService);
    Status s = awaitStatus([&](auto done) {
        b.session->login(homeserverUrl().toString(), b.user.localpart, b.user.password, done);
    });
    if (!s)
        qFatal("second login failed: %s", qPrintable(s.error().describe()));
    return b;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

PasswordPrompt answering(std::optional<QString> password, int *asked)
{
    return [password, asked](std::function<void(std::optional<QString>)> answer) {
        ++*asked;
        answer(password);
    };
}

} // namespace

class TestIntegrationDevices : public QObject
{
    Q_OBJECT
    Account m_a;
    Account m_b;
    Account m_carol;
    QString m_registrationDevice;
    std::unique_ptr<DeviceManager> m_manager;
    QTemporaryDir m_cliDir;

    QStringList cli(const QStringList &args)
    {
        return QStringList{QStringLiteral("--data-dir"), m_cliDir.path()} + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_a = loggedIn(QStringLiteral("devices"));
        awaitE2ee(*m_a.session);
        m_b = secondLogin(m_a);
        awaitE2ee(*m_b.session);
        QVERIFY(m_a.session->deviceId() != m_b.session->deviceId());
        m_manager = std::make_unique<DeviceManager>(m_a.session->http(), m_a.session->e2ee(),
                                                    m_a.session->userId(), m_a.session->deviceId());
    }

    void listsBothDevicesWithFingerprints()
    {
        // A learns of B's keys through a sync (device_lists.changed, then /keys/query).
        const QString other = m_b.session->deviceId();
        QList<DeviceInfo> devices;
        for (int i = 0; i < 10; ++i) {
            settle(*m_a.session);
            auto listed = ownDevices(*m_manager);
            QVERIFY2(listed.ok(), qPrintable(listed ? QString() : listed.error().describe()));
            devices = *listed;
            const DeviceInfo *b = find(devices, other);
            if (b && b->hasKeys)
                break;
        }
        // Both logins, and the device registration made (it never ran a client: no keys).
        QCOMPARE(devices.size(), 3);
        const DeviceInfo &self = devices.first(); // this device first
        QCOMPARE(self.deviceId, m_a.session->deviceId());
        QVERIFY(self.isThisDevice);
        QVERIFY(self.hasKeys);
        QCOMPARE(self.ed25519.size(), 43); // unpadded base64 of 32 bytes
        QVERIFY(self.lastSeenMs > 0);
        QVERIFY(!self.lastSeenIp.isEmpty());
        const DeviceInfo *b = find(devices, other);
        QVERIFY(b);
        QVERIFY(!b->isThisDevice);
        QVERIFY2(b->hasKeys, "the other device's keys never reached the machine");
        QCOMPARE(b->ed25519.size(), 43);
        QVERIFY(b->ed25519 != self.ed25519);
        QVERIFY(!b->verified); // nobody verified it
        QVERIFY(b->firstSeenMs > 0);
        for (const DeviceInfo &d : devices) {
            if (d.deviceId == self.deviceId || d.deviceId == other)
                continue;
            m_registrationDevice = d.deviceId;
            QVERIFY(!d.hasKeys);
            QVERIFY(d.ed25519.isEmpty());
            QVERIFY(!d.verified);
        }
        QVERIFY(!m_registrationDevice.isEmpty());
        QCOMPARE(DeviceManager::formatFingerprint(QStringLiteral("ABCDEFGHIJ")),
                 QStringLiteral("ABCD EFGH IJ"));
    }

    void anotherUserSeesTheDevices()
    {
        m_carol = loggedIn(QStringLiteral("carol"));
        Account &carol = m_carol;
        awaitE2ee(*carol.session);
        DeviceManager carolsView(carol.session->http(), carol.session->e2ee(), carol.session->userId(),
                                 carol.session->deviceId());
        // Carol shares no room with A: userDevices follows A and asks the server.
        auto devices =
            await<QList<DeviceInfo>>([&](auto done) { carolsView.userDevices(m_a.session->userId(), done); });
        QVERIFY2(devices.ok(), qPrintable(devices ? QString() : devices.error().describe()));
        QCOMPARE(devices->size(), 2);
        auto mine = ownDevices(*m_manager);
        QVERIFY(mine.ok());
        for (const DeviceInfo &d : *devices) {
            QCOMPARE(d.userId, m_a.session->userId());
            QVERIFY(!d.verified);
            QVERIFY(!d.isThisDevice);
            const DeviceInfo *same = find(*mine, d.deviceId);
            QVERIFY(same);
            QCOMPARE(d.ed25519, same->ed25519); // the fingerprint Carol would compare with A's
        }
        // No cross-signing identity yet: nothing verified, nothing changed.
        auto trust = await<UserTrust>([&](auto done) { carolsView.userTrust(m_a.session->userId(), done); });
        QVERIFY2(trust.ok(), qPrintable(trust ? QString() : trust.error().describe()));
        QVERIFY(!trust->hasIdentity);
        QVERIFY(!trust->verified);
        QVERIFY(!trust->changed);
    }

    void renameShowsUp()
    {
        const QString other = m_b.session->deviceId();
        Status renamed = awaitStatus(
            [&](auto done) { m_manager->renameDevice(other, QStringLiteral("  Work laptop  "), done); });
        QVERIFY2(renamed.ok(), qPrintable(renamed ? QString() : renamed.error().describe()));
        auto devices = ownDevices(*m_manager);
        QVERIFY(devices.ok());
        QCOMPARE(find(*devices, other)->displayName, QStringLiteral("Work laptop"));
        // B sees the new name too (it is the server's list).
        DeviceManager fromB(m_b.session->http(), m_b.session->e2ee(), m_b.session->userId(), other);
        auto seenByB = ownDevices(fromB);
        QVERIFY(seenByB.ok());
        QCOMPARE(seenByB->first().deviceId, other);
        QCOMPARE(seenByB->first().displayName, QStringLiteral("Work laptop"));
    }

    void refusesThisDevice()
    {
        int asked = 0;
        Status s = awaitStatus([&](auto done) {
            m_manager->deleteDevices({m_a.session->deviceId()}, answering(m_a.user.password, &asked), done);
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Usage);
        QVERIFY(s.error().message.contains(QStringLiteral("log out")));
        QCOMPARE(asked, 0);
    }

    void wrongPasswordDeletesNothing()
    {
        const QString other = m_b.session->deviceId();
        int asked = 0;
        Status s = awaitStatus([&](auto done) {
            m_manager->deleteDevices({other}, answering(QStringLiteral("not the password"), &asked), done);
        });
        QVERIFY(!s.ok());
        QCOMPARE(asked, 1);
        QCOMPARE(s.error().errcode, QStringLiteral("M_FORBIDDEN"));
        QVERIFY2(!s.error().message.isEmpty(), "no sentence for a wrong password");
        qInfo("wrong password: %s", qPrintable(s.error().describe()));
        auto devices = ownDevices(*m_manager);
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 3);
        QVERIFY(find(*devices, other));

        // Giving up at the prompt deletes nothing either.
        Status cancelled = awaitStatus(
            [&](auto done) { m_manager->deleteDevices({other}, answering(std::nullopt, &asked), done); });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        auto still = ownDevices(*m_manager);
        QVERIFY(still.ok());
        QCOMPARE(still->size(), 3);
    }

    void rightPasswordDeletes()
    {
        const QString other = m_b.session->deviceId();
        int asked = 0;
        Status s = awaitStatus([&](auto done) {
            m_manager->deleteDevices({other}, answering(m_a.user.password, &asked), done);
        });
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().describe()));
        QCOMPARE(asked, 1);
        auto devices = ownDevices(*m_manager);
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 2);
        QCOMPARE(devices->first().deviceId, m_a.session->deviceId());
        QVERIFY(!find(*devices, other));
        // B's access token went with its device.
        auto whoami = await<QString>([&](auto done) { m_b.session->whoami(done); });
        QVERIFY(!whoami.ok());
        QCOMPARE(whoami.error().errcode, QStringLiteral("M_UNKNOWN_TOKEN"));
        // A's machine marks it deleted after the next sync, and lists it no more.
        for (int i = 0; i < 10; ++i) {
            settle(*m_a.session);
            auto known = await<QList<DeviceInfo>>(
                [&](auto done) { m_manager->userDevices(m_a.session->userId(), done); });
            QVERIFY(known.ok());
            if (!find(*known, other))
                return;
        }
        QFAIL("the deleted device is still listed by the E2EE machine");
    }

    // lattice-cli devices, as a third login of the same user.
    void cliDevices()
    {
        const QString userId = m_a.session->userId();
        const QString appDevice = m_a.session->deviceId();
        const CliResult login =
            runCli(cli({QStringLiteral("login"), QStringLiteral("--homeserver"), homeserverUrl().toString(),
                        QStringLiteral("--user"), m_a.user.localpart}),
                   m_a.user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QString cliDevice = QString::fromUtf8(login.out.trimmed()).section(u' ', 1);
        QVERIFY(!cliDevice.isEmpty());

        auto list = [&] {
            const CliResult r = runCli(cli({QStringLiteral("devices")}));
            if (r.exitCode != 0)
                qWarning("devices failed: %s", r.err.constData());
            return jsonLines(r.out);
        };
        auto line = [](const QList<QJsonObject> &lines, const QString &deviceId) {
            for (const QJsonObject &o : lines)
                if (o.value(QLatin1String("device_id")).toString() == deviceId)
                    return o;
            return QJsonObject();
        };
        QList<QJsonObject> lines = list();
        QCOMPARE(lines.size(), 3); // the CLI, the app, the registration's device
        QCOMPARE(lines.at(0).value(QLatin1String("device_id")).toString(), cliDevice); // this device first
        QVERIFY(lines.at(0).value(QLatin1String("this_device")).toBool());
        QCOMPARE(lines.at(0).value(QLatin1String("fingerprint")).toString().size(), 43 + 10); // 11 groups
        const QJsonObject app = line(lines, appDevice);
        QVERIFY(!app.isEmpty());
        QVERIFY(!app.value(QLatin1String("this_device")).toBool());
        QCOMPARE(app.value(QLatin1String("trust")).toString(), QStringLiteral("unverified"));
        QCOMPARE(app.value(QLatin1String("fingerprint")).toString().remove(u' ').size(), 43);
        QVERIFY(app.contains(QLatin1String("last_seen_ts")));
        QCOMPARE(line(lines, m_registrationDevice).value(QLatin1String("trust")).toString(),
                 QStringLiteral("no keys"));

        const CliResult renamed = runCli(
            cli({QStringLiteral("devices"), QStringLiteral("--rename"), appDevice, QStringLiteral("Desk")}));
        QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
        QCOMPARE(line(list(), appDevice).value(QLatin1String("display_name")).toString(),
                 QStringLiteral("Desk"));

        // Another user's devices, with the person's identity on each line.
        const CliResult carol = runCli(cli({QStringLiteral("devices"), m_carol.session->userId()}));
        QVERIFY2(carol.exitCode == 0, carol.err.constData());
        const QList<QJsonObject> carols = jsonLines(carol.out);
        QCOMPARE(carols.size(), 1);
        QCOMPARE(carols.at(0).value(QLatin1String("device_id")).toString(), m_carol.session->deviceId());
        QCOMPARE(carols.at(0).value(QLatin1String("trust")).toString(), QStringLiteral("unverified"));
        QCOMPARE(carols.at(0).value(QLatin1String("identity")).toString(), QStringLiteral("none"));

        const CliResult self =
            runCli(cli({QStringLiteral("devices"), QStringLiteral("--delete"), cliDevice}), "whatever\n");
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains("log out"));

        const CliResult wrong = runCli(
            cli({QStringLiteral("devices"), QStringLiteral("--delete"), appDevice}), "wrong password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("lattice-cli: ") && wrong.err.size() > 20, wrong.err.constData());
        qInfo("wrong password: %s", wrong.err.trimmed().constData());
        QCOMPARE(list().size(), 3);

        const CliResult deleted =
            runCli(cli({QStringLiteral("devices"), QStringLiteral("--delete"), appDevice}),
                   m_a.user.password.toUtf8() + "\n");
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        lines = list();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(QLatin1String("device_id")).toString(), cliDevice);
        QVERIFY(line(lines, appDevice).isEmpty());

        const CliResult usage =
            runCli(cli({QStringLiteral("devices"), QStringLiteral("--rename"), cliDevice}));
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationDevices)
#include "tst_integration_devices.moc"
