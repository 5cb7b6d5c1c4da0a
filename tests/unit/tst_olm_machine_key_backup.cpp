// OlmMachine server-side key backup (m.megolm_backup.v1.curve25519-aes-sha2) against KeyDirectory's
// in-memory backup: uploads in batches (all sessions, then only new ones, all again for a new version),
// a fresh device of the same user restoring with the private key and reading old messages, wrong keys
// and damaged session_data failing without importing anything, the lower first index winning on
// import, and the trust rules for a version's auth_data.
#include "crypto/backup_encryption.h"
#include "crypto/megolm_session.h"
#include "key_directory.h"

#include <QJsonDocument>
#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

const QString kAlice = QStringLiteral("@alice:example.org");
const QString kBob = QStringLiteral("@bob:example.org");
const QString kRoom = QStringLiteral("!room:example.org");
const QString kVersion = QStringLiteral("1");

QJsonObject roomEvent(const QString &sender, const QString &eventId, const QJsonObject &content)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("m.room.encrypted")},
                       {QStringLiteral("event_id"), eventId},
                       {QStringLiteral("sender"), sender},
                       {QStringLiteral("room_id"), kRoom},
                       {QStringLiteral("origin_server_ts"), qint64(1700000000000)},
                       {QStringLiteral("content"), content}};
}

QString bodyOf(const DecryptedRoomEvent &e)
{
    return e.event.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
}

QString sessionOf(const QJsonObject &event)
{
    return event.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
}

// The sessions of a KeysBackup request body: (room, session) -> KeyBackupData.
QMap<QString, QJsonObject> sessionsIn(const OutgoingRequest &request)
{
    QMap<QString, QJsonObject> out;
    for (const BackedUpSession &s : backedUpSessions(request.body))
        out.insert(s.roomId + QLatin1Char('|') + s.sessionId, s.keyBackupData);
    return out;
}

// Alice (ALICE1) and Bob in one encrypted room: Bob sent three messages, Alice one, so ALICE1 holds two
// inbound sessions (Bob's, and her own copy of hers). A backup key pair for the backup version "1".
struct Setup
{
    KeyDirectory dir;
    TestDevice alice{dir, kAlice, QStringLiteral("ALICE1")};
    TestDevice bob{dir, kBob, QStringLiteral("BOB1")};
    PkDecryption backupKey = take(PkDecryption::generate());
    QList<QJsonObject> bobEvents;
    QJsonObject aliceEvent;
    int counter = 0;

    Setup()
    {
        alice.flush();
        bob.flush();
        if (!alice.machine->updateTrackedUsers({kBob}) || !bob.machine->updateTrackedUsers({kAlice}))
            qFatal("tracking failed");
        alice.flush();
        bob.flush();
        for (const char *body : {"one", "two", "three"})
            bobEvents.append(send(bob, QString::fromLatin1(body)));
        aliceEvent = send(alice, QStringLiteral("from alice"));
        alice.sync(); // Bob's room key
    }

    QJsonObject send(TestDevice &from, const QString &body)
    {
        if (auto claim = take(from.machine->missingSessions({kAlice, kBob})))
            from.send({*claim});
        from.send(take(from.machine->shareRoomKey(kRoom, {kAlice, kBob}, {})));
        const QJsonObject content = take(
            from.machine->encryptRoomEvent(kRoom, QStringLiteral("m.room.message"),
                                           QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                       {QStringLiteral("body"), body}}));
        return roomEvent(from.userId, QStringLiteral("$e%1").arg(++counter), content);
    }

    BackupInfo info() const { return BackupInfo{kVersion, backupKey.publicKey()}; }

    // Uploads every batch the device has for the backup; returns how many requests it took.
    int uploadAll(TestDevice &device, int batch = 100)
    {
        int requests = 0;
        while (auto request = take(device.machine->backupRequest(batch))) {
            device.send({*request});
            if (++requests > 100)
                qFatal("the backup never ends");
        }
        return requests;
    }

    // A signed version as GET /room_keys/version would return it.
    QJsonObject versionInfo(TestDevice &signer)
    {
        return QJsonObject{
            {QStringLiteral("algorithm"), backupAlgorithm()},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("auth_data"), take(signer.machine->signBackupAuthData(backupKey.publicKey()))}};
    }

    // The backup's keys decrypted with `key` into the export format (what a restore imports).
    QList<QJsonObject> restoredKeys(PkDecryption &key)
    {
        QList<QJsonObject> keys;
        for (const BackedUpSession &s : backedUpSessions(dir.roomKeys(kAlice, kVersion)))
            keys.append(take(exportedKeyFrom(key, s)));
        return keys;
    }
};

} // namespace

