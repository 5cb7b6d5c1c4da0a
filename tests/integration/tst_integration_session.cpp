// The library against a real Synapse: login and logout with the OS keyring, two accounts talking,
// and back-filling a long history.
#include "async_wait.h"
#include "logged_in_account.h"
#include "client/session.h"
#include "store/room_queries.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {
const QString kService = kTestKeyringService;

Status syncOnce(Session &s)
{
    auto r = await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); });
    return r ? success() : Status(r.error());
}

std::optional<RoomRow> roomRow(Session &s, const QString &roomId)
{
    auto r = findRoom(s.reader(), roomId);
    return r ? *r : std::nullopt;
}
} // namespace

class TestIntegrationSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loginRestoreLogout()
    {
        Account a = loggedIn(QStringLiteral("alice"));
        QCOMPARE(a.session->state(), Session::State::Ready);
        QCOMPARE(a.session->userId(), a.user.userId);
        QVERIFY(!a.session->deviceId().isEmpty());
        auto who = await<QString>([&](auto done) { a.session->whoami(done); });
        QVERIFY2(who.ok(), qPrintable(who.ok() ? QString() : who.error().describe()));
        QCOMPARE(*who, a.user.userId);
        QVERIFY(syncOnce(*a.session).ok());

        // The token lives in the keyring only: not in any file of the data directory.
        const QString dir = a.dir->path();
        const QString deviceId = a.session->deviceId();
        a.session.reset();
        for (const QString &name : QDir(dir).entryList(QDir::Files)) {
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("syt_"), qPrintable(name + QStringLiteral(" holds an access token")));
        }

        // A new process (here: a new Session) restores from the keyring without a password.
        Session restored(dir, kService);
        QVERIFY(awaitStatus([&](auto done) { restored.open(done); }).ok());
        QCOMPARE(restored.state(), Session::State::Ready);
        QCOMPARE(restored.deviceId(), deviceId);
        auto who2 = await<QString>([&](auto done) { restored.whoami(done); });
        QVERIFY(who2.ok());

        QVERIFY(awaitStatus([&](auto done) { restored.logout(done); }).ok());
        QCOMPARE(restored.state(), Session::State::LoggedOut);
        auto rejected = await<QString>([&](auto done) { restored.whoami(done); });
        QVERIFY(!rejected.ok());

        Session afterLogout(dir, kService);
        QVERIFY(awaitStatus([&](auto done) { afterLogout.open(done); }).ok());
        QCOMPARE(afterLogout.state(), Session::State::LoggedOut);
    }

    void wrongPasswordIsAClearError()
    {
        const TestUser u = registerUser(QStringLiteral("carol"));
        QTemporaryDir dir;
        Session s(dir.path(), kService);
        Status st = awaitStatus([&](auto done) { s.login(homeserverUrl().toString(), u.localpart, QStringLiteral("wrong"), done); });
        QVERIFY(!st.ok());
        QCOMPARE(st.error().errcode, QStringLiteral("M_FORBIDDEN"));
        QVERIFY(!st.error().describe().isEmpty());
        QCOMPARE(s.state(), Session::State::Closed);

        Status bad = awaitStatus([&](auto done) { s.login(QStringLiteral("http://127.0.0.1:1"), u.localpart, u.password, done); });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Network);
    }

    void twoAccountsTalk()
    {
        Account alice = loggedIn(QStringLiteral("alice"));
        Account bob = loggedIn(QStringLiteral("bob"));
        CreateRoomOptions options;
        options.name = QStringLiteral("Talk");
        options.invite = {bob.user.userId};
        auto roomId = await<QString>([&](auto done) { alice.session->createRoom(options, done); });
        QVERIFY2(roomId.ok(), qPrintable(roomId.ok() ? QString() : roomId.error().describe()));

        QVERIFY(syncOnce(*bob.session).ok());
        auto invited = roomRow(*bob.session, *roomId);
        QVERIFY(invited);
        QCOMPARE(invited->membership, QStringLiteral("invite"));
        QCOMPARE(invited->displayName, QStringLiteral("Talk"));
        QCOMPARE(invited->inviter, alice.user.userId);

        auto joined = await<QString>([&](auto done) { bob.session->joinRoom(*roomId, done); });
        QVERIFY(joined.ok());
        QCOMPARE(*joined, *roomId);

        // Bob listens with the long-poll loop, as the app does.
        QSignalSpy bobSynced(&bob.session->syncLoop(), &SyncLoop::synced);
        bob.session->syncLoop().start(5000);
        QSignalSpy aliceSent(&alice.session->sendQueue(), &SendQueue::sent);
        auto queued = await<QueuedEvent>([&](auto done) {
            alice.session->sendText(*roomId, QStringLiteral("Hello **Bob**"), done);
        });
        QVERIFY(queued.ok());
        QTRY_COMPARE_WITH_TIMEOUT(aliceSent.size(), 1, 30000);

        auto bobSees = [&](const QString &body) {
            auto events = latestEvents(bob.session->reader(), *roomId, 50);
            if (!events)
                return false;
            for (const StoredEvent &e : *events) {
                const QJsonObject c = e.json.value(QLatin1String("content")).toObject();
                if (c.value(QLatin1String("body")).toString() == body)
                    return c.value(QLatin1String("formatted_body")).toString() == QLatin1String("Hello <strong>Bob</strong>");
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bobSees(QStringLiteral("Hello **Bob**")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(roomRow(*bob.session, *roomId)->notificationCount >= 1, 30000);
        QCOMPARE(roomRow(*bob.session, *roomId)->membership, QStringLiteral("join"));

        // Bob answers and marks the message read; Alice's sync sees both.
        auto reply = await<QueuedEvent>([&](auto done) { bob.session->sendText(*roomId, QStringLiteral("Hi Alice"), done); });
        QVERIFY(reply.ok());
        QTRY_VERIFY_WITH_TIMEOUT(bob.session->sendQueue().isIdle() && bob.session->sendQueue().pendingCount() == 0, 30000);
        const QString aliceEventId = aliceSent.first().at(1).toString();
        QVERIFY(awaitStatus([&](auto done) { bob.session->sendReadReceipt(*roomId, aliceEventId, done); }).ok());
        bob.session->syncLoop().stop();

        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!syncOnce(*alice.session).ok())
                    return false;
                auto events = latestEvents(alice.session->reader(), *roomId, 50);
                bool answered = false;
                for (const StoredEvent &e : *events)
                    answered |= e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString() ==
                                QLatin1String("Hi Alice");
                auto receipt = alice.session->reader().exec(
                    QStringLiteral("SELECT event_id FROM receipts WHERE room_id = ? AND user_id = ?"), {*roomId, bob.user.userId});
                return answered && receipt && receipt->next() && receipt->value(0).toString() == aliceEventId;
            }(),
            30000);
        // Alice's own echo replaced her queued entry: nothing is left in her queue.
        auto echoes = localEchoes(alice.session->reader(), *roomId);
        QVERIFY(echoes.ok());
        QVERIFY(echoes->empty());

        // Name, topic and typing reach the other side through sync.
        QVERIFY(awaitStatus([&](auto done) { alice.session->setRoomName(*roomId, QStringLiteral("Renamed"), done); }).ok());
        QVERIFY(awaitStatus([&](auto done) { alice.session->setRoomTopic(*roomId, QStringLiteral("New topic"), done); }).ok());
        QVERIFY(awaitStatus([&](auto done) { alice.session->setTyping(*roomId, true, done); }).ok());
        QStringList typingSeen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto changes = await<ChangeSet>([&](auto done) { bob.session->syncLoop().syncOnce(0, done); });
                if (changes && changes->typing.contains(*roomId))
                    typingSeen = changes->typing.value(*roomId);
                const auto row = roomRow(*bob.session, *roomId);
                return row && row->displayName == QLatin1String("Renamed") && row->topic == QLatin1String("New topic") &&
                       typingSeen.contains(alice.user.userId);
            }(),
            30000);

        // Leave: the room drops out of Bob's list.
        QVERIFY(awaitStatus([&](auto done) { bob.session->leaveRoom(*roomId, done); }).ok());
        QVERIFY(syncOnce(*bob.session).ok());
        QCOMPARE(roomRow(*bob.session, *roomId)->membership, QStringLiteral("leave"));
    }

    void backfillsFiveHundredMessages()
    {
        const TestUser writer = registerUser(QStringLiteral("writer"));
        const RawReply created = request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                                         {{QStringLiteral("preset"), QStringLiteral("public_chat")}}, writer.accessToken);
        QCOMPARE(created.status, 200);
        const QString roomId = created.body.value(QLatin1String("room_id")).toString();
        const int total = 500;
        for (int i = 0; i < total; ++i) {
            const RawReply sent = request(
                "PUT",
                QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/bf%2")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)))
                    .arg(i),
                {{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), QString::number(i)}},
                writer.accessToken);
            QCOMPARE(sent.status, 200);
        }

        Account reader = loggedIn(QStringLiteral("reader"));
        auto joined = await<QString>([&](auto done) { reader.session->joinRoom(roomId, done); });
        QVERIFY(joined.ok());
        QVERIFY(syncOnce(*reader.session).ok());
        auto before = countEvents(reader.session->reader(), roomId);
        QVERIFY(before.ok() && *before < total); // the sync's timeline limit leaves most for back-fill

        Status filled = awaitStatus([&](auto done) { reader.session->backPaginate(roomId, total + 10, done); }, 180000);
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().describe()));
        auto events = latestEvents(reader.session->reader(), roomId, 2000);
        QVERIFY(events.ok());
        QStringList bodies;
        for (const StoredEvent &e : *events)
            if (e.json.value(QLatin1String("type")).toString() == QLatin1String("m.room.message"))
                bodies.append(e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString());
        QCOMPARE(bodies.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(bodies.at(i), QString::number(i)); // in order, each once
        // The room's creation is reached, so no gap is left.
        auto gap = highestGapFrom(reader.session->reader(), roomId, std::numeric_limits<qint64>::min());
        QVERIFY(gap.ok() && !gap->has_value());
        QCOMPARE(events->front().json.value(QLatin1String("type")).toString(), QStringLiteral("m.room.create"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSession)
#include "tst_integration_session.moc"
