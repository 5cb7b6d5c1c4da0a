#include "app_process.h"

#include "process_stop.h"

#include <QRegularExpression>
#include <QTest>

#include <cstdio>

namespace lattice::test {

AppProcess::AppProcess(const QString &program, const QProcessEnvironment &env, const QString &dataDir)
{
    m_process.setProcessEnvironment(env);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
        const QByteArray err = m_process.readAllStandardError();
        fputs(err.constData(), stderr);
        for (const QByteArray &line : err.split('\n'))
            if (line.contains("Binding loop detected"))
                m_bindingLoops << QString::fromUtf8(line);
    });
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            qInfo("app: %s", qPrintable(line));
            m_trace << line;
        }
    });
    m_process.start(program, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--trace-ui")});
    if (!m_process.waitForStarted(10000))
        qFatal("cannot start %s: %s", qPrintable(program), qPrintable(m_process.errorString()));
}

AppProcess::~AppProcess()
{
    stopProcess(m_process, 10000);
}

int AppProcess::waitFor(const QString &pattern, int from, int timeoutMs)
{
    const QRegularExpression re(pattern);
    int found = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (int i = from; i < m_trace.size(); ++i)
                if (re.match(m_trace.at(i)).hasMatch())
                    return (found = i) >= 0;
            return m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return found;
}

QStringList AppProcess::matching(const QString &pattern, int from) const
{
    const QRegularExpression re(pattern);
    QStringList out;
    for (int i = from; i < m_trace.size(); ++i)
        if (re.match(m_trace.at(i)).hasMatch())
            out << m_trace.at(i);
    return out;
}

} // namespace lattice::test
