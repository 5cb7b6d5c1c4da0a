// The conversation around timeline rows as QML is given it: reply quotes (from the window, the
// store, or fetched), edited content, reaction chips and toggling state, read receipts per row,
// the unread line; plus the TimelineModel pieces they rest on and the emoji table. Recorded
// events through the real SyncWriter into a real store.
#include "client/relation_content.h"
#include "emoji_model.h"
#include "timeline_view_model.h"

#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!conv:localhost");
const QString kAlice = QStringLiteral("@alice:localhost"); // the own user (StoreFixture)
const QString kBob = QStringLiteral("@bob:localhost");
const QString kCarol = QStringLiteral("@carol:localhost");
using R = TimelineViewModel;

QJsonObject withContent(QJsonObject event, const QJsonObject &content)
{
    event.insert(QStringLiteral("content"), content);
    return event;
}

QJsonObject reply(const QString &id, const QString &sender, qint64 ts, const QString &body, const QString &to)
{
    const QJsonObject content = relations::replyContent(
        {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
         {QStringLiteral("body"), QStringLiteral("> <@x:localhost> old quote\n\n") + body}},
        to);
    return withContent(textMessage(id, sender, ts, body), content);
}

QJsonObject edit(const QString &id, const QString &sender, qint64 ts, const QString &target,
                 const QString &body)
{
    return withContent(
        textMessage(id, sender, ts, body),
        relations::editContent(
            {{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}}, target));
}

QJsonObject reaction(const QString &id, const QString &sender, qint64 ts, const QString &target,
                     const QString &key)
{
    return {{QStringLiteral("type"), QStringLiteral("m.reaction")},
            {QStringLiteral("event_id"), id},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("content"), relations::reactionContent(target, key)}};
}

QJsonObject redaction(const QString &id, const QString &sender, qint64 ts, const QString &target)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.redaction")},
            {QStringLiteral("event_id"), id},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("redacts"), target},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("redacts"), target}}}};
}

QJsonObject receipt(const QString &eventId, const QString &userId)
{
    return {{QStringLiteral("type"), QStringLiteral("m.receipt")},
            {QStringLiteral("content"),
             QJsonObject{
                 {eventId, QJsonObject{{QStringLiteral("m.read"),
                                        QJsonObject{{userId, QJsonObject{{QStringLiteral("ts"), 1}}}}}}}}}};
}

RoomUpdate room(const QJsonArray &timeline)
{
    RoomUpdate r = joinedRoom(kRoom, QStringLiteral("Conversation"), timeline,
                              {member(kBob, QStringLiteral("Bob")), member(kCarol, QStringLiteral("Carol"))});
    r.prevBatch.clear();
    return r;
}

// Finds the view row showing that event.
int rowOf(const TimelineViewModel &view, const QString &eventId)
{
    for (int r = 0; r < view.rowCount(); ++r)
        if (view.index(r, 0).data(TimelineModel::EventIdRole).toString() == eventId)
            return r;
    return -1;
}

QVariant roleOf(const TimelineViewModel &view, const QString &eventId, int role)
{
    const int row = rowOf(view, eventId);
    if (row < 0)
        qFatal("no row for %s", qPrintable(eventId));
    return view.index(row, 0).data(role);
}
} // namespace

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyQuotesFromWindowStoreAndServer();
    void editsShowLatestContent();
    void reactionsAggregateAndFollowRedactions();
    void receiptsSitOnEachMembersLatestShownRow();
    void unreadMarkerFollowsFullyRead();
    void timelineModelPieces();
    void relationContentOnTheWire();
    void emojiTableSearchAndCategories();
};

