#include "markdown.h"

#include <cmark.h>

namespace lattice {

QString markdownToHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_SAFE drops raw HTML and dangerous URLs: what we send is what the sanitiser keeps.
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), CMARK_OPT_SAFE | CMARK_OPT_HARDBREAKS);
    QString out = QString::fromUtf8(html).trimmed();
    free(html);
    // A single paragraph is not formatting; Matrix HTML bodies do not wrap in <p>.
    if (out.startsWith(QLatin1String("<p>")) && out.endsWith(QLatin1String("</p>")) &&
        out.indexOf(QLatin1String("<p>"), 3) < 0)
        out = out.mid(3, out.size() - 7);
    return out;
}

QJsonObject messageContentFromMarkdown(const QString &markdown, const QString &msgtype)
{
    QJsonObject content{{QStringLiteral("msgtype"), msgtype}, {QStringLiteral("body"), markdown}};
    const QString html = markdownToHtml(markdown);
    QString plainHtml = markdown.toHtmlEscaped();
    plainHtml.replace(QLatin1Char('\n'), QLatin1String("<br />\n"));
    if (html != plainHtml) {
        content.insert(QStringLiteral("format"), QStringLiteral("org.matrix.custom.html"));
        content.insert(QStringLiteral("formatted_body"), html);
    }
    return content;
}

} // namespace lattice
