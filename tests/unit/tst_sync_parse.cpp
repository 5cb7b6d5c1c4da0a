// Parsing and validation of /sync bodies, on recorded JSON.
#include "protocol/sync_response.h"

#include "fixtures.h"

#include <QFile>
#include <QTest>

using namespace lattice;

using lattice::test::fixture;

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
