// Secure backup against a real Synapse, as a user moving to a new computer: device A sets it up (secret
// storage with a recovery key, cross-signing with the account password, a key backup) and sends encrypted
// messages; a new device B of the same user cannot read them until it restores with the recovery key,
// after which it holds the cross-signing keys, has signed itself (A sees B as verified) and reads A's old
// messages. A wrong recovery key changes nothing. The same through lattice-cli secure-backup.
#include "async_wait.h"
#include "e2ee_settle.h"
#include "sent_text.h"
#include "client/session.h"
#include "logged_in_account.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"

#include <QProcess>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;

Status syncOnce(Session &session)
{
    auto r = await<ChangeSet>([&](auto done) { session.syncLoop().syncOnce(0, done); });
    if (!r)
        return r.error();
    return settle(session) ? success()
                           : Status(Error::make(Error::Kind::Timeout, QStringLiteral("E2EE did not settle")));
}

Account secondDevice(const TestUser &user, QTemporaryDir &dir)
{
    Account b;
    b.user = user;
    b.dir = std::make_unique<QTemporaryDir>();
    Q_UNUSED(dir);
    b.session = std::make_unique<Session>(b.dir->path(), kTestKeyringService);
    Status s = awaitStatus([&](auto done) {
        b.session->login(homeserverUrl().toString(), user.localpart, user.password, done);
    });
    if (!s)
        qFatal("second login failed: %s", qPrintable(s.error().describe()));
    return b;
}

} // namespace

