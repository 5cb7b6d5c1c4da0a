#pragma once
// Writes one /sync batch into the store in a single transaction and reports what changed.
#include "change_set.h"
#include "database.h"
#include "protocol/sync_response.h"

#include <optional>

namespace lattice {

class SyncWriter {
public:
    explicit SyncWriter(Database &db) : m_db(db) {}

    // All or nothing: on error the transaction is rolled back and the sync token is unchanged.
    Result<ChangeSet> apply(const SyncResponse &sync);

private:
    Status applyRoom(const RoomUpdate &room, ChangeSet &changes);
    Status upsertMembership(const QString &roomId, Membership membership);
    Status storeStateEvent(const QString &roomId, const QJsonObject &e, const QByteArray &json = {});
    Status storeStrippedState(const RoomUpdate &room);
    Result<QJsonArray> appendTimeline(const RoomUpdate &room, ChangeSet &changes);
    Status applyRedaction(const QJsonObject &redaction);
    Status applyEphemeral(const RoomUpdate &room, ChangeSet &changes);
    Status storeAccountData(const QString &roomId, const QJsonObject &e);
    Status applySummary(const RoomUpdate &room);
    Status applyDirectChats(const QJsonObject &mDirect);
    Status storeToDevice(const QJsonArray &events);

    Database &m_db;
};

// Recomputes the derived columns of a room row (display name, topic, avatar, encryption) from
// its stored state. Used by the sync writer and after back-pagination.
Status refreshRoomSummary(Database &db, const QString &roomId, const QString &ownUserId);

// refreshRoomSummary for many rooms in a row: its SELECTs are prepared once, not once per room (an
// initial sync refreshes every room of the account in one batch).
class RoomSummaryRefresher
{
public:
    explicit RoomSummaryRefresher(Database &db) : m_db(db) {}
    Status refresh(const QString &roomId, const QString &ownUserId);

    struct Statements
    {
        std::optional<QSqlQuery> room;
        std::optional<QSqlQuery> roomState[2]; // [stripped]
        std::optional<QSqlQuery> member[2];
    };

private:
    Database &m_db;
    Statements m_statements;
};

} // namespace lattice
