// SqlCryptoStore on a temporary database: every method round-trips, saves replace, and the migration
// from a version 2 database adds the crypto tables without losing what was stored.
#include "client/sql_crypto_store.h"
#include "store/presence_store.h"
#include "store/timeline_store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::crypto;

class TestSqlCryptoStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlCryptoStore> m_store;

    static InboundGroupSessionRecord inbound(const QString &sessionId, bool backedUp = false)
    {
        InboundGroupSessionRecord r;
        r.roomId = QStringLiteral("!r:localhost");
        r.senderKey = QStringLiteral("senderCurve");
        r.sessionId = sessionId;
        r.sealedPickle = "sealed-" + sessionId.toLatin1();
        r.senderClaimedEd25519 = QStringLiteral("claimedEd");
        r.forwardingCurve25519KeyChain = {QStringLiteral("fwd1"), QStringLiteral("fwd2")};
        r.firstKnownIndex = 4000000000u; // above INT32_MAX: must survive as unsigned
        r.imported = true;
        r.backedUp = backedUp;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite3")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite3")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        m_store = std::make_unique<SqlCryptoStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void accountAndValues()
    {
        QVERIFY(m_store->account().ok());
        QVERIFY(m_store->account()->isEmpty());
        QVERIFY(m_store->saveAccount("first").ok());
        QVERIFY(m_store->saveAccount("second").ok());
        QCOMPARE(*m_store->account(), QByteArray("second"));

        QVERIFY(m_store->value(QStringLiteral("keys_uploaded"))->isEmpty());
        QVERIFY(m_store->setValue(QStringLiteral("keys_uploaded"), QByteArray("\x00\x01yes", 5)).ok());
        QVERIFY(m_store->setValue(QStringLiteral("other"), "x").ok());
        QCOMPARE(*m_store->value(QStringLiteral("keys_uploaded")), QByteArray("\x00\x01yes", 5));
        QVERIFY(m_store->setValue(QStringLiteral("keys_uploaded"), "no").ok());
        QCOMPARE(*m_store->value(QStringLiteral("keys_uploaded")), QByteArray("no"));
        QCOMPARE(*m_store->value(QStringLiteral("other")), QByteArray("x"));
        // Unsetting with a null value (what the machine does) stores it as empty.
        QVERIFY(m_store->setValue(QStringLiteral("other"), QByteArray()).ok());
        QVERIFY(m_store->value(QStringLiteral("other"))->isEmpty());
    }

    void olmSessions()
    {
        QVERIFY(m_store->saveOlmSession({QStringLiteral("k1"), QStringLiteral("s1"), "p1", 10, 20}).ok());
        QVERIFY(m_store->saveOlmSession({QStringLiteral("k1"), QStringLiteral("s2"), "p2", 11, 30}).ok());
        QVERIFY(m_store->saveOlmSession({QStringLiteral("k2"), QStringLiteral("s3"), "p3", 12, 40}).ok());
        // Replacing by (senderKey, sessionId).
        QVERIFY(m_store->saveOlmSession({QStringLiteral("k1"), QStringLiteral("s1"), "p1b", 10, 50}).ok());
        auto list = m_store->olmSessions(QStringLiteral("k1"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).sessionId, QStringLiteral("s1")); // most recently used first
        QCOMPARE(list->at(0).sealedPickle, QByteArray("p1b"));
        QCOMPARE(list->at(0).createdMs, 10);
        QCOMPARE(list->at(0).lastUsedMs, 50);
        QCOMPARE(list->at(1).senderKey, QStringLiteral("k1"));
        QCOMPARE(list->at(1).sealedPickle, QByteArray("p2"));
        QVERIFY(m_store->olmSessions(QStringLiteral("nobody"))->isEmpty());
    }

    void inboundGroupSessionsAndBackupMarks()
    {
        QVERIFY(!m_store
                     ->inboundGroupSession(QStringLiteral("!r:localhost"), QStringLiteral("senderCurve"),
                                           QStringLiteral("a"))
                     ->has_value());
        QVERIFY(m_store->saveInboundGroupSession(inbound(QStringLiteral("a"))).ok());
        QVERIFY(m_store->saveInboundGroupSession(inbound(QStringLiteral("b"))).ok());
        QVERIFY(m_store->saveInboundGroupSession(inbound(QStringLiteral("c"), true)).ok());
        auto a = m_store->inboundGroupSession(QStringLiteral("!r:localhost"), QStringLiteral("senderCurve"),
                                              QStringLiteral("a"));
        QVERIFY(a.ok() && a->has_value());
        const InboundGroupSessionRecord &r = **a;
        QCOMPARE(r.roomId, QStringLiteral("!r:localhost"));
        QCOMPARE(r.senderKey, QStringLiteral("senderCurve"));
        QCOMPARE(r.sealedPickle, QByteArray("sealed-a"));
        QCOMPARE(r.senderClaimedEd25519, QStringLiteral("claimedEd"));
        QCOMPARE(r.forwardingCurve25519KeyChain,
                 QStringList({QStringLiteral("fwd1"), QStringLiteral("fwd2")}));
        QCOMPARE(r.firstKnownIndex, 4000000000u);
        QVERIFY(r.imported);
        QVERIFY(!r.backedUp);
        // The same key in another room is another session.
        QVERIFY(!m_store
                     ->inboundGroupSession(QStringLiteral("!other:localhost"), QStringLiteral("senderCurve"),
                                           QStringLiteral("a"))
                     ->has_value());

        InboundGroupSessionRecord better = inbound(QStringLiteral("a"));
        better.firstKnownIndex = 0;
        better.imported = false;
        better.forwardingCurve25519KeyChain.clear();
        QVERIFY(m_store->saveInboundGroupSession(better).ok());
        auto replaced = m_store->inboundGroupSession(better.roomId, better.senderKey, better.sessionId);
        QCOMPARE((*replaced)->firstKnownIndex, 0u);
        QVERIFY(!(*replaced)->imported);
        QVERIFY((*replaced)->forwardingCurve25519KeyChain.isEmpty());

        auto due = m_store->inboundGroupSessionsToBackUp(10);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(m_store->inboundGroupSessionsToBackUp(1)->size(), 1);
        QVERIFY(m_store->markInboundGroupSessionsBackedUp({due->first()}).ok());
        auto left = m_store->inboundGroupSessionsToBackUp(10);
        QCOMPARE(left->size(), 1);
        QVERIFY(left->first().sessionId != due->first().sessionId);
        QVERIFY((*m_store->inboundGroupSession(better.roomId, better.senderKey, due->first().sessionId))
                    ->backedUp);
        QVERIFY(m_store->markInboundGroupSessionsBackedUp(*left).ok());
        QVERIFY(m_store->inboundGroupSessionsToBackUp(10)->isEmpty());
        // A new backup version: every session is due again.
        QVERIFY(m_store->resetInboundGroupSessionsBackedUp().ok());
        QCOMPARE(m_store->inboundGroupSessionsToBackUp(10)->size(), 3);
    }

    void outboundGroupSessions()
    {
        const QString room = QStringLiteral("!r:localhost");
        QVERIFY(!m_store->outboundGroupSession(room)->has_value());
        OutboundGroupSessionRecord s;
        s.roomId = room;
        s.sessionId = QStringLiteral("out1");
        s.sealedPickle = "sealed";
        s.createdMs = 1234;
        s.messageCount = 7;
        s.sharedWith[QStringLiteral("@a:localhost")] = {QStringLiteral("D1"), QStringLiteral("D2")};
        s.sharedWith[QStringLiteral("@b:localhost")] = {QStringLiteral("D3")};
        QVERIFY(m_store->saveOutboundGroupSession(s).ok());
        auto back = m_store->outboundGroupSession(room);
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->sessionId, QStringLiteral("out1"));
        QCOMPARE((*back)->sealedPickle, QByteArray("sealed"));
        QCOMPARE((*back)->createdMs, 1234);
        QCOMPARE((*back)->messageCount, 7);
        QCOMPARE((*back)->sharedWith, s.sharedWith);

        s.sessionId = QStringLiteral("out2"); // one per room: a rotation replaces it
        s.sharedWith.clear();
        QVERIFY(m_store->saveOutboundGroupSession(s).ok());
        QCOMPARE((*m_store->outboundGroupSession(room))->sessionId, QStringLiteral("out2"));
        QVERIFY((*m_store->outboundGroupSession(room))->sharedWith.isEmpty());
        QVERIFY(m_store->removeOutboundGroupSession(room).ok());
        QVERIFY(!m_store->outboundGroupSession(room)->has_value());
    }

    void devicesWithTrustAndDeletion()
    {
        DeviceRecord d;
        d.userId = QStringLiteral("@a:localhost");
        d.deviceId = QStringLiteral("DEV1");
        d.curve25519 = QStringLiteral("curve");
        d.ed25519 = QStringLiteral("ed");
        d.displayName = QStringLiteral("Phone");
        d.algorithms = {QStringLiteral("m.olm.v1.curve25519-aes-sha2"),
                        QStringLiteral("m.megolm.v1.aes-sha2")};
        d.deviceKeys = QJsonObject{{QStringLiteral("device_id"), QStringLiteral("DEV1")},
                                   {QStringLiteral("signatures"), QJsonObject{}}};
        d.localTrust = DeviceRecord::LocalTrust::Verified;
        d.firstSeenMs = 99;
        QVERIFY(m_store->saveDevice(d).ok());
        DeviceRecord blocked = d;
        blocked.deviceId = QStringLiteral("DEV2");
        blocked.localTrust = DeviceRecord::LocalTrust::Blocked;
        blocked.deleted = true;
        QVERIFY(m_store->saveDevice(blocked).ok());
        DeviceRecord other = d;
        other.userId = QStringLiteral("@b:localhost");
        other.localTrust = DeviceRecord::LocalTrust::Unset;
        QVERIFY(m_store->saveDevice(other).ok());

        auto list = m_store->devices(QStringLiteral("@a:localhost"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        const DeviceRecord &one = list->at(0);
        QCOMPARE(one.deviceId, QStringLiteral("DEV1"));
        QCOMPARE(one.curve25519, QStringLiteral("curve"));
        QCOMPARE(one.ed25519, QStringLiteral("ed"));
        QCOMPARE(one.displayName, QStringLiteral("Phone"));
        QCOMPARE(one.algorithms, d.algorithms);
        QCOMPARE(one.deviceKeys, d.deviceKeys);
        QCOMPARE(one.localTrust, DeviceRecord::LocalTrust::Verified);
        QVERIFY(!one.deleted);
        QCOMPARE(one.firstSeenMs, 99);
        QCOMPARE(list->at(1).localTrust, DeviceRecord::LocalTrust::Blocked);
        QVERIFY(list->at(1).deleted); // deleted devices are still listed
        QCOMPARE(m_store->devices(QStringLiteral("@b:localhost"))->at(0).localTrust,
                 DeviceRecord::LocalTrust::Unset);

        d.displayName = QStringLiteral("Renamed");
        d.localTrust = DeviceRecord::LocalTrust::Unset;
        QVERIFY(m_store->saveDevice(d).ok());
        list = m_store->devices(QStringLiteral("@a:localhost"));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).displayName, QStringLiteral("Renamed"));
        QCOMPARE(list->at(0).localTrust, DeviceRecord::LocalTrust::Unset);
    }

    void trackedUsers()
    {
        QVERIFY(m_store->trackedUsers()->isEmpty());
        QVERIFY(m_store->setTrackedUser(QStringLiteral("@a:localhost"), true).ok());
        QVERIFY(m_store->setTrackedUser(QStringLiteral("@b:localhost"), false).ok());
        QVERIFY(m_store->setTrackedUser(QStringLiteral("@a:localhost"), false).ok());
        auto users = m_store->trackedUsers();
        QVERIFY(users.ok());
        QCOMPARE(*users, (QHash<QString, bool>{{QStringLiteral("@a:localhost"), false},
                                               {QStringLiteral("@b:localhost"), false}}));
        QVERIFY(m_store->setTrackedUser(QStringLiteral("@b:localhost"), true).ok());
        QVERIFY(m_store->removeTrackedUser(QStringLiteral("@a:localhost")).ok());
        QCOMPARE(*m_store->trackedUsers(), (QHash<QString, bool>{{QStringLiteral("@b:localhost"), true}}));
    }

    void replayIndexUses()
    {
        const QString key = QStringLiteral("k"), session = QStringLiteral("s");
        QVERIFY(!m_store->megolmIndexUse(key, session, 3)->has_value());
        QVERIFY(m_store->recordMegolmIndexUse(key, session, 3, QStringLiteral("$first")).ok());
        QVERIFY(
            m_store->recordMegolmIndexUse(key, session, 3, QStringLiteral("$first")).ok()); // re-decryption
        // A second event at the same index does not overwrite the first: it is the replay to catch.
        QVERIFY(m_store->recordMegolmIndexUse(key, session, 3, QStringLiteral("$replay")).ok());
        QCOMPARE(**m_store->megolmIndexUse(key, session, 3), QStringLiteral("$first"));
        QVERIFY(!m_store->megolmIndexUse(key, session, 4)->has_value());
        QVERIFY(!m_store->megolmIndexUse(key, QStringLiteral("other"), 3)->has_value());
        QVERIFY(m_store->recordMegolmIndexUse(key, session, 4294967295u, QStringLiteral("$max")).ok());
        QCOMPARE(**m_store->megolmIndexUse(key, session, 4294967295u), QStringLiteral("$max"));
    }

    void withheldNotices()
    {
        const QString room = QStringLiteral("!r:localhost");
        QVERIFY(!m_store->withheld(room, QStringLiteral("k"), QStringLiteral("s"))->has_value());
        QVERIFY(m_store
                    ->saveWithheld({room, QStringLiteral("k"), QStringLiteral("s"),
                                    QStringLiteral("m.unverified"), QStringLiteral("You are not verified")})
                    .ok());
        auto w = m_store->withheld(room, QStringLiteral("k"), QStringLiteral("s"));
        QVERIFY(w.ok() && w->has_value());
        QCOMPARE((*w)->code, QStringLiteral("m.unverified"));
        QCOMPARE((*w)->reason, QStringLiteral("You are not verified"));
        QCOMPARE((*w)->roomId, room);
        QVERIFY(m_store
                    ->saveWithheld({room, QStringLiteral("k"), QStringLiteral("s"),
                                    QStringLiteral("m.blacklisted"), QString()})
                    .ok());
        QCOMPARE((*m_store->withheld(room, QStringLiteral("k"), QStringLiteral("s")))->code,
                 QStringLiteral("m.blacklisted"));
        QVERIFY((*m_store->withheld(room, QStringLiteral("k"), QStringLiteral("s")))->reason.isEmpty());
    }

    void transactionsAreTheCallers()
    {
        QVERIFY(m_db->begin().ok());
        QVERIFY(m_store->saveAccount("rolled back").ok());
        QVERIFY(m_store->setTrackedUser(QStringLiteral("@a:localhost"), true).ok());
        m_db->rollback();
        QVERIFY(m_store->account()->isEmpty());
        QVERIFY(m_store->trackedUsers()->isEmpty());
    }

    void forgettingTheDeviceKeepsInboundSessions()
    {
        QVERIFY(m_store->saveAccount("acct").ok());
        QVERIFY(m_store->setValue(QStringLiteral("v"), "1").ok());
        QVERIFY(m_store->saveOlmSession({QStringLiteral("k1"), QStringLiteral("s1"), "p1", 1, 2}).ok());
        QVERIFY(m_store->saveInboundGroupSession(inbound(QStringLiteral("a"))).ok());
        QVERIFY(forgetCryptoDevice(*m_db).ok());
        QVERIFY(m_store->account()->isEmpty());
        QVERIFY(m_store->value(QStringLiteral("v"))->isEmpty());
        QVERIFY(m_store->olmSessions(QStringLiteral("k1"))->isEmpty());
        QVERIFY(m_store
                    ->inboundGroupSession(QStringLiteral("!r:localhost"), QStringLiteral("senderCurve"),
                                          QStringLiteral("a"))
                    ->has_value());
    }

    void migrationFromVersion2KeepsData()
    {
        // Turn the fresh database back into a version 2 one: no crypto tables, user_version 2.
        for (const char *table :
             {"crypto_account", "crypto_values", "crypto_olm_sessions", "crypto_inbound_group_sessions",
              "crypto_outbound_group_sessions", "crypto_devices", "crypto_tracked_users",
              "crypto_megolm_index_uses", "crypto_withheld", "decrypted_events", "decryption_failures"})
            QVERIFY(m_db->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))).ok());
        QVERIFY(m_db->exec(QStringLiteral("DROP INDEX events_by_type")).ok());
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA user_version = 2")).ok());
        QVERIFY(m_db->setMeta(QStringLiteral("user_id"), QStringLiteral("@me:localhost")).ok());
        QVERIFY(m_db->exec(QStringLiteral(
                               "INSERT INTO events(room_id, idx, event_id, sender, type, origin_server_ts, "
                               "json) VALUES('!r:localhost', 1, '$e', '@me:localhost', 'm.room.message', "
                               "5, '{\"event_id\":\"$e\"}')"))
                    .ok());
        QVERIFY(
            storePresence(*m_db, QJsonArray{QJsonObject{
                                     {QStringLiteral("type"), QStringLiteral("m.presence")},
                                     {QStringLiteral("sender"), QStringLiteral("@me:localhost")},
                                     {QStringLiteral("content"),
                                      QJsonObject{{QStringLiteral("presence"), QStringLiteral("online")}}}}})
                .ok());
        const QString path = m_db->path();
        m_store.reset();
        m_db.reset();

        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        m_db = std::move(*reopened);
        auto version = m_db->exec(QStringLiteral("PRAGMA user_version"));
        QVERIFY(version.ok() && version->next());
        QCOMPARE(version->value(0).toInt(), 3);
        QCOMPARE(schemaVersion(), 3);
        QCOMPARE(m_db->meta(QStringLiteral("user_id")), QStringLiteral("@me:localhost"));
        auto events = latestEvents(*m_db, QStringLiteral("!r:localhost"), 10);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), size_t(1));
        QCOMPARE(events->front().json.value(QLatin1String("event_id")).toString(), QStringLiteral("$e"));
        auto presence =
            m_db->exec(QStringLiteral("SELECT presence FROM presence WHERE user_id = '@me:localhost'"));
        QVERIFY(presence.ok() && presence->next());
        QCOMPARE(presence->value(0).toString(), QStringLiteral("online"));

        m_store = std::make_unique<SqlCryptoStore>(*m_db);
        QVERIFY(m_store->saveAccount("after migration").ok());
        QCOMPARE(*m_store->account(), QByteArray("after migration"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCryptoStore)
#include "tst_sql_crypto_store.moc"
