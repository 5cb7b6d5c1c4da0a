// Server-side key backup against a real Synapse: device A creates a backup (signed auth_data), sends
// encrypted messages and its sessions reach GET /room_keys/keys by themselves; a new device B of the same
// user restores with the private key (progress reported) and its store then holds A's old messages in
// the clear; a wrong key is refused; a version whose auth_data is tampered with or signed by an unknown
// device is reported untrusted and not enabled; A stops uploading once its version is replaced.
#include "async_wait.h"
#include "e2ee_settle.h"
#include "sent_text.h"
#include "client/key_backup_service.h"
#include "client/session.h"
#include "logged_in_account.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace lattice;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;

QString describe(const Error &e)
{
    return e.describe();
}

// The stored form of the message with this body: decrypted or not, with its trust.
std::optional<StoredEvent> storedMessage(Session &session, const QString &room, const QString &eventId)
{
    auto events = latestEvents(session.reader(), room, 100);
    if (!events)
        return std::nullopt;
    for (const StoredEvent &e : *events)
        if (e.json.value(QLatin1String("event_id")).toString() == eventId)
            return e;
    return std::nullopt;
}

Status syncOnce(Session &session)
{
    auto r = await<ChangeSet>([&](auto done) { session.syncLoop().syncOnce(0, done); });
    if (!r)
        return r.error();
    return settle(session) ? success()
                           : Status(Error::make(Error::Kind::Timeout, QStringLiteral("not idle")));
}

// Session IDs the server's backup holds for the room.
QStringList backedUpSessions(const TestUser &user, const QString &version, const QString &room)
{
    const RawReply r = request("GET", QStringLiteral("/_matrix/client/v3/room_keys/keys?version=") + version,
                               {}, user.accessToken);
    if (r.status != 200)
        return {};
    return r.body.value(QLatin1String("rooms"))
        .toObject()
        .value(room)
        .toObject()
        .value(QLatin1String("sessions"))
        .toObject()
        .keys();
}

QString sessionOfEvent(const TestUser &user, const QString &room, const QString &eventId)
{
    const RawReply r = request("GET",
                               QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(room)), eventId),
                               {}, user.accessToken);
    return r.body.value(QLatin1String("content")).toObject().value(QLatin1String("session_id")).toString();
}

} // namespace

class TestIntegrationKeyBackup : public QObject
{
    Q_OBJECT
    Account m_a;
    KeyBackupService *m_backupA = nullptr; // the Session's own (TrustServices): one uploader per device
    QString m_room;
    NewKeyBackup m_created;
    QStringList m_eventIds;
    const QStringList m_bodies{QStringLiteral("first secret"), QStringLiteral("second secret"),
                               QStringLiteral("third secret")};

private Q_SLOTS:
    void initTestCase()
    {
        m_a = loggedIn(QStringLiteral("backup"));
        QVERIFY(m_a.session->e2ee());
        QVERIFY(settle(*m_a.session));
        QVERIFY(m_a.session->trust());
        m_backupA = &m_a.session->trust()->keyBackup();
        CreateRoomOptions options;
        options.name = QStringLiteral("Backed up");
        options.encrypted = true;
        auto room = await<QString>([&](auto done) { m_a.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : describe(room.error())));
        m_room = *room;
    }

    void cleanupTestCase()
    {
        if (m_a.session)
            m_a.session->syncLoop().stop();
    }

    void noBackupYet()
    {
        auto current =
            await<std::optional<KeyBackupVersion>>([&](auto done) { m_backupA->currentBackup(done); });
        QVERIFY2(current, qPrintable(current ? QString() : describe(current.error())));
        QVERIFY(!current->has_value());
        auto restore =
            await<KeyBackupRestore>([&](auto done) { m_backupA->restore(QByteArray(32, 'k'), {}, done); });
        QCOMPARE(restore.error().errcode, QStringLiteral("NO_KEY_BACKUP"));
    }

    void createBackupAndUploadContinuously()
    {
        auto created = await<NewKeyBackup>([&](auto done) { m_backupA->createBackup(done); });
        QVERIFY2(created, qPrintable(created ? QString() : describe(created.error())));
        m_created = *created;
        QCOMPARE(m_created.privateKey.size(), 32);
        QVERIFY(!m_created.info.version.isEmpty());

        // The server's version carries our public key, signed by this device; we trust it.
        const RawReply version =
            request("GET", QStringLiteral("/_matrix/client/v3/room_keys/version"), {}, m_a.user.accessToken);
        QCOMPARE(version.status, 200);
        QCOMPARE(version.body.value(QLatin1String("algorithm")).toString(),
                 QStringLiteral("m.megolm_backup.v1.curve25519-aes-sha2"));
        const QJsonObject authData = version.body.value(QLatin1String("auth_data")).toObject();
        QCOMPARE(authData.value(QLatin1String("public_key")).toString(), m_created.info.publicKey);
        QVERIFY(authData.value(QLatin1String("signatures"))
                    .toObject()
                    .value(m_a.user.userId)
                    .toObject()
                    .contains(QLatin1String("ed25519:") + m_a.session->deviceId()));
        auto current =
            await<std::optional<KeyBackupVersion>>([&](auto done) { m_backupA->currentBackup(done); });
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->info.version, m_created.info.version);
        QVERIFY((*current)->trusted);

