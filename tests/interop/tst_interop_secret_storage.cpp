// Secret storage made by another client: the matrix-js-sdk peer (Rust crypto) creates secret storage and a
// key backup whose private key it stores there (m.megolm_backup.v1). Lattice, logged in as a second device
// of the same user, unlocks that storage with the peer's recovery key, reads the backup key, and checks it
// is the private half of the backup's public key on the server.
#include "async_wait.h"
#include "client/secret_storage.h"
#include "client/session.h"
#include "crypto/base64.h"
#include "crypto/pk.h"
#include "net/trust_api.h"
#include "peer_process.h"
#include "test_homeserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

class TestInteropSecretStorage : public QObject
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

    void readsJsSecretStorage()
    {
        QVERIFY(m_dir.isValid());
        const TestUser user = registerUser(QStringLiteral("ssssjs"));
        auto peer = PeerProcess::js(m_dir.filePath(QStringLiteral("js")), QStringLiteral("js-peer"));
        QVERIFY2(peer, qPrintable(peer ? QString() : peer.error().describe()));
        m_peer = std::move(*peer);
        auto login = m_peer->call(QStringLiteral("login"),
                                  {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                   {QStringLiteral("user"), user.localpart},
                                   {QStringLiteral("password"), user.password}},
                                  90000);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().describe()));
        auto backup = m_peer->call(QStringLiteral("create_backup"), {}, 90000);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().describe()));
        const QString recoveryKey = backup->value(QStringLiteral("recovery_key")).toString();
        const QString version = backup->value(QStringLiteral("backup_version")).toString();
        QVERIFY(!recoveryKey.isEmpty());

        // Lattice as a second device of the same user.
        QTemporaryDir dataDir;
        Session session(dataDir.path(), QStringLiteral("LatticeTests"));
        Status in = awaitStatus([&](auto done) {
            session.login(homeserverUrl().toString(), user.localpart, user.password, done);
        });
        QVERIFY2(in, qPrintable(in ? QString() : in.error().describe()));
        QCOMPARE(session.userId(), user.userId);
        QVERIFY(session.deviceId() != m_peer->deviceId());

        SecretStorage storage(session.http(), session.userId());
        auto key = await<SecretStorageKey>([&](auto done) { storage.unlock(recoveryKey, done); });
        QVERIFY2(key, qPrintable(key ? QString() : key.error().describe()));
        auto secret = await<std::optional<QString>>(
            [&](auto done) { storage.secret(QStringLiteral("m.megolm_backup.v1"), *key, done); });
        QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().describe()));
        QVERIFY2(secret->has_value(), "the peer's secret storage has no m.megolm_backup.v1");

        auto privateKey = crypto::base64Decode((*secret)->toLatin1());
        QVERIFY2(privateKey, "m.megolm_backup.v1 is not base64");
        QCOMPARE(privateKey->size(), 32);
        auto decryption = crypto::PkDecryption::fromPrivateKey(*privateKey);
        QVERIFY2(decryption, qPrintable(decryption ? QString() : decryption.error().describe()));

        auto info =
            await<QJsonObject>([&](auto done) { session.http().sendJson(api::backupVersion(), done); });
        QVERIFY2(info, qPrintable(info ? QString() : info.error().describe()));
        QCOMPARE(info->value(QStringLiteral("version")).toString(), version);
        QCOMPARE(info->value(QStringLiteral("algorithm")).toString(),
                 QStringLiteral("m.megolm_backup.v1.curve25519-aes-sha2"));
        const QString publicKey = info->value(QStringLiteral("auth_data"))
                                      .toObject()
                                      .value(QStringLiteral("public_key"))
                                      .toString();
        QVERIFY(!publicKey.isEmpty());
        QCOMPARE(decryption->publicKey(), publicKey);

        // A wrong recovery key for the peer's storage fails clearly.
        auto wrong = await<SecretStorageKey>(
            [&](auto done) { storage.unlock(crypto::encodeRecoveryKey(QByteArray(32, '\x01')), done); });
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().errcode, QStringLiteral("BAD_SECRET_STORAGE_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestInteropSecretStorage)
#include "tst_interop_secret_storage.moc"
