// The open room's timeline on a real Synapse, through the controllers the app uses:
// - the own encrypted message: the sync brings it back still encrypted and the E2EE service
//   decrypts it afterwards; the row turns into the message then (Session::eventsDecrypted), not
//   only after a restart;
// - a reply's original far back in history: jumpTo searches older pages from the server (a
//   visible, cancellable state), then says where it is; one the room lacks ends in a stated failure.
#include "app_controller.h"
#include "async_wait.h"
#include "e2ee_settle.h"
#include "logged_in_account.h"
#include "test_homeserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
constexpr int kTimeout = 60000;
using R = TimelineViewModel;

// The remote (server-confirmed) row of the own message `body`, or -1.
int remoteRowOf(QAbstractItemModel *view, const QString &txnBody)
{
    for (int r = view->rowCount() - 1; r >= 0; --r) {
        const QModelIndex i = view->index(r, 0);
        if (i.data(TimelineModel::SendStateRole).toString() != QLatin1String("remote"))
            continue;
        const QString type = i.data(TimelineModel::TypeRole).toString();
        if (type == QLatin1String("m.room.encrypted") ||
            i.data(TimelineModel::BodyRole).toString() == txnBody)
            return r;
    }
    return -1;
}
} // namespace

class TestTimelineLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownEncryptedMessageReadsWithoutRestart();
    void replyOriginalIsFoundFurtherBack();
};

void TestTimelineLive::ownEncryptedMessageReadsWithoutRestart()
{
    const TestUser me = registerUser(QStringLiteral("uiecho"));
    QTemporaryDir dir;
    AppController app(dir.path());
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("login"), kTimeout);
    app.login(homeserverUrl().toString(), me.localpart, me.password);
    QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("rooms"), kTimeout);
    QVERIFY(settle(app.session()));

    CreateRoomOptions options;
    options.name = QStringLiteral("Own secrets");
    options.encrypted = true;
    auto created = await<QString>([&](auto done) { app.session().createRoom(options, done); });
    QVERIFY(created.ok());
    app.selectRoom(*created);
    QVERIFY(app.room());
    QTRY_VERIFY_WITH_TIMEOUT(app.room()->isEncrypted(), kTimeout);

    const QString body = QStringLiteral("only we can read this");
    QVERIFY(app.room()->send(body));
    QAbstractItemModel *view = app.room()->timeline();
    // The server's copy of the message arrives (first as m.room.encrypted) ...
    QTRY_VERIFY_WITH_TIMEOUT(remoteRowOf(view, body) >= 0, kTimeout);
    // ... and the E2EE service decrypts it: the same row shows the message, with no restart.
    QVERIFY(settle(app.session()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = remoteRowOf(view, body);
            return row >= 0 && view->index(row, 0).data(TimelineModel::DecryptedRole).toBool();
        }(),
        kTimeout);
    const int row = remoteRowOf(view, body);
    QCOMPARE(view->index(row, 0).data(R::DisplayTextRole).toString(), body);
    QCOMPARE(view->index(row, 0).data(TimelineModel::TypeRole).toString(), QStringLiteral("m.room.message"));
}

QString roomPath(const QString &roomId, const QString &rest)
{
    return QStringLiteral("/_matrix/client/v3/rooms/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), rest);
}

void TestTimelineLive::replyOriginalIsFoundFurtherBack()
{
    // Two originals far back (each more than a /messages page behind the next), then a reply.
    const TestUser writer = registerUser(QStringLiteral("uijumpwriter"));
    const RawReply created =
        request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                {{QStringLiteral("preset"), QStringLiteral("public_chat")}}, writer.accessToken);
    QCOMPARE(created.status, 200);
    const QString roomId = created.body.value(QLatin1String("room_id")).toString();
    int txn = 0;
    const auto send = [&](const QJsonObject &content) {
        const RawReply r =
            request("PUT", roomPath(roomId, QStringLiteral("send/m.room.message/j%1").arg(++txn)), content,
                    writer.accessToken);
        return r.status == 200 ? r.body.value(QLatin1String("event_id")).toString() : QString();
    };
    const auto text = [](const QString &body) {
        return QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                           {QStringLiteral("body"), body}};
    };
    const QString farther = send(text(QStringLiteral("the first question")));
    QVERIFY(!farther.isEmpty());
    for (int i = 0; i < 120; ++i)
        QVERIFY(!send(text(QStringLiteral("filler a%1").arg(i))).isEmpty());
    const QString original = send(text(QStringLiteral("the question")));
    QVERIFY(!original.isEmpty());
    for (int i = 0; i < 120; ++i)
        QVERIFY(!send(text(QStringLiteral("filler b%1").arg(i))).isEmpty());
    QJsonObject reply = text(QStringLiteral("the answer"));
    reply.insert(
        QStringLiteral("m.relates_to"),
        QJsonObject{{QStringLiteral("m.in_reply_to"), QJsonObject{{QStringLiteral("event_id"), original}}}});
    QVERIFY(!send(reply).isEmpty());

    Account reader = loggedIn(QStringLiteral("uijumpreader"));
    QVERIFY(await<QString>([&](auto done) { reader.session->joinRoom(roomId, done); }).ok());
    QVERIFY(await<ChangeSet>([&](auto done) { reader.session->syncLoop().syncOnce(0, done); }).ok());
    RoomListModel rooms(reader.session->reader());
    RoomController room(*reader.session, rooms, roomId);
    QAbstractItemModel *view = room.timeline();
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kTimeout);
    QSignalSpy ready(&room, &RoomController::jumpReady);
    QSignalSpy errors(&room, &RoomController::errorOccurred);

    // Not stored: the search is visible, then the row is where the view should scroll.
    QCOMPARE(room.jumpTo(original), -1);
    QVERIFY(room.historySearch()->searching());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeout);
    QVERIFY(!room.historySearch()->searching());
    QCOMPARE(ready.first().at(0).toString(), original);
    const int row = ready.first().at(1).toInt();
    QVERIFY(row >= 0);
    QCOMPARE(view->index(row, 0).data(TimelineModel::EventIdRole).toString(), original);
    QCOMPARE(view->index(row, 0).data(R::DisplayTextRole).toString(), QStringLiteral("the question"));
    QCOMPARE(errors.count(), 0);

    // Cancelled: the state goes at once and no jump follows (the older original needs more pages).
    QCOMPARE(room.jumpTo(farther), -1);
    QVERIFY(room.historySearch()->searching());
    room.historySearch()->cancel();
    QVERIFY(!room.historySearch()->searching());
    QTest::qWait(3000);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(errors.count(), 0);

    // Asked again, it is found.
    if (const int stored = room.jumpTo(farther); stored < 0)
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, kTimeout);
    QVERIFY(!room.historySearch()->searching());
    QCOMPARE(errors.count(), 0);
    QCOMPARE(room.historySearch()->failure(), QString());

    // An event the room does not have: the whole history is searched, and the search bar (not
    // the window's connection status) says it was not found, until dismissed.
    const QString server = writer.userId.section(QLatin1Char(':'), 1);
    QCOMPARE(room.jumpTo(QStringLiteral("$nosuchevent:") + server), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!room.historySearch()->searching(), kTimeout);
    QCOMPARE(room.historySearch()->failure(),
             QStringLiteral("The original message was not found in the room's history."));
    QCOMPARE(ready.count(), 2);
    QCOMPARE(errors.count(), 0);
    room.historySearch()->dismiss();
    QCOMPARE(room.historySearch()->failure(), QString());
}

QTEST_GUILESS_MAIN(TestTimelineLive)
#include "test_timeline_live.moc"
