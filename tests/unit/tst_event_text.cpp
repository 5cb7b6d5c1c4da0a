// Human sentences for state, membership and other events: right wording, reasons shown, and a
// generic sentence (never a crash) for missing or wrongly typed fields.
#include "client/event_text.h"

#include <QJsonDocument>
#include <QTest>

using namespace lattice;

namespace {

QJsonObject ev(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    QJsonObject e = doc.object();
    if (!e.contains(QLatin1String("event_id")))
        e.insert(QStringLiteral("event_id"), QStringLiteral("$e"));
    if (!e.contains(QLatin1String("origin_server_ts")))
        e.insert(QStringLiteral("origin_server_ts"), 1);
    return e;
}

QString names(const QString &id)
{
    if (id == QLatin1String("@alice:e.org"))
        return QStringLiteral("Alice");
    if (id == QLatin1String("@bob:e.org"))
        return QStringLiteral("Bob");
    return {};
}

QString summary(const char *json)
{
    return eventSummary(ev(json), names);
}

QJsonObject member(const char *user, const char *membership, const char *was)
{
    QJsonObject e = ev(R"({"type":"m.room.member","content":{}})");
    e.insert(QStringLiteral("sender"), QLatin1String(user));
    e.insert(QStringLiteral("state_key"), QLatin1String(user));
    e.insert(QStringLiteral("content"),
             QJsonObject{{QStringLiteral("membership"), QLatin1String(membership)}});
    if (*was)
        e.insert(QStringLiteral("unsigned"),
                 QJsonObject{{QStringLiteral("prev_content"),
                              QJsonObject{{QStringLiteral("membership"), QLatin1String(was)}}}});
    return e;
}

} // namespace

// Slots are declared here and defined below: moc misreads some of the JSON literals in the bodies.
class TestEventText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void membership_data();
    void membership();
    void roomState_data();
    void roomState();
    void namesFallBackToIds();
    void userTextCannotInjectPlaceholders();
    void collapsesRuns();
    void previews_data();
    void previews();
    void longBodiesAreShortened();
};

void TestEventText::membership_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(expected);
    };
    row("join",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@alice:e.org","content":{"membership":"join"}})",
        "Alice joined the room");
    row("join-unknown-name",
        R"({"type":"m.room.member","sender":"@z:e.org","state_key":"@z:e.org","content":{"membership":"join","displayname":"Zed"}})",
        "Zed joined the room");
    row("join-id",
        R"({"type":"m.room.member","sender":"@z:e.org","state_key":"@z:e.org","content":{"membership":"join"}})",
        "@z:e.org joined the room");
    row("leave",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@alice:e.org","content":{"membership":"leave"},"unsigned":{"prev_content":{"membership":"join"}}})",
        "Alice left the room");
    row("invite",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"invite"}})",
        "Alice invited Bob");
    row("kick",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"leave","reason":"spam"},"unsigned":{"prev_content":{"membership":"join"}}})",
        "Alice removed Bob: spam");
    row("ban",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"ban","reason":"  repeated\nabuse "}})",
        "Alice banned Bob: repeated abuse");
    row("unban",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"leave"},"unsigned":{"prev_content":{"membership":"ban"}}})",
        "Alice unbanned Bob");
    row("reject",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"leave"},"unsigned":{"prev_content":{"membership":"invite"}}})",
        "Bob rejected the invitation");
    row("revoke",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"leave"},"prev_content":{"membership":"invite"}})",
        "Alice withdrew the invitation for Bob");
    row("knock",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"knock","reason":"let me in"}})",
        "Bob asked to join: let me in");
    row("rename",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"join","displayname":"Robert"},"unsigned":{"prev_content":{"membership":"join","displayname":"Bobby"}}})",
        "Bob changed their display name from Bobby to Robert");
    row("set-name",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"join","displayname":"Robert"},"unsigned":{"prev_content":{"membership":"join"}}})",
        "Bob set their display name to Robert");
    row("drop-name",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"join"},"unsigned":{"prev_content":{"membership":"join","displayname":"Bobby"}}})",
        "Bob removed their display name (Bobby)");
    row("avatar",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"join","avatar_url":"mxc://e/b"},"unsigned":{"prev_content":{"membership":"join","avatar_url":"mxc://e/a"}}})",
        "Bob changed their avatar");
    row("malformed-membership",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":5}})",
        "Alice changed the membership of Bob");
    row("no-state-key", R"({"type":"m.room.member","sender":"@alice:e.org","content":{"membership":"join"}})",
        "Alice changed a membership");
    row("content-not-object",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":"join"})",
        "Alice changed the membership of Bob");
    row("reason-wrong-type",
        R"({"type":"m.room.member","sender":"@alice:e.org","state_key":"@bob:e.org","content":{"membership":"ban","reason":{"x":1}}})",
        "Alice banned Bob");
}