class TestIntegrationSecureBackup : public QObject
{
    Q_OBJECT
    Account m_a;
    QString m_room;
    QString m_recoveryKey;
    const QStringList m_bodies{QStringLiteral("moving house"), QStringLiteral("the keys are under the mat")};

private Q_SLOTS:
    void initTestCase()
    {
        m_a = loggedIn(QStringLiteral("secure"));
        QVERIFY(m_a.session->trust());
        QVERIFY(settle(*m_a.session));
        CreateRoomOptions options;
        options.name = QStringLiteral("Private notes");
        options.encrypted = true;
        auto room = await<QString>([&](auto done) { m_a.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_room = *room;
        QVERIFY(syncOnce(*m_a.session));
    }

    void cleanupTestCase()
    {
        if (m_a.session)
            m_a.session->syncLoop().stop();
    }

    void setupOnFirstDevice()
    {
        SecureBackup &backup = m_a.session->trust()->secureBackup();
        auto before = await<SecureBackupState>([&](auto done) { backup.state(done); });
        QVERIFY2(before, qPrintable(before ? QString() : before.error().describe()));
        QVERIFY(!before->secretStorage);
        QVERIFY(!before->backupOnServer);

        int asked = 0;
        const QString password = m_a.user.password;
        auto key = await<QString>([&](auto done) {
            backup.setup(std::nullopt,
                         [&](std::function<void(std::optional<QString>)> answer) {
                             ++asked;
                             answer(password);
                         },
                         done);
        });
        QVERIFY2(key, qPrintable(key ? QString() : key.error().describe()));
        m_recoveryKey = *key;
        QCOMPARE(m_recoveryKey.remove(QLatin1Char(' ')).size(), 48); // 35 bytes in base58
        auto after = await<SecureBackupState>([&](auto done) { backup.state(done); });
        QVERIFY(after);
        QVERIFY(after->secretStorage);
        QVERIFY(after->crossSigningKeys);
        QVERIFY(after->backupOnServer);
        QVERIFY(after->backupEnabled);

        for (const QString &body : m_bodies) {
            auto sent = sendText(*m_a.session, m_room, body);
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().describe()));
        }
        QVERIFY(syncOnce(*m_a.session));
        auto uploaded = awaitStatus([&](auto done) { m_a.session->trust()->keyBackup().uploadNow(done); });
        QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().describe()));
    }

    void newDeviceRestoresWithTheRecoveryKey()
    {
        QTemporaryDir unused;
        Account b = secondDevice(m_a.user, unused);
        QVERIFY(b.session->trust());
        QVERIFY(syncOnce(*b.session));
        QVERIFY(syncOnce(*b.session));
        for (const QString &body : m_bodies)
            QVERIFY2(!readableBodies(*b.session, m_room).contains(body), "B read a message before restoring");

        SecureBackup &backup = b.session->trust()->secureBackup();
        // A wrong key is refused with a sentence, and nothing changes.
        auto wrong = await<SecureBackupRestore>([&](auto done) {
            backup.restore(QStringLiteral("EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"),
                           [](int, int) {}, done);
        });
        QVERIFY(!wrong);
        QVERIFY(!wrong.error().message.isEmpty());

        std::vector<std::pair<int, int>> progress;
        auto restored = await<SecureBackupRestore>([&](auto done) {
            backup.restore(m_recoveryKey, [&](int handled, int total) { progress.emplace_back(handled, total); },
                           done);
        });
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().describe()));
        QVERIFY(restored->crossSigning);
        QVERIFY(restored->backup);
        QVERIFY(restored->keys.total >= 1);
        QVERIFY(restored->keys.imported >= 1);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().first, progress.back().second);
        QVERIFY(settle(*b.session));
        const QStringList readable = readableBodies(*b.session, m_room);
        for (const QString &body : m_bodies)
            QVERIFY2(readable.contains(body), qPrintable(QStringLiteral("B cannot read \"%1\"").arg(body)));

        auto state = await<SecureBackupState>([&](auto done) { backup.state(done); });
        QVERIFY(state);
        QVERIFY(state->crossSigningKeys);
        QVERIFY(state->backupEnabled);

        // B signed itself with the self-signing key: A, which trusts its own identity, now trusts B.
        const QString deviceB = b.session->deviceId();
        bool verified = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!syncOnce(*m_a.session))
                    return false;
                std::optional<Result<bool>> answer;
                m_a.session->e2ee()->runner().run<bool>(
                    [userId = m_a.user.userId, deviceB](crypto::OlmMachine &m, Database &) {
                        return m.isDeviceVerified(userId, deviceB);
                    },
                    [&](Result<bool> r) { answer.emplace(std::move(r)); });
                if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
                    return false;
                verified = answer && *answer && **answer;
                return verified;
            },
            kWaitMs));
        QVERIFY2(verified, "A does not see B as verified after B restored cross-signing");
        b.session->syncLoop().stop();
    }

    void cliSetupAndRestore()
    {
        // A fresh account through lattice-cli: setup prints the recovery key once; a second data dir restores.
        const TestUser user = registerUser(QStringLiteral("securecli"));
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        auto cli = [&](const QString &dir, const QStringList &args, const QByteArray &input) {
            QProcess p;
            p.start(QStringLiteral(LATTICE_CLI), QStringList{QStringLiteral("--data-dir"), dir} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(180000))
                qFatal("lattice-cli %s did not finish", qPrintable(args.join(u' ')));
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) +
                                                    QString::fromUtf8(p.readAllStandardError()));
        };
        const QStringList login{QStringLiteral("login"), QStringLiteral("--homeserver"), homeserverUrl().toString(),
                                QStringLiteral("--user"), user.localpart};
        QCOMPARE(cli(dirA.path(), login, user.password.toUtf8() + '\n').first, 0);
        QCOMPARE(cli(dirB.path(), login, user.password.toUtf8() + '\n').first, 0);

        const auto setup = cli(dirA.path(), {QStringLiteral("secure-backup"), QStringLiteral("setup")},
                               user.password.toUtf8() + '\n');
        QVERIFY2(setup.first == 0, qPrintable(setup.second));
        const QRegularExpression keyLine(QStringLiteral("Recovery key: ([1-9A-HJ-NP-Za-km-z ]+)"));
        const auto match = keyLine.match(setup.second);
        QVERIFY2(match.hasMatch(), qPrintable(setup.second));
        const QString recoveryKey = match.captured(1).trimmed();

        const auto badRestore = cli(dirB.path(), {QStringLiteral("secure-backup"), QStringLiteral("restore")},
                                    "not a recovery key at all\n");
        QVERIFY2(badRestore.first != 0, qPrintable(badRestore.second));

        const auto restore = cli(dirB.path(), {QStringLiteral("secure-backup"), QStringLiteral("restore")},
                                 recoveryKey.toUtf8() + '\n');
        QVERIFY2(restore.first == 0, qPrintable(restore.second));
        QVERIFY2(restore.second.contains(QStringLiteral("\"cross_signing\":true")), qPrintable(restore.second));
        QVERIFY2(restore.second.contains(QStringLiteral("\"backup\":true")), qPrintable(restore.second));

        const auto status = cli(dirB.path(), {QStringLiteral("secure-backup"), QStringLiteral("status")}, {});
        QVERIFY2(status.first == 0, qPrintable(status.second));
        QVERIFY2(status.second.contains(QStringLiteral("\"cross_signing_keys\":true")), qPrintable(status.second));
        QVERIFY2(status.second.contains(QStringLiteral("\"backup_enabled\":true")), qPrintable(status.second));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSecureBackup)
#include "tst_integration_secure_backup.moc"
