#pragma once
// On a crash, lattice-cli says so on stderr with a backtrace before dying as it would have: a script
// (or a test log) otherwise sees only a missing exit code.
namespace lattice::cli {

void reportCrashes();

} // namespace lattice::cli
