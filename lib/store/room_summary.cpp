// Derived room-list columns, recomputed from stored state after each change to a room.
#include "sync_writer.h"

#include "protocol/event.h"
#include "protocol/room_name.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>

namespace lattice {

namespace {

QJsonObject parse(const QVariant &json) { return QJsonDocument::fromJson(json.toByteArray()).object(); }

// Prepares `sql` on first use, binds `values` and runs it. Each caller finishes the query after
// reading it, so a cached statement never keeps a read open.
Result<QSqlQuery *> run(Database &db, std::optional<QSqlQuery> &cached, const QString &sql,
                        const QVariantList &values)
{
    if (!cached) {
        auto q = db.prepare(sql);
        if (!q)
            return q.error();
        cached.emplace(std::move(*q));
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        cached->bindValue(int(i), values.at(i));
    if (!cached->exec())
        return Database::storageError(QStringLiteral("reading a room's state"), cached->lastError());
    return &*cached;
}

// The few state events the room list needs, read in one query; members looked up one by one.
struct StateView {
    Database &db;
    RoomSummaryRefresher::Statements &statements;
    QString roomId;
    bool stripped;                         // read "stripped_state" instead of "state"
    QHash<QString, QJsonObject> roomState; // type -> event, for state_key ""

    QString table() const { return stripped ? QStringLiteral("stripped_state") : QStringLiteral("state"); }
    void load()
    {
        auto q =
            run(db, statements.roomState[stripped],
                QStringLiteral("SELECT type, json FROM %1 WHERE room_id = ? AND state_key = '' AND type IN "
                               "('m.room.name', 'm.room.canonical_alias', 'm.room.topic', 'm.room.avatar', "
                               "'m.room.encryption')")
                    .arg(table()),
                {roomId});
        while (q && (*q)->next())
            roomState.insert((*q)->value(0).toString(), parse((*q)->value(1)));
        if (q)
            (*q)->finish();
    }
    QJsonObject member(const QString &userId) const
    {
        auto q = run(db, statements.member[stripped],
                     QStringLiteral("SELECT json FROM %1 WHERE room_id = ? AND type = 'm.room.member' AND "
                                    "state_key = ?")
                         .arg(table()),
                     {roomId, userId});
        if (!q)
            return {};
        const QJsonObject out = (*q)->next() ? parse((*q)->value(0)) : QJsonObject();
        (*q)->finish();
        return out;
    }
    QString contentString(const QString &type, const char *field) const
    {
        return event::content(roomState.value(type)).value(QLatin1String(field)).toString();
    }
};

QString heroName(const StateView &state, const QString &userId)
{
    const QString displayName =
        event::content(state.member(userId)).value(QLatin1String("displayname")).toString();
    return memberDisplayName(userId, displayName, false);
}

} // namespace

Status RoomSummaryRefresher::refresh(const QString &roomId, const QString &ownUserId)
{
    auto row = run(m_db, m_statements.room,
                   QStringLiteral("SELECT membership, heroes, joined_member_count, invited_member_count "
                                  "FROM rooms WHERE room_id = ?"),
                   {roomId});
    if (!row)
        return row.error();
    QSqlQuery &r = **row;
    if (!r.next()) {
        r.finish();
        return success();
    }
    const QString membership = r.value(0).toString();
    const QJsonArray heroIds = QJsonDocument::fromJson(r.value(1).toByteArray()).array();
    RoomNameInputs in;
    in.joinedMemberCount = r.value(2).toInt();
    in.invitedMemberCount = r.value(3).toInt();
    r.finish();

    const bool stripped = membership == QLatin1String("invite") || membership == QLatin1String("knock");
    StateView state{m_db, m_statements, roomId, stripped, {}};
    state.load();
    in.name = state.contentString(QStringLiteral("m.room.name"), "name");
    in.canonicalAlias = state.contentString(QStringLiteral("m.room.canonical_alias"), "alias");
    QString inviter;
    if (stripped) {
        // Invites carry no summary: name the room after whoever invited us.
        inviter = state.member(ownUserId).value(QLatin1String("sender")).toString();
        if (!inviter.isEmpty()) {
            in.heroNames = {heroName(state, inviter)};
            in.joinedMemberCount = 2;
        }
    } else {
        for (const QJsonValue &id : heroIds)
            if (id.toString() != ownUserId)
                in.heroNames.append(heroName(state, id.toString()));
    }
    const bool encrypted = state.roomState.contains(QStringLiteral("m.room.encryption"));
    return m_db.write(
        QStringLiteral("UPDATE rooms SET display_name = ?, name = ?, canonical_alias = ?, topic = ?, "
                       "avatar_url = ?, encrypted = ?, inviter = ? WHERE room_id = ?"),
        {computeRoomDisplayName(in), in.name, in.canonicalAlias,
         state.contentString(QStringLiteral("m.room.topic"), "topic"),
         state.contentString(QStringLiteral("m.room.avatar"), "url"), encrypted ? 1 : 0, inviter, roomId});
}

Status refreshRoomSummary(Database &db, const QString &roomId, const QString &ownUserId)
{
    return RoomSummaryRefresher(db).refresh(roomId, ownUserId);
}

} // namespace lattice
