// OlmMachine room encryption: sharing a Megolm key then decrypting, replay protection, rotation by count
// and by time, discardRoomKey, new devices and departed users, m.room_key.withheld, the first-known-index
// rule, bad ciphertext, and continuing after a restart.
#include "crypto/megolm_session.h"
#include "key_directory.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");
const QString kRoom = QStringLiteral("!room:example.org");

// Alice and Bob (one device each, more can join) in one encrypted room, knowing each other's devices.
struct Room
{
    KeyDirectory dir;
    TestDevice alice{dir, kAlice, QStringLiteral("ALICE1")};
    TestDevice bob{dir, kBob, QStringLiteral("BOB1")};
    int eventCounter = 0;
    Room()
    {
        alice.flush();
        bob.flush();
        if (!alice.machine->updateTrackedUsers({kBob}) || !bob.machine->updateTrackedUsers({kAlice}))
            qFatal("tracking failed");
        alice.flush();
        bob.flush();
    }
    // What a sending client does: claim missing sessions, share the key, encrypt. Returns the event as
    // the server would deliver it.
    QJsonObject send(const QString &body, const QStringList &members = {kAlice, kBob},
                     const RoomEncryptionSettings &settings = {})
    {
        if (auto claim = take(alice.machine->missingSessions(members)))
            alice.send({*claim});
        alice.send(take(alice.machine->shareRoomKey(kRoom, members, settings)));
        const QJsonObject content = take(
            alice.machine->encryptRoomEvent(kRoom, QStringLiteral("m.room.message"),
                                            QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                        {QStringLiteral("body"), body}}));
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                           {QStringLiteral("event_id"), QStringLiteral("$e%1").arg(++eventCounter)},
                           {QStringLiteral("sender"), kAlice},
                           {QStringLiteral("room_id"), kRoom},
                           {QStringLiteral("origin_server_ts"), qint64(1700000000000) + eventCounter},
                           {QStringLiteral("content"), content}};
    }
};

QString sessionOf(const QJsonObject &event)
{
    return event.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
}

QString bodyOf(const DecryptedRoomEvent &e)
{
    return e.event.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
}

QJsonObject withContent(QJsonObject event, const QString &key, const QJsonValue &value)
{
    QJsonObject content = event.value(QLatin1String("content")).toObject();
    content.insert(key, value);
    event.insert(QStringLiteral("content"), content);
    return event;
}

} // namespace

