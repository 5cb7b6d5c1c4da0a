#include "secure_backup.h"

#include "crypto/base64.h"

#include <QCoreApplication>
#include <QPointer>

namespace lattice {

namespace {
bool holdsAll(const crypto::CrossSigningSecrets &s)
{
    return !s.master.isEmpty() && !s.selfSigning.isEmpty() && !s.userSigning.isEmpty();
}
} // namespace

SecureBackup::SecureBackup(QString ownUserId, QString ownDeviceId, SecretStorage &storage,
                           CrossSigningService &crossSigning, KeyBackupService &backup, QObject *parent)
    : QObject(parent), m_userId(std::move(ownUserId)), m_deviceId(std::move(ownDeviceId)), m_storage(storage),
      m_crossSigning(crossSigning), m_backup(backup)
{}

void SecureBackup::state(std::function<void(Result<SecureBackupState>)> done)
{
    QPointer<SecureBackup> self(this);
    m_storage.hasDefaultKey([this, self, done](Result<bool> has) {
        if (!self)
            return;
        if (!has)
            return done(has.error());
        SecureBackupState st;
        st.secretStorage = *has;
        m_crossSigning.exportSecrets([this, self, st,
                                      done](Result<crypto::CrossSigningSecrets> secrets) mutable {
            if (!self)
                return;
            // No cross-signing on this device is a state, not a failure.
            st.crossSigningKeys = secrets && holdsAll(*secrets);
            m_backup.currentBackup([this, self, st,
                                    done](Result<std::optional<KeyBackupVersion>> server) mutable {
                if (!self)
                    return;
                if (!server)
                    return done(server.error());
                st.backupOnServer = server->has_value();
                m_backup.enabledBackup([st, done, server = *server](
                                           Result<std::optional<crypto::BackupInfo>> on) mutable {
                    if (!on)
                        return done(on.error());
                    st.backupEnabled = on->has_value() && server && (*on)->version == server->info.version;
                    done(st);
                });
            });
        });
    });
}

void SecureBackup::setup(const std::optional<QString> &passphrase, PasswordPrompt password,
                         std::function<void(Result<QString>)> done)
{
    QPointer<SecureBackup> self(this);
    m_storage.createDefaultKey(passphrase, [this, self, password, done](Result<NewSecretStorageKey> created) {
        if (!self)
            return;
        if (!created)
            return done(created.error());
        const NewSecretStorageKey fresh = *created;
        auto withCrossSigning = [this, self, fresh, done](const crypto::CrossSigningSecrets &cs) {
            // The backup comes after cross-signing so that its auth_data carries the master key's signature.
            m_backup.createBackup([this, self, fresh, cs, done](Result<NewKeyBackup> backup) {
                if (!self)
                    return;
                if (!backup)
                    return done(backup.error());
                storeAll(fresh.key, cs, backup->privateKey, fresh.recoveryKey, done);
            });
        };
        m_crossSigning.exportSecrets(
            [this, self, password, withCrossSigning, done](Result<crypto::CrossSigningSecrets> held) {
                if (!self)
                    return;
                if (held && holdsAll(*held))
                    return withCrossSigning(*held);
                m_crossSigning.bootstrap(password, [this, self, withCrossSigning, done](Status made) {
                    if (!self)
                        return;
                    if (!made)
                        return done(made.error());
                    m_crossSigning.exportSecrets(
                        [withCrossSigning, done](Result<crypto::CrossSigningSecrets> cs) {
                            if (!cs)
                                return done(cs.error());
                            withCrossSigning(*cs);
                        });
                });
            });
    });
}

void SecureBackup::storeAll(const SecretStorageKey &key, const crypto::CrossSigningSecrets &crossSigning,
                            const QByteArray &backupKey, const QString &recoveryKey,
                            std::function<void(Result<QString>)> done)
{
    QHash<QString, QString> secrets{
        {kSecretCrossSigningMaster, crossSigning.master},
        {kSecretCrossSigningSelf, crossSigning.selfSigning},
        {kSecretCrossSigningUser, crossSigning.userSigning},
        {kSecretMegolmBackup, QString::fromLatin1(crypto::base64Encode(backupKey))},
    };
    m_storage.storeSecrets(secrets, key, [recoveryKey, done](Status stored) {
        if (!stored)
            return done(stored.error());
        done(recoveryKey);
    });
}

void SecureBackup::restore(const QString &recoveryKeyOrPassphrase, std::function<void(int, int)> progress,
                           std::function<void(Result<SecureBackupRestore>)> done)
{
    QPointer<SecureBackup> self(this);
    m_storage.unlock(recoveryKeyOrPassphrase, [this, self, progress, done](Result<SecretStorageKey> key) {
        if (!self)
            return;
        if (!key)
            return done(key.error());
        const QStringList names{kSecretCrossSigningMaster, kSecretCrossSigningSelf, kSecretCrossSigningUser,
                                kSecretMegolmBackup};
        m_storage.secrets(names, *key, [this, self, progress, done](Result<QHash<QString, QString>> found) {
            if (!self)
                return;
            if (!found)
                return done(found.error());
            const QHash<QString, QString> secrets = *found;
            crypto::CrossSigningSecrets cs{secrets.value(kSecretCrossSigningMaster),
                                           secrets.value(kSecretCrossSigningSelf),
                                           secrets.value(kSecretCrossSigningUser)};
            if (cs.master.isEmpty() && cs.selfSigning.isEmpty() && cs.userSigning.isEmpty())
                return restoreBackup(secrets, {}, progress, done);
            // Our published keys must be known before the private ones can be checked against them.
            m_crossSigning.identity(
                m_userId, [this, self, cs, secrets, progress, done](Result<crypto::UserIdentity>) {
                    if (!self)
                        return;
                    m_crossSigning.importSecrets(cs, [this, self, secrets, progress, done](Status imported) {
                        if (!self)
                            return;
                        if (!imported)
                            return done(imported.error());
                        m_crossSigning.signOwnDevice(m_deviceId,
                                                     [this, self, secrets, progress, done](Status signedIn) {
                                                         if (!self)
                                                             return;
                                                         if (!signedIn)
                                                             return done(signedIn.error());
                                                         SecureBackupRestore summary;
                                                         summary.crossSigning = true;
                                                         restoreBackup(secrets, summary, progress, done);
                                                     });
                    });
                });
        });
    });
}

void SecureBackup::restoreBackup(const QHash<QString, QString> &secrets, SecureBackupRestore summary,
                                 std::function<void(int, int)> progress,
                                 std::function<void(Result<SecureBackupRestore>)> done)
{
    const QString encoded = secrets.value(kSecretMegolmBackup);
    if (encoded.isEmpty())
        return done(summary);
    auto key = crypto::base64Decode(encoded.toLatin1());
    if (!key || key->size() != 32)
        return done(Error::make(Error::Kind::Parse,
                                QCoreApplication::translate(
                                    "SecureBackup", "The key backup's key in secret storage is malformed.")));
    QPointer<SecureBackup> self(this);
    const QByteArray privateKey = *key;
    m_backup.enable(privateKey, [this, self, privateKey, summary, progress,
                                 done](Result<crypto::BackupInfo> on) mutable {
        if (!self)
            return;
        if (!on)
            return done(on.error());
        summary.backup = true;
        m_backup.restore(privateKey, progress, [summary, done](Result<KeyBackupRestore> restored) mutable {
            if (!restored)
                return done(restored.error());
            summary.keys = *restored;
            done(summary);
        });
    });
}

} // namespace lattice
