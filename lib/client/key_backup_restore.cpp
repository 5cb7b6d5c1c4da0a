// KeyBackupService::restore: every session of the server's current backup, decrypted with the backup's
// private key and imported batch by batch on the store thread, each batch followed by another try at the
// stored events that failed for want of those keys.
#include "key_backup_service.h"

#include "crypto/backup_encryption.h"
#include "e2ee_retry.h"
#include "net/trust_api.h"

#include <QLoggingCategory>
#include <QPointer>

namespace lattice {

namespace {
Q_LOGGING_CATEGORY(lcRestore, "lattice.keybackup")

constexpr qsizetype kRestoreBatch = 100; // sessions per store transaction

struct RestoreBatch
{
    int imported = 0;
    int failed = 0;
    E2eeSyncResult retried;
};

// One batch, on the store thread inside the runner's transaction. A key that cannot be decrypted or is
// no valid key is counted and skipped; only a store failure ends the batch (and rolls it back).
Result<RestoreBatch> importBatch(crypto::OlmMachine &machine, Database &db, const QByteArray &privateKey,
                                 const QString &publicKey, const QList<crypto::BackedUpSession> &batch)
{
    auto decryption = crypto::backupDecryption(privateKey, publicKey);
    if (!decryption)
        return decryption.error();
    RestoreBatch out;
    std::vector<std::pair<QString, QString>> sessions;
    for (const crypto::BackedUpSession &s : batch) {
        auto key = crypto::exportedKeyFrom(*decryption, s);
        if (!key) {
            ++out.failed;
            continue;
        }
        auto imported = machine.importRoomKeys({*key}, true);
        if (!imported && imported.error().kind == Error::Kind::Storage)
            return imported.error();
        if (!imported) {
            ++out.failed;
            continue;
        }
        out.imported += *imported;
        sessions.emplace_back(s.roomId, s.sessionId);
    }
    if (Status st = retryFailedDecryptions(machine, db, sessions, out.retried); !st)
        return st.error();
    return out;
}
} // namespace

struct KeyBackupService::RestoreRun
{
    QByteArray privateKey;
    crypto::BackupInfo info;
    QList<crypto::BackedUpSession> sessions;
    qsizetype next = 0;
    KeyBackupRestore result;
    std::function<void(int, int)> progress;
    std::function<void(Result<KeyBackupRestore>)> done;
};

void KeyBackupService::restore(const QByteArray &privateKey, std::function<void(int, int)> progress,
                               std::function<void(Result<KeyBackupRestore>)> done)
{
    auto run = std::make_shared<RestoreRun>();
    run->privateKey = privateKey;
    run->progress = std::move(progress);
    run->done = std::move(done);
    QPointer<KeyBackupService> self(this);
    currentBackup([this, self, run](Result<std::optional<KeyBackupVersion>> current) {
        if (!current)
            return run->done(current.error());
        if (!*current) {
            Error e = Error::make(Error::Kind::Usage, tr("The server has no key backup."));
            e.errcode = QStringLiteral("NO_KEY_BACKUP");
            return run->done(e);
        }
        run->info = (*current)->info;
        if (auto matches = crypto::backupDecryption(run->privateKey, run->info.publicKey); !matches)
            return run->done(matches.error());
        m_http.sendJson(api::roomKeys(run->info.version), [this, self, run](Result<QJsonObject> keys) {
            if (!self)
                return;
            if (!keys)
                return run->done(keys.error());
            run->sessions = crypto::backedUpSessions(*keys);
            run->result.total = int(run->sessions.size());
            if (run->progress)
                run->progress(0, run->result.total);
            restoreBatch(run);
        });
    });
}

void KeyBackupService::restoreBatch(std::shared_ptr<RestoreRun> run)
{
    if (run->next >= run->sessions.size()) {
        qCInfo(lcRestore) << "restored key backup version" << run->info.version << ":" << run->result.imported
                          << "of" << run->result.total << "sessions imported," << run->result.failed
                          << "failed";
        return run->done(run->result);
    }
    const QList<crypto::BackedUpSession> batch = run->sessions.mid(run->next, kRestoreBatch);
    run->next += batch.size();
    QPointer<KeyBackupService> self(this);
    m_e2ee.runner().run<RestoreBatch>(
        [key = run->privateKey, publicKey = run->info.publicKey, batch](crypto::OlmMachine &machine,
                                                                        Database &db) {
            return importBatch(machine, db, key, publicKey, batch);
        },
        [this, self, run](Result<RestoreBatch> r) {
            if (!self)
                return;
            if (!r)
                return run->done(r.error());
            run->result.imported += r->imported;
            run->result.failed += r->failed;
            run->result.decryptedEvents += int(r->retried.eventIds.size()) - r->retried.failures;
            // The views refresh these events, as after a sync batch that brought their keys.
            if (!r->retried.eventIds.isEmpty())
                Q_EMIT m_e2ee.eventsDecrypted(r->retried.rooms, r->retried.eventIds);
            if (run->progress)
                run->progress(int(run->next), run->result.total);
            restoreBatch(run);
        });
}

} // namespace lattice
