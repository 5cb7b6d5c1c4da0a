#pragma once
// Ending a helper process of the end-to-end tests: asked politely (SIGTERM) first, killed if it lingers.
#include <QProcess>

namespace lattice::test {

inline void stopProcess(QProcess &process, int graceMs = 5000)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(graceMs))
        process.kill();
    process.waitForFinished(2000);
}

} // namespace lattice::test
