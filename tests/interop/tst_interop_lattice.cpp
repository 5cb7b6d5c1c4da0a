// Lattice's own end-to-end encryption against independent peers (matrix-nio with libolm, matrix-js-sdk
// with its Rust crypto), through the real test Synapse. Data-driven: every test runs once per peer kind.
// A Lattice Session (E2EE service, send queue, sync loop) talks with the peer in an encrypted room:
// text both ways, an encrypted image both ways (AES-CTR attachments, compared by SHA-256), a new device
// of the peer reading new messages, and a leave that rotates Lattice's megolm session so the leaver
// cannot read the next message.
#include "async_wait.h"
#include "client/attachment_content.h"
#include "client/encrypted_media.h"
#include "logged_in_account.h"
#include "peer_process.h"
#include "sent_text.h"
#include "store/event_lookup.h"
#include "store/member_queries.h"
#include "store/timeline_store.h"
#include "verification_waits.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 30000;

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

QJsonObject roomArgs(const QString &room, QJsonObject more = {})
{
    more.insert(QStringLiteral("room"), room);
    return more;
}

QJsonObject loginArgs(const TestUser &user, bool registerFirst)
{
    return {{QStringLiteral("homeserver"), homeserverUrl().toString()},
            {QStringLiteral("user"), user.localpart},
            {QStringLiteral("password"), user.password},
            {QStringLiteral("register"), registerFirst}};
}

// Lattice and one peer in an encrypted room that Lattice created.
struct Pair
{
    Account lattice;
    TestUser peerUser;
    std::unique_ptr<PeerProcess> peer;
    QString room;
};

} // namespace

