#include "mentions.h"

#include "markdown.h"

#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace lattice {

namespace {
// Backslash before every ASCII punctuation character: CommonMark then takes the name literally.
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPunct())
            out.append(u'\\');
        else if (c.unicode() < 128 && c.isSymbol())
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

struct Span
{
    qsizetype at;
    qsizetype length;
    const Mention *mention;
};

// Every occurrence of every mentioned name, longest names first where they overlap.
std::vector<Span> findSpans(const QString &text, const QList<Mention> &mentions)
{
    std::vector<Span> all;
    for (const Mention &m : mentions) {
        if (m.name.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(m.name); at >= 0; at = text.indexOf(m.name, at + m.name.size()))
            all.push_back({at, m.name.size(), &m});
    }
    std::sort(all.begin(), all.end(),
              [](const Span &a, const Span &b) { return a.at != b.at ? a.at < b.at : a.length > b.length; });
    std::vector<Span> kept;
    qsizetype end = 0;
    for (const Span &s : all) {
        if (s.at < end)
            continue;
        kept.push_back(s);
        end = s.at + s.length;
    }
    return kept;
}
} // namespace

QString matrixToUserLink(const QString &userId)
{
    return QStringLiteral("https://matrix.to/#/") + userId;
}

QJsonObject messageContentWithMentions(const QString &text, const QList<Mention> &mentions, bool mentionRoom,
                                       const QString &msgtype)
{
    const std::vector<Span> spans = findSpans(text, mentions);
    QString linked;
    QJsonArray userIds;
    qsizetype from = 0;
    for (const Span &s : spans) {
        linked += text.mid(from, s.at - from);
        linked += QStringLiteral("[%1](<%2>)")
                      .arg(escapeMarkdown(s.mention->name), matrixToUserLink(s.mention->userId));
        from = s.at + s.length;
        if (!userIds.contains(s.mention->userId))
            userIds.append(s.mention->userId);
    }
    linked += text.mid(from);

    QJsonObject content = messageContentFromMarkdown(linked, msgtype);
    content.insert(QStringLiteral("body"), text); // the plain body keeps the names as typed
    QJsonObject mentionsObject;
    if (!userIds.isEmpty())
        mentionsObject.insert(QStringLiteral("user_ids"), userIds);
    if (mentionRoom && text.contains(QLatin1String("@room")))
        mentionsObject.insert(QStringLiteral("room"), true);
    content.insert(QStringLiteral("m.mentions"), mentionsObject);
    return content;
}

} // namespace lattice
