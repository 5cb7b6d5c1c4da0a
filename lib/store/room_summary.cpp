// Derived room-list columns, recomputed from stored state after each change to a room.
#include "sync_writer.h"

#include "protocol/event.h"
#include "protocol/room_name.h"

#include <QJsonDocument>

namespace lattice {

namespace {

QJsonObject parse(const QVariant &json) { return QJsonDocument::fromJson(json.toByteArray()).object(); }

// state (type, state_key) -> content, from the table that holds this room's state.
struct StateView {
    Database &db;
    QString roomId;
    QString table; // "state" or "stripped_state"

    QJsonObject event(const QString &type, const QString &stateKey = QString()) const
    {
        auto q = db.exec(QStringLiteral("SELECT json FROM %1 WHERE room_id = ? AND type = ? AND state_key = ?").arg(table),
                         {roomId, type, stateKey});
        return q && q->next() ? parse(q->value(0)) : QJsonObject();
    }
    QString contentString(const QString &type, const char *field) const
    {
        return event::content(event(type)).value(QLatin1String(field)).toString();
    }
};

QString heroName(const StateView &state, const QString &userId)
{
    const QString displayName =
        event::content(state.event(QStringLiteral("m.room.member"), userId)).value(QLatin1String("displayname")).toString();
    return memberDisplayName(userId, displayName, false);
}

} // namespace

Status refreshRoomSummary(Database &db, const QString &roomId, const QString &ownUserId)
{
    auto row = db.exec(QStringLiteral("SELECT membership, heroes, joined_member_count, invited_member_count "
                                      "FROM rooms WHERE room_id = ?"),
                       {roomId});
    if (!row)
        return row.error();
    if (!row->next())
        return success();
    const QString membership = row->value(0).toString();
    const QJsonArray heroIds = QJsonDocument::fromJson(row->value(1).toByteArray()).array();
    RoomNameInputs in;
    in.joinedMemberCount = row->value(2).toInt();
    in.invitedMemberCount = row->value(3).toInt();
    row->finish();

    const bool stripped = membership == QLatin1String("invite") || membership == QLatin1String("knock");
    const StateView state{db, roomId, stripped ? QStringLiteral("stripped_state") : QStringLiteral("state")};
    in.name = state.contentString(QStringLiteral("m.room.name"), "name");
    in.canonicalAlias = state.contentString(QStringLiteral("m.room.canonical_alias"), "alias");
    QString inviter;
    if (stripped) {
        // Invites carry no summary: name the room after whoever invited us.
        inviter = state.event(QStringLiteral("m.room.member"), ownUserId).value(QLatin1String("sender")).toString();
        if (!inviter.isEmpty()) {
            in.heroNames = {heroName(state, inviter)};
            in.joinedMemberCount = 2;
        }
    } else {
        for (const QJsonValue &id : heroIds)
            if (id.toString() != ownUserId)
                in.heroNames.append(heroName(state, id.toString()));
    }
    const bool encrypted = !state.event(QStringLiteral("m.room.encryption")).isEmpty();
    auto r = db.exec(QStringLiteral("UPDATE rooms SET display_name = ?, name = ?, canonical_alias = ?, topic = ?, "
                                    "avatar_url = ?, encrypted = ?, inviter = ? WHERE room_id = ?"),
                     {computeRoomDisplayName(in), in.name, in.canonicalAlias,
                      state.contentString(QStringLiteral("m.room.topic"), "topic"),
                      state.contentString(QStringLiteral("m.room.avatar"), "url"), encrypted ? 1 : 0, inviter, roomId});
    if (!r)
        return r.error();
    return success();
}

} // namespace lattice