void TestConversation::replyQuotesFromWindowStoreAndServer()
{
    StoreFixture store;
    QJsonArray timeline{
        textMessage(QStringLiteral("$old"), kBob, 1000, QStringLiteral("far back\nsecond line"))};
    for (int i = 0; i < 10; ++i)
        timeline.append(
            textMessage(QStringLiteral("$f%1").arg(i), kCarol, 2000 + i, QStringLiteral("filler")));
    timeline.append(textMessage(QStringLiteral("$q"), kBob, 3000, QStringLiteral("the question")));
    timeline.append(
        reply(QStringLiteral("$r1"), kAlice, 4000, QStringLiteral("the answer"), QStringLiteral("$q")));
    timeline.append(
        reply(QStringLiteral("$r2"), kAlice, 5000, QStringLiteral("to the past"), QStringLiteral("$old")));
    timeline.append(reply(QStringLiteral("$r3"), kAlice, 6000, QStringLiteral("to the unknown"),
                          QStringLiteral("$elsewhere")));
    store.apply({room(timeline)});

    TimelineModel source(store.db(), kRoom, nullptr, 5); // a window of the newest five events
    TimelineViewModel view(&source, store.db());
    // No model tester here: it would page the whole history into the window.
    QSignalSpy wanted(&view.conversation(), &ConversationRoles::eventWanted);

    // In the window: sender name and text; the reply's own fallback is stripped.
    QVariantMap quote = roleOf(view, QStringLiteral("$r1"), R::ReplyRole).toMap();
    QCOMPARE(quote.value(QStringLiteral("state")).toString(), QStringLiteral("loaded"));
    QCOMPARE(quote.value(QStringLiteral("eventId")).toString(), QStringLiteral("$q"));
    QCOMPARE(quote.value(QStringLiteral("senderName")).toString(), QStringLiteral("Bob"));
    QCOMPARE(quote.value(QStringLiteral("text")).toString(), QStringLiteral("the question"));
    QCOMPARE(roleOf(view, QStringLiteral("$r1"), R::DisplayTextRole).toString(),
             QStringLiteral("the answer"));
    QVERIFY(roleOf(view, QStringLiteral("$q"), R::ReplyRole).toMap().isEmpty()); // not a reply

    // Outside the window but stored: from the store, first line only.
    QVERIFY(source.rowOfEvent(QStringLiteral("$old")) < 0);
    quote = roleOf(view, QStringLiteral("$r2"), R::ReplyRole).toMap();
    QCOMPARE(quote.value(QStringLiteral("state")).toString(), QStringLiteral("loaded"));
    QCOMPARE(quote.value(QStringLiteral("text")).toString(), QStringLiteral("far back"));

    // Unknown: loading, asked for once; then missing, or loaded once fetched.
    quote = roleOf(view, QStringLiteral("$r3"), R::ReplyRole).toMap();
    QCOMPARE(quote.value(QStringLiteral("state")).toString(), QStringLiteral("loading"));
    QVERIFY(wanted.wait(1000));
    QCOMPARE(wanted.first().first().toString(), QStringLiteral("$elsewhere"));
    QSignalSpy changed(&view, &QAbstractItemModel::dataChanged);
    view.conversation().setEventUnavailable(QStringLiteral("$elsewhere"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        roleOf(view, QStringLiteral("$r3"), R::ReplyRole).toMap().value(QStringLiteral("state")).toString(),
        QStringLiteral("missing"));
    view.conversation().setFetchedEvent(
        QStringLiteral("$elsewhere"),
        textMessage(QStringLiteral("$elsewhere"), kCarol, 10, QStringLiteral("found")));
    quote = roleOf(view, QStringLiteral("$r3"), R::ReplyRole).toMap();
    QCOMPARE(quote.value(QStringLiteral("senderName")).toString(), QStringLiteral("Carol"));
    QCOMPARE(quote.value(QStringLiteral("text")).toString(), QStringLiteral("found"));
    QCOMPARE(wanted.size(), 1);

    // Jumping to the original pages the store's history around it in.
    QVERIFY(source.loadAround(QStringLiteral("$old")));
    QVERIFY(view.rowOfEvent(QStringLiteral("$old")) >= 0);
    QVERIFY(!source.atLiveEdge());
    QVERIFY(!source.loadAround(QStringLiteral("$nowhere")));
}

void TestConversation::editsShowLatestContent()
{
    StoreFixture store;
    store.apply(
        {room({textMessage(QStringLiteral("$m"), kAlice, 1000, QStringLiteral("helo")),
               textMessage(QStringLiteral("$b"), kBob, 1500, QStringLiteral("bob's")),
               edit(QStringLiteral("$e1"), kAlice, 2000, QStringLiteral("$m"), QStringLiteral("hello")),
               // Not the sender: ignored.
               edit(QStringLiteral("$e2"), kBob, 3000, QStringLiteral("$m"), QStringLiteral("hijacked"))})});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(rowOf(view, QStringLiteral("$e1")), -1); // edits are not rows
    QCOMPARE(roleOf(view, QStringLiteral("$m"), R::DisplayTextRole).toString(), QStringLiteral("hello"));
    QVERIFY(roleOf(view, QStringLiteral("$m"), TimelineModel::IsEditedRole).toBool());
    QCOMPARE(roleOf(view, QStringLiteral("$m"), R::PlainTextRole).toString(), QStringLiteral("hello"));
    QVERIFY(roleOf(view, QStringLiteral("$m"), R::CanEditRole).toBool());
    QVERIFY(!roleOf(view, QStringLiteral("$b"), R::CanEditRole).toBool()); // not own
    QVERIFY(!roleOf(view, QStringLiteral("$b"), TimelineModel::IsEditedRole).toBool());

    // A later edit arriving by sync changes the row in place.
    QSignalSpy changed(&view, &QAbstractItemModel::dataChanged);
    source.applyChanges(store.apply({room(
        {edit(QStringLiteral("$e3"), kAlice, 4000, QStringLiteral("$m"), QStringLiteral("hello, world"))})}));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(roleOf(view, QStringLiteral("$m"), R::DisplayTextRole).toString(),
             QStringLiteral("hello, world"));
}

void TestConversation::reactionsAggregateAndFollowRedactions()
{
    StoreFixture store;
    store.apply(
        {room({textMessage(QStringLiteral("$m"), kBob, 1000, QStringLiteral("party?")),
               reaction(QStringLiteral("$x1"), kBob, 2000, QStringLiteral("$m"), QStringLiteral("🎉")),
               reaction(QStringLiteral("$x2"), kAlice, 3000, QStringLiteral("$m"), QStringLiteral("🎉")),
               reaction(QStringLiteral("$x3"), kCarol, 4000, QStringLiteral("$m"), QStringLiteral("👍")),
               // A repeat by the same sender counts once.
               reaction(QStringLiteral("$x4"), kBob, 5000, QStringLiteral("$m"), QStringLiteral("🎉"))})});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(view.rowCount(), 1); // reactions are not rows
    QVariantList chips = roleOf(view, QStringLiteral("$m"), R::ReactionChipsRole).toList();
    QCOMPARE(chips.size(), 2);
    QVariantMap party = chips[0].toMap();
    QCOMPARE(party.value(QStringLiteral("key")).toString(), QStringLiteral("🎉"));
    QCOMPARE(party.value(QStringLiteral("count")).toInt(), 2);
    QVERIFY(party.value(QStringLiteral("reactedByMe")).toBool());
    const QString tip = party.value(QStringLiteral("toolTip")).toString();
    QVERIFY2(tip.contains(QLatin1String("Bob")) && tip.contains(QLatin1String("You")) &&
                 tip.contains(QStringLiteral("🎉")),
             qPrintable(tip));
    QVariantMap thumbs = chips[1].toMap();
    QCOMPARE(thumbs.value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(!thumbs.value(QStringLiteral("reactedByMe")).toBool());
    // What toggling off redacts: the own reaction's event.
    const QVariantList raw = roleOf(view, QStringLiteral("$m"), TimelineModel::ReactionsRole).toList();
    QCOMPARE(raw[0].toMap().value(QStringLiteral("ownEventId")).toString(), QStringLiteral("$x2"));

    // Taking the own reaction back (its redaction comes by sync): the chip loses the user.
    source.applyChanges(
        store.apply({room({redaction(QStringLiteral("$red"), kAlice, 6000, QStringLiteral("$x2"))})}));
    chips = roleOf(view, QStringLiteral("$m"), R::ReactionChipsRole).toList();
    party = chips[0].toMap();
    QCOMPARE(party.value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(!party.value(QStringLiteral("reactedByMe")).toBool());

    // A new reaction by sync adds a chip.
    source.applyChanges(store.apply({room(
        {reaction(QStringLiteral("$x5"), kCarol, 7000, QStringLiteral("$m"), QStringLiteral("❤️"))})}));
    QCOMPARE(roleOf(view, QStringLiteral("$m"), R::ReactionChipsRole).toList().size(), 3);
}

void TestConversation::receiptsSitOnEachMembersLatestShownRow()
{
    StoreFixture store;
    RoomUpdate r =
        room({textMessage(QStringLiteral("$1"), kBob, 1000, QStringLiteral("one")),
              textMessage(QStringLiteral("$2"), kCarol, 2000, QStringLiteral("two")),
              reaction(QStringLiteral("$3"), kBob, 3000, QStringLiteral("$2"), QStringLiteral("👍"))});
    // Bob read up to his hidden reaction (shown on "two"); Carol read "one" and later "two";
    // the own receipt is not shown.
    r.ephemeral = {receipt(QStringLiteral("$3"), kBob), receipt(QStringLiteral("$1"), kCarol),
                   receipt(QStringLiteral("$2"), kAlice)};
    store.apply({r});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto readers = [&view](const QString &id) {
        QStringList users;
        for (const QVariant &v : roleOf(view, id, R::ReadersRole).toList())
            users.append(v.toMap().value(QStringLiteral("userId")).toString());
        return users;
    };
    QCOMPARE(readers(QStringLiteral("$2")), QStringList{kBob});
    QCOMPARE(readers(QStringLiteral("$1")), QStringList{kCarol});
    QCOMPARE(roleOf(view, QStringLiteral("$2"), R::ReadersRole)
                 .toList()
                 .first()
                 .toMap()
                 .value(QStringLiteral("name")),
             QVariant(QStringLiteral("Bob")));

    // Carol reads on: her avatar moves down after the sync.
    RoomUpdate later = room({});
    later.ephemeral = {receipt(QStringLiteral("$2"), kCarol)};
    source.applyChanges(store.apply({later}));
    view.refreshReceipts();
    QCOMPARE(readers(QStringLiteral("$2")), (QStringList{kBob, kCarol}));
    QVERIFY(readers(QStringLiteral("$1")).isEmpty());
}

void TestConversation::unreadMarkerFollowsFullyRead()
{
    StoreFixture store;
    RoomUpdate r = room({textMessage(QStringLiteral("$1"), kBob, 1000, QStringLiteral("read")),
                         textMessage(QStringLiteral("$2"), kAlice, 2000, QStringLiteral("mine")),
                         textMessage(QStringLiteral("$3"), kBob, 3000, QStringLiteral("new"))});
    r.accountData = {QJsonObject{
        {QStringLiteral("type"), QStringLiteral("m.fully_read")},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("event_id"), QStringLiteral("$1")}}}}};
    store.apply({r});
    {
        TimelineModel source(store.db(), kRoom);
        TimelineViewModel view(&source, store.db());
        QVERIFY(roleOf(view, QStringLiteral("$1"), R::UnreadMarkerRole).toBool());
        QVERIFY(!roleOf(view, QStringLiteral("$2"), R::UnreadMarkerRole).toBool());
        QVERIFY(!roleOf(view, QStringLiteral("$3"), R::UnreadMarkerRole).toBool());
    }
    // Read up to the end: no line.
    RoomUpdate read = room({});
    read.accountData = {QJsonObject{
        {QStringLiteral("type"), QStringLiteral("m.fully_read")},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("event_id"), QStringLiteral("$3")}}}}};
    store.apply({read});
    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    for (int row = 0; row < view.rowCount(); ++row)
        QVERIFY(!view.index(row, 0).data(R::UnreadMarkerRole).toBool());
    // Only own messages after the marker: nothing new to point at either.
    view.conversation().setFullyRead(QStringLiteral("$1"));
    QVERIFY(roleOf(view, QStringLiteral("$1"), R::UnreadMarkerRole).toBool());
    view.conversation().setFullyRead(QStringLiteral("$2"));
    QVERIFY(roleOf(view, QStringLiteral("$2"), R::UnreadMarkerRole).toBool());
}

