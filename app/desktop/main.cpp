// Lattice: the desktop app. Opens the account in --data-dir and shows the QML views of qml/, with
// desktop notifications, a tray icon and the translation for the system's language.
#include "app_controller.h"
#include "app_translations.h"
#include "color_scheme.h"
#include "desktop_notifications.h"
#include "mxc_image_provider.h"
#include "notifier.h"
#include "tray_icon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>

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

void bringToFront(QQuickWindow &window)
{
    window.show();
    window.raise();
    window.requestActivate();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lattice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lattice"));
    QApplication::setApplicationVersion(QStringLiteral(LATTICE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lattice.Lattice"));
    const QIcon appIcon(QStringLiteral(":/icons/lattice.svg"));
    QApplication::setWindowIcon(appIcon);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    lattice::desktop::installTranslations(app, QLocale());

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
    // Hidden options for tests and screenshots: not translated on purpose.
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window to FILE once it has loaded, then quit."), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption roomOption(QStringLiteral("room"), QStringLiteral("Open this room ID at start."),
                                  QStringLiteral("ROOM_ID"));
    roomOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDirOption, screenshotOption, roomOption});
    parser.process(app);

    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    AppController controller(dataDir);
    if (parser.isSet(roomOption))
        controller.selectRoomWhenReady(parser.value(roomOption));

    const bool screenshot = parser.isSet(screenshotOption);
    const bool withTray = !screenshot && lattice::desktop::TrayIcon::isAvailable();
    // With a tray, closing the window hides it; Quit in the tray's menu ends the app.
    QApplication::setQuitOnLastWindowClosed(!withTray);

    QQmlApplicationEngine engine;
    // The engine owns the provider; the controller (and its MediaClient) outlives the engine.
    engine.addImageProvider(QStringLiteral("mxc"),
                            new lattice::desktop::MxcImageProvider(controller.media()));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("hideOnClose"), withTray}});
    engine.load(QUrl(QStringLiteral("qrc:/Lattice/Main.qml")));
    // After the load: Qt Quick Controls take their palette from the platform theme at start-up and
    // follow application palette changes from then on.
    lattice::desktop::applyColorSchemeOverride();
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "lattice: the main window could not be loaded\n");
        return 1;
    }
    if (screenshot)
        grabWhenSettled(controller, *window, parser.value(screenshotOption));

    // Notifications for what arrives while the user looks elsewhere.
    lattice::desktop::Notifier notifier(controller.session(), [&controller, window] {
        return window->isVisible() && window->isActive() ? controller.currentRoomId() : QString();
    });
    lattice::desktop::DesktopNotifications notifications(QDBusConnection::sessionBus(),
                                                         QStringLiteral("org.lattice.Lattice"));
    if (!screenshot)
        QObject::connect(&notifier, &lattice::desktop::Notifier::notificationReady, &notifications,
                         &lattice::desktop::DesktopNotifications::show);
    auto openRoom = [&controller, window](const QString &roomId) {
        bringToFront(*window);
        controller.selectRoom(roomId);
    };
    QObject::connect(&notifications, &lattice::desktop::DesktopNotifications::activated, window, openRoom);
    QObject::connect(&controller, &AppController::pageChanged, &notifier,
                     &lattice::desktop::Notifier::refreshUnreadCount);

    std::unique_ptr<lattice::desktop::TrayIcon> tray;
    if (withTray) {
        tray = std::make_unique<lattice::desktop::TrayIcon>(appIcon);
        auto *t = tray.get();
        QObject::connect(&notifier, &lattice::desktop::Notifier::unreadCountChanged, t,
                         &lattice::desktop::TrayIcon::setUnreadCount);
        QObject::connect(t, &lattice::desktop::TrayIcon::toggleWindowRequested, window, [window] {
            if (window->isVisible() && window->isActive())
                window->hide();
            else
                bringToFront(*window);
        });
        QObject::connect(t, &lattice::desktop::TrayIcon::quitRequested, &app, &QCoreApplication::quit);
        QObject::connect(t, &lattice::desktop::TrayIcon::messageClicked, window, openRoom);
        QObject::connect(window, &QWindow::visibleChanged, t, &lattice::desktop::TrayIcon::setWindowVisible);
        notifications.setFallback([t](const lattice::desktop::Notification &n) {
            t->showMessage(lattice::desktop::DesktopNotifications::title(n),
                           lattice::desktop::DesktopNotifications::body(n), n.roomId);
        });
        t->show();
    }

    controller.start();
    return app.exec();
}
