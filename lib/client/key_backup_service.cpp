#include "key_backup_service.h"

#include "crypto/backup_encryption.h"
#include "net/trust_api.h"

#include <QLoggingCategory>
#include <QPointer>

namespace lattice {

namespace {
Q_LOGGING_CATEGORY(lcBackup, "lattice.keybackup")

constexpr int kBatch = 100;    // sessions per PUT /room_keys/keys
constexpr int kGatherMs = 500; // a sync batch's triggers (idle, decrypted events) become one upload

Error usage(const QString &sentence, const QString &errcode)
{
    Error e = Error::make(Error::Kind::Usage, sentence);
    e.errcode = errcode;
    return e;
}

// The server no longer takes uploads for the version we have (spec: PUT /room_keys/keys answers 403
// M_WRONG_ROOM_KEYS_VERSION for an old version, 404 M_NOT_FOUND for a deleted one).
bool versionGone(const Error &e)
{
    return e.errcode == QLatin1String("M_WRONG_ROOM_KEYS_VERSION") ||
           e.errcode == QLatin1String("M_NOT_FOUND");
}
} // namespace

KeyBackupService::KeyBackupService(E2eeService &e2ee, HttpClient &http, QObject *parent)
    : QObject(parent), m_e2ee(e2ee), m_http(http)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kGatherMs);
    m_retry.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, [this] { uploadNow({}); });
    connect(&m_retry, &QTimer::timeout, this, [this] { uploadNow({}); });
    // Every sync batch ends with a flush of the machine's requests; new room keys came with it, and our
    // own new outbound sessions were made before it.
    connect(&m_e2ee.requests(), &CryptoRequests::idle, this, &KeyBackupService::scheduleUpload);
    connect(&m_e2ee, &E2eeService::eventsDecrypted, this, &KeyBackupService::scheduleUpload);
    // At logout the E2EE service goes first; a pending timer must not reach it afterwards.
    connect(&m_e2ee, &QObject::destroyed, this, [this] {
        m_e2eeGone = true;
        m_soon.stop();
        m_retry.stop();
    });
}

void KeyBackupService::createBackup(std::function<void(Result<NewKeyBackup>)> done)
{
    auto keyPair = crypto::PkDecryption::generate();
    if (!keyPair)
        return done(keyPair.error());
    auto privateKey = keyPair->privateKey();
    if (!privateKey)
        return done(privateKey.error());
    const QString publicKey = keyPair->publicKey();
    QPointer<KeyBackupService> self(this);
    m_e2ee.runner().run<QJsonObject>(
        [publicKey](crypto::OlmMachine &machine, Database &) {
            return machine.signBackupAuthData(publicKey);
        },
        [this, self, publicKey, key = *privateKey, done](Result<QJsonObject> authData) {
            if (!self)
                return;
            if (!authData)
                return done(authData.error());
            const QJsonObject body{{QStringLiteral("algorithm"), crypto::backupAlgorithm()},
                                   {QStringLiteral("auth_data"), *authData}};
            m_http.sendJson(api::createBackupVersion(body), [this, self, publicKey, key,
                                                             done](Result<QJsonObject> r) {
                if (!self)
                    return;
                if (!r)
                    return done(r.error());
                const crypto::BackupInfo info{r->value(QLatin1String("version")).toString(), publicKey};
                if (info.version.isEmpty())
                    return done(Error::make(Error::Kind::Parse, tr("The server did not say which key backup "
                                                                   "version it created.")));
                m_e2ee.runner().run<Unit>(
                    [info, key](crypto::OlmMachine &machine, Database &) -> Status {
                        if (Status on = machine.enableBackup(info); !on)
                            return on;
                        // Kept sealed so that our other verified devices can ask for it (m.secret.request).
                        return machine.storeBackupPrivateKey(key);
                    },
                    [this, self, info, key, done](Status enabled) {
                        if (!self)
                            return;
                        if (!enabled)
                            return done(enabled.error());
                        qCInfo(lcBackup) << "created key backup version" << info.version;
                        afterEnabled();
                        done(NewKeyBackup{info, key});
                    });
            });
        });
}

void KeyBackupService::currentBackup(std::function<void(Result<std::optional<KeyBackupVersion>>)> done)
{
    QPointer<KeyBackupService> self(this);
    m_http.sendJson(api::backupVersion(), [this, self, done](Result<QJsonObject> r) {
        if (!self)
            return;
        if (!r && r.error().errcode == QLatin1String("M_NOT_FOUND"))
            return done(std::optional<KeyBackupVersion>());
        if (!r)
            return done(r.error());
        auto info = crypto::backupInfoFrom(*r);
        if (!info)
            return done(info.error());
        KeyBackupVersion version{*info, *r, r->value(QLatin1String("count")).toInt(), false};
        m_e2ee.runner().run<bool>(
            [json = *r](crypto::OlmMachine &machine, Database &) { return machine.isBackupTrusted(json); },
            [self, version, done](Result<bool> trusted) mutable {
                if (!self)
                    return;
                if (!trusted)
                    return done(trusted.error());
                version.trusted = *trusted;
                done(std::optional<KeyBackupVersion>(version));
            });
    });
}

