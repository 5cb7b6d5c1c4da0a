// Secrets between Lattice and matrix-js-sdk's Rust crypto (tests/interop/js/peer.mjs) as two devices of
// one user, after SAS verification over the real test Synapse (spec end_to_end_encryption.md "Sharing"):
// - Lattice holds the keys (secure backup set up): the js device, new, verifies Lattice, asks for them
//   with m.secret.request, gets the cross-signing keys and the backup key, and restores Lattice's backup.
// - The js device holds the keys (cross-signing, secret storage, backup): Lattice, new, verifies it, asks
//   for them, imports them after its checks, signs itself, and reads the peer's old messages.
#include "async_wait.h"
#include "client/session.h"
#include "e2ee_settle.h"
#include "logged_in_account.h"
#include "peer_process.h"
#include "sent_text.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"
#include "verification_waits.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 90000;

QString describe(const Result<QJsonObject> &r)
{
    return r ? QString() : r.error().describe();
}

} // namespace

class TestInteropSecretGossip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<PeerProcess> m_peer;

    std::unique_ptr<PeerProcess> jsDevice(const TestUser &user, const QString &name)
    {
        auto peer = PeerProcess::js(m_dir.filePath(name), name);
        if (!peer)
            qFatal("no js peer: %s", qPrintable(peer.error().describe()));
        auto login = (*peer)->call(QStringLiteral("login"),
                                   {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                    {QStringLiteral("user"), user.localpart},
                                    {QStringLiteral("password"), user.password}},
                                   kWaitMs);
        if (!login)
            qFatal("js login failed: %s", qPrintable(login.error().describe()));
        return std::move(*peer);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_peer)
            m_peer->printLog();
        m_peer.reset();
    }

    void jsDeviceGetsSecretsFromLattice()
    {
        QVERIFY(m_dir.isValid());
        Account lattice = loggedIn(QStringLiteral("gossipjs"));
        Session &a = *lattice.session;
        QVERIFY(a.trust() && settle(a));
        CreateRoomOptions options;
        options.encrypted = true;
        options.name = QStringLiteral("Notes");
        auto room = await<QString>([&](auto done) { a.createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        a.syncLoop().start(1000);
        const QString password = lattice.user.password;
        auto recovery = await<QString>([&](auto done) {
            a.trust()->secureBackup().setup(
                std::nullopt,
                [password](std::function<void(std::optional<QString>)> answer) { answer(password); }, done);
        });
        QVERIFY2(recovery, qPrintable(recovery ? QString() : recovery.error().describe()));
        const QString body = QStringLiteral("written by Lattice before the js device existed");
        bool sent = false;
        QObject guard;
        connect(&a.sendQueue(), &SendQueue::sent, &guard, [&] { sent = true; });
        a.sendText(*room, body, [](Result<QueuedEvent>) {});
        QVERIFY(QTest::qWaitFor([&] { return sent; }, kWaitMs));
        QVERIFY(settle(a));
        QVERIFY(awaitStatus([&](auto done) { a.trust()->keyBackup().uploadNow(done); }));

        m_peer = jsDevice(lattice.user, QStringLiteral("js-new"));
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(a, m_peer->deviceId()); }, kWaitMs),
                 "Lattice never saw the js device");
        auto devices =
            m_peer->call(QStringLiteral("devices"), {{QStringLiteral("user"), lattice.user.userId}});
        QVERIFY2(devices, qPrintable(describe(devices)));
        auto before = m_peer->call(QStringLiteral("secrets_status"));
        QVERIFY2(before, qPrintable(describe(before)));
        QVERIFY(!before->value(QStringLiteral("master")).toBool());
        QVERIFY(!before->value(QStringLiteral("backup_key")).toBool());

        QSignalSpy shared(&a.trust()->secretSharing(), &SecretSharing::secretShared);
        VerificationSession *incoming = nullptr;
        auto c = connect(&a.trust()->verification(), &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { incoming = s; });
        auto requested =
            m_peer->call(QStringLiteral("verify_request"), {{QStringLiteral("user"), lattice.user.userId},
                                                            {QStringLiteral("device_id"), a.deviceId()}});
        QVERIFY2(requested, qPrintable(describe(requested)));
        QVERIFY2(QTest::qWaitFor([&] { return incoming != nullptr; }, kWaitMs), "no request reached Lattice");
        disconnect(c);
        incoming->accept();
        auto started = pumpCall(*m_peer, QStringLiteral("verify_start"), {}, kWaitMs);
        QVERIFY2(started, qPrintable(describe(started)));
        QVERIFY(waitState(incoming, VerificationSession::ShowingSas, kWaitMs));
        auto sas = pumpCall(*m_peer, QStringLiteral("verify_sas"), {}, kWaitMs);
        QVERIFY2(sas, qPrintable(describe(sas)));
        incoming->confirm();
        auto confirmed = m_peer->call(QStringLiteral("verify_confirm"));
        QVERIFY2(confirmed, qPrintable(describe(confirmed)));
        auto verifyDone = pumpCall(*m_peer, QStringLiteral("verify_done"), {}, kWaitMs);
        QVERIFY2(verifyDone, qPrintable(describe(verifyDone)));
        QVERIFY(waitState(incoming, VerificationSession::Done, kWaitMs));

        // The Rust crypto asks for the secrets by itself once it trusts our identity; Lattice answers.
        auto held =
            pumpCall(*m_peer, QStringLiteral("wait_secrets"), {{QStringLiteral("backup"), true}}, kWaitMs);
        QVERIFY2(held, qPrintable(describe(held)));
        QVERIFY(held->value(QStringLiteral("self_signing")).toBool());
        QVERIFY(held->value(QStringLiteral("user_signing")).toBool());
        QVERIFY(held->value(QStringLiteral("backup_key")).toBool());
        // The Rust crypto asks for the self-signing and user-signing keys and the backup key, not the master.
        // Lattice counts a secret once the server confirmed the send, which may come after the peer has it.
        QTRY_VERIFY_WITH_TIMEOUT(shared.count() >= 3, kWaitMs);
        auto restored = m_peer->call(QStringLiteral("restore_backup"), {}, kWaitMs);
        QVERIFY2(restored, qPrintable(describe(restored)));
        QVERIFY(restored->value(QStringLiteral("imported")).toInt() >= 1);
        auto message = pumpCall(*m_peer, QStringLiteral("wait_message"),
                                {{QStringLiteral("room"), *room}, {QStringLiteral("body"), body}}, kWaitMs);
        QVERIFY2(message, qPrintable(describe(message)));
        QVERIFY(message->value(QStringLiteral("encrypted")).toBool());
        a.syncLoop().stop();
    }

    void latticeGetsSecretsFromJsDevice()
    {
        const TestUser user = registerUser(QStringLiteral("gossipfromjs"));
        m_peer = jsDevice(user, QStringLiteral("js-old"));
        auto master = m_peer->call(QStringLiteral("bootstrap_cross_signing"), {}, kWaitMs);
        QVERIFY2(master, qPrintable(describe(master)));
        auto room = m_peer->call(
            QStringLiteral("create_room"),
            {{QStringLiteral("encrypted"), true}, {QStringLiteral("name"), QStringLiteral("Diary")}},
            kWaitMs);
        QVERIFY2(room, qPrintable(describe(room)));
        const QString roomId = room->value(QStringLiteral("room_id")).toString();
        // The first message may go out before the peer saw the room's encryption: a warm-up settles that.
        QVERIFY(m_peer->call(
            QStringLiteral("send_text"),
            {{QStringLiteral("room"), roomId}, {QStringLiteral("body"), QStringLiteral("hello")}}, kWaitMs));
        const QString body = QStringLiteral("written by the js device, read by Lattice via gossip");
        auto sent = m_peer->call(QStringLiteral("send_text"),
                                 {{QStringLiteral("room"), roomId}, {QStringLiteral("body"), body}}, kWaitMs);
        QVERIFY2(sent, qPrintable(describe(sent)));
        auto info = m_peer->call(QStringLiteral("room_key_info"),
                                 {{QStringLiteral("room"), roomId},
                                  {QStringLiteral("event_id"), sent->value(QStringLiteral("event_id"))}},
                                 kWaitMs);
        QVERIFY2(info, qPrintable(describe(info)));
        auto backup = m_peer->call(QStringLiteral("create_backup"), {}, kWaitMs);
        QVERIFY2(backup, qPrintable(describe(backup)));
        auto backedUp =
            m_peer->call(QStringLiteral("wait_backed_up"),
                         {{QStringLiteral("room"), roomId},
                          {QStringLiteral("session_id"), info->value(QStringLiteral("session_id"))},
                          {QStringLiteral("timeout_ms"), 60000}},
                         kWaitMs);
        QVERIFY2(backedUp, qPrintable(describe(backedUp)));

        QTemporaryDir dataDir;
        Session b(dataDir.path(), kTestKeyringService);
        Status in = awaitStatus(
            [&](auto done) { b.login(homeserverUrl().toString(), user.localpart, user.password, done); });
        QVERIFY2(in, qPrintable(in ? QString() : in.error().describe()));
        QVERIFY(b.trust() && settle(b));
        b.syncLoop().start(1000);
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(b, m_peer->deviceId()); }, kWaitMs),
                 "Lattice never saw the js device");
        auto devices = m_peer->call(QStringLiteral("devices"), {{QStringLiteral("user"), user.userId}});
        QVERIFY2(devices, qPrintable(describe(devices)));
        QVERIFY(settle(b));
        QVERIFY2(!readableBodies(b, roomId).contains(body), "Lattice read the message before getting keys");

        SecretGossip *gossip = b.trust()->secretGossip();
        QSignalSpy finished(gossip, &SecretGossip::finished);
        VerificationSession *s =
            b.trust()->verification().requestDeviceVerification(user.userId, m_peer->deviceId());
        auto accepted = pumpCall(*m_peer, QStringLiteral("verify_accept"), {}, kWaitMs);
        QVERIFY2(accepted, qPrintable(describe(accepted)));
        auto sas = pumpCall(*m_peer, QStringLiteral("verify_sas"), {}, kWaitMs);
        QVERIFY2(sas, qPrintable(describe(sas)));
        QVERIFY(waitState(s, VerificationSession::ShowingSas, kWaitMs));
        auto confirmed = m_peer->call(QStringLiteral("verify_confirm"));
        QVERIFY2(confirmed, qPrintable(describe(confirmed)));
        s->confirm();
        auto verifyDone = pumpCall(*m_peer, QStringLiteral("verify_done"), {}, kWaitMs);
        QVERIFY2(verifyDone, qPrintable(describe(verifyDone)));
        QVERIFY(waitState(s, VerificationSession::Done, kWaitMs));

        QVERIFY2(QTest::qWaitFor([&] { return finished.count() == 1; }, kWaitMs), "the secrets never came");
        const auto outcome = finished.first().at(0).value<SecretGossipOutcome>();
        QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
        QVERIFY(outcome.crossSigning);
        QVERIFY(outcome.deviceSigned);
        QVERIFY(outcome.backup);
        QVERIFY(outcome.keys.imported >= 1);
        auto identity = await<crypto::UserIdentity>(
            [&](auto done) { b.trust()->crossSigning().identity(user.userId, done); });
        QVERIFY(identity && identity->verified);
        QCOMPARE(identity->masterKey, master->value(QStringLiteral("master_key")).toString());
        QVERIFY(settle(b));
        QVERIFY2(QTest::qWaitFor([&] { return readableBodies(b, roomId).contains(body); }, kWaitMs),
                 "Lattice cannot read the js device's message after getting its backup key");
        b.syncLoop().stop();
    }
};

QTEST_GUILESS_MAIN(TestInteropSecretGossip)
#include "tst_interop_secret_gossip.moc"