        // Messages go out while the app syncs; their session reaches the backup without being asked.
        m_a.session->syncLoop().start(2000);
        QSignalSpy uploaded(m_backupA, &KeyBackupService::uploaded);
        for (const QString &body : m_bodies) {
            auto eventId = sendText(*m_a.session, m_room, body);
            QVERIFY2(eventId, qPrintable(eventId ? QString() : describe(eventId.error())));
            m_eventIds << *eventId;
        }
        const QString session = sessionOfEvent(m_a.user, m_room, m_eventIds.first());
        QVERIFY(!session.isEmpty());
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return backedUpSessions(m_a.user, m_created.info.version, m_room).contains(session); },
                kWaitMs),
            "the room's session never reached the server's backup");
        QVERIFY(QTest::qWaitFor([&] { return !uploaded.isEmpty(); }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return !m_backupA->isUploading(); }, kWaitMs));
        auto enabled =
            await<std::optional<crypto::BackupInfo>>([&](auto done) { m_backupA->enabledBackup(done); });
        QVERIFY(enabled && enabled->has_value());
        QCOMPARE((*enabled)->version, m_created.info.version);
    }

    void newDeviceRestoresOldMessages()
    {
        QVERIFY(!m_eventIds.isEmpty());
        // Device B: the same user logging in again elsewhere.
        QTemporaryDir dirB;
        Session b(dirB.path(), kTestKeyringService);
        QVERIFY(awaitStatus([&](auto done) {
                    b.login(homeserverUrl().toString(), m_a.user.localpart, m_a.user.password, done);
                }).ok());
        QVERIFY(b.deviceId() != m_a.session->deviceId());
        QVERIFY(b.e2ee());
        QVERIFY(settle(b));
        QVERIFY(syncOnce(b).ok());
        // Its store has A's messages, but not their key.
        for (const QString &eventId : std::as_const(m_eventIds)) {
            auto stored = storedMessage(b, m_room, eventId);
            QVERIFY2(stored, "device B did not store the old message");
            QVERIFY(!stored->decrypted);
            QCOMPARE(stored->decryptionErrcode, QStringLiteral("MISSING_ROOM_KEY"));
        }

        QVERIFY(b.trust());
        KeyBackupService &backupB = b.trust()->keyBackup();
        // B knows nothing of A's device: the signature alone does not make the backup trusted.
        auto current =
            await<std::optional<KeyBackupVersion>>([&](auto done) { backupB.currentBackup(done); });
        QVERIFY(current && current->has_value());
        QVERIFY(!(*current)->trusted);
        QCOMPARE(awaitStatus([&](auto done) { backupB.enable(**current, done); }).error().errcode,
                 QStringLiteral("UNTRUSTED_KEY_BACKUP"));

        // A wrong key is refused before anything is imported.
        auto wrong =
            await<KeyBackupRestore>([&](auto done) { backupB.restore(QByteArray(32, 'x'), {}, done); });
        QCOMPARE(wrong.error().errcode, QStringLiteral("WRONG_BACKUP_KEY"));

        QSignalSpy decrypted(b.e2ee(), &E2eeService::eventsDecrypted);
        QList<std::pair<int, int>> progress;
        auto restored = await<KeyBackupRestore>([&](auto done) {
            backupB.restore(
                m_created.privateKey,
                [&](int n, int total) {
                    progress.append({n, total});
                },
                done);
        });
        QVERIFY2(restored, qPrintable(restored ? QString() : describe(restored.error())));
        QVERIFY(restored->total >= 1);
        QCOMPARE(restored->imported, restored->total);
        QCOMPARE(restored->failed, 0);
        QCOMPARE(restored->decryptedEvents, m_eventIds.size());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.first(), std::make_pair(0, restored->total));
        QCOMPARE(progress.last(), std::make_pair(restored->total, restored->total));
        QVERIFY(!decrypted.isEmpty());
        QVERIFY(decrypted.last().at(0).toStringList().contains(m_room));

        // The store now holds the clear messages, marked as coming from an imported key.
        for (int i = 0; i < m_eventIds.size(); ++i) {
            auto stored = storedMessage(b, m_room, m_eventIds[i]);
            QVERIFY(stored);
            QVERIFY(stored->decrypted);
            QCOMPARE(stored->json.value(QLatin1String("type")).toString(), QStringLiteral("m.room.message"));
            QCOMPARE(stored->json.value(QLatin1String("content"))
                         .toObject()
                         .value(QLatin1String("body"))
                         .toString(),
                     m_bodies[i]);
            QCOMPARE(stored->senderTrust, int(crypto::SenderTrust::Imported));
        }

        // With the key B may upload to the backup; what it restored is already there.
        auto enabled =
            await<crypto::BackupInfo>([&](auto done) { backupB.enable(m_created.privateKey, done); });
        QVERIFY2(enabled, qPrintable(enabled ? QString() : describe(enabled.error())));
        QCOMPARE(enabled->version, m_created.info.version);
        QSignalSpy uploadedB(&backupB, &KeyBackupService::uploaded);
        QVERIFY(awaitStatus([&](auto done) { backupB.uploadNow(done); }).ok());
        QVERIFY(uploadedB.isEmpty());
        QVERIFY(awaitStatus([&](auto done) { b.logout(done); }).ok());
    }

    void tamperedOrUnknownAuthDataIsUntrusted()
    {
        QVERIFY(!m_created.info.version.isEmpty());
        const RawReply original =
            request("GET", QStringLiteral("/_matrix/client/v3/room_keys/version"), {}, m_a.user.accessToken);
        QCOMPARE(original.status, 200);

        // The server swaps the public key under our signature.
        QJsonObject tampered = original.body;
        QJsonObject authData = tampered.value(QLatin1String("auth_data")).toObject();
        authData.insert(QStringLiteral("public_key"),
                        QStringLiteral("qHLjhEhgWU7ctDBkVD6hEiM+8hC6bgTEFC0BhJPCdkE"));
        tampered.insert(QStringLiteral("auth_data"), authData);
        tampered.remove(QStringLiteral("count"));
        tampered.remove(QStringLiteral("etag"));
        const RawReply put =
            request("PUT", QStringLiteral("/_matrix/client/v3/room_keys/version/") + m_created.info.version,
                    tampered, m_a.user.accessToken);
        QCOMPARE(put.status, 200);
        auto current =
            await<std::optional<KeyBackupVersion>>([&](auto done) { m_backupA->currentBackup(done); });
        QVERIFY(current && current->has_value());
        QVERIFY(!(*current)->trusted);

        // A new version signed by a device that does not exist.
        std::optional<Error> disabled;
        QObject guard;
        connect(m_backupA, &KeyBackupService::backupDisabled, &guard,
                [&](const Error &e) { disabled = e; });
        const QJsonObject unknownSigner{
            {QStringLiteral("algorithm"), QStringLiteral("m.megolm_backup.v1.curve25519-aes-sha2")},
            {QStringLiteral("auth_data"),
             QJsonObject{
                 {QStringLiteral("public_key"),
                  QStringLiteral("qHLjhEhgWU7ctDBkVD6hEiM+8hC6bgTEFC0BhJPCdkE")},
                 {QStringLiteral("signatures"),
                  QJsonObject{{m_a.user.userId,
                               QJsonObject{{QStringLiteral("ed25519:NOSUCHDEVICE"),
                                            QStringLiteral("c2lnbmF0dXJlIHRoYXQgcHJvdmVzIG5vdGhpbmc")}}}}}}}};
        const RawReply created = request("POST", QStringLiteral("/_matrix/client/v3/room_keys/version"),
                                         unknownSigner, m_a.user.accessToken);
        QCOMPARE(created.status, 200);
        current = await<std::optional<KeyBackupVersion>>([&](auto done) { m_backupA->currentBackup(done); });
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->info.version, created.body.value(QLatin1String("version")).toString());
        QVERIFY(!(*current)->trusted);
        QCOMPARE(awaitStatus([&](auto done) { m_backupA->enable(**current, done); }).error().errcode,
                 QStringLiteral("UNTRUSTED_KEY_BACKUP"));

        // A's version is no longer the current one: the upload of its next new session is refused and
        // uploading stops.
        QVERIFY(awaitStatus([&](auto done) {
                    m_a.session->e2ee()->runner().run<Unit>(
                        [room = m_room](crypto::OlmMachine &machine, Database &) {
                            return machine.discardRoomKey(room);
                        },
                        done);
                }).ok());
        auto eventId = sendText(*m_a.session, m_room, QStringLiteral("after the switch"));
        QVERIFY(eventId);
        QVERIFY2(QTest::qWaitFor([&] { return disabled.has_value(); }, kWaitMs),
                 "the upload to a replaced version was not noticed");
        QCOMPARE(disabled->errcode, QStringLiteral("M_WRONG_ROOM_KEYS_VERSION"));
        auto enabled =
            await<std::optional<crypto::BackupInfo>>([&](auto done) { m_backupA->enabledBackup(done); });
        QVERIFY(enabled);
        QVERIFY(!enabled->has_value());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationKeyBackup)
#include "tst_integration_key_backup.moc"
