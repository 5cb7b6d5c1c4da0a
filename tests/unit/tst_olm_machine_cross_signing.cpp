// OlmMachine cross-signing against the in-memory KeyDirectory: bootstrap, the trust chain master ->
// user-signing -> other master -> self-signing -> device, refusal of bad signatures, changed identities,
// and moving the private keys between two devices of the same user.
#include "crypto/base64.h"
#include "crypto/pk.h"
#include "key_directory.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");
const QString kRoom = QStringLiteral("!room:example.org");

// Sends one request to the directory and marks it sent; returns the server's answer.
QJsonObject upload(TestDevice &dev, const OutgoingRequest &request)
{
    const QJsonObject answer = dev.directory.handle(dev.userId, dev.deviceId, request);
    if (auto st = dev.machine->markRequestAsSent(request, answer); !st)
        qFatal("markRequestAsSent failed: %s", qPrintable(st.error().message));
    return answer;
}

bool noFailures(const QJsonObject &answer)
{
    return answer.value(QLatin1String("failures")).toObject().isEmpty();
}

// What Session does: upload the keys (auth is the directory's business), then this device's signature.
void bootstrap(TestDevice &dev)
{
    auto made = take(dev.machine->bootstrapCrossSigning());
    if (!dev.directory.uploadDeviceSigningKeys(dev.userId, made.deviceSigningUpload))
        qFatal("the directory refused the cross-signing keys");
    if (made.signOwnDevice.kind != OutgoingRequest::Kind::SignaturesUpload ||
        !noFailures(upload(dev, made.signOwnDevice)))
        qFatal("the directory refused our device's signature");
    dev.flush();
}

bool verified(TestDevice &viewer, const QString &user, const QString &device)
{
    return take(viewer.machine->isDeviceVerified(user, device));
}

QString randomSeed()
{
    return QString::fromLatin1(base64Encode(PkSigning::generateSeed()));
}

struct Two
{
    KeyDirectory dir;
    TestDevice alice{dir, kAlice, QStringLiteral("ALICE1")};
    TestDevice bob{dir, kBob, QStringLiteral("BOB1")};

    Two()
    {
        alice.flush();
        bob.flush();
        if (!alice.machine->updateTrackedUsers({kBob}) || !bob.machine->updateTrackedUsers({kAlice}))
            qFatal("tracking failed");
        alice.flush();
        bob.flush();
    }
    std::unique_ptr<TestDevice> newDevice(const QString &user, const QString &id)
    {
        auto dev = std::make_unique<TestDevice>(dir, user, id);
        dev->flush();
        if (!dev->machine->updateTrackedUsers({kAlice, kBob}))
            qFatal("tracking failed");
        dev->flush();
        return dev;
    }
};

} // namespace

class TestOlmMachineCrossSigning : public QObject
{
    Q_OBJECT
private slots:
    void bootstrapPublishesKeysAndSignsThisDevice()
    {
        Two t;
        bootstrap(t.alice);
        const QString master = t.dir.crossSigningKey(kAlice, QStringLiteral("master"))
                                   .value(QLatin1String("keys"))
                                   .toObject()
                                   .begin()
                                   .value()
                                   .toString();
        QVERIFY(!master.isEmpty());
        auto mine = take(t.alice.machine->userIdentity(kAlice));
        QCOMPARE(mine.masterKey, master);
        QVERIFY(!mine.selfSigningKey.isEmpty());
        QVERIFY(!mine.userSigningKey.isEmpty());
        QVERIFY(mine.verified);
        QVERIFY(!mine.changed);
        // The published device keys carry the self-signing key's signature.
        const QJsonObject sigs = t.dir.deviceKeys(kAlice, QStringLiteral("ALICE1"))
                                     .value(QLatin1String("signatures"))
                                     .toObject()
                                     .value(kAlice)
                                     .toObject();
        QVERIFY(sigs.contains(QLatin1String("ed25519:") + mine.selfSigningKey));
        // The seeds are sealed in the store, never in the clear.
        const auto secrets = take(t.alice.machine->exportCrossSigningSecrets());
        QVERIFY(!secrets.master.isEmpty() && !secrets.selfSigning.isEmpty() &&
                !secrets.userSigning.isEmpty());
        for (const auto *name :
             {"cross_signing.master", "cross_signing.self_signing", "cross_signing.user_signing"}) {
            const QByteArray stored = take(t.alice.store.value(QLatin1String(name)));
            QVERIFY(!stored.isEmpty());
            QVERIFY(!stored.contains(secrets.master.toLatin1()));
            QVERIFY(!stored.contains(secrets.selfSigning.toLatin1()));
            QVERIFY(!stored.contains(secrets.userSigning.toLatin1()));
        }
        // A restart keeps them.
        t.alice.reopen();
        QCOMPARE(take(t.alice.machine->exportCrossSigningSecrets()).master, secrets.master);
    }