class TestOlmMachineKeyBackup : public QObject
{
    Q_OBJECT
private slots:
    void nothingWithoutBackup()
    {
        Setup s;
        QVERIFY(!take(s.alice.machine->backup()));
        QVERIFY(!take(s.alice.machine->backupRequest()));
        const auto badKey = s.alice.machine->enableBackup(BackupInfo{kVersion, QStringLiteral("not a key")});
        QVERIFY(!badKey);
        QVERIFY(!take(s.alice.machine->backup()));
    }

    void uploadsAllSessionsThenOnlyNewOnes()
    {
        Setup s;
        QVERIFY(s.alice.machine->enableBackup(s.info()));
        QCOMPARE(take(s.alice.machine->backup())->version, kVersion);
        QCOMPARE(take(s.alice.machine->backup())->publicKey, s.backupKey.publicKey());

        auto first = take(s.alice.machine->backupRequest());
        QVERIFY(first);
        QCOMPARE(first->kind, OutgoingRequest::Kind::KeysBackup);
        QCOMPARE(first->backupVersion, kVersion);
        const auto sessions = sessionsIn(*first);
        QCOMPARE(sessions.size(), 2);
        const QJsonObject bobs = sessions.value(kRoom + QLatin1Char('|') + sessionOf(s.bobEvents.first()));
        QCOMPARE(bobs.value(QLatin1String("first_message_index")).toInt(), 0);
        QCOMPARE(bobs.value(QLatin1String("forwarded_count")).toInt(), 0);
        QCOMPARE(bobs.value(QLatin1String("is_verified")).toBool(), false); // Bob's device is not verified
        const QJsonObject own = sessions.value(kRoom + QLatin1Char('|') + sessionOf(s.aliceEvent));
        QCOMPARE(own.value(QLatin1String("is_verified")).toBool(), true);
        const QJsonObject sessionData = bobs.value(QLatin1String("session_data")).toObject();
        for (const auto field :
             {QLatin1String("ciphertext"), QLatin1String("mac"), QLatin1String("ephemeral")})
            QVERIFY(!sessionData.value(field).toString().isEmpty());
        // The server sees no key material in the clear.
        QVERIFY(!QJsonDocument(first->body).toJson().contains("session_key"));

        // A failed upload is not marked: the same batch comes again.
        const auto again = take(s.alice.machine->backupRequest());
        QVERIFY(again);
        QCOMPARE(sessionsIn(*again).keys(), sessions.keys());
        s.alice.send({*again});
        QCOMPARE(s.dir.backedUpSessionCount(kAlice, kVersion), 2);
        QVERIFY(!take(s.alice.machine->backupRequest())); // all there

        // A new session from Bob: only it goes up.
        QVERIFY(s.bob.machine->discardRoomKey(kRoom));
        const QJsonObject later = s.send(s.bob, QStringLiteral("later"));
        s.alice.sync();
        auto next = take(s.alice.machine->backupRequest());
        QVERIFY(next);
        QCOMPARE(sessionsIn(*next).keys(), QStringList{kRoom + QLatin1Char('|') + sessionOf(later)});
        s.alice.send({*next});
        QCOMPARE(s.dir.backedUpSessionCount(kAlice, kVersion), 3);
        QVERIFY(!take(s.alice.machine->backupRequest()));

        // Batches respect the limit; a restart keeps what was backed up.
        s.alice.reopen();
        QVERIFY(!take(s.alice.machine->backupRequest()));
        QVERIFY(s.alice.machine->enableBackup(BackupInfo{QStringLiteral("2"), s.backupKey.publicKey()}));
        QCOMPARE(s.uploadAll(s.alice, 1), 3); // a new version gets every session again, one per request
        QCOMPARE(s.dir.backedUpSessionCount(kAlice, QStringLiteral("2")), 3);

        // Disabled: nothing goes up; enabled again with the same version: nothing is missing.
        QVERIFY(s.alice.machine->disableBackup());
        QVERIFY(!take(s.alice.machine->backup()));
        QVERIFY(s.alice.machine->discardRoomKey(kRoom));
        s.send(s.alice, QStringLiteral("while disabled"));
        QVERIFY(!take(s.alice.machine->backupRequest()));
        QVERIFY(s.alice.machine->enableBackup(BackupInfo{QStringLiteral("2"), s.backupKey.publicKey()}));
        QCOMPARE(s.uploadAll(s.alice), 1);
        QCOMPARE(s.dir.backedUpSessionCount(kAlice, QStringLiteral("2")), 4);
    }

