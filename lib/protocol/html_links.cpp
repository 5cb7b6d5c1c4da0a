#include "protocol/html_links.h"

#include <QUrl>

namespace lattice::html {

QString cleanHref(const QString &href)
{
    QString clean;
    clean.reserve(href.size());
    for (const QChar c : href) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue; // browsers remove these anywhere in a URL ("java\tscript:")
        clean.append(c);
    }
    clean = clean.trimmed();
    for (const QChar c : clean) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return {};
    }
    const qsizetype colon = clean.indexOf(u':');
    if (colon <= 0)
        return {}; // relative or scheme-less
    const QString scheme = clean.left(colon).toLower();
    for (qsizetype i = 0; i < scheme.size(); ++i) {
        const QChar c = scheme[i];
        const bool ok = (c >= u'a' && c <= u'z') ||
                        (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return {};
    }
    const bool hierarchical =
        scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("ftp");
    const bool opaque = scheme == QLatin1String("mailto") || scheme == QLatin1String("magnet") ||
                        scheme == QLatin1String("matrix");
    if (!hierarchical && !opaque)
        return {};
    const QUrl url(clean, QUrl::TolerantMode);
    if (!url.isValid() || (hierarchical && url.host().isEmpty()) || clean.size() == colon + 1)
        return {};
    return clean;
}

bool isAllowedHref(const QString &href)
{
    return !cleanHref(href).isNull();
}

namespace {

bool looksLikeId(const QString &id)
{
    if (id.size() < 3 || id.size() > 255 || !id.contains(u':'))
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

MatrixLink linkFromSegments(const QStringList &segments)
{
    MatrixLink link;
    if (segments.isEmpty() || !looksLikeId(segments[0]))
        return link;
    const QChar sigil = segments[0][0];
    link.id = segments[0];
    if (sigil == u'@')
        link.kind = MatrixLink::Kind::User;
    else if (sigil == u'#')
        link.kind = MatrixLink::Kind::RoomAlias;
    else if (sigil == u'!')
        link.kind = MatrixLink::Kind::Room;
    else
        return MatrixLink{};
    if (link.kind != MatrixLink::Kind::User && segments.size() > 1 && segments[1].startsWith(u'$') &&
        segments[1].size() > 1) {
        link.kind = MatrixLink::Kind::Event;
        link.eventId = segments[1];
    }
    return link;
}

QStringList decodedSegments(QString path)
{
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    QStringList out;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts))
        out.append(QUrl::fromPercentEncoding(s.toUtf8()));
    return out;
}

} // namespace

MatrixLink parseMatrixLink(const QString &href)
{
    const QString clean = cleanHref(href);
    if (clean.isNull())
        return {};
    const QUrl url(clean, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
        url.host().toLower() == QLatin1String("matrix.to")) {
        const qsizetype hash = clean.indexOf(u'#');
        if (hash < 0)
            return {};
        return linkFromSegments(decodedSegments(clean.mid(hash + 1)));
    }
    if (scheme != QLatin1String("matrix"))
        return {};
    // matrix:u/alice:example.org, matrix:r/alias:example.org, matrix:roomid/room:example.org/e/event
    QString path = clean.mid(clean.indexOf(u':') + 1);
    const qsizetype fragment = path.indexOf(u'#');
    if (fragment >= 0)
        path.truncate(fragment);
    const QStringList parts = decodedSegments(path);
    if (parts.size() < 2)
        return {};
    QStringList segments;
    const QString kind = parts[0];
    if (kind == QLatin1String("u"))
        segments.append(QLatin1Char('@') + parts[1]);
    else if (kind == QLatin1String("r"))
        segments.append(QLatin1Char('#') + parts[1]);
    else if (kind == QLatin1String("roomid"))
        segments.append(QLatin1Char('!') + parts[1]);
    else
        return {};
    if (parts.size() >= 4 && parts[2] == QLatin1String("e") && kind != QLatin1String("u"))
        segments.append(QLatin1Char('$') + parts[3]);
    return linkFromSegments(segments);
}

} // namespace lattice::html
