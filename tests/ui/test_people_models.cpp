// The member panel's and mention popup's models over a real store: the completion filter (names,
// later words, user IDs, @room only when allowed), choosing a mention and the content it sends,
// the member filter with invited members after joined ones, and mention pills in message HTML.
#include "event_display.h"
#include "member_filter_model.h"
#include "mention_completion_model.h"
#include "mention_pills.h"
#include "models/member_list_model.h"
#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTextBlock>
#include <QTextDocument>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!team:localhost");

QString uid(const char *name)
{
    return QStringLiteral("@%1:localhost").arg(QLatin1String(name));
}

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out.append(m.index(i, 0).data(role).toString());
    return out;
}
} // namespace

class TestPeopleModels : public QObject
{
    Q_OBJECT
    std::unique_ptr<StoreFixture> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        m_store->apply({joinedRoom(
            kRoom, QStringLiteral("Team"), {},
            {member(uid("bob"), QStringLiteral("Bob Stone")), member(uid("rob"), QStringLiteral("Robert")),
             member(uid("zoe"), QStringLiteral("Zoe Bobson")),
             member(uid("ivy"), QStringLiteral("Ivy"), QStringLiteral("invite")),
             stateEvent(QStringLiteral("m.room.power_levels"), QString(),
                        {{QStringLiteral("users"), QJsonObject{{uid("alice"), 100}}}})})});
    }
    void cleanup() { m_store.reset(); }

    void matchRules()
    {
        QVERIFY(mentionMatches(QStringLiteral("Bob Stone"), uid("bob"), QStringLiteral("bo")));
        QVERIFY(
            mentionMatches(QStringLiteral("Bob Stone"), uid("bob"), QStringLiteral("sto")));  // a later word
        QVERIFY(mentionMatches(QStringLiteral("Robert"), uid("rob"), QStringLiteral("ROB"))); // any case
        QVERIFY(
            mentionMatches(QStringLiteral("Nick"), uid("nicholas"), QStringLiteral("nichol"))); // localpart
        QVERIFY(!mentionMatches(QStringLiteral("Robert"), uid("rob"),
                                QStringLiteral("bert"))); // not inside a word
        QVERIFY(mentionMatches(QStringLiteral("Anyone"), uid("any"), QString()));
    }

    void completionFiltersAsYouType()
    {
        MemberListModel members(m_store->db(), kRoom);
        MentionCompletionModel completion(&members);
        QAbstractItemModelTester tester(&completion, QAbstractItemModelTester::FailureReportingMode::Fatal);
        completion.setQuery(QStringLiteral("bo"));
        // Names that start with the query first, then later words; invited members are not offered.
        QCOMPARE(column(completion, MentionCompletionModel::DisplayNameRole),
                 (QStringList{QStringLiteral("Bob Stone"), QStringLiteral("Zoe Bobson")}));
        completion.setQuery(QStringLiteral("i"));
        QCOMPARE(completion.rowCount(), 0); // Ivy is only invited
        completion.setQuery(QString());
        QCOMPARE(completion.rowCount(), 4); // Alice, Bob, Robert, Zoe
        QVERIFY(
            !column(completion, MentionCompletionModel::DisplayNameRole).contains(QStringLiteral("@room")));

        completion.setCanMentionRoom(true);
        completion.setQuery(QStringLiteral("ro"));
        QCOMPARE(column(completion, MentionCompletionModel::DisplayNameRole),
                 (QStringList{QStringLiteral("@room"), QStringLiteral("Robert")}));
        QVERIFY(completion.index(0, 0).data(MentionCompletionModel::IsRoomRole).toBool());
    }

    void chosenMentionIsSentAsLinkAndMention()
    {
        MemberListModel members(m_store->db(), kRoom);
        MentionCompletionModel completion(&members);
        completion.setQuery(QStringLiteral("zo"));
        QCOMPARE(completion.choose(0), QStringLiteral("Zoe Bobson"));
        QCOMPARE(completion.choose(7), QString()); // out of range: nothing
        const QJsonObject content = completion.messageContent(QStringLiteral("Zoe Bobson thanks!"));
        QCOMPARE(content.value(QLatin1String("body")).toString(), QStringLiteral("Zoe Bobson thanks!"));
        QVERIFY(
            content.value(QLatin1String("formatted_body"))
                .toString()
                .contains(QStringLiteral("<a href=\"https://matrix.to/#/@zoe:localhost\">Zoe Bobson</a>")));
        QCOMPARE(
            content.value(QLatin1String("m.mentions")).toObject().value(QLatin1String("user_ids")).toArray(),
            QJsonArray{uid("zoe")});
        completion.clearChosen();
        QVERIFY(!completion.messageContent(QStringLiteral("Zoe Bobson again"))
                     .value(QLatin1String("m.mentions"))
                     .toObject()
                     .contains(QLatin1String("user_ids")));
    }

    void memberFilterPutsInvitesLast()
    {
        MemberListModel members(m_store->db(), kRoom);
        MemberFilterModel filtered;
        filtered.setSourceModel(&members);
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(column(filtered, MemberListModel::MembershipRole).last(), QStringLiteral("invite"));
        QCOMPARE(column(filtered, MemberListModel::DisplayNameRole).first(),
                 QStringLiteral("Alice")); // admin first
        filtered.setFilterText(QStringLiteral("bob"));
        QCOMPARE(column(filtered, MemberListModel::DisplayNameRole),
                 (QStringList{QStringLiteral("Bob Stone"), QStringLiteral("Zoe Bobson")}));
        filtered.setFilterText(QStringLiteral("@ivy"));
        QCOMPARE(column(filtered, MemberListModel::UserIdRole), QStringList{uid("ivy")});
    }

    void pillsForUserLinksOnly()
    {
        const QString html = QStringLiteral("<a href=\"https://matrix.to/#/@bob:localhost\">Bob</a> see "
                                            "<a href=\"https://example.org/?a=1&amp;b=2\">site</a> and "
                                            "<a href=\"https://matrix.to/#/#room:localhost\">#room</a>");
        const QString styled = styleMentionPills(html);
        QCOMPARE(styled.count(QStringLiteral("style=")), 1);
        QVERIFY(styled.contains(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\">site</a>")));
        QTextDocument doc;
        doc.setHtml(styled);
        QVERIFY(doc.toPlainText().contains(QStringLiteral("Bob")));
        // The pill reaches Qt as a background colour on the link's text.
        bool tinted = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().text().contains(QStringLiteral("Bob")))
                    tinted = it.fragment().charFormat().background().style() != Qt::NoBrush;
        QVERIFY(tinted);
    }

    void displayEventShowsPills()
    {
        const QJsonObject event{
            {QStringLiteral("type"), QStringLiteral("m.room.message")},
            {QStringLiteral("sender"), uid("bob")},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                         {QStringLiteral("body"), QStringLiteral("Zoe: hi")},
                         {QStringLiteral("format"), QStringLiteral("org.matrix.custom.html")},
                         {QStringLiteral("formatted_body"),
                          QStringLiteral("<a href=\"https://matrix.to/#/@zoe:localhost\">Zoe</a>: hi")}}}};
        const EventDisplay d = displayEvent(event, QStringLiteral("Bob"), {}, appSanitizeOptions());
        QVERIFY(d.rich);
        QVERIFY2(d.text.contains(QStringLiteral("background-color")), qPrintable(d.text));
    }
};

QTEST_MAIN(TestPeopleModels)
#include "test_people_models.moc"
