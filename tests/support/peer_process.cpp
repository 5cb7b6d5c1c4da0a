#include "peer_process.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace lattice::test {

namespace {

const QString kInteropDir = QStringLiteral(LATTICE_INTEROP_DIR);
// Debian's interpreter: python3-matrix-nio and python3-olm live there, whatever python3 is on PATH.
const QString kSystemPython = QStringLiteral("/usr/bin/python3");

Error fail(Error::Kind kind, const QString &message)
{
    return Error::make(kind, message);
}

// Runs a short preflight command; returns its stdout, or an error naming what is missing.
Result<QByteArray> probe(const QString &program, const QStringList &args, const QString &whatIsMissing)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(Error::Kind::Usage, QStringLiteral("%1 (%2 %3 failed: %4)")
                                            .arg(whatIsMissing, program, args.join(QLatin1Char(' ')),
                                                 QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return p.readAllStandardOutput();
}

Status checkNio()
{
    if (!QFileInfo(kSystemPython).isExecutable())
        return fail(Error::Kind::Usage,
                    QStringLiteral("The nio peer needs %1; run tools/setup.").arg(kSystemPython));
    auto r = probe(
        kSystemPython, {QStringLiteral("-c"), QStringLiteral("import nio, olm")},
        QStringLiteral("The nio peer needs Debian's python3-matrix-nio and python3-olm; run tools/setup."));
    return r ? success() : Status(r.error());
}

Result<QString> checkJs()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return fail(Error::Kind::Usage,
                    QStringLiteral("The js peer needs Node.js 20 or newer on PATH (node not found)."));
    auto version = probe(node, {QStringLiteral("--version")}, QStringLiteral("node --version did not run"));
    if (!version)
        return version.error();
    const auto m = QRegularExpression(QStringLiteral("^v(\\d+)\\.")).match(QString::fromUtf8(*version));
    if (!m.hasMatch() || m.captured(1).toInt() < 20)
        return fail(Error::Kind::Usage, QStringLiteral("The js peer needs Node.js 20 or newer; %1 is %2.")
                                            .arg(node, QString::fromUtf8(*version).trimmed()));
    if (!QFileInfo::exists(kInteropDir + QStringLiteral("/js/node_modules/matrix-js-sdk/package.json")))
        return fail(Error::Kind::Usage,
                    QStringLiteral("%1/js/node_modules is missing: run tools/setup (it runs npm ci there).")
                        .arg(kInteropDir));
    return node;
}

} // namespace

PeerProcess::PeerProcess(Kind kind, QString name) : m_kind(kind), m_name(std::move(name)) {}

Result<std::unique_ptr<PeerProcess>> PeerProcess::start(Kind kind, const QString &storeDir,
                                                        const QString &name)
{
    QString program;
    QStringList args;
    if (kind == Kind::Nio) {
        if (Status s = checkNio(); !s)
            return s.error();
        program = kSystemPython;
        args = {kInteropDir + QStringLiteral("/nio_peer.py"), QStringLiteral("--store"), storeDir};
    } else {
        auto node = checkJs();
        if (!node)
            return node.error();
        program = *node;
        args = {kInteropDir + QStringLiteral("/js/peer.mjs"), QStringLiteral("--store"), storeDir};
    }
    const QString label =
        name.isEmpty() ? (kind == Kind::Nio ? QStringLiteral("nio") : QStringLiteral("js")) : name;
    std::unique_ptr<PeerProcess> peer(new PeerProcess(kind, label));
    peer->m_process.setProgram(program);
    peer->m_process.setArguments(args);
    // The log goes to a file, not a pipe: a chatty peer can never block on a full pipe between calls.
    if (!QDir().mkpath(storeDir))
        return fail(Error::Kind::Usage,
                    QStringLiteral("Cannot create the peer's store directory %1.").arg(storeDir));
    peer->m_logPath = storeDir + QStringLiteral("/peer.log");
    peer->m_process.setStandardErrorFile(peer->m_logPath);
    peer->m_process.start();
    if (!peer->m_process.waitForStarted(20000))
        return fail(
            Error::Kind::Usage,
            QStringLiteral("The %1 peer did not start: %2").arg(label, peer->m_process.errorString()));
    return peer;
}

Result<std::unique_ptr<PeerProcess>> PeerProcess::nio(const QString &storeDir, const QString &name)
{
    return start(Kind::Nio, storeDir, name);
}

