// Decryption results and failures in the store, and every read path that must show the clear event:
// timeline pages, single lookups, the TimelineModel (also when a result arrives later), the room list
// preview, and redaction (which must drop the clear content).
#include "models/room_list_model.h"
#include "models/timeline_model.h"
#include "store/decrypted_events.h"
#include "store/event_lookup.h"
#include "timeline_view_model.h"

#include "tst_models_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lattice;
using namespace lattice::test;

namespace {
const QString kRoom = QStringLiteral("!enc:localhost");
const QString kBob = QStringLiteral("@bob:localhost");

QJsonObject encrypted(const QString &eventId, qint64 ts, const QString &sessionId)
{
    return {{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("sender"), kBob},
            {QStringLiteral("origin_server_ts"), ts},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
                         {QStringLiteral("sender_key"), QStringLiteral("bobCurve")},
                         {QStringLiteral("device_id"), QStringLiteral("BOBDEV")},
                         {QStringLiteral("session_id"), sessionId},
                         {QStringLiteral("ciphertext"), QStringLiteral("AwgA...")}}}};
}

// What OlmMachine::decryptRoomEvent hands back as the clear event (here without origin_server_ts, which the
// read path fills in from the stored encrypted event).
DecryptedEventRow result(const QString &eventId, const QString &body, const QString &sessionId, int trust = 1)
{
    QJsonObject clear{
        {QStringLiteral("type"), QStringLiteral("m.room.message")},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("sender"), kBob},
        {QStringLiteral("room_id"), kRoom},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}}}};
    return {eventId, kRoom, clear, QStringLiteral("bobCurve"), sessionId, trust};
}

DecryptionFailureRow failure(const QString &eventId, const QString &sessionId)
{
    return {eventId,
            kRoom,
            sessionId,
            QStringLiteral("bobCurve"),
            QStringLiteral("MISSING_ROOM_KEY"),
            QStringLiteral("The sender's device has not sent us the keys for this message.")};
}

QString body(const StoredEvent &e)
{
    return e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
}
} // namespace

class TestDecryptedEvents : public QObject
{
    Q_OBJECT
    std::unique_ptr<StoreFixture> m_store;

    Database &db() { return m_store->db(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        m_store->apply(
            {joinedRoom(kRoom, QStringLiteral("Secret room"),
                        {textMessage(QStringLiteral("$plain"), kBob, 10, QStringLiteral("in the clear")),
                         encrypted(QStringLiteral("$e1"), 20, QStringLiteral("S1")),
                         encrypted(QStringLiteral("$e2"), 30, QStringLiteral("S2")),
                         encrypted(QStringLiteral("$e3"), 40, QStringLiteral("S2")),
                         encrypted(QStringLiteral("$e4"), 50, QStringLiteral("S1"))},
                        {member(kBob, QStringLiteral("Bob"))})});
        QVERIFY(storeDecryptedEvent(
                    db(), result(QStringLiteral("$e1"), QStringLiteral("secret one"), QStringLiteral("S1")))
                    .ok());
        QVERIFY(storeDecryptionFailure(db(), failure(QStringLiteral("$e2"), QStringLiteral("S2"))).ok());
        QVERIFY(storeDecryptedEvent(db(), result(QStringLiteral("$e4"), QStringLiteral("latest secret"),
                                                 QStringLiteral("S1"), 0))
                    .ok());
    }
    void cleanup() { m_store.reset(); }

    void retryListsAndNotAttempted()
    {
        auto failed = failedEventsOfSession(db(), kRoom, QStringLiteral("S2"));
        QVERIFY(failed.ok());
        QCOMPARE(failed->size(), size_t(1));
        QCOMPARE(failed->front().json.value(QLatin1String("event_id")).toString(), QStringLiteral("$e2"));
        QCOMPARE(failed->front().json.value(QLatin1String("type")).toString(),
                 QStringLiteral("m.room.encrypted"));
        QCOMPARE(failed->front().decryptionErrcode, QStringLiteral("MISSING_ROOM_KEY"));
        QVERIFY(failedEventsOfSession(db(), kRoom, QStringLiteral("S1"))->empty());
        QVERIFY(
            failedEventsOfSession(db(), QStringLiteral("!other:localhost"), QStringLiteral("S2"))->empty());

        auto pending = undecryptedEvents(db(), kRoom, 10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), size_t(1));
        QCOMPARE(pending->front().json.value(QLatin1String("event_id")).toString(), QStringLiteral("$e3"));

        // The key arrives: the result replaces the failure.
        QVERIFY(storeDecryptedEvent(
                    db(), result(QStringLiteral("$e2"), QStringLiteral("two"), QStringLiteral("S2")))
                    .ok());
        QVERIFY(failedEventsOfSession(db(), kRoom, QStringLiteral("S2"))->empty());
        auto two = findEvent(db(), QStringLiteral("$e2"));
        QVERIFY((*two)->decrypted);
        QVERIFY((*two)->decryptionErrcode.isEmpty());
        QCOMPARE(body(**two), QStringLiteral("two"));

        // A failed retry never hides what was decrypted.
        QVERIFY(storeDecryptionFailure(db(), failure(QStringLiteral("$e1"), QStringLiteral("S1"))).ok());
        QVERIFY((*findEvent(db(), QStringLiteral("$e1")))->decrypted);
        QVERIFY(failedEventsOfSession(db(), kRoom, QStringLiteral("S1"))->empty());

        QVERIFY(storeDecryptionFailure(db(), failure(QStringLiteral("$e3"), QStringLiteral("S2"))).ok());
        QVERIFY(undecryptedEvents(db(), kRoom, 10)->empty());
    }

