// The room list model and its filter on a store written by SyncWriter: activity order, row
// moves instead of resets, previews, and the search box and category filters.
#include "models/room_list_filter_model.h"
#include "models/room_list_model.h"
#include "store/decrypted_events.h"

#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lattice;
using namespace lattice::test;

namespace {
const QString kAlice = QStringLiteral("@alice:localhost");
const QString kBob = QStringLiteral("@bob:localhost");

QJsonObject tagEvent(const QStringList &tags)
{
    QJsonObject t;
    for (const QString &tag : tags)
        t.insert(tag, QJsonObject{{QStringLiteral("order"), 0.5}});
    return {{QStringLiteral("type"), QStringLiteral("m.tag")},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("tags"), t}}}};
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.index(i, 0).data(role).toString());
    return out;
}
} // namespace

class TestRoomListModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<StoreFixture> m_store;

    // alpha (oldest), beta (a DM), gamma (favourite), low (low priority), an invite to delta.
    void initialSync()
    {
        RoomUpdate alpha =
            joinedRoom(QStringLiteral("!alpha:localhost"), QStringLiteral("Alpha"),
                       {textMessage(QStringLiteral("$a1"), kAlice, 1000, QStringLiteral("first"))},
                       {stateEvent(QStringLiteral("m.room.canonical_alias"), QString(),
                                   {{QStringLiteral("alias"), QStringLiteral("#town-square:localhost")}})});
        RoomUpdate beta = joinedRoom(QStringLiteral("!beta:localhost"), QString(),
                                     {textMessage(QStringLiteral("$b1"), kBob, 2000, QStringLiteral("hi"))},
                                     {member(kBob, QStringLiteral("Bob"))});
        beta.summary.heroes = QStringList{kBob};
        beta.summary.joinedMemberCount = 2;
        beta.notificationCount = 3;
        beta.highlightCount = 1;
        RoomUpdate gamma =
            joinedRoom(QStringLiteral("!gamma:localhost"), QStringLiteral("Gamma"),
                       {textMessage(QStringLiteral("$g1"), kAlice, 3000, QStringLiteral("fav"))},
                       {stateEvent(QStringLiteral("m.room.encryption"), QString(),
                                   {{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")}})});
        gamma.accountData = {tagEvent({QStringLiteral("m.favourite")})};
        RoomUpdate low = joinedRoom(QStringLiteral("!low:localhost"), QStringLiteral("Low"),
                                    {textMessage(QStringLiteral("$l1"), kAlice, 500, QStringLiteral("meh"))});
        low.accountData = {tagEvent({QStringLiteral("m.lowpriority")})};
        RoomUpdate invite;
        invite.roomId = QStringLiteral("!delta:localhost");
        invite.membership = Membership::Invite;
        invite.state = {stateEvent(QStringLiteral("m.room.name"), QString(),
                                   {{QStringLiteral("name"), QStringLiteral("Delta")}},
                                   QStringLiteral("@carol:localhost")),
                        stateEvent(QStringLiteral("m.room.member"), kAlice,
                                   {{QStringLiteral("membership"), QStringLiteral("invite")}},
                                   QStringLiteral("@carol:localhost"))};
        const QJsonArray direct{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("m.direct")},
            {QStringLiteral("content"), QJsonObject{{kBob, QJsonArray{QStringLiteral("!beta:localhost")}}}}}};
        m_store->apply({alpha, beta, gamma, low, invite}, direct);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        initialSync();
    }
    void cleanup() { m_store.reset(); }

    void listsRoomsByActivityWithRoles()
    {
        RoomListModel model(m_store->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(model, RoomListModel::RoomIdRole),
                 (QStringList{QStringLiteral("!gamma:localhost"), QStringLiteral("!beta:localhost"),
                              QStringLiteral("!alpha:localhost"), QStringLiteral("!low:localhost"),
                              QStringLiteral("!delta:localhost")}));
        QCOMPARE(model.roleNames().value(RoomListModel::LastMessagePreviewRole),
                 QByteArray("lastMessagePreview"));

        const QModelIndex beta = model.index(model.rowOf(QStringLiteral("!beta:localhost")), 0);
        QCOMPARE(beta.data(RoomListModel::DisplayNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(beta.data(RoomListModel::IsDirectRole).toBool(), true);
        QCOMPARE(beta.data(RoomListModel::UnreadCountRole).toInt(), 3);
        QCOMPARE(beta.data(RoomListModel::HighlightCountRole).toInt(), 1);
        QCOMPARE(beta.data(RoomListModel::LastMessagePreviewRole).toString(), QStringLiteral("Bob: hi"));
        QCOMPARE(beta.data(RoomListModel::LastActivityTsRole).toLongLong(), 2000);
        QCOMPARE(beta.data(RoomListModel::MemberCountRole).toInt(), 2);

        const QModelIndex gamma = model.index(0, 0);
        QCOMPARE(gamma.data(RoomListModel::IsFavouriteRole).toBool(), true);
        QCOMPARE(gamma.data(RoomListModel::TagsRole).toStringList(),
                 QStringList{QStringLiteral("m.favourite")});
        QCOMPARE(gamma.data(RoomListModel::IsEncryptedRole).toBool(), true);
        QCOMPARE(gamma.data(RoomListModel::LastMessagePreviewRole).toString(), QStringLiteral("Alice: fav"));

        const QModelIndex delta = model.index(4, 0);
        QCOMPARE(delta.data(RoomListModel::IsInviteRole).toBool(), true);
        QCOMPARE(delta.data(RoomListModel::DisplayNameRole).toString(), QStringLiteral("Delta"));
        QCOMPARE(delta.data(RoomListModel::InviterRole).toString(), QStringLiteral("@carol:localhost"));
        QCOMPARE(model.index(3, 0).data(RoomListModel::IsLowPriorityRole).toBool(), true);
    }

    void newMessageMovesRowWithoutReset()
    {
        RoomListModel model(m_store->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.index(2, 0).data(RoomListModel::LastMessagePreviewRole).toString(),
                 QStringLiteral("Alice: first"));

        RoomUpdate alpha;
        alpha.roomId = QStringLiteral("!alpha:localhost");
        alpha.timeline = {
            textMessage(QStringLiteral("$a2"), kAlice, 4000, QStringLiteral("hello\nsecond line"))};
        model.applyChanges(m_store->apply({alpha}));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.first().at(1).toInt(), 2); // from row 2
        QCOMPARE(moves.first().at(4).toInt(), 0); // to the top
        QCOMPARE(model.index(0, 0).data(RoomListModel::RoomIdRole).toString(),
                 QStringLiteral("!alpha:localhost"));
        // A multi-line body is folded onto the preview's one line.
        QCOMPARE(model.index(0, 0).data(RoomListModel::LastMessagePreviewRole).toString(),
                 QStringLiteral("Alice: hello second line"));

        // A change that keeps the position: an update in place.
        RoomUpdate gammaUnread;
        gammaUnread.roomId = QStringLiteral("!gamma:localhost");
        gammaUnread.notificationCount = 7;
        changed.clear();
        model.applyChanges(m_store->apply({gammaUnread}));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, 0).data(RoomListModel::UnreadCountRole).toInt(), 7);

        // Leaving a room removes its row; a new room is inserted where its activity puts it.
        RoomUpdate left;
        left.roomId = QStringLiteral("!low:localhost");
        left.membership = Membership::Leave;
        RoomUpdate fresh =
            joinedRoom(QStringLiteral("!new:localhost"), QStringLiteral("Newcomer"),
                       {textMessage(QStringLiteral("$n1"), kAlice, 2500, QStringLiteral("new"))});
        model.applyChanges(m_store->apply({left, fresh}));
        QCOMPARE(removes.count(), 1);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(column(model, RoomListModel::RoomIdRole),
                 (QStringList{QStringLiteral("!alpha:localhost"), QStringLiteral("!gamma:localhost"),
                              QStringLiteral("!new:localhost"), QStringLiteral("!beta:localhost"),
                              QStringLiteral("!delta:localhost")}));

        // A message in the room at the bottom moves it down-to-up across several rows.
        RoomUpdate beta;
        beta.roomId = QStringLiteral("!beta:localhost");
        beta.timeline = {textMessage(QStringLiteral("$b2"), kBob, 3500, QStringLiteral("later"))};
        model.applyChanges(m_store->apply({beta}));
        QCOMPARE(column(model, RoomListModel::RoomIdRole).mid(0, 3),
                 (QStringList{QStringLiteral("!alpha:localhost"), QStringLiteral("!beta:localhost"),
                              QStringLiteral("!gamma:localhost")}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), int(listRooms(m_store->db())->size()));
    }

    // An event decrypted after its batch was stored: the row's preview changes from the placeholder to the
    // clear text, in place.
    void previewFollowsLateDecryption()
    {
        RoomListModel model(m_store->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        RoomUpdate gamma;
        gamma.roomId = QStringLiteral("!gamma:localhost");
        gamma.timeline = {
            QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                        {QStringLiteral("event_id"), QStringLiteral("$g2")},
                        {QStringLiteral("sender"), kBob},
                        {QStringLiteral("origin_server_ts"), 5000},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
                                     {QStringLiteral("ciphertext"), QStringLiteral("AwgA")},
                                     {QStringLiteral("session_id"), QStringLiteral("s1")}}}}};
        model.applyChanges(m_store->apply({gamma}));
        const int row = model.rowOf(QStringLiteral("!gamma:localhost"));
        const QString locked = model.index(row, 0).data(RoomListModel::LastMessagePreviewRole).toString();
        QVERIFY2(locked.contains(QStringLiteral("Encrypted message")), qPrintable(locked));

        DecryptedEventRow clear;
        clear.eventId = QStringLiteral("$g2");
        clear.roomId = QStringLiteral("!gamma:localhost");
        clear.clearEvent =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.message")},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                     {QStringLiteral("body"), QStringLiteral("open sesame")}}}};
        clear.sessionId = QStringLiteral("s1");
        QVERIFY(storeDecryptedEvent(m_store->db(), clear).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.eventsDecrypted({QStringLiteral("!gamma:localhost"), QStringLiteral("!gamma:localhost")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, 0).data(RoomListModel::LastMessagePreviewRole).toString(),
                 QStringLiteral("@bob:localhost: open sesame"));
    }

    void firstSyncLoadsTheList()
    {
        StoreFixture empty;
        RoomListModel model(empty.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const ChangeSet first =
            empty.apply({joinedRoom(QStringLiteral("!one:localhost"), QStringLiteral("One"),
                                    {textMessage(QStringLiteral("$one"), kAlice, 10, QStringLiteral("x"))})});
        QVERIFY(first.initial);
        model.applyChanges(first);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(column(model, RoomListModel::DisplayNameRole), QStringList{QStringLiteral("One")});
    }

    void filtersByCategoryAndText()
    {
        RoomListModel model(m_store->db());
        RoomListFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        using C = RoomListFilterModel::Category;
        const auto ids = [&] { return column(filter, RoomListModel::RoomIdRole); };
        QCOMPARE(filter.rowCount(), 5);
        filter.setCategory(C::Favourites);
        QCOMPARE(ids(), QStringList{QStringLiteral("!gamma:localhost")});
        filter.setCategory(C::People);
        QCOMPARE(ids(), QStringList{QStringLiteral("!beta:localhost")});
        filter.setCategory(C::Invites);
        QCOMPARE(ids(), QStringList{QStringLiteral("!delta:localhost")});
        filter.setCategory(C::LowPriority);
        QCOMPARE(ids(), QStringList{QStringLiteral("!low:localhost")});
        filter.setCategory(C::Rooms);
        QCOMPARE(ids(), QStringList{QStringLiteral("!alpha:localhost")});

        QSignalSpy textChanged(&filter, &RoomListFilterModel::filterTextChanged);
        filter.setCategory(C::All);
        filter.setFilterText(QStringLiteral("  aLP "));
        QCOMPARE(textChanged.count(), 1);
        QCOMPARE(ids(), QStringList{QStringLiteral("!alpha:localhost")});
        filter.setFilterText(QStringLiteral("town-SQUARE")); // the canonical alias
        QCOMPARE(ids(), QStringList{QStringLiteral("!alpha:localhost")});
        filter.setFilterText(QStringLiteral("a"));
        QCOMPARE(ids(), (QStringList{QStringLiteral("!gamma:localhost"), QStringLiteral("!alpha:localhost"),
                                     QStringLiteral("!delta:localhost")}));
        filter.setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.rowCount(), 0);

        // The filter follows the source as sync batches arrive.
        filter.setFilterText(QString());
        filter.setCategory(C::Favourites);
        RoomUpdate alpha;
        alpha.roomId = QStringLiteral("!alpha:localhost");
        alpha.accountData = {tagEvent({QStringLiteral("m.favourite")})};
        model.applyChanges(m_store->apply({alpha}));
        QCOMPARE(ids(),
                 (QStringList{QStringLiteral("!gamma:localhost"), QStringLiteral("!alpha:localhost")}));
    }
};

QTEST_GUILESS_MAIN(TestRoomListModel)
#include "tst_models_room_list.moc"
