#pragma once
// One SQLite database per account, opened once per thread (Qt SQL connections are thread-bound).
#include "protocol/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace lattice {

class Database {
public:
    // Opens (creating if needed) the database at `path`, switches on WAL and migrates the schema.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }

    // Prepares `sql`; a failure is a programming error in our own SQL, reported as a Storage error.
    Result<QSqlQuery> prepare(const QString &sql);
    // Runs `sql` with positional values and returns the query positioned before the first row.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // Runs a write statement (INSERT, UPDATE, DELETE) prepared once per connection: the sync
    // writer runs the same few statements thousands of times per batch. Never for SELECT: a
    // cached, unfinished read would pin an old snapshot.
    Status write(const QString &sql, const QVariantList &values = {});

    Status begin();
    Status commit();
    void rollback();

    // Key-value facts about the account: sync token, user ID, homeserver, device ID.
    QString meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    static Error storageError(const QString &what, const QSqlError &err);

private:
    Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    QSqlDatabase m_db;
    QString m_path;
    QHash<QString, QSqlQuery> m_writes;
};

// Brings the schema to the newest version; each step runs in its own transaction.
Status migrateSchema(Database &db);
int schemaVersion();

} // namespace lattice
