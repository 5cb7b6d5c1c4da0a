// SAS verification between Lattice (VerificationService over a real Session) and matrix-js-sdk's Rust
// crypto (tests/interop/js/peer.mjs), over to-device messages through the real test Synapse: Lattice as
// initiator and as responder, both sides showing the same emoji, both sides trusting the other's device
// afterwards, and a mismatch on either side cancelling both with m.mismatched_sas.
#include "async_wait.h"
#include "client/verification_service.h"
#include "logged_in_account.h"
#include "peer_process.h"
#include "verification_waits.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 60000;

} // namespace

class TestInteropVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Account m_lattice;
    std::unique_ptr<PeerProcess> m_peer;
    TestUser m_peerUser;
    VerificationService *m_service = nullptr; // the Session's one service (TrustServices)
    int m_store = 0;

    bool settle()
    {
        bool idle = false;
        m_lattice.session->e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    Result<bool> latticeTrusts(const QString &user, const QString &device)
    {
        return await<bool>([&](auto done) {
            m_lattice.session->e2ee()->runner().run<bool>(
                [user, device](crypto::OlmMachine &m, Database &) {
                    return m.isDeviceVerified(user, device);
                },
                done);
        });
    }

    bool latticeKnows(const QString &user, const QString &device)
    {
        auto devices = await<QList<crypto::DeviceRecord>>([&](auto done) {
            m_lattice.session->e2ee()->runner().run<QList<crypto::DeviceRecord>>(
                [user](crypto::OlmMachine &m, Database &) { return m.devices(user); }, done);
        });
        if (!devices)
            return false;
        for (const auto &d : *devices)
            if (d.deviceId == device)
                return true;
        return false;
    }

    // The peer's view of whether Lattice's device is verified.
    Result<bool> peerTrustsLattice()
    {
        auto r = m_peer->call(QStringLiteral("devices"), {{QStringLiteral("user"), m_lattice.user.userId}});
        if (!r)
            return r.error();
        for (const QJsonValue &d : r->value(QStringLiteral("devices")).toArray())
            if (d[QStringLiteral("device_id")].toString() == m_lattice.session->deviceId())
                return d[QStringLiteral("verified")].toBool();
        return Error::make(Error::Kind::Usage, QStringLiteral("the peer does not know Lattice's device"));
    }

    // A fresh js peer (a new device each time, so trust from an earlier test does not carry over).
    void newPeer()
    {
        m_peer.reset();
        auto peer =
            PeerProcess::js(m_dir.filePath(QStringLiteral("js-%1").arg(++m_store)), QStringLiteral("js"));
        if (!peer)
            QFAIL(qPrintable(peer.error().describe()));
        m_peer = std::move(*peer);
        auto login = m_peer->call(QStringLiteral("login"),
                                  {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                   {QStringLiteral("user"), m_peerUser.localpart},
                                   {QStringLiteral("password"), m_peerUser.password}},
                                  90000);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().describe()));
        // Each side learns the other's device keys (the peer by /keys/query; Lattice tracks the user
        // through the shared encrypted room).
        QVERIFY2(
            QTest::qWaitFor([&] { return latticeKnows(m_peerUser.userId, m_peer->deviceId()); }, kWaitMs),
            "Lattice never learnt the peer's device");
        auto devices =
            m_peer->call(QStringLiteral("devices"), {{QStringLiteral("user"), m_lattice.user.userId}});
        QVERIFY2(devices, qPrintable(devices ? QString() : devices.error().describe()));
    }

    static QStringList emojiNames(const QVariantList &emoji)
    {
        QStringList out;
        for (const QVariant &e : emoji)
            out << e.toMap().value(QStringLiteral("symbol")).toString() + u' ' +
                       e.toMap().value(QStringLiteral("name")).toString().toLower();
        return out;
    }
    static QStringList emojiNames(const QJsonArray &emoji)
    {
        QStringList out;
        for (const QJsonValue &e : emoji)
            out << e[0].toString() + u' ' + e[1].toString().toLower();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lattice = loggedIn(QStringLiteral("latverify"));
        QVERIFY(m_lattice.session->e2ee());
        QVERIFY(settle());
        m_peerUser = registerUser(QStringLiteral("jsverify"));
        QVERIFY(m_lattice.session->trust());
        m_service = &m_lattice.session->trust()->verification();
        // A shared encrypted room makes each side track the other's devices.
        CreateRoomOptions options;
        options.encrypted = true;
        options.invite = {m_peerUser.userId};
        auto room = await<QString>([&](auto done) { m_lattice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_lattice.session->syncLoop().start(1000);
        newPeer();
        auto joined = m_peer->call(QStringLiteral("join"), {{QStringLiteral("room"), *room}});
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().describe()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_peer)
            m_peer->printLog();
    }

    void cleanupTestCase()
    {
        m_service = nullptr;
        if (m_lattice.session)
            m_lattice.session->syncLoop().stop();
    }

    void latticeInitiates()
    {
        VerificationSession *s = m_service->requestDeviceVerification(m_peerUser.userId, m_peer->deviceId());
        QVERIFY(s->weStarted());
        auto accepted = pumpCall(*m_peer, QStringLiteral("verify_accept"));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().describe()));
        QCOMPARE(accepted->value(QStringLiteral("device_id")).toString(), m_lattice.session->deviceId());
        // Lattice starts SAS by itself once the peer is ready; the peer (responder) shows it first.
        auto sas = pumpCall(*m_peer, QStringLiteral("verify_sas"));
        QVERIFY2(sas, qPrintable(sas ? QString() : sas.error().describe()));
        QVERIFY2(waitState(s, VerificationSession::ShowingSas), qPrintable(describe(s)));
        QCOMPARE(emojiNames(s->emoji()), emojiNames(sas->value(QStringLiteral("emoji")).toArray()));
        QCOMPARE(s->decimals().size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(s->decimals().at(i).toInt(),
                     sas->value(QStringLiteral("decimal")).toArray().at(i).toInt());

        auto confirmed = m_peer->call(QStringLiteral("verify_confirm"));
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().describe()));
        s->confirm();
        auto done = pumpCall(*m_peer, QStringLiteral("verify_done"));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().describe()));
        QVERIFY2(waitState(s, VerificationSession::Done), qPrintable(describe(s)));

        auto trusted = latticeTrusts(m_peerUser.userId, m_peer->deviceId());
        QVERIFY(trusted);
        QVERIFY2(*trusted, "Lattice does not trust the peer's device after verifying it");
        auto peerTrust = peerTrustsLattice();
        QVERIFY2(peerTrust, qPrintable(peerTrust ? QString() : peerTrust.error().describe()));
        QVERIFY2(*peerTrust, "the peer does not report Lattice's device verified");
    }

    void latticeResponds()
    {
        newPeer(); // a new, unverified peer device
        if (QTest::currentTestFailed())
            return;
        VerificationSession *incoming = nullptr;
        auto connection = connect(m_service, &VerificationService::incomingRequest, this,
                                  [&](VerificationSession *s) { incoming = s; });
        auto requested = m_peer->call(QStringLiteral("verify_request"),
                                      {{QStringLiteral("user"), m_lattice.user.userId},
                                       {QStringLiteral("device_id"), m_lattice.session->deviceId()}});
        QVERIFY2(requested, qPrintable(requested ? QString() : requested.error().describe()));
        QVERIFY2(QTest::qWaitFor([&] { return incoming != nullptr; }, kWaitMs),
                 "no incoming request reached Lattice");
        disconnect(connection);
        QVERIFY(!incoming->weStarted());
        QCOMPARE(incoming->otherUserId(), m_peerUser.userId);
        QCOMPARE(incoming->otherDeviceId(), m_peer->deviceId());
        QCOMPARE(incoming->state(), VerificationSession::Requested);
        incoming->accept();
        auto started = pumpCall(*m_peer, QStringLiteral("verify_start"));
        QVERIFY2(started, qPrintable(started ? QString() : started.error().describe()));
        // Lattice (responder) accepts the start and shows the SAS first.
        QVERIFY2(waitState(incoming, VerificationSession::ShowingSas), qPrintable(describe(incoming)));
        auto sas = pumpCall(*m_peer, QStringLiteral("verify_sas"));
        QVERIFY2(sas, qPrintable(sas ? QString() : sas.error().describe()));
        QCOMPARE(emojiNames(incoming->emoji()), emojiNames(sas->value(QStringLiteral("emoji")).toArray()));

        incoming->confirm();
        auto confirmed = m_peer->call(QStringLiteral("verify_confirm"));
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().describe()));
        auto done = pumpCall(*m_peer, QStringLiteral("verify_done"));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().describe()));
        QVERIFY2(waitState(incoming, VerificationSession::Done), qPrintable(describe(incoming)));
        auto trusted = latticeTrusts(m_peerUser.userId, m_peer->deviceId());
        QVERIFY(trusted && *trusted);
        auto peerTrust = peerTrustsLattice();
        QVERIFY2(peerTrust && *peerTrust, "the peer does not report Lattice's device verified");
    }

    void mismatchCancelsBothSides_data()
    {
        QTest::addColumn<bool>("latticeSaysNo");
        QTest::newRow("Lattice says they differ") << true;
        QTest::newRow("the peer says they differ") << false;
    }
    void mismatchCancelsBothSides()
    {
        QFETCH(bool, latticeSaysNo);
        newPeer();
        if (QTest::currentTestFailed())
            return;
        VerificationSession *s = m_service->requestDeviceVerification(m_peerUser.userId, m_peer->deviceId());
        auto accepted = pumpCall(*m_peer, QStringLiteral("verify_accept"));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().describe()));
        auto sas = pumpCall(*m_peer, QStringLiteral("verify_sas"));
        QVERIFY2(sas, qPrintable(sas ? QString() : sas.error().describe()));
        QVERIFY2(waitState(s, VerificationSession::ShowingSas), qPrintable(describe(s)));
        if (latticeSaysNo) {
            s->mismatch();
            QCOMPARE(s->state(), VerificationSession::Cancelled);
            QVERIFY(s->cancelledByUs());
        } else {
            auto no = m_peer->call(QStringLiteral("verify_mismatch"));
            QVERIFY2(no, qPrintable(no ? QString() : no.error().describe()));
            QVERIFY2(waitState(s, VerificationSession::Cancelled), qPrintable(describe(s)));
            QVERIFY(!s->cancelledByUs());
        }
        QCOMPARE(s->cancelCode(), QStringLiteral("m.mismatched_sas"));
        auto done = pumpCall(*m_peer, QStringLiteral("verify_done"));
        QVERIFY2(!done, "the peer completed a verification that was cancelled");
        QVERIFY2(done.error().message.contains(QLatin1String("mismatched_sas")) ||
                     done.error().message.contains(QLatin1String("did not match")),
                 qPrintable(done.error().message));
        auto trusted = latticeTrusts(m_peerUser.userId, m_peer->deviceId());
        QVERIFY(trusted && !*trusted);
        auto peerTrust = peerTrustsLattice();
        QVERIFY(peerTrust && !*peerTrust);
    }
};

QTEST_MAIN(TestInteropVerification)
#include "tst_interop_verification.moc"
