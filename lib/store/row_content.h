#pragma once
// The "content" of the event JSON in a query's first row (state, account data): an empty object when
// there is no row, the query's error when it failed.
#include "protocol/error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace lattice {

inline Result<QJsonObject> firstRowContent(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonObject();
    return QJsonDocument::fromJson(q->value(0).toByteArray())
        .object()
        .value(QLatin1String("content"))
        .toObject();
}

} // namespace lattice
