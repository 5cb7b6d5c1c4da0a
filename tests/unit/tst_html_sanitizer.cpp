// Message HTML is hostile: the sanitiser keeps the spec's allow-list and nothing else, always yields
// well-formed output, and stays fast on bombs and garbage.
#include "protocol/html_sanitizer.h"
#include "protocol/html_tokenizer.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace lattice;
using namespace lattice::html;

namespace {

const QString kProvider = QStringLiteral("image://mxc/");

SanitizeOptions withImages()
{
    SanitizeOptions o;
    o.mxcImageUrl = [](const QString &server, const QString &mediaId) {
        return kProvider + server + QLatin1Char('/') + mediaId;
    };
    return o;
}

QString clean(const QString &html)
{
    return sanitizeHtml(html, withImages());
}

const QStringList kOutputTags = {
    QStringLiteral("del"),    QStringLiteral("h1"),    QStringLiteral("h2"),     QStringLiteral("h3"),
    QStringLiteral("h4"),     QStringLiteral("h5"),    QStringLiteral("h6"),     QStringLiteral("blockquote"),
    QStringLiteral("p"),      QStringLiteral("a"),     QStringLiteral("ul"),     QStringLiteral("ol"),
    QStringLiteral("sup"),    QStringLiteral("sub"),   QStringLiteral("li"),     QStringLiteral("b"),
    QStringLiteral("i"),      QStringLiteral("u"),     QStringLiteral("strong"), QStringLiteral("em"),
    QStringLiteral("s"),      QStringLiteral("code"),  QStringLiteral("hr"),     QStringLiteral("br"),
    QStringLiteral("div"),    QStringLiteral("table"), QStringLiteral("thead"),  QStringLiteral("tbody"),
    QStringLiteral("tr"),     QStringLiteral("th"),    QStringLiteral("td"),     QStringLiteral("caption"),
    QStringLiteral("pre"),    QStringLiteral("span"),  QStringLiteral("img"),    QStringLiteral("details"),
    QStringLiteral("summary")};

// What may appear in sanitiser output, checked by a second tokenizer pass and an independent scan.
// Returns an empty string when the output is acceptable, otherwise what is wrong.
QString violations(const QString &out)
{
    static const QRegularExpression styleRe(QStringLiteral(
        "^(color:#[0-9a-fA-F]{6}(; background-color:#[0-9a-fA-F]{6})?|background-color:#[0-9a-fA-F]{6})$"));
    static const QRegularExpression classRe(
        QStringLiteral("^language-[A-Za-z0-9_+#.-]+( language-[A-Za-z0-9_+#.-]+)*$"));
    Tokenizer tokenizer(out);
    Token t;
    QStringList stack;
    while (tokenizer.next(t)) {
        if (t.kind == Token::Kind::Comment)
            return QStringLiteral("comment in output");
        if (t.kind == Token::Kind::Text)
            continue;
        if (!kOutputTags.contains(t.name))
            return QStringLiteral("disallowed tag ") + t.name;
        if (t.kind == Token::Kind::EndTag) {
            if (stack.isEmpty() || stack.last() != t.name)
                return QStringLiteral("misnested end tag ") + t.name;
            stack.removeLast();
            continue;
        }
        for (const Attribute &a : t.attributes) {
            const QString &n = a.name;
            bool ok = false;
            if (t.name == QLatin1String("a"))
                ok = (n == QLatin1String("href") && isAllowedHref(a.value)) || n == QLatin1String("target");
            else if (t.name == QLatin1String("img"))
                ok = (n == QLatin1String("src") && a.value.startsWith(kProvider)) ||
                     n == QLatin1String("alt") || n == QLatin1String("title") ||
                     n == QLatin1String("width") || n == QLatin1String("height");
            else if (t.name == QLatin1String("ol"))
                ok = n == QLatin1String("start");
            else if (t.name == QLatin1String("code"))
                ok = n == QLatin1String("class") && classRe.match(a.value).hasMatch();
            else if (t.name == QLatin1String("span"))
                ok = n == QLatin1String("style") && styleRe.match(a.value).hasMatch();
            if (!ok)
                return QStringLiteral("disallowed attribute %1 on %2").arg(n, t.name);
        }
        const bool isVoid =
            t.name == QLatin1String("br") || t.name == QLatin1String("hr") || t.name == QLatin1String("img");
        if (isVoid != t.selfClosing)
            return QStringLiteral("void/self-closing mismatch on ") + t.name;
        if (!isVoid)
            stack.append(t.name);
    }
    if (!stack.isEmpty())
        return QStringLiteral("unclosed ") + stack.join(u',');
    // Independent of our tokenizer: every '<' must start one of the allowed tags.
    static const QRegularExpression lt(QStringLiteral("<(/?)([a-z0-9]+)[ />]"));
    for (qsizetype i = out.indexOf(u'<'); i >= 0; i = out.indexOf(u'<', i + 1)) {
        const auto m =
            lt.match(out, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || !kOutputTags.contains(m.captured(2)))
            return QStringLiteral("stray '<' at ") + QString::number(i);
    }
    return {};
}

#define CHECK_SAFE(out)                                                                                      \
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out) + QLatin1String(" in: ") + (out)))

