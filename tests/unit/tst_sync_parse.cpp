// Parsing and validation of /sync bodies, on recorded JSON.
#include "protocol/json_scan.h"
#include "protocol/sync_response.h"
#include "protocol/sync_split.h"

#include "fixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace lattice;

using lattice::test::fixture;

namespace {

// Strings with brackets, quotes, escapes and non-ASCII text wherever the scanner must not stop:
// in event content, in a room ID (an escaped colon) and in the account data after the rooms.
const QByteArray kTricky = QByteArrayLiteral(
    "{\"next_batch\":\"n{1}\", \"rooms\" : {\"join\":{\n"
    "  \"!a:x\":{\"timeline\":{\"events\":[{\"type\":\"m.room.message\",\"event_id\":\"$1\","
    "\"sender\":\"@a:x\",\"origin_server_ts\":1,\"content\":{\"msgtype\":\"m.text\","
    "\"body\":\"} ] { [ \\\" \\\\ \\\\\\\" \\u00e9 \\ud83d\\ude00 \xc3\xa9 \xf0\x9f\x98\x80 \\\\\"}}]},"
    "\"unread_notifications\":{\"notification_count\":2}},\n"
    "  \"!b\\u003ax\":{\"state\":{\"events\":[{\"type\":\"m.room.name\",\"state_key\":\"\",\"event_id\":\"$2\","
    "\"sender\":\"@a:x\",\"origin_server_ts\":2,\"content\":{\"name\":\"\\\"}\"}}]}}},\n"
    " \"invite\":{\"!c:x\":{\"invite_state\":{\"events\":[{\"type\":\"m.room.name\",\"state_key\":\"\","
    "\"sender\":\"@a:x\",\"content\":{\"name\":\"{\\\"}\"}}]}}},\n"
    " \"leave\":{}},\n"
    " \"account_data\":{\"events\":[{\"type\":\"x.y\",\"content\":{\"k\":\"\\\"rooms\\\":{\"}}]}}\n");

// Every room of `sync`, pending ones parsed, in order.
std::vector<RoomUpdate> allRooms(const SyncResponse &sync, int &skipped)
{
    std::vector<RoomUpdate> out;
    const Status s = forEachRoom(sync, skipped, [&](const RoomUpdate &u) {
        out.push_back(u);
        return success();
    });
    if (!s)
        qFatal("forEachRoom failed: %s", qPrintable(s.error().message));
    return out;
}

// The message the former whole-document parse gave for a body that is not valid JSON.
QString wholeDocumentError(const QByteArray &body)
{
    QJsonParseError err;
    QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral("The server sent a sync response that is not valid JSON (%1 at byte %2).")
        .arg(err.errorString())
        .arg(err.offset);
}

} // namespace

class TestSyncParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesInitialSync()
    {
        auto r = parseSyncResponse(fixture("sync_initial.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->nextBatch, QStringLiteral("s72595_4483_1934"));
        QCOMPARE(r->rooms.size(), size_t(4));
        QCOMPARE(r->skippedEvents, 1); // the timeline event without event_id
        QCOMPARE(r->accountData.size(), 2);
        QCOMPARE(r->toDevice.size(), 1);
        QCOMPARE(r->deviceListsChanged, QStringList{QStringLiteral("@bob:localhost")});
        QCOMPARE(r->oneTimeKeyCounts.value(QStringLiteral("signed_curve25519")), 20);
        QVERIFY(r->unusedFallbackKeyTypes.has_value());

        const auto named = std::find_if(r->rooms.begin(), r->rooms.end(),
                                        [](const RoomUpdate &u) { return u.roomId == QLatin1String("!named:localhost"); });
        QVERIFY(named != r->rooms.end());
        QCOMPARE(named->membership, Membership::Join);
        QCOMPARE(named->timeline.size(), 3);
        QVERIFY(named->limited);
        QCOMPARE(named->prevBatch, QStringLiteral("t1-before-named"));
        QCOMPARE(named->state.size(), 4);
        QCOMPARE(named->ephemeral.size(), 2);
        QCOMPARE(named->notificationCount, std::optional<int>(3));
        QCOMPARE(named->summary.joinedMemberCount, std::optional<int>(2));

        const auto invite = std::find_if(r->rooms.begin(), r->rooms.end(),
                                         [](const RoomUpdate &u) { return u.membership == Membership::Invite; });
        QVERIFY(invite != r->rooms.end());
        QCOMPARE(invite->state.size(), 2);
    }

    void scannerFindsValueEnds()
    {
        using jsonscan::valueEnd;
        const QByteArrayView cases[] = {"\"a\"", "\"} ] \\\" \\\\\"", "{}", "[]", "{\"a\":[1,{\"b\":\"}]\"}]}",
                                        "true", "-1.5e3", "\"\xc3\xa9\\u00e9\"", "[\"\\\\\",\"]\"]"};
        for (QByteArrayView c : cases) {
            const QByteArray withTail = c.toByteArray() + ", 7]";
            QCOMPARE(valueEnd(withTail, 0), c.size());
        }
        for (QByteArrayView c : {QByteArrayView("\"abc"), QByteArrayView("\"ab\\\""), QByteArrayView("{\"a\":[1}"),
                                 QByteArrayView("[1,2"), QByteArrayView("{\"a\":\"}\""), QByteArrayView("]"),
                                 QByteArrayView(","), QByteArrayView("")})
            QCOMPARE(valueEnd(c, 0), qsizetype(-1));
    }

    void scannerWalksObjectMembers()
    {
        const QByteArray json = " { \"a\" : 1 , \"b\\\"c\":[\"}\",{}] ,\"d\":{\"e\":\"{\"}}  ";
        QList<QByteArray> keys, values;
        const qsizetype end = jsonscan::forEachMember(json, 1, [&](QByteArrayView key, qsizetype b, qsizetype e) {
            keys.append(key.toByteArray());
            values.append(json.mid(b, e - b));
            return true;
        });
        QCOMPARE(end, json.size() - 2);
        QCOMPARE(keys, (QList<QByteArray>{"a", "b\\\"c", "d"}));
        QCOMPARE(values, (QList<QByteArray>{"1", "[\"}\",{}]", "{\"e\":\"{\"}"}));
        QCOMPARE(jsonscan::forEachMember(QByteArrayView("{}"), 0, [](QByteArrayView, qsizetype, qsizetype) { return false; }),
                 qsizetype(2));
        for (QByteArrayView bad : {QByteArrayView("{\"a\" 1}"), QByteArrayView("{\"a\":1,}"), QByteArrayView("{\"a\":1 \"b\":2}"),
                                   QByteArrayView("{a:1}"), QByteArrayView("{\"a\":}"), QByteArrayView("{\"a\":1"),
                                   QByteArrayView("[1]")})
            QCOMPARE(jsonscan::forEachMember(bad, 0, [](QByteArrayView, qsizetype, qsizetype) { return true; }),
                     qsizetype(-1));
    }

    void splitKeepsTrickyRoomsIntact()
    {
        QJsonParseError err;
        const QJsonObject whole = QJsonDocument::fromJson(kTricky, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        const auto split = splitSyncBody(kTricky);
        QVERIFY(split.has_value());
        QCOMPARE(split->rooms.size(), size_t(3));
        QVERIFY(split->skeleton.size() < kTricky.size() / 2);

        for (bool lazy : {false, true}) {
            auto r = lazy ? parseSyncResponseByRoom(kTricky) : parseSyncResponse(kTricky);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->nextBatch, QStringLiteral("n{1}"));
            QCOMPARE(r->pendingRooms.size(), size_t(lazy ? 3 : 0));
            int skipped = r->skippedEvents;
            const std::vector<RoomUpdate> rooms = allRooms(*r, skipped);
            QCOMPARE(skipped, 0);
            QCOMPARE(rooms.size(), size_t(3));
            QCOMPARE(rooms[0].roomId, QStringLiteral("!a:x"));
            QCOMPARE(rooms[1].roomId, QStringLiteral("!b:x")); // the escaped colon, decoded
            QCOMPARE(rooms[2].roomId, QStringLiteral("!c:x"));
            QCOMPARE(rooms[2].membership, Membership::Invite);
            const QJsonObject rooms0 = whole.value(QLatin1String("rooms")).toObject().value(QLatin1String("join")).toObject();
            QCOMPARE(rooms[0].timeline,
                     rooms0.value(QLatin1String("!a:x")).toObject().value(QLatin1String("timeline")).toObject().value(
                         QLatin1String("events")).toArray());
            QCOMPARE(rooms[0].timeline.at(0).toObject().value(QLatin1String("content")).toObject().value(
                         QLatin1String("body")).toString(),
                     QString::fromUtf8("} ] { [ \" \\ \\\" \u00e9 \U0001F600 \u00e9 \U0001F600 \\"));
            QCOMPARE(rooms[0].notificationCount, std::optional<int>(2));
            QCOMPARE(rooms[1].state.at(0).toObject().value(QLatin1String("content")).toObject().value(QLatin1String("name")),
                     QJsonValue(QStringLiteral("\"}")));
            QCOMPARE(r->accountData.size(), 1);
        }
    }

    void truncationAtEveryByteGivesTheWholeDocumentError()
    {
        for (qsizetype cut = 0; cut < kTricky.size() - 1; ++cut) { // the last byte is a newline
            const QByteArray body = kTricky.left(cut);
            const QString expected = wholeDocumentError(body);
            QVERIFY2(!expected.isEmpty(), qPrintable(QString::number(cut)));
            for (bool lazy : {false, true}) {
                auto r = lazy ? parseSyncResponseByRoom(body) : parseSyncResponse(body);
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted a body cut at %1").arg(cut)));
                QCOMPARE(r.error().kind, Error::Kind::Parse);
                QCOMPARE(r.error().message, expected);
            }
        }
    }

    void malformedRoomIsReportedAtItsByte()
    {
        // Balanced but invalid inside a room: the scanner passes it on, the room's parse rejects it.
        QByteArray body = kTricky;
        const qsizetype at = body.indexOf("\"notification_count\":2") + 21;
        body.replace(at, 1, "tru");
        const QString expected = wholeDocumentError(body);
        QVERIFY(!expected.isEmpty());
        auto eager = parseSyncResponse(body);
        QVERIFY(!eager.ok());
        QCOMPARE(eager.error().message, expected);
        auto lazy = parseSyncResponseByRoom(body);
        QVERIFY(lazy.ok()); // the rooms are only located here
        int skipped = 0;
        const Status s = forEachRoom(*lazy, skipped, [](const RoomUpdate &) { return success(); });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Parse);
        QCOMPARE(s.error().message, expected);

        // Invalid outside the rooms: the skeleton's parse rejects it, at the body's byte.
        QByteArray outside = kTricky;
        outside.replace(outside.indexOf("\"x.y\""), 5, "\"x.y\" 1");
        QCOMPARE(parseSyncResponseByRoom(outside).error().message, wholeDocumentError(outside));
    }

    void rejectsTruncatedJson()
    {
        const QByteArray body = fixture("sync_initial.json");
        for (qsizetype cut : {qsizetype(0), qsizetype(1), body.size() / 3, body.size() / 2, body.size() - 2}) {
            auto r = parseSyncResponse(body.left(cut));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted a body cut at %1").arg(cut)));
            QCOMPARE(r.error().kind, Error::Kind::Parse);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void rejectsWrongShapes()
    {
        for (const char *body : {"[]", "\"text\"", "{}", "{\"next_batch\": 5}", "null", "<html>502 Bad Gateway</html>"}) {
            auto r = parseSyncResponse(QByteArray(body));
            QVERIFY2(!r.ok(), body);
            QCOMPARE(r.error().kind, Error::Kind::Parse);
        }
    }

    void skipsMalformedPartsButKeepsTheRest()
    {
        const QByteArray body = R"({"next_batch":"n1","rooms":{"join":{
            "not-a-room-id":{},
            "!ok:x":{"timeline":{"events":[5,{"type":"m.room.message"},
              {"type":"m.room.message","event_id":"$e","sender":"@a:x","origin_server_ts":1,"content":{}}]},
              "state":{"events":"oops"}},
            "!bad:x":"string"}}})";
        auto r = parseSyncResponse(body);
        QVERIFY(r.ok());
        QCOMPARE(r->rooms.size(), size_t(1));
        QCOMPARE(r->rooms.front().timeline.size(), 1);
        QCOMPARE(r->skippedEvents, 5); // bad room id, bad room value, two bad events, bad state block
    }
};

QTEST_GUILESS_MAIN(TestSyncParse)
#include "tst_sync_parse.moc"
