// Server-side key backup in the state machine (m.megolm_backup.v1.curve25519-aes-sha2).
#include "olm_machine.h"

#include "olm_machine_p.h"

namespace lattice::crypto {

Status OlmMachine::Private::markBackedUp(const OutgoingRequest &)
{
    // No KeysBackup request is produced yet (backupRequest is the trust issue's work), so none comes back.
    return success();
}

} // namespace lattice::crypto
