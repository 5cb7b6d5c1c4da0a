#pragma once
// Gives memory freed after a large piece of work (an initial sync's body and parsed rooms) back to
// the OS. glibc keeps freed blocks in its per-thread arenas otherwise, so the process would stay
// at its peak; elsewhere this does nothing.
namespace lattice {

void releaseFreedMemory();

} // namespace lattice
