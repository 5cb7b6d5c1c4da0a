// Message HTML is hostile: the sanitiser always yields well-formed, allow-listed output, stays fast on
// bombs and garbage, and what it lets through makes Qt's rich text fetch nothing but the provider.
#include "html_sanitizer_checks.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextDocument>

using namespace lattice;
using namespace lattice::html;
using namespace lattice::test;

namespace {

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

class TestHtmlSanitizerRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

QTEST_MAIN(TestHtmlSanitizerRobustness) // a QGuiApplication: QTextDocument renders the output
#include "tst_html_sanitizer_robustness.moc"
