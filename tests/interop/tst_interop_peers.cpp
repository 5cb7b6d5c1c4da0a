// Proves the interop harness before Lattice relies on it: the matrix-nio peer and the matrix-js-sdk
// peer exchange end-to-end encrypted messages through the real test Synapse. Text both ways, an
// encrypted image both ways, a new device of each peer reading new messages, a leave that rotates
// the sender's megolm session so the leaver never gets the new key, set_only_verified, and the js
// peer's key backup with a recovery key.
#include "peer_process.h"
#include "test_homeserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 30000;

// Calls that must succeed: on failure the test stops with the peer's error. CALL_INTO declares
// `out` holding the reply.
#define CALL_INTO(out, peer, command, ...)                                                                   \
    QJsonObject out;                                                                                         \
    do {                                                                                                     \
        auto r_ = (peer).call(QStringLiteral(command), __VA_ARGS__);                                         \
        if (!r_)                                                                                             \
            QFAIL(qPrintable(QStringLiteral(command " failed: ") + r_.error().describe()));                  \
        out = *r_;                                                                                           \
    } while (false)
#define CALL(peer, command, ...)                                                                             \
    do {                                                                                                     \
        auto r_ = (peer).call(QStringLiteral(command), __VA_ARGS__);                                         \
        if (!r_)                                                                                             \
            QFAIL(qPrintable(QStringLiteral(command " failed: ") + r_.error().describe()));                  \
    } while (false)

// `out`: the megolm session ID of `eventId` as the server stores it (asked through `peer`).
#define SESSION_OF(out, peer, eventId)                                                                       \
    CALL_INTO(out##Info, peer, "room_key_info", roomArgs(m_room, {{QStringLiteral("event_id"), eventId}}));  \
    const QString out = out##Info.value(QStringLiteral("session_id")).toString()
// `out`: whether `peer` holds the inbound megolm session `sessionId` of the room.
#define HAS_KEY(out, peer, sessionId)                                                                        \
    CALL_INTO(out##Reply, peer, "has_room_key",                                                              \
              roomArgs(m_room, {{QStringLiteral("session_id"), sessionId}}));                                \
    const bool out = out##Reply.value(QStringLiteral("present")).toBool()

// Starts a peer into `out` (a std::unique_ptr<PeerProcess>) or fails the test saying what is missing.
#define START_PEER(out, kind, name)                                                                          \
    do {                                                                                                     \
        auto p_ = startPeer(kind, name);                                                                     \
        if (!p_)                                                                                             \
            QFAIL(qPrintable(                                                                                \
                QStringLiteral("cannot start the %1 peer: %2").arg(name, p_.error().describe())));           \
        out = std::move(*p_);                                                                                \
    } while (false)

} // namespace

class TestInteropPeers : public QObject
{
    Q_OBJECT

    struct Member
    {
        TestUser user;
        std::unique_ptr<PeerProcess> peer;
    };

    QTemporaryDir m_dir;
    Member m_nio;                       // alice: creates the room
    Member m_js;                        // bob
    Member m_nio2;                      // carol: stays when others leave
    Member m_js2;                       // dave: sends after alice leaves
    std::vector<PeerProcess *> m_extra; // short-lived peers (new devices), for logs on failure
    QString m_room;
    int m_store = 0;