void TestConversation::timelineModelPieces()
{
    StoreFixture store;
    QJsonObject topic = stateEvent(QStringLiteral("m.room.topic"), QString(),
                                   {{QStringLiteral("topic"), QStringLiteral("new")}}, kBob, 1000);
    topic.insert(QStringLiteral("unsigned"),
                 QJsonObject{{QStringLiteral("prev_content"),
                              QJsonObject{{QStringLiteral("topic"), QStringLiteral("old")}}}});
    store.apply({room({topic})});
    TimelineModel source(store.db(), kRoom);
    const int row = source.rowOfEvent(topic.value(QLatin1String("event_id")).toString());
    QVERIFY(row >= 0);
    QCOMPARE(source.index(row).data(TimelineModel::PrevContentRole).toMap().value(QStringLiteral("topic")),
             QVariant(QStringLiteral("old")));
    QVERIFY(source.index(row)
                .data(TimelineModel::SourceRole)
                .toString()
                .contains(QLatin1String("\"prev_content\"")));

    // A failed local echo the user retries is pending again.
    QueuedEvent echo;
    echo.txnId = QStringLiteral("txn1");
    echo.roomId = kRoom;
    echo.eventType = QStringLiteral("m.room.message");
    echo.content = {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                    {QStringLiteral("body"), QStringLiteral("hi")}};
    echo.state = QStringLiteral("failed");
    source.addLocalEcho(echo);
    const QModelIndex e = source.index(source.rowCount() - 1);
    QCOMPARE(e.data(TimelineModel::SendStateRole).toString(), QStringLiteral("failed"));
    QSignalSpy changed(&source, &QAbstractItemModel::dataChanged);
    source.markQueued(QStringLiteral("txn1"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(e.data(TimelineModel::SendStateRole).toString(), QStringLiteral("queued"));
}

void TestConversation::relationContentOnTheWire()
{
    const QJsonObject text{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                           {QStringLiteral("body"), QStringLiteral("new")},
                           {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
                           {QStringLiteral("formatted_body"), QStringLiteral("<b>new</b>")}};
    const QJsonObject r = relations::replyContent(text, QStringLiteral("$orig"));
    QCOMPARE(relations::parseRelatesTo(r).inReplyTo, QStringLiteral("$orig"));
    QCOMPARE(r.value(QLatin1String("body")).toString(), QStringLiteral("new"));

    const QJsonObject e = relations::editContent(text, QStringLiteral("$orig"));
    QVERIFY(relations::parseRelatesTo(e).isEdit());
    QCOMPARE(e.value(QLatin1String("body")).toString(), QStringLiteral("* new"));
    QCOMPARE(e.value(QLatin1String("formatted_body")).toString(), QStringLiteral("* <b>new</b>"));
    QCOMPARE(e.value(QLatin1String("m.new_content")).toObject(), text);

    const relations::RelatesTo a =
        relations::parseRelatesTo(relations::reactionContent(QStringLiteral("$orig"), QStringLiteral("👍")));
    QVERIFY(a.isAnnotation());
    QCOMPARE(a.key, QStringLiteral("👍"));
}

void TestConversation::emojiTableSearchAndCategories()
{
    EmojiModel emoji; // the resource generated by tools/gen-emoji
    QAbstractItemModelTester tester(&emoji, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(emoji.errorString().isEmpty(), qPrintable(emoji.errorString()));
    QVERIFY(emoji.totalCount() > 1500);
    QCOMPARE(emoji.categories().size(), 9); // Unicode's groups without "Component"
    QCOMPARE(emoji.categoryIcons().first(), QStringLiteral("😀"));
    QCOMPARE(emoji.category(), 0);
    QCOMPARE(emoji.index(0, 0).data(EmojiModel::EmojiRole).toString(), QStringLiteral("😀"));
    const int smileys = emoji.rowCount();
    emoji.setCategory(8); // flags
    QVERIFY(emoji.rowCount() > 100 && emoji.rowCount() != smileys);

    emoji.setSearchText(QStringLiteral("thumbs UP"));
    QCOMPARE(emoji.rowCount(), 1); // skin-tone variants are left out
    QCOMPARE(emoji.index(0, 0).data(EmojiModel::EmojiRole).toString(), QStringLiteral("👍"));
    QCOMPARE(emoji.index(0, 0).data(EmojiModel::NameRole).toString(), QStringLiteral("thumbs up"));
    emoji.setSearchText(QStringLiteral("no such emoji"));
    QCOMPARE(emoji.rowCount(), 0);

    EmojiModel missing(QStringLiteral("/nonexistent/emoji.tsv"));
    QCOMPARE(missing.rowCount(), 0);
    QVERIFY(!missing.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestConversation)
#include "test_conversation.moc"
