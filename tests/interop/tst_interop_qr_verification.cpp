// QR code verification between Lattice (VerificationService over a real Session) and matrix-js-sdk's Rust
// crypto (tests/interop/js/peer.mjs) through the real test Synapse, in both directions: Lattice shows its
// code and the peer scans it (Lattice's user confirms the scan), and the peer shows and Lattice scans
// (the peer confirms). Both users have cross-signing (mode 0x00); afterwards each side trusts the other's
// identity and device.
#include "async_wait.h"
#include "client/cross_signing_service.h"
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

#define CHECK_CALL(var, expr)                                                                                \
    auto var = (expr);                                                                                       \
    QVERIFY2(var, qPrintable(var ? QString() : var.error().describe()))

} // namespace

class TestInteropQrVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Account m_lattice;
    std::unique_ptr<PeerProcess> m_peer;
    TestUser m_peerUser;
    VerificationService *m_service = nullptr;
    int m_peers = 0;

    bool settle()
    {
        bool idle = false;
        m_lattice.session->e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    template <typename T> Result<T> onMachine(std::function<Result<T>(crypto::OlmMachine &)> f)
    {
        return await<T>([&](auto done) {
            m_lattice.session->e2ee()->runner().run<T>(
                [f](crypto::OlmMachine &m, Database &) { return f(m); }, done);
        });
    }

    // Lattice has fetched the peer user's master key (refreshing its keys while waiting).
    bool latticeKnowsPeerIdentity()
    {
        const QString user = m_peerUser.userId;
        return QTest::qWaitFor(
            [&] {
                auto id = onMachine<crypto::UserIdentity>([user](auto &m) { return m.userIdentity(user); });
                if (id && !id->masterKey.isEmpty())
                    return true;
                bool flushed = false;
                m_lattice.session->e2ee()->runner().run<Unit>(
                    [user](crypto::OlmMachine &m, Database &) { return m.updateTrackedUsers({user}); },
                    [&](Status) {
                        m_lattice.session->e2ee()->requests().flush([&](Status) { flushed = true; });
                    });
                (void)QTest::qWaitFor([&] { return flushed; }, 10000);
                return false;
            },
            kWaitMs);
    }

    // A new peer user with cross-signing, in an encrypted room with Lattice (so each tracks the other).
    void newPeer()
    {
        m_peer.reset();
        m_peerUser = registerUser(QStringLiteral("jsqr"));
        auto peer =
            PeerProcess::js(m_dir.filePath(QStringLiteral("js-%1").arg(++m_peers)), QStringLiteral("js"));
        QVERIFY2(peer, qPrintable(peer ? QString() : peer.error().describe()));
        m_peer = std::move(*peer);
        CHECK_CALL(login, m_peer->call(QStringLiteral("login"),
                                       {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                        {QStringLiteral("user"), m_peerUser.localpart},
                                        {QStringLiteral("password"), m_peerUser.password}},
                                       90000));
        CHECK_CALL(boot, m_peer->call(QStringLiteral("bootstrap_cross_signing"), {}, 90000));
        CreateRoomOptions options;
        options.encrypted = true;
        options.invite = {m_peerUser.userId};
        auto room = await<QString>([&](auto done) { m_lattice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        CHECK_CALL(joined, m_peer->call(QStringLiteral("join"), {{QStringLiteral("room"), *room}}));
        QVERIFY2(latticeKnowsPeerIdentity(), "Lattice never learnt the peer's cross-signing identity");
        // The peer fetches Lattice's devices and identity.
        CHECK_CALL(devices, m_peer->call(QStringLiteral("devices"),
                                         {{QStringLiteral("user"), m_lattice.user.userId}}));
    }

    // Afterwards: Lattice trusts the peer's identity and device, the peer trusts Lattice's.
    void checkMutualTrust()
    {
        const QString user = m_peerUser.userId;
        const QString device = m_peer->deviceId();
        auto id = onMachine<crypto::UserIdentity>([user](auto &m) { return m.userIdentity(user); });
        QVERIFY(id);
        QVERIFY2(id->verified, "Lattice does not trust the peer's master key");
        auto dev = onMachine<bool>([user, device](auto &m) { return m.isDeviceVerified(user, device); });
        QVERIFY(dev && *dev);
        CHECK_CALL(theirs, pumpCall(*m_peer, QStringLiteral("user_verified"),
                                    {{QStringLiteral("user"), m_lattice.user.userId}}));
        QVERIFY2(theirs->value(QStringLiteral("cross_signing_verified")).toBool(),
                 "the peer does not trust Lattice's identity");
        CHECK_CALL(devices, m_peer->call(QStringLiteral("devices"),
                                         {{QStringLiteral("user"), m_lattice.user.userId}}));
        bool found = false;
        for (const QJsonValue &d : devices->value(QStringLiteral("devices")).toArray())
            if (d[QStringLiteral("device_id")].toString() == m_lattice.session->deviceId())
                found = d[QStringLiteral("verified")].toBool();
        QVERIFY2(found, "the peer does not report Lattice's device verified");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lattice = loggedIn(QStringLiteral("latqr"));
        QVERIFY(m_lattice.session->e2ee() && m_lattice.session->trust());
        QVERIFY(settle());
        const QString password = m_lattice.user.password;
        Status made = awaitStatus([&](auto done) {
            m_lattice.session->trust()->crossSigning().bootstrap(
                [password](std::function<void(std::optional<QString>)> answer) { answer(password); }, done);
        });
        QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        m_service = &m_lattice.session->trust()->verification();
        m_lattice.session->syncLoop().start(1000);
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

    void latticeShowsPeerScans()
    {
        newPeer();
        if (QTest::currentTestFailed())
            return;
        VerificationSession *s = m_service->requestDeviceVerification(m_peerUser.userId, m_peer->deviceId());
        s->setPreferQrCode(true);
        CHECK_CALL(accepted, pumpCall(*m_peer, QStringLiteral("verify_accept")));
        QVERIFY2(QTest::qWaitFor([&] { return !s->qrCode().isEmpty(); }, kWaitMs), qPrintable(describe(s)));
        QCOMPARE(s->state(), VerificationSession::Ready);
        QCOMPARE(quint8(s->qrCode().at(7)), quint8(0x00)); // verifying another user
        CHECK_CALL(scan, m_peer->call(QStringLiteral("verify_qr_scan"),
                                      {{QStringLiteral("qr"), QString::fromLatin1(s->qrCode().toBase64())}}));
        QVERIFY2(waitState(s, VerificationSession::QrScanned), qPrintable(describe(s)));
        QCOMPARE(s->method(), QStringLiteral("m.reciprocate.v1"));
        s->confirmQrScanned();
        CHECK_CALL(done, pumpCall(*m_peer, QStringLiteral("verify_done")));
        QVERIFY2(waitState(s, VerificationSession::Done), qPrintable(describe(s)));
        checkMutualTrust();
    }

    void peerShowsLatticeScans()
    {
        newPeer();
        if (QTest::currentTestFailed())
            return;
        VerificationSession *incoming = nullptr;
        auto c = connect(m_service, &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { incoming = s; });
        CHECK_CALL(requested, m_peer->call(QStringLiteral("verify_request"),
                                           {{QStringLiteral("user"), m_lattice.user.userId},
                                            {QStringLiteral("device_id"), m_lattice.session->deviceId()}}));
        QVERIFY2(QTest::qWaitFor([&] { return incoming != nullptr; }, kWaitMs), "no request reached Lattice");
        disconnect(c);
        incoming->setPreferQrCode(true);
        incoming->accept();
        QVERIFY2(QTest::qWaitFor([&] { return incoming->canScanQrCode(); }, kWaitMs),
                 qPrintable(describe(incoming)));
        CHECK_CALL(code, pumpCall(*m_peer, QStringLiteral("verify_qr_show")));
        const QByteArray bytes =
            QByteArray::fromBase64(code->value(QStringLiteral("qr")).toString().toLatin1());
        QVERIFY(bytes.startsWith("MATRIX"));
        QVERIFY(incoming->scanQrCode(bytes));
        QCOMPARE(incoming->state(), VerificationSession::WaitingForOther);
        CHECK_CALL(confirmed, pumpCall(*m_peer, QStringLiteral("verify_qr_confirm")));
        CHECK_CALL(done, pumpCall(*m_peer, QStringLiteral("verify_done")));
        QVERIFY2(waitState(incoming, VerificationSession::Done), qPrintable(describe(incoming)));
        checkMutualTrust();
    }
};

QTEST_MAIN(TestInteropQrVerification)
#include "tst_interop_qr_verification.moc"