class TestInteropLattice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::map<QString, Pair> m_pairs;
    std::vector<PeerProcess *> m_logged; // peers whose log a failure prints
    int m_store = 0;

    Result<std::unique_ptr<PeerProcess>> startPeer(const QString &kind, const QString &name)
    {
        const QString dir = m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(++m_store));
        return kind == QLatin1String("js") ? PeerProcess::js(dir, name) : PeerProcess::nio(dir, name);
    }

    // Waits (running the event loop, so the Session works meanwhile) until `condition` holds.
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }

    static bool isMember(Session &session, const QString &room, const QString &user,
                         const QString &membership)
    {
        auto members = roomMembers(session.reader(), room);
        if (!members)
            return false;
        for (const MemberRow &m : *members)
            if (m.userId == user)
                return m.membership == membership;
        return membership == QLatin1String("leave"); // no longer listed
    }

    // The clear event Lattice stored for a message with this body, or an empty object.
    static QJsonObject storedMessage(Session &session, const QString &room, const QString &body)
    {
        auto events = latestEvents(session.reader(), room, 100);
        if (!events)
            return {};
        for (const StoredEvent &e : *events) {
            const QJsonObject content = e.json.value(QLatin1String("content")).toObject();
            if (e.json.value(QLatin1String("type")).toString() == QLatin1String("m.room.message") &&
                content.value(QLatin1String("body")).toString() == body)
                return e.json;
        }
        return {};
    }

    // Sends through the Session's send queue and waits for the server's event ID.
    static Result<QString> latticeSend(Session &session, const QString &room, const QString &body)
    {
        return sendText(session, room, body, kWaitMs);
    }

    // Sends an image as the app and lattice-cli do: uploadEncrypted (AES-CTR, ciphertext only to the
    // server), attachmentContent for the event ("file" instead of "url"), the send queue (Megolm).
    static Result<QString> latticeSendImage(Session &session, const QString &room, const QByteArray &png,
                                            const QSize &size, const QString &fileName)
    {
        auto file = await<QJsonObject>([&](auto done) { uploadEncrypted(session.media(), png, done); });
        if (!file)
            return file.error();
        auto mxc = MxcUri::parse(file->value(QLatin1String("url")).toString());
        if (!mxc)
            return mxc.error();
        Attachment a;
        a.source = AttachmentSource{*mxc, *file};
        a.fileName = fileName;
        a.mimetype = QStringLiteral("image/png");
        a.size = png.size();
        a.dimensions = size;
        const QJsonObject content = attachmentContent(a);
        return sendWith(
            session,
            [&](auto done) {
                session.sendQueue().enqueue(room, QStringLiteral("m.room.message"), content, done);
            },
            kWaitMs);
    }

    // Lets the E2EE service finish what the sync loop handed it (room keys, device lists).
    static bool settle(Session &session)
    {
        bool idle = false;
        session.e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    Pair *pairFor(const QString &kind)
    {
        auto it = m_pairs.find(kind);
        if (it != m_pairs.end())
            return &it->second;
        Pair p;
        p.lattice = loggedIn(QStringLiteral("lat") + kind);
        if (!p.lattice.session->e2ee())
            qFatal("the Session has no E2EE service after login");
        if (!settle(*p.lattice.session)) // keys uploaded
            qFatal("the E2EE service never became idle after login");
        p.peerUser = registerUser(kind + QStringLiteral("peer"));
        auto peer = startPeer(kind, kind + QStringLiteral("-peer"));
        if (!peer)
            qFatal("cannot start the %s peer: %s", qPrintable(kind), qPrintable(peer.error().describe()));
        p.peer = std::move(*peer);
        if (auto r = p.peer->call(QStringLiteral("login"), loginArgs(p.peerUser, false), 90000); !r)
            qFatal("peer login failed: %s", qPrintable(r.error().describe()));
        m_logged.push_back(p.peer.get());

        CreateRoomOptions options;
        options.name = QStringLiteral("lattice-%1").arg(kind);
        options.encrypted = true;
        options.invite = {p.peerUser.userId};
        auto room = await<QString>([&](auto done) { p.lattice.session->createRoom(options, done); });
        if (!room)
            qFatal("createRoom failed: %s", qPrintable(room.error().describe()));
        p.room = *room;
        if (auto r = p.peer->call(QStringLiteral("join"), roomArgs(p.room)); !r)
            qFatal("peer join failed: %s", qPrintable(r.error().describe()));
        p.lattice.session->syncLoop().start(2000);
        Session &session = *p.lattice.session;
        if (!waitUntil([&] { return isMember(session, p.room, p.peerUser.userId, QStringLiteral("join")); }))
            qFatal("Lattice never saw the peer join");
        auto [pos, inserted] = m_pairs.emplace(kind, std::move(p));
        return &pos->second;
    }

    static QByteArray testPng(const QSize &size, Qt::GlobalColor color)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

    static QString sha256Hex(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    static void addPeerRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("nio") << QStringLiteral("nio");
        QTest::newRow("js") << QStringLiteral("js");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            for (PeerProcess *p : m_logged)
                p->printLog();
    }

    void cleanupTestCase()
    {
        for (auto &[kind, pair] : m_pairs)
            pair.lattice.session->syncLoop().stop();
    }

    void latticeToPeer_data() { addPeerRows(); }
    void latticeToPeer()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        const QString body = QStringLiteral("hello from Lattice to %1").arg(kind);
        auto eventId = latticeSend(*p.lattice.session, p.room, body);
        QVERIFY2(eventId, qPrintable(eventId ? QString() : eventId.error().describe()));
        CALL_INTO(got, *p.peer, "wait_message",
                  roomArgs(p.room, {{QStringLiteral("body"), body},
                                    {QStringLiteral("sender"), p.lattice.user.userId},
                                    {QStringLiteral("timeout_ms"), kWaitMs}}));
        QCOMPARE(got.value(QStringLiteral("event_id")).toString(), *eventId);
        QVERIFY2(got.value(QStringLiteral("encrypted")).toBool(),
                 "Lattice sent plaintext into an encrypted room");
        CALL_INTO(info, *p.peer, "room_key_info", roomArgs(p.room, {{QStringLiteral("event_id"), *eventId}}));
        QCOMPARE(info.value(QStringLiteral("algorithm")).toString(), QStringLiteral("m.megolm.v1.aes-sha2"));
        QCOMPARE(info.value(QStringLiteral("session_id")).toString(),
                 got.value(QStringLiteral("session_id")).toString());
    }

    void peerToLattice_data() { addPeerRows(); }
    void peerToLattice()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        Session &session = *p.lattice.session;
        const QString body = QStringLiteral("hello from %1 to Lattice").arg(kind);
        CALL_INTO(sent, *p.peer, "send_text", roomArgs(p.room, {{QStringLiteral("body"), body}}));
        const QString eventId = sent.value(QStringLiteral("event_id")).toString();
        QSignalSpy decrypted(&session, &Session::eventsDecrypted);
        QVERIFY2(waitUntil([&] { return !storedMessage(session, p.room, body).isEmpty(); }),
                 "Lattice did not decrypt the peer's message");
        const QJsonObject clear = storedMessage(session, p.room, body);
        QCOMPARE(clear.value(QStringLiteral("event_id")).toString(), eventId);
        QCOMPARE(clear.value(QStringLiteral("sender")).toString(), p.peerUser.userId);
        // Models learn of it through the signal, with the room and the event.
        QVERIFY(waitUntil([&] {
            for (const QList<QVariant> &args : decrypted)
                if (args.at(1).toStringList().contains(eventId))
                    return args.at(0).toStringList().contains(p.room);
            return false;
        }));
    }

    // Issue #4 item 8: an encrypted image round-trips. Lattice's upload is decrypted by the peer to the
    // same bytes, and the peer's upload is decrypted by Lattice (downloadEncrypted of the event's "file").
    void encryptedImageLatticeToPeer_data() { addPeerRows(); }
    void encryptedImageLatticeToPeer()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        const QByteArray png = testPng(QSize(64, 48), Qt::darkMagenta);
        const QString name = QStringLiteral("lattice-to-%1.png").arg(kind);
        auto eventId = latticeSendImage(*p.lattice.session, p.room, png, QSize(64, 48), name);
        QVERIFY2(eventId, qPrintable(eventId ? QString() : eventId.error().describe()));
        CALL_INTO(got, *p.peer, "wait_image",
                  roomArgs(p.room, {{QStringLiteral("body"), name},
                                    {QStringLiteral("sender"), p.lattice.user.userId},
                                    {QStringLiteral("timeout_ms"), kWaitMs}}));
        QCOMPARE(got.value(QStringLiteral("event_id")).toString(), *eventId);
        QVERIFY2(got.value(QStringLiteral("encrypted")).toBool(),
                 "the image was not sent as an EncryptedFile");
        QCOMPARE(got.value(QStringLiteral("sha256")).toString(), sha256Hex(png));
        QCOMPARE(got.value(QStringLiteral("size")).toInteger(), png.size());
        // The server only ever saw Megolm ciphertext for the event.
        CALL_INTO(info, *p.peer, "room_key_info", roomArgs(p.room, {{QStringLiteral("event_id"), *eventId}}));
        QCOMPARE(info.value(QStringLiteral("algorithm")).toString(), QStringLiteral("m.megolm.v1.aes-sha2"));
    }

    void encryptedImagePeerToLattice_data() { addPeerRows(); }
    void encryptedImagePeerToLattice()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        Session &session = *p.lattice.session;
        const QByteArray png = testPng(QSize(40, 30), Qt::darkYellow);
        const QString path = m_dir.filePath(QStringLiteral("%1-to-lattice.png").arg(kind));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
        f.close();
        CALL_INTO(sent, *p.peer, "send_image", roomArgs(p.room, {{QStringLiteral("path"), path}}));
        const QString eventId = sent.value(QStringLiteral("event_id")).toString();
        QCOMPARE(sent.value(QStringLiteral("sha256")).toString(), sha256Hex(png));

        QJsonObject clear;
        QVERIFY2(waitUntil([&] {
                     auto stored = findEvent(session.reader(), eventId);
                     if (stored && stored->has_value() && (*stored)->decrypted)
                         clear = (*stored)->json;
                     return !clear.isEmpty();
                 }),
                 "Lattice did not decrypt the peer's image event");
        QCOMPARE(clear.value(QStringLiteral("sender")).toString(), p.peerUser.userId);
        const QJsonObject content = clear.value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("msgtype")).toString(), QStringLiteral("m.image"));
        QVERIFY2(!content.contains(QStringLiteral("url")),
                 "the peer's image in an encrypted room has a plain url");
        const QJsonObject file = content.value(QStringLiteral("file")).toObject();
        auto bytes = await<MediaContent>([&](auto done) {
            downloadEncrypted(session.media(), file, MediaClient::kDefaultMaxDownloadBytes, done);
        });
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().describe()));
        QCOMPARE(bytes->bytes, png);
        QCOMPARE(sha256Hex(bytes->bytes), sent.value(QStringLiteral("sha256")).toString());
        QCOMPARE(qint64(bytes->bytes.size()), sent.value(QStringLiteral("size")).toInteger());
    }

    void newPeerDeviceReadsNewMessages_data() { addPeerRows(); }
    void newPeerDeviceReadsNewMessages()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        Session &session = *p.lattice.session;
        // A second process with a fresh store logging in again is a new device of the same user.
        auto started = startPeer(kind, kind + QStringLiteral("-device2"));
        QVERIFY2(started, qPrintable(started ? QString() : started.error().describe()));
        std::unique_ptr<PeerProcess> device = std::move(*started);
        m_logged.push_back(device.get());
        auto forget = qScopeGuard([&] { m_logged.pop_back(); });
        CALL(*device, "login", loginArgs(p.peerUser, false), 90000);
        QVERIFY(device->deviceId() != p.peer->deviceId());
        QVERIFY2(waitUntil([&] { return knowsDevice(session, device->deviceId(), p.peerUser.userId); }),
                 "Lattice never learned of the new device");

        const QString body = QStringLiteral("to the new %1 device").arg(kind);
        auto eventId = latticeSend(session, p.room, body);
        QVERIFY2(eventId, qPrintable(eventId ? QString() : eventId.error().describe()));
        CALL_INTO(
            got, *device, "wait_message",
            roomArgs(p.room, {{QStringLiteral("body"), body}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        QVERIFY(got.value(QStringLiteral("encrypted")).toBool());
        // The old device still reads the same message.
        CALL_INTO(
            old, *p.peer, "wait_message",
            roomArgs(p.room, {{QStringLiteral("body"), body}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        QCOMPARE(old.value(QStringLiteral("event_id")).toString(), *eventId);
        CALL(*device, "close", QJsonObject{});
    }

    void leaveRotatesSession_data() { addPeerRows(); }
    void leaveRotatesSession()
    {
        QFETCH(QString, kind);
        Pair &p = *pairFor(kind);
        Session &session = *p.lattice.session;
        // A second peer user joins, reads one message, leaves; the peer that stays reads the next one.
        const TestUser leaverUser = registerUser(kind + QStringLiteral("leaver"));
        auto started = startPeer(kind, kind + QStringLiteral("-leaver"));
        QVERIFY2(started, qPrintable(started ? QString() : started.error().describe()));
        std::unique_ptr<PeerProcess> leaver = std::move(*started);
        m_logged.push_back(leaver.get());
        auto forget = qScopeGuard([&] { m_logged.pop_back(); });
        CALL(*leaver, "login", loginArgs(leaverUser, false), 90000);
        QVERIFY(awaitStatus([&](auto done) { session.inviteUser(p.room, leaverUser.userId, done); }));
        CALL(*leaver, "join", roomArgs(p.room));
        QVERIFY2(
            waitUntil([&] { return isMember(session, p.room, leaverUser.userId, QStringLiteral("join")); }),
            "Lattice never saw the second member join");

        const QString before = QStringLiteral("before the leave (%1)").arg(kind);
        auto beforeId = latticeSend(session, p.room, before);
        QVERIFY2(beforeId, qPrintable(beforeId ? QString() : beforeId.error().describe()));
        CALL_INTO(
            leaverGot, *leaver, "wait_message",
            roomArgs(p.room, {{QStringLiteral("body"), before}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        const QString oldSession = leaverGot.value(QStringLiteral("session_id")).toString();
        QVERIFY(!oldSession.isEmpty());

        CALL(*leaver, "leave", roomArgs(p.room));
        // Lattice must have seen the leave (and its E2EE service handled it) before it encrypts again.
        QVERIFY2(
            waitUntil([&] { return isMember(session, p.room, leaverUser.userId, QStringLiteral("leave")); }),
            "Lattice never saw the member leave");
        QVERIFY(settle(session));

        const QString after = QStringLiteral("after the leave (%1)").arg(kind);
        auto afterId = latticeSend(session, p.room, after);
        QVERIFY2(afterId, qPrintable(afterId ? QString() : afterId.error().describe()));
        CALL_INTO(
            stayerGot, *p.peer, "wait_message",
            roomArgs(p.room, {{QStringLiteral("body"), after}, {QStringLiteral("timeout_ms"), kWaitMs}}));
        const QString newSession = stayerGot.value(QStringLiteral("session_id")).toString();
        QVERIFY(!newSession.isEmpty());
        QVERIFY2(newSession != oldSession, "Lattice kept its megolm session after a member left");
        CALL_INTO(info, *p.peer, "room_key_info", roomArgs(p.room, {{QStringLiteral("event_id"), *afterId}}));
        QCOMPARE(info.value(QStringLiteral("session_id")).toString(), newSession);
        // Room keys travel together as to-device messages: give the leaver's sync time to bring one in
        // if it (wrongly) was sent.
        QThread::msleep(2000);
        CALL_INTO(leaverNew, *leaver, "has_room_key",
                  roomArgs(p.room, {{QStringLiteral("session_id"), newSession}}));
        QVERIFY2(!leaverNew.value(QStringLiteral("present")).toBool(),
                 "the member who left received the new room key");
        CALL_INTO(leaverOld, *leaver, "has_room_key",
                  roomArgs(p.room, {{QStringLiteral("session_id"), oldSession}}));
        QVERIFY(leaverOld.value(QStringLiteral("present")).toBool());
        CALL(*leaver, "close", QJsonObject{});
    }
};

QTEST_GUILESS_MAIN(TestInteropLattice)
#include "tst_interop_lattice.moc"
