// The timeline as QML is given it: reactions and edits hidden, ready-to-show text with members'
// names, runs of one sender grouped, and a day label where the day changes. Real store, real models.
#include "timeline_view_model.h"

#include "tst_models_support.h"

#include <QAbstractItemModelTester>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!view:localhost");
const QString kAlice = QStringLiteral("@alice:localhost");
const QString kBob = QStringLiteral("@bob:localhost");

QJsonObject message(const QString &id, const QString &sender, qint64 ts, const QJsonObject &content)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.message")},
            {QStringLiteral("event_id"), id},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("content"), content}};
}
} // namespace

class TestTimelineViewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsWhatQmlNeeds();
};

void TestTimelineViewModel::showsWhatQmlNeeds()
{
    StoreFixture store;
    // Noon local time, so "the next day" is a different local date whatever the time zone.
    const qint64 day1 = QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 day2 = day1 + 24 * 3600 * 1000;
    QJsonArray timeline{
        textMessage(QStringLiteral("$a1"), kAlice, day1, QStringLiteral("first")),
        textMessage(QStringLiteral("$a2"), kAlice, day1 + 1000, QStringLiteral("second, same run")),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("m.reaction")},
                    {QStringLiteral("event_id"), QStringLiteral("$r1")},
                    {QStringLiteral("sender"), kBob},
                    {QStringLiteral("origin_server_ts"), day1 + 2000},
                    {QStringLiteral("content"),
                     QJsonObject{{QStringLiteral("m.relates_to"),
                                  QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.annotation")},
                                              {QStringLiteral("event_id"), QStringLiteral("$a1")},
                                              {QStringLiteral("key"), QStringLiteral("👍")}}}}}},
        message(QStringLiteral("$b1"), kBob, day1 + 3000,
                {{QStringLiteral("msgtype"), QStringLiteral("m.emote")},
                 {QStringLiteral("body"), QStringLiteral("waves")}}),
        message(QStringLiteral("$b2"), kBob, day1 + 4000,
                {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                 {QStringLiteral("body"), QStringLiteral("* wave")},
                 {QStringLiteral("m.new_content"),
                  QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                              {QStringLiteral("body"), QStringLiteral("wave")}}},
                 {QStringLiteral("m.relates_to"),
                  QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.replace")},
                              {QStringLiteral("event_id"), QStringLiteral("$b1")}}}}),
        stateEvent(QStringLiteral("m.room.topic"), QString(),
                   {{QStringLiteral("topic"), QStringLiteral("Plans")}}, kBob, day1 + 5000),
        // A run of membership changes: one line.
        stateEvent(QStringLiteral("m.room.member"), QStringLiteral("@carol:localhost"),
                   {{QStringLiteral("membership"), QStringLiteral("join")},
                    {QStringLiteral("displayname"), QStringLiteral("Carol")}},
                   QStringLiteral("@carol:localhost"), day1 + 6000),
        stateEvent(QStringLiteral("m.room.member"), QStringLiteral("@dave:localhost"),
                   {{QStringLiteral("membership"), QStringLiteral("join")},
                    {QStringLiteral("displayname"), QStringLiteral("Dave")}},
                   QStringLiteral("@dave:localhost"), day1 + 7000),
        message(QStringLiteral("$a3"), kAlice, day2,
                {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                 {QStringLiteral("body"), QStringLiteral("bold")},
                 {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
                 {QStringLiteral("formatted_body"), QStringLiteral("<b>bold</b><script>alert(1)</script>")}}),
    };
    RoomUpdate room =
        joinedRoom(kRoom, QStringLiteral("View"), timeline, {member(kBob, QStringLiteral("Bob"))});
    room.prevBatch.clear(); // the room's start is known: nothing to fetch
    store.apply({room});

    TimelineModel source(store.db(), kRoom);
    TimelineViewModel view(&source, store.db());
    QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(source.rowCount(), 9);
    QCOMPARE(view.rowCount(), 6); // the reaction, the edit and the second join are not rows of their own
    auto at = [&view](int row, int role) { return view.index(row, 0).data(role); };
    using R = TimelineViewModel;

    QCOMPARE(at(0, R::DisplayTextRole).toString(), QStringLiteral("first"));
    QCOMPARE(at(0, R::KindRole).toString(), QStringLiteral("message"));
    QVERIFY(at(0, R::ShowSenderRole).toBool());
    QVERIFY(!at(0, R::DayLabelRole).toString().isEmpty());
    QVERIFY(!at(1, R::ShowSenderRole).toBool()); // same sender a second later: grouped
    QVERIFY(at(1, R::DayLabelRole).toString().isEmpty());

    // The emote was edited into a plain message: its latest content shows, marked as edited.
    QCOMPARE(at(2, R::KindRole).toString(), QStringLiteral("message"));
    QCOMPARE(at(2, R::DisplayTextRole).toString(), QStringLiteral("wave"));
    QVERIFY(at(2, TimelineModel::IsEditedRole).toBool());
    QVERIFY(at(2, R::ShowSenderRole).toBool());

    QCOMPARE(at(3, R::KindRole).toString(), QStringLiteral("summary"));
    const QString topic = at(3, R::DisplayTextRole).toString();
    QVERIFY2(topic.contains(QLatin1String("Bob")) && topic.contains(QLatin1String("Plans")) &&
                 !topic.contains(kBob),
             qPrintable(topic));

    const QString joins = at(4, R::DisplayTextRole).toString();
    QCOMPARE(at(4, R::KindRole).toString(), QStringLiteral("summary"));
    QVERIFY2(joins.contains(QLatin1String("Carol")) && joins.contains(QLatin1String("Dave")),
             qPrintable(joins));

    // The formatted message, the next day, is the last row.
    QVERIFY(at(5, R::IsRichTextRole).toBool());
    const QString html = at(5, R::DisplayTextRole).toString();
    QVERIFY2(html.contains(QLatin1String("<b>bold</b>")) && !html.contains(QLatin1String("script")) &&
                 !html.contains(QLatin1String("alert")),
             qPrintable(html));
    QVERIFY(at(5, R::ShowSenderRole).toBool()); // after a state event
    QVERIFY(!at(5, R::DayLabelRole).toString().isEmpty());
    QVERIFY(!at(5, R::TimeTextRole).toString().isEmpty());

    const QHash<int, QByteArray> roles = view.roleNames();
    for (const char *name :
         {"displayText", "isRichText", "kind", "showSender", "dayLabel", "timeText", "sender"})
        QVERIFY2(roles.values().contains(QByteArray(name)), name);
}

QTEST_GUILESS_MAIN(TestTimelineViewModel)
#include "test_timeline_view_model.moc"