    void failedUploadKeepsTheKeysWeHeld()
    {
        Two t;
        bootstrap(t.alice);
        const auto before = take(t.alice.machine->exportCrossSigningSecrets());
        const QString master = take(t.alice.machine->userIdentity(kAlice)).masterKey;
        // A reset whose upload never reaches the server (wrong password, cancelled prompt).
        auto lost = take(t.alice.machine->bootstrapCrossSigning());
        QVERIFY(!lost.deviceSigningUpload.isEmpty());
        t.alice.flush();
        const auto after = take(t.alice.machine->exportCrossSigningSecrets());
        QCOMPARE(after.master, before.master);
        QCOMPARE(after.selfSigning, before.selfSigning);
        QCOMPARE(after.userSigning, before.userSigning);
        auto mine = take(t.alice.machine->userIdentity(kAlice));
        QCOMPARE(mine.masterKey, master);
        QVERIFY(mine.verified);
        QVERIFY(!mine.changed);
        // The next attempt that reaches the server replaces them.
        bootstrap(t.alice);
        QVERIFY(take(t.alice.machine->exportCrossSigningSecrets()).master != before.master);
        mine = take(t.alice.machine->userIdentity(kAlice));
        QVERIFY(mine.masterKey != master);
        QVERIFY(mine.verified);
        QVERIFY(!mine.changed);
    }

    void otherUserSeesCrossSignedDeviceButTrustsItOnlyAfterSigning()
    {
        Two t;
        bootstrap(t.alice);
        t.bob.sync(); // device_lists.changed for Alice: query again
        auto seen = take(t.bob.machine->userIdentity(kAlice));
        QCOMPARE(seen.masterKey, take(t.alice.machine->userIdentity(kAlice)).masterKey);
        QVERIFY(!seen.selfSigningKey.isEmpty());
        QVERIFY(seen.userSigningKey.isEmpty()); // Alice's user-signing key is hers alone
        QVERIFY(!seen.verified);
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE1"))); // cross-signed, identity not trusted

        // Bob cannot sign Alice before he has a user-signing key of his own.
        QCOMPARE(t.bob.machine->signUser(kAlice).error().errcode, QStringLiteral("NO_CROSS_SIGNING"));
        bootstrap(t.bob);
        const auto request = take(t.bob.machine->signUser(kAlice));
        QCOMPARE(request.kind, OutgoingRequest::Kind::SignaturesUpload);
        QVERIFY(request.body.value(kAlice).toObject().contains(seen.masterKey));
        QVERIFY(take(t.bob.machine->userIdentity(kAlice)).verified); // at once, before the upload
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE1")));
        QVERIFY(noFailures(upload(t.bob, request)));
        t.bob.sync();
        QVERIFY(take(t.bob.machine->userIdentity(kAlice)).verified);

        // A device Alice adds and signs later is trusted by Bob without any new verification; an unsigned
        // one is not.
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        auto alice3 = t.newDevice(kAlice, QStringLiteral("ALICE3"));
        t.alice.sync();
        QVERIFY(noFailures(upload(t.alice, take(t.alice.machine->signOwnDevice(QStringLiteral("ALICE2"))))));
        QVERIFY(verified(t.alice, kAlice, QStringLiteral("ALICE2")));
        t.bob.sync();
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE2")));
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE3")));
    }

