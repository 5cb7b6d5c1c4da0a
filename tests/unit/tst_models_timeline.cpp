// The timeline model as a bounded window over the store: newest page first, paging older and
// newer through a long history without passing the row cap, live inserts without resets,
// redactions, and local echoes that become their remote events in place.
#include "models/timeline_model.h"

#include "store/send_queue_store.h"
#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lattice;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!long:localhost");
const QString kAlice = QStringLiteral("@alice:localhost");
const QString kBob = QStringLiteral("@bob:localhost");

QString eventIdAt(const QAbstractItemModel &m, int row)
{
    return m.index(row, 0).data(TimelineModel::EventIdRole).toString();
}

QJsonArray messages(int from, int count)
{
    QJsonArray out;
    for (int i = from; i < from + count; ++i)
        out.append(textMessage(QStringLiteral("$e%1").arg(i), i % 2 ? kBob : kAlice, 10000 + i,
                               QStringLiteral("message %1").arg(i)));
    return out;
}

// Rows hold consecutive events $e<first>..$e<first+n-1>, oldest first.
bool contiguous(const QAbstractItemModel &m, int remoteRows)
{
    const int first = eventIdAt(m, 0).mid(2).toInt();
    for (int i = 0; i < remoteRows; ++i)
        if (eventIdAt(m, i) != QStringLiteral("$e%1").arg(first + i))
            return false;
    return true;
}
} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<StoreFixture> m_store;

    // A short room whose start is known (no prev_batch, so no gap before it).
    void shortRoom(int count)
    {
        RoomUpdate room = joinedRoom(kRoom, QStringLiteral("Short"), messages(0, count),
                                     {member(kBob, QStringLiteral("Bob"))});
        room.prevBatch.clear();
        m_store->apply({room});
    }
    void append(const QJsonArray &events)
    {
        RoomUpdate room;
        room.roomId = kRoom;
        room.timeline = events;
        m_lastChanges = m_store->apply({room});
    }
    ChangeSet m_lastChanges;

