// What Lattice puts on the wire for replies and edits: the relation, the edit fallback, and m.mentions
// (spec "User and room mentions": replies mention the replied-to sender; edits notify only new mentions).
#include "client/relation_content.h"

#include <QJsonArray>
#include <QTest>

using namespace lattice;
using namespace lattice::relations;

namespace {
const QString kMe = QStringLiteral("@me:example.org");
const QString kBob = QStringLiteral("@bob:example.org");
const QString kCarol = QStringLiteral("@carol:example.org");

QJsonObject text(const QString &body, const QStringList &mentioned = {}, bool room = false)
{
    QJsonObject c{{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}};
    QJsonObject mentions;
    if (!mentioned.isEmpty())
        mentions.insert(QStringLiteral("user_ids"), QJsonArray::fromStringList(mentioned));
    if (room)
        mentions.insert(QStringLiteral("room"), true);
    c.insert(QStringLiteral("m.mentions"), mentions);
    return c;
}

QStringList users(const QJsonObject &content)
{
    QStringList out;
    for (const QJsonValue &v :
         content.value(QLatin1String("m.mentions")).toObject().value(QLatin1String("user_ids")).toArray())
        out << v.toString();
    return out;
}
} // namespace

class TestRelationContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyMentionsTheRepliedToSender()
    {
        const QJsonObject reply = mentionRepliedToSender(
            replyContent(text(QStringLiteral("yes"), {kCarol}), QStringLiteral("$q")), kBob, kMe);
        QCOMPARE(users(reply), (QStringList{kCarol, kBob}));
        QCOMPARE(reply.value(QLatin1String("m.relates_to"))
                     .toObject()
                     .value(QLatin1String("m.in_reply_to"))
                     .toObject()
                     .value(QLatin1String("event_id"))
                     .toString(),
                 QStringLiteral("$q"));
        // Not ourselves, and not twice.
        QCOMPARE(users(mentionRepliedToSender(text(QStringLiteral("x")), kMe, kMe)), QStringList());
        QCOMPARE(users(mentionRepliedToSender(text(QStringLiteral("x"), {kBob}), kBob, kMe)),
                 QStringList{kBob});
    }

    void editNotifiesOnlyNewMentions()
    {
        const QJsonObject before = text(QStringLiteral("hi bob"), {kBob});
        const QJsonObject after = text(QStringLiteral("hi bob and carol, everyone"), {kBob, kCarol}, true);
        const QJsonObject edit = editContent(after, QStringLiteral("$orig"), before);
        QCOMPARE(users(edit), QStringList{kCarol});
        QVERIFY(edit.value(QLatin1String("m.mentions")).toObject().value(QLatin1String("room")).toBool());
        const QJsonObject inner = edit.value(QLatin1String("m.new_content")).toObject();
        QCOMPARE(users(inner), (QStringList{kBob, kCarol}));
        QCOMPARE(edit.value(QLatin1String("body")).toString(),
                 QStringLiteral("* hi bob and carol, everyone"));
        QCOMPARE(
            edit.value(QLatin1String("m.relates_to")).toObject().value(QLatin1String("rel_type")).toString(),
            QStringLiteral("m.replace"));
        // Nobody new: an empty m.mentions, so nobody is notified again.
        const QJsonObject same =
            editContent(text(QStringLiteral("hi bob!"), {kBob}), QStringLiteral("$orig"), before);
        QVERIFY(same.contains(QLatin1String("m.mentions")));
        QCOMPARE(users(same), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRelationContent)
#include "tst_relation_content.moc"
