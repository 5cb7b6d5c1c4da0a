// The checks before a secret from our other device is kept (secret_gossip, backup_secret): the backup key
// must open the backup we know, this device hands out only the key of the backup it uploads to, and only
// what this device lacks is asked for. (The cross-signing keys' check against the published keys is
// tst_olm_machine_cross_signing's importRefusesWrongKeys.)
#include "client/secret_gossip.h"
#include "client/secure_backup.h"
#include "crypto/backup_secret.h"
#include "crypto/base64.h"
#include "crypto/pk.h"
#include "key_directory.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using namespace lattice::test;

namespace {

struct KeyPair
{
    QByteArray privateKey;
    QString publicKey;
};

KeyPair newBackupKey()
{
    auto pair = PkDecryption::generate();
    if (!pair)
        qFatal("no key pair");
    return {*pair->privateKey(), pair->publicKey()};
}

} // namespace

class TestSecretGossip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupKeyMustOpenTheBackup()
    {
        const KeyPair ours = newBackupKey();
        const KeyPair other = newBackupKey();
        const QString secret = backupKeySecret(ours.privateKey);
        QVERIFY(!secret.contains(QLatin1Char('='))); // unpadded, as secret storage keeps it

        auto right = backupKeyFromSecret(secret, ours.publicKey);
        QVERIFY2(right, qPrintable(right ? QString() : right.error().describe()));
        QCOMPARE(*right, ours.privateKey);

        auto wrong = backupKeyFromSecret(backupKeySecret(other.privateKey), ours.publicKey);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().errcode, QStringLiteral("WRONG_BACKUP_KEY"));

        for (const QString &bad : {QStringLiteral("not base64!"), QStringLiteral("c2hvcnQ"), QString()}) {
            auto malformed = backupKeyFromSecret(bad, ours.publicKey);
            QVERIFY(!malformed);
            QCOMPARE(malformed.error().errcode, QStringLiteral("BAD_BACKUP_KEY"));
        }
    }

    void heldBackupKeyOnlyWhileItOpensTheEnabledBackup()
    {
        KeyDirectory dir;
        TestDevice device(dir, QStringLiteral("@alice:example.org"), QStringLiteral("ALICE1"));
        const KeyPair first = newBackupKey();
        const KeyPair second = newBackupKey();

        // Stored before any backup is enabled: nothing to hand out.
        QVERIFY(device.machine->storeBackupPrivateKey(first.privateKey));
        auto none = device.machine->backupPrivateKey();
        QVERIFY(none && !none->has_value());

        QVERIFY(device.machine->enableBackup({QStringLiteral("1"), first.publicKey}));
        auto held = device.machine->backupPrivateKey();
        QVERIFY(held && held->has_value());
        QCOMPARE(**held, first.privateKey);

        // The store keeps it sealed, never in the clear.
        auto raw = device.store.value(QStringLiteral("backup.private_key"));
        QVERIFY(raw && !raw->isEmpty());
        QVERIFY(!raw->contains(base64Encode(first.privateKey)));

        // Survives a restart.
        device.reopen();
        held = device.machine->backupPrivateKey();
        QVERIFY(held && held->has_value());

        // Another version with another key: the old key opens nothing we upload to.
        QVERIFY(device.machine->enableBackup({QStringLiteral("2"), second.publicKey}));
        none = device.machine->backupPrivateKey();
        QVERIFY(none && !none->has_value());
        QVERIFY(device.machine->disableBackup());
        QVERIFY(device.machine->storeBackupPrivateKey(second.privateKey));
        none = device.machine->backupPrivateKey();
        QVERIFY(none && !none->has_value()); // disabled: not held for anyone
    }

    void asksOnlyForWhatIsMissing()
    {
        const CrossSigningSecrets none;
        const CrossSigningSecrets all{QStringLiteral("m"), QStringLiteral("s"), QStringLiteral("u")};
        const CrossSigningSecrets onlyMaster{QStringLiteral("m"), {}, {}};
        QCOMPARE(SecretGossip::missingSecrets(none, true, false, true),
                 (QStringList{kSecretCrossSigningMaster, kSecretCrossSigningSelf, kSecretCrossSigningUser,
                              kSecretMegolmBackup}));
        QCOMPARE(SecretGossip::missingSecrets(all, true, true, true), QStringList());
        QCOMPARE(SecretGossip::missingSecrets(onlyMaster, true, true, true),
                 (QStringList{kSecretCrossSigningSelf, kSecretCrossSigningUser}));
        // The account has no cross-signing, the server no backup: nothing to ask for.
        QCOMPARE(SecretGossip::missingSecrets(none, false, false, false), QStringList());
        QCOMPARE(SecretGossip::missingSecrets(none, false, false, true), QStringList{kSecretMegolmBackup});
    }
};

QTEST_GUILESS_MAIN(TestSecretGossip)
#include "tst_secret_gossip.moc"
