#include "crash_report.h"

#include <csignal>
#include <initializer_list>
#include <unistd.h>
#if defined(__GLIBC__)
#include <execinfo.h>
#endif

namespace lattice::cli {

namespace {

void onCrash(int sig)
{
    // Only async-signal-safe calls: write(2) and backtrace_symbols_fd.
    static const char kSaid[] = "lattice-cli: crashed; backtrace follows\n";
    (void)!::write(STDERR_FILENO, kSaid, sizeof kSaid - 1);
#if defined(__GLIBC__)
    void *frames[64];
    backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
#endif
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

} // namespace

void reportCrashes()
{
#if defined(__GLIBC__)
    void *warm[1];
    (void)backtrace(warm, 1); // loads libgcc now, not inside the handler
#endif
    for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL})
        std::signal(sig, onCrash);
}

} // namespace lattice::cli
