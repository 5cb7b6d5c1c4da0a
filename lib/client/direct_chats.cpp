#include "direct_chats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice {

Result<QJsonObject> directChatsContent(Database &db)
{
    auto q =
        db.exec(QStringLiteral("SELECT json FROM account_data WHERE room_id = '' AND type = 'm.direct'"));
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject();
    return QJsonDocument::fromJson(q->value(0).toByteArray())
        .object()
        .value(QLatin1String("content"))
        .toObject();
}

QString existingDirectRoom(const QJsonObject &direct, const QString &userId,
                           const std::function<QString(const QString &roomId)> &membershipOf)
{
    const QJsonArray rooms = direct.value(userId).toArray();
    QString invited;
    for (qsizetype i = rooms.size() - 1; i >= 0; --i) {
        const QString roomId = rooms.at(i).toString();
        if (roomId.isEmpty())
            continue;
        const QString membership = membershipOf(roomId);
        if (membership == QLatin1String("join"))
            return roomId;
        if (membership == QLatin1String("invite") && invited.isEmpty())
            invited = roomId;
    }
    return invited;
}

} // namespace lattice
