// OlmMachine key management: the first upload, one-time key top-up from the server's counts, fallback keys,
// /keys/query checks (bad signatures, mismatched IDs, keys changed under a known device ID, deleted
// devices) and reopening from the same store.
#include "crypto/olm_account.h"
#include "key_directory.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");

const OutgoingRequest *findKind(const std::vector<OutgoingRequest> &rs, OutgoingRequest::Kind kind)
{
    for (const auto &r : rs) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

std::optional<DeviceRecord> deviceOf(TestDevice &who, const QString &user, const QString &device)
{
    for (const auto &d : take(who.machine->devices(user))) {
        if (d.deviceId == device)
            return d;
    }
    return std::nullopt;
}

} // namespace

class TestOlmMachineKeys : public QObject
{
    Q_OBJECT
private slots:
    void firstUploadThenTopUpFromCounts()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        auto requests = take(alice.machine->outgoingRequests());
        const OutgoingRequest *upload = findKind(requests, OutgoingRequest::Kind::KeysUpload);
        QVERIFY(upload);
        const QJsonObject deviceKeys = upload->body.value(QLatin1String("device_keys")).toObject();
        QCOMPARE(deviceKeys.value(QLatin1String("device_id")).toString(), QStringLiteral("ALICE1"));
        QCOMPARE(deviceKeys.value(QLatin1String("keys"))
                     .toObject()
                     .value(QLatin1String("curve25519:ALICE1"))
                     .toString(),
                 alice.machine->identityKeys().curve25519);
        const int half = upload->body.value(QLatin1String("one_time_keys")).toObject().size();
        QVERIFY(half >= 25);
        QCOMPARE(upload->body.value(QLatin1String("fallback_keys")).toObject().size(), 1);
        // Our own device list is followed from the start.
        QVERIFY(findKind(requests, OutgoingRequest::Kind::KeysQuery));
        alice.send(requests);
        QCOMPARE(dir.oneTimeKeyCount(kAlice, QStringLiteral("ALICE1")), half);

        // Nothing more is due while the server holds enough keys, even after a sync says so.
        alice.sync();
        QVERIFY(!findKind(take(alice.machine->outgoingRequests()), OutgoingRequest::Kind::KeysUpload));

