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

// Version 3: end-to-end encryption. The crypto_* tables back SqlCryptoStore; every pickle arrives
// sealed with the PickleKey from the keyring, so no column here holds a usable secret.
// decrypted_events and decryption_failures record what became of each m.room.encrypted event, so
// read paths show the clear event (one LEFT JOIN) and failures are retried when their key arrives.
const char *const kSchemaV3[] = {
    "CREATE TABLE crypto_account (id INTEGER PRIMARY KEY CHECK (id = 0), pickle TEXT NOT NULL)",
    "CREATE TABLE crypto_values (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE crypto_olm_sessions (sender_key TEXT NOT NULL, session_id TEXT NOT NULL, pickle TEXT NOT NULL,"
    " created_ms INTEGER NOT NULL, last_used_ms INTEGER NOT NULL,"
    " PRIMARY KEY (sender_key, session_id)) WITHOUT ROWID",
    "CREATE TABLE crypto_inbound_group_sessions (room_id TEXT NOT NULL, sender_key TEXT NOT NULL,"
    " session_id TEXT NOT NULL, pickle TEXT NOT NULL, sender_claimed_ed25519 TEXT NOT NULL,"
    " forwarding_chain TEXT NOT NULL DEFAULT '[]', first_known_index INTEGER NOT NULL,"
    " imported INTEGER NOT NULL DEFAULT 0, backed_up INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (room_id, sender_key, session_id)) WITHOUT ROWID",
    "CREATE INDEX crypto_inbound_group_sessions_to_back_up ON crypto_inbound_group_sessions(backed_up)",
    "CREATE TABLE crypto_outbound_group_sessions (room_id TEXT PRIMARY KEY, session_id TEXT NOT NULL,"
    " pickle TEXT NOT NULL, created_ms INTEGER NOT NULL, message_count INTEGER NOT NULL,"
    " shared_with TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID",
    "CREATE TABLE crypto_devices (user_id TEXT NOT NULL, device_id TEXT NOT NULL, curve25519 TEXT NOT NULL,"
    " ed25519 TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '', algorithms TEXT NOT NULL DEFAULT '[]',"
    " device_keys TEXT NOT NULL DEFAULT '{}', local_trust INTEGER NOT NULL DEFAULT 0,"
    " deleted INTEGER NOT NULL DEFAULT 0, first_seen_ms INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (user_id, device_id)) WITHOUT ROWID",
    "CREATE TABLE crypto_tracked_users (user_id TEXT PRIMARY KEY, outdated INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE crypto_megolm_index_uses (sender_key TEXT NOT NULL, session_id TEXT NOT NULL,"
    " message_index INTEGER NOT NULL, event_id TEXT NOT NULL,"
    " PRIMARY KEY (sender_key, session_id, message_index)) WITHOUT ROWID",
    "CREATE TABLE crypto_withheld (room_id TEXT NOT NULL, sender_key TEXT NOT NULL, session_id TEXT NOT NULL,"
    " code TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (room_id, sender_key, session_id)) WITHOUT ROWID",

    "CREATE TABLE decrypted_events (event_id TEXT PRIMARY KEY, room_id TEXT NOT NULL, json BLOB NOT NULL,"
    " sender_key TEXT NOT NULL, session_id TEXT NOT NULL, trust INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE decryption_failures (event_id TEXT PRIMARY KEY, room_id TEXT NOT NULL,"
    " session_id TEXT NOT NULL, sender_key TEXT NOT NULL, errcode TEXT NOT NULL, reason TEXT NOT NULL)"
    " WITHOUT ROWID",
    "CREATE INDEX decryption_failures_by_session ON decryption_failures(room_id, session_id)",
    // Finds the encrypted events of a room that were never attempted without scanning the room.
    "CREATE INDEX events_by_type ON events(room_id, type)",
};

struct Step {
    const char *const *statements;
    size_t count;
};

const Step kSteps[] = {
    {kSchemaV1, std::size(kSchemaV1)},
    {kSchemaV2, std::size(kSchemaV2)},
    {kSchemaV3, std::size(kSchemaV3)},
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
