#pragma once
// An independent Matrix E2EE client running as a child process, driven over the JSON-lines protocol
// of tests/interop/README.md: matrix-nio (libolm, Debian's python3) or matrix-js-sdk with its Rust
// crypto (Node >= 20, tests/interop/js/node_modules from tools/setup). Interop tests use these peers
// to check Lattice's encryption against implementations it shares no code with.
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <memory>

namespace lattice::test {

class PeerProcess
{
public:
    enum class Kind { Nio, Js };

    // Starts a peer keeping its state under `storeDir` (a fresh directory is a fresh device).
    // Fails with a clear error when the runtime, the SDK or node_modules is missing.
    static Result<std::unique_ptr<PeerProcess>> start(Kind kind, const QString &storeDir,
                                                      const QString &name);
    static Result<std::unique_ptr<PeerProcess>> nio(const QString &storeDir, const QString &name = {});
    static Result<std::unique_ptr<PeerProcess>> js(const QString &storeDir, const QString &name = {});

    ~PeerProcess(); // sends close, then kills the process if it lingers
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // Sends one command and waits for its reply: the reply's fields on {"ok":true}; an Error with the
    // peer's message on {"ok":false}; Timeout after `timeoutMs`; an error when the process died.
    Result<QJsonObject> call(const QString &command, const QJsonObject &args = {}, int timeoutMs = 60000);

    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString userId() const { return m_userId; }     // after a successful login
    QString deviceId() const { return m_deviceId; } // after a successful login

    // Everything the peer wrote on stderr so far (its log), and a printer for failed tests.
    QByteArray log();
    void printLog();

private:
    PeerProcess(Kind kind, QString name);
    void readLog(); // refreshes m_log from the log file
    QString stderrTail(int lines);

    Kind m_kind;
    QString m_name;
    QString m_userId;
    QString m_deviceId;
    QProcess m_process;
    QByteArray m_stdout; // a partial reply line
    QString m_logPath;   // the peer's stderr
    QByteArray m_log;    // its content as last read
    QByteArray m_notes;  // stray stdout lines
    int m_nextId = 1;
};

// PeerProcess::call blocks without running Qt's event loop, which Lattice's side of an exchange needs:
// a peer command that waits for Lattice goes out with a short timeout and is retried, with the event loop
// running in between, until it answers or `totalMs` pass.
Result<QJsonObject> pumpCall(PeerProcess &peer, const QString &command, QJsonObject args = {},
                             int totalMs = 60000);

} // namespace lattice::test
