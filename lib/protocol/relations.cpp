#include "protocol/relations.h"

#include "protocol/event.h"

#include <QHash>
#include <QJsonValue>
#include <algorithm>

namespace lattice::relations {

namespace {

QLatin1String k(const char *name)
{
    return QLatin1String(name);
}

} // namespace

RelatesTo parseRelatesTo(const QJsonObject &content)
{
    const QJsonObject r = content.value(k("m.relates_to")).toObject();
    RelatesTo out;
    out.relType = r.value(k("rel_type")).toString();
    out.eventId = r.value(k("event_id")).toString();
    if (out.relType == QLatin1String("m.annotation"))
        out.key = r.value(k("key")).toString();
    out.inReplyTo = r.value(k("m.in_reply_to")).toObject().value(k("event_id")).toString();
    out.isFallingBack = r.value(k("is_falling_back")).toBool(false);
    return out;
}

QString stripReplyFallbackBody(const QString &body)
{
    if (!body.startsWith(QLatin1String("> ")))
        return body;
    qsizetype pos = 0;
    while (pos < body.size() && QStringView(body).mid(pos).startsWith(QLatin1String("> "))) {
        const qsizetype nl = body.indexOf(u'\n', pos);
        pos = nl < 0 ? body.size() : nl + 1;
    }
    // The fallback is separated from the reply by one blank line.
    if (pos < body.size() && body[pos] == u'\n')
        ++pos;
    return body.mid(pos);
}

QString stripReplyFallbackHtml(const QString &formattedBody)
{
    const QString openTag = QStringLiteral("<mx-reply");
    const QString closeTag = QStringLiteral("</mx-reply");
    const QString trimmed = formattedBody.trimmed();
    if (!trimmed.startsWith(openTag, Qt::CaseInsensitive))
        return formattedBody;
    // Match nested elements so a quoted reply inside the fallback does not end it early.
    int depth = 0;
    qsizetype pos = 0;
    while (pos < trimmed.size()) {
        const qsizetype o = trimmed.indexOf(openTag, pos, Qt::CaseInsensitive);
        const qsizetype c = trimmed.indexOf(closeTag, pos, Qt::CaseInsensitive);
        if (c < 0)
            return QString(); // unclosed: the whole body is fallback
        if (o >= 0 && o < c) {
            ++depth;
            pos = o + openTag.size();
            continue;
        }
        --depth;
        const qsizetype gt = trimmed.indexOf(u'>', c);
        pos = gt < 0 ? trimmed.size() : gt + 1;
        if (depth <= 0)
            return trimmed.mid(pos);
    }
    return QString();
}

QJsonObject stripReplyFallback(const QJsonObject &content)
{
    if (parseRelatesTo(content).inReplyTo.isEmpty())
        return content;
    QJsonObject out = content;
    const QJsonValue body = content.value(k("body"));
    if (body.isString())
        out.insert(k("body"), stripReplyFallbackBody(body.toString()));
    const QJsonValue html = content.value(k("formatted_body"));
    if (html.isString())
        out.insert(k("formatted_body"), stripReplyFallbackHtml(html.toString()));
    return out;
}

DisplayedContent applyEdits(const QJsonObject &original, const QList<QJsonObject> &edits)
{
    DisplayedContent out;
    out.content = event::content(original);
    const QString originalId = event::eventId(original);
    if (originalId.isEmpty() || original.contains(k("state_key")) || event::isRedacted(original) ||
        parseRelatesTo(out.content).relType == QLatin1String("m.replace"))
        return out;
    const QJsonObject *latest = nullptr;
    for (const QJsonObject &edit : edits) {
        const QJsonObject c = event::content(edit);
        const RelatesTo rel = parseRelatesTo(c);
        if (rel.relType != QLatin1String("m.replace") || rel.eventId != originalId)
            continue;
        if (event::sender(edit) != event::sender(original) || event::type(edit) != event::type(original) ||
            edit.contains(k("state_key")) || !c.value(k("m.new_content")).isObject() || event::isRedacted(edit))
            continue;
        if (!latest) {
            latest = &edit;
            continue;
        }
        const qint64 ts = event::originServerTs(edit), bestTs = event::originServerTs(*latest);
        if (ts > bestTs || (ts == bestTs && event::eventId(edit) > event::eventId(*latest)))
            latest = &edit;
    }
    if (!latest)
        return out;
    // m.new_content replaces the content, except that the original's relationship stays.
    QJsonObject replaced = event::content(*latest).value(k("m.new_content")).toObject();
    replaced.remove(k("m.relates_to"));
    if (out.content.contains(k("m.relates_to")))
        replaced.insert(k("m.relates_to"), out.content.value(k("m.relates_to")));
    out.content = replaced;
    out.edited = true;
    out.editEventId = event::eventId(*latest);
    out.editedTs = event::originServerTs(*latest);
    return out;
}

QList<ReactionGroup> aggregateReactions(const QList<QJsonObject> &events, const QString &ownUserId)
{
    struct Reaction
    {
        qint64 ts;
        qsizetype index; // input order breaks timestamp ties, so the result is deterministic
        const QJsonObject *event;
        QString key;
    };
    QList<Reaction> valid;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &e = events[i];
        if (event::type(e) != QLatin1String("m.reaction") || event::isRedacted(e) || event::sender(e).isEmpty())
            continue;
        const RelatesTo rel = parseRelatesTo(event::content(e));
        if (!rel.isAnnotation())
            continue;
        valid.append({event::originServerTs(e), i, &e, rel.key});
    }
    std::stable_sort(valid.begin(), valid.end(), [](const Reaction &a, const Reaction &b) {
        return a.ts != b.ts ? a.ts < b.ts : a.index < b.index;
    });
    QList<ReactionGroup> groups;
    QHash<QString, qsizetype> groupOfKey;
    for (const Reaction &r : valid) {
        auto it = groupOfKey.constFind(r.key);
        if (it == groupOfKey.constEnd()) {
            it = groupOfKey.insert(r.key, groups.size());
            groups.append(ReactionGroup{r.key, 0, {}, {}});
        }
        ReactionGroup &g = groups[*it];
        const QString sender = event::sender(*r.event);
        if (g.senders.contains(sender))
            continue; // the same sender reacting twice with one key counts once
        g.senders.append(sender);
        g.count = int(g.senders.size());
        if (sender == ownUserId)
            g.ownEventId = event::eventId(*r.event);
    }
    return groups;
}

} // namespace lattice::relations
