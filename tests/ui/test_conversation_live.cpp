// Replies, edits, reactions and read receipts between two accounts on a real Synapse, through the
// RoomControllers the app uses: each side's view is fed only by its own session's syncs.
#include "async_wait.h"
#include "logged_in_account.h"
#include "room_controller.h"

#include <QSignalSpy>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
using R = TimelineViewModel;

// The view row whose text is `text`, or -1.
int rowWithText(QAbstractItemModel *view, const QString &text)
{
    for (int r = view->rowCount() - 1; r >= 0; --r)
        if (view->index(r, 0).data(R::DisplayTextRole).toString() == text)
            return r;
    return -1;
}

QVariant roleAt(QAbstractItemModel *view, const QString &text, int role)
{
    const int row = rowWithText(view, text);
    return row < 0 ? QVariant() : view->index(row, 0).data(role);
}

// A room's controller fed by its session's sync loop, as AppController wires it.
struct Side
{
    Side(Account &account, const QString &roomId)
        : rooms(account.session->reader()), room(*account.session, rooms, roomId)
    {
        QObject::connect(&account.session->syncLoop(), &SyncLoop::synced, &rooms,
                         &RoomListModel::applyChanges);
        QObject::connect(&account.session->syncLoop(), &SyncLoop::synced, &room,
                         &RoomController::applyChanges);
    }
    RoomListModel rooms;
    RoomController room;
};
} // namespace

class TestConversationLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyEditReactUnreactAndRead();
};

void TestConversationLive::replyEditReactUnreactAndRead()
{
    Account alice = loggedIn(QStringLiteral("convalice"));
    Account bob = loggedIn(QStringLiteral("convbob"));
    CreateRoomOptions options;
    options.name = QStringLiteral("Conversation");
    auto roomId = sharedRoom(alice, bob, options);
    QVERIFY2(roomId.ok(), qPrintable(roomId.ok() ? QString() : roomId.error().describe()));

    Side a(alice, *roomId);
    Side b(bob, *roomId);
    QAbstractItemModel *aView = a.room.timeline();
    QAbstractItemModel *bView = b.room.timeline();
    alice.session->syncLoop().start(3000);
    bob.session->syncLoop().start(3000);

    // Alice asks; Bob replies to it.
    QVERIFY(a.room.send(QStringLiteral("Lunch at noon?")));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(bView, QStringLiteral("Lunch at noon?")) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !roleAt(bView, QStringLiteral("Lunch at noon?"), TimelineModel::EventIdRole).toString().isEmpty(),
        30000);
    const QString question =
        roleAt(bView, QStringLiteral("Lunch at noon?"), TimelineModel::EventIdRole).toString();
    b.room.startReply(question);
    QCOMPARE(b.room.replyingToEventId(), question);
    QVERIFY(!b.room.replyingToName().isEmpty());
    QVERIFY(b.room.send(QStringLiteral("Yes, see you there")));
    QVERIFY(b.room.replyingToEventId().isEmpty()); // sending ends the reply mode

    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(aView, QStringLiteral("Yes, see you there")) >= 0, 30000);
    const QVariantMap quote = roleAt(aView, QStringLiteral("Yes, see you there"), R::ReplyRole).toMap();
    QCOMPARE(quote.value(QStringLiteral("eventId")).toString(), question);
    QCOMPARE(quote.value(QStringLiteral("text")).toString(), QStringLiteral("Lunch at noon?"));
    QCOMPARE(quote.value(QStringLiteral("state")).toString(), QStringLiteral("loaded"));

    // Bob edits his reply (Up in the empty composer picks it); Alice sees the new text, marked.
    QTRY_VERIFY_WITH_TIMEOUT(
        !roleAt(bView, QStringLiteral("Yes, see you there"), TimelineModel::EventIdRole).toString().isEmpty(),
        30000);
    QCOMPARE(b.room.editLastOwnMessage(), QStringLiteral("Yes, see you there"));
    QVERIFY(!b.room.editingEventId().isEmpty());
    QVERIFY(b.room.send(QStringLiteral("Yes, at 12:30 instead")));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(aView, QStringLiteral("Yes, at 12:30 instead")) >= 0, 30000);
    QCOMPARE(rowWithText(aView, QStringLiteral("Yes, see you there")), -1);
    QVERIFY(roleAt(aView, QStringLiteral("Yes, at 12:30 instead"), TimelineModel::IsEditedRole).toBool());
    // Still a reply, and the edit is no row of its own.
    QCOMPARE(roleAt(aView, QStringLiteral("Yes, at 12:30 instead"), R::ReplyRole)
                 .toMap()
                 .value(QStringLiteral("eventId")),
             QVariant(question));
    QCOMPARE(rowWithText(aView, QStringLiteral("* Yes, at 12:30 instead")), -1);
    const QString answer =
        roleAt(aView, QStringLiteral("Yes, at 12:30 instead"), TimelineModel::EventIdRole).toString();

    // Both react with the same key; Alice sees one chip counting two, hers highlighted.
    a.room.toggleReaction(answer, QStringLiteral("👍"));
    b.room.toggleReaction(answer, QStringLiteral("👍"));
    const auto chip = [&](QAbstractItemModel *view) {
        const QVariantList chips =
            roleAt(view, QStringLiteral("Yes, at 12:30 instead"), R::ReactionChipsRole).toList();
        return chips.isEmpty() ? QVariantMap() : chips.first().toMap();
    };
    QTRY_COMPARE_WITH_TIMEOUT(chip(aView).value(QStringLiteral("count")).toInt(), 2, 30000);
    QVERIFY(chip(aView).value(QStringLiteral("reactedByMe")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(chip(bView).value(QStringLiteral("count")).toInt(), 2, 30000);
    // Once the server has Alice's reaction, toggling again takes it back (a redaction).
    QTRY_VERIFY_WITH_TIMEOUT(
        !roleAt(aView, QStringLiteral("Yes, at 12:30 instead"), TimelineModel::ReactionsRole)
             .toList()
             .first()
             .toMap()
             .value(QStringLiteral("ownEventId"))
             .toString()
             .isEmpty(),
        30000);
    a.room.toggleReaction(answer, QStringLiteral("👍"));
    QTRY_COMPARE_WITH_TIMEOUT(chip(aView).value(QStringLiteral("count")).toInt(), 1, 30000);
    QVERIFY(!chip(aView).value(QStringLiteral("reactedByMe")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(chip(bView).value(QStringLiteral("count")).toInt(), 1, 30000);
    QVERIFY(chip(bView).value(QStringLiteral("reactedByMe")).toBool());

    // Bob has seen the bottom: Alice sees his receipt on the newest shown row.
    b.room.markRead();
    const auto bobReadLatest = [&] {
        for (int r = aView->rowCount() - 1; r >= 0; --r) {
            const QVariantList readers = aView->index(r, 0).data(R::ReadersRole).toList();
            for (const QVariant &v : readers)
                if (v.toMap().value(QStringLiteral("userId")).toString() == bob.user.userId)
                    return r == aView->rowCount() - 1;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bobReadLatest(), 30000);

    alice.session->syncLoop().stop();
    bob.session->syncLoop().stop();
}

QTEST_GUILESS_MAIN(TestConversationLive)
#include "test_conversation_live.moc"
