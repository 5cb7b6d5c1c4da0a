// Secret storage and secret sharing against the real Synapse, between two devices of one user: device A
// creates the default key (random, then from a passphrase) and stores secrets; device B, a second Session
// in another data dir, unlocks with the recovery key or the passphrase and reads them; wrong keys fail
// clearly. Then m.secret.request / m.secret.send between A and B: refused while unverified, refused by
// the receiver while it does not trust the sender, delivered once both marked each other verified.
#include "async_wait.h"
#include "client/secret_sharing.h"
#include "client/secret_storage.h"
#include "client/session.h"
#include "crypto/random.h"
#include "test_homeserver.h"
#include "verification_waits.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const QString kKeyringService = QStringLiteral("LatticeTests");
const int kWaitMs = 60000;

QString describe(const Error &e)
{
    return e.errcode + QStringLiteral(": ") + e.describe();
}

} // namespace

class TestIntegrationSecretStorage : public QObject
{
    Q_OBJECT

    TestUser m_user;
    QTemporaryDir m_dirA;
    QTemporaryDir m_dirB;
    std::unique_ptr<Session> m_a;
    std::unique_ptr<Session> m_b;
    std::unique_ptr<SecretStorage> m_storageA;
    std::unique_ptr<SecretStorage> m_storageB;
    QString m_recoveryKey; // of the key without passphrase
    QString m_keyIdRandom;

    std::unique_ptr<Session> login(const QString &dir)
    {
        auto s = std::make_unique<Session>(dir, kKeyringService);
        Status st = awaitStatus([&](auto done) {
            s->login(homeserverUrl().toString(), m_user.localpart, m_user.password, done);
        });
        if (!st)
            qFatal("login failed: %s", qPrintable(st.error().describe()));
        if (!s->e2ee())
            qFatal("the Session has no E2EE service after login");
        return s;
    }

