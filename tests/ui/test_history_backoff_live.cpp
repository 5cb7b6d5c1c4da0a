// Older history with the homeserver out of reach, through the RoomController the app uses, against
// the real Synapse behind a TcpProxy:
// - proxy down: asking for history sets historyError; the view keeps scrolling at the top, yet the
//   tries over ten seconds are few (a growing back-off, not a loop);
// - responses lost on the way back: the /messages requests the proxy sees are just as few;
// - a view that no longer shows the top stops the retries; showing it again tries at once;
// - back up: retryHistory() or the next automatic retry loads the older events and clears the error.
// Plus RetryBackoff's delays on their own.
#include "async_wait.h"
#include "logged_in_account.h"
#include "room_controller.h"
#include "tcp_proxy.h"
#include "test_homeserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
constexpr int kTimeout = 60000;
constexpr int kMessages = 120; // more than the first sync and one page of the window bring
// Qt's network stack sends a GET again (at most twice) when a connection closes before any answer.
constexpr int kSendsPerTry = 3;

QString roomPath(const QString &roomId, const QString &rest)
{
    return QStringLiteral("/_matrix/client/v3/rooms/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), rest);
}

QStringList bodies(QAbstractItemModel *timeline)
{
    QStringList out;
    for (int r = 0; r < timeline->rowCount(); ++r)
        out.append(timeline->index(r, 0).data(TimelineModel::BodyRole).toString());
    return out;
}

// How often the controller asked the server while `ms` passed, the view at the top asking for
// older messages every 50 ms as a scrolled-up ListView does.
int triesWhileScrolling(RoomController &room, int ms)
{
    int tries = 0;
    QObject guard;
    QObject::connect(&room, &RoomController::loadingHistoryChanged, &guard, [&] {
        if (room.loadingHistory())
            ++tries;
    });
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        room.loadOlder();
        QTest::qWait(50);
    }
    return tries;
}
} // namespace

class TestHistoryBackoffLive : public QObject
{
    Q_OBJECT
    TcpProxy m_proxy{homeserverUrl()};
    QString m_roomId;
    Account m_reader;

    // The reader on a new device with an empty store, synced once through the proxy.
    bool freshReader(Account &fresh)
    {
        fresh.user = m_reader.user;
        fresh.session = std::make_unique<Session>(fresh.dir->path(), kTestKeyringService);
        return awaitStatus([&](auto done) {
                   fresh.session->login(m_proxy.url().toString(), fresh.user.localpart, fresh.user.password,
                                        done);
               }) &&
               await<ChangeSet>([&](auto done) { fresh.session->syncLoop().syncOnce(0, done); }).ok();
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_proxy.setMode(TcpProxy::Mode::Forward); }
    void backoffDelaysDouble();
    void deadNetworkBacksOffThenLoads();
    void lostResponsesAreRetriedSparingly();
    void retriesOnlyWhileWanted();
};

void TestHistoryBackoffLive::initTestCase()
{
    const TestUser writer = registerUser(QStringLiteral("hbwriter"));
    const RawReply created =
        request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                {{QStringLiteral("preset"), QStringLiteral("public_chat")}}, writer.accessToken);
    QCOMPARE(created.status, 200);
    m_roomId = created.body.value(QLatin1String("room_id")).toString();
    for (int i = 0; i < kMessages; ++i) {
        const RawReply sent =
            request("PUT", roomPath(m_roomId, QStringLiteral("send/m.room.message/h%1").arg(i)),
                    {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                     {QStringLiteral("body"), QStringLiteral("old %1").arg(i)}},
                    writer.accessToken);
        QCOMPARE(sent.status, 200);
    }

    // The reader's session talks to the server only through the proxy.
    m_reader.user = registerUser(QStringLiteral("hbreader"));
    m_reader.session = std::make_unique<Session>(m_reader.dir->path(), kTestKeyringService);
    QVERIFY(awaitStatus([&](auto done) {
        m_reader.session->login(m_proxy.url().toString(), m_reader.user.localpart, m_reader.user.password,
                                done);
    }));
    QVERIFY(await<QString>([&](auto done) { m_reader.session->joinRoom(m_roomId, done); }).ok());
    QVERIFY(await<ChangeSet>([&](auto done) { m_reader.session->syncLoop().syncOnce(0, done); }).ok());
}

