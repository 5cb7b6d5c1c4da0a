// Events are stored as the server's bytes (issue 2: "the event ... stored"): what the store keeps
// for each event equals Synapse's own /sync or /messages output for it, byte for byte, with fields
// Lattice does not know and the server's key order. Only unsigned.age may differ: the server
// computes it at each response, so it is set to 0 on both sides before comparing.
#include "async_wait.h"
#include "client/session.h"
#include "logged_in_account.h"
#include "net/client_api.h"
#include "protocol/json_scan.h"
#include "test_homeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

// Content as raw bytes, so the request keeps this key order (a QJsonObject would sort it): keys out
// of order, unknown fields, nesting, escapes, non-ASCII text, big and negative integers, null.
const QByteArray kOddMessage =
    R"({"msgtype":"m.text","body":"zebra before apple","zebra":1,"apple":{"z":[3,2,1],"a":null},)"
    R"("org.example.unknown":{"nested":true,"big":9007199254740991,"neg":-42,"empty_obj":{},"empty_list":[]},)"
    R"("text":"caf\u00e9 \ud83d\ude00 \"quoted\" back\\slash \/ tab\t"})";
const QByteArray kOddState = R"({"b":1,"a":{"d":"x","c":"y"},"org.example.flag":false})";
const QByteArray kCustomEvent = R"({"y":"1","x":"\u00fc","list":[{"q":1,"p":2}]})";

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray withoutAge(QByteArray json)
{
    static const QRegularExpression age(QStringLiteral("\"age\":[0-9]+"));
    return QString::fromUtf8(json).replace(age, QStringLiteral("\"age\":0")).toUtf8();
}

// Every event object in `json` (any object with event_id, type, sender and origin_server_ts, at any
// depth), as its bytes by event ID.
void collectEvents(QByteArrayView json, qsizetype pos, QMultiHash<QString, QByteArray> &out)
{
    using namespace jsonscan;
    pos = skipSpace(json, pos);
    if (pos >= json.size())
        return;
    if (json[pos] == '[') {
        forEachElement(json, pos, [&](qsizetype b, qsizetype) {
            collectEvents(json, b, out);
            return true;
        });
        return;
    }
    if (json[pos] != '{')
        return;
    QString eventId;
    int required = 0;
    const qsizetype end = forEachMember(json, pos, [&](QByteArrayView key, qsizetype b, qsizetype e) {
        if (key == "event_id" && json[b] == '"')
            eventId = QString::fromUtf8(json.sliced(b + 1, e - b - 2));
        if (key == "event_id" || key == "type" || key == "sender" || key == "origin_server_ts")
            ++required;
        collectEvents(json, b, out);
        return true;
    });
    if (end > pos && required == 4 && !eventId.isEmpty())
        out.insert(eventId, withoutAge(json.sliced(pos, end - pos).toByteArray()));
}

QMultiHash<QString, QByteArray> eventsIn(const QByteArray &body)
{
    QMultiHash<QString, QByteArray> out;
    collectEvents(body, 0, out);
    return out;
}

Status syncOnce(Session &s)
{
    auto r = await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); });
    return r ? success() : Status(r.error());
}

} // namespace

class TstStoreVerbatim : public QObject
{
    Q_OBJECT
    Account m_alice;
    QString m_roomId;
    // Another device of the same user reads the server's bytes: unsigned.transaction_id goes only to
    // the sending device, and neither this one nor the Session's sent anything.
    QString m_readerToken;
    int m_rawSyncs = 0;
    QMultiHash<QString, QByteArray> m_fromSync;     // Synapse's bytes in /sync responses
    QMultiHash<QString, QByteArray> m_fromMessages; // and in /messages

    void send(const QString &type, const QByteArray &content, const QString &txn)
    {
        const RawReply r = requestBytes(
            "PUT",
            QStringLiteral("/_matrix/client/v3/rooms/%1/send/%2/%3").arg(enc(m_roomId), enc(type), txn),
            content, m_alice.user.accessToken);
        QVERIFY2(r.status == 200, r.bytes.constData());
    }

    // The client syncs, then the same request (initial, same filter) is made raw: an initial sync
    // with the client's filter holds the same events, serialised the same way.
    void syncAndRecord()
    {
        QVERIFY(syncOnce(*m_alice.session).ok());
        // Synapse caches a response by its request for a while: a different (unused) timeout each
        // time gets a fresh one.
        const HttpRequest sync = api::sync(QString(), api::defaultSyncFilter(), ++m_rawSyncs);
        const RawReply raw = requestBytes(
            "GET", sync.path + QLatin1Char('?') + sync.query.toString(QUrl::FullyEncoded), {}, m_readerToken);
        QVERIFY2(raw.status == 200, raw.bytes.constData());
        m_fromSync.unite(eventsIn(raw.bytes));
    }

