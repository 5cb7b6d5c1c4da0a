// Lattice: the desktop app. Opens the account in --data-dir and shows the QML views of qml/.
#include "app_controller.h"
#include "mxc_image_provider.h"
#include "ui_trace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

namespace {

using lattice::desktop::AppController;

constexpr int kScreenshotTimeoutMs = 60000;
constexpr int kScreenshotSettleMs = 500; // let the last frame render after the data arrived

// --screenshot FILE: once the visible page has everything it waits for, grab the window to FILE
// and quit (exit code 0; 1 if it could not be saved; 2 if the page never settled, grabbed anyway).
void grabWhenSettled(AppController &controller, QQuickWindow &window, const QString &file)
{
    auto grab = [&window, file](int code) {
        const bool saved = QDir().mkpath(QFileInfo(file).absolutePath()) && window.grabWindow().save(file);
        if (!saved)
            std::fprintf(stderr, "lattice: cannot save the screenshot to %s\n", qPrintable(file));
        QCoreApplication::exit(saved ? code : 1);
    };
    auto timer = new QTimer(&window);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, &window, [grab] { grab(0); });
    auto check = [&controller, timer] {
        if (controller.isSettled())
            timer->start(kScreenshotSettleMs);
        else
            timer->stop();
    };
    QObject::connect(&controller, &AppController::settledChanged, timer, check);
    check();
    QTimer::singleShot(kScreenshotTimeoutMs, &window, [grab] {
        std::fprintf(stderr, "lattice: the window did not settle; grabbing it anyway\n");
        grab(2);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lattice"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lattice"));
    QGuiApplication::setApplicationVersion(QStringLiteral(LATTICE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lattice.Lattice"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lattice.svg")));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop chat client for Matrix."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "The account's data directory (default: %1).")
            .arg(defaultDataDir),
        QStringLiteral("DIR"), defaultDataDir);
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window to FILE once it has loaded, then quit."), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption roomOption(QStringLiteral("room"), QStringLiteral("Open this room ID at start."),
                                  QStringLiteral("ROOM_ID"));
    roomOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption traceOption(QStringLiteral("trace-ui"),
                                   QStringLiteral("Print UI milestones on stdout (see ui_trace.h)."));
    traceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDirOption, screenshotOption, roomOption, traceOption});
    parser.process(app);

    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    AppController controller(dataDir);
    if (parser.isSet(roomOption))
        controller.selectRoomWhenReady(parser.value(roomOption));

    QQmlApplicationEngine engine;
    // The engine owns the provider; the controller (and its MediaClient) outlives the engine.
    engine.addImageProvider(QStringLiteral("mxc"), new lattice::desktop::MxcImageProvider(controller.media()));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Lattice/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "lattice: the main window could not be loaded\n");
        return 1;
    }
    if (parser.isSet(screenshotOption))
        grabWhenSettled(controller, *window, parser.value(screenshotOption));
    if (parser.isSet(traceOption))
        new lattice::desktop::UiTrace(controller, *window, window);

    controller.start();
    return app.exec();
}
