#include "direct_chats.h"

#include "store/notification_queries.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice {

Result<QJsonObject> directChatsContent(Database &db)
{
    return accountDataContent(db, QStringLiteral("m.direct"));
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
