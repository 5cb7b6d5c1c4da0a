#include "secret_gossip.h"

#include "crypto/backup_secret.h"
#include "secure_backup.h" // the secrets' names

#include <QPointer>

namespace lattice {

struct SecretGossip::Run
{
    QStringList names;
    QHash<QString, QString> values;
    int waiting = 0;
    std::optional<KeyBackupVersion> serverBackup;
    SecretGossipOutcome outcome;
    QStringList failures;
};

SecretGossip::SecretGossip(QString ownUserId, QString ownDeviceId, SecretSharing &sharing,
                           CrossSigningService &crossSigning, KeyBackupService &backup, QObject *parent)
    : QObject(parent), m_userId(std::move(ownUserId)), m_deviceId(std::move(ownDeviceId)), m_sharing(sharing),
      m_crossSigning(crossSigning), m_backup(backup)
{}

QStringList SecretGossip::missingSecrets(const crypto::CrossSigningSecrets &held, bool accountHasCrossSigning,
                                         bool holdsBackupKey, bool serverHasBackup)
{
    QStringList names;
    if (accountHasCrossSigning) {
        if (held.master.isEmpty())
            names << kSecretCrossSigningMaster;
        if (held.selfSigning.isEmpty())
            names << kSecretCrossSigningSelf;
        if (held.userSigning.isEmpty())
            names << kSecretCrossSigningUser;
    }
    if (serverHasBackup && !holdsBackupKey)
        names << kSecretMegolmBackup;
    return names;
}

void SecretGossip::onVerified(const QString &userId, const QString &deviceId)
{
    if (userId != m_userId || deviceId == m_deviceId)
        return;
    fetchFrom(deviceId);
}

void SecretGossip::fetchFrom(const QString &deviceId)
{
    if (m_running)
        return; // a run asks all our devices already
    m_running = true;
    auto run = std::make_shared<Run>();
    run->outcome.fromDevice = deviceId;
    QPointer<SecretGossip> self(this);
    // What this device lacks, and what the account has to give: no request for what does not exist.
    m_crossSigning.identity(m_userId, [this, self, run](Result<crypto::UserIdentity> identity) {
        if (!self)
            return;
        const bool hasCrossSigning = identity && !identity->masterKey.isEmpty();
        m_crossSigning.exportSecrets(
            [this, self, run, hasCrossSigning](Result<crypto::CrossSigningSecrets> held) {
                if (!self)
                    return;
                const crypto::CrossSigningSecrets ours = held ? *held : crypto::CrossSigningSecrets{};
                m_backup.privateKey([this, self, run, hasCrossSigning,
                                     ours](Result<std::optional<QByteArray>> key) {
                    if (!self)
                        return;
                    const bool holdsKey = key && key->has_value();
                    m_backup.currentBackup([this, self, run, hasCrossSigning, ours,
                                            holdsKey](Result<std::optional<KeyBackupVersion>> server) {
                        if (!self)
                            return;
                        if (server)
                            run->serverBackup = *server;
                        run->names =
                            missingSecrets(ours, hasCrossSigning, holdsKey, run->serverBackup.has_value());
                        run->outcome.asked = run->names;
                        if (run->names.isEmpty()) {
                            m_running = false;
                            Q_EMIT finished(run->outcome);
                            return;
                        }
                        setState(Requesting, tr("Asking your other device for your encryption keys…"));
                        ask(run);
                    });
                });
            });
    });
}

void SecretGossip::ask(std::shared_ptr<Run> run)
{
    QPointer<SecretGossip> self(this);
    run->waiting = int(run->names.size());
    // All at once: a device that lacks one secret never answers it, and each waits for its own timeout.
    // Each goes to all our devices (the spec's m.secret.request with requesting_device_id): the first
    // verified one to answer serves it and the others get a request_cancellation (SecretSharing). The
    // device just verified is one of them; another of ours that holds the secret may answer instead.
    for (const QString &name : std::as_const(run->names)) {
        m_sharing.requestSecret(
            name,
            [this, self, run, name](Result<QString> value) {
                if (!self)
                    return;
                if (value)
                    run->values.insert(name, *value);
                else if (!run->failures.contains(value.error().message))
                    run->failures << value.error().message;
                if (--run->waiting == 0)
                    importCrossSigning(run);
            },
            m_timeoutMs);
    }
}

void SecretGossip::importCrossSigning(std::shared_ptr<Run> run)
{
    const crypto::CrossSigningSecrets received{run->values.value(kSecretCrossSigningMaster),
                                               run->values.value(kSecretCrossSigningSelf),
                                               run->values.value(kSecretCrossSigningUser)};
    if (received.master.isEmpty() && received.selfSigning.isEmpty() && received.userSigning.isEmpty())
        return importBackup(run);
    QPointer<SecretGossip> self(this);
    // The machine checks each key against the public keys our account published before keeping any.
    m_crossSigning.importSecrets(received, [this, self, run, received](Status imported) {
        if (!self)
            return;
        if (!imported) {
            run->failures << tr("The cross-signing keys your other device sent do not match your account's, "
                                "so they were not used.");
            return importBackup(run);
        }
        run->outcome.crossSigning = true;
        if (received.selfSigning.isEmpty())
            return importBackup(run);
        m_crossSigning.signOwnDevice(m_deviceId, [this, self, run](Status signedHere) {
            if (!self)
                return;
            run->outcome.deviceSigned = bool(signedHere);
            if (!signedHere)
                run->failures << signedHere.error().message;
            importBackup(run);
        });
    });
}

void SecretGossip::importBackup(std::shared_ptr<Run> run)
{
    const QString secret = run->values.value(kSecretMegolmBackup);
    if (secret.isEmpty() || !run->serverBackup)
        return finish(run);
    auto key = crypto::backupKeyFromSecret(secret, run->serverBackup->info.publicKey);
    if (!key) {
        run->failures << tr(
            "The key backup's key your other device sent does not open your backup, so it was "
            "not used.");
        return finish(run);
    }
    QPointer<SecretGossip> self(this);
    const QByteArray privateKey = *key;
    m_backup.enable(privateKey, [this, self, run, privateKey](Result<crypto::BackupInfo> on) {
        if (!self)
            return;
        if (!on) {
            run->failures << on.error().message;
            return finish(run);
        }
        run->outcome.backup = true;
        m_backup.restore(privateKey, {}, [this, self, run](Result<KeyBackupRestore> restored) {
            if (!self)
                return;
            if (restored)
                run->outcome.keys = *restored;
            else
                run->failures << restored.error().message;
            finish(run);
        });
    });
}

void SecretGossip::finish(std::shared_ptr<Run> run)
{
    m_running = false;
    SecretGossipOutcome &o = run->outcome;
    o.failure = run->failures.join(QLatin1Char(' '));
    m_outcome = o;
    const int restored = o.keys.imported;
    QString notice;
    if (o.crossSigning && o.backup)
        notice =
            tr("Received your cross-signing keys and key backup from your other device; %n key(s) restored.",
               nullptr, restored);
    else if (o.crossSigning)
        notice = tr("Received your cross-signing keys from your other device.");
    else if (o.backup)
        notice =
            tr("Received your key backup from your other device; %n key(s) restored.", nullptr, restored);
    if (notice.isEmpty())
        setState(Failed, tr("Could not get your encryption keys from your other device: %1").arg(o.failure));
    else
        setState(Received, o.failure.isEmpty() ? notice : notice + QLatin1Char(' ') + o.failure);
    Q_EMIT finished(o);
}

void SecretGossip::setState(State state, const QString &notice)
{
    m_state = state;
    m_notice = notice;
    Q_EMIT changed();
}

} // namespace lattice
