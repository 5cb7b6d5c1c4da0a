// Replies, edits and reactions follow the spec's rules, whatever order or garbage the events come in.
#include "protocol/relations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace lattice;
using namespace lattice::relations;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject message(const QString &id, const QString &sender, qint64 ts, const QJsonObject &content)
{
    return QJsonObject{{QStringLiteral("event_id"), id},
                       {QStringLiteral("sender"), sender},
                       {QStringLiteral("type"), QStringLiteral("m.room.message")},
                       {QStringLiteral("origin_server_ts"), ts},
                       {QStringLiteral("content"), content}};
}

QJsonObject text(const QString &body)
{
    return {{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}};
}

QJsonObject edit(const QString &id, const QString &sender, qint64 ts, const QString &target,
                 const QString &body)
{
    QJsonObject c = text(QStringLiteral("* ") + body);
    QJsonObject nc = text(body);
    nc.insert(QStringLiteral("m.relates_to"),
              QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.thread")},
                          {QStringLiteral("event_id"), QStringLiteral("$bogus")}});
    c.insert(QStringLiteral("m.new_content"), nc);
    c.insert(QStringLiteral("m.relates_to"),
             QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.replace")},
                         {QStringLiteral("event_id"), target}});
    return message(id, sender, ts, c);
}

QJsonObject reaction(const QString &id, const QString &sender, qint64 ts, const QString &key)
{
    return QJsonObject{{QStringLiteral("event_id"), id},
                       {QStringLiteral("sender"), sender},
                       {QStringLiteral("type"), QStringLiteral("m.reaction")},
                       {QStringLiteral("origin_server_ts"), ts},
                       {QStringLiteral("content"),
                        QJsonObject{{QStringLiteral("m.relates_to"),
                                     QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.annotation")},
                                                 {QStringLiteral("event_id"), QStringLiteral("$target")},
                                                 {QStringLiteral("key"), key}}}}}};
}

QString body(const DisplayedContent &d)
{
    return d.content.value(QStringLiteral("body")).toString();
}

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");

} // namespace