// Records every resource Qt's rich text asks for, and loads none.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type);
        requested.append(name);
        return {};
    }
};

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAllowedTagPasses()
    {
        for (const QString &tag : kOutputTags) {
            if (tag == QLatin1String("img"))
                continue;
            const QString in = tag == QLatin1String("br") || tag == QLatin1String("hr")
                                   ? QStringLiteral("a<%1>b").arg(tag)
                                   : QStringLiteral("<%1>x</%1>").arg(tag);
            const QString expected = tag == QLatin1String("br") || tag == QLatin1String("hr")
                                         ? QStringLiteral("a<%1/>b").arg(tag)
                                         : in;
            QCOMPARE(clean(in), expected);
            QCOMPARE(clean(in.toUpper()).toLower(), expected.toLower());
        }
    }
    void allowedAttributesPass()
    {
        QCOMPARE(
            clean(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\">x</a>")),
            QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\">x</a>"));
        for (const char *href : {"http://e.org", "ftp://e.org/f", "mailto:a@b.org", "magnet:?xt=urn:btih:abc",
                                 "HTTPS://E.ORG", "matrix:u/alice:example.org"}) {
            const QString out = clean(QStringLiteral("<a href='%1'>x</a>").arg(QLatin1String(href)));
            QVERIFY2(out.contains(QLatin1String(" href=\"") + QLatin1String(href) + QLatin1Char('"')),
                     qPrintable(out));
        }
        QCOMPARE(clean(QStringLiteral("<ol start=\"7\"><li>a</li></ol>")),
                 QStringLiteral("<ol start=\"7\"><li>a</li></ol>"));
        QCOMPARE(clean(QStringLiteral("<ol start=\"x7\"><li>a</li></ol>")),
                 QStringLiteral("<ol><li>a</li></ol>"));
        QCOMPARE(clean(QStringLiteral("<code class=\"language-cpp\">int</code>")),
                 QStringLiteral("<code class=\"language-cpp\">int</code>"));
        QCOMPARE(clean(QStringLiteral("<code class=\"evil language-rust big\">x</code>")),
                 QStringLiteral("<code class=\"language-rust\">x</code>"));
        QCOMPARE(clean(QStringLiteral("<code class=\"language-\">x</code>")),
                 QStringLiteral("<code>x</code>"));
    }
    void disallowedAttributesAreStripped()
    {
        QCOMPARE(
            clean(QStringLiteral("<b onclick=\"alert(1)\" style=\"font-size:900px\" class=\"x\" id=y>t</b>")),
            QStringLiteral("<b>t</b>"));
        QCOMPARE(clean(QStringLiteral("<p style=\"color:red\" onmouseover=x>t</p>")),
                 QStringLiteral("<p>t</p>"));
        QCOMPARE(clean(QStringLiteral("<span style=\"font-size:100em\" class=a>t</span>")),
                 QStringLiteral("<span>t</span>"));
        QCOMPARE(clean(QStringLiteral("<div class=\"language-x\">t</div>")), QStringLiteral("<div>t</div>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"https://e.org\" onclick=\"x()\" rel=x>t</a>")),
                 QStringLiteral("<a href=\"https://e.org\">t</a>"));
        // Valueless and unquoted attributes are parsed, then judged like any other.
        QCOMPARE(clean(QStringLiteral("<ol start=3 reversed><li>a</ol>")),
                 QStringLiteral("<ol start=\"3\"><li>a</li></ol>"));
    }
    void dangerousHrefsAreRemoved_data()
    {
        QTest::addColumn<QString>("href");
        for (const char *h : {"javascript:alert(1)",
                              "JaVaScRiPt:alert(1)",
                              " javascript:alert(1)",
                              "java\tscript:alert(1)",
                              "java\nscript:alert(1)",
                              "&#106;avascript:alert(1)",
                              "&#x6A;avascript:alert(1)",
                              "&#X6a;avascript:alert(1)",
                              "&#0000106avascript:alert(1)",
                              "jav&#x09;ascript:alert(1)",
                              "javascript&colon;alert(1)",
                              "data:text/html,<script>x</script>",
                              "DATA:text/html;base64,PHNjcmlwdD4=",
                              "vbscript:msgbox",
                              "VBScript:msgbox",
                              "\x01javascript:alert(1)",
                              "//evil.example/x",
                              "/relative",
                              "relative.html",
                              "#frag",
                              "file:///etc/passwd",
                              "http:",
                              "https:///nohost",
                              "mxc://server/media",
                              ":",
                              "javascript%3Aalert(1)",
                              "&#x20;javascript:alert(1)"}) {
            QTest::newRow(h) << QString::fromUtf8(h);
        }
    }
    void dangerousHrefsAreRemoved()
    {
        QFETCH(QString, href);
        for (const QString &quote : {QStringLiteral("\""), QStringLiteral("'"), QString()}) {
            if (quote.isEmpty() &&
                (href.contains(u' ') || href.contains(u'\t') || href.contains(u'\n') || href.contains(u'>')))
                continue;
            const QString out = clean(QStringLiteral("<a href=%1%2%1>click</a>").arg(quote, href));
            QCOMPARE(out, QStringLiteral("<a>click</a>"));
            CHECK_SAFE(out);
        }
    }
    void imagesOnlyFromMxc()
    {
        QCOMPARE(clean(QStringLiteral(
                     "<img src=\"mxc://example.org/AbC_12-x\" alt=\"cat\" width=\"32\" height=\"16\" "
                     "title=\"t\" onerror=\"x\">")),
                 QStringLiteral(
                     "<img src=\"image://mxc/example.org/AbC_12-x\" width=\"32\" height=\"16\" alt=\"cat\" "
                     "title=\"t\"/>"));
        for (const char *src : {"https://evil.example/track.png", "http://evil.example/a.gif",
                                "//evil.example/a", "data:image/png;base64,AAAA", "file:///etc/passwd",
                                "mxc://evil.example/../x", "mxc://evil.example/a?b", "mxc:///media",
                                "mxc://host/", "MXC://host/a", "image://mxc/x/y", "qrc:/a.png"}) {
            const QString out =
                clean(QStringLiteral("<img src=\"%1\" alt=\"a &lt;cat&gt;\">").arg(QLatin1String(src)));
            QCOMPARE(out, QStringLiteral("a &lt;cat&gt;"));
        }
        QCOMPARE(clean(QStringLiteral("x<img src=\"https://evil.example/a.png\">y")), QStringLiteral("xy"));
        // Without a provider every image becomes its alt text, mxc included.
        QCOMPARE(sanitizeHtml(QStringLiteral("<img src=\"mxc://e.org/a\" alt=\"pic\">")),
                 QStringLiteral("pic"));
        // Absurd sizes are dropped rather than passed to the layout.
        QCOMPARE(clean(QStringLiteral("<img src=\"mxc://e.org/a\" width=\"99999\" height=\"-1\">")),
                 QStringLiteral("<img src=\"image://mxc/e.org/a\"/>"));
    }
    void coloursBecomeStylesQtUnderstands()
    {
        QCOMPARE(
            clean(QStringLiteral("<span data-mx-color=\"#FF0000\" data-mx-bg-color=\"#00ff00\">x</span>")),
            QStringLiteral("<span style=\"color:#FF0000; background-color:#00ff00\">x</span>"));
        QCOMPARE(clean(QStringLiteral("<span data-mx-bg-color=\"#00ff00\">x</span>")),
                 QStringLiteral("<span style=\"background-color:#00ff00\">x</span>"));
        QCOMPARE(clean(QStringLiteral("<font color=\"#123456\">x</font>")),
                 QStringLiteral("<span style=\"color:#123456\">x</span>"));
        for (const char *bad :
             {"red", "#ff00001", "#ff000", "#ff0000;font-size:99px", "#gg0000", "\"#ff0000\"", ""}) {
            QCOMPARE(clean(QStringLiteral("<span data-mx-color='%1'>x</span>").arg(QLatin1String(bad))),
                     QStringLiteral("<span>x</span>"));
        }
    }
    void spoilersAreHidden()
    {
        QCOMPARE(
            clean(QStringLiteral("Alice <span data-mx-spoiler>lived</span> on")),
            QStringLiteral("Alice <span style=\"color:#808080; background-color:#808080\">lived</span> on"));
        QCOMPARE(clean(QStringLiteral("<span data-mx-spoiler='health of &lt;alice&gt;'>x</span>")),
                 QStringLiteral("<i>(health of &lt;alice&gt;)</i> <span style=\"color:#808080; "
                                "background-color:#808080\">x</span>"));
        // Nothing inside a hidden spoiler may override its colours: no colour spans, links or images.
        const QString nested = clean(
            QStringLiteral("<span data-mx-spoiler><span data-mx-color=\"#ffffff\">a</span>"
                           "<a href=\"https://e.org\">b</a><img src=\"mxc://e.org/m\" alt=\"c\"></span>"));
        QCOMPARE(nested,
                 QStringLiteral(
                     "<span style=\"color:#808080; background-color:#808080\"><span>a</span>bc</span>"));
        SanitizeOptions reveal = withImages();
        reveal.revealSpoilers = true;
        QCOMPARE(sanitizeHtml(QStringLiteral("<span data-mx-spoiler=\"why\">x</span>"), reveal),
                 QStringLiteral("<i>(why)</i> <span>x</span>"));
    }
    void mathsKeepsItsFallback()
    {
        QCOMPARE(clean(QStringLiteral("<span data-mx-maths=\"\\sin(x)\">sin(<i>x</i>)</span>")),
                 QStringLiteral("<span>sin(<i>x</i>)</span>"));
        QCOMPARE(clean(QStringLiteral("<div data-mx-maths=\"a\">a</div>")), QStringLiteral("<div>a</div>"));
    }
    void replyFallbackIsRemoved()
    {
        QCOMPARE(clean(QStringLiteral(
                     "<mx-reply><blockquote><a href=\"https://matrix.to/#/!r:e.org/$e\">In reply to</a>"
                     "<b>quoted</b></blockquote></mx-reply>the answer")),
                 QStringLiteral("the answer"));
        QCOMPARE(clean(QStringLiteral("<MX-REPLY><mx-reply>a</mx-reply>b</mx-reply>c")), QStringLiteral("c"));
        QCOMPARE(plainTextFromHtml(QStringLiteral("<mx-reply>q</mx-reply>answer")), QStringLiteral("answer"));
    }
    void scriptAndStyleContentIsDropped()
    {
        QCOMPARE(clean(QStringLiteral("a<script>alert('<b>x</b>')</script>b")), QStringLiteral("ab"));
        QCOMPARE(clean(QStringLiteral("a<SCRIPT type=x>alert(1)</script >b")), QStringLiteral("ab"));
        QCOMPARE(clean(QStringLiteral("a<style>body{display:none}</style>b")), QStringLiteral("ab"));
        QCOMPARE(clean(QStringLiteral("a<script>never closed <b>bold</b>")), QStringLiteral("a"));
        QCOMPARE(clean(QStringLiteral("a<script>x</scripty></script>b")), QStringLiteral("ab"));
        QCOMPARE(clean(QStringLiteral("<iframe src=\"https://e\">inner</iframe>ok")), QStringLiteral("ok"));
        QCOMPARE(clean(QStringLiteral("<textarea><b>kept as text</b></textarea>")),
                 QStringLiteral("&lt;b&gt;kept as text&lt;/b&gt;"));
    }
    void unknownTagsLoseTagsKeepText()
    {
        QCOMPARE(clean(QStringLiteral("<marquee>hi</marquee> <blink>there</blink>")),
                 QStringLiteral("hi there"));
        QCOMPARE(clean(QStringLiteral("<svg onload=alert(1)><text>t</text></svg>")), QStringLiteral("t"));
        QCOMPARE(clean(QStringLiteral("<object data=x><embed src=y>e</object><form><input value=v></form>")),
                 QStringLiteral("e"));
        QCOMPARE(clean(QStringLiteral(
                     "<meta http-equiv=refresh content=0><link rel=stylesheet href=x><base href=x>ok")),
                 QStringLiteral("ok"));
    }
    void commentsCdataDoctype()
    {
        QCOMPARE(clean(QStringLiteral("<!DOCTYPE html><!-- <script>x</script> -->ok<!---->")),
                 QStringLiteral("ok"));
        QCOMPARE(clean(QStringLiteral("a<!-- never closed <b>x</b>")), QStringLiteral("a"));
        QCOMPARE(clean(QStringLiteral("<![CDATA[<b>&amp;]]>x")), QStringLiteral("&lt;b&gt;&amp;amp;x"));
        QCOMPARE(clean(QStringLiteral("<?xml version=1?>a</ b>c")), QStringLiteral("ac"));
        QCOMPARE(clean(QStringLiteral("a < b and c<d >e")), QStringLiteral("a &lt; b and ce"));
        QCOMPARE(clean(QStringLiteral("1 <3 and x</>y")), QStringLiteral("1 &lt;3 and xy"));
    }
    void malformedAndMisnested()
    {
        QCOMPARE(clean(QStringLiteral("<b><i>x</b>y</i>")), QStringLiteral("<b><i>x</i></b>y"));
        QCOMPARE(clean(QStringLiteral("<p>unclosed <em>tags")),
                 QStringLiteral("<p>unclosed <em>tags</em></p>"));
        QCOMPARE(clean(QStringLiteral("</p></div>stray ends")), QStringLiteral("stray ends"));
        QCOMPARE(clean(QStringLiteral("ok<a href=\"https://e.org")), QStringLiteral("ok"));
        QCOMPARE(clean(QStringLiteral("ok<b")), QStringLiteral("ok"));
        QCOMPARE(clean(QStringLiteral("<b/>x</b>")), QStringLiteral("<b>x</b>"));
        QCOMPARE(clean(QStringLiteral("<br></br><hr/>")), QStringLiteral("<br/><hr/>"));
        QCOMPARE(clean(QStringLiteral("<b =x a=\"1\" a=\"2\">t</b>")), QStringLiteral("<b>t</b>"));
        QCOMPARE(clean(QStringLiteral("<a href=\"https://a.org\" href=\"javascript:x\">t</a>")),
                 QStringLiteral("<a href=\"https://a.org\">t</a>"));
    }
    void entities()
    {
        QCOMPARE(clean(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")),
                 QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QCOMPARE(clean(QStringLiteral("&amp; &quot; &apos; &nbsp;&hellip;")),
                 QStringLiteral("&amp; &quot; ' ") + QChar(0xA0) + QChar(0x2026));
        QCOMPARE(clean(QStringLiteral("&#x1F600;&#128512;")), QStringLiteral("\U0001F600\U0001F600"));
        QCOMPARE(clean(QStringLiteral("&bogus; &amp &ampx &#; &#x;")),
                 QStringLiteral("&amp;bogus; &amp; &amp;ampx &amp;#; &amp;#x;"));
        QCOMPARE(clean(QStringLiteral("&#0;&#xD800;&#99999999999999;")), QString(3, QChar(0xFFFD)));
        QCOMPARE(decodeEntities(u"&#65&#x42;&lt"), QStringLiteral("AB<"));
    }
    void depthBombIsBoundedAndFast()
    {
        for (const QString &tag :
             {QStringLiteral("div"), QStringLiteral("b"), QStringLiteral("blockquote")}) {
            QString bomb;
            for (int i = 0; i < 10000; ++i)
                bomb += QStringLiteral("<%1>").arg(tag);
            bomb += QStringLiteral("deep");
            QString closed = bomb;
            for (int i = 0; i < 10000; ++i)
                closed += QStringLiteral("</%1>").arg(tag);
            for (const QString &in : {bomb, closed}) {
                QElapsedTimer timer;
                timer.start();
                SanitizeOptions uncapped = withImages(); // the whole bomb, even beyond the usual size cap
                uncapped.maxInputLength = in.size();
                const QString out = sanitizeHtml(in, uncapped);
                QVERIFY2(timer.elapsed() < 2000, "depth bomb took too long");
                QCOMPARE(out.count(QStringLiteral("<%1>").arg(tag)), 100);
                QVERIFY(out.contains(QLatin1String("deep")));
                CHECK_SAFE(out);
            }
        }
    }
    void sizeIsCapped()
    {
        QString huge;
        while (huge.size() < 1024 * 1024)
            huge += QStringLiteral("<b a=1>&amp;x</b><i>");
        QElapsedTimer timer;
        timer.start();
        const QString out = clean(huge);
        QVERIFY2(timer.elapsed() < 3000, "1 MiB of tags took too long");
        QVERIFY(out.size() < 200 * 1024);
        CHECK_SAFE(out);
        SanitizeOptions small = withImages();
        small.maxInputLength = 5;
        QCOMPARE(sanitizeHtml(QStringLiteral("<b>xyz</b>"), small), QStringLiteral("<b>xy</b>"));
    }
    void plainText()
    {
        QCOMPARE(plainTextFromHtml(QStringLiteral("<p>Hello <b>you</b> &amp; me</p><p>second<br>line</p>"
                                                  "<script>x</script><img src=x alt=\"[pic]\">")),
                 QStringLiteral("Hello you & me\nsecond\nline\n[pic]"));
        QCOMPARE(
            plainTextFromHtml(QStringLiteral("a <span data-mx-spoiler><span>secret</span> more</span> b")),
            QStringLiteral("a [spoiler] b"));
        QCOMPARE(plainTextFromHtml(QStringLiteral("<ul><li>one</li><li>two</li></ul>")),
                 QStringLiteral("one\ntwo"));
    }
    void matrixLinks()
    {
        auto check = [](const char *href, MatrixLink::Kind kind, const char *id, const char *eventId = "") {
            const MatrixLink l = parseMatrixLink(QString::fromUtf8(href));
            QVERIFY2(l.kind == kind, href);
            QCOMPARE(l.id, QString::fromUtf8(id));
            QCOMPARE(l.eventId, QString::fromUtf8(eventId));
        };
        check("https://matrix.to/#/@alice:example.org", MatrixLink::Kind::User, "@alice:example.org");
        check("https://matrix.to/#/%40alice%3Aexample.org", MatrixLink::Kind::User, "@alice:example.org");
        check("https://matrix.to/#/#room:example.org?via=e.org", MatrixLink::Kind::RoomAlias,
              "#room:example.org");
        check("https://matrix.to/#/!abc:example.org", MatrixLink::Kind::Room, "!abc:example.org");
        check("https://matrix.to/#/!abc:example.org/$ev?via=x", MatrixLink::Kind::Event, "!abc:example.org",
              "$ev");
        check("matrix:u/alice:example.org?action=chat", MatrixLink::Kind::User, "@alice:example.org");
        check("matrix:r/somewhere:example.org", MatrixLink::Kind::RoomAlias, "#somewhere:example.org");
        check("matrix:roomid/somewhere:example.org?via=e", MatrixLink::Kind::Room, "!somewhere:example.org");
        check("matrix:roomid/somewhere:example.org/e/event?via=e", MatrixLink::Kind::Event,
              "!somewhere:example.org", "$event");
        check("https://example.org/#/@alice:example.org", MatrixLink::Kind::None, "");
        check("https://matrix.to/#/alice", MatrixLink::Kind::None, "");
        check("javascript:alert(1)//https://matrix.to/#/@a:b", MatrixLink::Kind::None, "");
        check("matrix:x/alice:example.org", MatrixLink::Kind::None, "");
        // Pills survive sanitising so the view can recognise them.
        QVERIFY(clean(QStringLiteral("<a href=\"https://matrix.to/#/@a:e.org\">A</a>"))
                    .contains(QLatin1String("matrix.to")));
    }
    void qtRendersTheResultAsIntended()
    {
        // What Qt itself makes of the output: colours applied, links kept, and no resource requested
        // except through the image provider (Qt would otherwise fetch backgrounds, images, stylesheets).
        const QString hostile = QStringLiteral(
            "<img src=\"https://evil.example/t.png\"><img src=\"mxc://e.org/ok\" alt=\"a\">"
            "<span data-mx-color=\"#ff0000\">red</span> <span data-mx-bg-color=\"#00ff00\">green</span> "
            "<a href=\"https://e.org/x\">link</a><p "
            "style=\"background-image:url(https://evil.example/p.png)\">p</p>"
            "<table background=\"https://evil.example/t.png\"><tr><td "
            "background=\"https://evil.example/c.png\">c</td>"
            "</tr></table><link rel=stylesheet href=\"https://evil.example/s.css\"><body "
            "background=\"https://e/b.png\">"
            "<style>@import url(https://evil.example/i.css);</style><div "
            "style=\"font-size:500px\">big</div>");
        // The check has teeth: fed the raw HTML, Qt asks for the attacker's URLs.
        RecordingDocument raw;
        raw.setHtml(hostile);
        (void)raw.documentLayout()->documentSize();
        QVERIFY(raw.requested.contains(QUrl(QStringLiteral("https://evil.example/t.png"))));

        RecordingDocument doc;
        doc.setHtml(clean(hostile));
        (void)doc.documentLayout()->documentSize(); // lays out, which loads images
        QVERIFY2(doc.requested.contains(QUrl(QStringLiteral("image://mxc/e.org/ok"))),
                 "layout did not load images");
        for (const QUrl &url : doc.requested)
            QVERIFY2(url.scheme() == QLatin1String("image"), qPrintable(url.toString()));
        bool sawRed = false, sawGreen = false, sawLink = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QTextCharFormat format = f.charFormat();
                QVERIFY2(format.fontPointSize() < 100 && format.intProperty(QTextFormat::FontPixelSize) < 100,
                         "font size leaked through");
                if (f.text() == QLatin1String("red"))
                    sawRed = format.foreground().color() == QColor(0xff, 0, 0);
                if (f.text() == QLatin1String("green"))
                    sawGreen = format.background().color() == QColor(0, 0xff, 0);
                if (f.text() == QLatin1String("link"))
                    sawLink = format.isAnchor() && format.anchorHref() == QLatin1String("https://e.org/x");
            }
        }
        QVERIFY(sawRed);
        QVERIFY(sawGreen);
        QVERIFY(sawLink);
    }
    void validatorCatchesViolations()
    {
        // The fuzz loop below trusts violations(); make sure it is not blind.
        for (const char *bad :
             {"<script>x</script>", "<b>unclosed", "<b><i>x</b></i>", "<a href=\"javascript:x\">t</a>",
              "<img src=\"https://e.org/a.png\"/>", "<span onclick=\"x\">t</span>", "<font>t</font>", "<br>",
              "<!-- c -->", "<span style=\"font-size:99px\">t</span>"}) {
            QVERIFY2(!violations(QString::fromUtf8(bad)).isEmpty(), bad);
        }
        QVERIFY(violations(QStringLiteral("<p><a href=\"https://e.org\">x</a><br/></p>")).isEmpty());
    }
    void mutatedMessagesNeverLeak()
    {
        // Realistic messages with random byte-level damage: insertions, deletions and replacements.
        const QString seed = QStringLiteral(
            "<mx-reply><blockquote><a href=\"https://matrix.to/#/!r:e.org/$e\">In reply "
            "to</a></blockquote></mx-reply>"
            "<p>Hi <b>there</b> <a href=\"https://e.org/?q=1&amp;r=2\" target=_blank>link</a> "
            "<span data-mx-spoiler=\"why\"><span data-mx-color=\"#ff0000\">red</span></span>"
            "<img src=\"mxc://e.org/abc\" alt=\"pic\" width=10><code class=\"language-js\">x&lt;y</code>"
            "<ol start=3><li>a</li></ol><table><tr><td>c</td></tr></table><font color=\"#00ff00\">g</font>"
            "<script>alert(1)</script><!-- c --><a href=\"javascript:alert(1)\">bad</a></p>");
        const QString alphabet = QStringLiteral("<>/=\"' &#;:abcdefghijklmnopqrstuvwxyz-!?[]\t\n");
        QRandomGenerator rng(4242);
        for (int round = 0; round < 3000; ++round) {
            QString in = seed;
            const int edits = int(rng.bounded(1, 12));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = rng.bounded(qsizetype(0), in.size());
                const QChar c = alphabet[rng.bounded(qsizetype(0), alphabet.size())];
                switch (rng.bounded(3)) {
                case 0:
                    in.insert(at, c);
                    break;
                case 1:
                    in.remove(at, 1);
                    break;
                default:
                    in[at] = c;
                    break;
                }
            }
            const QString out = clean(in);
            const QString problem = violations(out);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1String("\ninput: ") + in +
                                                   QLatin1String("\noutput: ") + out));
        }
    }
    void fuzzNeverCrashesNorLeaks()
    {
        static const QStringList pieces = {QStringLiteral("<"),
                                           QStringLiteral(">"),
                                           QStringLiteral("</"),
                                           QStringLiteral("/>"),
                                           QStringLiteral("\""),
                                           QStringLiteral("'"),
                                           QStringLiteral("="),
                                           QStringLiteral(" "),
                                           QStringLiteral("&"),
                                           QStringLiteral("&#"),
                                           QStringLiteral("&#x"),
                                           QStringLiteral(";"),
                                           QStringLiteral("<!--"),
                                           QStringLiteral("-->"),
                                           QStringLiteral("<![CDATA["),
                                           QStringLiteral("]]>"),
                                           QStringLiteral("<!DOCTYPE"),
                                           QStringLiteral("script"),
                                           QStringLiteral("style"),
                                           QStringLiteral("mx-reply"),
                                           QStringLiteral("a"),
                                           QStringLiteral("img"),
                                           QStringLiteral("span"),
                                           QStringLiteral("font"),
                                           QStringLiteral("div"),
                                           QStringLiteral("b"),
                                           QStringLiteral("href"),
                                           QStringLiteral("src"),
                                           QStringLiteral("style"),
                                           QStringLiteral("onclick"),
                                           QStringLiteral("javascript:"),
                                           QStringLiteral("mxc://e.org/m"),
                                           QStringLiteral("https://e.org"),
                                           QStringLiteral("data-mx-color"),
                                           QStringLiteral("data-mx-spoiler"),
                                           QStringLiteral("#ff00ff"),
                                           QStringLiteral("class"),
                                           QStringLiteral("language-c"),
                                           QStringLiteral("code"),
                                           QStringLiteral("ol"),
                                           QStringLiteral("start"),
                                           QStringLiteral("\n"),
                                           QStringLiteral("\t"),
                                           QStringLiteral("x"),
                                           QStringLiteral("table"),
                                           QStringLiteral("textarea"),
                                           QStringLiteral("iframe"),
                                           QStringLiteral("\u00e9")};
        QRandomGenerator rng(20261123);
        for (int round = 0; round < 3000; ++round) {
            QString in;
            const int len = int(rng.bounded(1, 120));
            if (round % 3 == 0) {
                for (int i = 0; i < len * 3; ++i)
                    in += QChar(char16_t(rng.bounded(0, 0x10000)));
            } else {
                for (int i = 0; i < len; ++i)
                    in += pieces[rng.bounded(qsizetype(0), pieces.size())];
            }
            const QString out = clean(in);
            const QString problem = violations(out);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1String("\ninput: ") + in +
                                                   QLatin1String("\noutput: ") + out));
            (void)plainTextFromHtml(in);
            (void)parseMatrixLink(in);
        }
    }
};

QTEST_MAIN(TestHtmlSanitizer) // a QGuiApplication: QTextDocument renders the output
#include "tst_html_sanitizer.moc"
