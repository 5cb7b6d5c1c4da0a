// The timeline's display text: sanitised HTML for formatted bodies, plain text otherwise,
// state-event sentences, emotes and notices, and hidden reactions and edits.
#include "event_display.h"

#include <QJsonDocument>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString name(const QString &userId)
{
    return userId == QLatin1String("@alice:example.org") ? QStringLiteral("Alice") : QString();
}
} // namespace

class TestEventDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formattedBodyIsSanitised();
    void mxcImagesGoThroughTheImageProvider();
    void plainBodyStaysPlain();
    void emoteAndNotice();
    void stateEventsAreSentences();
    void redactedMessageIsASummary();
    void reactionsAndEditsAreHidden();
};

// moc cannot parse multi-line raw strings inside a class: the bodies live out here.
void TestEventDisplay::formattedBodyIsSanitised()
{
    const auto e = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.text","body":"hi there","format":"org.matrix.custom.html",
        "formatted_body":"<b>hi</b> <script>alert(1)</script><img src=\"https://evil.example/x.png\" onerror=\"x()\"><a href=\"javascript:alert(2)\">there</a>"}})");
    const EventDisplay d = displayEvent(e, QStringLiteral("Alice"), name, appSanitizeOptions());
    QCOMPARE(d.kind, EventDisplay::Kind::Message);
    QVERIFY(d.rich);
    QVERIFY2(d.text.contains(QLatin1String("<b>hi</b>")), qPrintable(d.text));
    QVERIFY2(!d.text.contains(QLatin1String("script"), Qt::CaseInsensitive), qPrintable(d.text));
    QVERIFY2(!d.text.contains(QLatin1String("alert")), qPrintable(d.text));
    QVERIFY2(!d.text.contains(QLatin1String("evil.example")), qPrintable(d.text));
    QVERIFY2(!d.text.contains(QLatin1String("javascript:")), qPrintable(d.text));
    QVERIFY2(d.text.contains(QLatin1String("there")), qPrintable(d.text));
}

void TestEventDisplay::mxcImagesGoThroughTheImageProvider()
{
    const auto e = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.text","body":"pic","format":"org.matrix.custom.html",
        "formatted_body":"<img src=\"mxc://example.org/abc123\" alt=\"cat\">"}})");
    const EventDisplay d = displayEvent(e, QStringLiteral("Alice"), name, appSanitizeOptions());
    QVERIFY2(d.text.contains(QLatin1String("image://mxc/example.org/abc123")), qPrintable(d.text));
}

void TestEventDisplay::plainBodyStaysPlain()
{
    const auto e = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.text","body":"<b>not bold</b>"}})");
    const EventDisplay d = displayEvent(e, QStringLiteral("Alice"), name, appSanitizeOptions());
    QVERIFY(!d.rich);
    QCOMPARE(d.text, QStringLiteral("<b>not bold</b>")); // shown as Text.PlainText
}

void TestEventDisplay::emoteAndNotice()
{
    const auto emote = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.emote","body":"waves"}})");
    const EventDisplay d = displayEvent(emote, QStringLiteral("Alice"), name, appSanitizeOptions());
    QCOMPARE(d.kind, EventDisplay::Kind::Emote);
    QCOMPARE(d.text, QStringLiteral("* Alice waves"));

    const auto richEmote = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.emote","body":"waves","format":"org.matrix.custom.html","formatted_body":"<i>waves</i>"}})");
    const EventDisplay r = displayEvent(richEmote, QStringLiteral("A<l>ice"), name, appSanitizeOptions());
    QVERIFY(r.rich);
    QVERIFY2(r.text.startsWith(QLatin1String("* A&lt;l&gt;ice ")), qPrintable(r.text));

    const auto notice = parse(R"({"type":"m.room.message","sender":"@bot:example.org","content":{
        "msgtype":"m.notice","body":"build passed"}})");
    const EventDisplay n = displayEvent(notice, QString(), name, appSanitizeOptions());
    QCOMPARE(n.kind, EventDisplay::Kind::Notice);
    QCOMPARE(n.text, QStringLiteral("build passed"));
}

void TestEventDisplay::stateEventsAreSentences()
{
    const auto topic = parse(R"({"type":"m.room.topic","sender":"@alice:example.org","state_key":"",
        "content":{"topic":"Weekly sync"}})");
    const EventDisplay d = displayEvent(topic, QStringLiteral("Alice"), name, appSanitizeOptions());
    QCOMPARE(d.kind, EventDisplay::Kind::Summary);
    QVERIFY(!d.rich);
    QVERIFY2(d.text.contains(QLatin1String("Alice")) && d.text.contains(QLatin1String("Weekly sync")),
             qPrintable(d.text));

    const auto join = parse(R"({"type":"m.room.member","sender":"@alice:example.org",
        "state_key":"@alice:example.org","content":{"membership":"join"}})");
    const EventDisplay j = displayEvent(join, QStringLiteral("Alice"), name, appSanitizeOptions());
    QCOMPARE(j.kind, EventDisplay::Kind::Summary);
    QVERIFY2(j.text.contains(QLatin1String("Alice")) && j.text.contains(QLatin1String("joined")),
             qPrintable(j.text));
}

void TestEventDisplay::redactedMessageIsASummary()
{
    const auto e = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{},
        "unsigned":{"redacted_because":{}}})");
    const EventDisplay d = displayEvent(e, QStringLiteral("Alice"), name, appSanitizeOptions());
    QCOMPARE(d.kind, EventDisplay::Kind::Summary);
    QVERIFY(!d.text.isEmpty());
}

void TestEventDisplay::reactionsAndEditsAreHidden()
{
    const auto reaction = parse(R"({"type":"m.reaction","sender":"@alice:example.org","content":{
        "m.relates_to":{"rel_type":"m.annotation","event_id":"$a","key":"👍"}}})");
    QCOMPARE(displayEvent(reaction, {}, name, appSanitizeOptions()).kind, EventDisplay::Kind::Hidden);
    const auto edit = parse(R"({"type":"m.room.message","sender":"@alice:example.org","content":{
        "msgtype":"m.text","body":"* fixed","m.new_content":{"msgtype":"m.text","body":"fixed"},
        "m.relates_to":{"rel_type":"m.replace","event_id":"$a"}}})");
    QCOMPARE(displayEvent(edit, {}, name, appSanitizeOptions()).kind, EventDisplay::Kind::Hidden);
}

QTEST_GUILESS_MAIN(TestEventDisplay)
#include "test_event_display.moc"