private Q_SLOTS:
    void init() { m_store = std::make_unique<StoreFixture>(); }
    void cleanup() { m_store.reset(); }

    void pagesThroughLongHistoryWithinTheCap()
    {
        // 2,000 events in four batches; the first batch leaves a gap (a prev_batch) before it.
        RoomUpdate first = joinedRoom(kRoom, QStringLiteral("Long"), messages(0, 500));
        m_store->apply({first});
        for (int b = 1; b < 4; ++b)
            append(messages(b * 500, 500));

        TimelineModel model(m_store->db(), kRoom, nullptr, 50, 500);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(eventIdAt(model, 0), QStringLiteral("$e1950"));
        QCOMPARE(eventIdAt(model, 49), QStringLiteral("$e1999"));
        QVERIFY(model.atLiveEdge());
        QVERIFY(model.canFetchMore({}));

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy needServer(&model, &TimelineModel::backPaginationNeeded);
        int maxRows = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { maxRows = std::max(maxRows, model.rowCount()); });
        int rounds = 0;
        while (model.canFetchMore({}) && ++rounds < 100)
            model.fetchMore({});
        QVERIFY(rounds < 100);
        QVERIFY(maxRows > 50);
        QVERIFY2(maxRows <= 500, qPrintable(QString::number(maxRows)));
        QCOMPARE(model.rowCount(), 500);
        // The store's oldest event is reached; before it lies the initial sync's gap: the server's turn.
        QCOMPARE(eventIdAt(model, 0), QStringLiteral("$e0"));
        QVERIFY(contiguous(model, model.rowCount()));
        QCOMPARE(needServer.count(), 1);
        QCOMPARE(needServer.first().first().toString(), kRoom);
        QVERIFY(!model.atLiveEdge());
        QVERIFY(model.canFetchNewer());
        QVERIFY(!model.canFetchMore({})); // waits for storeExtended()
        QCOMPARE(model.depthWanted(), 2000 + 50);

        // Back-pagination found the start of the room: the store gains 20 older events.
        auto gap = highestGapFrom(m_store->db(), kRoom, std::numeric_limits<qint64>::min());
        QVERIFY(gap.ok() && gap->has_value());
        QJsonArray chunk;
        for (int i = -1; i >= -20; --i)
            chunk.append(
                textMessage(QStringLiteral("$old%1").arg(-i), kBob, 9000 + i, QStringLiteral("old")));
        QVERIFY(storeBackfill(m_store->db(), kRoom, **gap, chunk, {}, QString()).ok());
        model.storeExtended();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(eventIdAt(model, 0), QStringLiteral("$old20"));
        QCOMPARE(eventIdAt(model, 20), QStringLiteral("$e0"));
        QVERIFY(model.atRoomStart());
        QCOMPARE(needServer.count(), 1);
        QVERIFY(model.rowCount() <= 500);

        // Back down to the live edge: rows page in at the end and drop at the top.
        rounds = 0;
        while (model.canFetchNewer() && ++rounds < 100)
            model.fetchNewer();
        QVERIFY(model.atLiveEdge());
        QCOMPARE(eventIdAt(model, model.rowCount() - 1), QStringLiteral("$e1999"));
        QVERIFY(model.rowCount() <= 500);
        QVERIFY(contiguous(model, model.rowCount()));
        QVERIFY(!model.atRoomStart());
        QCOMPARE(resets.count(), 0);
    }

    void newEventsAreInsertedAtTheEnd()
    {
        shortRoom(30);
        TimelineModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(model.atRoomStart()); // the tester's fetchMore found nothing older and no gap
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);

        append(messages(30, 2));
        QCOMPARE(model.rowCount(), 30); // the model sees a batch only through applyChanges
        model.applyChanges(m_lastChanges);
        QCOMPARE(model.rowCount(), 32);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(inserts.at(0).at(1).toInt(), 30);
        QCOMPARE(inserts.at(1).at(1).toInt(), 31);
        QCOMPARE(eventIdAt(model, 31), QStringLiteral("$e31"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removes.count(), 0);

        const QModelIndex last = model.index(31, 0);
        QCOMPARE(last.data(TimelineModel::SenderRole).toString(), kBob);
        QCOMPARE(last.data(TimelineModel::SenderDisplayNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(last.data(TimelineModel::BodyRole).toString(), QStringLiteral("message 31"));
        QCOMPARE(last.data(TimelineModel::MsgtypeRole).toString(), QStringLiteral("m.text"));
        QCOMPARE(last.data(TimelineModel::TypeRole).toString(), QStringLiteral("m.room.message"));
        QCOMPARE(last.data(TimelineModel::SendStateRole).toString(), QStringLiteral("remote"));
        QCOMPARE(last.data(TimelineModel::TimestampRole).toDateTime().toMSecsSinceEpoch(), 10031);
        QCOMPARE(last.data(TimelineModel::ContentRole).toMap().value(QStringLiteral("body")).toString(),
                 QStringLiteral("message 31"));
        QVERIFY(!last.data(TimelineModel::IsStateRole).toBool());
        QCOMPARE(model.roleNames().value(TimelineModel::FormattedBodyRole), QByteArray("formattedBody"));
    }

    void redactionRewritesItsRow()
    {
        shortRoom(10);
        TimelineModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(5, 0).data(TimelineModel::BodyRole).toString(), QStringLiteral("message 5"));
        append({QJsonObject{
            {QStringLiteral("type"), QStringLiteral("m.room.redaction")},
            {QStringLiteral("event_id"), QStringLiteral("$redact")},
            {QStringLiteral("sender"), kBob},
            {QStringLiteral("origin_server_ts"), 20000},
            {QStringLiteral("redacts"), QStringLiteral("$e5")},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("typo")}}}}});
        model.applyChanges(m_lastChanges);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(eventIdAt(model, 10), QStringLiteral("$redact"));
        const QModelIndex redacted = model.index(5, 0);
        QCOMPARE(redacted.data(TimelineModel::EventIdRole).toString(), QStringLiteral("$e5"));
        QVERIFY(redacted.data(TimelineModel::BodyRole).toString().isEmpty());
        QVERIFY(redacted.data(TimelineModel::IsRedactedRole).toBool());
        bool rowFiveChanged = false;
        for (const QList<QVariant> &args : changed)
            rowFiveChanged |= args.at(0).toModelIndex().row() <= 5 && args.at(1).toModelIndex().row() >= 5;
        QVERIFY(rowFiveChanged);
    }

    void localEchoBecomesRemoteInPlace()
    {
        shortRoom(3);
        TimelineModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QJsonObject content{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                  {QStringLiteral("body"), QStringLiteral("from me")}};
        auto queued = enqueueEvent(m_store->db(), kRoom, QStringLiteral("m.room.message"), content);
        QVERIFY(queued.ok());
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.addLocalEcho(*queued);
        model.addLocalEcho(*queued); // announced twice: still one row
        QCOMPARE(model.rowCount(), 4);
        QModelIndex echo = model.index(3, 0);
        QCOMPARE(echo.data(TimelineModel::SendStateRole).toString(), QStringLiteral("queued"));
        QCOMPARE(echo.data(TimelineModel::TxnIdRole).toString(), queued->txnId);
        QCOMPARE(echo.data(TimelineModel::BodyRole).toString(), QStringLiteral("from me"));
        QCOMPARE(echo.data(TimelineModel::SenderDisplayNameRole).toString(), QStringLiteral("Alice"));

        // Someone else's message arrives first: it goes before the echo, which stays last.
        append({textMessage(QStringLiteral("$bob"), kBob, 20000, QStringLiteral("meanwhile"))});
        model.applyChanges(m_lastChanges);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(eventIdAt(model, 3), QStringLiteral("$bob"));
        QCOMPARE(model.index(4, 0).data(TimelineModel::TxnIdRole).toString(), queued->txnId);

        QVERIFY(markSent(m_store->db(), queued->txnId, QStringLiteral("$mine")).ok());
        model.markSent(queued->txnId, QStringLiteral("$mine"));
        echo = model.index(4, 0);
        QCOMPARE(echo.data(TimelineModel::SendStateRole).toString(), QStringLiteral("sent"));
        QCOMPARE(echo.data(TimelineModel::EventIdRole).toString(), QStringLiteral("$mine"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        append(
            {textMessage(QStringLiteral("$mine"), kAlice, 20001, QStringLiteral("from me"), queued->txnId)});
        QVERIFY(m_lastChanges.echoedTransactions.contains(queued->txnId));
        inserts.clear();
        model.applyChanges(m_lastChanges);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(removes.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
        echo = model.index(4, 0);
        QCOMPARE(echo.data(TimelineModel::SendStateRole).toString(), QStringLiteral("remote"));
        QCOMPARE(echo.data(TimelineModel::EventIdRole).toString(), QStringLiteral("$mine"));
        QCOMPARE(echo.data(TimelineModel::TxnIdRole).toString(), queued->txnId);
        QCOMPARE(echo.data(TimelineModel::TimestampRole).toDateTime().toMSecsSinceEpoch(), 20001);

        // Next message: the new remote event follows it, as in the store.
        append(messages(100, 1));
        model.applyChanges(m_lastChanges);
        QCOMPARE(eventIdAt(model, 5), QStringLiteral("$e100"));
    }

    void failedEchoStaysWithItsError()
    {
        shortRoom(3);
        auto first = enqueueEvent(m_store->db(), kRoom, QStringLiteral("m.room.message"),
                                  {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                   {QStringLiteral("body"), QStringLiteral("one")}});
        auto second = enqueueEvent(m_store->db(), kRoom, QStringLiteral("m.room.message"),
                                   {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                    {QStringLiteral("body"), QStringLiteral("two")}});
        QVERIFY(first.ok() && second.ok());
        // Echoes persisted by an earlier run show when the room opens.
        TimelineModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(3, 0).data(TimelineModel::TxnIdRole).toString(), first->txnId);

        model.markFailed(first->txnId, Error::make(Error::Kind::Matrix,
                                                   QStringLiteral("You are not allowed to post here.")));
        QCOMPARE(model.index(3, 0).data(TimelineModel::SendStateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(3, 0).data(TimelineModel::SendErrorRole).toString(),
                 QStringLiteral("You are not allowed to post here."));

        // The second echo's remote event arrives while the failed one stays: the echo moves
        // up next to the remote events and turns remote; the failed echo stays last.
        QVERIFY(markSent(m_store->db(), second->txnId, QStringLiteral("$two")).ok());
        model.markSent(second->txnId, QStringLiteral("$two"));
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        append({textMessage(QStringLiteral("$two"), kAlice, 20000, QStringLiteral("two"), second->txnId)});
        model.applyChanges(m_lastChanges);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(eventIdAt(model, 3), QStringLiteral("$two"));
        QCOMPARE(model.index(3, 0).data(TimelineModel::SendStateRole).toString(), QStringLiteral("remote"));
        QCOMPARE(model.index(4, 0).data(TimelineModel::SendStateRole).toString(), QStringLiteral("failed"));
    }

    void emptyServerPageWithMoreHistoryIsNotTheStart()
    {
        // The spec (GET /messages): an empty chunk does not imply that no more events are
        // available; only a response without `end` does. Here the server hides a page of history
        // from this user (history visibility) and answers it with an empty chunk and an `end`.
        RoomUpdate first = joinedRoom(kRoom, QStringLiteral("Hidden"), messages(100, 5));
        m_store->apply({first});
        TimelineModel model(m_store->db(), kRoom, nullptr, 10, 100);
        QSignalSpy needServer(&model, &TimelineModel::backPaginationNeeded); // the tester fetches too
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(needServer.count(), 1);

        auto gap = highestGapFrom(m_store->db(), kRoom, std::numeric_limits<qint64>::min());
        QVERIFY(gap.ok() && gap->has_value());
        auto hidden = storeBackfill(m_store->db(), kRoom, **gap, {}, {}, QStringLiteral("further-back"));
        QVERIFY(hidden.ok());
        QVERIFY(!hidden->reachedRoomStart);
        model.storeExtended();
        QVERIFY2(!model.atRoomStart(), "an empty page with an `end` token is not the room's beginning");
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(needServer.count(), 2);

        // The next page has the older, visible history and the room's creation; no `end`: the start.
        auto still = highestGapFrom(m_store->db(), kRoom, std::numeric_limits<qint64>::min());
        QVERIFY(still.ok() && still->has_value());
        QCOMPARE((*still)->prevBatch, QStringLiteral("further-back"));
        QJsonArray older = messages(0, 3);
        QJsonArray chunk; // newest first, as /messages?dir=b answers
        for (qsizetype i = older.size() - 1; i >= 0; --i)
            chunk.append(older.at(i));
        chunk.append(stateEvent(QStringLiteral("m.room.create"), QString(), {}, kAlice, 9000));
        QVERIFY(storeBackfill(m_store->db(), kRoom, **still, chunk, {}, QString()).ok());
        model.storeExtended();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.atRoomStart());
        QCOMPARE(model.index(0, 0).data(TimelineModel::TypeRole).toString(), QStringLiteral("m.room.create"));
        QCOMPARE(eventIdAt(model, 1), QStringLiteral("$e0"));
        QCOMPARE(eventIdAt(model, 4), QStringLiteral("$e100"));
        QCOMPARE(needServer.count(), 2);
    }

    void roomCreationEndsHistoryWithoutAskingTheServer()
    {
        // A fresh room's first sync holds its m.room.create and a prev_batch: nothing can precede
        // the creation, so no request is made for it.
        QJsonArray timeline{stateEvent(QStringLiteral("m.room.create"), QString(), {}, kAlice, 9000)};
        for (const QJsonValue &v : messages(0, 3))
            timeline.append(v);
        m_store->apply({joinedRoom(kRoom, QStringLiteral("Fresh"), timeline)});
        TimelineModel model(m_store->db(), kRoom, nullptr, 10, 100);
        QSignalSpy needServer(&model, &TimelineModel::backPaginationNeeded); // the tester fetches too
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.atRoomStart());
        QCOMPARE(needServer.count(), 0);
        QCOMPARE(model.rowCount(), 4);
    }

    void otherRoomsAndLimitedBatches()
    {
        shortRoom(20);
        TimelineModel model(m_store->db(), kRoom, nullptr, 10, 40);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.applyChanges(m_store->apply(
            {joinedRoom(QStringLiteral("!other:localhost"), QStringLiteral("Other"), messages(500, 3))}));
        QCOMPARE(inserts.count(), 0);

        // A limited batch leaves a hole: the rows before it go, and paging up asks the server.
        RoomUpdate limited;
        limited.roomId = kRoom;
        limited.limited = true;
        limited.prevBatch = QStringLiteral("hole");
        limited.timeline = messages(1000, 5);
        QSignalSpy needServer(&model, &TimelineModel::backPaginationNeeded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.applyChanges(m_store->apply({limited}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(eventIdAt(model, 0), QStringLiteral("$e1000"));
        QVERIFY(!model.atRoomStart());
        model.fetchMore({});
        QCOMPARE(needServer.count(), 1);
        QCOMPARE(model.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_models_timeline.moc"