    Result<std::unique_ptr<PeerProcess>> startPeer(PeerProcess::Kind kind, const QString &name)
    {
        return PeerProcess::start(kind, m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_store)),
                                  name);
    }

    static QJsonObject loginArgs(const TestUser &user)
    {
        return {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                {QStringLiteral("user"), user.localpart},
                {QStringLiteral("password"), user.password}};
    }

    static QJsonObject roomArgs(const QString &room, QJsonObject more = {})
    {
        more.insert(QStringLiteral("room"), room);
        return more;
    }

    std::vector<PeerProcess *> allPeers()
    {
        std::vector<PeerProcess *> all = m_extra;
        for (Member *m : {&m_nio, &m_js, &m_nio2, &m_js2})
            if (m->peer)
                all.push_back(m->peer.get());
        return all;
    }

    // Polls `viewer` until it knows `deviceId` of `user`: a room key goes only to devices the sender
    // has seen, so a test sends to a new device only after this.
    bool waitForDevice(PeerProcess &viewer, const QString &user, const QString &deviceId)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < kWaitMs) {
            auto r = viewer.call(QStringLiteral("devices"), {{QStringLiteral("user"), user}});
            if (!r)
                return false;
            for (const auto &d : r->value(QStringLiteral("devices")).toArray())
                if (d.toObject().value(QStringLiteral("device_id")).toString() == deviceId)
                    return true;
            QThread::msleep(250);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::pair<Member *, std::pair<PeerProcess::Kind, QString>> members[] = {
            {&m_nio, {PeerProcess::Kind::Nio, QStringLiteral("alice-nio")}},
            {&m_js, {PeerProcess::Kind::Js, QStringLiteral("bob-js")}},
            {&m_nio2, {PeerProcess::Kind::Nio, QStringLiteral("carol-nio")}},
            {&m_js2, {PeerProcess::Kind::Js, QStringLiteral("dave-js")}},
        };
        for (const auto &[member, spec] : members) {
            member->user = registerUser(spec.second.section(QLatin1Char('-'), 0, 0));
            START_PEER(member->peer, spec.first, spec.second);
        }
        for (const auto &[member, spec] : members)
            CALL(*member->peer, "login", loginArgs(member->user), 90000);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            for (PeerProcess *p : allPeers())
                p->printLog();
    }

    void textBothWays()
    {
        const QJsonArray invite{m_js.user.userId, m_nio2.user.userId, m_js2.user.userId};
        CALL_INTO(created, *m_nio.peer, "create_room",
                  {{QStringLiteral("encrypted"), true},
                   {QStringLiteral("invite"), invite},
                   {QStringLiteral("name"), QStringLiteral("interop")}});
        m_room = created.value(QStringLiteral("room_id")).toString();
        QVERIFY(m_room.startsWith(QLatin1Char('!')));
        for (Member *m : {&m_js, &m_nio2, &m_js2})
            CALL(*m->peer, "join", roomArgs(m_room));

        CALL(*m_nio.peer, "send_text",
             roomArgs(m_room, {{QStringLiteral("body"), QStringLiteral("hello from nio")}}));
        CALL_INTO(atJs, *m_js.peer, "wait_message",
                  roomArgs(m_room, {{QStringLiteral("body"), QStringLiteral("hello from nio")},
                                    {QStringLiteral("sender"), m_nio.user.userId},
                                    {QStringLiteral("timeout_ms"), kWaitMs}}));
        QVERIFY(atJs.value(QStringLiteral("encrypted")).toBool());

        CALL(*m_js.peer, "send_text",
             roomArgs(m_room, {{QStringLiteral("body"), QStringLiteral("hello from js")}}));
        CALL_INTO(atNio, *m_nio.peer, "wait_message",
                  roomArgs(m_room, {{QStringLiteral("body"), QStringLiteral("hello from js")},
                                    {QStringLiteral("sender"), m_js.user.userId},
                                    {QStringLiteral("timeout_ms"), kWaitMs}}));
        QVERIFY(atNio.value(QStringLiteral("encrypted")).toBool());
        QVERIFY(!atNio.value(QStringLiteral("session_id")).toString().isEmpty());
        // Both sides agree with the server on the megolm session of the event.
        SESSION_OF(onServer, *m_nio.peer, atNio.value(QStringLiteral("event_id")).toString());
        QCOMPARE(onServer, atNio.value(QStringLiteral("session_id")).toString());
    }

    void imageBothWays()
    {
        QVERIFY(!m_room.isEmpty());
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QPainter(&image).fillRect(8, 8, 20, 20, Qt::yellow);
        const QString path = m_dir.filePath(QStringLiteral("picture.png"));
        QVERIFY(image.save(path, "PNG"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        for (auto [from, to] : {std::pair{&m_nio, &m_js}, std::pair{&m_js, &m_nio}}) {
            CALL_INTO(sent, *from->peer, "send_image", roomArgs(m_room, {{QStringLiteral("path"), path}}));
            QCOMPARE(sent.value(QStringLiteral("sha256")).toString(), sha);
            CALL_INTO(got, *to->peer, "wait_image",
                      roomArgs(m_room, {{QStringLiteral("sender"), from->user.userId},
                                        {QStringLiteral("timeout_ms"), kWaitMs}}));
            QCOMPARE(got.value(QStringLiteral("event_id")).toString(),
                     sent.value(QStringLiteral("event_id")).toString());
            QVERIFY(got.value(QStringLiteral("encrypted")).toBool());
            QCOMPARE(got.value(QStringLiteral("sha256")).toString(), sha);
            QCOMPARE(got.value(QStringLiteral("size")).toInt(), int(bytes.size()));
        }
    }

    void newDeviceReadsNewMessages_data()
    {
        QTest::addColumn<bool>("jsDevice");
        QTest::newRow("new js device") << true;
        QTest::newRow("new nio device") << false;
    }

    void newDeviceReadsNewMessages()
    {
        QFETCH(bool, jsDevice);
        QVERIFY(!m_room.isEmpty());
        Member &owner = jsDevice ? m_js : m_nio;
        Member &other = jsDevice ? m_nio : m_js;
        const QString tag = jsDevice ? QStringLiteral("js") : QStringLiteral("nio");

        // A second process with a fresh store logging in again is a new device of the same user.
        std::unique_ptr<PeerProcess> device;
        START_PEER(device, owner.peer->kind(), owner.peer->name() + QStringLiteral("-device2"));
        m_extra.push_back(device.get());
        auto forget =
            qScopeGuard([&] { m_extra.erase(std::find(m_extra.begin(), m_extra.end(), device.get())); });
        CALL(*device, "login", loginArgs(owner.user), 90000);
        QVERIFY(device->deviceId() != owner.peer->deviceId());

        QVERIFY2(waitForDevice(*other.peer, owner.user.userId, device->deviceId()),
                 "the other peer never saw the new device");
        QVERIFY2(waitForDevice(*owner.peer, owner.user.userId, device->deviceId()),
                 "the old device never saw the new one");

        const QString fromOther = QStringLiteral("to the new %1 device").arg(tag);
        CALL(*other.peer, "send_text", roomArgs(m_room, {{QStringLiteral("body"), fromOther}}));
        CALL_INTO(
            a, *device, "wait_message",
            roomArgs(m_room, {{QStringLiteral("body"), fromOther}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        QVERIFY(a.value(QStringLiteral("encrypted")).toBool());

        const QString fromSibling = QStringLiteral("from the old %1 device").arg(tag);
        CALL(*owner.peer, "send_text", roomArgs(m_room, {{QStringLiteral("body"), fromSibling}}));
        CALL_INTO(b, *device, "wait_message",
                  roomArgs(m_room,
                           {{QStringLiteral("body"), fromSibling}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        QVERIFY(b.value(QStringLiteral("encrypted")).toBool());
        CALL(*device, "close", QJsonObject{});
    }

    void leaveRotatesSession_data()
    {
        QTest::addColumn<bool>("nioSends");
        QTest::newRow("js member leaves, nio sends") << true;
        QTest::newRow("nio member leaves, js sends") << false;
    }

    void leaveRotatesSession()
    {
        QFETCH(bool, nioSends);
        QVERIFY(!m_room.isEmpty());
        // Round one: bob (js) leaves and alice (nio) sends; round two: alice leaves and dave (js)
        // sends. Carol (nio) stays in both and must read the new message.
        Member &sender = nioSends ? m_nio : m_js2;
        Member &leaver = nioSends ? m_js : m_nio;
        Member &reader = m_nio2;
        const QString tag = nioSends ? QStringLiteral("nio") : QStringLiteral("js");

        // A message everyone reads, so the sender's current session reached the future leaver.
        const QString before = QStringLiteral("before the leave (%1)").arg(tag);
        CALL_INTO(sentBefore, *sender.peer, "send_text",
                  roomArgs(m_room, {{QStringLiteral("body"), before}}));
        CALL_INTO(
            leaverGot, *leaver.peer, "wait_message",
            roomArgs(m_room, {{QStringLiteral("body"), before}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        SESSION_OF(oldSession, *sender.peer, sentBefore.value(QStringLiteral("event_id")).toString());
        QVERIFY(!oldSession.isEmpty());
        QCOMPARE(leaverGot.value(QStringLiteral("session_id")).toString(), oldSession);
        HAS_KEY(leaverHadOld, *leaver.peer, oldSession);
        QVERIFY2(leaverHadOld, "has_room_key does not see a key the leaver used");

        CALL(*leaver.peer, "leave", roomArgs(m_room));
        // The sender must have seen the leave before it encrypts, or it would rightly reuse the session.
        CALL(*sender.peer, "wait_membership",
             roomArgs(m_room, {{QStringLiteral("user"), leaver.user.userId},
                               {QStringLiteral("membership"), QStringLiteral("leave")},
                               {QStringLiteral("timeout_ms"), kWaitMs}}));

        const QString after = QStringLiteral("after the leave (%1)").arg(tag);
        CALL_INTO(sentAfter, *sender.peer, "send_text", roomArgs(m_room, {{QStringLiteral("body"), after}}));
        CALL_INTO(
            readerGot, *reader.peer, "wait_message",
            roomArgs(m_room, {{QStringLiteral("body"), after}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        SESSION_OF(newSession, *sender.peer, sentAfter.value(QStringLiteral("event_id")).toString());
        QVERIFY(!newSession.isEmpty());
        QVERIFY2(newSession != oldSession, "the sender kept its megolm session after a member left");
        QCOMPARE(readerGot.value(QStringLiteral("session_id")).toString(), newSession);
        HAS_KEY(readerHasNew, *reader.peer, newSession);
        QVERIFY(readerHasNew);
        // The room key travels as to-device messages sent together; give the leaver's sync time to
        // bring one in if it (wrongly) was sent.
        QThread::msleep(2000);
        HAS_KEY(leaverHasNew, *leaver.peer, newSession);
        QVERIFY2(!leaverHasNew, "the member who left received the new room key");
        // ...while it kept the keys it had: the check above looks at a store that still works.
        HAS_KEY(leaverKeptOld, *leaver.peer, oldSession);
        QVERIFY(leaverKeptOld);
    }

    void onlyVerifiedWithholdsKeys_data()
    {
        QTest::addColumn<bool>("nioSends");
        QTest::newRow("nio withholds from js") << true;
        QTest::newRow("js withholds from nio") << false;
    }

    // set_only_verified, which later trust tests rely on, really withholds keys from devices nobody
    // verified (none are, here), the receiving peer reports why it cannot decrypt, and turning it
    // off lets the next message through.
    void onlyVerifiedWithholdsKeys()
    {
        QFETCH(bool, nioSends);
        QVERIFY(!m_room.isEmpty());
        Member &sender = nioSends ? m_nio2 : m_js2;
        Member &receiver = nioSends ? m_js2 : m_nio2;
        const QString tag = nioSends ? QStringLiteral("nio") : QStringLiteral("js");
        if (!nioSends) // the Rust crypto encrypts in this mode only once its account cross-signs
            CALL(*sender.peer, "bootstrap_cross_signing", QJsonObject{});
        CALL(*sender.peer, "set_only_verified", {{QStringLiteral("on"), true}});
        const QString withheld = QStringLiteral("withheld (%1)").arg(tag);
        CALL(*sender.peer, "send_text", roomArgs(m_room, {{QStringLiteral("body"), withheld}}));
        auto r = receiver.peer->call(
            QStringLiteral("wait_message"),
            roomArgs(m_room, {{QStringLiteral("body"), withheld}, {QStringLiteral("timeout_ms"), 5000}}));
        QVERIFY2(!r, "an unverified device decrypted a message sent only to verified devices");
        QVERIFY2(r.error().message.contains(QLatin1String("could not be decrypted")),
                 qPrintable(r.error().message));

        CALL(*sender.peer, "set_only_verified", {{QStringLiteral("on"), false}});
        const QString open = QStringLiteral("open again (%1)").arg(tag);
        CALL(*sender.peer, "send_text", roomArgs(m_room, {{QStringLiteral("body"), open}}));
        CALL(*receiver.peer, "wait_message",
             roomArgs(m_room, {{QStringLiteral("body"), open}, {QStringLiteral("timeout_ms"), kWaitMs}}));
    }

    // The js peer makes what Lattice will restore from: secret storage with a recovery key, a key
    // backup whose key is stored there, and the room keys uploaded into it.
    void jsKeyBackupWithRecoveryKey()
    {
        QVERIFY(!m_room.isEmpty());
        CALL_INTO(backup, *m_js2.peer, "create_backup", QJsonObject{});
        const QString recoveryKey = backup.value(QStringLiteral("recovery_key")).toString();
        QVERIFY2(recoveryKey.count(QLatin1Char(' ')) >= 10, qPrintable(recoveryKey)); // spec: groups of 4
        CALL_INTO(sent, *m_js2.peer, "send_text",
                  roomArgs(m_room, {{QStringLiteral("body"), QStringLiteral("kept in the backup")}}));
        SESSION_OF(session, *m_js2.peer, sent.value(QStringLiteral("event_id")).toString());
        CALL(*m_js2.peer, "wait_backed_up",
             roomArgs(m_room,
                      {{QStringLiteral("session_id"), session}, {QStringLiteral("timeout_ms"), 60000}}));

        const QString accountData = QStringLiteral("/_matrix/client/v3/user/%1/account_data/")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_js2.user.userId)));
        for (const char *type :
             {"m.secret_storage.default_key", "m.megolm_backup.v1", "m.cross_signing.master"}) {
            const RawReply r = request("GET", accountData + QLatin1String(type), {}, m_js2.user.accessToken);
            QVERIFY2(r.status == 200, type);
        }
        const RawReply version = request("GET", QStringLiteral("/_matrix/client/v3/room_keys/version"), {},
                                         m_js2.user.accessToken);
        QCOMPARE(version.status, 200);
        QCOMPARE(version.body.value(QStringLiteral("version")).toString(),
                 backup.value(QStringLiteral("backup_version")).toString());
    }

    // The js peer's SAS commands, which Lattice's verification tests will drive: bob requests,
    // dave accepts, both see the same emoji, confirm, and then trust each other's device.
    void jsSasVerification()
    {
        PeerProcess &bob = *m_js.peer;
        PeerProcess &dave = *m_js2.peer;
        QVERIFY(waitForDevice(bob, m_js2.user.userId, dave.deviceId()));
        QVERIFY(waitForDevice(dave, m_js.user.userId, bob.deviceId()));
        CALL(bob, "verify_request",
             {{QStringLiteral("user"), m_js2.user.userId}, {QStringLiteral("device_id"), dave.deviceId()}});
        CALL_INTO(accepted, dave, "verify_accept", {{QStringLiteral("timeout_ms"), kWaitMs}});
        QCOMPARE(accepted.value(QStringLiteral("device_id")).toString(), bob.deviceId());
        CALL(bob, "verify_start", {{QStringLiteral("timeout_ms"), kWaitMs}});
        // The responder first: its SAS appears once it accepted the start, and the initiator's after.
        CALL_INTO(daveSas, dave, "verify_sas", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL_INTO(bobSas, bob, "verify_sas", {{QStringLiteral("timeout_ms"), kWaitMs}});
        QCOMPARE(bobSas.value(QStringLiteral("emoji")).toArray().size(), 7);
        QCOMPARE(bobSas.value(QStringLiteral("emoji")), daveSas.value(QStringLiteral("emoji")));
        CALL(bob, "verify_confirm", QJsonObject{});
        CALL(dave, "verify_confirm", QJsonObject{});
        CALL(bob, "verify_done", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL(dave, "verify_done", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL_INTO(seen, bob, "devices", {{QStringLiteral("user"), m_js2.user.userId}});
        bool verified = false;
        for (const auto &d : seen.value(QStringLiteral("devices")).toArray())
            if (d.toObject().value(QStringLiteral("device_id")).toString() == dave.deviceId())
                verified = d.toObject().value(QStringLiteral("verified")).toBool();
        QVERIFY2(verified, "bob does not trust dave's device after SAS");
    }

    // The nio peer's SAS commands (the legacy flow that starts with m.key.verification.start):
    // alice starts, carol accepts, both see the same emoji, confirm, and trust each other's device.
    void nioSasVerification()
    {
        PeerProcess &alice = *m_nio.peer;
        PeerProcess &carol = *m_nio2.peer;
        QVERIFY(waitForDevice(alice, m_nio2.user.userId, carol.deviceId()));
        QVERIFY(waitForDevice(carol, m_nio.user.userId, alice.deviceId()));
        CALL(alice, "verify_start",
             {{QStringLiteral("user"), m_nio2.user.userId}, {QStringLiteral("device_id"), carol.deviceId()}});
        CALL_INTO(accepted, carol, "verify_accept", {{QStringLiteral("timeout_ms"), kWaitMs}});
        QCOMPARE(accepted.value(QStringLiteral("device_id")).toString(), alice.deviceId());
        CALL_INTO(carolSas, carol, "verify_sas", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL_INTO(aliceSas, alice, "verify_sas", {{QStringLiteral("timeout_ms"), kWaitMs}});
        QCOMPARE(aliceSas.value(QStringLiteral("emoji")).toArray().size(), 7);
        QCOMPARE(aliceSas.value(QStringLiteral("emoji")), carolSas.value(QStringLiteral("emoji")));
        CALL(alice, "verify_confirm", QJsonObject{});
        CALL(carol, "verify_confirm", QJsonObject{});
        CALL(alice, "verify_done", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL(carol, "verify_done", {{QStringLiteral("timeout_ms"), kWaitMs}});
        CALL_INTO(seen, alice, "devices", {{QStringLiteral("user"), m_nio2.user.userId}});
        bool verified = false;
        for (const auto &d : seen.value(QStringLiteral("devices")).toArray())
            if (d.toObject().value(QStringLiteral("device_id")).toString() == carol.deviceId())
                verified = d.toObject().value(QStringLiteral("verified")).toBool();
        QVERIFY2(verified, "alice does not trust carol's device after SAS");
    }
};

QTEST_GUILESS_MAIN(TestInteropPeers)
#include "tst_interop_peers.moc"
