// In-room SAS verification between two Lattice accounts over the real test Synapse: the request is an
// m.room.message in their encrypted direct chat, the flow's events reference it and travel encrypted;
// both sides show the same emoji and trust each other's device afterwards; a mismatch cancels both.
#include "async_wait.h"
#include "client/verification_service.h"
#include "logged_in_account.h"
#include "store/event_lookup.h"
#include "verification_waits.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 60000;

} // namespace

class TestIntegrationVerification : public QObject
{
    Q_OBJECT

    Account m_alice;
    Account m_bob;
    // Each Session's one service (TrustServices): a second one would answer the same requests.
    VerificationService *m_aliceService = nullptr;
    VerificationService *m_bobService = nullptr;
    QString m_room;

    static bool settle(Session &session)
    {
        bool idle = false;
        session.e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    static Result<bool> trusts(Session &session, const QString &user, const QString &device)
    {
        return await<bool>([&](auto done) {
            session.e2ee()->runner().run<bool>(
                [user, device](crypto::OlmMachine &m, Database &) {
                    return m.isDeviceVerified(user, device);
                },
                done);
        });
    }

    // Alice asks in the room, Bob accepts; both end up showing the SAS.
    std::pair<VerificationSession *, VerificationSession *> startFlow()
    {
        VerificationSession *bobSide = nullptr;
        auto c = connect(m_bobService, &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { bobSide = s; });
        VerificationSession *aliceSide = m_aliceService->requestUserVerification(m_room, m_bob.user.userId);
        const bool arrived = QTest::qWaitFor([&] { return bobSide != nullptr; }, kWaitMs);
        disconnect(c);
        if (!arrived)
            return {aliceSide, nullptr};
        bobSide->accept();
        return {aliceSide, bobSide};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = loggedIn(QStringLiteral("verifa"));
        m_bob = loggedIn(QStringLiteral("verifb"));
        QVERIFY(m_alice.session->e2ee() && m_bob.session->e2ee());
        QVERIFY(settle(*m_alice.session) && settle(*m_bob.session));
        QVERIFY(m_alice.session->trust() && m_bob.session->trust());
        m_aliceService = &m_alice.session->trust()->verification();
        m_bobService = &m_bob.session->trust()->verification();

        CreateRoomOptions options;
        options.direct = true;
        options.encrypted = true;
        options.invite = {m_bob.user.userId};
        auto room = await<QString>([&](auto done) { m_alice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_room = *room;
        auto joined = await<QString>([&](auto done) { m_bob.session->joinRoom(m_room, done); });
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().describe()));
        m_alice.session->syncLoop().start(1000);
        m_bob.session->syncLoop().start(1000);
    }

    void cleanupTestCase()
    {
        m_aliceService = nullptr;
        m_bobService = nullptr;
        if (m_alice.session)
            m_alice.session->syncLoop().stop();
        if (m_bob.session)
            m_bob.session->syncLoop().stop();
    }

    void inRoomVerification()
    {
        auto [alice, bob] = startFlow();
        QVERIFY2(bob, "Bob never saw Alice's request");
        QVERIFY(alice->inRoom());
        QCOMPARE(bob->roomId(), m_room);
        QCOMPARE(bob->otherUserId(), m_alice.user.userId);
        QCOMPARE(bob->otherDeviceId(), m_alice.session->deviceId());
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::ShowingSas), qPrintable(describe(bob)));
        QCOMPARE(alice->otherDeviceId(), m_bob.session->deviceId());
        QCOMPARE(alice->emoji().size(), 7);
        QCOMPARE(alice->emoji(), bob->emoji());
        QCOMPARE(alice->decimals(), bob->decimals());

        // The request went out encrypted (the room is) and Bob stored its clear form.
        auto request = findEvent(m_bob.session->reader(), alice->flowId());
        QVERIFY(request && *request);
        QVERIFY2((*request)->decrypted, "the verification request was not encrypted in an encrypted room");

