#pragma once
// Cross-signing for one Session (spec end_to_end_encryption.md "Cross-signing"): creating and publishing
// our keys (with user-interactive auth), signing users and our own devices, and moving the private keys
// in and out (secret storage, m.secret.send). The state machine decides and signs on the store thread;
// this class sends what it made and hands the machine the answers.
#include "e2ee_service.h"
#include "user_interactive_auth.h"

#include <QObject>

namespace lattice {

class CrossSigningService : public QObject
{
    Q_OBJECT
public:
    CrossSigningService(E2eeService &e2ee, HttpClient &http, QObject *parent = nullptr);

    // New master, self-signing and user-signing keys: uploaded (asking `password` when the server wants
    // it), this device signed with them, then our keys queried again.
    void bootstrap(PasswordPrompt password, std::function<void(Status)> done);
    // A user's identity and its trust, after fetching their keys when they are new or outdated.
    void identity(const QString &userId, std::function<void(Result<crypto::UserIdentity>)> done);
    // After verifying a user (SAS, QR): signs their master key with our user-signing key and uploads the
    // signature (our own user ID: this device signs our master key).
    void verifyUser(const QString &userId, std::function<void(Status)> done);
    // After verifying one of our devices: signs it with our self-signing key and uploads the signature.
    void signOwnDevice(const QString &deviceId, std::function<void(Status)> done);
    // The user saw the warning about a changed identity.
    void acknowledgeIdentityChange(const QString &userId, std::function<void(Status)> done);
    // Private keys in and out (unpadded base64 seeds); import checks them against the published keys.
    void importSecrets(const crypto::CrossSigningSecrets &secrets, std::function<void(Status)> done);
    void exportSecrets(std::function<void(Result<crypto::CrossSigningSecrets>)> done);

private:
    // POST /keys/signatures/upload; a signature the server lists under "failures" is an error.
    void uploadSignatures(const crypto::OutgoingRequest &request, std::function<void(Status)> done);
    void runAndUpload(std::function<Result<crypto::OutgoingRequest>(crypto::OlmMachine &)> sign,
                      std::function<void(Status)> done);

    E2eeService &m_e2ee;
    HttpClient &m_http;
};

} // namespace lattice
