// The store on recorded sync JSON: one transaction per batch, derived room rows, gaps,
// back-fill, send-queue echoes, redactions, and no damage from bad input.
#include "store/room_queries.h"
#include "store/send_queue_store.h"
#include "store/sync_writer.h"
#include "store/timeline_store.h"

#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;

using lattice::test::fixture;

static QJsonObject message(const QString &id, qint64 ts, const QString &body)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.message")},
            {QStringLiteral("event_id"), id},
            {QStringLiteral("sender"), QStringLiteral("@bob:localhost")},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                    {QStringLiteral("body"), body}}}};
}

class TestStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Result<ChangeSet> applyFixture(const char *name)
    {
        auto parsed = parseSyncResponse(fixture(name));
        if (!parsed)
            return parsed.error();
        return SyncWriter(*m_db).apply(*parsed);
    }
    std::optional<RoomRow> room(const char *id)
    {
        auto r = findRoom(*m_db, QString::fromLatin1(id));
        return r ? *r : std::nullopt;
    }
    QStringList bodies(const char *roomId, int limit = 100)
    {
        QStringList out;
        auto events = latestEvents(*m_db, QString::fromLatin1(roomId), limit);
        for (const StoredEvent &e : *events)
            out.append(e.json.value(QLatin1String("event_id")).toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite3")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite3")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        QVERIFY(m_db->setMeta(QStringLiteral("user_id"), QStringLiteral("@alice:localhost")).ok());
    }
    void cleanup() { m_db.reset(); }

    void schemaIsVersioned()
    {
        auto q = m_db->exec(QStringLiteral("PRAGMA user_version"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), schemaVersion());
        auto mode = m_db->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
    }

    void initialSyncBuildsRoomList()
    {
        auto queued = enqueueEvent(*m_db, QStringLiteral("!named:localhost"), QStringLiteral("m.room.message"), {});
        QVERIFY(queued.ok());
        // The fixture's echo carries transaction_id "ltqueued1"; point our queued entry at it.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE send_queue SET txn_id = 'ltqueued1'")).ok());

        auto changes = applyFixture("sync_initial.json");
        QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().message));
        QVERIFY(changes->initial);
        QCOMPARE(changes->skippedEvents, 1);
        QCOMPARE(changes->echoedTransactions, QStringList{QStringLiteral("ltqueued1")});
        QCOMPARE(changes->typing.value(QStringLiteral("!named:localhost")), QStringList{QStringLiteral("@bob:localhost")});
        QCOMPARE(changes->toDeviceEvents, 1);
        QCOMPARE(m_db->meta(QStringLiteral("next_batch")), QStringLiteral("s72595_4483_1934"));
        QVERIFY(queuedEvents(*m_db)->empty());

        auto named = room("!named:localhost");
        QVERIFY(named);
        QCOMPARE(named->displayName, QStringLiteral("Lattice devs"));
        QCOMPARE(named->topic, QStringLiteral("Building the best client"));
        QVERIFY(named->encrypted); // m.room.encryption arrived in the timeline
        QCOMPARE(named->notificationCount, 3);
        QCOMPARE(named->highlightCount, 1);
        QVERIFY(named->tags.contains(QLatin1String("m.favourite")));
        QCOMPARE(named->lastEventId, QStringLiteral("$enc"));

        auto dm = room("!dm:localhost");
        QVERIFY(dm);
        QCOMPARE(dm->displayName, QStringLiteral("Bob"));
        QVERIFY(dm->isDirect);
        QVERIFY(!named->isDirect);
        QCOMPARE(room("!crowd:localhost")->displayName, QStringLiteral("@bob:localhost, @carol:localhost and 5 others"));

        auto invite = room("!invited:localhost");
        QVERIFY(invite);
        QCOMPARE(invite->membership, QStringLiteral("invite"));
        QCOMPARE(invite->displayName, QStringLiteral("Secret plans"));
        QCOMPARE(invite->inviter, QStringLiteral("@carol:localhost"));

        auto list = listRooms(*m_db);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(4));
        QCOMPARE(list->front().roomId, QStringLiteral("!named:localhost")); // latest activity first

        auto receipts = m_db->exec(QStringLiteral("SELECT event_id FROM receipts WHERE user_id = '@bob:localhost'"));
        QVERIFY(receipts.ok() && receipts->next());
        QCOMPARE(receipts->value(0).toString(), QStringLiteral("$m1"));
    }

    void incrementalSyncAppendsRedactsAndLeaves()
    {
        QVERIFY(applyFixture("sync_initial.json").ok());
        auto changes = applyFixture("sync_incremental.json");
        QVERIFY(changes.ok());
        QVERIFY(!changes->initial);
        QCOMPARE(bodies("!named:localhost"),
                 (QStringList{"$m1", "$m2", "$enc", "$m3", "$r1"}));
        auto events = latestEvents(*m_db, QStringLiteral("!named:localhost"), 5);
        const QJsonObject redacted = events->front().json;
        QVERIFY(redacted.value(QLatin1String("content")).toObject().isEmpty());
        QVERIFY(redacted.value(QLatin1String("unsigned")).toObject().contains(QLatin1String("redacted_because")));
        QCOMPARE(room("!crowd:localhost")->membership, QStringLiteral("leave"));
        QCOMPARE(listRooms(*m_db)->size(), size_t(3));
        // The same batch again (a crash after commit, before the token was used) changes nothing.
        QVERIFY(applyFixture("sync_incremental.json").ok());
        QCOMPARE(bodies("!named:localhost").size(), 5);
    }

    void limitedSyncLeavesAGapThatBackfillCloses()
    {
        QVERIFY(applyFixture("sync_initial.json").ok());
        QVERIFY(applyFixture("sync_gap.json").ok());
        const QString roomId = QStringLiteral("!named:localhost");
        auto gap = highestGapFrom(*m_db, roomId, std::numeric_limits<qint64>::min());
        QVERIFY(gap.ok() && gap->has_value());
        QCOMPARE((*gap)->prevBatch, QStringLiteral("t3-gap"));

        // /messages answers newest first; the third event is one we already have: the gap closes.
        const QJsonArray chunk{message(QStringLiteral("$g2"), 8000, QStringLiteral("g2")),
                               message(QStringLiteral("$g1"), 7000, QStringLiteral("g1")),
                               message(QStringLiteral("$enc"), 2003, QString())};
        auto filled = storeBackfill(*m_db, roomId, **gap, chunk, {}, QStringLiteral("older"));
        QVERIFY(filled.ok());
        QCOMPARE(filled->stored, 2);
        QVERIFY(filled->reachedKnownEvent);
        QCOMPARE(bodies("!named:localhost"), (QStringList{"$m1", "$m2", "$enc", "$g1", "$g2", "$m10"}));
        auto after = highestGapFrom(*m_db, roomId, (*gap)->idx - 100);
        QVERIFY(after.ok() && !after->has_value());

        // The first batch's own gap (the room's older history) is still there to fill.
        auto top = highestGapFrom(*m_db, roomId, std::numeric_limits<qint64>::min());
        QVERIFY(top.ok() && top->has_value());
        QCOMPARE((*top)->prevBatch, QStringLiteral("t1-before-named"));
        auto start = storeBackfill(*m_db, roomId, **top, {message(QStringLiteral("$m0"), 1500, QStringLiteral("zero"))},
                                   {}, QString());
        QVERIFY(start.ok());
        QVERIFY(start->reachedRoomStart);
        QCOMPARE(bodies("!named:localhost").first(), QStringLiteral("$m0"));
        auto none = highestGapFrom(*m_db, roomId, std::numeric_limits<qint64>::min());
        QVERIFY(none.ok() && !none->has_value());
    }

    void malformedBatchChangesNothing()
    {
        QVERIFY(applyFixture("sync_initial.json").ok());
        QFile f(m_db->path());
        const QByteArray truncated = fixture("sync_incremental.json").chopped(40);
        auto parsed = parseSyncResponse(truncated);
        QVERIFY(!parsed.ok());
        QCOMPARE(m_db->meta(QStringLiteral("next_batch")), QStringLiteral("s72595_4483_1934"));
        QCOMPARE(bodies("!named:localhost").size(), 3);
    }

    // Everything the writer stores, as text, for comparing two stores.
    static QStringList dump(Database &db)
    {
        QStringList out;
        for (const char *table : {"rooms", "state", "stripped_state", "events", "gaps", "account_data", "receipts"}) {
            auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)));
            if (!q)
                qFatal("dump failed: %s", qPrintable(q.error().message));
            while (q->next()) {
                QStringList row{QLatin1String(table)};
                for (int i = 0; i < q->record().count(); ++i)
                    row.append(q->value(i).toString());
                out.append(row.join(QLatin1Char('|')));
            }
        }
        return out;
    }

    void roomByRoomStoresTheSameAsWhole()
    {
        // The sync loop's path (rooms parsed one at a time inside the transaction) against parsing all first.
        auto other = Database::open(m_dir.filePath(QStringLiteral("lazy.sqlite3")));
        QVERIFY(other.ok());
        QVERIFY((*other)->setMeta(QStringLiteral("user_id"), QStringLiteral("@alice:localhost")).ok());
        for (const char *name : {"sync_initial.json", "sync_incremental.json"}) {
            QVERIFY(applyFixture(name).ok());
            auto lazy = parseSyncResponseByRoom(fixture(name));
            QVERIFY(lazy.ok());
            QVERIFY(!lazy->pendingRooms.empty());
            QVERIFY(lazy->rooms.empty());
            auto r = SyncWriter(**other).apply(*lazy);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
        const QStringList whole = dump(*m_db);
        QVERIFY(whole.size() > 10);
        QCOMPARE(dump(**other), whole);
        other->reset();
        QFile::remove(m_dir.filePath(QStringLiteral("lazy.sqlite3")));
    }

    void malformedLaterRoomChangesNothing()
    {
        QVERIFY(applyFixture("sync_initial.json").ok());
        const QStringList before = dump(*m_db);
        // A later room (rooms are stored in ID order) is balanced but not JSON: found only while storing.
        QByteArray body = fixture("sync_incremental.json");
        const qsizetype join = body.indexOf("\"join\": {");
        QVERIFY(join >= 0);
        body.insert(join + 9, "\"!zz:localhost\": {\"timeline\": {\"events\": [tru]}},");
        auto parsed = parseSyncResponseByRoom(body);
        QVERIFY(parsed.ok());
        auto r = SyncWriter(*m_db).apply(*parsed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        QVERIFY2(r.error().message.contains(QLatin1String("not valid JSON")), qPrintable(r.error().message));
        QCOMPARE(m_db->meta(QStringLiteral("next_batch")), QStringLiteral("s72595_4483_1934"));
        QCOMPARE(dump(*m_db), before);
    }

    void failedTransactionRollsBack()
    {
        QVERIFY(applyFixture("sync_initial.json").ok());
        // A write that fails half-way (the table vanished) must leave the token and rows as they were.
        auto parsed = parseSyncResponse(fixture("sync_incremental.json"));
        QVERIFY(parsed.ok());
        QVERIFY(m_db->exec(QStringLiteral("DROP TABLE receipts")).ok());
        SyncResponse withReceipt = *parsed;
        withReceipt.rooms.front().ephemeral.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("m.receipt")},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("$m3"), QJsonObject{{QStringLiteral("m.read"),
                                                    QJsonObject{{QStringLiteral("@bob:localhost"), QJsonObject{}}}}}}}}});
        auto r = SyncWriter(*m_db).apply(withReceipt);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QCOMPARE(m_db->meta(QStringLiteral("next_batch")), QStringLiteral("s72595_4483_1934"));
        QCOMPARE(bodies("!named:localhost").size(), 3);
    }

    void sendQueueLifecycle()
    {
        auto a = enqueueEvent(*m_db, QStringLiteral("!r:x"), QStringLiteral("m.room.message"),
                              {{QStringLiteral("body"), QStringLiteral("one")}});
        auto b = enqueueEvent(*m_db, QStringLiteral("!r:x"), QStringLiteral("m.room.message"),
                              {{QStringLiteral("body"), QStringLiteral("two")}});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->txnId != b->txnId);
        QCOMPARE(queuedEvents(*m_db)->size(), size_t(2));
        QVERIFY(markAttempt(*m_db, a->txnId, QStringLiteral("offline")).ok());
        QVERIFY(markSent(*m_db, a->txnId, QStringLiteral("$sent")).ok());
        QVERIFY(markFailed(*m_db, b->txnId, QStringLiteral("forbidden")).ok());
        QVERIFY(queuedEvents(*m_db)->empty());
        auto echoes = localEchoes(*m_db, QStringLiteral("!r:x"));
        QCOMPARE(echoes->size(), size_t(2));
        QCOMPARE(echoes->at(0).state, QStringLiteral("sent"));
        QCOMPARE(echoes->at(0).attempts, 1);
        QCOMPARE(echoes->at(1).state, QStringLiteral("failed"));
        QVERIFY(requeue(*m_db, b->txnId).ok());
        QCOMPARE(queuedEvents(*m_db)->front().content.value(QLatin1String("body")).toString(), QStringLiteral("two"));
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        const QString path = m_db->path();
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY(!reopened.ok());
        QVERIFY(reopened.error().message.contains(QLatin1String("newer Lattice")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
