#pragma once
// Secrets from our other device after verifying it (spec end_to_end_encryption.md "Sharing", secrets.md):
// once one of our own devices is verified (SAS or QR), this device asks its devices (that one among them)
// with m.secret.request for what it lacks: the cross-signing private keys and the key backup's key. What
// arrives is checked before it is kept: the cross-signing keys must match the public keys our account
// published, the backup key must open the server's current backup. Then this device is signed with the
// self-signing key, the backup is enabled and every key in it restored, so that a device verified
// interactively needs no recovery key.
#include "cross_signing_service.h"
#include "key_backup_service.h"
#include "secret_sharing.h"

#include <QObject>

namespace lattice {

struct SecretGossipOutcome
{
    QString fromDevice; // the device whose verification started the run (any of ours may answer)
    QStringList asked;         // the secrets this device lacked and asked for (none: nothing else is set)
    bool crossSigning = false; // cross-signing keys received, checked and imported
    bool deviceSigned = false; // this device signed with the received self-signing key
    bool backup = false;       // the backup key received, checked, and the backup enabled
    KeyBackupRestore keys;     // what restoring the backup brought
    QString failure;           // a sentence when something asked for did not arrive or was refused
};

class SecretGossip : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
public:
    enum State { Idle, Requesting, Received, Failed };
    Q_ENUM(State)

    SecretGossip(QString ownUserId, QString ownDeviceId, SecretSharing &sharing,
                 CrossSigningService &crossSigning, KeyBackupService &backup, QObject *parent = nullptr);

    // VerificationService::verified: for one of our other devices, asks it for what this device lacks.
    void onVerified(const QString &userId, const QString &deviceId);
    // After our device `deviceId` was verified, asks all our devices for the secrets this device lacks
    // (nothing when it lacks none); the verified ones may answer.
    void fetchFrom(const QString &deviceId);

    // Between a verification of one of our devices and the end of what it started (the finished signal).
    bool isFetching() const { return m_running; }
    State state() const { return m_state; }
    // One sentence for the app: what was received, or why not; empty while idle.
    QString notice() const { return m_notice; }
    SecretGossipOutcome lastOutcome() const { return m_outcome; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // The secrets to ask for: the cross-signing keys missing from `held` when the account has a published
    // master key, and the backup key when the server has a backup whose key this device does not hold.
    static QStringList missingSecrets(const crypto::CrossSigningSecrets &held, bool accountHasCrossSigning,
                                      bool holdsBackupKey, bool serverHasBackup);

Q_SIGNALS:
    void changed();
    // A fetch ended (also when nothing was missing: then nothing in `outcome` is set).
    void finished(const lattice::SecretGossipOutcome &outcome);

private:
    struct Run;
    void ask(std::shared_ptr<Run> run);
    void importCrossSigning(std::shared_ptr<Run> run);
    void importBackup(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);
    void setState(State state, const QString &notice);

    QString m_userId;
    QString m_deviceId;
    SecretSharing &m_sharing;
    CrossSigningService &m_crossSigning;
    KeyBackupService &m_backup;
    State m_state = Idle;
    QString m_notice;
    SecretGossipOutcome m_outcome;
    int m_timeoutMs = 30000;
    bool m_running = false;
};

} // namespace lattice

Q_DECLARE_METATYPE(lattice::SecretGossipOutcome)