class TestRelations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryRelationKind()
    {
        const RelatesTo reply =
            parseRelatesTo(json(R"({"m.relates_to":{"m.in_reply_to":{"event_id":"$orig"}}})"));
        QVERIFY(reply.isReply());
        QCOMPARE(reply.inReplyTo, QStringLiteral("$orig"));
        QVERIFY(!reply.isEdit() && !reply.isThread() && !reply.isAnnotation());

        const RelatesTo ed =
            parseRelatesTo(json(R"({"m.relates_to":{"rel_type":"m.replace","event_id":"$o"}})"));
        QVERIFY(ed.isEdit());
        QCOMPARE(ed.eventId, QStringLiteral("$o"));

        const RelatesTo ann =
            parseRelatesTo(json(R"({"m.relates_to":{"rel_type":"m.annotation","event_id":"$o","key":"👍"}})"));
        QVERIFY(ann.isAnnotation());
        QCOMPARE(ann.key, QStringLiteral("👍"));

        const RelatesTo fallback = parseRelatesTo(json(
            R"({"m.relates_to":{"rel_type":"m.thread","event_id":"$root","is_falling_back":true,"m.in_reply_to":{"event_id":"$last"}}})"));
        QVERIFY(fallback.isThread());
        QVERIFY(fallback.isFallingBack);
        QVERIFY2(!fallback.isReply(), "a thread's fallback reply is not shown as a reply");

        const RelatesTo threadReply = parseRelatesTo(json(
            R"({"m.relates_to":{"rel_type":"m.thread","event_id":"$root","m.in_reply_to":{"event_id":"$x"}}})"));
        QVERIFY(threadReply.isThread() && threadReply.isReply());
    }
    void malformedRelationsReadAsNone()
    {
        for (const char *c :
             {R"({})", R"({"m.relates_to":"x"})", R"({"m.relates_to":{"rel_type":5,"event_id":[]}})",
              R"({"m.relates_to":{"m.in_reply_to":"$x"}})",
              R"({"m.relates_to":{"rel_type":"m.annotation","event_id":"$o","key":7}})",
              R"({"m.relates_to":{"rel_type":"m.replace"}})"}) {
            const RelatesTo r = parseRelatesTo(json(c));
            QVERIFY2(!r.isReply() && !r.isEdit() && !r.isAnnotation() && !r.isThread(), c);
        }
    }
    void stripsReplyFallbacks()
    {
        QCOMPARE(stripReplyFallbackBody(
                     QStringLiteral("> <@alice:e.org> hello\n> second line\n\nmy answer\n> not fallback")),
                 QStringLiteral("my answer\n> not fallback"));
        QCOMPARE(stripReplyFallbackBody(QStringLiteral("no fallback\n> quote")),
                 QStringLiteral("no fallback\n> quote"));
        QCOMPARE(stripReplyFallbackBody(QStringLiteral("> only fallback")), QString());
        QCOMPARE(stripReplyFallbackHtml(
                     QStringLiteral("<mx-reply><blockquote>q <mx-reply>inner</mx-reply></blockquote>"
                                    "</mx-reply>answer <b>bold</b>")),
                 QStringLiteral("answer <b>bold</b>"));
        QCOMPARE(stripReplyFallbackHtml(QStringLiteral("<b>no</b><mx-reply>x</mx-reply>")),
                 QStringLiteral("<b>no</b><mx-reply>x</mx-reply>"));
        QCOMPARE(stripReplyFallbackHtml(QStringLiteral("<MX-REPLY>never closed")), QString());

        const QJsonObject reply = json(R"({"msgtype":"m.text","body":"> <@a:b> q\n\nanswer",
            "format":"org.matrix.custom.html","formatted_body":"<mx-reply>q</mx-reply>answer",
            "m.relates_to":{"m.in_reply_to":{"event_id":"$q"}}})");
        const QJsonObject stripped = stripReplyFallback(reply);
        QCOMPARE(stripped.value(QStringLiteral("body")).toString(), QStringLiteral("answer"));
        QCOMPARE(stripped.value(QStringLiteral("formatted_body")).toString(), QStringLiteral("answer"));
        // Not a reply: a leading quote is the user's own text.
        const QJsonObject quote = json(R"({"msgtype":"m.text","body":"> famous words\n\nindeed"})");
        QCOMPARE(stripReplyFallback(quote), quote);
    }
    void latestValidEditWins()
    {
        const QJsonObject original =
            message(QStringLiteral("$orig"), kAlice, 1000, text(QStringLiteral("first")));
        QList<QJsonObject> edits = {
            edit(QStringLiteral("$e2"), kAlice, 3000, QStringLiteral("$orig"), QStringLiteral("third")),
            edit(QStringLiteral("$e1"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("second")),
            edit(QStringLiteral("$bob"), kBob, 9000, QStringLiteral("$orig"), QStringLiteral("by bob")),
            edit(QStringLiteral("$other"), kAlice, 9000, QStringLiteral("$elsewhere"),
                 QStringLiteral("other target")),
        };
        DisplayedContent d = applyEdits(original, edits);
        QVERIFY(d.edited);
        QCOMPARE(body(d), QStringLiteral("third"));
        QCOMPARE(d.editEventId, QStringLiteral("$e2"));
        QCOMPARE(d.editedTs, qint64(3000));
        QVERIFY2(!d.content.contains(QStringLiteral("m.relates_to")),
                 "m.new_content's relationship is ignored");

        // Equal timestamps: the lexicographically largest event_id wins, whatever the input order.
        edits = {edit(QStringLiteral("$b"), kAlice, 5000, QStringLiteral("$orig"), QStringLiteral("B")),
                 edit(QStringLiteral("$a"), kAlice, 5000, QStringLiteral("$orig"), QStringLiteral("A"))};
        QCOMPARE(body(applyEdits(original, edits)), QStringLiteral("B"));
        std::reverse(edits.begin(), edits.end());
        QCOMPARE(body(applyEdits(original, edits)), QStringLiteral("B"));
    }
    void invalidEditsAreIgnored()
    {
        const QJsonObject original =
            message(QStringLiteral("$orig"), kAlice, 1000, text(QStringLiteral("first")));
        QJsonObject otherType =
            edit(QStringLiteral("$t"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("x"));
        otherType.insert(QStringLiteral("type"), QStringLiteral("m.sticker"));
        QJsonObject withState =
            edit(QStringLiteral("$s"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("x"));
        withState.insert(QStringLiteral("state_key"), QString());
        QJsonObject noNewContent =
            edit(QStringLiteral("$n"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("x"));
        QJsonObject c = noNewContent.value(QStringLiteral("content")).toObject();
        c.insert(QStringLiteral("m.new_content"), QStringLiteral("not an object"));
        noNewContent.insert(QStringLiteral("content"), c);
        QJsonObject redacted =
            edit(QStringLiteral("$r"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("x"));
        redacted.insert(QStringLiteral("unsigned"),
                        QJsonObject{{QStringLiteral("redacted_because"), QJsonObject{}}});
        const DisplayedContent d =
            applyEdits(original, {otherType, withState, noNewContent, redacted, QJsonObject{}});
        QVERIFY(!d.edited);
        QCOMPARE(body(d), QStringLiteral("first"));

        // An edit of an edit is no edit: edits always target the original.
        const QJsonObject firstEdit =
            edit(QStringLiteral("$e1"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("second"));
        const QJsonObject editOfEdit =
            edit(QStringLiteral("$e2"), kAlice, 3000, QStringLiteral("$e1"), QStringLiteral("third"));
        QCOMPARE(body(applyEdits(original, {firstEdit, editOfEdit})), QStringLiteral("second"));
        QVERIFY(!applyEdits(firstEdit, {editOfEdit}).edited);

        // State events cannot be edited.
        QJsonObject state = original;
        state.insert(QStringLiteral("state_key"), QString());
        QVERIFY(!applyEdits(state, {firstEdit}).edited);
    }
    void editKeepsTheOriginalsReplyRelation()
    {
        QJsonObject c = text(QStringLiteral("answer"));
        c.insert(QStringLiteral("m.relates_to"),
                 QJsonObject{{QStringLiteral("m.in_reply_to"),
                              QJsonObject{{QStringLiteral("event_id"), QStringLiteral("$q")}}}});
        const QJsonObject original = message(QStringLiteral("$orig"), kAlice, 1000, c);
        const DisplayedContent d = applyEdits(
            original,
            {edit(QStringLiteral("$e"), kAlice, 2000, QStringLiteral("$orig"), QStringLiteral("better"))});
        QCOMPARE(body(d), QStringLiteral("better"));
        QCOMPARE(parseRelatesTo(d.content).inReplyTo, QStringLiteral("$q"));
    }
    void reactionsAggregate()
    {
        const QString me = QStringLiteral("@me:example.org");
        QJsonObject redacted =
            reaction(QStringLiteral("$r5"), QStringLiteral("@carol:e.org"), 50, QStringLiteral("👍"));
        redacted.insert(QStringLiteral("unsigned"),
                        QJsonObject{{QStringLiteral("redacted_because"), QJsonObject{}}});
        QJsonObject wrongRel = reaction(QStringLiteral("$r6"), kBob, 60, QStringLiteral("🎉"));
        wrongRel.insert(QStringLiteral("content"),
                        json(R"({"m.relates_to":{"rel_type":"m.reference","event_id":"$t"}})"));
        QJsonObject notReaction = reaction(QStringLiteral("$r7"), kBob, 70, QStringLiteral("🎉"));
        notReaction.insert(QStringLiteral("type"), QStringLiteral("m.room.message"));
        const QList<QJsonObject> events = {
            reaction(QStringLiteral("$r2"), me, 20, QStringLiteral("❤️")),
            reaction(QStringLiteral("$r1"), kAlice, 10, QStringLiteral("👍")),
            reaction(QStringLiteral("$r3"), kBob, 30, QStringLiteral("👍")),
            reaction(QStringLiteral("$r4"), kAlice, 40, QStringLiteral("👍")), // duplicate: ignored
            redacted,
            wrongRel,
            notReaction,
            reaction(QStringLiteral("$r8"), me, 80, QStringLiteral("👍")),
            reaction(QStringLiteral("$r9"), kBob, 90, QString()), // no key
        };
        const QList<ReactionGroup> groups = aggregateReactions(events, me);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].key, QStringLiteral("👍"));
        QCOMPARE(groups[0].count, 3);
        QCOMPARE(groups[0].senders, QStringList({kAlice, kBob, me}));
        QCOMPARE(groups[0].ownEventId, QStringLiteral("$r8"));
        QCOMPARE(groups[1].key, QStringLiteral("❤️"));
        QCOMPARE(groups[1].count, 1);
        QCOMPARE(groups[1].ownEventId, QStringLiteral("$r2"));
        QVERIFY(aggregateReactions({}, me).isEmpty());
        QCOMPARE(aggregateReactions(events, QString())[0].ownEventId, QString());
    }
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
