#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace lattice {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter; // only makes names unique; holds no state of ours
    return QStringLiteral("lattice-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Error Database::storageError(const QString &what, const QSqlError &err)
{
    return Error::make(Error::Kind::Storage, QStringLiteral("The local database failed while %1: %2")
                                                 .arg(what, err.text()));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Kind::Storage, QStringLiteral("Cannot create the folder for %1.").arg(path));
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            Error e = storageError(QStringLiteral("opening %1").arg(path), db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
    }
    std::unique_ptr<Database> self(new Database(QSqlDatabase::database(name, false), path));
    // WAL lets the GUI thread read pages while the sync worker writes; NORMAL is durable across
    // application crashes (an OS crash may lose the last transaction, never corrupt the file).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA temp_store=MEMORY"}) {
        if (auto r = self->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (Status s = migrateSchema(*self); !s)
        return s.error();
    return self;
}

Database::~Database()
{
    m_writes.clear(); // statements go before their connection
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(QStringLiteral("preparing \"%1\"").arg(sql.left(60)), q.lastError());
    return q;
}

namespace {
void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL; our text columns mean "empty" by it.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
}
} // namespace

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    auto q = prepare(sql);
    if (!q)
        return q;
    bindAll(*q, values);
    if (!q->exec())
        return storageError(QStringLiteral("running \"%1\"").arg(sql.left(60)), q->lastError());
    return q;
}

Status Database::write(const QString &sql, const QVariantList &values)
{
    auto it = m_writes.find(sql);
    if (it == m_writes.end()) {
        auto q = prepare(sql);
        if (!q)
            return q.error();
        it = m_writes.insert(sql, *q);
    }
    bindAll(*it, values);
    if (!it->exec())
        return storageError(QStringLiteral("running \"%1\"").arg(sql.left(60)), it->lastError());
    return success();
}

Status Database::begin()
{
    if (!m_db.transaction())
        return storageError(QStringLiteral("starting a transaction"), m_db.lastError());
    return success();
}

Status Database::commit()
{
    if (!m_db.commit()) {
        Error e = storageError(QStringLiteral("committing"), m_db.lastError());
        m_db.rollback();
        return e;
    }
    return success();
}

void Database::rollback() { m_db.rollback(); }

QString Database::meta(const QString &key)
{
    auto q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    auto q = exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    if (!q)
        return q.error();
    return success();
}

} // namespace lattice
