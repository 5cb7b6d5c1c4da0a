// OlmMachine to-device encryption: Olm round trips both ways, the payload checks, clean failures on
// garbage, truncated or tampered ciphertext, and wedged-session recovery (new session + m.dummy,
// rate-limited).
#include "key_directory.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");

// Alice and Bob know each other's devices.
struct Pair
{
    KeyDirectory dir;
    TestDevice alice{dir, kAlice, QStringLiteral("ALICE1")};
    TestDevice bob{dir, kBob, QStringLiteral("BOB1")};
    Pair()
    {
        alice.flush();
        bob.flush();
        if (!alice.machine->updateTrackedUsers({kBob}) || !bob.machine->updateTrackedUsers({kAlice}))
            qFatal("tracking failed");
        alice.flush();
        bob.flush();
    }
    void aliceClaimsBob()
    {
        auto claim = take(alice.machine->missingSessions({kBob}));
        if (!claim)
            qFatal("no claim was needed");
        alice.send({*claim});
    }
};

QJsonObject verificationRequest(const QString &txn)
{
    return QJsonObject{{QStringLiteral("transaction_id"), txn},
                       {QStringLiteral("from_device"), QStringLiteral("X")},
                       {QStringLiteral("methods"), QJsonArray{QStringLiteral("m.sas.v1")}}};
}

// The one to-device event an output carries, checked to be there.
QJsonObject only(const SyncCryptoOutput &out)
{
    if (out.toDevice.size() != 1)
        qFatal("expected one to-device event, got %d (errors: %s)", int(out.toDevice.size()),
               qPrintable(out.errors.join(QLatin1Char(' '))));
    return out.toDevice.front();
}

} // namespace

class TestOlmMachineOlm : public QObject
{
    Q_OBJECT
private slots:
    void roundTripBothWays()
    {
        Pair p;
        const int bobKeysBefore = p.dir.oneTimeKeyCount(kBob, QStringLiteral("BOB1"));
        p.aliceClaimsBob();
        QCOMPARE(take(p.alice.machine->missingSessions({kBob})).has_value(), false);
        QCOMPARE(p.dir.oneTimeKeyCount(kBob, QStringLiteral("BOB1")), bobKeysBefore - 1);

        p.alice.send({take(p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"),
                                                            QStringLiteral("m.key.verification.request"),
                                                            verificationRequest(QStringLiteral("t1"))))});
        QJsonObject got = only(p.bob.sync());
        QCOMPARE(got.value(QLatin1String("type")).toString(), QStringLiteral("m.key.verification.request"));
        QCOMPARE(got.value(QLatin1String("sender")).toString(), kAlice);
        QCOMPARE(got.value(QLatin1String("sender_key")).toString(),
                 p.alice.machine->identityKeys().curve25519);
        QCOMPARE(got.value(QLatin1String("sender_device")).toString(), QStringLiteral("ALICE1"));
        QCOMPARE(got.value(QLatin1String("content")).toObject(), verificationRequest(QStringLiteral("t1")));
        // Bob's one-time key was used once; the sync after the claim refilled it.
        QCOMPARE(p.dir.oneTimeKeyCount(kBob, QStringLiteral("BOB1")), bobKeysBefore);

        // Bob answers over the session Alice's pre-key message made: no claim needed on his side.
        QVERIFY(!take(p.bob.machine->missingSessions({kAlice})));
        p.bob.send({take(p.bob.machine->encryptToDevice(kAlice, QStringLiteral("ALICE1"),
                                                        QStringLiteral("m.key.verification.ready"),
                                                        verificationRequest(QStringLiteral("t2"))))});
        got = only(p.alice.sync());
        QCOMPARE(got.value(QLatin1String("type")).toString(), QStringLiteral("m.key.verification.ready"));
        QCOMPARE(got.value(QLatin1String("sender_device")).toString(), QStringLiteral("BOB1"));

