// The desktop controllers against a real homeserver: sign in, the filtered room list, opening a
// room (its history and display text), sending through the send queue (local echo, then the
// remote event in place), and accepting an invite.
#include "app_controller.h"
#include "test_homeserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
constexpr int kTimeout = 30000;

QString roomPath(const QString &roomId, const QString &rest)
{
    return QStringLiteral("/_matrix/client/v3/rooms/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), rest);
}

int rowWhere(const QAbstractItemModel &m, int role, const QString &value)
{
    for (int i = m.rowCount() - 1; i >= 0; --i)
        if (m.index(i, 0).data(role).toString() == value)
            return i;
    return -1;
}
} // namespace

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signInOpenSendAndAcceptInvite();
};

void TestAppController::signInOpenSendAndAcceptInvite()
{
    const TestUser me = registerUser(QStringLiteral("uime"));
    const TestUser friendUser = registerUser(QStringLiteral("uifriend"));
    const RawReply created = request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                                     {{QStringLiteral("name"), QStringLiteral("Garden")},
                                      {QStringLiteral("preset"), QStringLiteral("public_chat")}},
                                     friendUser.accessToken);
    QCOMPARE(created.status, 200);
    const QString roomId = created.body.value(QLatin1String("room_id")).toString();
    QCOMPARE(request("POST", roomPath(roomId, QStringLiteral("join")), {}, me.accessToken).status, 200);
    QCOMPARE(request("PUT", roomPath(roomId, QStringLiteral("send/m.room.message/f1")),
                     {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                      {QStringLiteral("body"), QStringLiteral("roses")},
                      {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
                      {QStringLiteral("formatted_body"), QStringLiteral("<b>roses</b><script>x()</script>")}},
                     friendUser.accessToken)
                 .status,
             200);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppController controller(dir.path());
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(controller.page(), QStringLiteral("login"), kTimeout);
    controller.login(homeserverUrl().toString(), me.localpart, me.password);
    QTRY_COMPARE_WITH_TIMEOUT(controller.page(), QStringLiteral("rooms"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(controller.roomsLoaded(), kTimeout);

    // The room list, narrowed by the search text.
    RoomListFilterModel &rooms = *controller.rooms();
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(rooms, RoomListModel::RoomIdRole, roomId) >= 0, kTimeout);
    rooms.setFilterText(QStringLiteral("no such room"));
    QCOMPARE(rooms.rowCount(), 0);
    rooms.setFilterText(QStringLiteral("gard"));
    QCOMPARE(rooms.rowCount(), 1);
    rooms.setFilterText(QString());

    // Opening the room: its history with ready-to-show text.
    controller.selectRoom(roomId);
    RoomController *room = controller.room();
    QVERIFY(room);
    QCOMPARE(room->roomId(), roomId);
    QCOMPARE(room->displayName(), QStringLiteral("Garden"));
    QTRY_VERIFY_WITH_TIMEOUT(!room->loadingHistory(), kTimeout);
    QAbstractItemModel &timeline = *room->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("roses")) >= 0,
                             kTimeout);
    const QModelIndex roses =
        timeline.index(rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("roses")), 0);
    QVERIFY(roses.data(TimelineViewModel::IsRichTextRole).toBool());
    const QString html = roses.data(TimelineViewModel::DisplayTextRole).toString();
    QVERIFY2(html.contains(QLatin1String("<b>roses</b>")) && !html.contains(QLatin1String("script")),
             qPrintable(html));
    QVERIFY(rowWhere(timeline, TimelineViewModel::KindRole, QStringLiteral("summary")) >=
            0); // joins, creation

    // Sending: a local echo at once, then the remote event in its place.
    QVERIFY(!room->send(QStringLiteral("   ")));
    QVERIFY(room->send(QStringLiteral("tulips *too*")));
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("tulips *too*")) >= 0,
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("tulips *too*"));
            return row >= 0 && timeline.index(row, 0).data(TimelineModel::SendStateRole).toString() ==
                                   QLatin1String("remote");
        }(),
        kTimeout);
    const QModelIndex sent =
        timeline.index(rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("tulips *too*")), 0);
    QVERIFY(sent.data(TimelineModel::EventIdRole).toString().startsWith(QLatin1Char('$')));
    QVERIFY2(sent.data(TimelineViewModel::DisplayTextRole).toString().contains(QLatin1String("<em>too</em>")),
             qPrintable(sent.data(TimelineViewModel::DisplayTextRole).toString()));
    QCOMPARE(rowWhere(timeline, TimelineModel::BodyRole, QStringLiteral("tulips *too*")),
             timeline.rowCount() - 1); // one row, not an echo and a remote event

    // An invite shows in the list and can be accepted.
    const RawReply invited = request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                                     {{QStringLiteral("name"), QStringLiteral("Orchard")},
                                      {QStringLiteral("invite"), QJsonArray{me.userId}}},
                                     friendUser.accessToken);
    QCOMPARE(invited.status, 200);
    const QString inviteId = invited.body.value(QLatin1String("room_id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(rooms, RoomListModel::RoomIdRole, inviteId) >= 0, kTimeout);
    rooms.setCategory(RoomListFilterModel::Category::Invites);
    QCOMPARE(rooms.rowCount(), 1);
    controller.acceptInvite(inviteId);
    QTRY_COMPARE_WITH_TIMEOUT(rooms.rowCount(), 0, kTimeout); // no longer an invite
    QTRY_COMPARE_WITH_TIMEOUT(controller.currentRoomId(), inviteId, kTimeout);
    rooms.setCategory(RoomListFilterModel::Category::All);

    // Alt+Down / Alt+Up walk the list.
    controller.selectRoom(roomId);
    const int at = rowWhere(rooms, RoomListModel::RoomIdRole, roomId);
    controller.selectAdjacentRoom(at == 0 ? 1 : -1);
    QVERIFY(controller.currentRoomId() != roomId);
    controller.selectAdjacentRoom(at == 0 ? -1 : 1);
    QCOMPARE(controller.currentRoomId(), roomId);
}

QTEST_MAIN(TestAppController)
#include "test_app_controller.moc"
