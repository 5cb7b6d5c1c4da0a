#pragma once
// The trust layer of one Session (spec end_to_end_encryption.md "Cross-signing", "Device verification",
// "Server-side key backups"; secrets.md): cross-signing, secret storage and secret sharing, key backup,
// verification, and secure backup over them. Made when end-to-end encryption starts, gone with it, so
// that every view and the CLI share one of each (one VerificationService answers a request, not two).
#include "cross_signing_service.h"
#include "key_backup_service.h"
#include "secret_gossip.h"
#include "secret_sharing.h"
#include "secret_storage.h"
#include "secure_backup.h"
#include "verification_service.h"

#include <QObject>
#include <memory>

namespace lattice {

class Session;

class TrustServices : public QObject
{
    Q_OBJECT
public:
    TrustServices(Session &session, E2eeService &e2ee, QObject *parent = nullptr);
    ~TrustServices() override;

    CrossSigningService &crossSigning() { return *m_crossSigning; }
    SecretStorage &secretStorage() { return *m_secretStorage; }
    SecretSharing &secretSharing() { return *m_secretSharing; }
    KeyBackupService &keyBackup() { return *m_keyBackup; }
    VerificationService &verification() { return *m_verification; }
    SecureBackup &secureBackup() { return *m_secureBackup; }
    // Secrets asked from our other device after verifying it (its notice is shown by the app).
    SecretGossip *secretGossip() { return m_secretGossip.get(); }

private:
    std::unique_ptr<CrossSigningService> m_crossSigning;
    std::unique_ptr<SecretStorage> m_secretStorage;
    std::unique_ptr<SecretSharing> m_secretSharing;
    std::unique_ptr<KeyBackupService> m_keyBackup;
    std::unique_ptr<VerificationService> m_verification;
    std::unique_ptr<SecureBackup> m_secureBackup;
    std::unique_ptr<SecretGossip> m_secretGossip;
};

} // namespace lattice
