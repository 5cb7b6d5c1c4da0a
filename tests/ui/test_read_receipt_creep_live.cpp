// The read receipt creeping forward in a real RoomView window against a real Synapse: we read the
// room to its bottom, scroll up, and another member sends 40 messages below the viewport. Scrolling
// so that the 20th is the newest message wholly in view moves our m.read there once the view rests
// (the server's unread notification count drops to the 20 below it) and leaves m.fully_read alone;
// scrolling back up does not move the receipt back; the bottom reads everything as before.
#include "async_wait.h"
#include "logged_in_account.h"
#include "raw_messages.h"
#include "room_controller.h"
#include "test_homeserver.h"
#include "timeline_view_model.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kListViewEnd = 2; // ListView.End: the row's bottom at the viewport's bottom

QString serverFullyRead(const TestUser &user, const QString &roomId)
{
    const RawReply r = request("GET",
                               QStringLiteral("/_matrix/client/v3/user/%1/rooms/%2/account_data/m.fully_read")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(user.userId)),
                                        QString::fromLatin1(QUrl::toPercentEncoding(roomId))),
                               {}, user.accessToken);
    return r.status == 200 ? r.body.value(QLatin1String("event_id")).toString() : QString();
}

// What a fresh /sync of the user says about the room: the unread notification count and the
// event the user's public read receipt is on.
struct ServerReadState
{
    int notifications = -1;
    QString receipt;
};

ServerReadState serverReadState(const TestUser &user, const QString &roomId)
{
    // Synapse answers an identical /sync from a cache for a while: each filter is new.
    static int asked = 0;
    const QByteArray filter =
        QStringLiteral(R"({"room":{"timeline":{"limit":1,"not_types":["org.lattice.test.%1"]}}})")
            .arg(++asked)
            .toUtf8();
    const RawReply r = request("GET",
                               QStringLiteral("/_matrix/client/v3/sync?timeout=0&filter=%1")
                                   .arg(QString::fromLatin1(filter.toPercentEncoding())),
                               {}, user.accessToken);
    ServerReadState out;
    const QJsonObject room = r.body.value(QLatin1String("rooms"))
                                 .toObject()
                                 .value(QLatin1String("join"))
                                 .toObject()
                                 .value(roomId)
                                 .toObject();
    out.notifications = room.value(QLatin1String("unread_notifications"))
                            .toObject()
                            .value(QLatin1String("notification_count"))
                            .toInt(-1);
    const QJsonArray ephemeral =
        room.value(QLatin1String("ephemeral")).toObject().value(QLatin1String("events")).toArray();
    for (const QJsonValue &e : ephemeral) {
        if (e.toObject().value(QLatin1String("type")).toString() != QLatin1String("m.receipt"))
            continue;
        const QJsonObject content = e.toObject().value(QLatin1String("content")).toObject();
        for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
            if (it.value().toObject().value(QLatin1String("m.read")).toObject().contains(user.userId))
                out.receipt = it.key();
        }
    }
    return out;
}

// Polls the server until the room has `count` unread notifications; the last count seen.
int awaitNotifications(const TestUser &user, const QString &roomId, int count)
{
    int seen = -1;
    (void)QTest::qWaitFor([&] { return (seen = serverReadState(user, roomId).notifications) == count; },
                          kWaitMs);
    return seen;
}

} // namespace

class TestReadReceiptCreepLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receiptFollowsScrolling();
};

void TestReadReceiptCreepLive::receiptFollowsScrolling()
{
    Account me = loggedIn(QStringLiteral("creepme"));
    const TestUser bob = registerUser(QStringLiteral("creepbob"));
    const QString roomId = joinedPublicRoom(bob, *me.session, QStringLiteral("Seed swap"));
    QVERIFY2(!roomId.isEmpty(), "cannot set up the room");
    QString earlier;
    for (int i = 1; i <= 15; ++i)
        QVERIFY(!(earlier = sendText(bob, roomId, QStringLiteral("Earlier note %1").arg(i))).isEmpty());
    QVERIFY(syncOnce(*me.session));

    RoomListModel rooms(me.session->reader());
    QObject::connect(&me.session->syncLoop(), &SyncLoop::synced, &rooms, &RoomListModel::applyChanges);
    RoomController room(*me.session, rooms, roomId);
    QObject::connect(&me.session->syncLoop(), &SyncLoop::synced, &room, &RoomController::applyChanges);
    auto *model = qobject_cast<TimelineViewModel *>(room.timeline());
    QVERIFY(model);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.rootContext()->setContextProperty(QStringLiteral("openRoom"), &room);
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        import Lattice
        ApplicationWindow {
            width: 560; height: 520; visible: true
            RoomView { anchors.fill: parent; room: openRoom }
        })");
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    window->requestActivate();
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("timelineView"));
    QVERIFY(list);

    // The bottom in view reads the room, as before.
    QTRY_COMPARE_WITH_TIMEOUT(room.readReceiptEventId(), earlier, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(serverReadState(me.user, roomId).receipt, earlier, kWaitMs);

    // The user scrolls up to older messages; Bob writes 40 more below the viewport (in batches
    // that each fit one sync, so the timeline has no gap).
    list->setProperty("stickToEnd", false);
    QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, 0), Q_ARG(int, 0)));
    QTRY_VERIFY_WITH_TIMEOUT(!room.loadingHistory(), kWaitMs);
    QStringList live;
    for (int i = 1; i <= 40; ++i) {
        live.append(sendText(bob, roomId, QStringLiteral("Live note %1").arg(i)));
        QVERIFY(!live.back().isEmpty());
        if (i % 10 == 0)
            QVERIFY(syncOnce(*me.session));
    }
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfEvent(live.back()) >= 0, kWaitMs);
    QCOMPARE(awaitNotifications(me.user, roomId, 40), 40);
    // Resting over older messages sends nothing.
    QTest::qWait(1200);
    QCOMPARE(room.readReceiptEventId(), earlier);
    const QString fullyRead = serverFullyRead(me.user, roomId);

    // "Live note 20" is the newest message wholly in view: once the view rests, m.read moves there.
    const int middle = model->rowOfEvent(live[19]);
    QVERIFY(middle > 0);
    QVERIFY(
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, middle), Q_ARG(int, kListViewEnd)));
    QTRY_COMPARE_WITH_TIMEOUT(room.readReceiptEventId(), live[19], 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverReadState(me.user, roomId).receipt, live[19], kWaitMs);
    QCOMPARE(awaitNotifications(me.user, roomId, 20), 20);
    // The read marker (the "New messages" line) is not the receipt's business.
    QCOMPARE(serverFullyRead(me.user, roomId), fullyRead);

    // Back up to "Live note 5": the receipt stays where it is.
    const int above = model->rowOfEvent(live[4]);
    QVERIFY(above > 0 && above < middle);
    QVERIFY(
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, above), Q_ARG(int, kListViewEnd)));
    QTest::qWait(1500);
    QCOMPARE(room.readReceiptEventId(), live[19]);
    const ServerReadState after = serverReadState(me.user, roomId);
    QCOMPARE(after.receipt, live[19]);
    QCOMPARE(after.notifications, 20);

    // Following the bottom again reads everything, as before.
    list->setProperty("stickToEnd", true);
    QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
    QTRY_COMPARE_WITH_TIMEOUT(room.readReceiptEventId(), live.back(), 10000);
    QCOMPARE(awaitNotifications(me.user, roomId, 0), 0);
}

int main(int argc, char **argv)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    TestReadReceiptCreepLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_read_receipt_creep_live.moc"
