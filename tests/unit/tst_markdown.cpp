// Message content from markdown: formatted_body only when there is formatting, and never raw HTML.
#include "client/markdown.h"

#include <QTest>

using namespace lattice;

class TestMarkdown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainTextStaysPlain()
    {
        for (const char *text : {"hello", "it's 5 < 6 & \"fine\"", "two\nlines"}) {
            const QJsonObject c = messageContentFromMarkdown(QString::fromUtf8(text));
            QCOMPARE(c.value(QLatin1String("body")).toString(), QString::fromUtf8(text));
            QCOMPARE(c.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.text"));
            QVERIFY2(!c.contains(QLatin1String("formatted_body")), text);
        }
    }
    void formattingMakesHtml()
    {
        const QJsonObject c = messageContentFromMarkdown(QStringLiteral("**bold** and `code`"));
        QCOMPARE(c.value(QLatin1String("format")).toString(), QStringLiteral("org.matrix.custom.html"));
        QCOMPARE(c.value(QLatin1String("formatted_body")).toString(),
                 QStringLiteral("<strong>bold</strong> and <code>code</code>"));
        QCOMPARE(c.value(QLatin1String("body")).toString(), QStringLiteral("**bold** and `code`"));
    }
    void rawHtmlIsNotPassedThrough()
    {
        const QString html = markdownToHtml(QStringLiteral("*x* <script>alert(1)</script> [a](javascript:alert(1))"));
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("javascript:")), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