void TestEventText::membership()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QCOMPARE(eventSummary(ev(json.toUtf8().constData()), names), expected);
}

void TestEventText::roomState_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(expected);
    };
    // Every row is a state event from Alice with state_key "".
    auto j = [](const char *rest) {
        return QByteArray(R"({"sender":"@alice:e.org","state_key":"",)") + rest + QByteArray(1, '}');
    };
    const QByteArray rows[][2] = {
        {j(R"("type":"m.room.name","content":{"name":"Cats"})"), "Alice set the room name to Cats"},
        {j(R"("type":"m.room.name","content":{"name":"Dogs"},"unsigned":{"prev_content":{"name":"Cats"}})"),
         "Alice changed the room name to Dogs"},
        {j(R"("type":"m.room.name","content":{})"), "Alice removed the room name"},
        {j(R"("type":"m.room.name","content":{"name":42})"), "Alice changed the room name"},
        {j(R"("type":"m.room.topic","content":{"topic":"All\nabout cats"})"),
         "Alice set the topic to All about cats"},
        {j(R"("type":"m.room.topic","content":{"topic":""},"unsigned":{"prev_content":{"topic":"x"}})"),
         "Alice removed the topic"},
        {j(R"("type":"m.room.topic","content":{"topic":["x"]})"), "Alice changed the topic"},
        {j(R"("type":"m.room.avatar","content":{"url":"mxc://e/a"})"), "Alice set the room avatar"},
        {j(R"("type":"m.room.avatar","content":{"url":"mxc://e/b"},"unsigned":{"prev_content":{"url":"mxc://e/a"}})"),
         "Alice changed the room avatar"},
        {j(R"("type":"m.room.avatar","content":{})"), "Alice removed the room avatar"},
        {j(R"("type":"m.room.create","content":{"room_version":"10"})"), "Alice created the room"},
        {j(R"("type":"m.room.create","content":{"type":"m.space"})"), "Alice created the space"},
        {j(R"("type":"m.room.encryption","content":{"algorithm":"m.megolm.v1.aes-sha2"})"),
         "Alice turned on end-to-end encryption"},
        {j(R"("type":"m.room.history_visibility","content":{"history_visibility":"shared"})"),
         "Alice made the room history visible to all members"},
        {j(R"("type":"m.room.history_visibility","content":{"history_visibility":"joined"})"),
         "Alice made the room history visible to members from when they joined"},
        {j(R"("type":"m.room.history_visibility","content":{"history_visibility":7})"),
         "Alice changed who can read the room history"},
        {j(R"("type":"m.room.join_rules","content":{"join_rule":"public"})"), "Alice made the room public"},
        {j(R"("type":"m.room.join_rules","content":{"join_rule":"invite"})"),
         "Alice made the room invite only"},
        {j(R"("type":"m.room.join_rules","content":{"join_rule":"restricted","allow":[]})"),
         "Alice allowed members of selected spaces to join"},
        {j(R"("type":"m.room.join_rules","content":{})"), "Alice changed who can join the room"},
        {j(R"("type":"m.room.power_levels","content":{"users":{"@bob:e.org":50}},"unsigned":{"prev_content":{"users":{}}})"),
         "Alice changed the power level of Bob from Default to Moderator"},
        {j(R"("type":"m.room.power_levels","content":{"users":{"@bob:e.org":100,"@c:e.org":50}},"unsigned":{"prev_content":{"users":{"@bob:e.org":50}}})"),
         "Alice changed the power levels of 2 people"},
        {j(R"("type":"m.room.power_levels","content":{"users":{"@alice:e.org":100}})"),
         "Alice changed the room's permissions"},
        {j(R"("type":"m.room.power_levels","content":{"users":"x"},"unsigned":{"prev_content":{"users":[1]}})"),
         "Alice changed the room's permissions"},
        {j(R"("type":"m.room.canonical_alias","content":{"alias":"#cats:e.org"})"),
         "Alice set the main address to #cats:e.org"},
        {j(R"("type":"m.room.canonical_alias","content":{},"unsigned":{"prev_content":{"alias":"#cats:e.org"}})"),
         "Alice removed the main address"},
        {j(R"("type":"m.room.canonical_alias","content":{"alias":"#c:e.org","alt_aliases":["#d:e.org"]},"unsigned":{"prev_content":{"alias":"#c:e.org"}})"),
         "Alice changed the room addresses"},
        {j(R"("type":"m.room.pinned_events","content":{"pinned":["$a","$b"]},"unsigned":{"prev_content":{"pinned":["$a"]}})"),
         "Alice pinned a message"},
        {j(R"("type":"m.room.pinned_events","content":{"pinned":[]},"unsigned":{"prev_content":{"pinned":["$a"]}})"),
         "Alice unpinned a message"},
        {j(R"("type":"m.room.pinned_events","content":{"pinned":"x"})"), "Alice changed the pinned messages"},
        {j(R"("type":"m.room.tombstone","content":{"body":"moved","replacement_room":"!n:e.org"})"),
         "Alice upgraded this room; the conversation continues in a new room"},
        {j(R"("type":"m.room.server_acl","content":{"allow":["*"]})"), "Alice set the server access rules"},
        {j(R"("type":"org.example.custom","content":{})"),
         "Alice changed the room state (org.example.custom)"},
    };
    int i = 0;
    for (const auto &r : rows)
        QTest::newRow(QByteArray::number(i++).constData())
            << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
    row("call-video",
        R"({"type":"m.call.invite","sender":"@bob:e.org","content":{"call_id":"c","offer":{"type":"offer","sdp":"v=0\r\nm=audio 1\r\nm=video 2\r\n"}}})",
        "Bob placed a video call");
    row("call-voice",
        R"({"type":"m.call.invite","sender":"@bob:e.org","content":{"call_id":"c","offer":{"sdp":"m=audio 1"}}})",
        "Bob placed a voice call");
    row("call-malformed", R"({"type":"m.call.invite","sender":"@bob:e.org","content":{"offer":"nonsense"}})",
        "Bob placed a voice call");
    row("answer", R"({"type":"m.call.answer","sender":"@alice:e.org","content":{}})",
        "Alice answered the call");
    row("hangup", R"({"type":"m.call.hangup","sender":"@alice:e.org","content":{}})", "Alice ended the call");
    row("redacted",
        R"({"type":"m.room.message","sender":"@alice:e.org","content":{},"unsigned":{"redacted_because":{"type":"m.room.redaction"}}})",
        "Message deleted");
    row("encrypted",
        R"({"type":"m.room.encrypted","sender":"@alice:e.org","content":{"algorithm":"m.megolm.v1.aes-sha2"}})",
        "Encrypted message: the key to read it has not arrived");
    row("redacted-state",
        R"({"type":"m.room.name","sender":"@alice:e.org","state_key":"","content":{},"unsigned":{"redacted_because":{}}})",
        "Alice's change to the room was deleted");
    row("redacted-member",
        R"({"type":"m.room.member","sender":"@bob:e.org","state_key":"@bob:e.org","content":{"membership":"join"},"unsigned":{"redacted_because":{}}})",
        "Bob joined the room");
    row("unknown", R"({"type":"org.example.thing","sender":"@alice:e.org","content":{}})",
        "Alice sent an event this app cannot show (org.example.thing)");
    row("no-fields", R"({})", "Someone sent an event this app cannot show");
}

void TestEventText::roomState()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QCOMPARE(eventSummary(ev(json.toUtf8().constData()), names), expected);
}

void TestEventText::namesFallBackToIds()
{
    QCOMPARE(
        eventSummary(ev(R"({"type":"m.room.encryption","sender":"@x:e.org","state_key":"","content":{}})"),
                     nullptr),
        QStringLiteral("@x:e.org turned on end-to-end encryption"));
}

void TestEventText::userTextCannotInjectPlaceholders()
{
    QCOMPARE(
        summary(
            R"({"type":"m.room.name","sender":"@alice:e.org","state_key":"","content":{"name":"%1 %2 %3"}})"),
        QStringLiteral("Alice set the room name to %1 %2 %3"));
}

void TestEventText::collapsesRuns()
{
    auto lookup = [](const QString &id) { return id.mid(1, id.indexOf(u':') - 1); };
    QList<QJsonObject> run = {member("@a:e", "join", ""), member("@b:e", "join", "leave"),
                              member("@c:e", "leave", "join")};
    QCOMPARE(collapseMembershipRun(run, lookup), QStringLiteral("a and b joined; c left"));
    run = {member("@a:e", "join", ""), member("@b:e", "join", ""), member("@c:e", "join", ""),
           member("@d:e", "join", ""), member("@e:e", "join", ""), member("@f:e", "leave", "join")};
    QCOMPARE(collapseMembershipRun(run, lookup), QStringLiteral("a, b and 3 others joined; f left"));
    run = {member("@a:e", "join", ""), member("@b:e", "join", ""), member("@c:e", "join", "")};
    QCOMPARE(collapseMembershipRun(run, lookup), QStringLiteral("a, b and c joined"));
    // Each person counts once, by the run's net effect.
    run = {member("@a:e", "join", "leave"), member("@a:e", "leave", "join"), member("@b:e", "leave", "join"),
           member("@b:e", "join", "leave"), member("@c:e", "join", ""),      member("@c:e", "join", "join")};
    QCOMPARE(collapseMembershipRun(run, lookup),
             QStringLiteral("c joined; a joined and left; b left and rejoined"));
    run = {member("@a:e", "invite", ""), member("@b:e", "ban", "join"), member("@c:e", "invite", "")};
    QCOMPARE(collapseMembershipRun(run, lookup), QStringLiteral("a and c were invited; b was banned"));
    QCOMPARE(collapseMembershipRun({}, lookup), QStringLiteral("No membership changes"));
    QCOMPARE(collapseMembershipRun({ev(R"({"type":"m.room.member","content":5})")}, lookup),
             QStringLiteral("No membership changes"));
}

void TestEventText::previews_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(expected);
    };
    row("text",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.text","body":"hello\nworld"}})",
        "Al: hello world");
    row("notice",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.notice","body":"beep"}})",
        "Al: beep");
    row("emote",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.emote","body":"waves"}})",
        "* Al waves");
    row("reply",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.text","body":"> <@b:e> q\n\nanswer","m.relates_to":{"m.in_reply_to":{"event_id":"$q"}}}})",
        "Al: answer");
    row("image",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.image","body":"cat.png","url":"mxc://e/c"}})",
        "Al sent an image");
    row("file", R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.file","body":"a.pdf"}})",
        "Al sent a file");
    row("video", R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.video","body":"v"}})",
        "Al sent a video");
    row("audio", R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.audio","body":"v"}})",
        "Al sent an audio message");
    row("location",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.location","body":"here","geo_uri":"geo:1,2"}})",
        "Al shared a location");
    row("sticker", R"({"type":"m.sticker","sender":"@a:e","content":{"body":"s","url":"mxc://e/s"}})",
        "Al sent a sticker");
    row("poll",
        R"({"type":"org.matrix.msc3381.poll.start","sender":"@a:e","content":{"org.matrix.msc3381.poll.start":{"question":{"org.matrix.msc1767.text":"Lunch?"}}}})",
        "Al started a poll: Lunch?");
    row("poll-bare", R"({"type":"m.poll.start","sender":"@a:e","content":{}})", "Al started a poll");
    row("encrypted", R"({"type":"m.room.encrypted","sender":"@a:e","content":{}})", "Al: Encrypted message");
    row("redacted",
        R"({"type":"m.room.message","sender":"@a:e","content":{},"unsigned":{"redacted_because":{}}})",
        "Message deleted");
    row("body-not-string",
        R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.text","body":{"x":1}}})",
        "Al sent a message");
    row("state", R"({"type":"m.room.topic","sender":"@a:e","state_key":"","content":{"topic":"t"}})",
        "Al set the topic to t");
}

void TestEventText::previews()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QCOMPARE(messagePreview(ev(json.toUtf8().constData()), QStringLiteral("Al")), expected);
}

void TestEventText::longBodiesAreShortened()
{
    QJsonObject e = ev(R"({"type":"m.room.message","sender":"@a:e","content":{"msgtype":"m.text"}})");
    e.insert(QStringLiteral("content"), QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                    {QStringLiteral("body"), QString(5000, u'x')}});
    QVERIFY(messagePreview(e, QStringLiteral("Al")).size() < 220);
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_event_text.moc"
