#include "tray_host.h"

#include "process_stop.h"
#include "x_session.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace lattice::test {

TrayHost::TrayHost(const XSession &x) : m_x(x)
{
    for (const char *tool : {"trayer", "xwininfo", "xprop"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            qFatal("%s is missing: install trayer and x11-utils (tools/setup does)", tool);
    m_trayer.setProcessEnvironment(x.environment());
    m_trayer.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_trayer, &QProcess::readyReadStandardOutput, [this] {
        for (const QByteArray &line : m_trayer.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                fprintf(stderr, "trayer: %s\n", line.constData());
    });
    m_trayer.start(QStringLiteral("trayer"),
                   {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                    QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
                    QStringLiteral("--height"), QStringLiteral("32")});
    if (!m_trayer.waitForStarted(10000))
        qFatal("cannot start trayer: %s", qPrintable(m_trayer.errorString()));
    (void)QTest::qWaitFor([this] { return !(m_panel = panelWindow()).isEmpty(); }, 20000);
    if (m_panel.isEmpty())
        qFatal("trayer's panel never appeared on %s", qPrintable(x.display()));
}

TrayHost::~TrayHost()
{
    stopProcess(m_trayer);
}

QString TrayHost::panelWindow() const
{
    QByteArray out;
    if (!m_x.run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")}, 10000, &out))
        return {};
    // 0x400003 "panel": ("panel" "trayer")  2x24+798+0  +798+0
    static const QRegularExpression re(
        QStringLiteral("^\\s*(0x[0-9a-f]+) \"panel\": \\(\"panel\" \"trayer\"\\)"),
        QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(out)).captured(1);
}

QString TrayHost::tree() const
{
    QByteArray out;
    m_x.run(QStringLiteral("xwininfo"), {QStringLiteral("-tree"), QStringLiteral("-id"), m_panel}, 10000,
            &out);
    return QString::fromUtf8(out);
}

QString TrayHost::embeddedWindow(const QString &classRegex, int timeoutMs) const
{
    const QRegularExpression re(QStringLiteral("^\\s*(0x[0-9a-f]+) .*%1").arg(classRegex),
                                QRegularExpression::MultilineOption);
    QString found;
    (void)QTest::qWaitFor([&] { return !(found = re.match(tree()).captured(1)).isEmpty(); }, timeoutMs);
    return found;
}

bool TrayHost::speaksXEmbed(const QString &window) const
{
    QByteArray out;
    return m_x.run(QStringLiteral("xprop"), {QStringLiteral("-id"), window, QStringLiteral("_XEMBED_INFO")},
                   10000, &out) &&
           out.contains("_XEMBED_INFO(_XEMBED_INFO)");
}

QImage TrayHost::grab(const QString &window) const
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("icon.png"));
    if (!m_x.run(QStringLiteral("import"), {QStringLiteral("-window"), window, file}))
        return {};
    return QImage(file);
}

} // namespace lattice::test