    void timelinePagesShowClearEvents()
    {
        auto page = latestEvents(db(), kRoom, 10);
        QVERIFY(page.ok());
        std::vector<StoredEvent> events;
        for (const StoredEvent &e : *page)
            if (e.json.value(QLatin1String("type")).toString() != QLatin1String("m.room.member") &&
                !e.json.contains(QLatin1String("state_key")))
                events.push_back(e);
        QCOMPARE(events.size(), size_t(5));
        QVERIFY(!events[0].decrypted);
        QCOMPARE(body(events[0]), QStringLiteral("in the clear"));
        QVERIFY(events[1].decrypted);
        QCOMPARE(events[1].json.value(QLatin1String("type")).toString(), QStringLiteral("m.room.message"));
        QCOMPARE(body(events[1]), QStringLiteral("secret one"));
        QCOMPARE(events[1].senderTrust, 1);
        QCOMPARE(events[1].json.value(QLatin1String("origin_server_ts")).toInteger(),
                 20); // from the outer event
        QVERIFY(!events[2].decrypted);
        QCOMPARE(events[2].json.value(QLatin1String("type")).toString(), QStringLiteral("m.room.encrypted"));
        QCOMPARE(events[2].decryptionErrcode, QStringLiteral("MISSING_ROOM_KEY"));
        QVERIFY(events[2].decryptionError.contains(QLatin1String("keys")));
        QVERIFY(!events[3].decrypted);
        QVERIFY(events[3].decryptionErrcode.isEmpty());
        QCOMPARE(events[4].senderTrust, 0);

        auto before = eventsBefore(db(), kRoom, events[2].idx, 1);
        QCOMPARE(body(before->front()), QStringLiteral("secret one"));
        auto after = eventsAfter(db(), kRoom, events[3].idx, 5);
        QCOMPARE(after->size(), size_t(1));
        QVERIFY(after->front().decrypted);
        QCOMPARE(body(after->front()), QStringLiteral("latest secret"));
        auto one = findEvent(db(), QStringLiteral("$e1"));
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE((*one)->idx, events[1].idx);
        QCOMPARE(body(**one), QStringLiteral("secret one"));
    }

