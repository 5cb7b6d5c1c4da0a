// The member list model: joined and invited members from room state, ordered by power level
// and name, disambiguated names, roles, presence, and incremental updates.
#include "models/member_list_model.h"

#include "store/presence_store.h"
#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lattice;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!team:localhost");

QString uid(const char *name)
{
    return QStringLiteral("@%1:localhost").arg(QLatin1String(name));
}

QJsonObject powerLevelsEvent(const QJsonObject &users, int usersDefault = 0)
{
    return stateEvent(QStringLiteral("m.room.power_levels"), QString(),
                      {{QStringLiteral("users"), users}, {QStringLiteral("users_default"), usersDefault}});
}

QJsonObject presence(const QString &userId, const QString &state, int lastActiveAgo, bool active)
{
    return {{QStringLiteral("type"), QStringLiteral("m.presence")},
            {QStringLiteral("sender"), userId},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("presence"), state},
                                                    {QStringLiteral("last_active_ago"), lastActiveAgo},
                                                    {QStringLiteral("currently_active"), active}}}};
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out.append(m.index(i, 0).data(MemberListModel::DisplayNameRole).toString());
    return out;
}
} // namespace

class TestMemberListModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<StoreFixture> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        RoomUpdate room = joinedRoom(
            kRoom, QStringLiteral("Team"), {},
            {member(uid("bob"), QStringLiteral("Bob")), member(uid("carol"), QStringLiteral("carol")),
             member(uid("dave"), QStringLiteral("Dave"), QStringLiteral("invite")),
             member(uid("eve"), QStringLiteral("Eve"), QStringLiteral("leave")),
             member(uid("sam1"), QStringLiteral("Sam")), member(uid("sam2"), QStringLiteral("Sam")),
             member(uid("zed"), QString()),
             powerLevelsEvent({{uid("alice"), 100}, {uid("bob"), 50}, {uid("zed"), 50}})});
        m_store->apply(
            {room}, {},
            {presence(uid("bob"), QStringLiteral("online"), 1000, true),
             presence(uid("carol"), QStringLiteral("unavailable"), 600000, false),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("m.presence")}}}); // malformed: left out
    }
    void cleanup() { m_store.reset(); }

    void ordersByPowerLevelThenName()
    {
        MemberListModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), uid("zed"),
                                            QStringLiteral("carol"), QStringLiteral("Dave"),
                                            QStringLiteral("Sam (@sam1:localhost)"),
                                            QStringLiteral("Sam (@sam2:localhost)")}));
        const QModelIndex alice = model.index(0, 0);
        QCOMPARE(alice.data(MemberListModel::UserIdRole).toString(), uid("alice"));
        QCOMPARE(alice.data(MemberListModel::PowerLevelRole).toInt(), 100);
        QCOMPARE(alice.data(MemberListModel::RoleRole).toString(), QStringLiteral("admin"));
        QCOMPARE(alice.data(MemberListModel::PresenceRole).toString(), QString());
        QCOMPARE(alice.data(MemberListModel::LastActiveAgoRole).toLongLong(), -1);
        const QModelIndex bob = model.index(1, 0);
        QCOMPARE(bob.data(MemberListModel::RoleRole).toString(), QStringLiteral("moderator"));
        QCOMPARE(bob.data(MemberListModel::PresenceRole).toString(), QStringLiteral("online"));
        QCOMPARE(bob.data(MemberListModel::LastActiveAgoRole).toLongLong(), 0);
        const QModelIndex carol = model.index(3, 0);
        QCOMPARE(carol.data(MemberListModel::RoleRole).toString(), QStringLiteral("user"));
        QCOMPARE(carol.data(MemberListModel::PresenceRole).toString(), QStringLiteral("unavailable"));
        const qint64 ago = carol.data(MemberListModel::LastActiveAgoRole).toLongLong();
        QVERIFY2(ago >= 600000 && ago < 600000 + 60000, qPrintable(QString::number(ago)));
        QCOMPARE(model.index(4, 0).data(MemberListModel::MembershipRole).toString(),
                 QStringLiteral("invite"));
        QCOMPARE(model.roleNames().value(MemberListModel::LastActiveAgoRole), QByteArray("lastActiveAgo"));
    }

    void followsSyncBatchesIncrementally()
    {
        MemberListModel model(m_store->db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Carol becomes admin, Sam 2 leaves, Frank joins.
        RoomUpdate update;
        update.roomId = kRoom;
        update.timeline = {
            powerLevelsEvent({{uid("alice"), 100}, {uid("bob"), 50}, {uid("zed"), 50}, {uid("carol"), 100}}),
            member(uid("sam2"), QStringLiteral("Sam"), QStringLiteral("leave")),
            member(uid("frank"), QStringLiteral("Frank"))};
        model.applyChanges(m_store->apply({update}));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Alice"), QStringLiteral("carol"),
                                            QStringLiteral("Bob"), uid("zed"), QStringLiteral("Dave"),
                                            QStringLiteral("Frank"), QStringLiteral("Sam")}));
        QCOMPARE(model.index(1, 0).data(MemberListModel::RoleRole).toString(), QStringLiteral("admin"));
        QCOMPARE(resets.count(), 0);
        QVERIFY(moves.count() >= 1);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(inserts.count(), 1);

        // Presence arrives in a batch that does not touch the room: only that row changes.
        changed.clear();
        model.applyChanges(
            m_store->apply({}, {}, {presence(uid("frank"), QStringLiteral("online"), 5, true)}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(5, 0).data(MemberListModel::PresenceRole).toString(), QStringLiteral("online"));
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_models_members.moc"
