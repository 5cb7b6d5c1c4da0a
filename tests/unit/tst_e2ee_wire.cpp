// The E2EE wiring of lib/client without a server: the key endpoints and the mapping of the machine's
// requests onto them, room encryption settings, the tracked users taken from the store, and one sync
// batch through applySyncToMachine with two real machines (one over an in-memory store, one over the
// account's SQLite database): the to-device inbox is consumed, the room key arrives, the batch's
// encrypted event is stored in clear, and a member's leave makes the next message use a new session.
#include "client/crypto_requests.h"
#include "client/e2ee_sync.h"
#include "client/room_encryptor.h"
#include "client/sql_crypto_store.h"
#include "crypto/memory_crypto_store.h"
#include "net/client_api.h"
#include "store/decrypted_events.h"
#include "store/timeline_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;

namespace {

const QString kRoom = QStringLiteral("!room:localhost");
const QString kAlice = QStringLiteral("@alice:localhost");
const QString kBob = QStringLiteral("@bob:localhost");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject memberEvent(const QString &user, const QString &membership)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.member")},
            {QStringLiteral("state_key"), user},
            {QStringLiteral("sender"), user},
            {QStringLiteral("event_id"), QStringLiteral("$member-%1-%2").arg(user.mid(1, 3), membership)},
            {QStringLiteral("origin_server_ts"), 1},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("membership"), membership}}}};
}

// The one request of `kind` among the machine's due requests (and fails the test without one).
std::optional<crypto::OutgoingRequest> dueRequest(crypto::OlmMachine &m, crypto::OutgoingRequest::Kind kind)
{
    auto due = m.outgoingRequests();
    if (!due)
        return std::nullopt;
    for (const crypto::OutgoingRequest &r : *due)
        if (r.kind == kind)
            return r;
    return std::nullopt;
}

} // namespace

