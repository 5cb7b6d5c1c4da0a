// Message HTML is hostile: the sanitiser keeps the spec's allow-list and nothing else. These are its
// rules, tag by tag; tst_html_sanitizer_robustness covers bombs, garbage and Qt's rendering.
#include "html_sanitizer_checks.h"

using namespace lattice;
using namespace lattice::html;
using namespace lattice::test;

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
};

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
