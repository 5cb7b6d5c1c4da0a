#include "notification_queries.h"

#include <QJsonDocument>

namespace lattice {

Result<QJsonObject> accountDataContent(Database &db, const QString &type, const QString &roomId)
{
    auto q = db.exec(QStringLiteral("SELECT json FROM account_data WHERE room_id = ? AND type = ?"),
                     {roomId.isNull() ? QStringLiteral("") : roomId, type});
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject();
    return QJsonDocument::fromJson(q->value(0).toByteArray())
        .object()
        .value(QLatin1String("content"))
        .toObject();
}

Result<int> totalUnreadCount(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT COALESCE(SUM(CASE membership WHEN 'join' THEN notification_count "
                                    "WHEN 'invite' THEN 1 ELSE 0 END), 0) FROM rooms"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace lattice