    void timelineModelShowsAndUpdatesDecryption()
    {
        TimelineModel model(db(), kRoom);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rowOf = [&model](const QString &id) {
            for (int i = 0; i < model.rowCount(); ++i)
                if (model.index(i).data(TimelineModel::EventIdRole).toString() == id)
                    return i;
            return -1;
        };
        const QModelIndex one = model.index(rowOf(QStringLiteral("$e1")));
        QCOMPARE(one.data(TimelineModel::BodyRole).toString(), QStringLiteral("secret one"));
        QCOMPARE(one.data(TimelineModel::TypeRole).toString(), QStringLiteral("m.room.message"));
        QVERIFY(one.data(TimelineModel::DecryptedRole).toBool());
        QCOMPARE(one.data(TimelineModel::SenderTrustRole).toInt(), 1);
        const QModelIndex two = model.index(rowOf(QStringLiteral("$e2")));
        QVERIFY(!two.data(TimelineModel::DecryptedRole).toBool());
        QCOMPARE(two.data(TimelineModel::SenderTrustRole).toInt(), -1);
        QVERIFY(two.data(TimelineModel::DecryptionErrorRole).toString().contains(QLatin1String("keys")));
        const QModelIndex plain = model.index(rowOf(QStringLiteral("$plain")));
        QVERIFY(!plain.data(TimelineModel::DecryptedRole).toBool());
        QVERIFY(plain.data(TimelineModel::DecryptionErrorRole).toString().isEmpty());
        // The timeline view names the reason until the key arrives.
        desktop::TimelineViewModel view(&model, db());
        const QModelIndex shownTwo = view.mapFromSource(two);
        QVERIFY(shownTwo.isValid());
        QVERIFY2(shownTwo.data(desktop::TimelineViewModel::DisplayTextRole)
                     .toString()
                     .startsWith(QLatin1String("Unable to decrypt this message: ")),
                 qPrintable(shownTwo.data(desktop::TimelineViewModel::DisplayTextRole).toString()));
        QCOMPARE(shownTwo.data(desktop::TimelineViewModel::KindRole).toString(), QStringLiteral("notice"));

        // The key for S2 arrives later: the row changes in place.
        QVERIFY(storeDecryptedEvent(
                    db(), result(QStringLiteral("$e2"), QStringLiteral("late"), QStringLiteral("S2")))
                    .ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ChangeSet changes;
        changes.decryptedEvents = {QStringLiteral("$e2"), QStringLiteral("$not-on-screen")};
        model.applyChanges(changes);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), two.row());
        QCOMPARE(two.data(TimelineModel::BodyRole).toString(), QStringLiteral("late"));
        QVERIFY(two.data(TimelineModel::DecryptedRole).toBool());
        QVERIFY(two.data(TimelineModel::DecryptionErrorRole).toString().isEmpty());
        QCOMPARE(view.mapFromSource(two).data(desktop::TimelineViewModel::DisplayTextRole).toString(),
                 QStringLiteral("late"));
    }

    void roomListPreviewUsesClearEvent()
    {
        RoomListModel model(db());
        QCOMPARE(model.rowCount(), 1);
        const QString preview = model.index(0).data(RoomListModel::LastMessagePreviewRole).toString();
        QVERIFY2(preview.contains(QLatin1String("latest secret")), qPrintable(preview));
    }

    void redactionDropsClearContent()
    {
        const QJsonObject redaction{{QStringLiteral("type"), QStringLiteral("m.room.redaction")},
                                    {QStringLiteral("event_id"), QStringLiteral("$redact")},
                                    {QStringLiteral("sender"), kBob},
                                    {QStringLiteral("origin_server_ts"), 60},
                                    {QStringLiteral("redacts"), QStringLiteral("$e1")},
                                    {QStringLiteral("content"), QJsonObject{}}};
        RoomUpdate update;
        update.roomId = kRoom;
        update.membership = Membership::Join;
        update.timeline = {redaction};
        m_store->apply({update});
        auto e1 = findEvent(db(), QStringLiteral("$e1"));
        QVERIFY(e1.ok() && e1->has_value());
        QVERIFY(!(*e1)->decrypted);
        QCOMPARE((*e1)->json.value(QLatin1String("type")).toString(), QStringLiteral("m.room.encrypted"));
        QVERIFY(body(**e1).isEmpty());
        auto rows = db().exec(QStringLiteral("SELECT COUNT(*) FROM decrypted_events WHERE event_id = '$e1'"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecryptedEvents)
#include "tst_decrypted_events.moc"
