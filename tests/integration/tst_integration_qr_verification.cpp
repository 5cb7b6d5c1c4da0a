// QR code verification between Lattice sessions over the real test Synapse (spec "QR codes"): two
// devices of one user over to-device messages (the device that trusts the master key shows mode 0x01,
// the new one scans it), and two users in their encrypted direct chat (mode 0x00, either side showing).
// The shower's user confirms the scan; afterwards both sides trust what the code proved, cross-signed.
#include "async_wait.h"
#include "client/cross_signing_service.h"
#include "client/verification_service.h"
#include "logged_in_account.h"
#include "verification_waits.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 60000;

bool settle(Session &session)
{
    bool idle = false;
    session.e2ee()->whenIdle([&] { idle = true; });
    return QTest::qWaitFor([&] { return idle; }, kWaitMs);
}

Result<bool> deviceVerified(Session &session, const QString &user, const QString &device)
{
    return await<bool>([&](auto done) {
        session.e2ee()->runner().run<bool>(
            [user, device](crypto::OlmMachine &m, Database &) { return m.isDeviceVerified(user, device); },
            done);
    });
}

Result<crypto::UserIdentity> identity(Session &session, const QString &user)
{
    return await<crypto::UserIdentity>([&](auto done) {
        session.e2ee()->runner().run<crypto::UserIdentity>(
            [user](crypto::OlmMachine &m, Database &) { return m.userIdentity(user); }, done);
    });
}

Status bootstrap(Account &account)
{
    const QString password = account.user.password;
    return awaitStatus([&](auto done) {
        account.session->trust()->crossSigning().bootstrap(
            [password](std::function<void(std::optional<QString>)> answer) { answer(password); }, done);
    });
}

// Refreshes `user`'s keys on `session` until their master key is known.
bool knowsIdentity(Session &session, const QString &user)
{
    return QTest::qWaitFor(
        [&] {
            auto id = identity(session, user);
            if (id && !id->masterKey.isEmpty())
                return true;
            bool flushed = false;
            session.e2ee()->runner().run<Unit>(
                [user](crypto::OlmMachine &m, Database &) { return m.updateTrackedUsers({user}); },
                [&](Status) { session.e2ee()->requests().flush([&](Status) { flushed = true; }); });
            (void)QTest::qWaitFor([&] { return flushed; }, 10000);
            return false;
        },
        kWaitMs);
}

VerificationService &service(Account &a)
{
    return a.session->trust()->verification();
}

// `requester` asks (to-device for a device, in the room for a user); the other side accepts. Both prefer
// the QR code, as the app does.
std::pair<VerificationSession *, VerificationSession *> startFlow(QObject *context, Account &requester,
                                                                  Account &responder, const QString &roomId)
{
    VerificationSession *incoming = nullptr;
    auto c = QObject::connect(&service(responder), &VerificationService::incomingRequest, context,
                              [&](VerificationSession *s) { incoming = s; });
    VerificationSession *outgoing =
        !roomId.isEmpty() ? service(requester).requestUserVerification(roomId, responder.user.userId)
        : requester.user.userId == responder.user.userId
            ? service(requester).requestOwnVerification() // to all our devices
            : service(requester).requestDeviceVerification(responder.user.userId,
                                                           responder.session->deviceId());
    outgoing->setPreferQrCode(true);
    const bool arrived = QTest::qWaitFor([&] { return incoming != nullptr; }, kWaitMs);
    QObject::disconnect(c);
    if (!arrived)
        return {outgoing, nullptr};
    incoming->setPreferQrCode(true);
    incoming->accept();
    return {outgoing, incoming};
}

bool waitReady(VerificationSession *s)
{
    return waitState(s, VerificationSession::Ready) &&
           QTest::qWaitFor([&] { return !s->qrCode().isEmpty() || s->canScanQrCode(); }, kWaitMs);
}

} // namespace

class TestIntegrationQrVerification : public QObject
{
    Q_OBJECT

