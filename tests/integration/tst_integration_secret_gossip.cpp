// Secrets between two Lattice devices of one user after an interactive verification, over the real test
// Synapse (spec end_to_end_encryption.md "Sharing"): device A sets up secure backup and sends encrypted
// messages; device B logs in, verifies A with SAS, and without the recovery key ends up holding the
// cross-signing keys, cross-signed, with the key backup enabled and restored: it reads A's old messages.
#include "async_wait.h"
#include "client/session.h"
#include "e2ee_settle.h"
#include "logged_in_account.h"
#include "net/client_api.h"
#include "sent_text.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"
#include "verification_waits.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

class TestIntegrationSecretGossip : public QObject
{
    Q_OBJECT
    Account m_a;
    Account m_b;
    QString m_room;
    const QStringList m_bodies{QStringLiteral("before the new laptop"), QStringLiteral("old secrets")};

private Q_SLOTS:
    void initTestCase()
    {
        m_a = loggedIn(QStringLiteral("gossip"));
        QVERIFY(m_a.session->trust());
        QVERIFY(settle(*m_a.session));
        CreateRoomOptions options;
        options.name = QStringLiteral("Notes");
        options.encrypted = true;
        auto room = await<QString>([&](auto done) { m_a.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_room = *room;
        m_a.session->syncLoop().start(1000);
        QVERIFY(QTest::qWaitFor([&] { return !m_a.session->syncLoop().since().isEmpty(); }, kWaitMs));

        // Secure backup on A: cross-signing keys and a key backup that holds the room's keys.
        const QString password = m_a.user.password;
        auto key = await<QString>([&](auto done) {
            m_a.session->trust()->secureBackup().setup(
                std::nullopt,
                [password](std::function<void(std::optional<QString>)> answer) { answer(password); }, done);
        });
        QVERIFY2(key, qPrintable(key ? QString() : key.error().describe()));
        for (const QString &body : m_bodies) {
            auto sent = sendText(*m_a.session, m_room, body);
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().describe()));
        }
        QVERIFY(settle(*m_a.session));
        auto uploaded = awaitStatus([&](auto done) { m_a.session->trust()->keyBackup().uploadNow(done); });
        QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error().describe()));
    }

    void cleanupTestCase()
    {
        if (m_a.session)
            m_a.session->syncLoop().stop();
        if (m_b.session)
            m_b.session->syncLoop().stop();
    }

    void newDeviceGetsSecretsAfterVerifying()
    {
        // A third device of the account (C), holding nothing: B's requests reach it too (B asks all its
        // devices), and it gets a request_cancellation once A answered.
        Account c3;
        c3.user = m_a.user;
        c3.session = std::make_unique<Session>(c3.dir->path(), kTestKeyringService);
        Status inC = awaitStatus([&](auto done) {
            c3.session->login(homeserverUrl().toString(), c3.user.localpart, c3.user.password, done);
        });
        QVERIFY2(inC, qPrintable(inC ? QString() : inC.error().describe()));
        QVERIFY(c3.session->e2ee() && settle(*c3.session));
        QHash<QString, QString> seenByC; // request_id -> last action
        connect(c3.session->e2ee(), &E2eeService::toDeviceReceived, this, [&](const QJsonObject &event) {
            const QJsonObject content = event.value(QStringLiteral("content")).toObject();
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("m.secret.request"))
                seenByC.insert(content.value(QStringLiteral("request_id")).toString(),
                               content.value(QStringLiteral("action")).toString());
        });
        c3.session->syncLoop().start(1000);

        m_b.user = m_a.user;
        m_b.session = std::make_unique<Session>(m_b.dir->path(), kTestKeyringService);
        Status in = awaitStatus([&](auto done) {
            m_b.session->login(homeserverUrl().toString(), m_b.user.localpart, m_b.user.password, done);
        });
        QVERIFY2(in, qPrintable(in ? QString() : in.error().describe()));
        QVERIFY(m_b.session->trust());
        QVERIFY(settle(*m_b.session));
        m_b.session->syncLoop().start(1000);
        const QString deviceA = m_a.session->deviceId();
        const QString deviceB = m_b.session->deviceId();
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(*m_a.session, deviceB); }, kWaitMs),
                 "A never saw B");
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(*m_b.session, deviceA); }, kWaitMs),
                 "B never saw A");
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(*m_b.session, c3.session->deviceId()); }, kWaitMs),
                 "B never saw C");
        QVERIFY(settle(*m_b.session));
        for (const QString &body : m_bodies)
            QVERIFY2(!readableBodies(*m_b.session, m_room).contains(body),
                     "B read a message before getting keys");

        SecretGossip *gossipB = m_b.session->trust()->secretGossip();
        QVERIFY(gossipB);
        QSignalSpy finishedB(gossipB, &SecretGossip::finished);
        QSignalSpy sharedA(&m_a.session->trust()->secretSharing(), &SecretSharing::secretShared);

        // B asks A to verify; A accepts; both compare and confirm the emoji.
        VerificationSession *aSide = nullptr;
        auto c = connect(&m_a.session->trust()->verification(), &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { aSide = s; });
        VerificationSession *bSide =
            m_b.session->trust()->verification().requestDeviceVerification(m_b.user.userId, deviceA);
        QVERIFY2(QTest::qWaitFor([&] { return aSide != nullptr; }, kWaitMs), "A never saw B's request");
        disconnect(c);
        aSide->accept();
        QVERIFY(waitState(aSide, VerificationSession::ShowingSas));
        QVERIFY(waitState(bSide, VerificationSession::ShowingSas));
        QCOMPARE(aSide->emoji(), bSide->emoji());
        aSide->confirm();
        bSide->confirm();
        QVERIFY(waitState(aSide, VerificationSession::Done));
        QVERIFY(waitState(bSide, VerificationSession::Done));

        // B asked A for what it lacked; A served it once it had stored its trust in B.
        QVERIFY2(QTest::qWaitFor([&] { return finishedB.count() == 1; }, 3 * kWaitMs),
                 "B's request never ended");
        const auto outcome = finishedB.first().at(0).value<SecretGossipOutcome>();
        QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
        QCOMPARE(outcome.fromDevice, deviceA);
        QVERIFY(outcome.crossSigning);
        QVERIFY(outcome.deviceSigned);
        QVERIFY(outcome.backup);
        QVERIFY(outcome.keys.imported >= 1);
        // C was asked for each secret B lacked, and each request was withdrawn from it.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return seenByC.size() == outcome.asked.size() &&
                                std::all_of(seenByC.cbegin(), seenByC.cend(), [](const QString &action) {
                                    return action == QLatin1String("request_cancellation");
                                });
                     },
                     kWaitMs),
                 qPrintable(QStringList(seenByC.values()).join(u' ')));
        c3.session->syncLoop().stop();
        QCOMPARE(gossipB->state(), SecretGossip::Received);
        QVERIFY(gossipB->notice().contains(QStringLiteral("Received")));
        // Three cross-signing keys and the backup key (A may note its last send after B got it).
        QVERIFY(QTest::qWaitFor([&] { return sharedA.count() == 4; }, kWaitMs));

        // B holds the cross-signing keys now, and they are the ones A holds.
        auto heldA = await<crypto::CrossSigningSecrets>(
            [&](auto done) { m_a.session->trust()->crossSigning().exportSecrets(done); });
        auto heldB = await<crypto::CrossSigningSecrets>(
            [&](auto done) { m_b.session->trust()->crossSigning().exportSecrets(done); });
        QVERIFY(heldA && heldB);
        QVERIFY(!heldB->master.isEmpty());
        QCOMPARE(heldB->master, heldA->master);
        QCOMPARE(heldB->selfSigning, heldA->selfSigning);
        QCOMPARE(heldB->userSigning, heldA->userSigning);
        auto identity = await<crypto::UserIdentity>(
            [&](auto done) { m_b.session->trust()->crossSigning().identity(m_b.user.userId, done); });
        QVERIFY(identity && identity->verified);

        // The server publishes B signed by the account's self-signing key.
        auto query = await<QJsonObject>([&](auto done) {
            m_b.session->http().sendJson(
                api::keysQuery(QJsonObject{
                    {QStringLiteral("device_keys"), QJsonObject{{m_b.user.userId, QJsonArray{}}}}}),
                done);
        });
        QVERIFY(query);
        const QJsonObject deviceKeys = query->value(QLatin1String("device_keys"))
                                           .toObject()
                                           .value(m_b.user.userId)
                                           .toObject()
                                           .value(deviceB)
                                           .toObject();
        QVERIFY2(deviceKeys.value(QLatin1String("signatures"))
                     .toObject()
                     .value(m_b.user.userId)
                     .toObject()
                     .contains(QLatin1String("ed25519:") + identity->selfSigningKey),
                 "B is not signed by the self-signing key");

        // The backup is enabled on B, and B reads the messages A sent before B existed.
        auto enabled = await<std::optional<crypto::BackupInfo>>(
            [&](auto done) { m_b.session->trust()->keyBackup().enabledBackup(done); });
        QVERIFY(enabled && enabled->has_value());
        QVERIFY(settle(*m_b.session));
        const QStringList readable = readableBodies(*m_b.session, m_room);
        for (const QString &body : m_bodies)
            QVERIFY2(readable.contains(body), qPrintable(QStringLiteral("B cannot read \"%1\"").arg(body)));

        // B holds the backup key too, so it could serve a later device of ours.
        auto key = await<std::optional<QByteArray>>(
            [&](auto done) { m_b.session->trust()->keyBackup().privateKey(done); });
        QVERIFY(key && key->has_value());
    }

    // lattice-cli as a third device: `verify USER DEVICE --yes` with A, then it waits for the keys and says
    // what it received.
    void cliVerifyReceivesSecrets()
    {
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path()};
        const CliResult login = runCli(
            base + QStringList{QStringLiteral("login"), QStringLiteral("--homeserver"),
                               homeserverUrl().toString(), QStringLiteral("--user"), m_a.user.localpart},
            m_a.user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        VerificationSession *aSide = nullptr;
        auto c = connect(&m_a.session->trust()->verification(), &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { aSide = s; });
        QProcess cli;
        QByteArray out;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { out += cli.readAllStandardOutput(); });
        cli.start(QStringLiteral(LATTICE_CLI),
                  base + QStringList{QStringLiteral("verify"), QStringLiteral("--timeout"),
                                     QStringLiteral("200"), m_a.user.userId, m_a.session->deviceId(),
                                     QStringLiteral("--yes")});
        QVERIFY(cli.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return aSide != nullptr; }, 2 * kWaitMs), out.constData());
        disconnect(c);
        aSide->accept();
        QVERIFY(waitState(aSide, VerificationSession::ShowingSas));
        aSide->confirm();
        QVERIFY(waitState(aSide, VerificationSession::Done));
        QVERIFY2(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 3 * kWaitMs),
                 out.constData());
        out += cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, (out + cli.readAllStandardError()).constData());
        const QString printed = QString::fromUtf8(out);
        QVERIFY2(
            printed.contains(QStringLiteral("Received the cross-signing keys; this device is cross-signed.")),
            qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Received the key backup key;")), qPrintable(printed));
        QVERIFY2(!printed.contains(QStringLiteral("Not received")), qPrintable(printed));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSecretGossip)
#include "tst_integration_secret_gossip.moc"
