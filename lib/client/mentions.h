#pragma once
// Intentional mentions (spec: "User and room mentions"): the composer's text with the people chosen
// from the completion popup becomes m.room.message content whose formatted_body links each name to
// https://matrix.to/#/@user:server and whose m.mentions lists who is meant.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lattice {

struct Mention
{
    QString userId;
    QString name; // the text inserted into the composer
};

// `text` is markdown as typed. A mention counts only while its name is still in the text; every
// occurrence of that name becomes a link. `mentionRoom` (the sender may notify the room) adds
// m.mentions.room when the text contains "@room". m.mentions is always present, as the spec asks.
QJsonObject messageContentWithMentions(const QString &text, const QList<Mention> &mentions, bool mentionRoom,
                                       const QString &msgtype = QStringLiteral("m.text"));

// "https://matrix.to/#/@user:server".
QString matrixToUserLink(const QString &userId);

} // namespace lattice