    // Scans `shower`'s code on `scanner`, then the shower's user confirms; both end Done.
    void scanAndConfirm(VerificationSession *shower, VerificationSession *scanner)
    {
        QVERIFY2(QTest::qWaitFor([&] { return !shower->qrCode().isEmpty(); }, kWaitMs),
                 qPrintable(describe(shower)));
        QVERIFY2(QTest::qWaitFor([&] { return scanner->canScanQrCode(); }, kWaitMs),
                 qPrintable(describe(scanner)));
        QVERIFY(scanner->canStartSas()); // "Compare emoji instead" stays possible
        // Bytes that are not a verification code change nothing: the user may scan again.
        QVERIFY(!scanner->scanQrCode(QByteArrayLiteral("https://example.org")));
        QCOMPARE(scanner->state(), VerificationSession::Ready);
        QVERIFY(scanner->scanQrCode(shower->qrCode()));
        QCOMPARE(scanner->method(), QStringLiteral("m.reciprocate.v1"));
        QCOMPARE(scanner->state(), VerificationSession::WaitingForOther);
        QVERIFY2(waitState(shower, VerificationSession::QrScanned), qPrintable(describe(shower)));
        QVERIFY(shower->qrCode().isEmpty()); // the secret is used: the code goes away
        shower->confirmQrScanned();
        QVERIFY2(waitState(shower, VerificationSession::Done), qPrintable(describe(shower)));
        QVERIFY2(waitState(scanner, VerificationSession::Done), qPrintable(describe(scanner)));
    }

private Q_SLOTS:
    void ownDevices()
    {
        // The first device has cross-signing (it trusts the master key); the second is a new login.
        Account first = loggedIn(QStringLiteral("qrself"));
        QVERIFY(settle(*first.session));
        Status made = bootstrap(first);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        // Two more logins: the second answers the request, the third only sees it.
        Account second;
        Account third;
        for (Account *a : {&second, &third}) {
            a->user = first.user;
            a->session = std::make_unique<Session>(a->dir->path(), kTestKeyringService);
            Status s = awaitStatus([&](auto done) {
                a->session->login(homeserverUrl().toString(), a->user.localpart, a->user.password, done);
            });
            QVERIFY2(s, qPrintable(s ? QString() : s.error().describe()));
            QVERIFY(settle(*a->session));
            a->session->syncLoop().start(1000);
        }
        first.session->syncLoop().start(1000);
        QVERIFY(knowsIdentity(*second.session, first.user.userId));
        // The first device must know both new devices to tell the third one the request was answered.
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto devices = await<QList<crypto::DeviceRecord>>([&](auto done) {
                    first.session->e2ee()->runner().run<QList<crypto::DeviceRecord>>(
                        [u = first.user.userId](crypto::OlmMachine &m, Database &) { return m.devices(u); },
                        done);
                });
                if (devices && devices->size() >= 3)
                    return true;
                bool flushed = false;
                first.session->e2ee()->runner().run<Unit>(
                    [u = first.user.userId](crypto::OlmMachine &m, Database &) {
                        return m.updateTrackedUsers({u});
                    },
                    [&](Status) {
                        first.session->e2ee()->requests().flush([&](Status) { flushed = true; });
                    });
                (void)QTest::qWaitFor([&] { return flushed; }, 10000);
                return false;
            },
            kWaitMs));
        VerificationSession *onThird = nullptr;
        connect(&service(third), &VerificationService::incomingRequest, this,
                [&](VerificationSession *s) { onThird = s; });

        auto [fromFirst, onSecond] = startFlow(this, first, second, QString());
        QVERIFY2(onSecond, "the second device never saw the request");
        // The third device got the same request, then a cancel with m.accepted once the second answered.
        QVERIFY2(QTest::qWaitFor([&] { return onThird != nullptr; }, kWaitMs),
                 "the third device never saw it");
        QVERIFY2(QTest::qWaitFor([&] { return onThird->state() == VerificationSession::Cancelled; }, kWaitMs),
                 qPrintable(describe(onThird)));
        QCOMPARE(onThird->cancelCode(), QStringLiteral("m.accepted"));
        QVERIFY2(waitReady(fromFirst), qPrintable(describe(fromFirst)));
        QVERIFY2(waitReady(onSecond), qPrintable(describe(onSecond)));
        // The new device cannot vouch for the master key yet, but it may still show mode 0x02.
        QCOMPARE(quint8(fromFirst->qrCode().at(7)), quint8(0x01));
        // The new device scans the trusted one's code.
        scanAndConfirm(fromFirst, onSecond);

        // The first device verified and cross-signed the second; the second now trusts the master key
        // and, through it, the first device.
        auto secondTrusted = deviceVerified(*first.session, first.user.userId, second.session->deviceId());
        QVERIFY(secondTrusted && *secondTrusted);
        auto own = identity(*second.session, first.user.userId);
        QVERIFY(own);
        QVERIFY2(own->verified, "the new device does not trust the master key after scanning");
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto t = deviceVerified(*second.session, first.user.userId, first.session->deviceId());
                return t && *t;
            },
            kWaitMs));
        for (Account *a : {&first, &second, &third})
            a->session->syncLoop().stop();
    }

    void twoUsersInRoom_data()
    {
        QTest::addColumn<bool>("requesterShows");
        QTest::newRow("the responder shows, the requester scans") << false;
        QTest::newRow("the requester shows, the responder scans") << true;
    }
    void twoUsersInRoom()
    {
        QFETCH(bool, requesterShows);
        Account alice = loggedIn(QStringLiteral("qralice"));
        Account bob = loggedIn(QStringLiteral("qrbob"));
        QVERIFY(settle(*alice.session) && settle(*bob.session));
        for (Account *a : {&alice, &bob}) {
            Status made = bootstrap(*a);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        }
        CreateRoomOptions options;
        options.direct = true;
        options.encrypted = true;
        options.invite = {bob.user.userId};
        auto room = await<QString>([&](auto done) { alice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        auto joined = await<QString>([&](auto done) { bob.session->joinRoom(*room, done); });
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().describe()));
        alice.session->syncLoop().start(1000);
        bob.session->syncLoop().start(1000);
        QVERIFY(knowsIdentity(*alice.session, bob.user.userId));
        QVERIFY(knowsIdentity(*bob.session, alice.user.userId));

        auto [aliceSide, bobSide] = startFlow(this, alice, bob, *room);
        QVERIFY2(bobSide, "Bob never saw Alice's request");
        QVERIFY2(waitReady(aliceSide), qPrintable(describe(aliceSide)));
        QVERIFY2(waitReady(bobSide), qPrintable(describe(bobSide)));
        QCOMPARE(quint8(bobSide->qrCode().at(7)), quint8(0x00));
        if (requesterShows)
            scanAndConfirm(aliceSide, bobSide);
        else
            scanAndConfirm(bobSide, aliceSide);

        // Each signed the other's master key with their user-signing key: identities and devices trusted.
        auto bobId = identity(*alice.session, bob.user.userId);
        QVERIFY(bobId && bobId->verified);
        auto aliceId = identity(*bob.session, alice.user.userId);
        QVERIFY(aliceId && aliceId->verified);
        auto bobDevice = deviceVerified(*alice.session, bob.user.userId, bob.session->deviceId());
        QVERIFY(bobDevice && *bobDevice);
        auto aliceDevice = deviceVerified(*bob.session, alice.user.userId, alice.session->deviceId());
        QVERIFY(aliceDevice && *aliceDevice);
        alice.session->syncLoop().stop();
        bob.session->syncLoop().stop();
    }

    // lattice-cli as a new device of Alice's: `verify --accept --scan-bytes - --yes` reads the code Alice's
    // trusted device shows (mode 0x01) once the flow is ready, and both end verified.
    void cliScansTheCode()
    {
        Account alice = loggedIn(QStringLiteral("qrcli"));
        QVERIFY(settle(*alice.session));
        Status made = bootstrap(alice);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        alice.session->syncLoop().start(1000);
        QTemporaryDir dir;
        const QStringList base{QStringLiteral("--data-dir"), dir.path()};
        const CliResult login = runCli(
            base + QStringList{QStringLiteral("login"), QStringLiteral("--homeserver"),
                               homeserverUrl().toString(), QStringLiteral("--user"), alice.user.localpart},
            alice.user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliResult whoami = runCli(base + QStringList{QStringLiteral("whoami")});
        const QString cliDevice = QString::fromUtf8(whoami.out).trimmed().section(u' ', 1);
        QVERIFY(!cliDevice.isEmpty());

        QProcess cli;
        QByteArray out;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] { out += cli.readAllStandardOutput(); });
        cli.start(QStringLiteral(LATTICE_CLI),
                  base + QStringList{QStringLiteral("verify"), QStringLiteral("--accept"),
                                     QStringLiteral("--scan-bytes"), QStringLiteral("-"),
                                     QStringLiteral("--yes"), QStringLiteral("--timeout"),
                                     QStringLiteral("120")});
        QVERIFY(cli.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return out.contains("Waiting for a verification request"); }, kWaitMs),
                 out.constData());
        VerificationSession *s = service(alice).requestDeviceVerification(alice.user.userId, cliDevice);
        s->setPreferQrCode(true);
        QVERIFY2(QTest::qWaitFor([&] { return !s->qrCode().isEmpty(); }, kWaitMs),
                 qPrintable(describe(s) + QString::fromUtf8(out + cli.readAllStandardError())));
        QCOMPARE(quint8(s->qrCode().at(7)), quint8(0x01));
        QVERIFY2(QTest::qWaitFor([&] { return out.contains("Ready to scan"); }, kWaitMs), out.constData());
        cli.write(s->qrCode());
        cli.closeWriteChannel();
        QVERIFY2(waitState(s, VerificationSession::QrScanned),
                 qPrintable(describe(s) + QString::fromUtf8(out)));
        s->confirmQrScanned();
        QVERIFY2(waitState(s, VerificationSession::Done), qPrintable(describe(s)));
        QVERIFY2(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, kWaitMs),
                 out.constData());
        out += cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(out.contains("Verified " + alice.user.userId.toUtf8()), out.constData());
        auto trusted = deviceVerified(*alice.session, alice.user.userId, cliDevice);
        QVERIFY(trusted && *trusted);
        alice.session->syncLoop().stop();
    }

    void deniedScanCancelsBoth()
    {
        Account alice = loggedIn(QStringLiteral("qrdenya"));
        Account bob = loggedIn(QStringLiteral("qrdenyb"));
        QVERIFY(settle(*alice.session) && settle(*bob.session));
        for (Account *a : {&alice, &bob}) {
            Status made = bootstrap(*a);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        }
        alice.session->syncLoop().start(1000);
        bob.session->syncLoop().start(1000);
        QVERIFY(knowsIdentity(*alice.session, bob.user.userId));
        QVERIFY(knowsIdentity(*bob.session, alice.user.userId));
        auto [aliceSide, bobSide] = startFlow(this, alice, bob, QString());
        QVERIFY2(bobSide, "Bob never saw Alice's request");
        QVERIFY2(waitReady(aliceSide), qPrintable(describe(aliceSide)));
        QVERIFY2(QTest::qWaitFor([&] { return bobSide->canScanQrCode(); }, kWaitMs),
                 qPrintable(describe(bobSide)));
        QVERIFY(bobSide->scanQrCode(aliceSide->qrCode()));
        QVERIFY2(waitState(aliceSide, VerificationSession::QrScanned), qPrintable(describe(aliceSide)));
        aliceSide->denyQrScanned(); // Alice did not see Bob's screen report success
        QCOMPARE(aliceSide->state(), VerificationSession::Cancelled);
        QVERIFY2(waitState(bobSide, VerificationSession::Cancelled), qPrintable(describe(bobSide)));
        QCOMPARE(bobSide->cancelCode(), QStringLiteral("m.user"));
        auto bobId = identity(*alice.session, bob.user.userId);
        QVERIFY(bobId && !bobId->verified);
        alice.session->syncLoop().stop();
        bob.session->syncLoop().stop();
    }
};

QTEST_MAIN(TestIntegrationQrVerification)
#include "tst_integration_qr_verification.moc"