void KeyBackupService::enable(const QByteArray &privateKey,
                              std::function<void(Result<crypto::BackupInfo>)> done)
{
    QPointer<KeyBackupService> self(this);
    currentBackup([this, self, privateKey, done](Result<std::optional<KeyBackupVersion>> current) {
        if (!current)
            return done(current.error());
        if (!*current)
            return done(usage(tr("The server has no key backup."), QStringLiteral("NO_KEY_BACKUP")));
        const crypto::BackupInfo info = (*current)->info;
        // The key opens this backup: that is the trust the spec asks for, whoever signed auth_data.
        if (auto matches = crypto::backupDecryption(privateKey, info.publicKey); !matches)
            return done(matches.error());
        m_e2ee.runner().run<Unit>(
            [info, privateKey](crypto::OlmMachine &machine, Database &) -> Status {
                if (Status on = machine.enableBackup(info); !on)
                    return on;
                return machine.storeBackupPrivateKey(privateKey);
            },
            [this, self, info, done](Status enabled) {
                if (!self)
                    return;
                if (!enabled)
                    return done(enabled.error());
                afterEnabled();
                done(info);
            });
    });
}

void KeyBackupService::enable(const KeyBackupVersion &version, std::function<void(Status)> done)
{
    if (!version.trusted)
        return done(usage(tr("The key backup is not signed by one of your verified devices, so keys are not "
                             "uploaded to it."),
                          QStringLiteral("UNTRUSTED_KEY_BACKUP")));
    QPointer<KeyBackupService> self(this);
    m_e2ee.runner().run<Unit>(
        [info = version.info](crypto::OlmMachine &machine, Database &) { return machine.enableBackup(info); },
        [this, self, done](Status enabled) {
            if (!self)
                return;
            if (enabled)
                afterEnabled();
            done(enabled);
        });
}

void KeyBackupService::disable(std::function<void(Status)> done)
{
    m_e2ee.runner().run<Unit>([](crypto::OlmMachine &machine, Database &) { return machine.disableBackup(); },
                              std::move(done));
}

void KeyBackupService::enabledBackup(std::function<void(Result<std::optional<crypto::BackupInfo>>)> done)
{
    m_e2ee.runner().run<std::optional<crypto::BackupInfo>>(
        [](crypto::OlmMachine &machine, Database &) { return machine.backup(); }, std::move(done));
}

void KeyBackupService::afterEnabled()
{
    m_failures = 0;
    m_retry.stop();
    uploadNow({});
}

void KeyBackupService::scheduleUpload()
{
    if (!m_e2eeGone && m_e2ee.isStarted() && !m_soon.isActive())
        m_soon.start();
}

void KeyBackupService::uploadNow(std::function<void(Status)> done)
{
    if (m_e2eeGone) {
        if (done)
            done(usage(tr("End-to-end encryption has stopped for this account."), QStringLiteral("NO_E2EE")));
        return;
    }
    if (done)
        m_uploadWaiters.push_back(std::move(done));
    if (m_uploading) {
        m_uploadAgain =
            true; // what arrived meanwhile may already be in a later batch; if not, one more round
        return;
    }
    m_uploading = true;
    m_uploadAgain = false;
    uploadStep();
}

void KeyBackupService::uploadStep()
{
    QPointer<KeyBackupService> self(this);
    m_e2ee.runner().run<std::optional<crypto::OutgoingRequest>>(
        [](crypto::OlmMachine &machine, Database &) { return machine.backupRequest(kBatch); },
        [this, self](Result<std::optional<crypto::OutgoingRequest>> next) {
            if (!self)
                return;
            if (!next)
                return finishUpload(next.error());
            if (!*next)
                return finishUpload(success());
            const auto sessions = crypto::backedUpSessions((*next)->body).size();
            m_e2ee.requests().sendAll({**next}, [this, self, sessions](Status sent) {
                if (!self)
                    return;
                if (!sent)
                    return finishUpload(sent);
                m_failures = 0;
                Q_EMIT uploaded(int(sessions));
                uploadStep();
            });
        });
}

void KeyBackupService::finishUpload(const Status &status)
{
    m_uploading = false;
    if (!status) {
        const Error &e = status.error();
        qCWarning(lcBackup) << "key backup upload failed:" << e.describe();
        if (versionGone(e)) {
            // Keep nothing going to a version the server dropped; the user decides about the new one.
            m_e2ee.runner().run<Unit>(
                [](crypto::OlmMachine &machine, Database &) { return machine.disableBackup(); },
                [](Status off) {
                    if (!off)
                        qCWarning(lcBackup) << "key backup could not be disabled:" << off.error().describe();
                });
            Q_EMIT backupDisabled(e);
        } else {
            Q_EMIT errorOccurred(e);
            if (e.isTransient())
                m_retry.start(e.retryAfterMs > 0 ? e.retryAfterMs : HttpClient::backoffMs(++m_failures));
        }
    } else if (m_uploadAgain) {
        m_uploading = true;
        m_uploadAgain = false;
        return uploadStep();
    }
    auto waiters = std::move(m_uploadWaiters);
    m_uploadWaiters.clear();
    for (auto &done : waiters)
        done(status);
}

void KeyBackupService::privateKey(std::function<void(Result<std::optional<QByteArray>>)> done)
{
    m_e2ee.runner().run<std::optional<QByteArray>>(
        [](crypto::OlmMachine &machine, Database &) { return machine.backupPrivateKey(); }, std::move(done));
}

} // namespace lattice