        alice->confirm();
        bob->confirm();
        QVERIFY2(waitState(alice, VerificationSession::Done), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::Done), qPrintable(describe(bob)));
        auto aliceTrust = trusts(*m_alice.session, m_bob.user.userId, m_bob.session->deviceId());
        auto bobTrust = trusts(*m_bob.session, m_alice.user.userId, m_alice.session->deviceId());
        QVERIFY(aliceTrust && *aliceTrust);
        QVERIFY(bobTrust && *bobTrust);
    }

    void inRoomMismatch()
    {
        auto [alice, bob] = startFlow();
        QVERIFY2(bob, "Bob never saw Alice's request");
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::ShowingSas), qPrintable(describe(bob)));
        bob->mismatch();
        QVERIFY2(waitState(alice, VerificationSession::Cancelled), qPrintable(describe(alice)));
        QCOMPARE(alice->cancelCode(), QStringLiteral("m.mismatched_sas"));
        QVERIFY(!alice->cancelledByUs());
        QCOMPARE(bob->cancelCode(), QStringLiteral("m.mismatched_sas"));
    }

    void declinedRequest()
    {
        VerificationSession *bobSide = nullptr;
        auto c = connect(m_bobService, &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { bobSide = s; });
        VerificationSession *alice = m_aliceService->requestUserVerification(m_room, m_bob.user.userId);
        QVERIFY(QTest::qWaitFor([&] { return bobSide != nullptr; }, kWaitMs));
        disconnect(c);
        bobSide->cancel();
        QVERIFY2(waitState(alice, VerificationSession::Cancelled), qPrintable(describe(alice)));
        QCOMPARE(alice->cancelCode(), QStringLiteral("m.user"));
    }

    // Alice and Bob ask each other's device at the same time (to-device): one verification results (the
    // spec), neither user is asked to accept the other's request, and both compare the same emoji.
    void crossingRequests()
    {
        int prompts = 0;
        auto ca = connect(m_aliceService, &VerificationService::incomingRequest, this,
                          [&](VerificationSession *) { ++prompts; });
        auto cb = connect(m_bobService, &VerificationService::incomingRequest, this,
                          [&](VerificationSession *) { ++prompts; });
        VerificationSession *alice =
            m_aliceService->requestDeviceVerification(m_bob.user.userId, m_bob.session->deviceId());
        VerificationSession *bob =
            m_bobService->requestDeviceVerification(m_alice.user.userId, m_alice.session->deviceId());
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::ShowingSas), qPrintable(describe(bob)));
        // One flow: the request of the smaller user ID won.
        QCOMPARE(bob->flowId(), alice->flowId());
        QCOMPARE(alice->emoji(), bob->emoji());
        alice->confirm();
        bob->confirm();
        QVERIFY2(waitState(alice, VerificationSession::Done), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::Done), qPrintable(describe(bob)));
        disconnect(ca);
        disconnect(cb);
        QCOMPARE(prompts, 0);
    }

    // lattice-cli verify, as a new device of Bob's account: answering Alice's request (--accept) with
    // "they match" (--yes) or "n" on stdin, and asking Alice itself (verify USER DEVICE --yes).
    void cliVerify_data()
    {
        QTest::addColumn<bool>("cliAsks");
        QTest::addColumn<bool>("match");
        QTest::newRow("verify --accept --yes") << false << true;
        QTest::newRow("verify --accept, answered n") << false << false;
        QTest::newRow("verify USER DEVICE --yes") << true << true;
    }
    void cliVerify()
    {
        QFETCH(bool, cliAsks);
        QFETCH(bool, match);
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path()};
        const CliResult login = runCli(
            base + QStringList{QStringLiteral("login"), QStringLiteral("--homeserver"),
                               homeserverUrl().toString(), QStringLiteral("--user"), m_bob.user.localpart},
            m_bob.user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliResult whoami = runCli(base + QStringList{QStringLiteral("whoami")});
        QVERIFY2(whoami.exitCode == 0, whoami.err.constData());
        const QString cliDevice = QString::fromUtf8(whoami.out).trimmed().section(u' ', 1);
        QVERIFY(!cliDevice.isEmpty());

        QStringList args =
            base + QStringList{QStringLiteral("verify"), QStringLiteral("--timeout"), QStringLiteral("120")};
        if (cliAsks)
            args << m_alice.user.userId << m_alice.session->deviceId();
        else
            args << QStringLiteral("--accept");
        if (match)
            args << QStringLiteral("--yes");
        VerificationSession *incoming = nullptr;
        auto c = connect(m_aliceService, &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { incoming = s; });
        QProcess cli;
        cli.start(QStringLiteral(LATTICE_CLI), args);
        QVERIFY(cli.waitForStarted());
        if (!match)
            cli.write("n\n");
        QByteArray out;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { out += cli.readAllStandardOutput(); });

        VerificationSession *alice = nullptr;
        if (cliAsks) {
            QVERIFY2(QTest::qWaitFor([&] { return incoming != nullptr; }, kWaitMs), out.constData());
            alice = incoming;
            QCOMPARE(alice->otherDeviceId(), cliDevice);
            alice->accept();
        } else {
            QVERIFY2(
                QTest::qWaitFor([&] { return out.contains("Waiting for a verification request"); }, kWaitMs),
                out.constData());
            alice = m_aliceService->requestDeviceVerification(m_bob.user.userId, cliDevice);
        }
        disconnect(c);
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        if (match)
            alice->confirm();
        QVERIFY2(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, kWaitMs),
                 out.constData());
        out += cli.readAllStandardOutput();
        const QString printed = QString::fromUtf8(out);
        for (const QVariant &e : alice->emoji())
            QVERIFY2(printed.contains(e.toMap().value(QStringLiteral("name")).toString()),
                     qPrintable(printed));
        QStringList numbers;
        for (const QVariant &d : alice->decimals())
            numbers << QString::number(d.toInt());
        QVERIFY2(printed.contains(QStringLiteral("Numbers: ") + numbers.join(u' ')), qPrintable(printed));
        if (match) {
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QVERIFY2(printed.contains(QStringLiteral("Verified ")), qPrintable(printed));
            QVERIFY2(waitState(alice, VerificationSession::Done), qPrintable(describe(alice)));
            auto trusted = trusts(*m_alice.session, m_bob.user.userId, cliDevice);
            QVERIFY(trusted && *trusted);
        } else {
            QCOMPARE(cli.exitCode(), 7);
            QVERIFY2(waitState(alice, VerificationSession::Cancelled), qPrintable(describe(alice)));
            QCOMPARE(alice->cancelCode(), QStringLiteral("m.mismatched_sas"));
        }
    }
};

QTEST_MAIN(TestIntegrationVerification)
#include "tst_integration_verification.moc"