    static bool settle(Session &session)
    {
        bool idle = false;
        session.e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    static Status verify(Session &session, const QString &deviceId)
    {
        const QString user = session.userId();
        return awaitStatus([&](auto done) {
            session.e2ee()->runner().run<Unit>(
                [user, deviceId](crypto::OlmMachine &machine, Database &) {
                    return machine.setLocalTrust(user, deviceId, crypto::DeviceRecord::LocalTrust::Verified);
                },
                done);
        });
    }

    static Result<SecretStorageKey> unlock(SecretStorage &storage, const QString &text)
    {
        return await<SecretStorageKey>([&](auto done) { storage.unlock(text, done); });
    }

    static Result<std::optional<QString>> readSecret(SecretStorage &storage, const QString &name,
                                                     const SecretStorageKey &key)
    {
        return await<std::optional<QString>>([&](auto done) { storage.secret(name, key, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_user = registerUser(QStringLiteral("ssss"));
        m_a = login(m_dirA.path());
        QVERIFY(settle(*m_a));
        // A syncs before B exists, so B's arrival reaches A as a device list change of its own user.
        m_a->syncLoop().start(1000);
        QVERIFY(QTest::qWaitFor([&] { return !m_a->syncLoop().since().isEmpty(); }, kWaitMs));
        QVERIFY(settle(*m_a));
        m_b = login(m_dirB.path());
        QVERIFY(settle(*m_b));
        m_storageA = std::make_unique<SecretStorage>(m_a->http(), m_user.userId);
        m_storageB = std::make_unique<SecretStorage>(m_b->http(), m_user.userId);
    }

    void cleanupTestCase()
    {
        if (m_a)
            m_a->syncLoop().stop();
        if (m_b)
            m_b->syncLoop().stop();
    }

    void noSecretStorageYet()
    {
        auto has = await<bool>([&](auto done) { m_storageB->hasDefaultKey(done); });
        QVERIFY2(has, qPrintable(has ? QString() : describe(has.error())));
        QVERIFY(!*has);
        auto key = unlock(*m_storageB, QStringLiteral("anything"));
        QVERIFY(!key);
        QCOMPARE(key.error().errcode, QStringLiteral("NO_SECRET_STORAGE"));
    }

    void createWithoutPassphrase()
    {
        auto created =
            await<NewSecretStorageKey>([&](auto done) { m_storageA->createDefaultKey(std::nullopt, done); });
        QVERIFY2(created, qPrintable(created ? QString() : describe(created.error())));
        m_recoveryKey = created->recoveryKey;
        m_keyIdRandom = created->key.keyId;
        QCOMPARE(created->key.key.size(), 32);
        QVERIFY(m_storageA->unlockedKey().has_value());
        QCOMPARE(crypto::decodeRecoveryKey(m_recoveryKey).value(), created->key.key);

        QVERIFY(awaitStatus([&](auto done) {
            m_storageA->storeSecret(QStringLiteral("m.cross_signing.master"),
                                    QStringLiteral("master-seed-A1"), created->key, done);
        }));
        QVERIFY(awaitStatus([&](auto done) {
            m_storageA->storeSecret(QStringLiteral("m.megolm_backup.v1"), QStringLiteral("backup-key-B2"),
                                    created->key, done);
        }));

        // What the server holds: the key description with iv/mac, the default key, and only ciphertext.
        RawReply def =
            request("GET",
                    QStringLiteral("/_matrix/client/v3/user/%1/account_data/m.secret_storage.default_key")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_user.userId))),
                    {}, m_user.accessToken);
        QCOMPARE(def.status, 200);
        QCOMPARE(def.body.value(QStringLiteral("key")).toString(), m_keyIdRandom);
        RawReply secret = request("GET",
                                  QStringLiteral("/_matrix/client/v3/user/%1/account_data/m.megolm_backup.v1")
                                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_user.userId))),
                                  {}, m_user.accessToken);
        QCOMPARE(secret.status, 200);
        const QJsonObject enc =
            secret.body.value(QStringLiteral("encrypted")).toObject().value(m_keyIdRandom).toObject();
        QVERIFY(enc.contains(QStringLiteral("iv")) && enc.contains(QStringLiteral("ciphertext")) &&
                enc.contains(QStringLiteral("mac")));
        QVERIFY(!QJsonDocument(secret.body).toJson().contains("backup-key-B2"));
    }

    void otherDeviceUnlocksWithRecoveryKey()
    {
        auto has = await<bool>([&](auto done) { m_storageB->hasDefaultKey(done); });
        QVERIFY(has && *has);
        // Typed without spaces and with a line break: still the key.
        QString typed = m_recoveryKey;
        typed.remove(QLatin1Char(' '));
        typed.insert(12, QLatin1Char('\n'));
        auto key = unlock(*m_storageB, typed);
        QVERIFY2(key, qPrintable(key ? QString() : describe(key.error())));
        QCOMPARE(key->keyId, m_keyIdRandom);
        auto master = readSecret(*m_storageB, QStringLiteral("m.cross_signing.master"), *key);
        QVERIFY2(master, qPrintable(master ? QString() : describe(master.error())));
        QCOMPARE(master->value_or(QString()), QStringLiteral("master-seed-A1"));
        auto backup = readSecret(*m_storageB, QStringLiteral("m.megolm_backup.v1"), *key);
        QVERIFY(backup);
        QCOMPARE(backup->value_or(QString()), QStringLiteral("backup-key-B2"));
        auto absent = readSecret(*m_storageB, QStringLiteral("m.cross_signing.user_signing"), *key);
        QVERIFY(absent);
        QVERIFY(!absent->has_value());
    }

    void wrongRecoveryKeyFails()
    {
        // A well-formed recovery key of another key.
        auto other = unlock(*m_storageB, crypto::encodeRecoveryKey(crypto::randomBytes(32)));
        QVERIFY(!other);
        QCOMPARE(other.error().errcode, QStringLiteral("BAD_SECRET_STORAGE_KEY"));
        QVERIFY(other.error().message.contains(QStringLiteral("recovery key")));
        // The right key with one character changed: the parity catches it.
        QString typo;
        for (int i = 5; i < m_recoveryKey.size() && typo.isEmpty(); ++i) {
            QString candidate = m_recoveryKey;
            if (candidate[i] == QLatin1Char(' '))
                continue;
            candidate[i] = candidate[i] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            if (!crypto::decodeRecoveryKey(candidate))
                typo = candidate; // a parity collision (1 in 256) would decode: try the next position
        }
        QVERIFY(!typo.isEmpty());
        auto bad = unlock(*m_storageB, typo);
        QVERIFY(!bad);
        QCOMPARE(bad.error().errcode, QStringLiteral("BAD_RECOVERY_KEY"));
        QVERIFY(!bad.error().message.isEmpty());
        // No passphrase on this key: a passphrase is not taken for one.
        auto pass = await<SecretStorageKey>(
            [&](auto done) { m_storageB->unlockWithPassphrase(QStringLiteral("hunter2"), done); });
        QVERIFY(!pass);
        QCOMPARE(pass.error().errcode, QStringLiteral("NO_PASSPHRASE"));
        // A key that is not this one cannot read a secret either.
        SecretStorageKey wrong{m_keyIdRandom, crypto::randomBytes(32)};
        auto read = readSecret(*m_storageB, QStringLiteral("m.megolm_backup.v1"), wrong);
        QVERIFY(!read);
        QCOMPARE(read.error().errcode, QStringLiteral("BAD_SECRET_MAC"));
    }

    void passphraseKey()
    {
        const QString passphrase = QStringLiteral("correct horse battery staple \u00e9t\u00e9");
        auto created =
            await<NewSecretStorageKey>([&](auto done) { m_storageA->createDefaultKey(passphrase, done); });
        QVERIFY2(created, qPrintable(created ? QString() : describe(created.error())));
        QVERIFY(created->key.keyId != m_keyIdRandom);
        const QHash<QString, QString> stored{
            {QStringLiteral("m.cross_signing.self_signing"), QStringLiteral("self-seed-C3")},
            {QStringLiteral("m.cross_signing.user_signing"), QStringLiteral("user-seed-D4")}};
        QVERIFY(awaitStatus([&](auto done) { m_storageA->storeSecrets(stored, created->key, done); }));

        m_storageB->lock();
        QVERIFY(!m_storageB->unlockedKey());
        auto byPassphrase = unlock(*m_storageB, passphrase);
        QVERIFY2(byPassphrase, qPrintable(byPassphrase ? QString() : describe(byPassphrase.error())));
        QCOMPARE(byPassphrase->key, created->key.key);
        QVERIFY(m_storageB->unlockedKey().has_value());
        auto self = readSecret(*m_storageB, QStringLiteral("m.cross_signing.self_signing"), *byPassphrase);
        QVERIFY(self);
        QCOMPARE(self->value_or(QString()), QStringLiteral("self-seed-C3"));
        auto several = await<QHash<QString, QString>>([&](auto done) {
            m_storageB->secrets({QStringLiteral("m.cross_signing.self_signing"),
                                 QStringLiteral("m.cross_signing.user_signing"),
                                 QStringLiteral("org.example.absent")},
                                *byPassphrase, done);
        });
        QVERIFY2(several, qPrintable(several ? QString() : describe(several.error())));
        QCOMPARE(*several, stored);

        // The recovery key shown at creation opens the same storage.
        auto byRecoveryKey = unlock(*m_storageB, created->recoveryKey);
        QVERIFY(byRecoveryKey);
        QCOMPARE(byRecoveryKey->key, created->key.key);

        auto wrong = unlock(*m_storageB, QStringLiteral("incorrect horse battery staple"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().errcode, QStringLiteral("BAD_SECRET_STORAGE_KEY"));
        QVERIFY(wrong.error().message.contains(QStringLiteral("passphrase")));
        // The old recovery key no longer opens the (new) default key.
        auto old = unlock(*m_storageB, m_recoveryKey);
        QVERIFY(!old);
        QCOMPARE(old.error().errcode, QStringLiteral("BAD_SECRET_STORAGE_KEY"));
        // Secrets stored with the earlier key are not encrypted for the new one.
        auto stale = readSecret(*m_storageB, QStringLiteral("m.megolm_backup.v1"), *byPassphrase);
        QVERIFY(!stale);
        QCOMPARE(stale.error().errcode, QStringLiteral("SECRET_NOT_FOR_KEY"));
    }

    void sharing()
    {
        m_b->syncLoop().start(1000);
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(*m_a, m_b->deviceId()); }, kWaitMs),
                 "device A never learnt of device B");
        QVERIFY2(QTest::qWaitFor([&] { return knowsDevice(*m_b, m_a->deviceId()); }, kWaitMs),
                 "device B never learnt of device A");

        // Each Session's one SecretSharing (TrustServices): a second instance would answer requests too.
        QVERIFY(m_a->trust() && m_b->trust());
        SecretSharing &sharingA = m_a->trust()->secretSharing();
        SecretSharing &sharingB = m_b->trust()->secretSharing();
        const QString name = QStringLiteral("m.megolm_backup.v1");
        sharingA.setSecretProvider([name](const QString &asked,
                                          std::function<void(std::optional<QString>)> reply) {
            reply(asked == name ? std::optional<QString>(QStringLiteral("shared-backup-key")) : std::nullopt);
        });
        QSignalSpy refusedA(&sharingA, &SecretSharing::requestRefused);
        QSignalSpy heldA(&sharingA, &SecretSharing::requestHeld);
        QSignalSpy sharedA(&sharingA, &SecretSharing::secretShared);
        QSignalSpy rejectedB(&sharingB, &SecretSharing::secretRejected);

        // 1. Neither trusts the other: A holds B's request until B is verified (it never is here by a
        // verification flow, so the request is withdrawn at B's timeout); B's request times out.
        auto first = await<QString>([&](auto done) { sharingB.requestSecret(name, done, 15000); });
        QVERIFY(!first);
        QCOMPARE(first.error().errcode, QStringLiteral("SECRET_REQUEST_TIMEOUT"));
        QVERIFY(QTest::qWaitFor([&] { return heldA.count() >= 1; }, kWaitMs));
        QCOMPARE(heldA.first().at(1).toString(), m_b->deviceId());
        QCOMPARE(sharedA.count(), 0);
        QCOMPARE(refusedA.count(), 0);

        // 2. A trusts B, B does not trust A: A sends, B refuses what arrives from an unverified device.
        QVERIFY(verify(*m_a, m_b->deviceId()));
        auto second = await<QString>([&](auto done) { sharingB.requestSecret(name, done, 20000); });
        QVERIFY(!second);
        QCOMPARE(second.error().errcode, QStringLiteral("SECRET_REQUEST_TIMEOUT"));
        QCOMPARE(sharedA.count(), 1);
        QVERIFY(rejectedB.count() >= 1);
        QCOMPARE(rejectedB.last().at(0).toString(), m_a->deviceId());
        QVERIFY(rejectedB.last().at(1).toString().contains(QStringLiteral("not verified")));

        // 3. Both verified: the secret arrives.
        QVERIFY(verify(*m_b, m_a->deviceId()));
        auto third = await<QString>([&](auto done) { sharingB.requestSecret(name, done, kWaitMs); });
        QVERIFY2(third, qPrintable(third ? QString() : describe(third.error())));
        QCOMPARE(*third, QStringLiteral("shared-backup-key"));
        // A counts the share when its PUT /sendToDevice returns, which B's sync can beat.
        QTRY_COMPARE_WITH_TIMEOUT(sharedA.count(), 2, kWaitMs);

        // A secret this device does not hold is refused, not answered.
        const int refusedBefore = int(refusedA.count());
        auto absent = await<QString>([&](auto done) {
            sharingB.requestSecret(QStringLiteral("m.cross_signing.master"), done, 10000);
        });
        QVERIFY(!absent);
        QVERIFY(refusedA.count() > refusedBefore);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSecretStorage)
#include "tst_integration_secret_storage.moc"
