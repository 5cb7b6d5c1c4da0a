// Push rules against the spec's text and examples (push.md, appendices: globs and property paths).
#include "fixtures.h"
#include "protocol/push_rules.h"

#include <QJsonDocument>
#include <QTest>

using namespace lattice;

namespace {

const QString kMe = QStringLiteral("@me:example.org");

QJsonObject json(const QByteArray &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

QJsonObject message(const QString &body, const QString &sender = QStringLiteral("@bob:example.org"),
                    const QString &msgtype = QStringLiteral("m.text"))
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.message")},
            {QStringLiteral("event_id"), QStringLiteral("$e")},
            {QStringLiteral("room_id"), QStringLiteral("!room:example.org")},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("msgtype"), msgtype}, {QStringLiteral("body"), body}}}};
}

PushContext group(int members = 5)
{
    PushContext c;
    c.userId = kMe;
    c.displayName = QStringLiteral("Me Myself");
    c.memberCount = members;
    c.powerLevels =
        QJsonObject{{QStringLiteral("users"), QJsonObject{{QStringLiteral("@mod:example.org"), 50}}},
                    {QStringLiteral("users_default"), 0}};
    return c;
}

} // namespace

class TestPushRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // appendices: "*" any run (also empty), "?" exactly one character; event_match is case-insensitive.
    void globWholeValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("match");
        // The spec's content.topic example with pattern "lunc?*".
        QTest::newRow("Lunch plans") << QStringLiteral("Lunch plans") << true;
        QTest::newRow("LUNCH") << QStringLiteral("LUNCH") << true;
        QTest::newRow("leading space") << QStringLiteral(" lunch") << false;
        QTest::newRow("lunc") << QStringLiteral("lunc") << false;
    }
    void globWholeValue()
    {
        QFETCH(QString, value);
        QFETCH(bool, match);
        QCOMPARE(push::globMatches(QStringLiteral("lunc?*"), value, false), match);
    }

    void eventMatchNeedsAString()
    {
        const QJsonObject rules = json(R"({"global": {"override": [{"rule_id": "topic", "actions": ["notify"],
            "conditions": [{"kind": "event_match", "key": "content.topic", "pattern": "lunc?*"}]}]}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        QJsonObject topic = json(R"({"content": {"topic": "Lunch plans"}, "event_id": "$1", "room_id": "!r:x",
            "sender": "@example:example.org", "state_key": "", "type": "m.room.topic"})");
        QCOMPARE(set->evaluate(topic, group()).ruleId, QStringLiteral("topic"));
        topic[QStringLiteral("content")] = QJsonObject{{QStringLiteral("topic"), QJsonValue::Null}};
        QVERIFY(set->evaluate(topic, group()).ruleId.isEmpty()); // null is not a string
        topic[QStringLiteral("content")] = QJsonObject{};
        QVERIFY(set->evaluate(topic, group()).ruleId.isEmpty()); // absent, even for "*"
    }

    // content.body: any substring between word boundaries (the spec's "ex*ple" example).
    void globBodyWordBoundaries_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("match");
        QTest::newRow("An example event.") << QStringLiteral("An example event.") << true;
        QTest::newRow("exple") << QStringLiteral("exple") << true;
        QTest::newRow("triple-whammy") << QStringLiteral("An exciting triple-whammy") << true;
        QTest::newRow("inside a word") << QStringLiteral("anexample") << false;
        QTest::newRow("underscore is a word char") << QStringLiteral("example_event") << false;
    }
    void globBodyWordBoundaries()
    {
        QFETCH(QString, body);
        QFETCH(bool, match);
        QCOMPARE(push::globMatches(QStringLiteral("ex*ple"), body, true), match);
    }

    void propertyPaths()
    {
        const QJsonObject e = json(R"({"content": {"m.relates_to": {"rel_type": "m.replace"},
            "m\\foo": 1, "a": {"b": null}}})");
        QCOMPARE(push::eventProperty(e, QStringLiteral("content.m\\.relates_to.rel_type")),
                 std::optional<QJsonValue>(QStringLiteral("m.replace")));
        QCOMPARE(push::eventProperty(e, QStringLiteral("content.m\\\\foo")), std::optional<QJsonValue>(1));
        QVERIFY(!push::eventProperty(e, QStringLiteral("content.m.relates_to")).has_value());
        QCOMPARE(push::eventProperty(e, QStringLiteral("content.a.b")),
                 std::optional<QJsonValue>(QJsonValue::Null)); // present, and null
        QVERIFY(!push::eventProperty(e, QStringLiteral("content.a.b.c")).has_value());
    }

    // event_property_is: exact, typed (the spec's m.federate example).
    void eventPropertyIs()
    {
        auto rules = [](const char *value) {
            return json(QByteArray(R"({"global": {"override": [{"rule_id": "fed", "actions": ["notify"],
                "conditions": [{"kind": "event_property_is", "key": "content.m\\.federate", "value": )") +
                        value + "}]}]}}");
        };
        const QJsonObject create = json(R"({"content": {"creator": "@example:example.org", "m.federate": true,
            "room_version": "1"}, "event_id": "$1", "room_id": "!r:x", "sender": "@example:example.org",
            "state_key": "", "type": "m.room.create"})");
        QCOMPARE(PushRuleSet::fromAccountData(rules("true"), kMe)->evaluate(create, group()).ruleId,
                 QStringLiteral("fed"));
        QVERIFY(PushRuleSet::fromAccountData(rules("\"true\""), kMe)->evaluate(create, group()).ruleId !=
                "fed");
        QVERIFY(PushRuleSet::fromAccountData(rules("1"), kMe)->evaluate(create, group()).ruleId != "fed");
    }

    // event_property_contains: exact array members (the spec's alt_aliases example).
    void eventPropertyContains()
    {
        // "\u0023" is "#": moc misreads a raw string with a quote followed by "#".
        const QJsonObject rules =
            json(R"({"global": {"override": [{"rule_id": "alias", "actions": ["notify"], )"
                 R"("conditions": [{"kind": "event_property_contains", )"
                 R"("key": "content.alt_aliases", "value": "\u0023myroom:example.com"}]}]}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        QJsonObject e =
            json(R"({"content": {"alias": "\u0023somewhere:localhost", )"
                 R"("alt_aliases": ["\u0023somewhere:example.org", "\u0023myroom:example.com"]}, )"
                 R"("event_id": "$1", "room_id": "!r:x", "sender": "@example:example.org", )"
                 R"("state_key": "", "type": "m.room.canonical_alias"})");
        QCOMPARE(set->evaluate(e, group()).ruleId, QStringLiteral("alias"));
        e[QStringLiteral("content")] = json(R"({"alt_aliases": [":example.com"]})");
        QVERIFY(set->evaluate(e, group()).ruleId.isEmpty());
        e[QStringLiteral("content")] = json(R"({"alt_aliases": "\u0023myroom:example.com"})");
        QVERIFY(set->evaluate(e, group()).ruleId.isEmpty()); // not an array
    }

    void memberCount_data()
    {
        QTest::addColumn<QString>("is");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("match");
        QTest::newRow("2 == 2") << "2" << 2 << true;
        QTest::newRow("==2 vs 3") << "==2" << 3 << false;
        QTest::newRow("<10 vs 9") << "<10" << 9 << true;
        QTest::newRow("<10 vs 10") << "<10" << 10 << false;
        QTest::newRow("<=10 vs 10") << "<=10" << 10 << true;
        QTest::newRow(">1 vs 1") << ">1" << 1 << false;
        QTest::newRow(">=3 vs 3") << ">=3" << 3 << true;
        QTest::newRow("garbage") << "about 3" << 3 << false;
    }
    void memberCount()
    {
        QFETCH(QString, is);
        QFETCH(int, count);
        QFETCH(bool, match);
        QCOMPARE(push::memberCountMatches(is, count), match);
    }

    // The server-default rules on their own, in order.
    void defaultsInOrder()
    {
        const PushRuleSet set = PushRuleSet::serverDefaults(kMe);
        QStringList ids;
        for (const PushRule &r : set.rules())
            ids << r.ruleId;
        QCOMPARE(ids,
                 (QStringList{".m.rule.master", ".m.rule.suppress_notices", ".m.rule.invite_for_me",
                              ".m.rule.member_event", ".m.rule.is_user_mention", ".m.rule.is_room_mention",
                              ".m.rule.tombstone", ".m.rule.reaction", ".m.rule.room.server_acl",
                              ".m.rule.suppress_edits", ".m.rule.call", ".m.rule.encrypted_room_one_to_one",
                              ".m.rule.room_one_to_one", ".m.rule.message", ".m.rule.encrypted"}));
        QVERIFY(!set.rules().first().enabled); // master is off by default
    }

    void defaultsDecide_data()
    {
        QTest::addColumn<QJsonObject>("event");
        QTest::addColumn<int>("members");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("notify");
        QTest::addColumn<bool>("highlight");
        QTest::addColumn<QString>("sound");

        QTest::newRow("group message") << message("hi") << 5 << ".m.rule.message" << true << false << "";
        QTest::newRow("DM message") << message("hi") << 2 << ".m.rule.room_one_to_one" << true << false
                                    << "default";
        QTest::newRow("notice") << message("bot says", "@bot:x", "m.notice") << 5
                                << ".m.rule.suppress_notices" << false << false << "";
        QJsonObject mention = message("hey you");
        mention[QStringLiteral("content")] = json(R"({"msgtype": "m.text", "body": "hey you",
            "m.mentions": {"user_ids": ["@me:example.org"]}})");
        QTest::newRow("user mention")
            << mention << 5 << ".m.rule.is_user_mention" << true << true << "default";
        QJsonObject roomMention = message("@room lunch", "@mod:example.org");
        roomMention[QStringLiteral("content")] =
            json(R"({"msgtype": "m.text", "body": "@room lunch", "m.mentions": {"room": true}})");
        QTest::newRow("room mention by a moderator")
            << roomMention << 5 << ".m.rule.is_room_mention" << true << true << "";
        QJsonObject roomMentionByNobody = roomMention;
        roomMentionByNobody[QStringLiteral("sender")] = QStringLiteral("@bob:example.org");
        QTest::newRow("room mention without permission")
            << roomMentionByNobody << 5 << ".m.rule.message" << true << false << "";
        QJsonObject invite = json(R"({"type": "m.room.member", "state_key": "@me:example.org",
            "sender": "@bob:example.org", "event_id": "$i", "content": {"membership": "invite"}})");
        QTest::newRow("invite for me")
            << invite << 5 << ".m.rule.invite_for_me" << true << false << "default";
        QJsonObject otherInvite = invite;
        otherInvite[QStringLiteral("state_key")] = QStringLiteral("@carol:example.org");
        QTest::newRow("someone else's invite")
            << otherInvite << 5 << ".m.rule.member_event" << false << false << "";
        QJsonObject edit = message("* fixed");
        edit[QStringLiteral("content")] = json(R"({"msgtype": "m.text", "body": "* fixed",
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$o"}})");
        QTest::newRow("edit") << edit << 2 << ".m.rule.suppress_edits" << false << false << "";
        QTest::newRow("reaction") << json(R"({"type": "m.reaction", "sender": "@bob:x", "content": {}})") << 2
                                  << ".m.rule.reaction" << false << false << "";
        QTest::newRow("tombstone") << json(
                                          R"({"type": "m.room.tombstone", "state_key": "", "sender": "@bob:x",
            "content": {"body": "moved"}})")
                                   << 5 << ".m.rule.tombstone" << true << true << "";
        QTest::newRow("call") << json(R"({"type": "m.call.invite", "sender": "@bob:x", "content": {}})") << 2
                              << ".m.rule.call" << true << false << "ring";
        QTest::newRow("encrypted DM")
            << json(R"({"type": "m.room.encrypted", "sender": "@bob:x", "content": {}})") << 2
            << ".m.rule.encrypted_room_one_to_one" << true << false << "default";
        QTest::newRow("encrypted group")
            << json(R"({"type": "m.room.encrypted", "sender": "@bob:x", "content": {}})") << 7
            << ".m.rule.encrypted" << true << false << "";
        QTest::newRow("topic change: nothing") << json(R"({"type": "m.room.topic", "state_key": "",
            "sender": "@bob:x", "content": {"topic": "t"}})")
                                               << 5 << "" << false << false << "";
    }
    void defaultsDecide()
    {
        QFETCH(QJsonObject, event);
        QFETCH(int, members);
        QFETCH(QString, rule);
        QFETCH(bool, notify);
        QFETCH(bool, highlight);
        QFETCH(QString, sound);
        const PushActions a = PushRuleSet::serverDefaults(kMe).evaluate(event, group(members));
        QCOMPARE(a.ruleId, rule);
        QCOMPARE(a.notify, notify);
        QCOMPARE(a.highlight, highlight);
        QCOMPARE(a.sound, sound);
    }

    // The spec's m.push_rules example (for @alice:example.com) merged with the defaults it lacks.
    void accountDataExample()
    {
        const QJsonObject example =
            QJsonDocument::fromJson(test::fixture("push_rules_example.json")).object();
        const QString alice = QStringLiteral("@alice:example.com");
        auto set = PushRuleSet::fromAccountData(example.value(QStringLiteral("content")).toObject(), alice);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        QCOMPARE(set->skippedRules(), 0);
        QCOMPARE(set->rules().first().ruleId, QStringLiteral(".m.rule.master"));
        // A default the example files under underride is not added a second time under override.
        QCOMPARE(std::count_if(set->rules().cbegin(), set->rules().cend(),
                               [](const PushRule &r) { return r.ruleId == ".m.rule.is_user_mention"; }),
                 1);
        PushContext c = group();
        c.userId = alice;
        QJsonObject mention = message("hey");
        mention[QStringLiteral("content")] = json(
            R"({"msgtype": "m.text", "body": "hey", "m.mentions": {"user_ids": ["@alice:example.com"]}})");
        const PushActions byMention = set->evaluate(mention, c);
        QCOMPARE(byMention.ruleId, QStringLiteral(".m.rule.is_user_mention"));
        QVERIFY(byMention.highlight);
        // Its call rule sets highlight false explicitly, and sound ring.
        const PushActions call = set->evaluate(json(R"({"type": "m.call.invite", "sender": "@b:x"})"), c);
        QCOMPARE(call.ruleId, QStringLiteral(".m.rule.call"));
        QCOMPARE(call.sound, QStringLiteral("ring"));
        QVERIFY(call.notify);
        QVERIFY(!call.highlight);
        // The server's own version of a default wins: this member_event rule notifies.
        const QJsonObject join = json(R"({"type": "m.room.member", "state_key": "@b:x", "sender": "@b:x",
            "content": {"membership": "join"}})");
        QCOMPARE(set->evaluate(join, c).ruleId, QStringLiteral(".m.rule.member_event"));
        QVERIFY(set->evaluate(join, c).notify);
        // Defaults the example lacks are still there.
        QCOMPARE(set->evaluate(json(R"({"type": "m.reaction", "sender": "@b:x"})"), c).ruleId,
                 QStringLiteral(".m.rule.reaction"));
    }

    // The legacy .m.rule.contains_display_name, as older servers still send it.
    void containsDisplayName()
    {
        const QJsonObject rules =
            json(R"({"global": {"override": [{"rule_id": ".m.rule.contains_display_name",
            "default": true, "enabled": true, "conditions": [{"kind": "contains_display_name"}],
            "actions": ["notify", {"set_tweak": "sound", "value": "default"}, {"set_tweak": "highlight"}]}]}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        PushContext c = group();
        c.displayName = QStringLiteral("Al.ice");
        QCOMPARE(set->evaluate(message("Hi al.ice, lunch?"), c).ruleId,
                 QStringLiteral(".m.rule.contains_display_name"));
        QVERIFY(set->evaluate(message("Hi al.ice, lunch?"), c).highlight);
        QCOMPARE(set->evaluate(message("Hi Malice"), c).ruleId, QStringLiteral(".m.rule.message"));
        QCOMPARE(set->evaluate(message("Hi alxice"), c).ruleId,
                 QStringLiteral(".m.rule.message")); // '.' is literal
        c.displayName.clear();
        QCOMPARE(set->evaluate(message("Hi"), c).ruleId, QStringLiteral(".m.rule.message"));
    }

    // The spec's API examples as account rules: room, sender and content kinds, and their order.
    void userRules()
    {
        const QJsonObject rules = json(R"({"global": {
            "override": [{"rule_id": "beer", "actions": ["notify", {"set_tweak": "sound", "value": "beeroclock.wav"}],
                          "conditions": [{"kind": "event_match", "key": "content.body", "pattern": "beer"},
                                         {"kind": "room_member_count", "is": "<=10"}]}],
            "content": [{"rule_id": "U3BvbmdlIGNha2UgaXMgYmVzdA", "pattern": "cake*lie", "actions": ["notify"]},
                        {"rule_id": "SSByZWFsbHkgbGlrZSBjYWtl", "pattern": "cake",
                         "actions": ["notify", {"set_tweak": "sound", "value": "cakealarm.wav"}]}],
            "room": [{"rule_id": "!dj234r78wl45Gh4D:matrix.org", "actions": []}],
            "sender": [{"rule_id": "@spambot:matrix.org", "actions": ["dont_notify"]}],
            "underride": []}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        const PushContext c = group(5);
        QCOMPARE(set->evaluate(message("I like cake"), c).sound, QStringLiteral("cakealarm.wav"));
        const PushActions lie = set->evaluate(message("the cake is a lie"), c);
        QCOMPARE(lie.ruleId, QStringLiteral("U3BvbmdlIGNha2UgaXMgYmVzdA"));
        QVERIFY(lie.sound.isEmpty());
        QCOMPARE(set->evaluate(message("cakes"), c).ruleId, QStringLiteral(".m.rule.message"));
        QCOMPARE(set->evaluate(message("beer cake"), c).sound,
                 QStringLiteral("beeroclock.wav")); // override first
        QCOMPARE(set->evaluate(message("beer cake"), group(11)).sound, QStringLiteral("cakealarm.wav"));

        QJsonObject quiet = message("hello");
        quiet[QStringLiteral("room_id")] = QStringLiteral("!dj234r78wl45Gh4D:matrix.org");
        const PushActions room = set->evaluate(quiet, c);
        QCOMPARE(room.ruleId, QStringLiteral("!dj234r78wl45Gh4D:matrix.org"));
        QVERIFY(!room.notify);
        const PushActions spam = set->evaluate(message("buy now", "@spambot:matrix.org"), c);
        QCOMPARE(spam.ruleId, QStringLiteral("@spambot:matrix.org"));
        QVERIFY(!spam.notify); // dont_notify is historical: equivalent to no actions
    }

    void masterSilencesEverything()
    {
        const QJsonObject rules = json(R"({"global": {
            "override": [{"rule_id": "mine", "actions": ["notify"], "conditions": []},
                         {"rule_id": ".m.rule.master", "default": true, "enabled": true, "conditions": [],
                          "actions": []}]}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        const PushActions a = set->evaluate(message("hi"), group(2));
        QCOMPARE(a.ruleId, QStringLiteral(".m.rule.master"));
        QVERIFY(!a.notify);
    }

    void disabledAndUnknown()
    {
        const QJsonObject rules = json(R"({"global": {
            "override": [{"rule_id": "future", "actions": ["notify", {"set_tweak": "highlight"}],
                          "conditions": [{"kind": "org.example.future", "key": "x"}]},
                         {"rule_id": ".m.rule.suppress_notices", "default": true, "enabled": false,
                          "conditions": [{"kind": "event_match", "key": "content.msgtype", "pattern": "m.notice"}],
                          "actions": []},
                         {"actions": ["notify"]},
                         {"rule_id": "no actions"}]}})");
        auto set = PushRuleSet::fromAccountData(rules, kMe);
        QVERIFY(set.ok());
        QCOMPARE(set->skippedRules(), 2);
        // Unknown condition: never matches. Disabled suppress_notices: notices notify as messages.
        const PushActions a = set->evaluate(message("note", "@bot:x", "m.notice"), group());
        QCOMPARE(a.ruleId, QStringLiteral(".m.rule.message"));
        QVERIFY(a.notify);
        QVERIFY(!a.highlight);
    }

    void malformedAccountData()
    {
        auto set = PushRuleSet::fromAccountData(json(R"({"device": {}})"), kMe);
        QVERIFY(!set.ok());
        QCOMPARE(set.error().kind, Error::Kind::Parse);
        QVERIFY(!set.error().message.isEmpty());
    }

    void actions()
    {
        const PushActions a = push::parseActions(QJsonDocument::fromJson(R"(["coalesce", "notify",
            {"set_tweak": "highlight", "value": false}, {"set_tweak": "sound", "value": "default"},
            {"set_tweak": "org.example.flash", "value": "red"}])")
                                                     .array());
        QVERIFY(a.notify);
        QVERIFY(!a.highlight);
        QCOMPARE(a.sound, QStringLiteral("default"));
        QVERIFY(!push::parseActions(QJsonDocument::fromJson(R"(["dont_notify"])").array()).notify);
    }
};

QTEST_APPLESS_MAIN(TestPushRules)
#include "tst_push_rules.moc"
