#include "redaction.h"

#include <QStringList>

namespace lattice {

namespace {
QStringList keptContentKeys(const QString &type)
{
    if (type == QLatin1String("m.room.member"))
        return {QStringLiteral("membership"), QStringLiteral("join_authorised_via_users_server"),
                QStringLiteral("third_party_invite")};
    if (type == QLatin1String("m.room.create"))
        return {}; // v11 keeps the whole content; handled below
    if (type == QLatin1String("m.room.join_rules"))
        return {QStringLiteral("join_rule"), QStringLiteral("allow")};
    if (type == QLatin1String("m.room.power_levels"))
        return {QStringLiteral("ban"),           QStringLiteral("events"),         QStringLiteral("events_default"),
                QStringLiteral("invite"),        QStringLiteral("kick"),           QStringLiteral("redact"),
                QStringLiteral("state_default"), QStringLiteral("users"),          QStringLiteral("users_default")};
    if (type == QLatin1String("m.room.history_visibility"))
        return {QStringLiteral("history_visibility")};
    if (type == QLatin1String("m.room.redaction"))
        return {QStringLiteral("redacts")};
    return {};
}
} // namespace

QJsonObject redactEvent(const QJsonObject &event, const QJsonObject &redaction)
{
    static const QStringList topKeys = {
        QStringLiteral("event_id"),   QStringLiteral("type"),   QStringLiteral("room_id"),
        QStringLiteral("sender"),     QStringLiteral("state_key"), QStringLiteral("hashes"),
        QStringLiteral("signatures"), QStringLiteral("depth"),  QStringLiteral("prev_events"),
        QStringLiteral("auth_events"), QStringLiteral("origin_server_ts")};
    QJsonObject out;
    for (const QString &k : topKeys)
        if (event.contains(k))
            out.insert(k, event.value(k));

    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    QJsonObject kept;
    if (type == QLatin1String("m.room.create")) {
        kept = content;
    } else {
        for (const QString &k : keptContentKeys(type))
            if (content.contains(k))
                kept.insert(k, content.value(k));
    }
    out.insert(QStringLiteral("content"), kept);
    QJsonObject unsignedData;
    unsignedData.insert(QStringLiteral("redacted_because"), redaction);
    out.insert(QStringLiteral("unsigned"), unsignedData);
    return out;
}

} // namespace lattice
