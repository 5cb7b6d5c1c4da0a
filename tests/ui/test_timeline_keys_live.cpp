// Keyboard-first navigation of the timeline in a real RoomView window against a real Synapse:
// another member has written more than one page of history. PageUp from the composer scrolls the
// timeline up about a page while the composer keeps the focus, and PageDown brings it back; a press
// on a message row gives the timeline the keys (Ctrl+K and Esc still type nothing); PageUp there up
// to the top loads older history as the mouse wheel does; Home shows the first loaded row, End the
// newest and follows new messages again; typing "h" in the timeline goes on in the composer.
// Screenshots in light and dark go to $LATTICE_SCREENSHOT_DIR when set.
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
// More than the timeline model's first page (50 rows), so the top is reached by loading history.
constexpr int kMessages = 90;

qreal contentY(QQuickItem *list)
{
    return list->property("contentY").toReal();
}

// Whether the timeline's row `row` is made and at least partly inside the viewport.
bool rowShown(QQuickItem *list, int row)
{
    QQuickItem *item = nullptr;
    if (!QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row)) ||
        !item || !item->isVisible())
        return false;
    const QRectF viewport = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
    return viewport.intersects(item->mapRectToScene(QRectF(0, 0, item->width(), item->height())));
}

// The text of the lowest message body in view.
QString lowestBodyShown(const RoomViewWindow &w)
{
    const QList<QQuickItem *> bodies = w.shownInTimeline("body");
    return bodies.isEmpty() ? QString() : bodies.last()->property("text").toString();
}

} // namespace

class TestTimelineKeysLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyboardDrivesTheTimeline();
};