    void signatureOnTheServerIsTrustedByOurOtherDevice()
    {
        Two t;
        bootstrap(t.alice);
        bootstrap(t.bob);
        t.bob.sync();
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));
        // BOB2 never verified anyone: with Bob's keys imported it trusts Alice through the server's copy of
        // Bob's user-signing signature on Alice's master key.
        auto bob2 = t.newDevice(kBob, QStringLiteral("BOB2"));
        QVERIFY(!take(bob2->machine->userIdentity(kAlice)).verified);
        QVERIFY(bob2->machine->importCrossSigningSecrets(take(t.bob.machine->exportCrossSigningSecrets())));
        QVERIFY(take(bob2->machine->userIdentity(kBob)).verified);
        QVERIFY(take(bob2->machine->userIdentity(kAlice)).verified);
        QVERIFY(verified(*bob2, kAlice, QStringLiteral("ALICE1")));
    }

    void trustDecidesSenderTrustAndKeySharing()
    {
        Two t;
        bootstrap(t.alice);
        bootstrap(t.bob);
        t.alice.sync();
        t.bob.sync();
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2")); // never signed
        t.bob.sync();
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));

        // Bob shares only with verified devices: ALICE1 (cross-signed) gets the key, ALICE2 is told no.
        RoomEncryptionSettings onlyVerified;
        onlyVerified.onlyVerifiedDevices = true;
        if (auto claim = take(t.bob.machine->missingSessions({kAlice})))
            t.bob.send({*claim});
        t.bob.send(take(t.bob.machine->shareRoomKey(kRoom, {kAlice, kBob}, onlyVerified)));
        const QJsonObject event{
            {QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
            {QStringLiteral("event_id"), QStringLiteral("$1")},
            {QStringLiteral("sender"), kBob},
            {QStringLiteral("room_id"), kRoom},
            {QStringLiteral("content"), take(t.bob.machine->encryptRoomEvent(
                                            kRoom, QStringLiteral("m.room.message"),
                                            QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}))}};
        t.alice.sync();
        alice2->sync();
        QVERIFY(t.alice.machine->decryptRoomEvent(kRoom, event));
        QCOMPARE(alice2->machine->decryptRoomEvent(kRoom, event).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));

        // Alice sees Bob's message as from an unverified device until she signs Bob's identity.
        QCOMPARE(take(t.alice.machine->decryptRoomEvent(kRoom, event)).trust, SenderTrust::Unverified);
        QVERIFY(noFailures(upload(t.alice, take(t.alice.machine->signUser(kBob)))));
        QCOMPARE(take(t.alice.machine->decryptRoomEvent(kRoom, event)).trust, SenderTrust::Verified);
    }

    void badSignaturesAreRejected()
    {
        Two t;
        bootstrap(t.alice);
        bootstrap(t.bob);
        t.bob.sync();
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE1")));

        // The server swaps Alice's self-signing key for one her master key never signed.
        const QJsonObject realSsk = t.dir.crossSigningKey(kAlice, QStringLiteral("self_signing"));
        auto forger = take(PkSigning::fromSeed(PkSigning::generateSeed()));
        QJsonObject fakeSsk{
            {QStringLiteral("user_id"), kAlice},
            {QStringLiteral("usage"), QJsonArray{QStringLiteral("self_signing")}},
            {QStringLiteral("keys"),
             QJsonObject{{QLatin1String("ed25519:") + forger.publicKey(), forger.publicKey()}}}};
        QVERIFY(forger.signJson(fakeSsk, kAlice)); // signed by itself, not by the master key
        t.dir.replaceCrossSigningKey(kAlice, QStringLiteral("self_signing"), fakeSsk);
        t.bob.sync();
        QVERIFY(take(t.bob.machine->userIdentity(kAlice)).selfSigningKey.isEmpty());
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE1")));
        t.dir.replaceCrossSigningKey(kAlice, QStringLiteral("self_signing"), realSsk);
        t.bob.sync();
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE1")));

        // A device "signed" by the self-signing key with a signature that does not verify.
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        QJsonObject keys = t.dir.deviceKeys(kAlice, QStringLiteral("ALICE2"));
        QJsonObject sigs = keys.value(QLatin1String("signatures")).toObject();
        QJsonObject aliceSigs = sigs.value(kAlice).toObject();
        const QString ssk = take(t.bob.machine->userIdentity(kAlice)).selfSigningKey;
        aliceSigs.insert(QLatin1String("ed25519:") + ssk, QString(86, QLatin1Char('A')));
        sigs.insert(kAlice, aliceSigs);
        keys.insert(QStringLiteral("signatures"), sigs);
        t.dir.replaceDeviceKeys(kAlice, QStringLiteral("ALICE2"), keys);
        t.bob.sync();
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE2")));

        // The server refuses a signature upload whose signature does not verify (the directory checks
        // what Synapse checks); our machine's own uploads pass (above).
        auto request = take(t.alice.machine->signOwnDevice(QStringLiteral("ALICE1")));
        QJsonObject body = request.body;
        QJsonObject device = body.value(kAlice).toObject().value(QStringLiteral("ALICE1")).toObject();
        device.insert(QStringLiteral("display_name_tampered"), true);
        body.insert(kAlice, QJsonObject{{QStringLiteral("ALICE1"), device}});
        request.body = body;
        QVERIFY(!noFailures(t.dir.handle(kAlice, QStringLiteral("ALICE1"), request)));
    }

    void changedMasterKeyIsFlaggedAndUntrusted()
    {
        Two t;
        bootstrap(t.alice);
        bootstrap(t.bob);
        t.bob.sync();
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));
        const QString oldMaster = take(t.bob.machine->userIdentity(kAlice)).masterKey;

        // Alice (or someone with her password) resets cross-signing.
        bootstrap(t.alice);
        t.bob.sync(); // the query runs in this sync's flush; the next output reports what it found
        QVERIFY(t.bob.sync().devicesChangedFor.contains(kAlice));
        auto seen = take(t.bob.machine->userIdentity(kAlice));
        QVERIFY(seen.masterKey != oldMaster);
        QVERIFY(seen.changed);
        QVERIFY(!seen.verified);
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE1")));
        // Still flagged after another query; acknowledging stops the warning but does not restore trust.
        t.dir.replaceCrossSigningKey(kAlice, QStringLiteral("master"),
                                     t.dir.crossSigningKey(kAlice, QStringLiteral("master")));
        t.bob.sync();
        QVERIFY(take(t.bob.machine->userIdentity(kAlice)).changed);
        QVERIFY(t.bob.machine->acknowledgeIdentityChange(kAlice));
        seen = take(t.bob.machine->userIdentity(kAlice));
        QVERIFY(!seen.changed);
        QVERIFY(!seen.verified);
        QVERIFY(!verified(t.bob, kAlice, QStringLiteral("ALICE1")));
        // Verifying the new identity trusts it again.
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE1")));

        // Alice's own machine made the new key: no warning for her.
        QVERIFY(!take(t.alice.machine->userIdentity(kAlice)).changed);
        QVERIFY(take(t.alice.machine->userIdentity(kAlice)).verified);
    }

    void importOfWrongSeedsIsRefused()
    {
        Two t;
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        // Nothing published yet: nothing to check against.
        QCOMPARE(alice2->machine->importCrossSigningSecrets({randomSeed(), {}, {}}).error().errcode,
                 QStringLiteral("NO_CROSS_SIGNING"));
        bootstrap(t.alice);
        alice2->sync();
        const auto real = take(t.alice.machine->exportCrossSigningSecrets());
        QCOMPARE(alice2->machine->importCrossSigningSecrets({randomSeed(), {}, {}}).error().errcode,
                 QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        // A right master key beside a wrong self-signing key: all refused, nothing stored.
        QCOMPARE(alice2->machine->importCrossSigningSecrets({real.master, randomSeed(), real.userSigning})
                     .error()
                     .errcode,
                 QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        // Keys swapped between roles are wrong too.
        QCOMPARE(
            alice2->machine->importCrossSigningSecrets({real.selfSigning, real.master, {}}).error().errcode,
            QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        QCOMPARE(alice2->machine->importCrossSigningSecrets({QStringLiteral("not base64!"), {}, {}})
                     .error()
                     .errcode,
                 QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        const auto held = take(alice2->machine->exportCrossSigningSecrets());
        QVERIFY(held.master.isEmpty() && held.selfSigning.isEmpty() && held.userSigning.isEmpty());
        QVERIFY(!take(alice2->machine->userIdentity(kAlice)).verified);
        QCOMPARE(alice2->machine->signOwnDevice(QStringLiteral("ALICE2")).error().errcode,
                 QStringLiteral("NO_CROSS_SIGNING"));
    }

    void exportImportRoundTripBetweenOwnDevices()
    {
        Two t;
        bootstrap(t.alice);
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        QVERIFY(!take(alice2->machine->userIdentity(kAlice)).verified);
        QVERIFY(
            !verified(*alice2, kAlice, QStringLiteral("ALICE1"))); // cross-signed, identity not trusted yet

        const auto secrets = take(t.alice.machine->exportCrossSigningSecrets());
        QVERIFY(!secrets.master.contains(QLatin1Char('='))); // unpadded base64
        QCOMPARE(base64Decode(secrets.master.toLatin1())->size(), PkSigning::kSeedSize);
        QVERIFY(alice2->machine->importCrossSigningSecrets(secrets));
        const auto back = take(alice2->machine->exportCrossSigningSecrets());
        QCOMPARE(back.master, secrets.master);
        QCOMPARE(back.selfSigning, secrets.selfSigning);
        QCOMPARE(back.userSigning, secrets.userSigning);
        QVERIFY(take(alice2->machine->userIdentity(kAlice)).verified);
        QVERIFY(verified(*alice2, kAlice, QStringLiteral("ALICE1")));

        // The new device signs itself; the first one and Bob's (after verifying Alice) trust it.
        QVERIFY(noFailures(upload(*alice2, take(alice2->machine->signOwnDevice(QStringLiteral("ALICE2"))))));
        t.alice.sync();
        QVERIFY(verified(t.alice, kAlice, QStringLiteral("ALICE2")));
        bootstrap(t.bob);
        t.bob.sync();
        QVERIFY(noFailures(upload(t.bob, take(t.bob.machine->signUser(kAlice)))));
        QVERIFY(verified(t.bob, kAlice, QStringLiteral("ALICE2")));
    }

    void ownIdentityTrustedThroughVerifiedDevice()
    {
        Two t;
        bootstrap(t.alice); // ALICE1 signs the master key with its device key
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        auto alice3 = t.newDevice(kAlice, QStringLiteral("ALICE3"));
        t.alice.sync();
        QVERIFY(noFailures(upload(t.alice, take(t.alice.machine->signOwnDevice(QStringLiteral("ALICE3"))))));
        alice2->sync();
        QVERIFY(!verified(*alice2, kAlice, QStringLiteral("ALICE3")));
        // ALICE2 verifies ALICE1 (SAS): ALICE1's signature on the master key makes the identity trusted.
        QVERIFY(alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                               DeviceRecord::LocalTrust::Verified));
        QVERIFY(take(alice2->machine->userIdentity(kAlice)).verified);
        QVERIFY(verified(*alice2, kAlice, QStringLiteral("ALICE3")));
        // A blocked device is never verified, cross-signed or not.
        QVERIFY(alice2->machine->setLocalTrust(kAlice, QStringLiteral("ALICE3"),
                                               DeviceRecord::LocalTrust::Blocked));
        QVERIFY(!verified(*alice2, kAlice, QStringLiteral("ALICE3")));
    }

    void ownIdentityVerifiedFromAnotherDeviceBySigningIt()
    {
        Two t;
        bootstrap(t.alice);
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        // After SAS with ALICE1 that covered the master key, ALICE2 signs our master key with its device key.
        const auto request = take(alice2->machine->signUser(kAlice));
        const QString master = take(alice2->machine->userIdentity(kAlice)).masterKey;
        QVERIFY(request.body.value(kAlice)
                    .toObject()
                    .value(master)
                    .toObject()
                    .value(QLatin1String("signatures"))
                    .toObject()
                    .value(kAlice)
                    .toObject()
                    .contains(QStringLiteral("ed25519:ALICE2")));
        QVERIFY(noFailures(upload(*alice2, request)));
        QVERIFY(take(alice2->machine->userIdentity(kAlice)).verified);
        QVERIFY(verified(*alice2, kAlice, QStringLiteral("ALICE1")));
    }

    void resetOfOurIdentityQueriesOthersAgain()
    {
        Two t;
        bootstrap(t.alice);
        bootstrap(t.bob);
        t.alice.sync();
        QVERIFY(!take(t.alice.store.trackedUsers()).value(kBob));
        // ALICE2 resets Alice's cross-signing: ALICE1 holds the old keys and learns of the new identity.
        auto alice2 = t.newDevice(kAlice, QStringLiteral("ALICE2"));
        bootstrap(*alice2);
        QVERIFY(t.alice.machine->receiveSyncChanges(t.dir.sync(kAlice, QStringLiteral("ALICE1"))));
        auto requests = take(t.alice.machine->outgoingRequests());
        std::vector<OutgoingRequest> queries;
        for (const OutgoingRequest &r : requests)
            if (r.kind == OutgoingRequest::Kind::KeysQuery)
                queries.push_back(r);
        QCOMPARE(int(queries.size()), 1);
        QVERIFY(queries.front().body.value(QLatin1String("device_keys")).toObject().contains(kAlice));
        QVERIFY(!queries.front().body.value(QLatin1String("device_keys")).toObject().contains(kBob));
        t.alice.send(queries);
        QVERIFY(take(t.alice.machine->userIdentity(kAlice)).changed);
        // Bob was trusted through the old user-signing key: he is queried again, not left as he was.
        QVERIFY(take(t.alice.store.trackedUsers()).value(kBob));
        bool bobQueried = false;
        for (const OutgoingRequest &r : take(t.alice.machine->outgoingRequests()))
            bobQueried |= r.kind == OutgoingRequest::Kind::KeysQuery &&
                          r.body.value(QLatin1String("device_keys")).toObject().contains(kBob);
        QVERIFY(bobQueried);
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineCrossSigning)
#include "tst_olm_machine_cross_signing.moc"
