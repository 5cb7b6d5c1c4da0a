// Cross-signing in the state machine. Placeholder until the cross-signing work lands: every call fails
// with NO_CROSS_SIGNING, which callers treat as "this account has no cross-signing".
#include "olm_machine.h"

#include "crypto_error.h"

namespace lattice::crypto {

namespace {
Error unavailable()
{
    return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "Cross-signing is not set up on this device."),
                      QStringLiteral("NO_CROSS_SIGNING"));
}
} // namespace

Result<CrossSigningBootstrap> OlmMachine::bootstrapCrossSigning() { return unavailable(); }
Result<CrossSigningSecrets> OlmMachine::exportCrossSigningSecrets() { return unavailable(); }
Status OlmMachine::importCrossSigningSecrets(const CrossSigningSecrets &) { return unavailable(); }
Result<UserIdentity> OlmMachine::userIdentity(const QString &) { return unavailable(); }
Status OlmMachine::acknowledgeIdentityChange(const QString &) { return unavailable(); }
Result<OutgoingRequest> OlmMachine::signUser(const QString &) { return unavailable(); }
Result<OutgoingRequest> OlmMachine::signOwnDevice(const QString &) { return unavailable(); }

} // namespace lattice::crypto