Result<std::unique_ptr<PeerProcess>> PeerProcess::js(const QString &storeDir, const QString &name)
{
    return start(Kind::Js, storeDir, name);
}

PeerProcess::~PeerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    (void)call(QStringLiteral("close"), {}, 5000);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

Result<QJsonObject> PeerProcess::call(const QString &command, const QJsonObject &args, int timeoutMs)
{
    const int id = m_nextId++;
    const QJsonObject request{
        {QStringLiteral("id"), id}, {QStringLiteral("cmd"), command}, {QStringLiteral("args"), args}};
    if (m_process.state() != QProcess::Running)
        return fail(Error::Kind::Network,
                    QStringLiteral("%1 %2: the peer is not running; its last log lines:\n%3")
                        .arg(m_name, command, stderrTail(20)));
    m_process.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');

    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        // A complete line may already be buffered from an earlier read.
        while (true) {
            const qsizetype newline = m_stdout.indexOf('\n');
            if (newline < 0)
                break;
            const QByteArray line = m_stdout.left(newline);
            m_stdout.remove(0, newline + 1);
            QJsonParseError err;
            const QJsonObject reply = QJsonDocument::fromJson(line, &err).object();
            if (err.error != QJsonParseError::NoError) {
                m_notes += "[stdout, not a reply] " + line + '\n';
                continue;
            }
            if (reply.value(QStringLiteral("id")).toInt() != id)
                continue; // a late reply to a command that timed out earlier
            readLog();
            if (!reply.value(QStringLiteral("ok")).toBool())
                return fail(Error::Kind::Usage, QStringLiteral("%1: %2").arg(
                                                    m_name, reply.value(QStringLiteral("error")).toString()));
            QJsonObject out = reply;
            out.remove(QStringLiteral("id"));
            out.remove(QStringLiteral("ok"));
            if (command == QLatin1String("login")) {
                m_userId = out.value(QStringLiteral("user_id")).toString();
                m_deviceId = out.value(QStringLiteral("device_id")).toString();
            }
            return out;
        }
        if (deadline.hasExpired()) {
            readLog();
            return fail(Error::Kind::Timeout,
                        QStringLiteral("%1 %2: no reply within %3 ms; its last log lines:\n%4")
                            .arg(m_name, command)
                            .arg(timeoutMs)
                            .arg(stderrTail(20)));
        }
        if (m_process.state() != QProcess::Running) {
            m_stdout += m_process.readAllStandardOutput();
            readLog();
            if (m_stdout.contains('\n'))
                continue;
            return fail(Error::Kind::Network,
                        QStringLiteral("%1 %2: the peer exited (code %3); its last log lines:\n%4")
                            .arg(m_name, command)
                            .arg(m_process.exitCode())
                            .arg(stderrTail(20)));
        }
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
        m_stdout += m_process.readAllStandardOutput();
        readLog();
    }
}

void PeerProcess::readLog()
{
    QFile f(m_logPath);
    if (f.open(QIODevice::ReadOnly))
        m_log = f.readAll() + m_notes;
}

QString PeerProcess::stderrTail(int lines)
{
    readLog();
    const QList<QByteArray> all = m_log.split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        tail << QString::fromUtf8(all[i]);
    return tail.join(QLatin1Char('\n'));
}

QByteArray PeerProcess::log()
{
    readLog();
    return m_log;
}

void PeerProcess::printLog()
{
    const QByteArray text = log();
    qInfo().noquote() << QStringLiteral("----- log of peer %1 (%2 bytes) -----").arg(m_name).arg(text.size());
    for (const QByteArray &line : text.split('\n'))
        qInfo().noquote() << m_name + QStringLiteral("| ") + QString::fromUtf8(line);
}

Result<QJsonObject> pumpCall(PeerProcess &peer, const QString &command, QJsonObject args, int totalMs)
{
    QDeadlineTimer deadline(totalMs);
    args.insert(QStringLiteral("timeout_ms"), 400);
    for (;;) {
        Result<QJsonObject> r = peer.call(command, args, 30000);
        if (r)
            return r;
        const QString message = r.error().message;
        const bool waiting =
            message.contains(QLatin1String("within")) || message.contains(QLatin1String("timed out"));
        if (!waiting || deadline.hasExpired())
            return r;
        QTest::qWait(250);
    }
}

} // namespace lattice::test
