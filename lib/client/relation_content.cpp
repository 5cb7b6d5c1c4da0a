#include "relation_content.h"

#include <QJsonArray>
#include <QStringList>

namespace lattice::relations {

QJsonObject replyContent(QJsonObject content, const QString &inReplyTo)
{
    content.insert(
        QStringLiteral("m.relates_to"),
        QJsonObject{{QStringLiteral("m.in_reply_to"), QJsonObject{{QStringLiteral("event_id"), inReplyTo}}}});
    return content;
}

namespace {

const QString kMentions = QStringLiteral("m.mentions");
const QString kUserIds = QStringLiteral("user_ids");
const QString kRoom = QStringLiteral("room");

QStringList mentionedUsers(const QJsonObject &mentions)
{
    QStringList users;
    for (const QJsonValue &v : mentions.value(kUserIds).toArray())
        if (v.isString())
            users << v.toString();
    return users;
}

// The mentions of `now` that `before` did not have.
QJsonObject newMentions(const QJsonObject &now, const QJsonObject &before)
{
    const QStringList old = mentionedUsers(before);
    QJsonArray added;
    for (const QString &user : mentionedUsers(now))
        if (!old.contains(user))
            added.append(user);
    QJsonObject mentions;
    if (!added.isEmpty())
        mentions.insert(kUserIds, added);
    if (now.value(kRoom).toBool() && !before.value(kRoom).toBool())
        mentions.insert(kRoom, true);
    return mentions;
}

} // namespace

QJsonObject mentionRepliedToSender(QJsonObject content, const QString &sender, const QString &ownUserId)
{
    if (sender.isEmpty() || sender == ownUserId)
        return content;
    QJsonObject mentions = content.value(kMentions).toObject();
    QStringList users = mentionedUsers(mentions);
    if (users.contains(sender))
        return content;
    users << sender;
    mentions.insert(kUserIds, QJsonArray::fromStringList(users));
    content.insert(kMentions, mentions);
    return content;
}

QJsonObject editContent(const QJsonObject &newContent, const QString &originalEventId,
                        const QJsonObject &previousContent)
{
    QJsonObject content = newContent;
    if (newContent.contains(kMentions))
        content.insert(kMentions, newMentions(newContent.value(kMentions).toObject(),
                                              previousContent.value(kMentions).toObject()));
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
