// Session's relations: replies, edits and reactions go through the send queue like any message;
// redactions and single-event fetches are plain requests.
#include "session.h"

#include "markdown.h"
#include "net/client_api.h"
#include "relation_content.h"

#include <QUuid>

namespace lattice {

void Session::sendReply(const QString &roomId, const QString &markdown, const QString &inReplyTo,
                        std::function<void(Result<QueuedEvent>)> done, const QString &msgtype)
{
    m_sendQueue->enqueue(roomId, QStringLiteral("m.room.message"),
                         relations::replyContent(messageContentFromMarkdown(markdown, msgtype), inReplyTo),
                         std::move(done));
}

void Session::sendEdit(const QString &roomId, const QString &originalEventId, const QString &markdown,
                       std::function<void(Result<QueuedEvent>)> done, const QString &msgtype)
{
    m_sendQueue->enqueue(
        roomId, QStringLiteral("m.room.message"),
        relations::editContent(messageContentFromMarkdown(markdown, msgtype), originalEventId),
        std::move(done));
}

void Session::sendReaction(const QString &roomId, const QString &eventId, const QString &key,
                           std::function<void(Result<QueuedEvent>)> done)
{
    m_sendQueue->enqueue(roomId, QStringLiteral("m.reaction"), relations::reactionContent(eventId, key),
                         std::move(done));
}

void Session::redactEvent(const QString &roomId, const QString &eventId, const QString &reason,
                          std::function<void(Status)> done)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    // A fresh transaction ID per request: the user asked once, and a repeat of a redaction is harmless.
    const QString txnId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpRequest r = HttpRequest::json(
        "PUT", api::clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("redact"), eventId, txnId}),
        body);
    m_http->sendJson(r, [done = std::move(done)](Result<QJsonObject> reply) {
        done(reply ? success() : Status(reply.error()));
    });
}

void Session::fetchEvent(const QString &roomId, const QString &eventId,
                         std::function<void(Result<QJsonObject>)> done)
{
    HttpRequest r;
    r.method = "GET";
    r.path = api::clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("event"), eventId});
    m_http->sendJson(r, std::move(done));
}

} // namespace lattice
