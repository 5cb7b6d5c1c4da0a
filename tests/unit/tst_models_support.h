#pragma once
// Building sync batches for the model tests: real SyncWriter, real temp-dir database.
#include "store/sync_writer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace lattice::test {

inline QJsonObject stateEvent(const QString &type, const QString &stateKey, const QJsonObject &content,
                              const QString &sender = QStringLiteral("@alice:localhost"), qint64 ts = 1)
{
    static int counter = 0;
    return {{QStringLiteral("type"), type},
            {QStringLiteral("state_key"), stateKey},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("event_id"), QStringLiteral("$state%1").arg(++counter)},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("content"), content}};
}

inline QJsonObject member(const QString &userId, const QString &displayName,
                          const QString &membership = QStringLiteral("join"))
{
    QJsonObject content{{QStringLiteral("membership"), membership}};
    if (!displayName.isEmpty())
        content.insert(QStringLiteral("displayname"), displayName);
    return stateEvent(QStringLiteral("m.room.member"), userId, content, userId);
}

inline QJsonObject textMessage(const QString &eventId, const QString &sender, qint64 ts, const QString &body,
                               const QString &txnId = QString())
{
    QJsonObject e{
        {QStringLiteral("type"), QStringLiteral("m.room.message")},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("origin_server_ts"), ts},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}}}};
    if (!txnId.isEmpty())
        e.insert(QStringLiteral("unsigned"), QJsonObject{{QStringLiteral("transaction_id"), txnId}});
    return e;
}

inline RoomUpdate joinedRoom(const QString &roomId, const QString &name, QJsonArray timeline,
                             const QJsonArray &extraState = {})
{
    RoomUpdate room;
    room.roomId = roomId;
    room.membership = Membership::Join;
    room.state = {stateEvent(QStringLiteral("m.room.create"), QString(), {}),
                  member(QStringLiteral("@alice:localhost"), QStringLiteral("Alice"))};
    if (!name.isEmpty())
        room.state.append(
            stateEvent(QStringLiteral("m.room.name"), QString(), {{QStringLiteral("name"), name}}));
    for (const QJsonValue &v : extraState)
        room.state.append(v);
    room.timeline = std::move(timeline);
    room.prevBatch = QStringLiteral("prev-") + roomId;
    return room;
}

// A database in a temporary directory, written through SyncWriter like a real session's.
class StoreFixture
{
public:
    StoreFixture()
    {
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        auto db = Database::open(m_dir.filePath(QStringLiteral("models.sqlite3")));
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        m_db = std::move(*db);
        if (!m_db->setMeta(QStringLiteral("user_id"), QStringLiteral("@alice:localhost")))
            qFatal("cannot write meta");
    }
    Database &db() { return *m_db; }

    ChangeSet apply(std::vector<RoomUpdate> rooms, const QJsonArray &accountData = {},
                    const QJsonArray &presence = {})
    {
        SyncResponse sync;
        sync.nextBatch = QStringLiteral("batch%1").arg(++m_batch);
        sync.rooms = std::move(rooms);
        sync.accountData = accountData;
        sync.presence = presence;
        auto changes = SyncWriter(*m_db).apply(sync);
        if (!changes)
            qFatal("SyncWriter failed: %s", qPrintable(changes.error().message));
        return *changes;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_batch = 0;
};

} // namespace lattice::test
