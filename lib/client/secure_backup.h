#pragma once
// Secure backup (Element's "recovery"): secret storage holding the cross-signing private keys and the key
// backup's private key, so that a new device unlocks everything with one recovery key or passphrase.
// Setup creates what the account lacks; restore brings a new device up: its identity cross-signed, the
// backup enabled and every stored key imported.
#include "cross_signing_service.h"
#include "key_backup_service.h"
#include "secret_storage.h"

#include <QObject>
#include <optional>

namespace lattice {

// Names of the secrets (client-server-api/modules/secrets.md, end_to_end_encryption.md).
inline const QString kSecretCrossSigningMaster = QStringLiteral("m.cross_signing.master");
inline const QString kSecretCrossSigningSelf = QStringLiteral("m.cross_signing.self_signing");
inline const QString kSecretCrossSigningUser = QStringLiteral("m.cross_signing.user_signing");
inline const QString kSecretMegolmBackup = QStringLiteral("m.megolm_backup.v1");

struct SecureBackupState
{
    bool secretStorage = false;    // the account has a default secret storage key
    bool crossSigningKeys = false; // this device holds all three cross-signing private keys
    bool backupOnServer = false;   // the server has a key backup version
    bool backupEnabled = false;    // this device uploads its keys to it
};

struct SecureBackupRestore
{
    bool crossSigning = false; // the cross-signing keys were imported and this device signed
    bool backup = false;       // the backup key was found and the backup enabled
    KeyBackupRestore keys;     // what the restore of the backup brought
};

class SecureBackup : public QObject
{
    Q_OBJECT
public:
    SecureBackup(QString ownUserId, QString ownDeviceId, SecretStorage &storage,
                 CrossSigningService &crossSigning, KeyBackupService &backup, QObject *parent = nullptr);

    void state(std::function<void(Result<SecureBackupState>)> done);
    // A new default secret storage key (with the passphrase as a second way in, when given); cross-signing
    // keys made and published unless this device already holds them (the server may ask for the account
    // password through `password`); a new key backup; the private keys stored as secrets. Answers the
    // recovery key, to show once.
    void setup(const std::optional<QString> &passphrase, PasswordPrompt password,
               std::function<void(Result<QString>)> done);
    // On a device that has neither: unlocks secret storage, imports the cross-signing keys and signs this
    // device with them, enables the key backup and imports every key in it (progress: sessions done, total).
    void restore(const QString &recoveryKeyOrPassphrase, std::function<void(int, int)> progress,
                 std::function<void(Result<SecureBackupRestore>)> done);

private:
    void storeAll(const SecretStorageKey &key, const crypto::CrossSigningSecrets &crossSigning,
                  const QByteArray &backupKey, const QString &recoveryKey,
                  std::function<void(Result<QString>)> done);
    void restoreBackup(const QHash<QString, QString> &secrets, SecureBackupRestore summary,
                       std::function<void(int, int)> progress,
                       std::function<void(Result<SecureBackupRestore>)> done);

    QString m_userId;
    QString m_deviceId;
    SecretStorage &m_storage;
    CrossSigningService &m_crossSigning;
    KeyBackupService &m_backup;
};

} // namespace lattice
