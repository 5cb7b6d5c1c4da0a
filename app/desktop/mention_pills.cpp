#include "mention_pills.h"

#include "protocol/html_links.h"

#include <QRegularExpression>

namespace lattice::desktop {

namespace {
QString unescapeAttribute(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}
} // namespace

QString styleMentionPills(const QString &html)
{
    if (!html.contains(QLatin1String("<a ")))
        return html;
    // The sanitiser writes every link as <a href="…"[ target="…"]>, nothing else.
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"]*)\"([^>]*)>(.*?)</a>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(html.size() + 128);
    qsizetype from = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const html::MatrixLink target = html::parseMatrixLink(unescapeAttribute(m.captured(1)));
        if (target.kind != html::MatrixLink::Kind::User) {
            out += m.captured(0);
            continue;
        }
        out += QStringLiteral(
                   "<a href=\"%1\"%2 style=\"background-color: rgba(70, 125, 230, 0.22); color: #3f7be6; "
                   "text-decoration: none; font-weight: 600;\">&#160;%3&#160;</a>")
                   .arg(m.captured(1), m.captured(2), m.captured(3));
    }
    out += QStringView(html).mid(from);
    return out;
}

} // namespace lattice::desktop
