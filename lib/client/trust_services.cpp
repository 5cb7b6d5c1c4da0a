#include "trust_services.h"

#include "session.h"

#include "crypto/backup_secret.h"

namespace lattice {

TrustServices::TrustServices(Session &session, E2eeService &e2ee, QObject *parent)
    : QObject(parent), m_crossSigning(std::make_unique<CrossSigningService>(e2ee, session.http())),
      m_secretStorage(std::make_unique<SecretStorage>(session.http(), session.userId())),
      m_secretSharing(std::make_unique<SecretSharing>(e2ee, session.http())),
      m_keyBackup(std::make_unique<KeyBackupService>(e2ee, session.http())),
      m_verification(std::make_unique<VerificationService>(e2ee, session.http(), session.userId())),
      m_secureBackup(std::make_unique<SecureBackup>(session.userId(), session.deviceId(), *m_secretStorage,
                                                    *m_crossSigning, *m_keyBackup))
{
    m_verification->attach(session);
    m_secretGossip = std::make_unique<SecretGossip>(session.userId(), session.deviceId(), *m_secretSharing,
                                                    *m_crossSigning, *m_keyBackup);
    // Our verified devices may ask for the cross-signing keys and the backup key this device holds
    // (SecretSharing checks that the asking device is ours and verified before it calls this).
    m_secretSharing->setSecretProvider(
        [this](const QString &name, std::function<void(std::optional<QString>)> reply) {
            if (name == kSecretMegolmBackup) {
                m_keyBackup->privateKey([reply](Result<std::optional<QByteArray>> key) {
                    if (!key || !*key)
                        return reply(std::nullopt);
                    reply(crypto::backupKeySecret(**key));
                });
                return;
            }
            m_crossSigning->exportSecrets([name, reply](Result<crypto::CrossSigningSecrets> held) {
                if (!held)
                    return reply(std::nullopt);
                const QString value = name == kSecretCrossSigningMaster ? held->master
                                      : name == kSecretCrossSigningSelf ? held->selfSigning
                                      : name == kSecretCrossSigningUser ? held->userSigning
                                                                        : QString();
                reply(value.isEmpty() ? std::nullopt : std::optional<QString>(value));
            });
        });
    // After one of our devices is verified: serve what it asked for meanwhile, and ask it for what we lack.
    const QString ownUser = session.userId();
    connect(m_verification.get(), &VerificationService::verified, this,
            [this, ownUser](const QString &userId, const QString &deviceId) {
                if (userId != ownUser)
                    return;
                m_secretSharing->deviceVerified(deviceId);
                m_secretGossip->onVerified(userId, deviceId);
            });
}

TrustServices::~TrustServices() = default;

} // namespace lattice
