#include "notification_queries.h"

#include "row_content.h"


namespace lattice {

Result<QJsonObject> accountDataContent(Database &db, const QString &type, const QString &roomId)
{
    return firstRowContent(
        db.exec(QStringLiteral("SELECT json FROM account_data WHERE room_id = ? AND type = ?"),
                {roomId.isNull() ? QStringLiteral("") : roomId, type}));
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