    // Compares each stored row of `table` with the server's bytes; counts matches per source.
    void compareTable(const QString &table, int &matchedSync, int &matchedMessages, int &rows)
    {
        auto q = m_alice.session->reader().exec(
            QStringLiteral("SELECT event_id, json FROM %1 WHERE room_id = ?").arg(table), {m_roomId});
        QVERIFY(q.ok());
        while (q->next()) {
            ++rows;
            const QString id = q->value(0).toString();
            const QByteArray stored = withoutAge(q->value(1).toByteArray());
            const bool inSync = m_fromSync.contains(id, stored);
            const bool inMessages = m_fromMessages.contains(id, stored);
            if (!inSync && !inMessages) {
                const QList<QByteArray> server = m_fromSync.values(id) + m_fromMessages.values(id);
                QFAIL(qPrintable(QStringLiteral("%1 %2 stored as\n%3\nbut the server sent\n%4")
                                     .arg(table, id, QString::fromUtf8(stored),
                                          QString::fromUtf8(server.isEmpty() ? QByteArray("(not found)")
                                                                             : server.first()))));
            }
            matchedSync += inSync;
            matchedMessages += inMessages && !inSync;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = loggedIn(QStringLiteral("verbatim"));
        const RawReply created =
            request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                    {{QStringLiteral("name"), QStringLiteral("Verbatim")}}, m_alice.user.accessToken);
        QCOMPARE(created.status, 200);
        m_roomId = created.body.value(QLatin1String("room_id")).toString();
        const QJsonObject identifier{{QStringLiteral("type"), QStringLiteral("m.id.user")},
                                     {QStringLiteral("user"), m_alice.user.localpart}};
        const RawReply reader = request("POST", QStringLiteral("/_matrix/client/v3/login"),
                                        {{QStringLiteral("type"), QStringLiteral("m.login.password")},
                                         {QStringLiteral("identifier"), identifier},
                                         {QStringLiteral("password"), m_alice.user.password}});
        QCOMPARE(reader.status, 200);
        m_readerToken = reader.body.value(QLatin1String("access_token")).toString();
    }

    void storedEventsAreTheServersBytes()
    {
        // Initial sync: the room's creation, an odd message, a custom event and an odd state event.
        send(QStringLiteral("m.room.message"), kOddMessage, QStringLiteral("odd1"));
        send(QStringLiteral("org.example.custom"), kCustomEvent, QStringLiteral("custom1"));
        const RawReply state = requestBytes(
            "PUT", QStringLiteral("/_matrix/client/v3/rooms/%1/state/org.example.state/k").arg(enc(m_roomId)),
            kOddState, m_alice.user.accessToken);
        QVERIFY2(state.status == 200, state.bytes.constData());
        syncAndRecord();
        if (QTest::currentTestFailed())
            return;

        // An incremental sync.
        send(QStringLiteral("m.room.message"), kOddMessage, QStringLiteral("odd2"));
        syncAndRecord();
        if (QTest::currentTestFailed())
            return;

        // More than the filter's timeline limit (20) before the next sync: it is limited, and the
        // events it leaves out are back-filled from /messages.
        for (int i = 0; i < 25; ++i)
            send(i % 5 == 0 ? QStringLiteral("m.room.message") : QStringLiteral("org.example.custom"),
                 i % 5 == 0 ? kOddMessage : kCustomEvent, QStringLiteral("gap%1").arg(i));
        syncAndRecord();
        if (QTest::currentTestFailed())
            return;
        Status filled =
            awaitStatus([&](auto done) { m_alice.session->backPaginate(m_roomId, 200, done); }, 120000);
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().describe()));
        const RawReply messages = requestBytes(
            "GET", QStringLiteral("/_matrix/client/v3/rooms/%1/messages?dir=b&limit=200").arg(enc(m_roomId)),
            {}, m_readerToken);
        QVERIFY2(messages.status == 200, messages.bytes.constData());
        m_fromMessages = eventsIn(messages.bytes);
        const int serverEvents = messages.body.value(QLatin1String("chunk")).toArray().size();

        int matchedSync = 0, matchedMessages = 0, events = 0, stateRows = 0;
        compareTable(QStringLiteral("events"), matchedSync, matchedMessages, events);
        compareTable(QStringLiteral("state"), matchedSync, matchedMessages, stateRows);
        QCOMPARE(events, serverEvents); // the whole room is in the store, each event once
        QVERIFY2(matchedMessages >= 5, qPrintable(QString::number(matchedMessages))); // the gap, back-filled
        QVERIFY2(matchedSync >= 20, qPrintable(QString::number(matchedSync)));
        QVERIFY(stateRows >= 6); // create, member, power levels, join rules, ..., org.example.state

        // The comparison has teeth: the server's bytes are not what re-serialising the parsed event
        // gives (Synapse escapes non-ASCII text as \uXXXX, QJsonDocument writes UTF-8; other
        // servers differ in key order too).
        auto all = m_alice.session->reader().exec(QStringLiteral("SELECT json FROM events WHERE room_id = ?"),
                                                  {m_roomId});
        QVERIFY(all.ok());
        int odds = 0;
        while (all->next()) {
            const QByteArray stored = all->value(0).toByteArray();
            if (!stored.contains(R"("org.example.unknown":{)"))
                continue;
            QVERIFY(stored != QJsonDocument::fromJson(stored).toJson(QJsonDocument::Compact));
            ++odds;
        }
        QCOMPARE(odds, 2 + 5);
    }
};

QTEST_GUILESS_MAIN(TstStoreVerbatim)
#include "tst_store_verbatim.moc"
