// The models against a real Synapse: two accounts; each side's models are fed only by its own
// session's sync batches and send queue, as the app wires them.
#include "async_wait.h"
#include "logged_in_account.h"
#include "client/session.h"
#include "models/room_list_model.h"
#include "models/timeline_model.h"
#include "test_homeserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

bool syncOnce(Session &s)
{
    return await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); }).ok();
}

int rowWithBody(const QAbstractItemModel &m, const QString &body)
{
    for (int i = m.rowCount() - 1; i >= 0; --i)
        if (m.index(i, 0).data(TimelineModel::BodyRole).toString() == body)
            return i;
    return -1;
}
} // namespace

class TestIntegrationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messagesArriveAsInserts()
    {
        Account alice = loggedIn(QStringLiteral("alice"));
        Account bob = loggedIn(QStringLiteral("bob"));
        QVERIFY(syncOnce(*alice.session) && syncOnce(*bob.session));

        CreateRoomOptions options;
        options.name = QStringLiteral("Models");
        options.invite = {bob.user.userId};
        auto roomId = await<QString>([&](auto done) { alice.session->createRoom(options, done); });
        QVERIFY2(roomId.ok(), qPrintable(roomId.ok() ? QString() : roomId.error().describe()));
        QVERIFY(await<QString>([&](auto done) { bob.session->joinRoom(*roomId, done); }).ok());
        // Then a room of Bob's own with newer activity: Alice's message has to move hers above it.
        CreateRoomOptions own;
        own.name = QStringLiteral("Bob's own");
        QVERIFY(await<QString>([&](auto done) { bob.session->createRoom(own, done); }).ok());
        QVERIFY(syncOnce(*bob.session) && syncOnce(*alice.session));

        // Bob's models, fed by his sync loop only.
        RoomListModel rooms(bob.session->reader());
        TimelineModel bobTimeline(bob.session->reader(), *roomId);
        QAbstractItemModelTester roomsTester(&rooms, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester timelineTester(&bobTimeline,
                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
        connect(&bob.session->syncLoop(), &SyncLoop::synced, &rooms, &RoomListModel::applyChanges);
        connect(&bob.session->syncLoop(), &SyncLoop::synced, &bobTimeline, &TimelineModel::applyChanges);
        QCOMPARE(rooms.rowOf(*roomId), 1);
        QCOMPARE(bobTimeline.index(bobTimeline.rowCount() - 1, 0).data(TimelineModel::TypeRole).toString(),
                 QStringLiteral("m.room.member")); // his join is the newest event

        // Alice's timeline, with her send queue's local echoes.
        TimelineModel aliceTimeline(alice.session->reader(), *roomId);
        QAbstractItemModelTester aliceTester(&aliceTimeline,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        connect(&alice.session->syncLoop(), &SyncLoop::synced, &aliceTimeline, &TimelineModel::applyChanges);
        connect(&alice.session->sendQueue(), &SendQueue::queued, &aliceTimeline,
                &TimelineModel::addLocalEcho);
        connect(&alice.session->sendQueue(), &SendQueue::sent, &aliceTimeline, &TimelineModel::markSent);
        connect(&alice.session->sendQueue(), &SendQueue::failed, &aliceTimeline, &TimelineModel::markFailed);

        QSignalSpy roomMoves(&rooms, &QAbstractItemModel::rowsMoved);
        QSignalSpy bobResets(&bobTimeline, &QAbstractItemModel::modelReset);
        QSignalSpy bobInserts(&bobTimeline, &QAbstractItemModel::rowsInserted);
        QSignalSpy roomResets(&rooms, &QAbstractItemModel::modelReset);
        QSignalSpy aliceInserts(&aliceTimeline, &QAbstractItemModel::rowsInserted);
        QSignalSpy aliceResets(&aliceTimeline, &QAbstractItemModel::modelReset);
        bob.session->syncLoop().start(5000);
        alice.session->syncLoop().start(5000);

        const int bobRowsBefore = bobTimeline.rowCount();
        const int aliceRowsBefore = aliceTimeline.rowCount();
        auto queued = await<QueuedEvent>([&](auto done) {
            alice.session->sendText(*roomId, QStringLiteral("Hello from the models test"), done);
        });
        QVERIFY(queued.ok());
        // Alice sees her local echo at once, as one inserted row.
        QCOMPARE(aliceTimeline.rowCount(), aliceRowsBefore + 1);
        QCOMPARE(
            aliceTimeline.index(aliceTimeline.rowCount() - 1, 0).data(TimelineModel::TxnIdRole).toString(),
            queued->txnId);
        QCOMPARE(aliceTimeline.index(aliceTimeline.rowCount() - 1, 0)
                     .data(TimelineModel::SendStateRole)
                     .toString(),
                 QStringLiteral("queued"));
        const auto echoRow = [&] {
            for (int i = aliceTimeline.rowCount() - 1; i >= 0; --i)
                if (aliceTimeline.index(i, 0).data(TimelineModel::TxnIdRole).toString() == queued->txnId)
                    return i;
            return -1;
        };

        // Bob's timeline gets the message as an insert at the end, never a reset.
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(bobTimeline, QStringLiteral("Hello from the models test")) >= 0,
                                 30000);
        const int bobRow = rowWithBody(bobTimeline, QStringLiteral("Hello from the models test"));
        QCOMPARE(bobRow, bobTimeline.rowCount() - 1);
        QVERIFY(bobTimeline.rowCount() > bobRowsBefore);
        QVERIFY(bobInserts.count() >= 1);
        QCOMPARE(bobTimeline.index(bobRow, 0).data(TimelineModel::SenderRole).toString(), alice.user.userId);
        QCOMPARE(bobTimeline.index(bobRow, 0).data(TimelineModel::SendStateRole).toString(),
                 QStringLiteral("remote"));
        QCOMPARE(bobResets.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rooms.rowOf(*roomId), 0, 30000); // the newest message leads the list
        QVERIFY(roomMoves.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(rooms.index(0, 0).data(RoomListModel::UnreadCountRole).toInt() >= 1, 30000);
        QCOMPARE(rooms.index(0, 0).data(RoomListModel::LastMessagePreviewRole).toString(),
                 QStringLiteral("%1: Hello from the models test").arg(alice.user.localpart));
        QCOMPARE(roomResets.count(), 0);

        // Alice's echo became the remote event in the same row.
        QTRY_COMPARE_WITH_TIMEOUT(
            aliceTimeline.index(echoRow(), 0).data(TimelineModel::SendStateRole).toString(),
            QStringLiteral("remote"), 30000);
        QVERIFY(aliceTimeline.index(echoRow(), 0)
                    .data(TimelineModel::EventIdRole)
                    .toString()
                    .startsWith(QLatin1Char('$')));
        int copies = 0;
        for (int i = 0; i < aliceTimeline.rowCount(); ++i)
            copies += aliceTimeline.index(i, 0).data(TimelineModel::BodyRole).toString() ==
                      QLatin1String("Hello from the models test");
        QCOMPARE(copies, 1);
        QCOMPARE(aliceTimeline.rowCount(), aliceRowsBefore + aliceInserts.count());
        QCOMPARE(aliceResets.count(), 0);
        bob.session->syncLoop().stop();
        alice.session->syncLoop().stop();
    }

    void scrollingUpPagesHistoryInFromTheServer()
    {
        const TestUser writer = registerUser(QStringLiteral("writer"));
        const RawReply created =
            request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                    {{QStringLiteral("preset"), QStringLiteral("public_chat")}}, writer.accessToken);
        QCOMPARE(created.status, 200);
        const QString roomId = created.body.value(QLatin1String("room_id")).toString();
        const int total = 60;
        for (int i = 0; i < total; ++i) {
            const RawReply sent =
                request("PUT",
                        QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/h%2")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)))
                            .arg(i),
                        {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                         {QStringLiteral("body"), QString::number(i)}},
                        writer.accessToken);
            QCOMPARE(sent.status, 200);
        }
        Account reader = loggedIn(QStringLiteral("reader"));
        QVERIFY(await<QString>([&](auto done) { reader.session->joinRoom(roomId, done); }).ok());
        QVERIFY(syncOnce(*reader.session));

        // The app's wiring: the model asks, the session fetches, the model pages in what arrived.
        TimelineModel model(reader.session->reader(), roomId, nullptr, 10, 400);
        int requests = 0;
        connect(&model, &TimelineModel::backPaginationNeeded, this, [&](const QString &room) {
            ++requests;
            reader.session->backPaginate(room, model.depthWanted(), [&](Status s) {
                if (!s)
                    qFatal("back-pagination failed: %s", qPrintable(s.error().describe()));
                model.storeExtended();
            });
        });
        // Connected first: the tester's first fetchMore may already need the server.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.atRoomStart();
            }(),
            60000);
        QVERIFY(requests >= 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, 0).data(TimelineModel::TypeRole).toString(), QStringLiteral("m.room.create"));
        QStringList bodies;
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.index(i, 0).data(TimelineModel::TypeRole).toString() == QLatin1String("m.room.message"))
                bodies.append(model.index(i, 0).data(TimelineModel::BodyRole).toString());
        QCOMPARE(bodies.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(bodies.at(i), QString::number(i)); // in order, each once
        QVERIFY(model.atLiveEdge());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationModels)
#include "tst_integration_models.moc"
