// The unread marker and "Jump to first unread" in a real RoomView window against a real Synapse:
// another member sends ~40 messages while we are away; on opening the room the pill shows and the
// "New messages" line is above the viewport; the pill brings the line into view; Esc marks the
// room read on the server (m.fully_read and m.read at the newest event) and takes the line and the
// pill away. Back in the room after more messages, the line sits at the new place. Screenshots in
// light and dark go to $LATTICE_SCREENSHOT_DIR when set.
#include "async_wait.h"
#include "logged_in_account.h"
#include "raw_messages.h"
#include "room_controller.h"
#include "room_view_window.h"
#include "test_homeserver.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kMessages = 40;

// What the server holds as the user's m.fully_read in the room.
QString serverFullyRead(const TestUser &user, const QString &roomId)
{
    const RawReply r = request("GET",
                               QStringLiteral("/_matrix/client/v3/user/%1/rooms/%2/account_data/m.fully_read")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(user.userId)),
                                        QString::fromLatin1(QUrl::toPercentEncoding(roomId))),
                               {}, user.accessToken);
    return r.status == 200 ? r.body.value(QLatin1String("event_id")).toString() : QString();
}

} // namespace

class TestUnreadLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jumpToFirstUnreadAndMarkRead();
};

void TestUnreadLive::jumpToFirstUnreadAndMarkRead()
{
    Account me = loggedIn(QStringLiteral("unreadme"));
    const TestUser bob = registerUser(QStringLiteral("unreadbob"));
    const QString roomId = joinedPublicRoom(bob, *me.session, QStringLiteral("Allotment"));
    QVERIFY2(!roomId.isEmpty(), "cannot set up the room");

    // We have read up to here...
    const QString lastRead = sendText(bob, roomId, QStringLiteral("See you at the plot on Saturday."));
    QVERIFY(!lastRead.isEmpty());
    QCOMPARE(request("POST", roomPath(roomId, QStringLiteral("read_markers")),
                     {{QStringLiteral("m.fully_read"), lastRead}, {QStringLiteral("m.read"), lastRead}},
                     me.user.accessToken)
                 .status,
             200);
    // ... and Bob goes on while we are away.
    QString newest;
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY(
            !(newest = sendText(bob, roomId, QStringLiteral("Update %1 from the plot").arg(i))).isEmpty());
    QVERIFY(syncOnce(*me.session));

    RoomListModel rooms(me.session->reader());
    QObject::connect(&me.session->syncLoop(), &SyncLoop::synced, &rooms, &RoomListModel::applyChanges);
    auto room = std::make_unique<RoomController>(*me.session, rooms, roomId);
    RoomHolder holder;
    holder.setRoom(room.get());
    RoomViewWindow w(&holder);
    QVERIFY(w.window && QTest::qWaitForWindowExposed(w.window));
    w.window->requestActivate();
    QTRY_VERIFY_WITH_TIMEOUT(!room->loadingHistory(), kWaitMs);

    // Opened at the bottom: the pill says where the unread messages start; the line is above.
    QTRY_VERIFY_WITH_TIMEOUT(w.pillShown(), kWaitMs);
    QVERIFY(w.shownInTimeline("unreadMarker").isEmpty());
    saveShots(w.window, QStringLiteral("unread-pill"));
    // Seeing the bottom sends a receipt but does not pass the unread messages by.
    QTest::qWait(1500);
    QCOMPARE(serverFullyRead(me.user, roomId), lastRead);

    // The pill scrolls to the line (paging back if needed) and goes once the line is in view.
    w.click("jumpToUnreadButton");
    QTRY_VERIFY_WITH_TIMEOUT(!w.shownInTimeline("unreadMarker").isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!w.find("jumpToUnreadPill")->isVisible(), 10000);
    saveShots(w.window, QStringLiteral("unread-line"));

    // Esc in the timeline: everything is read, on the server too; the line goes.
    w.find("timelineView")->forceActiveFocus();
    QTest::keyClick(w.window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(serverFullyRead(me.user, roomId), newest, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.shownInTimeline("unreadMarker").isEmpty(), 10000);
    QVERIFY(!w.pillShown());

    // Away again while Bob writes more; back in the room the line has moved to the new place.
    holder.setRoom(nullptr);
    room.reset();
    QString newer;
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY(!(newer = sendText(bob, roomId, QStringLiteral("Later note %1").arg(i))).isEmpty());
    QVERIFY(syncOnce(*me.session));
    // A short window: the sync brings only the newest of them, and the line must be off screen.
    w.window->setHeight(300);
    room = std::make_unique<RoomController>(*me.session, rooms, roomId);
    holder.setRoom(room.get());
    QTRY_VERIFY_WITH_TIMEOUT(!room->loadingHistory(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.pillShown(), kWaitMs);
    QVERIFY(w.shownInTimeline("unreadMarker").isEmpty());
    QCOMPARE(room->unreadEventId(), newest);

    // Esc in the composer (no reply or edit to leave) marks it read as well.
    w.find("composer")->forceActiveFocus();
    QTest::keyClick(w.window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!w.pillShown(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverFullyRead(me.user, roomId), newer, kWaitMs);
    holder.setRoom(nullptr);
}

int main(int argc, char **argv)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setPalette(lightPalette());
    TestUnreadLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_unread_live.moc"
