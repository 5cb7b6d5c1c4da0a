#pragma once
// Secret storage on the server (client-server-api/modules/secrets.md "Storage"): the default key's
// description and the encrypted secrets live in the account's global account data. This reads them from
// the server (GET, so a device that has not synced yet sees them), writes them with PUT, and holds an
// unlocked key in memory only: the recovery key text is handed to the caller once and never stored.
//
// Typical use (secure backup): createDefaultKey or unlock, then storeSecret / secret with the unlocked key
// for m.cross_signing.master, m.cross_signing.self_signing, m.cross_signing.user_signing,
// m.megolm_backup.v1.
#include "crypto/secret_storage.h"
#include "net/http_client.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace lattice {

// An unlocked secret storage key: its ID (m.secret_storage.key.<keyId>) and its 32 bytes. Keep it in
// memory only; never log it.
struct SecretStorageKey
{
    QString keyId;
    QByteArray key;
};

struct NewSecretStorageKey
{
    SecretStorageKey key;
    // The key in the spec's key representation (groups of four base58 characters): show it to the user
    // once, to write down. With a passphrase it is a second way to unlock the same key.
    QString recoveryKey;
};

class SecretStorage : public QObject
{
    Q_OBJECT
public:
    SecretStorage(HttpClient &http, QString userId, QObject *parent = nullptr);
    ~SecretStorage() override;

    // The ID in m.secret_storage.default_key; nullopt when the account has no default key.
    void defaultKeyId(std::function<void(Result<std::optional<QString>>)> done);
    void hasDefaultKey(std::function<void(Result<bool>)> done);
    // m.secret_storage.key.<keyId>, parsed. errcode M_NOT_FOUND when the account has no such key.
    void keyDescription(const QString &keyId, std::function<void(Result<crypto::KeyDescription>)> done);

    // A new random key (or, with a passphrase, one derived from it with m.pbkdf2), its description
    // stored, and marked as the default key. Secrets stored with an earlier key are not re-encrypted:
    // store them again. The new key is also kept as unlockedKey().
    void createDefaultKey(const std::optional<QString> &passphrase,
                          std::function<void(Result<NewSecretStorageKey>)> done);

    // The default key from a recovery key or the passphrase, checked against its description (errcode
    // BAD_SECRET_STORAGE_KEY when it is not that key, BAD_RECOVERY_KEY for a malformed recovery key,
    // NO_SECRET_STORAGE when the account has none). Text that is not a recovery key is taken for the
    // passphrase when the key has one. On success the key is also kept as unlockedKey().
    void unlock(const QString &recoveryKeyOrPassphrase, std::function<void(Result<SecretStorageKey>)> done);
    void unlockWithRecoveryKey(const QString &recoveryKey,
                               std::function<void(Result<SecretStorageKey>)> done);
    void unlockWithPassphrase(const QString &passphrase, std::function<void(Result<SecretStorageKey>)> done);

    std::optional<SecretStorageKey> unlockedKey() const { return m_unlocked; }
    void lock(); // forgets (wipes) the unlocked key

    // Encrypts `value` with `key` and stores it as account data `name` ({"encrypted": {keyId: ...}}).
    void storeSecret(const QString &name, const QString &value, const SecretStorageKey &key,
                     std::function<void(Status)> done);
    // The secret `name` decrypted with `key`; nullopt when the account has no such secret. An error when it
    // is not encrypted for this key (errcode SECRET_NOT_FOR_KEY) or fails its MAC (BAD_SECRET_MAC).
    void secret(const QString &name, const SecretStorageKey &key,
                std::function<void(Result<std::optional<QString>>)> done);

    // Several at once, one after the other (stops at the first failure): name -> value. Reading leaves
    // out the names the account does not have.
    void storeSecrets(const QHash<QString, QString> &secrets, const SecretStorageKey &key,
                      std::function<void(Status)> done);
    void secrets(const QStringList &names, const SecretStorageKey &key,
                 std::function<void(Result<QHash<QString, QString>>)> done);

private:
    // Account data `type`; nullopt when unset (404 M_NOT_FOUND).
    void fetch(const QString &type, std::function<void(Result<std::optional<QJsonObject>>)> done);
    void put(const QString &type, const QJsonObject &content, std::function<void(Status)> done);
    // The default key ID and its description.
    void defaultKey(std::function<void(Result<std::pair<QString, crypto::KeyDescription>>)> done);
    // Runs PBKDF2 (hundreds of thousands of rounds) off the GUI thread.
    void derive(const QString &passphrase, const crypto::PassphraseInfo &info,
                std::function<void(Result<QByteArray>)> done);
    void keep(const SecretStorageKey &key);
    void storeEach(QStringList names, const QHash<QString, QString> &secrets, const SecretStorageKey &key,
                   std::function<void(Status)> done);
    void collect(QStringList names, const SecretStorageKey &key, QHash<QString, QString> found,
                 std::function<void(Result<QHash<QString, QString>>)> done);
    void finishUnlock(const QString &keyId, const crypto::KeyDescription &description, QByteArray key,
                      const char *wrongKeySentence, std::function<void(Result<SecretStorageKey>)> done);

    HttpClient &m_http;
    QString m_userId;
    std::optional<SecretStorageKey> m_unlocked;
    QThreadPool m_pool;
};

} // namespace lattice
