// The versioned schema. Append a step to change it; never edit a step that has shipped.
#include "database.h"

#include <QSqlQuery>
#include <QStringList>

namespace lattice {

namespace {

// Version 1: the sync, storage and send-queue core.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",

    // One row per room we know, whatever our membership. Derived fields (display_name, last_*)
    // are recomputed by the sync writer so the room list is a single cheap query.
    "CREATE TABLE rooms ("
    " room_id TEXT PRIMARY KEY,"
    " membership TEXT NOT NULL,"
    " display_name TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '', canonical_alias TEXT NOT NULL DEFAULT '',"
    " topic TEXT NOT NULL DEFAULT '', avatar_url TEXT NOT NULL DEFAULT '',"
    " encrypted INTEGER NOT NULL DEFAULT 0, is_direct INTEGER NOT NULL DEFAULT 0,"
    " heroes TEXT NOT NULL DEFAULT '[]',"
    " joined_member_count INTEGER NOT NULL DEFAULT 0, invited_member_count INTEGER NOT NULL DEFAULT 0,"
    " notification_count INTEGER NOT NULL DEFAULT 0, highlight_count INTEGER NOT NULL DEFAULT 0,"
    " tags TEXT NOT NULL DEFAULT '{}',"
    " inviter TEXT NOT NULL DEFAULT '',"
    " last_event_id TEXT NOT NULL DEFAULT '', last_activity_ts INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX rooms_by_activity ON rooms(membership, last_activity_ts DESC)",

    // Current state of joined and left rooms.
    "CREATE TABLE state ("
    " room_id TEXT NOT NULL, type TEXT NOT NULL, state_key TEXT NOT NULL, event_id TEXT NOT NULL,"
    " json BLOB NOT NULL, PRIMARY KEY (room_id, type, state_key)) WITHOUT ROWID",
    // Stripped state of rooms we are invited to or knocked on; replaced as a whole.
    "CREATE TABLE stripped_state ("
    " room_id TEXT NOT NULL, type TEXT NOT NULL, state_key TEXT NOT NULL, json BLOB NOT NULL,"
    " PRIMARY KEY (room_id, type, state_key)) WITHOUT ROWID",

    // The timeline. `idx` orders events within a room; a batch after a gap starts a new chunk
    // 2^32 positions higher so back-pagination can fill the gap downwards.
    "CREATE TABLE events ("
    " room_id TEXT NOT NULL, idx INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE,"
    " sender TEXT NOT NULL, type TEXT NOT NULL, state_key TEXT, origin_server_ts INTEGER NOT NULL,"
    " json BLOB NOT NULL, PRIMARY KEY (room_id, idx))",
    // A gap sits just before the event at (room_id, idx); prev_batch fetches what is missing there.
    "CREATE TABLE gaps (room_id TEXT NOT NULL, idx INTEGER NOT NULL, prev_batch TEXT NOT NULL,"
    " PRIMARY KEY (room_id, idx)) WITHOUT ROWID",

    // room_id '' is global account data.
    "CREATE TABLE account_data (room_id TEXT NOT NULL, type TEXT NOT NULL, json BLOB NOT NULL,"
    " PRIMARY KEY (room_id, type)) WITHOUT ROWID",
    "CREATE TABLE receipts (room_id TEXT NOT NULL, user_id TEXT NOT NULL, receipt_type TEXT NOT NULL,"
    " thread_id TEXT NOT NULL DEFAULT '', event_id TEXT NOT NULL, ts INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (room_id, user_id, receipt_type, thread_id)) WITHOUT ROWID",

    // Persisted before the request goes out; the transaction ID makes retries idempotent.
    // state: queued (not yet accepted), sent (accepted, remote echo pending), failed (gave up).
    "CREATE TABLE send_queue ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, txn_id TEXT NOT NULL UNIQUE, room_id TEXT NOT NULL,"
    " event_type TEXT NOT NULL, content BLOB NOT NULL, state TEXT NOT NULL DEFAULT 'queued',"
    " event_id TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '', created_ts INTEGER NOT NULL)",

    // To-device events kept until the crypto layer has consumed them (survives a crash mid-way).
    "CREATE TABLE to_device_inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, json BLOB NOT NULL)",
};

// Version 2: presence of users (m.presence), for member lists. last_active_ts is the time
// last_active_ago pointed at when the event arrived, so it stays right as time passes.
const char *const kSchemaV2[] = {
    "CREATE TABLE presence (user_id TEXT PRIMARY KEY, presence TEXT NOT NULL,"
    " last_active_ts INTEGER NOT NULL DEFAULT 0, status_msg TEXT NOT NULL DEFAULT '',"
    " currently_active INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
};

struct Step {
    const char *const *statements;
    size_t count;
};

const Step kSteps[] = {
    {kSchemaV1, std::size(kSchemaV1)},
    {kSchemaV2, std::size(kSchemaV2)},
};

} // namespace

int schemaVersion() { return int(std::size(kSteps)); }

Status migrateSchema(Database &db)
{
    auto q = db.exec(QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    const int current = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    if (current > schemaVersion())
        return Error::make(Error::Kind::Storage,
                           QStringLiteral("The database %1 was written by a newer Lattice (schema %2, this one "
                                          "knows %3). Update Lattice or use another --data-dir.")
                               .arg(db.path())
                               .arg(current)
                               .arg(schemaVersion()));
    for (int v = current; v < schemaVersion(); ++v) {
        if (Status s = db.begin(); !s)
            return s;
        const Step &step = kSteps[v];
        for (size_t i = 0; i < step.count; ++i) {
            if (auto r = db.exec(QString::fromLatin1(step.statements[i])); !r) {
                db.rollback();
                return r.error();
            }
        }
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !r) {
            db.rollback();
            return r.error();
        }
        if (Status s = db.commit(); !s)
            return s;
    }
    return success();
}

} // namespace lattice