    void uploadForAnOldVersionIsNotMarked()
    {
        Setup s;
        QVERIFY(s.alice.machine->enableBackup(s.info()));
        auto request = take(s.alice.machine->backupRequest());
        QVERIFY(request);
        QVERIFY(s.alice.machine->enableBackup(BackupInfo{QStringLiteral("2"), s.backupKey.publicKey()}));
        s.alice.send({*request}); // the answer for version 1 arrives after the switch to version 2
        QCOMPARE(s.uploadAll(s.alice), 1);
        QCOMPARE(s.dir.backedUpSessionCount(kAlice, QStringLiteral("2")), 2);
    }

    void freshDeviceRestoresAndReadsOldMessages()
    {
        Setup s;
        QVERIFY(s.alice.machine->enableBackup(s.info()));
        s.uploadAll(s.alice);

        TestDevice alice2(s.dir, kAlice, QStringLiteral("ALICE2"));
        alice2.flush();
        for (const QJsonObject &event : s.bobEvents)
            QCOMPARE(alice2.machine->decryptRoomEvent(kRoom, event).error().errcode,
                     QStringLiteral("MISSING_ROOM_KEY"));

        // What a restore does with the private key (from the user or secret storage).
        PkDecryption key = take(backupDecryption(take(s.backupKey.privateKey()), s.backupKey.publicKey()));
        const QList<QJsonObject> keys = s.restoredKeys(key);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(take(alice2.machine->importRoomKeys(keys, true)), 2);
        QCOMPARE(take(alice2.machine->importRoomKeys(keys, true)), 0); // nothing new the second time

        QStringList bodies;
        for (const QJsonObject &event : s.bobEvents) {
            const DecryptedRoomEvent clear = take(alice2.machine->decryptRoomEvent(kRoom, event));
            QCOMPARE(clear.trust, SenderTrust::Imported);
            QCOMPARE(clear.senderKey, s.bob.machine->identityKeys().curve25519);
            bodies << bodyOf(clear);
        }
        QCOMPARE(bodies,
                 (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(bodyOf(take(alice2.machine->decryptRoomEvent(kRoom, s.aliceEvent))),
                 QStringLiteral("from alice"));

        // The restored keys are already in that backup: enabling it uploads nothing.
        QVERIFY(alice2.machine->enableBackup(s.info()));
        QVERIFY(!take(alice2.machine->backupRequest()));

        // The exported key equals the original's, claimed keys and all.
        const QString bobCurve = s.bob.machine->identityKeys().curve25519;
        const QJsonObject original =
            take(s.alice.machine->exportRoomKey(kRoom, bobCurve, sessionOf(s.bobEvents[0])));
        const QJsonObject restored =
            take(alice2.machine->exportRoomKey(kRoom, bobCurve, sessionOf(s.bobEvents[0])));
        QCOMPARE(restored, original);
        QCOMPARE(original.value(QLatin1String("sender_claimed_keys"))
                     .toObject()
                     .value(QLatin1String("ed25519"))
                     .toString(),
                 s.bob.machine->identityKeys().ed25519);
        QCOMPARE(alice2.machine->exportRoomKey(kRoom, bobCurve, QStringLiteral("nope")).error().errcode,
                 QStringLiteral("MISSING_ROOM_KEY"));
    }

    void importedKeysNotFromBackupAreUploaded()
    {
        Setup s;
        TestDevice alice2(s.dir, kAlice, QStringLiteral("ALICE2"));
        const QString bobCurve = s.bob.machine->identityKeys().curve25519;
        const QJsonObject key =
            take(s.alice.machine->exportRoomKey(kRoom, bobCurve, sessionOf(s.bobEvents[0])));
        QCOMPARE(take(alice2.machine->importRoomKeys({key}, false)), 1);
        QVERIFY(alice2.machine->enableBackup(s.info()));
        auto request = take(alice2.machine->backupRequest());
        QVERIFY(request);
        const auto sessions = sessionsIn(*request);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().value(QLatin1String("is_verified")).toBool(), false); // imported
    }

    void wrongKeyAndDamagedDataFailWithoutImporting()
    {
        Setup s;
        QVERIFY(s.alice.machine->enableBackup(s.info()));
        s.uploadAll(s.alice);
        const QList<BackedUpSession> backedUp = backedUpSessions(s.dir.roomKeys(kAlice, kVersion));
        QCOMPARE(backedUp.size(), 2);
        TestDevice alice2(s.dir, kAlice, QStringLiteral("ALICE2"));

        // Another backup's private key: refused before anything is decrypted, and its MAC never matches.
        PkDecryption other = take(PkDecryption::generate());
        QCOMPARE(backupDecryption(take(other.privateKey()), s.backupKey.publicKey()).error().errcode,
                 QStringLiteral("WRONG_BACKUP_KEY"));
        QCOMPARE(backupDecryption(QByteArray(5, 'x'), s.backupKey.publicKey()).error().errcode,
                 QStringLiteral("BAD_KEY_SIZE"));
        QCOMPARE(exportedKeyFrom(other, backedUp[0]).error().errcode, QStringLiteral("BAD_MESSAGE_MAC"));

        auto withSessionData = [&](const QJsonObject &sessionData) {
            BackedUpSession damaged = backedUp[0];
            damaged.keyBackupData.insert(QStringLiteral("session_data"), sessionData);
            return exportedKeyFrom(s.backupKey, damaged);
        };
        const QJsonObject good = backedUp[0].keyBackupData.value(QLatin1String("session_data")).toObject();
        QJsonObject badMac = good;
        QString mac = badMac.value(QLatin1String("mac")).toString();
        mac[0] = mac[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        badMac.insert(QStringLiteral("mac"), mac);
        QCOMPARE(withSessionData(badMac).error().errcode, QStringLiteral("BAD_MESSAGE_MAC"));
        QJsonObject truncated = good;
        truncated.insert(QStringLiteral("ciphertext"),
                         good.value(QLatin1String("ciphertext")).toString().left(10));
        QCOMPARE(withSessionData(truncated).error().errcode, QStringLiteral("BAD_MESSAGE_FORMAT"));
        QJsonObject noMac = good;
        noMac.remove(QStringLiteral("mac"));
        QCOMPARE(withSessionData(noMac).error().errcode, QStringLiteral("BAD_BACKUP_DATA"));
        QVERIFY(!withSessionData(QJsonObject{{QStringLiteral("ciphertext"), QStringLiteral("!!!")},
                                             {QStringLiteral("mac"), QStringLiteral("???")},
                                             {QStringLiteral("ephemeral"), QStringLiteral("###")}}));

        // Encrypted properly but not a key: garbage text, then JSON without a usable session key.
        PkEncryption toBackup = take(PkEncryption::create(s.backupKey.publicKey()));
        const PkMessage garbage = take(toBackup.encrypt("this is not JSON"));
        QCOMPARE(withSessionData(
                     QJsonObject{{QStringLiteral("ciphertext"), QString::fromLatin1(garbage.ciphertext)},
                                 {QStringLiteral("mac"), QString::fromLatin1(garbage.mac)},
                                 {QStringLiteral("ephemeral"), QString::fromLatin1(garbage.ephemeral)}})
                     .error()
                     .errcode,
                 QStringLiteral("BAD_BACKUP_DATA"));
        QJsonObject badSessionKey = take(exportedKeyFrom(s.backupKey, backedUp[0]));
        badSessionKey.insert(QStringLiteral("session_key"), QStringLiteral("AgAAAAAgarbage"));
        QJsonObject otherSession = take(exportedKeyFrom(s.backupKey, backedUp[1]));
        otherSession.insert(QStringLiteral("session_id"), backedUp[0].sessionId); // a key under a wrong ID
        const QJsonObject fine = take(exportedKeyFrom(s.backupKey, backedUp[1]));

        // One bad key in a batch: nothing of the batch is imported.
        QVERIFY(!alice2.machine->importRoomKeys({fine, badSessionKey}, true));
        const auto mismatched = alice2.machine->importRoomKeys({fine, otherSession}, true);
        QCOMPARE(mismatched.error().errcode, QStringLiteral("BAD_EXPORTED_KEY"));
        QJsonObject wrongAlgorithm = fine;
        wrongAlgorithm.insert(QStringLiteral("algorithm"), QStringLiteral("m.olm.v1.curve25519-aes-sha2"));
        QCOMPARE(alice2.machine->importRoomKeys({wrongAlgorithm}, true).error().errcode,
                 QStringLiteral("UNSUPPORTED_ALGORITHM"));
        QJsonObject noRoom = fine;
        noRoom.remove(QStringLiteral("room_id"));
        QCOMPARE(alice2.machine->importRoomKeys({noRoom}, true).error().errcode,
                 QStringLiteral("BAD_EXPORTED_KEY"));
        for (const BackedUpSession &b : backedUp)
            QVERIFY(!take(alice2.store.inboundGroupSession(
                kRoom, take(exportedKeyFrom(s.backupKey, b)).value(QLatin1String("sender_key")).toString(),
                b.sessionId)));
        QVERIFY(!alice2.machine->decryptRoomEvent(kRoom, s.aliceEvent));
    }

    void lowerFirstIndexWins()
    {
        Setup s;
        TestDevice alice2(s.dir, kAlice, QStringLiteral("ALICE2"));
        const QString bobCurve = s.bob.machine->identityKeys().curve25519;
        const QJsonObject atZero =
            take(s.alice.machine->exportRoomKey(kRoom, bobCurve, sessionOf(s.bobEvents[0])));
        // The same session exported from index 2 (as a device that joined later would hold it).
        MegolmInboundSession session = take(MegolmInboundSession::importSession(
            atZero.value(QLatin1String("session_key")).toString().toLatin1()));
        QJsonObject atTwo = atZero;
        atTwo.insert(QStringLiteral("session_key"), QString::fromLatin1(take(session.exportAt(2))));

        QCOMPARE(take(alice2.machine->importRoomKeys({atTwo}, false)), 1);
        QCOMPARE(alice2.machine->decryptRoomEvent(kRoom, s.bobEvents[0]).error().errcode,
                 QStringLiteral("UNKNOWN_MESSAGE_INDEX"));
        QCOMPARE(bodyOf(take(alice2.machine->decryptRoomEvent(kRoom, s.bobEvents[2]))),
                 QStringLiteral("three"));

        QCOMPARE(take(alice2.machine->importRoomKeys({atZero}, false)), 1); // better: replaces
        QCOMPARE(bodyOf(take(alice2.machine->decryptRoomEvent(kRoom, s.bobEvents[0]))),
                 QStringLiteral("one"));
        QCOMPARE(take(alice2.machine->importRoomKeys({atTwo}, false)), 0); // worse: ignored
        QCOMPARE(bodyOf(take(alice2.machine->decryptRoomEvent(kRoom, s.bobEvents[1]))),
                 QStringLiteral("two"));
        QCOMPARE(take(alice2.machine->exportRoomKey(kRoom, bobCurve, sessionOf(s.bobEvents[0])))
                     .value(QLatin1String("session_key")),
                 atZero.value(QLatin1String("session_key")));

        // A backup copy never replaces the sender's own, equally good key on the device that received it.
        QCOMPARE(take(s.alice.machine->importRoomKeys({atZero}, true)), 0);
        QCOMPARE(take(s.alice.machine->decryptRoomEvent(kRoom, s.bobEvents[0])).trust,
                 SenderTrust::Unverified);
    }

    void authDataTrust()
    {
        Setup s;
        const QJsonObject info = s.versionInfo(s.alice);
        const QJsonObject authData = info.value(QLatin1String("auth_data")).toObject();
        QCOMPARE(authData.value(QLatin1String("public_key")).toString(), s.backupKey.publicKey());
        QVERIFY(authData.value(QLatin1String("signatures"))
                    .toObject()
                    .value(kAlice)
                    .toObject()
                    .contains(QLatin1String("ed25519:ALICE1")));
        QVERIFY(take(s.alice.machine->isBackupTrusted(info))); // our own device key
        QVERIFY(!s.alice.machine->signBackupAuthData(QStringLiteral("not a key")));

        // A second device trusts it only once it verified ALICE1.
        TestDevice alice2(s.dir, kAlice, QStringLiteral("ALICE2"));
        alice2.flush();
        QVERIFY(!take(alice2.machine->isBackupTrusted(info))); // ALICE1 unknown
        QVERIFY(alice2.machine->updateTrackedUsers({kAlice}));
        alice2.flush();
        QVERIFY(!take(alice2.machine->isBackupTrusted(info))); // known, not verified
        QVERIFY(alice2.machine->setLocalTrust(kAlice, QStringLiteral("ALICE1"),
                                              DeviceRecord::LocalTrust::Verified));
        QVERIFY(take(alice2.machine->isBackupTrusted(info)));

        auto withAuthData = [&](const QJsonObject &a) {
            QJsonObject changed = info;
            changed.insert(QStringLiteral("auth_data"), a);
            return take(alice2.machine->isBackupTrusted(changed));
        };
        // A bad signature.
        QJsonObject sigs = authData.value(QLatin1String("signatures")).toObject();
        QJsonObject mine = sigs.value(kAlice).toObject();
        QString sig = mine.value(QLatin1String("ed25519:ALICE1")).toString();
        sig[3] = sig[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        mine.insert(QStringLiteral("ed25519:ALICE1"), sig);
        sigs.insert(kAlice, mine);
        QJsonObject badSig = authData;
        badSig.insert(QStringLiteral("signatures"), sigs);
        QVERIFY(!withAuthData(badSig));
        // Another public key under the old signature (a server swapping in its own key).
        QJsonObject swapped = authData;
        swapped.insert(QStringLiteral("public_key"), take(PkDecryption::generate()).publicKey());
        QVERIFY(!withAuthData(swapped));
        // A signature by a device we do not know, with a valid signature made by that unknown device.
        TestDevice stranger(s.dir, kAlice, QStringLiteral("STRANGER"));
        const QJsonObject strangers = take(stranger.machine->signBackupAuthData(s.backupKey.publicKey()));
        QVERIFY(take(
            stranger.machine->isBackupTrusted(QJsonObject{{QStringLiteral("algorithm"), backupAlgorithm()},
                                                          {QStringLiteral("version"), kVersion},
                                                          {QStringLiteral("auth_data"), strangers}})));
        QVERIFY(!withAuthData(strangers));
        // Signed by someone else's verified-by-them device: not our user.
        QVERIFY(!withAuthData(take(s.bob.machine->signBackupAuthData(s.backupKey.publicKey()))));
        // No signatures; another algorithm.
        QVERIFY(!withAuthData(QJsonObject{{QStringLiteral("public_key"), s.backupKey.publicKey()}}));
        QJsonObject otherAlgorithm = info;
        otherAlgorithm.insert(QStringLiteral("algorithm"), QStringLiteral("m.megolm_backup.v2"));
        QVERIFY(!take(alice2.machine->isBackupTrusted(otherAlgorithm)));

        // backupInfoFrom reads what enable needs, and refuses the rest.
        QCOMPARE(take(backupInfoFrom(info)).publicKey, s.backupKey.publicKey());
        QCOMPARE(backupInfoFrom(otherAlgorithm).error().errcode, QStringLiteral("UNSUPPORTED_ALGORITHM"));
        QCOMPARE(
            backupInfoFrom(QJsonObject{{QStringLiteral("algorithm"), backupAlgorithm()}}).error().errcode,
            QStringLiteral("BAD_BACKUP_DATA"));
    }
};

QTEST_GUILESS_MAIN(TestOlmMachineKeyBackup)
#include "tst_olm_machine_key_backup.moc"