class TestE2eeWire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Uploads `m`'s keys (answering as a server would) and returns the upload body.
    static QJsonObject upload(crypto::OlmMachine &m)
    {
        auto req = dueRequest(m, crypto::OutgoingRequest::Kind::KeysUpload);
        if (!req)
            qFatal("no keys upload was due");
        const int count = req->body.value(QLatin1String("one_time_keys")).toObject().size();
        if (!m.markRequestAsSent(*req, {{QStringLiteral("one_time_key_counts"),
                                         QJsonObject{{QStringLiteral("signed_curve25519"), count}}}}))
            qFatal("marking the upload failed");
        return req->body;
    }

    // Answers `m`'s due /keys/query with the uploaded device keys in `uploads` (user -> upload body).
    static void answerQuery(crypto::OlmMachine &m, const QHash<QString, QJsonObject> &uploads)
    {
        auto req = dueRequest(m, crypto::OutgoingRequest::Kind::KeysQuery);
        if (!req)
            qFatal("no keys query was due");
        QJsonObject deviceKeys;
        const QJsonObject asked = req->body.value(QLatin1String("device_keys")).toObject();
        for (auto it = asked.begin(); it != asked.end(); ++it) {
            const QJsonObject keys = uploads.value(it.key()).value(QLatin1String("device_keys")).toObject();
            QJsonObject devices;
            if (!keys.isEmpty())
                devices.insert(keys.value(QLatin1String("device_id")).toString(), keys);
            deviceKeys.insert(it.key(), devices);
        }
        if (!m.markRequestAsSent(*req, {{QStringLiteral("device_keys"), deviceKeys},
                                        {QStringLiteral("failures"), QJsonObject{}}}))
            qFatal("marking the query failed");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void endpoints()
    {
        const QJsonObject body{{QStringLiteral("device_keys"), QJsonObject{}}};
        const HttpRequest up = api::keysUpload(body);
        QCOMPARE(up.method, QByteArray("POST"));
        QCOMPARE(up.path, QStringLiteral("/_matrix/client/v3/keys/upload"));
        QCOMPARE(QJsonDocument::fromJson(up.body).object(), body);
        QVERIFY(up.maxAttempts > 1);
        QCOMPARE(api::keysQuery(body).path, QStringLiteral("/_matrix/client/v3/keys/query"));
        QCOMPARE(api::keysClaim(body).path, QStringLiteral("/_matrix/client/v3/keys/claim"));

        const HttpRequest toDevice =
            api::sendToDevice(QStringLiteral("m.room.encrypted"), QStringLiteral("t/1"), body);
        QCOMPARE(toDevice.method, QByteArray("PUT"));
        // Path segments are escaped: a transaction ID never breaks out of its segment.
        QCOMPARE(toDevice.path, QStringLiteral("/_matrix/client/v3/sendToDevice/m.room.encrypted/t%2F1"));
        QVERIFY(toDevice.maxAttempts > 1);

        const HttpRequest members = api::roomMembers(kRoom);
        QCOMPARE(members.method, QByteArray("GET"));
        QCOMPARE(members.path, QStringLiteral("/_matrix/client/v3/rooms/%21room%3Alocalhost/members"));
        QCOMPARE(members.query.queryItemValue(QStringLiteral("not_membership")), QStringLiteral("leave"));

        const HttpRequest state = api::roomState(kRoom, QStringLiteral("m.room.encryption"), QString());
        QCOMPARE(state.path,
                 QStringLiteral("/_matrix/client/v3/rooms/%21room%3Alocalhost/state/m.room.encryption/"));
    }

    void requestMapping()
    {
        crypto::OutgoingRequest r;
        r.body = {{QStringLiteral("messages"), QJsonObject{}}};
        r.kind = crypto::OutgoingRequest::Kind::KeysQuery;
        QCOMPARE(httpRequestFor(r).path, QStringLiteral("/_matrix/client/v3/keys/query"));
        r.kind = crypto::OutgoingRequest::Kind::KeysClaim;
        QCOMPARE(httpRequestFor(r).path, QStringLiteral("/_matrix/client/v3/keys/claim"));
        r.kind = crypto::OutgoingRequest::Kind::KeysUpload;
        QCOMPARE(httpRequestFor(r).path, QStringLiteral("/_matrix/client/v3/keys/upload"));
        r.kind = crypto::OutgoingRequest::Kind::ToDevice;
        r.eventType = QStringLiteral("m.room.encrypted");
        r.txnId = QStringLiteral("txn1");
        const HttpRequest h = httpRequestFor(r);
        QCOMPARE(h.method, QByteArray("PUT"));
        QCOMPARE(h.path, QStringLiteral("/_matrix/client/v3/sendToDevice/m.room.encrypted/txn1"));
        QCOMPARE(QJsonDocument::fromJson(h.body).object(), r.body);
    }

    void settings()
    {
        auto defaults =
            encryptionSettings({{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")}});
        QVERIFY(defaults);
        QCOMPARE(defaults->rotationPeriodMs, qint64(604800000));
        QCOMPARE(defaults->rotationPeriodMsgs, 100);

        auto custom =
            encryptionSettings({{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
                                {QStringLiteral("rotation_period_ms"), 3600000},
                                {QStringLiteral("rotation_period_msgs"), 10}});
        QVERIFY(custom);
        QCOMPARE(custom->rotationPeriodMs, qint64(3600000));
        QCOMPARE(custom->rotationPeriodMsgs, 10);

        // An algorithm we lack is an error, never a reason to send in clear.
        auto unknown = encryptionSettings(
            {{QStringLiteral("algorithm"), QStringLiteral("m.olm.v1.curve25519-aes-sha2")}});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("m.olm.v1.curve25519-aes-sha2")));
        QVERIFY(!encryptionSettings({}));
    }

    void syncBatchThroughTheMachine()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("bob.sqlite3")));
        QVERIFY(opened);
        Database &db = **opened;
        // Bob's store: an encrypted room with alice and bob, and an unencrypted one with carol.
        QVERIFY(
            db.write(QStringLiteral("INSERT INTO rooms(room_id, membership, encrypted) VALUES(?, 'join', 1)"),
                     {kRoom}));
        QVERIFY(db.write(QStringLiteral(
            "INSERT INTO rooms(room_id, membership, encrypted) VALUES('!plain:localhost', 'join', 0)")));
        for (const auto &[room, user] :
             {std::pair{kRoom, kAlice}, std::pair{kRoom, kBob},
              std::pair{QStringLiteral("!plain:localhost"), QStringLiteral("@carol:localhost")}})
            QVERIFY(db.write(QStringLiteral("INSERT INTO state(room_id, type, state_key, event_id, json) "
                                            "VALUES(?, 'm.room.member', ?, ?, ?)"),
                             {room, user,
                              memberEvent(user, QStringLiteral("join")).value(QLatin1String("event_id")),
                              json(memberEvent(user, QStringLiteral("join")))}));

        // Only members of encrypted rooms (and ourselves) are tracked; fetched members are added.
        auto tracked = RoomEncryptor::trackedUsers(db, kBob, {QStringLiteral("@dave:localhost")});
        QVERIFY(tracked);
        QCOMPARE(*tracked, (QStringList{kAlice, kBob, QStringLiteral("@dave:localhost")}));

        const crypto::PickleKey key = crypto::PickleKey::generate();
        crypto::MemoryCryptoStore aliceStore;
        auto alice = crypto::OlmMachine::open(kAlice, QStringLiteral("ALICEDEV"), key, aliceStore);
        QVERIFY(alice);
        SqlCryptoStore bobStore(db);
        auto bob = crypto::OlmMachine::open(kBob, QStringLiteral("BOBDEV"), key, bobStore);
        QVERIFY(bob);
        const QHash<QString, QJsonObject> uploads{{kAlice, upload(**alice)}, {kBob, upload(**bob)}};

        // Alice learns bob's device, claims one of his one-time keys and shares a room key.
        QVERIFY((*alice)->updateTrackedUsers({kAlice, kBob}));
        answerQuery(**alice, uploads);
        auto claim = (*alice)->missingSessions({kBob});
        QVERIFY(claim && claim->has_value());
        const QJsonObject otks = uploads.value(kBob).value(QLatin1String("one_time_keys")).toObject();
        QVERIFY(!otks.isEmpty());
        const QJsonObject claimed{
            {QStringLiteral("one_time_keys"),
             QJsonObject{{kBob, QJsonObject{{QStringLiteral("BOBDEV"),
                                             QJsonObject{{otks.begin().key(), otks.begin().value()}}}}}}},
            {QStringLiteral("failures"), QJsonObject{}}};
        QVERIFY((*alice)->markRequestAsSent(**claim, claimed));
        auto shares = (*alice)->shareRoomKey(kRoom, {kAlice, kBob}, {});
        QVERIFY(shares);
        QCOMPARE(shares->size(), size_t(1));
        const crypto::OutgoingRequest share = shares->front();
        const QJsonObject toBob = share.body.value(QLatin1String("messages"))
                                      .toObject()
                                      .value(kBob)
                                      .toObject()
                                      .value(QLatin1String("BOBDEV"))
                                      .toObject();
        QVERIFY(!toBob.isEmpty());
        auto encrypted = (*alice)->encryptRoomEvent(kRoom, QStringLiteral("m.room.message"),
                                                    {{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                     {QStringLiteral("body"), QStringLiteral("hi bob")}});
        QVERIFY(encrypted);

        // Bob already follows alice's devices (they share the encrypted room).
        QVERIFY((*bob)->updateTrackedUsers({kAlice, kBob}));
        answerQuery(**bob, uploads);

        // Bob's batch: the to-device message waits in the inbox as the sync writer stored it.
        QVERIFY(db.write(QStringLiteral("INSERT INTO to_device_inbox(json) VALUES(?)"),
                         {json({{QStringLiteral("type"), share.eventType},
                                {QStringLiteral("sender"), kAlice},
                                {QStringLiteral("content"), toBob}})}));
        const QJsonObject roomEvent{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                                    {QStringLiteral("event_id"), QStringLiteral("$enc1")},
                                    {QStringLiteral("sender"), kAlice},
                                    {QStringLiteral("room_id"), kRoom},
                                    {QStringLiteral("origin_server_ts"), 1000},
                                    {QStringLiteral("content"), *encrypted}};
        QVERIFY(db.write(
            QStringLiteral("INSERT INTO events(room_id, idx, event_id, sender, type, origin_server_ts, json) "
                           "VALUES(?, 1, '$enc1', ?, 'm.room.encrypted', 1000, ?)"),
            {kRoom, kAlice, json(roomEvent)}));
        ChangeSet changes;
        changes.appended.push_back({kRoom, QJsonArray{roomEvent}});
        changes.oneTimeKeyCounts.insert(QStringLiteral("signed_curve25519"), 50);

        QVERIFY(db.begin());
        auto first = applySyncToMachine(**bob, db, changes, kBob, {});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().describe()));
        QVERIFY(db.commit());
        auto inbox = db.exec(QStringLiteral("SELECT COUNT(*) FROM to_device_inbox"));
        QVERIFY(inbox && inbox->next());
        QCOMPARE(inbox->value(0).toInt(), 0); // consumed in the same transaction
        inbox->finish();

        QCOMPARE(first->eventIds, QStringList{QStringLiteral("$enc1")});
        QCOMPARE(first->rooms, QStringList{kRoom});
        QCOMPARE(first->failures, 0);
        auto page = latestEvents(db, kRoom, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), size_t(1));
        const QJsonObject clear = page->front().json;
        QCOMPARE(clear.value(QLatin1String("type")).toString(), QStringLiteral("m.room.message"));
        QCOMPARE(clear.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("hi bob"));
        QCOMPARE(clear.value(QLatin1String("event_id")).toString(), QStringLiteral("$enc1"));

        // Bob sends in the room, then alice leaves: the next message needs a new session.
        auto sessionOf = [&](crypto::OlmMachine &m) -> QString {
            if (!m.shareRoomKey(kRoom, {kBob}, {}))
                return {};
            auto c = m.encryptRoomEvent(kRoom, QStringLiteral("m.room.message"),
                                        {{QStringLiteral("body"), QStringLiteral("x")}});
            return c ? c->value(QLatin1String("session_id")).toString() : QString();
        };
        const QString before = sessionOf(**bob);
        QVERIFY(!before.isEmpty());
        QCOMPARE(sessionOf(**bob), before);
        ChangeSet leave;
        leave.appended.push_back({kRoom, QJsonArray{memberEvent(kAlice, QStringLiteral("leave"))}});
        QVERIFY(db.begin());
        auto second = applySyncToMachine(**bob, db, leave, kBob, {});
        QVERIFY(second);
        QVERIFY(db.commit());
        QCOMPARE(second->leftRooms, QStringList{kRoom});
        const QString after = sessionOf(**bob);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);

        // Our own leave event is no reason to rotate; a leave in an unencrypted room neither.
        ChangeSet own;
        own.appended.push_back({kRoom, QJsonArray{memberEvent(kBob, QStringLiteral("leave"))}});
        own.appended.push_back(
            {QStringLiteral("!plain:localhost"),
             QJsonArray{memberEvent(QStringLiteral("@carol:localhost"), QStringLiteral("leave"))}});
        QVERIFY(db.begin());
        auto third = applySyncToMachine(**bob, db, own, kBob, {});
        QVERIFY(third);
        QVERIFY(db.commit());
        QVERIFY(third->leftRooms.isEmpty());
        QCOMPARE(sessionOf(**bob), after);
    }
};

QTEST_GUILESS_MAIN(TestE2eeWire)
#include "tst_e2ee_wire.moc"
