#pragma once
// The `lattice` app under test, started with --trace-ui so the test knows what is on screen
// (see app/desktop/ui_trace.h). Its stderr goes to the test's log; binding loops are kept to fail on.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace lattice::test {

class AppProcess
{
public:
    AppProcess(const QString &program, const QProcessEnvironment &env, const QString &dataDir);
    ~AppProcess();
    AppProcess(const AppProcess &) = delete;
    AppProcess &operator=(const AppProcess &) = delete;

    // Waits for a trace line matching `pattern` (searched from `from` on); returns its index or -1.
    int waitFor(const QString &pattern, int from = 0, int timeoutMs = 60000);
    // The trace lines from `from` on that match `pattern`.
    QStringList matching(const QString &pattern, int from = 0) const;
    int lines() const { return int(m_trace.size()); }
    QStringList bindingLoops() const { return m_bindingLoops; }

private:
    QProcess m_process;
    QStringList m_trace;
    QStringList m_bindingLoops;
};

} // namespace lattice::test
