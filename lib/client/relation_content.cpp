#include "relation_content.h"

namespace lattice::relations {

QJsonObject replyContent(QJsonObject content, const QString &inReplyTo)
{
    content.insert(
        QStringLiteral("m.relates_to"),
        QJsonObject{{QStringLiteral("m.in_reply_to"), QJsonObject{{QStringLiteral("event_id"), inReplyTo}}}});
    return content;
}

QJsonObject editContent(const QJsonObject &newContent, const QString &originalEventId)
{
    QJsonObject content = newContent;
    const QString star = QStringLiteral("* ");
    content.insert(QStringLiteral("body"), star + newContent.value(QLatin1String("body")).toString());
    if (newContent.contains(QLatin1String("formatted_body")))
        content.insert(QStringLiteral("formatted_body"),
                       star + newContent.value(QLatin1String("formatted_body")).toString());
    content.insert(QStringLiteral("m.new_content"), newContent);
    content.insert(QStringLiteral("m.relates_to"),
                   QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.replace")},
                               {QStringLiteral("event_id"), originalEventId}});
    return content;
}

QJsonObject reactionContent(const QString &eventId, const QString &key)
{
    return {{QStringLiteral("m.relates_to"),
             QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.annotation")},
                         {QStringLiteral("event_id"), eventId},
                         {QStringLiteral("key"), key}}}};
}

} // namespace lattice::relations
