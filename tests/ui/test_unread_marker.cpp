// Where the "New messages" line goes and what "Jump to first unread" points at
// (ConversationRoles::unread): the line stays where the read marker was when the room opened,
// a marker older than the window (a gap) still counts as unread above, and nothing unread means
// no line. Recorded events through the real SyncWriter into a real store.
#include "timeline_view_model.h"

#include "tst_models_support.h"

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!unread:localhost");
const QString kAlice = QStringLiteral("@alice:localhost"); // the own user (StoreFixture)
const QString kBob = QStringLiteral("@bob:localhost");
using R = TimelineViewModel;

RoomUpdate room(const QJsonArray &timeline, const QString &fullyRead = {})
{
    RoomUpdate r =
        joinedRoom(kRoom, QStringLiteral("Unread"), timeline, {member(kBob, QStringLiteral("Bob"))});
    r.prevBatch.clear();
    if (!fullyRead.isEmpty())
        r.accountData = {
            QJsonObject{{QStringLiteral("type"), QStringLiteral("m.fully_read")},
                        {QStringLiteral("content"), QJsonObject{{QStringLiteral("event_id"), fullyRead}}}}};
    return r;
}

QJsonArray bobSays(int from, int to)
{
    QJsonArray out;
    for (int i = from; i <= to; ++i)
        out.append(
            textMessage(QStringLiteral("$%1").arg(i), kBob, 1000 * i, QStringLiteral("news %1").arg(i)));
    return out;
}

int sourceRowOf(const TimelineModel &m, const QString &eventId)
{
    return m.rowOfEvent(eventId);
}
} // namespace

class TestUnreadMarker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineStaysWhereTheMarkerWasAtOpen();
    void markerOlderThanTheWindowIsUnreadAbove();
    void nothingUnreadNoLine();
};

void TestUnreadMarker::lineStaysWhereTheMarkerWasAtOpen()
{
    StoreFixture store;
    store.apply({room(bobSays(1, 5), QStringLiteral("$2"))});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    ConversationRoles::Unread u = view.conversation().unread();
    QCOMPARE(u.markerRow, sourceRowOf(source, QStringLiteral("$2")));
    QVERIFY(!u.beforeWindow);
    QCOMPARE(u.count, 3);
    QCOMPARE(view.conversation().fullyReadAtOpen(), QStringLiteral("$2"));

    // The user reads on (the server moves the marker, a sync brings it and a new message): the
    // line stays below $2 while the room is open; the new message counts as unread after it.
    RoomUpdate later = room(bobSays(6, 6), QStringLiteral("$5"));
    source.applyChanges(store.apply({later}));
    view.refreshReceipts();
    u = view.conversation().unread();
    QCOMPARE(u.markerRow, sourceRowOf(source, QStringLiteral("$2")));
    QCOMPARE(u.count, 4);
    const int viewRow = view.rowOfEvent(QStringLiteral("$2"));
    QVERIFY(view.index(viewRow, 0).data(R::UnreadMarkerRole).toBool());

    // Opened again: the line is where the marker is now.
    TimelineModel reopened(store.db(), kRoom);
    TimelineViewModel reopenedView(&reopened, store.db());
    u = reopenedView.conversation().unread();
    QCOMPARE(u.markerRow, sourceRowOf(reopened, QStringLiteral("$5")));
    QCOMPARE(u.count, 1);

    // Marked read (Esc): no line, nothing to jump to.
    reopenedView.conversation().setFullyRead(QStringLiteral("$6"));
    QVERIFY(!reopenedView.conversation().unread().any());
}

void TestUnreadMarker::markerOlderThanTheWindowIsUnreadAbove()
{
    StoreFixture store;
    store.apply({room(bobSays(1, 30), QStringLiteral("$3"))});
    // A window of the newest 10 events: $3 is stored but older than the window.
    TimelineModel source(store.db(), kRoom, nullptr, 10);
    TimelineViewModel view(&source, store.db());
    QCOMPARE(source.rowOfEvent(QStringLiteral("$3")), -1);
    ConversationRoles::Unread u = view.conversation().unread();
    QVERIFY(u.any());
    QVERIFY(u.beforeWindow);
    QCOMPARE(u.markerRow, -1);
    QCOMPARE(u.count, source.rowCount()); // every message in the window is Bob's and unread

    // A marker the store does not have at all lies in a gap of older history.
    view.conversation().setFullyRead(QStringLiteral("$never-synced"));
    u = view.conversation().unread();
    QVERIFY(u.beforeWindow);

    // Moved back into history past a marker that is newer than the window: not above.
    view.conversation().setFullyRead(QStringLiteral("$30"));
    QVERIFY(source.loadAround(QStringLiteral("$3")));
    QCOMPARE(source.rowOfEvent(QStringLiteral("$30")), -1);
    QVERIFY(!view.conversation().unread().any());
}

void TestUnreadMarker::nothingUnreadNoLine()
{
    StoreFixture store;
    // Only own messages after the marker: nothing new.
    QJsonArray events = bobSays(1, 2);
    events.append(textMessage(QStringLiteral("$3"), kAlice, 3000, QStringLiteral("mine")));
    store.apply({room(events, QStringLiteral("$2"))});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    QVERIFY(!view.conversation().unread().any());
    QCOMPARE(view.conversation().unread().count, 0);
    // No marker at all (a room never read on any device): no line either.
    view.conversation().setFullyRead(QString());
    QVERIFY(!view.conversation().unread().any());
}

QTEST_GUILESS_MAIN(TestUnreadMarker)
#include "test_unread_marker.moc"
