// The notifier's decisions on recorded sync batches: a real store written by SyncWriter from the
// recorded initial sync, then a recorded incremental batch with messages, notices, mentions, edits,
// reactions and the user's own message; push rules from account data change the outcome.
#include "fixtures.h"
#include "notification_policy.h"
#include "protocol/sync_response.h"
#include "store/decrypted_events.h"
#include "store/notification_queries.h"
#include "store/room_queries.h"
#include "store/sync_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using lattice::desktop::Notification;
using lattice::desktop::notificationsFor;

namespace {
const QString kAlice = QStringLiteral("@alice:localhost");
const QString kNamed = QStringLiteral("!named:localhost");
const QString kCrowd = QStringLiteral("!crowd:localhost");
} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    ChangeSet applyBody(const QByteArray &body)
    {
        auto sync = parseSyncResponse(body);
        if (!sync)
            qFatal("recorded sync does not parse: %s", qPrintable(sync.error().message));
        auto changes = SyncWriter(*m_db).apply(*sync);
        if (!changes)
            qFatal("SyncWriter failed: %s", qPrintable(changes.error().message));
        return *changes;
    }
    ChangeSet applyFixture(const char *name) { return applyBody(test::fixture(name)); }

    void setPushRules(const char *rulesJson)
    {
        const QJsonObject pushRules{{QStringLiteral("type"), QStringLiteral("m.push_rules")},
                                    {QStringLiteral("content"), QJsonDocument::fromJson(rulesJson).object()}};
        const QJsonObject sync{
            {QStringLiteral("next_batch"), QStringLiteral("rules%1").arg(++m_batch)},
            {QStringLiteral("account_data"), QJsonObject{{QStringLiteral("events"), QJsonArray{pushRules}}}}};
        applyBody(QJsonDocument(sync).toJson());
    }

    std::vector<Notification> decide(const ChangeSet &changes, const QString &quietRoom = QString())
    {
        auto result = notificationsFor(changes, *m_db, kAlice, quietRoom);
        if (!result)
            qFatal("notificationsFor failed: %s", qPrintable(result.error().message));
        return *result;
    }

    int m_batch = 0;

    static const Notification &find(const std::vector<Notification> &all, const QString &roomId)
    {
        for (const Notification &n : all) {
            if (n.roomId == roomId)
                return n;
        }
        qFatal("no notification for %s", qPrintable(roomId));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset(); // a fresh database per test
        auto db = Database::open(m_dir.filePath(QStringLiteral("n%1.sqlite3").arg(++m_batch)));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        QVERIFY(m_db->setMeta(QStringLiteral("user_id"), kAlice).ok());
    }

    void initialSyncIsQuiet()
    {
        const ChangeSet changes = applyFixture("sync_initial.json");
        QVERIFY(changes.initial);
        QVERIFY(!changes.appended.empty()); // it has messages from Bob, yet nothing notifies
        QVERIFY(decide(changes).empty());
    }

    void recordedBatch()
    {
        applyFixture("sync_initial.json");
        const ChangeSet changes = applyFixture("sync_notifications.json");
        QVERIFY(!changes.initial);
        const auto notifications = decide(changes);
        QCOMPARE(notifications.size(), size_t(2)); // !dm had only Alice's own message

        const Notification &named = find(notifications, kNamed);
        QCOMPARE(named.roomId, kNamed);
        QCOMPARE(named.eventId, QStringLiteral("$n1")); // the reaction after it does not notify
        QCOMPARE(named.roomName, QStringLiteral("Lattice devs"));
        QCOMPARE(named.senderName, QStringLiteral("Bob"));
        QCOMPARE(named.text, QStringLiteral("Bob: are you <b>there</b>?")); // plain text, escaped when shown
        QCOMPARE(named.sound, QStringLiteral("default")); // two members: .m.rule.room_one_to_one
        QVERIFY(!named.highlight);
        QCOMPARE(named.count, 1);

        const Notification &crowd = find(notifications, kCrowd);
        QCOMPARE(crowd.roomId, kCrowd);
        // The notice, the edit and the topic change do not notify; the mention is the newest that does.
        QCOMPARE(crowd.eventId, QStringLiteral("$c3"));
        QCOMPARE(crowd.count, 2);
        QVERIFY(crowd.highlight);
        QCOMPARE(crowd.sound, QStringLiteral("default"));
        QCOMPARE(crowd.senderName, QStringLiteral("@bob:localhost")); // no member event for Bob there
        QCOMPARE(crowd.text, QStringLiteral("@bob:localhost: Alice, you too?"));
        auto room = findRoom(*m_db, kCrowd);
        QVERIFY(room.ok() && room->has_value());
        QCOMPARE(crowd.roomName, (*room)->displayName);

        // The unread total for the tray: the server's counts of joined rooms (5 + 2, and 1 for !dm from
        // the initial sync) + 1 invite.
        auto total = totalUnreadCount(*m_db);
        QVERIFY(total.ok());
        QCOMPARE(*total, 9);
    }

    void openRoomInFocusIsQuiet()
    {
        applyFixture("sync_initial.json");
        const auto notifications = decide(applyFixture("sync_notifications.json"), kNamed);
        QCOMPARE(notifications.size(), size_t(1));
        QCOMPARE(notifications[0].roomId, kCrowd);
    }

    void accountRulesDecide()
    {
        applyFixture("sync_initial.json");
        // Mute !crowd with a room rule, and make Bob's messages loud with a sender rule.
        setPushRules(R"({"global": {
            "room": [{"rule_id": "!crowd:localhost", "actions": [], "enabled": true}],
            "sender": [{"rule_id": "@bob:localhost", "enabled": true,
                        "actions": ["notify", {"set_tweak": "sound", "value": "bell"}, {"set_tweak": "highlight"}]}]}})");
        const auto notifications = decide(applyFixture("sync_notifications.json"));
        QCOMPARE(notifications.size(), size_t(2));
        const Notification &named = find(notifications, kNamed);
        QCOMPARE(named.sound, QStringLiteral("bell"));
        QVERIFY(named.highlight);
        // In the muted room only the mention still notifies: override rules come before room rules.
        const Notification &crowd = find(notifications, kCrowd);
        QCOMPARE(crowd.eventId, QStringLiteral("$c3"));
        QCOMPARE(crowd.count, 1);
        QCOMPARE(crowd.sound, QStringLiteral("default"));
    }

    void masterRuleSilencesAll()
    {
        applyFixture("sync_initial.json");
        setPushRules(R"({"global": {"override": [{"rule_id": ".m.rule.master", "default": true,
            "enabled": true, "conditions": [], "actions": []}]}})");
        QVERIFY(decide(applyFixture("sync_notifications.json")).empty());
    }

    // A new invitation notifies once (".m.rule.invite_for_me"), naming the inviter; a rule can turn it off.
    void invitesNotify()
    {
        applyFixture("sync_initial.json");
        const char *invite = R"({"next_batch": "inv1", "rooms": {"invite": {"!inv:localhost": {"invite_state":
            {"events": [
              {"type": "m.room.name", "state_key": "", "sender": "@bob:localhost", "content": {"name": "Secret plans"}},
              {"type": "m.room.member", "state_key": "@bob:localhost", "sender": "@bob:localhost",
               "content": {"membership": "join", "displayname": "Bob"}},
              {"type": "m.room.member", "state_key": "@alice:localhost", "sender": "@bob:localhost",
               "content": {"membership": "invite"}}]}}}}})";
        const auto notifications = decide(applyBody(invite));
        QCOMPARE(notifications.size(), size_t(1));
        const Notification &n = notifications.front();
        QVERIFY(n.invite);
        QCOMPARE(n.roomId, QStringLiteral("!inv:localhost"));
        QCOMPARE(n.roomName, QStringLiteral("Secret plans"));
        QVERIFY2(n.text.contains(QStringLiteral("invited you")), qPrintable(n.text));
        QVERIFY2(n.text.contains(QStringLiteral("Bob")) || n.text.contains(QStringLiteral("@bob:localhost")),
                 qPrintable(n.text));

        // A later batch that does not touch the invite says nothing more.
        const char *quiet = R"({"next_batch": "inv2"})";
        QVERIFY(decide(applyBody(quiet)).empty());
    }

    void inviteRuleDisabledIsQuiet()
    {
        applyFixture("sync_initial.json");
        setPushRules(R"({"global": {"override": [{"rule_id": ".m.rule.invite_for_me", "default": true,
            "enabled": false, "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.member"}],
            "actions": ["notify"]}]}})");
        const char *invite = R"({"next_batch": "inv3", "rooms": {"invite": {"!inv2:localhost": {"invite_state":
            {"events": [{"type": "m.room.member", "state_key": "@alice:localhost", "sender": "@bob:localhost",
               "content": {"membership": "invite"}}]}}}}})";
        QVERIFY(decide(applyBody(invite)).empty());
    }

    // An encrypted event that this batch's write decrypted is judged and previewed as its clear event
    // (a mention inside it highlights); one without its key shows that it is encrypted.
    void encryptedEventsShowTheirClearText()
    {
        applyFixture("sync_initial.json");
        const char *batch = R"({"next_batch": "enc1", "rooms": {"join": {"!crowd:localhost": {"timeline": {"events": [
            {"type": "m.room.encrypted", "event_id": "$e1", "sender": "@bob:localhost", "origin_server_ts": 1700000000000,
             "content": {"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgA", "session_id": "s1",
                         "sender_key": "k1", "device_id": "BOBDEVICE"}}]}}}}})";
        const ChangeSet changes = applyBody(batch);
        DecryptedEventRow row;
        row.eventId = QStringLiteral("$e1");
        row.roomId = kCrowd;
        row.clearEvent = QJsonDocument::fromJson(R"({"type": "m.room.message", "event_id": "$e1",
            "sender": "@bob:localhost", "content": {"msgtype": "m.text", "body": "Alice, the keys are under the mat",
                         "m.mentions": {"user_ids": ["@alice:localhost"]}}})")
                             .object();
        row.sessionId = QStringLiteral("s1");
        row.senderKey = QStringLiteral("k1");
        QVERIFY(storeDecryptedEvent(*m_db, row).ok());
        auto notifications = decide(changes);
        QCOMPARE(notifications.size(), size_t(1));
        QCOMPARE(notifications[0].text, QStringLiteral("@bob:localhost: Alice, the keys are under the mat"));
        QVERIFY(notifications[0].highlight); // .m.rule.is_user_mention saw the clear content

        const char *locked = R"({"next_batch": "enc2", "rooms": {"join": {"!crowd:localhost": {"timeline": {"events": [
            {"type": "m.room.encrypted", "event_id": "$e2", "sender": "@bob:localhost", "origin_server_ts": 1700000001000,
             "content": {"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgB", "session_id": "s2",
                         "sender_key": "k1", "device_id": "BOBDEVICE"}}]}}}}})";
        notifications = decide(applyBody(locked));
        QCOMPARE(notifications.size(), size_t(1));
        QCOMPARE(notifications[0].text, QStringLiteral("@bob:localhost: Encrypted message"));
        QVERIFY(!notifications[0].highlight);
    }

    void malformedRulesFallBackToDefaults()
    {
        applyFixture("sync_initial.json");
        setPushRules(R"({"global": "not an object"})");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignoring the stored push rules")));
        QCOMPARE(decide(applyFixture("sync_notifications.json")).size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "test_notifier.moc"
