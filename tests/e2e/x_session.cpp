#include "x_session.h"

#include "process_stop.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QtGlobal>

namespace lattice::test {

namespace {
void requireTool(const char *name, const char *package)
{
    if (QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty())
        qFatal("%s is missing: install the Debian package %s (tools/setup does)", name, package);
}
} // namespace

XSession::XSession()
{
    requireTool("Xvfb", "xvfb");
    requireTool("xdotool", "xdotool");
    requireTool("import", "imagemagick");
    // -displayfd: Xvfb picks a free display itself and writes its number once it accepts clients,
    // so concurrent tests never race for a display number.
    m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    if (!m_xvfb.waitForStarted(10000))
        qFatal("cannot start Xvfb: %s", qPrintable(m_xvfb.errorString()));
    QByteArray out;
    while (!out.contains('\n') && m_xvfb.waitForReadyRead(20000))
        out += m_xvfb.readAllStandardOutput();
    bool ok = false;
    const int number = out.trimmed().toInt(&ok);
    if (!ok)
        qFatal("Xvfb did not report its display: %s", m_xvfb.readAllStandardError().constData());
    m_display = QStringLiteral(":%1").arg(number);
}

XSession::~XSession()
{
    stopProcess(m_xvfb);
}

QProcessEnvironment XSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

bool XSession::run(const QString &program, const QStringList &args, int timeoutMs, QByteArray *out,
                   Noise noise) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        qWarning("%s %s did not finish", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))));
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (noise == Quiet)
            return false;
        qWarning("%s failed (%d): %s", qPrintable(program), p.exitCode(),
                 p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool XSession::focusWindow(const QString &titleRegex, int timeoutMs)
{
    // A poll rather than `search --sync ... windowfocus --sync`: that waits for a focus-change event
    // which, without a window manager, may never come (the window can get the focus before xdotool
    // listens), and a busy machine hit it.
    QDeadlineTimer deadline(timeoutMs);
    do {
        QByteArray ids;
        if (run(QStringLiteral("xdotool"),
                {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                 titleRegex},
                10000, &ids, Quiet)) {
            const QByteArray window = ids.split('\n').constFirst().trimmed();
            QByteArray focused;
            if (run(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), QString::fromLatin1(window)},
                    10000, nullptr, Quiet) &&
                run(QStringLiteral("xdotool"), {QStringLiteral("getwindowfocus")}, 10000, &focused, Quiet) &&
                focused.trimmed() == window)
                return true;
        }
        QThread::msleep(200);
    } while (!deadline.hasExpired());
    qWarning("no visible window titled %s took the focus within %d ms", qPrintable(titleRegex), timeoutMs);
    return false;
}

bool XSession::type(const QString &text)
{
    return run(QStringLiteral("xdotool"), {QStringLiteral("type"), QStringLiteral("--delay"),
                                           QStringLiteral("25"), QStringLiteral("--"), text});
}

bool XSession::key(const QString &keys)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("50"), keys});
}

bool XSession::screenshot(const QString &titleRegex, const QString &file)
{
    QByteArray ids;
    if (!run(
            QStringLiteral("xdotool"),
            {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), titleRegex},
            30000, &ids))
        return false;
    const QByteArray window = ids.split('\n').constFirst().trimmed();
    QDir().mkpath(QFileInfo(file).absolutePath());
    return run(QStringLiteral("import"), {QStringLiteral("-window"), QString::fromLatin1(window), file});
}

} // namespace lattice::test