        // And on: several messages each way, in one sync, in order, still over the one session.
        for (int i = 0; i < 3; ++i)
            p.alice.send(
                {take(p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.x"),
                                                       QJsonObject{{QStringLiteral("i"), i}}))});
        const auto out = p.bob.sync();
        QCOMPARE(out.toDevice.size(), size_t(3));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(out.toDevice[size_t(i)]
                         .value(QLatin1String("content"))
                         .toObject()
                         .value(QLatin1String("i"))
                         .toInt(),
                     i);
        QCOMPARE(take(p.alice.store.olmSessions(p.bob.machine->identityKeys().curve25519)).size(), 1);
        QCOMPARE(take(p.bob.store.olmSessions(p.alice.machine->identityKeys().curve25519)).size(), 1);

        // Both restart; the sessions continue.
        p.alice.reopen();
        p.bob.reopen();
        p.alice.send({take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.after"), {}))});
        QCOMPARE(only(p.bob.sync()).value(QLatin1String("type")).toString(), QStringLiteral("m.after"));
    }

    void messagesForAnotherDeviceOrSenderFail()
    {
        Pair p;
        TestDevice bob2(p.dir, kBob, QStringLiteral("BOB2"));
        bob2.flush();
        p.alice.sync();
        auto claim = take(p.alice.machine->missingSessions({kBob}));
        QVERIFY(claim);
        p.alice.send({*claim});
        // A message encrypted for BOB2 is handed to BOB1: not for this device.
        auto forBob2 =
            take(p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB2"), QStringLiteral("m.x"), {}));
        const QJsonObject content = forBob2.body.value(QLatin1String("messages"))
                                        .toObject()
                                        .value(kBob)
                                        .toObject()
                                        .value(QLatin1String("BOB2"))
                                        .toObject();
        p.dir.deliver(kBob, QStringLiteral("BOB1"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                                  {QStringLiteral("sender"), kAlice},
                                  {QStringLiteral("content"), content}});
        auto out = p.bob.sync();
        QCOMPARE(out.toDevice.size(), size_t(0));
        QCOMPARE(out.errors.size(), 1);

        // A genuine message for BOB1 relayed with another sender: the payload's sender does not match.
        auto forBob1 =
            take(p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.x"), {}));
        p.dir.deliver(kBob, QStringLiteral("BOB1"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                                  {QStringLiteral("sender"), QStringLiteral("@mallory:example.org")},
                                  {QStringLiteral("content"), forBob1.body.value(QLatin1String("messages"))
                                                                  .toObject()
                                                                  .value(kBob)
                                                                  .toObject()
                                                                  .value(QLatin1String("BOB1"))}});
        out = p.bob.sync();
        QCOMPARE(out.toDevice.size(), size_t(0));
        QCOMPARE(out.errors.size(), 1);
    }

    void garbageTruncatedAndTamperedFailCleanly()
    {
        Pair p;
        p.aliceClaimsBob();
        p.alice.send({take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.first"), {}))});
        QCOMPARE(only(p.bob.sync()).value(QLatin1String("type")).toString(), QStringLiteral("m.first"));

        const QString bobCurve = p.bob.machine->identityKeys().curve25519;
        auto message = take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.real"), {}));
        QJsonObject content = message.body.value(QLatin1String("messages"))
                                  .toObject()
                                  .value(kBob)
                                  .toObject()
                                  .value(QLatin1String("BOB1"))
                                  .toObject();
        const QJsonObject cipher =
            content.value(QLatin1String("ciphertext")).toObject().value(bobCurve).toObject();
        const QString body = cipher.value(QLatin1String("body")).toString();
        const int type = cipher.value(QLatin1String("type")).toInt();
        auto withBody = [&](const QJsonValue &b, const QJsonValue &t) {
            QJsonObject c = content;
            c.insert(QStringLiteral("ciphertext"),
                     QJsonObject{
                         {bobCurve, QJsonObject{{QStringLiteral("type"), t}, {QStringLiteral("body"), b}}}});
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                               {QStringLiteral("sender"), kAlice},
                               {QStringLiteral("content"), c}};
        };
        QString flipped = body;
        flipped[flipped.size() - 3] =
            flipped[flipped.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QList<QJsonObject> bad{
            withBody(body.left(body.size() / 2), type),           // truncated
            withBody(flipped, type),                              // MAC no longer matches
            withBody(QStringLiteral("not base64 at all!"), type), // garbage
            withBody(QString(), type),                            // empty
            withBody(body, 7),                                    // no such message type
            withBody(body, QStringLiteral("1")),                  // type of the wrong JSON kind
        };
        for (const auto &event : bad)
            p.dir.deliver(kBob, QStringLiteral("BOB1"), event);
        p.dir.deliver(
            kBob, QStringLiteral("BOB1"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                        {QStringLiteral("sender"), kAlice},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.olm.v2.unknown")}}}});
        // A room key without Olm is never accepted.
        p.dir.deliver(kBob, QStringLiteral("BOB1"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room_key")},
                                  {QStringLiteral("sender"), kAlice},
                                  {QStringLiteral("content"),
                                   QJsonObject{{QStringLiteral("room_id"), QStringLiteral("!r:x")}}}});
        // The genuine message still decrypts after all that.
        p.alice.send({message});
        const auto out = p.bob.sync();
        QCOMPARE(out.errors.size(), bad.size() + 2);
        for (const QString &e : out.errors)
            QVERIFY2(!e.isEmpty(), "every failure has a sentence");
        QCOMPARE(only(out).value(QLatin1String("type")).toString(), QStringLiteral("m.real"));
    }

    void wedgedSessionIsRecovered()
    {
        Pair p;
        qint64 clock = 1'700'000'000'000;
        p.bob.machine->setClock([&clock] { return clock; });
        p.aliceClaimsBob();
        p.alice.send({take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.first"), {}))});
        QCOMPARE(only(p.bob.sync()).value(QLatin1String("type")).toString(), QStringLiteral("m.first"));
        const QString aliceCurve = p.alice.machine->identityKeys().curve25519;
        const QString bobCurve = p.bob.machine->identityKeys().curve25519;

        // Alice's next message is lost on the way and replaced by one Bob cannot decrypt (as after Bob
        // restored an old backup of his session): the session is wedged.
        auto lost = take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.lost"), {}));
        QJsonObject content = lost.body.value(QLatin1String("messages"))
                                  .toObject()
                                  .value(kBob)
                                  .toObject()
                                  .value(QLatin1String("BOB1"))
                                  .toObject();
        QJsonObject cipher = content.value(QLatin1String("ciphertext")).toObject().value(bobCurve).toObject();
        QString body = cipher.value(QLatin1String("body")).toString();
        body[body.size() - 2] =
            body[body.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        cipher.insert(QStringLiteral("body"), body);
        content.insert(QStringLiteral("ciphertext"), QJsonObject{{bobCurve, cipher}});
        const QJsonObject broken{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                                 {QStringLiteral("sender"), kAlice},
                                 {QStringLiteral("content"), content}};
        p.dir.deliver(kBob, QStringLiteral("BOB1"), broken);
        auto out = p.bob.sync(); // the sync's flush claims a key of Alice's and sends m.dummy
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(take(p.bob.store.olmSessions(aliceCurve)).size(), 2);

        // Alice gets the m.dummy: consumed by the machine, a new session on her side.
        out = p.alice.sync();
        QCOMPARE(out.toDevice.size(), size_t(0));
        QVERIFY(out.errors.isEmpty());
        QCOMPARE(take(p.alice.store.olmSessions(bobCurve)).size(), 2);
        // Her next message goes over the newest session and reaches Bob.
        p.alice.send({take(
            p.alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.again"), {}))});
        QCOMPARE(only(p.bob.sync()).value(QLatin1String("type")).toString(), QStringLiteral("m.again"));

        // Rate limit: another undecryptable message within the hour makes no new session...
        p.dir.deliver(kBob, QStringLiteral("BOB1"), broken);
        p.bob.sync();
        QCOMPARE(take(p.bob.store.olmSessions(aliceCurve)).size(), 2);
        // ...but after an hour it does.
        clock += 60 * 60 * 1000;
        p.dir.deliver(kBob, QStringLiteral("BOB1"), broken);
        p.bob.sync();
        QCOMPARE(take(p.bob.store.olmSessions(aliceCurve)).size(), 3);

        // A device we do not know gets no new session for its garbage.
        QJsonObject stranger = broken;
        stranger.insert(QStringLiteral("sender"), QStringLiteral("@stranger:example.org"));
        clock += 2 * 60 * 60 * 1000;
        p.dir.deliver(kBob, QStringLiteral("BOB1"), stranger);
        QCOMPARE(p.bob.sync().errors.size(), 1);
        QCOMPARE(take(p.bob.store.olmSessions(aliceCurve)).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineOlm)
#include "tst_olm_machine_olm.moc"