        // Someone claims three keys: the next sync's count makes the machine upload exactly three new ones.
        TestDevice bob(dir, kBob, QStringLiteral("BOB1"));
        bob.flush();
        QVERIFY(bob.machine->updateTrackedUsers({kAlice}));
        bob.flush();
        for (int i = 0; i < 3; ++i) {
            OutgoingRequest claim{
                QStringLiteral("c%1").arg(i),
                OutgoingRequest::Kind::KeysClaim,
                QJsonObject{{QStringLiteral("one_time_keys"),
                             QJsonObject{{kAlice, QJsonObject{{QStringLiteral("ALICE1"),
                                                               QStringLiteral("signed_curve25519")}}}}}},
                {},
                {},
                {}};
            dir.handle(kBob, QStringLiteral("BOB1"), claim);
        }
        QCOMPARE(dir.oneTimeKeyCount(kAlice, QStringLiteral("ALICE1")), half - 3);
        take(alice.machine->receiveSyncChanges(dir.sync(kAlice, QStringLiteral("ALICE1"))));
        requests = take(alice.machine->outgoingRequests());
        upload = findKind(requests, OutgoingRequest::Kind::KeysUpload);
        QVERIFY(upload);
        QVERIFY(!upload->body.contains(QLatin1String("device_keys")));
        QCOMPARE(upload->body.value(QLatin1String("one_time_keys")).toObject().size(), 3);
        QVERIFY(!upload->body.contains(QLatin1String("fallback_keys")));
        alice.send(requests);
        QCOMPARE(dir.oneTimeKeyCount(kAlice, QStringLiteral("ALICE1")), half);
    }

    void fallbackKeyReplacedWhenUsed()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        alice.flush();
        QVERIFY(dir.hasUnusedFallbackKey(kAlice, QStringLiteral("ALICE1")));
        const QJsonObject before = dir.deviceKeys(kAlice, QStringLiteral("ALICE1"));
        // Claim every one-time key and then one more: the last claim gets the fallback key.
        const OutgoingRequest claim{
            QStringLiteral("c"),
            OutgoingRequest::Kind::KeysClaim,
            QJsonObject{{QStringLiteral("one_time_keys"),
                         QJsonObject{{kAlice, QJsonObject{{QStringLiteral("ALICE1"),
                                                           QStringLiteral("signed_curve25519")}}}}}},
            {},
            {},
            {}};
        const int count = dir.oneTimeKeyCount(kAlice, QStringLiteral("ALICE1"));
        for (int i = 0; i < count; ++i)
            dir.handle(kBob, QStringLiteral("BOB1"), claim);
        const QJsonObject got = dir.handle(kBob, QStringLiteral("BOB1"), claim);
        const QJsonObject fallbackKey = got.value(QLatin1String("one_time_keys"))
                                            .toObject()
                                            .value(kAlice)
                                            .toObject()
                                            .value(QLatin1String("ALICE1"))
                                            .toObject();
        QCOMPARE(fallbackKey.size(), 1);
        QCOMPARE(fallbackKey.begin().value().toObject().value(QLatin1String("fallback")).toBool(), true);
        QVERIFY(!dir.hasUnusedFallbackKey(kAlice, QStringLiteral("ALICE1")));

        // The sync lacks signed_curve25519 in device_unused_fallback_key_types: a new fallback key goes up,
        // with the one-time keys that refill the count.
        take(alice.machine->receiveSyncChanges(dir.sync(kAlice, QStringLiteral("ALICE1"))));
        auto requests = take(alice.machine->outgoingRequests());
        const OutgoingRequest *upload = findKind(requests, OutgoingRequest::Kind::KeysUpload);
        QVERIFY(upload);
        const QJsonObject fallback = upload->body.value(QLatin1String("fallback_keys")).toObject();
        QCOMPARE(fallback.size(), 1);
        QVERIFY(fallback.begin().key() != fallbackKey.begin().key());
        QCOMPARE(upload->body.value(QLatin1String("one_time_keys")).toObject().size(), count);
        alice.send(requests);
        QVERIFY(dir.hasUnusedFallbackKey(kAlice, QStringLiteral("ALICE1")));
        // A sync that reports the fallback key as unused asks for nothing more.
        take(alice.machine->receiveSyncChanges(dir.sync(kAlice, QStringLiteral("ALICE1"))));
        QVERIFY(!findKind(take(alice.machine->outgoingRequests()), OutgoingRequest::Kind::KeysUpload));
        QCOMPARE(dir.deviceKeys(kAlice, QStringLiteral("ALICE1")), before);
    }

    void badlySignedDevicesAreRejected()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        TestDevice bob(dir, kBob, QStringLiteral("BOB1"));
        bob.flush();
        alice.flush();
        // Bob's genuine keys listed under another device ID: user_id/device_id do not match the listing.
        QJsonObject copied = dir.deviceKeys(kBob, QStringLiteral("BOB1"));
        dir.replaceDeviceKeys(kBob, QStringLiteral("COPY"), copied);
        // A device whose signature does not cover what it says (its display name was signed, the keys
        // were changed afterwards).
        OlmAccount other = take(OlmAccount::create());
        QJsonObject forged = take(other.deviceKeys(kBob, QStringLiteral("FORGED")));
        QJsonObject keys = forged.value(QLatin1String("keys")).toObject();
        keys.insert(QStringLiteral("curve25519:FORGED"), alice.machine->identityKeys().curve25519);
        forged.insert(QStringLiteral("keys"), keys);
        dir.replaceDeviceKeys(kBob, QStringLiteral("FORGED"), forged);
        // A device with no signature at all.
        QJsonObject unsignedKeys = take(other.deviceKeys(kBob, QStringLiteral("NOSIG")));
        unsignedKeys.remove(QStringLiteral("signatures"));
        dir.replaceDeviceKeys(kBob, QStringLiteral("NOSIG"), unsignedKeys);
        // And a well-signed extra device, which is accepted.
        dir.replaceDeviceKeys(kBob, QStringLiteral("GOOD"),
                              take(other.deviceKeys(kBob, QStringLiteral("GOOD"))));

        QVERIFY(alice.machine->updateTrackedUsers({kBob}));
        alice.flush();
        const auto devices = take(alice.machine->devices(kBob));
        QStringList ids;
        for (const auto &d : devices)
            ids.append(d.deviceId);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("BOB1"), QStringLiteral("GOOD")}));
        QCOMPARE(deviceOf(alice, kBob, QStringLiteral("BOB1"))->curve25519,
                 bob.machine->identityKeys().curve25519);
        QCOMPARE(deviceOf(alice, kBob, QStringLiteral("BOB1"))->ed25519, bob.machine->identityKeys().ed25519);
        // A claim is only made for the accepted devices.
        auto claim = take(alice.machine->missingSessions({kBob}));
        QVERIFY(claim);
        QCOMPARE(claim->body.value(QLatin1String("one_time_keys")).toObject().value(kBob).toObject().keys(),
                 (QStringList{QStringLiteral("BOB1"), QStringLiteral("GOOD")}));
    }

    void changedKeysUnderKnownDeviceAreNotTrusted()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        TestDevice bob(dir, kBob, QStringLiteral("BOB1"));
        bob.flush();
        QVERIFY(alice.machine->updateTrackedUsers({kBob}));
        alice.flush();
        QVERIFY(
            alice.machine->setLocalTrust(kBob, QStringLiteral("BOB1"), DeviceRecord::LocalTrust::Verified));
        const IdentityKeys real = bob.machine->identityKeys();

        // The server now lists other (validly self-signed) keys under Bob's device ID.
        OlmAccount impostor = take(OlmAccount::create());
        dir.replaceDeviceKeys(kBob, QStringLiteral("BOB1"),
                              take(impostor.deviceKeys(kBob, QStringLiteral("BOB1"))));
        alice.sync();
        const auto bob1 = deviceOf(alice, kBob, QStringLiteral("BOB1"));
        QVERIFY(bob1);
        QCOMPARE(bob1->curve25519, real.curve25519);
        QCOMPARE(bob1->ed25519, real.ed25519);
        QCOMPARE(bob1->localTrust, DeviceRecord::LocalTrust::Verified);

        // A claim answered with the impostor's one-time key (signed by the impostor) makes no session.
        QVERIFY(impostor.generateOneTimeKeys(1));
        const QJsonObject otk = take(impostor.signedOneTimeKeys(kBob, QStringLiteral("BOB1")));
        auto claim = take(alice.machine->missingSessions({kBob}));
        QVERIFY(claim);
        QVERIFY(alice.machine->markRequestAsSent(
            *claim, QJsonObject{{QStringLiteral("one_time_keys"),
                                 QJsonObject{{kBob, QJsonObject{{QStringLiteral("BOB1"), otk}}}}}}));
        QCOMPARE(take(alice.store.olmSessions(real.curve25519)).size(), 0);
        QCOMPARE(take(alice.store.olmSessions(take(impostor.identityKeys()).curve25519)).size(), 0);
        auto encrypted =
            alice.machine->encryptToDevice(kBob, QStringLiteral("BOB1"), QStringLiteral("m.dummy"), {});
        QVERIFY(!encrypted);
        QCOMPARE(encrypted.error().errcode, QStringLiteral("NO_OLM_SESSION"));
    }

    void removedDevicesAreMarkedDeleted()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        TestDevice bob(dir, kBob, QStringLiteral("BOB1"));
        TestDevice bob2(dir, kBob, QStringLiteral("BOB2"));
        bob.flush();
        bob2.flush();
        QVERIFY(alice.machine->updateTrackedUsers({kBob}));
        alice.flush();
        QVERIFY(!deviceOf(alice, kBob, QStringLiteral("BOB2"))->deleted);
        dir.removeDevice(kBob, QStringLiteral("BOB2"));
        const auto out = alice.sync();
        Q_UNUSED(out);
        QVERIFY(deviceOf(alice, kBob, QStringLiteral("BOB2"))->deleted);
        QVERIFY(!deviceOf(alice, kBob, QStringLiteral("BOB1"))->deleted);
        // The next sync reports whose list changed.
        QCOMPARE(alice.sync().devicesChangedFor, QStringList{kBob});
        auto claim = take(alice.machine->missingSessions({kBob}));
        QVERIFY(claim);
        QCOMPARE(claim->body.value(QLatin1String("one_time_keys")).toObject().value(kBob).toObject().keys(),
                 QStringList{QStringLiteral("BOB1")});
    }

    void deviceListChangesDuringAQueryAndLeftUsers()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        TestDevice bob(dir, kBob, QStringLiteral("BOB1"));
        bob.flush();
        alice.flush();
        QVERIFY(alice.machine->updateTrackedUsers({kBob}));
        auto requests = take(alice.machine->outgoingRequests());
        const OutgoingRequest *query = findKind(requests, OutgoingRequest::Kind::KeysQuery);
        QVERIFY(query);
        QVERIFY(query->body.value(QLatin1String("device_keys")).toObject().contains(kBob));
        // The server answers the query, but before the answer is handed back Bob adds a device and the
        // sync says so: the answer (without BOB2) must not mark Bob's list up to date.
        const QJsonObject answer = dir.handle(kAlice, QStringLiteral("ALICE1"), *query);
        TestDevice bob2(dir, kBob, QStringLiteral("BOB2"));
        bob2.flush();
        take(alice.machine->receiveSyncChanges(dir.sync(kAlice, QStringLiteral("ALICE1"))));
        QVERIFY(alice.machine->markRequestAsSent(*query, answer));
        QVERIFY(take(alice.store.trackedUsers()).value(kBob));
        alice.flush();
        QVERIFY(!take(alice.store.trackedUsers()).value(kBob));
        QVERIFY(deviceOf(alice, kBob, QStringLiteral("BOB2")));

        // Bob leaves every shared room: he is no longer followed, and his changes cause no query.
        SyncCryptoInput left;
        left.deviceListsLeft = {kBob};
        take(alice.machine->receiveSyncChanges(left));
        QVERIFY(!take(alice.store.trackedUsers()).contains(kBob));
        SyncCryptoInput changed;
        changed.deviceListsChanged = {kBob};
        take(alice.machine->receiveSyncChanges(changed));
        QVERIFY(!findKind(take(alice.machine->outgoingRequests()), OutgoingRequest::Kind::KeysQuery));
        // Our own user is always followed.
        left.deviceListsLeft = {kAlice};
        take(alice.machine->receiveSyncChanges(left));
        QVERIFY(take(alice.store.trackedUsers()).contains(kAlice));
    }

    void reopeningKeepsTheIdentityAndUploadState()
    {
        KeyDirectory dir;
        TestDevice alice(dir, kAlice, QStringLiteral("ALICE1"));
        alice.flush();
        const IdentityKeys ids = alice.machine->identityKeys();
        alice.reopen();
        QCOMPARE(alice.machine->identityKeys().curve25519, ids.curve25519);
        QCOMPARE(alice.machine->identityKeys().ed25519, ids.ed25519);
        // Device keys are not uploaded again; the count is unknown until the next sync, so nothing goes up.
        QVERIFY(!findKind(take(alice.machine->outgoingRequests()), OutgoingRequest::Kind::KeysUpload));
        // A wrong pickle key cannot open the account.
        auto wrong = OlmMachine::open(kAlice, QStringLiteral("ALICE1"), PickleKey::generate(), alice.store);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().errcode, QStringLiteral("BAD_PICKLE_MAC"));
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineKeys)
#include "tst_olm_machine_keys.moc"
