#pragma once
// Server-side key backup for one account (spec: end_to_end_encryption.md "Server-side key backups",
// m.megolm_backup.v1.curve25519-aes-sha2): creating a backup version, reading the server's current one
// and whether to trust it, uploading every new Megolm session to the enabled version soon after it
// arrives (after each E2EE sync batch, in batches of at most 100), and restoring every key from the
// backup with its private key (key_backup_restore.cpp). The state machine keeps which version is enabled.
#include "e2ee_service.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace lattice {

// The server's current backup version (GET /room_keys/version).
struct KeyBackupVersion
{
    crypto::BackupInfo info; // version and auth_data.public_key
    QJsonObject json;        // the whole answer: algorithm, auth_data, count, etag, version
    int count = 0;           // sessions the server holds in it
    // auth_data is signed by this device, one of our verified devices or our master key.
    bool trusted = false;
};

struct NewKeyBackup
{
    crypto::BackupInfo info;
    // The 32-byte private key: the caller keeps it in secret storage (m.megolm_backup.v1) or shows it to
    // the user. Never log it or write it anywhere else.
    QByteArray privateKey;
};

struct KeyBackupRestore
{
    int total = 0;           // sessions in the backup
    int imported = 0;        // new, or better than the copy this device held
    int failed = 0;          // could not be decrypted or were no valid key
    int decryptedEvents = 0; // stored events that failed before and are readable now
};

class KeyBackupService : public QObject
{
    Q_OBJECT
public:
    // `e2ee` must be started before any call; the service must not outlive it (after it is gone only
    // uploads are refused safely).
    KeyBackupService(E2eeService &e2ee, HttpClient &http, QObject *parent = nullptr);

    // A new backup version with a fresh key pair, auth_data signed by this device (and our master key
    // when we hold it), enabled here; uploading every session starts at once.
    void createBackup(std::function<void(Result<NewKeyBackup>)> done);
    // The server's current version, nullopt when there is none.
    void currentBackup(std::function<void(Result<std::optional<KeyBackupVersion>>)> done);
    // Uploads to the server's current version from now on. With the private key (from the user, secret
    // storage or one of our verified devices) the version is trusted when the key matches it (errcode
    // WRONG_BACKUP_KEY otherwise; NO_KEY_BACKUP when the server has none). With a version, only a trusted
    // one is accepted (errcode UNTRUSTED_KEY_BACKUP).
    void enable(const QByteArray &privateKey, std::function<void(Result<crypto::BackupInfo>)> done);
    void enable(const KeyBackupVersion &version, std::function<void(Status)> done);
    // Stops uploading (the server's backup stays).
    void disable(std::function<void(Status)> done);
    // The private key of the version this device uploads to, when this device holds it (it created the
    // backup or enabled it with its key); nullopt otherwise. Never log it.
    void privateKey(std::function<void(Result<std::optional<QByteArray>>)> done);
    // The version this device uploads to, nullopt when none.
    void enabledBackup(std::function<void(Result<std::optional<crypto::BackupInfo>>)> done);

    // Every key of the server's current backup, decrypted with its private key and imported in batches
    // (the lower first index wins over what this device holds); stored events that failed for want of
    // these keys are decrypted (E2eeService::eventsDecrypted announces them). `progress` gets the sessions
    // handled so far and the total after each batch.
    void restore(const QByteArray &privateKey, std::function<void(int done, int total)> progress,
                 std::function<void(Result<KeyBackupRestore>)> done);

    // Uploads every session the backup lacks now; `done` once none is left or at the first failure.
    // Runs by itself after each E2EE sync batch; for callers that must know the backup is complete.
    void uploadNow(std::function<void(Status)> done);
    bool isUploading() const { return m_uploading; }

Q_SIGNALS:
    void uploaded(int sessions); // one batch reached the backup
    // The server no longer accepts uploads to the enabled version (another device made a new one, or it
    // was deleted): uploading stopped until a version is enabled again.
    void backupDisabled(const lattice::Error &reason);
    // An upload failed that no caller waits for; retried later.
    void errorOccurred(const lattice::Error &error);

private:
    struct RestoreRun;
    void scheduleUpload();
    void uploadStep();
    void finishUpload(const Status &status);
    void afterEnabled();
    void restoreBatch(std::shared_ptr<RestoreRun> run);

    E2eeService &m_e2ee;
    HttpClient &m_http;
    QTimer m_soon;  // gathers the triggers of one sync batch into one upload
    QTimer m_retry; // after a transient failure
    int m_failures = 0;
    bool m_uploading = false;
    bool m_e2eeGone = false;
    bool m_uploadAgain = false; // a trigger came while an upload ran
    std::vector<std::function<void(Status)>> m_uploadWaiters;
};

} // namespace lattice
