#pragma once
// Content of the events that relate to others (spec: rich replies, event replacements,
// annotations). Pure functions, so what goes on the wire is testable without a server.
#include <QJsonObject>
#include <QString>

namespace lattice::relations {

// `content` (an m.room.message content) as a reply to `inReplyTo`. No fallback is added: the
// spec dropped reply fallbacks (v1.13), and receivers strip old ones.
QJsonObject replyContent(QJsonObject content, const QString &inReplyTo);
// An m.replace of `originalEventId` carrying `newContent`; body and formatted_body get the
// "* " fallback for clients that do not understand edits. A reply stays a reply: the original's
// m.in_reply_to is not repeated (it is not inherited from m.new_content either).
// m.mentions (spec "User and room mentions"): m.new_content carries the edit's full mentions, the top
// level only those the original (`previousContent`, the content being replaced) did not already have,
// so that an edit does not notify the same people twice.
QJsonObject editContent(const QJsonObject &newContent, const QString &originalEventId,
                        const QJsonObject &previousContent = {});
// The reply's m.mentions gains the replied-to event's sender (unless that is us), as the spec asks.
QJsonObject mentionRepliedToSender(QJsonObject content, const QString &sender, const QString &ownUserId);
// An m.reaction content annotating `eventId` with `key`.
QJsonObject reactionContent(const QString &eventId, const QString &key);

} // namespace lattice::relations
