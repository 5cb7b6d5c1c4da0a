#include "member_queries.h"

#include "protocol/room_name.h"
#include "row_content.h"

#include <QJsonDocument>

namespace lattice {

namespace {

bool isListedMembership(const QString &m)
{
    return m == QLatin1String("join") || m == QLatin1String("invite");
}

} // namespace

Result<std::vector<MemberRow>> roomMembers(Database &db, const QString &roomId)
{
    auto q = db.exec(
        QStringLiteral("SELECT state_key, json FROM state WHERE room_id = ? AND type = 'm.room.member'"),
        {roomId});
    if (!q)
        return q.error();
    std::vector<MemberRow> rows;
    QHash<QString, int> nameUses;
    while (q->next()) {
        const QJsonObject content = QJsonDocument::fromJson(q->value(1).toByteArray())
                                        .object()
                                        .value(QLatin1String("content"))
                                        .toObject();
        MemberRow m;
        m.userId = q->value(0).toString();
        m.membership = content.value(QLatin1String("membership")).toString();
        if (!isListedMembership(m.membership))
            continue;
        m.rawDisplayName = content.value(QLatin1String("displayname")).toString();
        m.avatarUrl = content.value(QLatin1String("avatar_url")).toString();
        if (!m.rawDisplayName.trimmed().isEmpty())
            ++nameUses[m.rawDisplayName];
        rows.push_back(std::move(m));
    }
    for (MemberRow &m : rows)
        m.displayName = memberDisplayName(m.userId, m.rawDisplayName, nameUses.value(m.rawDisplayName) > 1);
    return rows;
}

Result<MemberRow> memberInfo(Database &db, const QString &roomId, const QString &userId)
{
    MemberRow m;
    m.userId = userId;
    m.displayName = userId;
    auto q = db.exec(QStringLiteral("SELECT json FROM state WHERE room_id = ? AND type = 'm.room.member' "
                                    "AND state_key = ?"),
                     {roomId, userId});
    if (!q)
        return q.error();
    if (!q->next())
        return m;
    const QJsonObject content = QJsonDocument::fromJson(q->value(0).toByteArray())
                                    .object()
                                    .value(QLatin1String("content"))
                                    .toObject();
    q->finish();
    m.membership = content.value(QLatin1String("membership")).toString();
    m.rawDisplayName = content.value(QLatin1String("displayname")).toString();
    m.avatarUrl = content.value(QLatin1String("avatar_url")).toString();
    bool ambiguous = false;
    if (!m.rawDisplayName.trimmed().isEmpty()) {
        // The name is ambiguous when another joined or invited member uses it too.
        auto same = db.exec(
            QStringLiteral(
                "SELECT COUNT(*) FROM state WHERE room_id = ? AND type = 'm.room.member' AND state_key != ? "
                "AND json_extract(CAST(json AS TEXT), '$.content.displayname') = ? "
                "AND json_extract(CAST(json AS TEXT), '$.content.membership') IN ('join', 'invite')"),
            {roomId, userId, m.rawDisplayName});
        if (!same)
            return same.error();
        ambiguous = same->next() && same->value(0).toInt() > 0;
    }
    m.displayName = memberDisplayName(userId, m.rawDisplayName, ambiguous);
    return m;
}

Result<QJsonObject> stateContent(Database &db, const QString &roomId, const QString &type,
                                 const QString &stateKey)
{
    return firstRowContent(
        db.exec(QStringLiteral("SELECT json FROM state WHERE room_id = ? AND type = ? AND state_key = ?"),
                {roomId, type, stateKey.isNull() ? QStringLiteral("") : stateKey}));
}

Result<PowerLevels> powerLevels(Database &db, const QString &roomId)
{
    auto content = stateContent(db, roomId, QStringLiteral("m.room.power_levels"));
    if (!content)
        return content.error();
    PowerLevels levels;
    levels.usersDefault = content->value(QLatin1String("users_default")).toInt(0);
    const QJsonObject users = content->value(QLatin1String("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it)
        levels.users.insert(it.key(), it.value().toInt(levels.usersDefault));
    return levels;
}

} // namespace lattice
