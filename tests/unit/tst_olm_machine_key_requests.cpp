// OlmMachine key sharing between our own devices: a new device asks for a missing room key, our verified
// device answers with m.forwarded_room_key, and the rules that refuse everything else (unverified
// devices, other users, keys nobody asked for).
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

// Bob sends to a room before Alice's second device exists, so ALICE2 misses the key.
struct Setup
{
    KeyDirectory dir;
    TestDevice alice{dir, kAlice, QStringLiteral("ALICE1")};
    TestDevice bob{dir, kBob, QStringLiteral("BOB1")};
    std::unique_ptr<TestDevice> alice2;
    QJsonObject event;

    Setup()
    {
        alice.flush();
        bob.flush();
        if (!alice.machine->updateTrackedUsers({kBob}) || !bob.machine->updateTrackedUsers({kAlice}))
            qFatal("tracking failed");
        alice.flush();
        bob.flush();
        if (auto claim = take(bob.machine->missingSessions({kAlice, kBob})))
            bob.send({*claim});
        bob.send(take(bob.machine->shareRoomKey(kRoom, {kAlice, kBob}, {})));
        event = QJsonObject{
            {QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
            {QStringLiteral("event_id"), QStringLiteral("$secret")},
            {QStringLiteral("sender"), kBob},
            {QStringLiteral("room_id"), kRoom},
            {QStringLiteral("content"), take(bob.machine->encryptRoomEvent(
                                            kRoom, QStringLiteral("m.room.message"),
                                            QJsonObject{{QStringLiteral("body"), QStringLiteral("psst")}}))}};
        alice.sync();
        alice2 = std::make_unique<TestDevice>(dir, kAlice, QStringLiteral("ALICE2"));
        alice2->flush();
        if (!alice2->machine->updateTrackedUsers({kBob}))
            qFatal("tracking failed");
        alice2->flush();
        alice.sync(); // learns of ALICE2
    }
    // Both of Alice's devices verify each other, and ALICE1 has an Olm session to ALICE2.
    void verifyEachOther()
    {
        QVERIFY(alice.machine->setLocalTrust(kAlice, QStringLiteral("ALICE2"),
                                             DeviceRecord::LocalTrust::Verified));
        QVERIFY(alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                               DeviceRecord::LocalTrust::Verified));
    }
    void sessionAlice1ToAlice2()
    {
        if (auto claim = take(alice.machine->missingSessions({kAlice})))
            alice.send({*claim});
    }
};

QString bodyOf(const DecryptedRoomEvent &e)
{
    return e.event.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
}

} // namespace