class TestOlmMachineMegolm : public QObject
{
    Q_OBJECT
private slots:
    void shareThenDecrypt()
    {
        Room r;
        const QJsonObject event = r.send(QStringLiteral("hello"));
        const auto out = r.bob.sync();
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(QLatin1Char(' '))));
        QCOMPARE(out.newRoomKeys.size(), size_t(1));
        QCOMPARE(out.newRoomKeys.front(), std::make_pair(kRoom, sessionOf(event)));
        QCOMPARE(out.toDevice.size(), size_t(0)); // the room key was consumed

        const auto clear = take(r.bob.machine->decryptRoomEvent(kRoom, event));
        QCOMPARE(bodyOf(clear), QStringLiteral("hello"));
        QCOMPARE(clear.event.value(QLatin1String("type")).toString(), QStringLiteral("m.room.message"));
        QCOMPARE(clear.event.value(QLatin1String("event_id")).toString(), QStringLiteral("$e1"));
        QCOMPARE(clear.event.value(QLatin1String("sender")).toString(), kAlice);
        QCOMPARE(clear.senderKey, r.alice.machine->identityKeys().curve25519);
        QCOMPARE(clear.senderDeviceId, QStringLiteral("ALICE1"));
        QCOMPARE(clear.trust, SenderTrust::Unverified);
        QVERIFY(r.bob.machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                             DeviceRecord::LocalTrust::Verified));
        QCOMPARE(take(r.bob.machine->decryptRoomEvent(kRoom, event)).trust, SenderTrust::Verified);

        // Alice reads her own message.
        const auto own = take(r.alice.machine->decryptRoomEvent(kRoom, event));
        QCOMPARE(bodyOf(own), QStringLiteral("hello"));
        QCOMPARE(own.trust, SenderTrust::Verified);

        // Relations stay in the clear for the server, and come back inside the decrypted content.
        const QJsonObject relation{{QStringLiteral("rel_type"), QStringLiteral("m.thread")},
                                   {QStringLiteral("event_id"), QStringLiteral("$root")}};
        const QJsonObject content = take(r.alice.machine->encryptRoomEvent(
            kRoom, QStringLiteral("m.room.message"),
            QJsonObject{{QStringLiteral("body"), QStringLiteral("in thread")},
                        {QStringLiteral("m.relates_to"), relation}}));
        QCOMPARE(content.value(QLatin1String("m.relates_to")).toObject(), relation);
        QJsonObject threaded = event;
        threaded.insert(QStringLiteral("event_id"), QStringLiteral("$thread"));
        threaded.insert(QStringLiteral("content"), content);
        QCOMPARE(take(r.bob.machine->decryptRoomEvent(kRoom, threaded))
                     .event.value(QLatin1String("content"))
                     .toObject()
                     .value(QLatin1String("m.relates_to"))
                     .toObject(),
                 relation);
        // The ciphertext of one room does not decrypt as another room's event.
        const auto elsewhere = r.bob.machine->decryptRoomEvent(QStringLiteral("!other:example.org"), event);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().errcode, QStringLiteral("MISSING_ROOM_KEY"));
    }

    void replayedIndexIsRejected()
    {
        Room r;
        const QJsonObject event = r.send(QStringLiteral("once"));
        r.bob.sync();
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, event))), QStringLiteral("once"));
        // The same event again (a re-sync, a timeline reload) is fine.
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, event))), QStringLiteral("once"));
        // The same ciphertext under another event ID is a replay.
        QJsonObject replay = event;
        replay.insert(QStringLiteral("event_id"), QStringLiteral("$replay"));
        auto rejected = r.bob.machine->decryptRoomEvent(kRoom, replay);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().errcode, QStringLiteral("REPLAYED_MESSAGE_INDEX"));
        QVERIFY(!rejected.error().message.isEmpty());
        // Also after a restart: the index use is in the store.
        r.bob.reopen();
        QCOMPARE(r.bob.machine->decryptRoomEvent(kRoom, replay).error().errcode,
                 QStringLiteral("REPLAYED_MESSAGE_INDEX"));
        QVERIFY(r.bob.machine->decryptRoomEvent(kRoom, event));
    }

    void rotationByMessageCount()
    {
        Room r;
        RoomEncryptionSettings settings;
        settings.rotationPeriodMsgs = 2;
        const QJsonObject first = r.send(QStringLiteral("1"), {kAlice, kBob}, settings);
        const QJsonObject second = r.send(QStringLiteral("2"), {kAlice, kBob}, settings);
        const QJsonObject third = r.send(QStringLiteral("3"), {kAlice, kBob}, settings);
        QCOMPARE(sessionOf(first), sessionOf(second));
        QVERIFY(sessionOf(third) != sessionOf(second));
        r.bob.sync();
        for (const auto &e : {first, second, third})
            QVERIFY(r.bob.machine->decryptRoomEvent(kRoom, e));
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, third))), QStringLiteral("3"));
    }

    void rotationByTime()
    {
        Room r;
        qint64 clock = 1'700'000'000'000;
        r.alice.machine->setClock([&clock] { return clock; });
        RoomEncryptionSettings settings;
        settings.rotationPeriodMs = 60'000;
        const QJsonObject first = r.send(QStringLiteral("1"), {kAlice, kBob}, settings);
        clock += 59'999;
        const QJsonObject second = r.send(QStringLiteral("2"), {kAlice, kBob}, settings);
        clock += 1;
        const QJsonObject third = r.send(QStringLiteral("3"), {kAlice, kBob}, settings);
        QCOMPARE(sessionOf(first), sessionOf(second));
        QVERIFY(sessionOf(third) != sessionOf(second));
        r.bob.sync();
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, third))), QStringLiteral("3"));
        // The spec's default (a week, 100 messages) keeps the session for a day.
        clock += 24 * 3600 * 1000;
        QCOMPARE(sessionOf(r.send(QStringLiteral("4"))), sessionOf(r.send(QStringLiteral("5"))));
    }

    void discardGivesNewSession()
    {
        Room r;
        const QJsonObject first = r.send(QStringLiteral("1"));
        QVERIFY(r.alice.machine->discardRoomKey(kRoom));
        auto noKey = r.alice.machine->encryptRoomEvent(kRoom, QStringLiteral("m.room.message"), {});
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().errcode, QStringLiteral("NO_ROOM_KEY"));
        const QJsonObject second = r.send(QStringLiteral("2"));
        QVERIFY(sessionOf(first) != sessionOf(second));
        r.bob.sync();
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, second))), QStringLiteral("2"));
    }

    void newDeviceGetsKeyAndDepartedUserDoesNot()
    {
        Room r;
        const QJsonObject before = r.send(QStringLiteral("before"));
        TestDevice bob2(r.dir, kBob, QStringLiteral("BOB2"));
        bob2.flush();
        QVERIFY(bob2.machine->updateTrackedUsers({kAlice}));
        bob2.flush();
        r.alice.sync(); // learns of BOB2
        // The next share sends the same session's key to BOB2 only.
        if (auto claim = take(r.alice.machine->missingSessions({kAlice, kBob})))
            r.alice.send({*claim});
        const auto requests = take(r.alice.machine->shareRoomKey(kRoom, {kAlice, kBob}, {}));
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(
            requests.front().body.value(QLatin1String("messages")).toObject().value(kBob).toObject().keys(),
            QStringList{QStringLiteral("BOB2")});
        r.alice.send(requests);
        const QJsonObject after = r.send(QStringLiteral("after"));
        QCOMPARE(sessionOf(after), sessionOf(before));
        bob2.sync();
        QCOMPARE(bodyOf(take(bob2.machine->decryptRoomEvent(kRoom, after))), QStringLiteral("after"));
        // BOB2 got the key at the index current when it joined: the earlier message stays unreadable.
        QCOMPARE(bob2.machine->decryptRoomEvent(kRoom, before).error().errcode,
                 QStringLiteral("UNKNOWN_MESSAGE_INDEX"));

        // Bob leaves: the next message uses a new session that no device of Bob's receives.
        r.bob.sync();
        const QJsonObject afterLeave = r.send(QStringLiteral("secret"), {kAlice});
        QVERIFY(sessionOf(afterLeave) != sessionOf(after));
        r.bob.sync();
        bob2.sync();
        QCOMPARE(r.bob.machine->decryptRoomEvent(kRoom, afterLeave).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
        QCOMPARE(bob2.machine->decryptRoomEvent(kRoom, afterLeave).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
        QCOMPARE(bodyOf(take(r.alice.machine->decryptRoomEvent(kRoom, afterLeave))),
                 QStringLiteral("secret"));
        // A device that is deleted also rotates the session.
        const QJsonObject rejoined = r.send(QStringLiteral("rejoined"));
        r.dir.removeDevice(kBob, QStringLiteral("BOB2"));
        r.alice.sync();
        QVERIFY(sessionOf(r.send(QStringLiteral("gone"))) != sessionOf(rejoined));
    }

    void withheldWhenOnlyVerifiedDevices()
    {
        Room r;
        RoomEncryptionSettings settings;
        settings.onlyVerifiedDevices = true;
        const QJsonObject event = r.send(QStringLiteral("for verified eyes"), {kAlice, kBob}, settings);
        r.bob.sync();
        auto failed = r.bob.machine->decryptRoomEvent(kRoom, event);
        QVERIFY(!failed);
        QCOMPARE(failed.error().errcode, QStringLiteral("MISSING_ROOM_KEY"));
        QVERIFY2(failed.error().message.contains(QLatin1String("m.unverified")),
                 qPrintable(failed.error().message));
        // The notice goes out once per session, not at every send.
        QCOMPARE(take(r.alice.machine->shareRoomKey(kRoom, {kAlice, kBob}, settings)).size(), size_t(0));

        // Once Alice verifies Bob's device, the next share gives him the key.
        QVERIFY(
            r.alice.machine->setLocalTrust(kBob, QStringLiteral("BOB1"), DeviceRecord::LocalTrust::Verified));
        const QJsonObject later = r.send(QStringLiteral("now you can"), {kAlice, kBob}, settings);
        QCOMPARE(sessionOf(later), sessionOf(event));
        r.bob.sync();
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, later))), QStringLiteral("now you can"));

        // Blocking the device rotates the session and tells it m.blacklisted.
        QVERIFY(
            r.alice.machine->setLocalTrust(kBob, QStringLiteral("BOB1"), DeviceRecord::LocalTrust::Blocked));
        const QJsonObject blocked = r.send(QStringLiteral("not for you"));
        QVERIFY(sessionOf(blocked) != sessionOf(later));
        r.bob.sync();
        failed = r.bob.machine->decryptRoomEvent(kRoom, blocked);
        QCOMPARE(failed.error().errcode, QStringLiteral("MISSING_ROOM_KEY"));
        QVERIFY2(failed.error().message.contains(QLatin1String("m.blacklisted")),
                 qPrintable(failed.error().message));
    }

    void lowerFirstIndexReplacesHigherNeverTheReverse()
    {
        Room r;
        // Alice's outbound session as her store holds it, read at index 0 and later, to make room keys at
        // different first indexes.
        auto roomKeyNow = [&r] {
            auto outbound = take(r.alice.store.outboundGroupSession(kRoom));
            if (!outbound)
                qFatal("no outbound session");
            auto session = take(MegolmOutboundSession::unpickle(r.alice.pickleKey, outbound->sealedPickle));
            return QJsonObject{
                {QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
                {QStringLiteral("room_id"), kRoom},
                {QStringLiteral("session_id"), outbound->sessionId},
                {QStringLiteral("session_key"), QString::fromLatin1(take(session.sessionKey()))}};
        };
        const QJsonObject first = r.send(QStringLiteral("first"));
        const QJsonObject keyAt1 = roomKeyNow();
        const QJsonObject second = r.send(QStringLiteral("second"));
        r.bob.sync();
        // Bob holds the key from index 0; a key from a later index does not replace it.
        r.alice.send({take(r.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"),
                                                            QStringLiteral("m.room_key"), keyAt1))});
        QCOMPARE(r.bob.sync().newRoomKeys.size(), size_t(0));
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, first))), QStringLiteral("first"));

        // BOB2 first gets the key from index 1, then (re-shared by Alice from an earlier copy) from index 0.
        TestDevice bob2(r.dir, kBob, QStringLiteral("BOB2"));
        bob2.flush();
        QVERIFY(bob2.machine->updateTrackedUsers({kAlice}));
        bob2.flush();
        r.alice.sync();
        r.alice.send({*take(r.alice.machine->missingSessions({kBob}))});
        r.alice.send({take(r.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB2"),
                                                            QStringLiteral("m.room_key"), keyAt1))});
        QCOMPARE(bob2.sync().newRoomKeys.size(), size_t(1));
        QCOMPARE(bob2.machine->decryptRoomEvent(kRoom, first).error().errcode,
                 QStringLiteral("UNKNOWN_MESSAGE_INDEX"));
        QCOMPARE(bodyOf(take(bob2.machine->decryptRoomEvent(kRoom, second))), QStringLiteral("second"));
        // The other half of the rule needs an index-0 session_key sent after a later one: a new session
        // whose key Alice reads at index 0 and again after two messages.
        QVERIFY(r.alice.machine->discardRoomKey(kRoom));
        r.alice.send(take(r.alice.machine->shareRoomKey(kRoom, {kAlice}, {})));
        const QJsonObject keyAt0 = roomKeyNow();
        const QJsonObject third = r.send(QStringLiteral("third"), {kAlice});
        const QJsonObject fourth = r.send(QStringLiteral("fourth"), {kAlice});
        const QJsonObject laterKey = roomKeyNow();
        r.alice.send({take(r.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB2"),
                                                            QStringLiteral("m.room_key"), laterKey))});
        bob2.sync();
        QCOMPARE(bob2.machine->decryptRoomEvent(kRoom, third).error().errcode,
                 QStringLiteral("UNKNOWN_MESSAGE_INDEX"));
        r.alice.send({take(r.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB2"),
                                                            QStringLiteral("m.room_key"), keyAt0))});
        QCOMPARE(bob2.sync().newRoomKeys.size(), size_t(1));
        QCOMPARE(bodyOf(take(bob2.machine->decryptRoomEvent(kRoom, third))), QStringLiteral("third"));
        QCOMPARE(bodyOf(take(bob2.machine->decryptRoomEvent(kRoom, fourth))), QStringLiteral("fourth"));
    }

    void badCiphertextFailsCleanly()
    {
        Room r;
        const QJsonObject event = r.send(QStringLiteral("intact"));
        r.bob.sync();
        const QString ciphertext =
            event.value(QLatin1String("content")).toObject().value(QLatin1String("ciphertext")).toString();
        QString flipped = ciphertext;
        flipped[flipped.size() - 5] =
            flipped[flipped.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QList<QJsonObject> bad{
            withContent(event, QStringLiteral("ciphertext"), ciphertext.left(ciphertext.size() / 2)),
            withContent(event, QStringLiteral("ciphertext"), flipped),
            withContent(event, QStringLiteral("ciphertext"), QStringLiteral("%%% not base64 %%%")),
            withContent(event, QStringLiteral("ciphertext"), QString()),
            withContent(event, QStringLiteral("ciphertext"), 42),
        };
        int i = 0;
        for (QJsonObject e : bad) {
            e.insert(QStringLiteral("event_id"), QStringLiteral("$bad%1").arg(++i));
            auto result = r.bob.machine->decryptRoomEvent(kRoom, e);
            QVERIFY(!result);
            QVERIFY(!result.error().message.isEmpty());
            QVERIFY(!result.error().errcode.isEmpty());
        }
        QCOMPARE(r.bob.machine
                     ->decryptRoomEvent(kRoom, withContent(event, QStringLiteral("algorithm"),
                                                           QStringLiteral("m.megolm.v9")))
                     .error()
                     .errcode,
                 QStringLiteral("UNSUPPORTED_ALGORITHM"));
        QCOMPARE(r.bob.machine
                     ->decryptRoomEvent(
                         kRoom, withContent(event, QStringLiteral("session_id"), QStringLiteral("nope")))
                     .error()
                     .errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
        // None of that harmed the session: the genuine event decrypts.
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, event))), QStringLiteral("intact"));
    }

    void reopenedMachinesContinue()
    {
        Room r;
        const QJsonObject first = r.send(QStringLiteral("before restart"));
        r.bob.sync();
        QVERIFY(r.bob.machine->decryptRoomEvent(kRoom, first));
        const IdentityKeys aliceIds = r.alice.machine->identityKeys();
        r.alice.reopen();
        r.bob.reopen();
        QCOMPARE(r.alice.machine->identityKeys().curve25519, aliceIds.curve25519);
        QCOMPARE(r.alice.machine->identityKeys().ed25519, aliceIds.ed25519);
        // The outbound session continues (no new key needed), and Bob's inbound copy decrypts old and new.
        const QJsonObject second = r.send(QStringLiteral("after restart"));
        QCOMPARE(sessionOf(second), sessionOf(first));
        QCOMPARE(r.bob.sync().newRoomKeys.size(), size_t(0));
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, first))),
                 QStringLiteral("before restart"));
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, second))),
                 QStringLiteral("after restart"));
        // And new sessions still work after the restart.
        QVERIFY(r.alice.machine->discardRoomKey(kRoom));
        const QJsonObject third = r.send(QStringLiteral("new session"));
        r.bob.sync();
        QCOMPARE(bodyOf(take(r.bob.machine->decryptRoomEvent(kRoom, third))), QStringLiteral("new session"));
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineMegolm)
#include "tst_olm_machine_megolm.moc"