void TestTimelineKeysLive::keyboardDrivesTheTimeline()
{
    Account me = loggedIn(QStringLiteral("keysme"));
    const TestUser bob = registerUser(QStringLiteral("keysbob"));
    const QString roomId = joinedPublicRoom(bob, *me.session, QStringLiteral("Minutes"));
    QVERIFY2(!roomId.isEmpty(), "cannot set up the room");
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY(!sendText(bob, roomId, QStringLiteral("Minute %1 of the meeting").arg(i)).isEmpty());
    QVERIFY(syncOnce(*me.session));

    RoomListModel rooms(me.session->reader());
    QObject::connect(&me.session->syncLoop(), &SyncLoop::synced, &rooms, &RoomListModel::applyChanges);
    RoomController room(*me.session, rooms, roomId);
    QObject::connect(&me.session->syncLoop(), &SyncLoop::synced, &room, &RoomController::applyChanges);
    RoomHolder holder;
    holder.setRoom(&room);
    RoomViewWindow w(&holder);
    QVERIFY(w.window && QTest::qWaitForWindowExposed(w.window));
    w.window->requestActivate();
    QQuickItem *timeline = w.find("timelineView");
    QQuickItem *composer = w.find("composer");
    QVERIFY(timeline && composer);
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory() && timeline->property("settled").toBool(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(lowestBodyShown(w), QStringLiteral("Minute %1 of the meeting").arg(kMessages),
                              kWaitMs);
    QVERIFY(!room.atRoomStart()); // the top is further than what the room opened with
    QTest::qWait(300);            // rows grown to their size: the view rests at the bottom

    // PageUp from the composer: the timeline goes up about a page, the composer keeps the keys.
    composer->forceActiveFocus();
    QVERIFY(composer->hasActiveFocus());
    const qreal height = timeline->height();
    const qreal atBottom = contentY(timeline);
    QTest::keyClick(w.window, Qt::Key_PageUp);
    const qreal pagedUp = contentY(timeline);
    QVERIFY2(
        atBottom - pagedUp > height / 2 && atBottom - pagedUp < height,
        qPrintable(QStringLiteral("from %1 to %2 in a view %3 high").arg(atBottom).arg(pagedUp).arg(height)));
    QVERIFY(composer->hasActiveFocus());
    QVERIFY(!timeline->property("stickToEnd").toBool());
    saveShots(w.window, QStringLiteral("timeline-keys-page-up"));

    // PageDown brings it back down; Ctrl+End from the composer is the newest message.
    QTest::keyClick(w.window, Qt::Key_PageDown);
    QVERIFY2(contentY(timeline) - pagedUp > height / 2,
             qPrintable(QStringLiteral("from %1 to %2").arg(pagedUp).arg(contentY(timeline))));
    QVERIFY(composer->hasActiveFocus());
    QTest::keyClick(w.window, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(rowShown(timeline, timeline->property("count").toInt() - 1), 10000);
    QVERIFY(timeline->property("stickToEnd").toBool());
    QVERIFY(composer->hasActiveFocus());
    QCOMPARE(composer->property("text").toString(), QString());

    // A press on a message row gives the timeline the keys: beside the text (the avatar's column,
    // where no item takes the press) the list itself, on the text the list or the text inside it.
    const auto middleBody = [&w] {
        const QList<QQuickItem *> bodies = w.shownInTimeline("body");
        return bodies.value(bodies.size() / 2);
    };
    const auto onText = [&] {
        QQuickItem *body = middleBody();
        return body ? body->mapToScene(QPointF(8, body->height() / 2)).toPoint() : QPoint();
    };
    QVERIFY(!onText().isNull());
    QTest::mouseClick(w.window, Qt::LeftButton, {}, onText() - QPoint(28, 0));
    QTRY_COMPARE(w.window->activeFocusItem(), timeline);
    QVERIFY(!composer->hasActiveFocus());
    // Shortcuts and Esc keep their meaning: nothing is typed, the timeline keeps the keys.
    QTest::keyClick(w.window, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClick(w.window, Qt::Key_Escape);
    QVERIFY(timeline->hasActiveFocus());
    QCOMPARE(composer->property("text").toString(), QString());
    // The rows' own handlers keep their press: the right button opens the message menu.
    QTest::mouseClick(w.window, Qt::RightButton, {}, onText());
    QObject *menu = nullptr;
    QTRY_VERIFY((menu = w.window->findChild<QObject *>(QStringLiteral("messageMenu"))) &&
                menu->property("opened").toBool());
    QTest::keyClick(w.window, Qt::Key_Escape);
    QTRY_VERIFY(!menu->property("opened").toBool());
    // Text is still selected by dragging over it, and the timeline has the keys.
    composer->forceActiveFocus();
    QQuickItem *body = middleBody();
    QVERIFY(body);
    const QPoint from = onText();
    QTest::mousePress(w.window, Qt::LeftButton, {}, from);
    for (int dx = 10; dx <= 60; dx += 10)
        QTest::mouseMove(w.window, from + QPoint(dx, 0));
    QTest::mouseRelease(w.window, Qt::LeftButton, {}, from + QPoint(60, 0));
    QVERIFY2(!body->property("selectedText").toString().isEmpty(),
             qPrintable(body->property("text").toString()));
    QTRY_VERIFY(timeline->hasActiveFocus());
    QVERIFY(!composer->hasActiveFocus());

    // PageUp in the timeline up to the top: older history comes in as it does for the wheel.
    const int opened = timeline->property("count").toInt();
    for (int i = 0; i < 60 && !room.atRoomStart(); ++i) {
        QTest::keyClick(w.window, Qt::Key_PageUp);
        QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kWaitMs);
        QVERIFY(timeline->hasActiveFocus());
    }
    QVERIFY(room.atRoomStart());
    QVERIFY2(
        timeline->property("count").toInt() > opened,
        qPrintable(
            QStringLiteral("%1 rows, %2 at the start").arg(timeline->property("count").toInt()).arg(opened)));

    // Home: the first loaded row. End: the newest, following what arrives next.
    QTest::keyClick(w.window, Qt::Key_End);
    QTRY_VERIFY_WITH_TIMEOUT(room.atLiveEdge() && rowShown(timeline, timeline->property("count").toInt() - 1),
                             kWaitMs);
    QTest::keyClick(w.window, Qt::Key_Home);
    QTRY_VERIFY_WITH_TIMEOUT(rowShown(timeline, 0), 10000);
    QVERIFY(!rowShown(timeline, timeline->property("count").toInt() - 1));
    QVERIFY(!timeline->property("stickToEnd").toBool());
    saveShots(w.window, QStringLiteral("timeline-keys-home"));
    QTest::keyClick(w.window, Qt::Key_End);
    QTRY_VERIFY_WITH_TIMEOUT(room.atLiveEdge() && rowShown(timeline, timeline->property("count").toInt() - 1),
                             kWaitMs);
    QVERIFY(!rowShown(timeline, 0));
    QVERIFY(timeline->property("stickToEnd").toBool());
    QVERIFY(!sendText(bob, roomId, QStringLiteral("Any other business?")).isEmpty());
    QVERIFY(syncOnce(*me.session));
    QTRY_COMPARE_WITH_TIMEOUT(lowestBodyShown(w), QStringLiteral("Any other business?"), 10000);
    QVERIFY(rowShown(timeline, timeline->property("count").toInt() - 1));

    // Typing in the timeline goes on in the composer.
    QVERIFY(timeline->hasActiveFocus());
    QTest::keyClick(w.window, 'h');
    QTRY_VERIFY(composer->hasActiveFocus());
    QCOMPARE(composer->property("text").toString(), QStringLiteral("h"));
    QTest::keyClick(w.window, 'i');
    QCOMPARE(composer->property("text").toString(), QStringLiteral("hi"));
    holder.setRoom(nullptr);
}

int main(int argc, char **argv)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setPalette(lightPalette());
    TestTimelineKeysLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_timeline_keys_live.moc"
