#include "receipt_queries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lattice {

Result<std::vector<ReadReceipt>> readReceipts(Database &db, const QString &roomId)
{
    // Receipts in threads other than the main timeline say nothing about the main timeline.
    auto q =
        db.exec(QStringLiteral("SELECT user_id, event_id, receipt_type, ts FROM receipts WHERE room_id = ? "
                               "AND receipt_type IN ('m.read', 'm.read.private') "
                               "AND thread_id IN ('', 'main')"),
                {roomId});
    if (!q)
        return q.error();
    std::vector<ReadReceipt> out;
    while (q->next())
        out.push_back(ReadReceipt{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                  q->value(3).toLongLong()});
    return out;
}

Result<QString> fullyReadEventId(Database &db, const QString &roomId)
{
    auto q =
        db.exec(QStringLiteral("SELECT json FROM account_data WHERE room_id = ? AND type = 'm.fully_read'"),
                {roomId});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    const QJsonObject e = QJsonDocument::fromJson(q->value(0).toByteArray()).object();
    return e.value(QLatin1String("content")).toObject().value(QLatin1String("event_id")).toString();
}

} // namespace lattice
