// Restoring from a backup another client made (issue: "Lattice restores from a backup that the js-sdk peer
// made, using its recovery key"): the matrix-js-sdk peer (Rust crypto) sends encrypted messages, then
// creates secret storage and a key backup and uploads its room keys. Lattice, logged in afterwards as a new
// device of the same user, cannot read those messages; after `SecureBackup::restore` with the peer's
// recovery key it reads them.
#include "async_wait.h"
#include "e2ee_settle.h"
#include "sent_text.h"
#include "client/session.h"
#include "peer_process.h"
#include "store/timeline_store.h"
#include "test_homeserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 90000;

bool syncOnce(Session &session)
{
    auto r = await<ChangeSet>([&](auto done) { session.syncLoop().syncOnce(0, done); });
    return r && settle(session);
}

int trustOf(Session &session, const QString &room, const QString &body)
{
    auto events = latestEvents(session.reader(), room, 100);
    if (events)
        for (const StoredEvent &e : *events)
            if (e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString() == body)
                return e.senderTrust;
    return -2;
}

QString errorsOf(Session &session, const QString &room)
{
    QStringList out;
    auto events = latestEvents(session.reader(), room, 100);
    if (events)
        for (const StoredEvent &e : *events)
            out << e.json.value(QLatin1String("type")).toString() + QLatin1Char('/') +
                       e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString() +
                       QLatin1Char('/') + QString::number(e.decrypted) + QLatin1Char('/') + e.decryptionErrcode;
    return out.join(QLatin1String("; "));
}

} // namespace

class TestInteropSecureBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PeerProcess> m_peer;

private Q_SLOTS:
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_peer)
            m_peer->printLog();
    }

    void restoresFromJsBackup()
    {
        QVERIFY(m_dir.isValid());
        const TestUser user = registerUser(QStringLiteral("restorejs"));
        auto peer = PeerProcess::js(m_dir.filePath(QStringLiteral("js")), QStringLiteral("js-peer"));
        QVERIFY2(peer, qPrintable(peer ? QString() : peer.error().describe()));
        m_peer = std::move(*peer);
        auto login = m_peer->call(QStringLiteral("login"),
                                  {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                   {QStringLiteral("user"), user.localpart},
                                   {QStringLiteral("password"), user.password}},
                                  kWaitMs);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().describe()));
        auto room = m_peer->call(QStringLiteral("create_room"),
                                 {{QStringLiteral("encrypted"), true}, {QStringLiteral("name"), QStringLiteral("Diary")}},
                                 kWaitMs);
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        const QString roomId = room->value(QStringLiteral("room_id")).toString();
        const QStringList bodies{QStringLiteral("written by the js peer"), QStringLiteral("before Lattice existed")};
        // The peer may send its very first message before its sync has shown the room's m.room.encryption
        // (then in the clear): a first message settles that, and each real one is checked to be Megolm.
        auto warmUp = m_peer->call(QStringLiteral("send_text"),
                                   {{QStringLiteral("room"), roomId}, {QStringLiteral("body"), QStringLiteral("hello")}},
                                   kWaitMs);
        QVERIFY2(warmUp, qPrintable(warmUp ? QString() : warmUp.error().describe()));
        std::optional<QJsonObject> keyInfo;
        for (const QString &body : bodies) {
            auto sent = m_peer->call(QStringLiteral("send_text"),
                                     {{QStringLiteral("room"), roomId}, {QStringLiteral("body"), body}}, kWaitMs);
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().describe()));
            auto info = m_peer->call(QStringLiteral("room_key_info"),
                                     {{QStringLiteral("room"), roomId},
                                      {QStringLiteral("event_id"), sent->value(QStringLiteral("event_id"))}},
                                     kWaitMs);
            QVERIFY2(info, qPrintable(info ? QString() : info.error().describe()));
            QCOMPARE(info->value(QStringLiteral("algorithm")).toString(), QStringLiteral("m.megolm.v1.aes-sha2"));
            keyInfo = *info;
        }
        auto backup = m_peer->call(QStringLiteral("create_backup"), {}, kWaitMs);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().describe()));
        const QString recoveryKey = backup->value(QStringLiteral("recovery_key")).toString();
        QVERIFY(!recoveryKey.isEmpty());
        auto backedUp = m_peer->call(QStringLiteral("wait_backed_up"),
                                     {{QStringLiteral("room"), roomId},
                                      {QStringLiteral("session_id"), keyInfo->value(QStringLiteral("session_id"))},
                                      {QStringLiteral("timeout_ms"), 60000}},
                                     kWaitMs);
        QVERIFY2(backedUp, qPrintable(backedUp ? QString() : backedUp.error().describe()));
        // The peer goes away, so the keys can come from the backup only (not from a key request it answers).
        auto closed = m_peer->call(QStringLiteral("close"), {}, kWaitMs);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().describe()));

        // Lattice as a new device of the same user: the history is there, but not its keys.
        QTemporaryDir dataDir;
        Session session(dataDir.path(), QStringLiteral("LatticeTests"));
        Status in = awaitStatus([&](auto done) {
            session.login(homeserverUrl().toString(), user.localpart, user.password, done);
        });
        QVERIFY2(in, qPrintable(in ? QString() : in.error().describe()));
        QVERIFY(session.trust());
        QVERIFY(syncOnce(session));
        // The whole history is stored (an initial sync gives only the latest events), tried and undecryptable.
        QVERIFY(awaitStatus([&](auto done) { session.backPaginate(roomId, 50, done); }));
        bool tried = false;
        session.e2ee()->decryptStored(roomId, [&](Status) { tried = true; });
        QVERIFY(QTest::qWaitFor([&] { return tried; }, kWaitMs));
        QVERIFY(settle(session));
        for (const QString &body : bodies)
            QVERIFY2(!readableBodies(session, roomId).contains(body),
                     qPrintable(QStringLiteral("Lattice read \"%1\" before restoring (trust %2)")
                                    .arg(body)
                                    .arg(trustOf(session, roomId, body))));

        auto restored = await<SecureBackupRestore>([&](auto done) {
            session.trust()->secureBackup().restore(recoveryKey, [](int, int) {}, done);
        });
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().describe()));
        QVERIFY(restored->backup);
        QVERIFY(restored->keys.imported >= 1);
        QVERIFY(settle(session));
        const QStringList readable = readableBodies(session, roomId);
        for (const QString &body : bodies)
            QVERIFY2(readable.contains(body),
                     qPrintable(QStringLiteral("Lattice cannot read \"%1\" after restoring (keys: %2 total, %3 "
                                               "imported, %4 failed, %5 events decrypted; %6)")
                                    .arg(body)
                                    .arg(restored->keys.total)
                                    .arg(restored->keys.imported)
                                    .arg(restored->keys.failed)
                                    .arg(restored->keys.decryptedEvents)
                                    .arg(errorsOf(session, roomId))));
        session.syncLoop().stop();
    }
};

QTEST_GUILESS_MAIN(TestInteropSecureBackup)
#include "tst_interop_secure_backup.moc"