void TestHistoryBackoffLive::backoffDelaysDouble()
{
    RetryBackoff backoff;
    QSignalSpy due(&backoff, &RetryBackoff::due);
    QList<int> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.failed());
    QCOMPARE(delays, (QList<int>{2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
    QVERIFY(backoff.isWaiting());
    QCOMPARE(backoff.failures(), 8);
    backoff.reset();
    QVERIFY(!backoff.isWaiting());
    QCOMPARE(backoff.failed(), 2000);     // from the start again
    QCOMPARE(backoff.failed(1500), 1500); // the server's retry_after_ms wins
    QTRY_COMPARE_WITH_TIMEOUT(due.count(), 1, 5000);
    QVERIFY(!backoff.isWaiting());
}

void TestHistoryBackoffLive::deadNetworkBacksOffThenLoads()
{
    RoomListModel rooms(m_reader.session->reader());
    m_proxy.setMode(TcpProxy::Mode::Down);
    RoomController room(*m_reader.session, rooms, m_roomId);
    QAbstractItemModel *timeline = room.timeline();

    // Scrolled to the top: the store's events page in, then the server is needed and unreachable.
    QTRY_VERIFY_WITH_TIMEOUT((room.loadOlder(), !room.historyError().isEmpty()), kTimeout);
    QVERIFY2(room.historyError().contains(QLatin1String("Cannot reach the homeserver")),
             qPrintable(room.historyError()));
    QVERIFY(!room.loadingHistory()); // no spinner forever
    const QStringList before = bodies(timeline);
    QVERIFY(!before.contains(QStringLiteral("old 0")));

    // Ten seconds at the top: retried after 2 s and 6 s, not on every scroll step.
    const int tries = triesWhileScrolling(room, 10000);
    QVERIFY2(tries >= 1 && tries <= 3, qPrintable(QString::number(tries)));
    QVERIFY(!room.historyError().isEmpty());
    QCOMPARE(bodies(timeline), before);

    // Back up: Retry loads the older page at once and the error goes.
    m_proxy.setMode(TcpProxy::Mode::Forward);
    const int rowsBefore = timeline->rowCount();
    room.retryHistory();
    QVERIFY(room.loadingHistory());
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kTimeout);
    QCOMPARE(room.historyError(), QString());
    QVERIFY2(timeline->rowCount() > rowsBefore, qPrintable(bodies(timeline).join(u',')));
    // The rest of the history follows to the room's start.
    QTRY_VERIFY_WITH_TIMEOUT((room.loadOlder(), room.atRoomStart()), kTimeout);
    QVERIFY(bodies(timeline).contains(QStringLiteral("old 0")));
    QCOMPARE(room.historyError(), QString());
}

void TestHistoryBackoffLive::lostResponsesAreRetriedSparingly()
{
    // A fresh store: the history has to come from the server again.
    Account fresh;
    QVERIFY(freshReader(fresh));
    RoomListModel rooms(fresh.session->reader());
    RoomController room(*fresh.session, rooms, m_roomId);
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kTimeout);

    // The server answers, the answers never arrive: each try is one request the proxy sees.
    m_proxy.setMode(TcpProxy::Mode::LoseResponses);
    const QByteArray messages = roomPath(m_roomId, QStringLiteral("messages")).toUtf8();
    const int seenBefore = m_proxy.requestsSeen(messages);
    QTRY_VERIFY_WITH_TIMEOUT((room.loadOlder(), !room.historyError().isEmpty()), kTimeout);
    const int first = m_proxy.requestsSeen(messages) - seenBefore;
    QVERIFY2(first >= 1 && first <= kSendsPerTry,
             qPrintable(QString::number(first))); // the error shows at once
    const int tries = triesWhileScrolling(room, 10000);
    const int seen = m_proxy.requestsSeen(messages) - seenBefore - first;
    QVERIFY2(tries >= 1 && tries <= 3, qPrintable(QString::number(tries)));
    QVERIFY2(seen >= tries && seen <= kSendsPerTry * tries,
             qPrintable(QStringLiteral("%1 requests in %2 tries").arg(seen).arg(tries)));

    // Back: the next automatic retry (no button) loads the page and clears the error.
    m_proxy.setMode(TcpProxy::Mode::Forward);
    const int rowsBefore = room.timeline()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(room.historyError().isEmpty(), 70000);
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kTimeout);
    QVERIFY(room.timeline()->rowCount() > rowsBefore);
}

void TestHistoryBackoffLive::retriesOnlyWhileWanted()
{
    // A fresh store again, so that the server is needed.
    Account fresh;
    QVERIFY(freshReader(fresh));
    m_proxy.setMode(TcpProxy::Mode::Down);
    RoomListModel rooms(fresh.session->reader());
    RoomController room(*fresh.session, rooms, m_roomId);
    QTRY_VERIFY_WITH_TIMEOUT((room.loadOlder(), !room.historyError().isEmpty()), kTimeout);

    // The user scrolled down to read: no retries, however long.
    room.setHistoryWanted(false);
    QSignalSpy loading(&room, &RoomController::loadingHistoryChanged);
    QTest::qWait(5000);
    QCOMPARE(loading.count(), 0);
    QVERIFY(!room.historyError().isEmpty());

    // Back at the top with the server up: the retry that fell due meanwhile is made now.
    m_proxy.setMode(TcpProxy::Mode::Forward);
    room.setHistoryWanted(true);
    QVERIFY(room.loadingHistory());
    QTRY_VERIFY_WITH_TIMEOUT(room.historyError().isEmpty(), kTimeout);
}

QTEST_GUILESS_MAIN(TestHistoryBackoffLive)
#include "test_history_backoff_live.moc"
