#pragma once
// Stored events whose decryption failed, tried again once their key came from somewhere other than a
// sync batch (a key backup restore, an imported key file). Sync batches do the same for the keys they
// bring (applySyncToMachine).
#include "e2ee_sync.h"

#include <utility>
#include <vector>

namespace lattice {

// Decrypts again the stored events that failed with these Megolm sessions (room ID, session ID) and
// stores each result (a clear event, or the new failure). Adds what it decrypted to `result`. Runs in the
// caller's transaction on the store thread.
Status retryFailedDecryptions(crypto::OlmMachine &machine, Database &db,
                              const std::vector<std::pair<QString, QString>> &sessions,
                              E2eeSyncResult &result);

} // namespace lattice
