#pragma once
// lattice-cli's exit codes (documented in --help; scripts rely on them).
#include "protocol/error.h"

namespace lattice::cli {

enum ExitCode {
    Ok = 0,
    Failed = 1,       // the server refused, or something else went wrong
    UsageError = 2,   // bad arguments
    NotLoggedIn = 3,  // no account in this data dir, or the server ended the session
    KeyringError = 4, // the OS keyring did not answer or is locked
    Unreachable = 5,  // the homeserver could not be reached
    StorageError = 6, // the local database failed
    VerificationFailed = 7, // verify: cancelled, timed out or the emoji did not match
    Queued = 75,      // EX_TEMPFAIL: not delivered before --timeout; still queued, `flush` delivers it
};

inline ExitCode exitCodeFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Keyring:
        return KeyringError;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return Unreachable;
    case Error::Kind::Storage:
        return StorageError;
    case Error::Kind::Matrix:
        return e.errcode == QLatin1String("M_UNKNOWN_TOKEN") ? NotLoggedIn : Failed;
    default:
        return Failed;
    }
}

} // namespace lattice::cli