class TestOlmMachineKeyRequests : public QObject
{
    Q_OBJECT
private slots:
    void verifiedOwnDeviceForwardsRequestedKey()
    {
        Setup s;
        s.verifyEachOther();
        s.sessionAlice1ToAlice2();
        auto missing = s.alice2->machine->decryptRoomEvent(kRoom, s.event);
        QCOMPARE(missing.error().errcode, QStringLiteral("MISSING_ROOM_KEY"));

        auto request = take(s.alice2->machine->requestRoomKey(kRoom, s.event));
        QVERIFY(request);
        QCOMPARE(request->eventType, QStringLiteral("m.room_key_request"));
        QVERIFY(!take(s.alice2->machine->requestRoomKey(kRoom, s.event))); // asked once
        s.alice2->send({*request});

        // Bob's device sees nothing of it; ALICE1 answers in its sync's flush.
        s.alice.sync();
        const auto out = s.alice2->sync();
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(QLatin1Char(' '))));
        QCOMPARE(out.newRoomKeys.size(), size_t(1));
        const auto clear = take(s.alice2->machine->decryptRoomEvent(kRoom, s.event));
        QCOMPARE(bodyOf(clear), QStringLiteral("psst"));
        QCOMPARE(clear.trust, SenderTrust::Imported);
        QCOMPARE(clear.senderKey, s.bob.machine->identityKeys().curve25519);
        // The request is closed: a cancellation went out and the same key can be asked for again later.
        QVERIFY(take(s.alice2->machine->requestRoomKey(kRoom, s.event)));
    }

    void requestFromDeviceWithoutSessionIsAnsweredAfterClaim()
    {
        Setup s;
        s.verifyEachOther(); // but ALICE1 has no Olm session with ALICE2 yet
        QVERIFY(take(s.alice.store.olmSessions(s.alice2->machine->identityKeys().curve25519)).isEmpty());
        s.alice2->send({*take(s.alice2->machine->requestRoomKey(kRoom, s.event))});
        s.alice.sync(); // receives the request, claims a key of ALICE2's, answers
        QCOMPARE(take(s.alice.store.olmSessions(s.alice2->machine->identityKeys().curve25519)).size(), 1);
        QCOMPARE(s.alice2->sync().newRoomKeys.size(), size_t(1));
        QCOMPARE(bodyOf(take(s.alice2->machine->decryptRoomEvent(kRoom, s.event))), QStringLiteral("psst"));
    }

    void unverifiedRequesterGetsNothing()
    {
        Setup s;
        s.sessionAlice1ToAlice2(); // nobody verified anybody
        s.alice2->send({*take(s.alice2->machine->requestRoomKey(kRoom, s.event))});
        s.alice.sync();
        QCOMPARE(s.alice2->sync().newRoomKeys.size(), size_t(0));
        QCOMPARE(s.alice2->machine->decryptRoomEvent(kRoom, s.event).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
    }

    void requestsFromOtherUsersAreNotAnswered()
    {
        Setup s;
        s.verifyEachOther();
        // Bob asks Alice's devices for a session of his own room: not answered (nothing goes out).
        const QJsonObject request{
            {QStringLiteral("action"), QStringLiteral("request")},
            {QStringLiteral("request_id"), QStringLiteral("r1")},
            {QStringLiteral("requesting_device_id"), QStringLiteral("ALICE2")},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
                         {QStringLiteral("room_id"), kRoom},
                         {QStringLiteral("sender_key"), s.bob.machine->identityKeys().curve25519},
                         {QStringLiteral("session_id"), s.event.value(QLatin1String("content"))
                                                            .toObject()
                                                            .value(QLatin1String("session_id"))
                                                            .toString()}}}};
        s.dir.deliver(kAlice, QStringLiteral("ALICE1"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room_key_request")},
                                  {QStringLiteral("sender"), kBob},
                                  {QStringLiteral("content"), request}});
        QVERIFY(take(s.alice.machine->receiveSyncChanges(s.dir.sync(kAlice, QStringLiteral("ALICE1"))))
                    .errors.isEmpty());
        for (const auto &r : take(s.alice.machine->outgoingRequests()))
            QVERIFY(r.kind != OutgoingRequest::Kind::ToDevice);
    }

    void forwardedKeysNeedARequestAndAVerifiedSender()
    {
        Setup s;
        s.sessionAlice1ToAlice2();
        // ALICE1 exports Bob's session as it holds it.
        const QString sessionId =
            s.event.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
        const QString bobCurve = s.bob.machine->identityKeys().curve25519;
        auto held = take(s.alice.store.inboundGroupSession(kRoom, bobCurve, sessionId));
        QVERIFY(held);
        auto session = take(MegolmInboundSession::unpickle(s.alice.pickleKey, held->sealedPickle));
        const QJsonObject forwarded{
            {QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
            {QStringLiteral("room_id"), kRoom},
            {QStringLiteral("sender_key"), bobCurve},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("session_key"), QString::fromLatin1(take(session.exportAt(0)))},
            {QStringLiteral("sender_claimed_ed25519_key"), s.bob.machine->identityKeys().ed25519},
            {QStringLiteral("forwarding_curve25519_key_chain"), QJsonArray{}}};
        auto forward = [&] {
            s.alice.send({take(s.alice.machine->encryptToDevice(
                kAlice, QStringLiteral("ALICE2"), QStringLiteral("m.forwarded_room_key"), forwarded))});
            return s.alice2->sync();
        };
        // Not asked for: refused even from a verified device.
        QVERIFY(s.alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                                 DeviceRecord::LocalTrust::Verified));
        auto out = forward();
        QCOMPARE(out.newRoomKeys.size(), size_t(0));
        QCOMPARE(out.errors.size(), 1);
        // Asked for, but the forwarding device is not verified: refused.
        QVERIFY(s.alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                                 DeviceRecord::LocalTrust::Unset));
        QVERIFY(take(s.alice2->machine->requestRoomKey(kRoom, s.event)));
        out = forward();
        QCOMPARE(out.newRoomKeys.size(), size_t(0));
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(s.alice2->machine->decryptRoomEvent(kRoom, s.event).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
        // Asked for and verified: accepted.
        QVERIFY(s.alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                                 DeviceRecord::LocalTrust::Verified));
        out = forward();
        QCOMPARE(out.newRoomKeys.size(), size_t(1));
        QCOMPARE(bodyOf(take(s.alice2->machine->decryptRoomEvent(kRoom, s.event))), QStringLiteral("psst"));
        // A key forwarded by another user is refused whatever was asked.
        QVERIFY(take(s.alice2->machine->requestRoomKey(QStringLiteral("!other:example.org"), s.event)));
        s.bob.sync(); // learns of ALICE2
        if (auto claim = take(s.bob.machine->missingSessions({kAlice})))
            s.bob.send({*claim});
        QJsonObject fromBob = forwarded;
        fromBob.insert(QStringLiteral("room_id"), QStringLiteral("!other:example.org"));
        s.bob.send({take(s.bob.machine->encryptToDevice(kAlice, QStringLiteral("ALICE2"),
                                                        QStringLiteral("m.forwarded_room_key"), fromBob))});
        out = s.alice2->sync();
        QCOMPARE(out.newRoomKeys.size(), size_t(0));
        QCOMPARE(out.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineKeyRequests)
#include "tst_olm_machine_key_requests.moc"
