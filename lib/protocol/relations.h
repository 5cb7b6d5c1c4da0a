#pragma once
// Event relationships (spec: "Forming relationships between events", rich replies, event
// replacements, annotations, threading) as pure functions over event JSON: what the timeline model
// calls to show replies, edits and reactions.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lattice::relations {

// The parsed content["m.relates_to"]. Missing or wrongly typed fields read as empty.
struct RelatesTo
{
    QString relType;            // "m.replace", "m.annotation", "m.thread", "m.reference", ... or empty
    QString eventId;            // the parent of a rel_type relationship
    QString key;                // m.annotation only
    QString inReplyTo;          // m.in_reply_to.event_id
    bool isFallingBack = false; // m.thread only: in_reply_to is a fallback for unthreaded clients

    bool isEdit() const { return relType == QLatin1String("m.replace") && !eventId.isEmpty(); }
    bool isAnnotation() const
    {
        return relType == QLatin1String("m.annotation") && !eventId.isEmpty() && !key.isEmpty();
    }
    bool isThread() const { return relType == QLatin1String("m.thread") && !eventId.isEmpty(); }
    // A reply to show as one: not the fallback reply a threaded event carries for unthreaded clients.
    bool isReply() const { return !inReplyTo.isEmpty() && !(isThread() && isFallingBack); }
};
RelatesTo parseRelatesTo(const QJsonObject &content);

// Removes the legacy reply fallback: leading "> " lines of body (and the blank line after them).
QString stripReplyFallbackBody(const QString &body);
// Removes a leading <mx-reply>...</mx-reply> element from formatted_body.
QString stripReplyFallbackHtml(const QString &formattedBody);
// Both, on message content that is a reply (has m.in_reply_to); other content is returned unchanged.
QJsonObject stripReplyFallback(const QJsonObject &content);

// What an event shows once its edits are applied.
struct DisplayedContent
{
    QJsonObject
        content; // the latest valid m.new_content (with the original's m.relates_to), or the original's
    bool edited = false; // a valid replacement was applied: show an "edited" mark
    QString editEventId; // the replacement that won
    qint64 editedTs = 0; // its origin_server_ts
};
// Applies the spec's rules: a replacement counts only when it has the original's sender and type,
// neither has a state_key, the original is not itself an edit (nor redacted), it targets the
// original (rel_type m.replace, event_id), and it has an m.new_content object. The latest by
// origin_server_ts wins, ties going to the lexicographically largest event_id. Full events in, any order.
DisplayedContent applyEdits(const QJsonObject &original, const QList<QJsonObject> &edits);

struct ReactionGroup
{
    QString key;         // the annotation key (an emoji, usually)
    int count = 0;       // distinct senders
    QStringList senders; // user IDs, earliest first
    QString ownEventId;  // the own user's m.reaction event (redact it to toggle off), or empty
};
// Aggregates m.reaction events (full events) into chips, ordered by each key's first reaction.
// Redacted reactions and repeats of the same key by the same sender are ignored.
QList<ReactionGroup> aggregateReactions(const QList<QJsonObject> &events, const QString &ownUserId);

} // namespace lattice::relations
