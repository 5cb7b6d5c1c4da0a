// Lattice: the desktop app. Opens the account in --data-dir and shows the QML views of qml/, with
// desktop notifications, a tray icon and the translation for the system's language.
#include "app_controller.h"
#include "app_translations.h"
#include "color_scheme.h"
#include "desktop_notifications.h"
#include "device_trust_controller.h"
#include "mxc_image_provider.h"
#include "qr_image_provider.h"
#include "notifier.h"
#include "tray_icon.h"
#include "ui_trace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlContext>
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

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2e, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Link, QColor(0x6a, 0xa0, 0xf0));
    return p;
}

void saveGrab(QQuickWindow &window, const QString &file, int code)
{
    const bool saved = QDir().mkpath(QFileInfo(file).absolutePath()) && window.grabWindow().save(file);
    if (!saved)
        std::fprintf(stderr, "lattice: cannot save the screenshot to %s\n", qPrintable(file));
    QCoreApplication::exit(saved ? code : 1);
}

// --screenshot FILE: once the visible page has everything it waits for, grab the window to FILE
// and quit (exit code 0; 1 if it could not be saved; 2 if the page never settled, grabbed anyway).
void grabWhenSettled(AppController &controller, QQuickWindow &window, const QString &file, const QString &show)
{
    auto grab = [&window, &controller, file, show](int code) {
        if (!show.isEmpty()) {
            // Open the dialog, then grab once it has finished its opening transition.
            // MainView forwards to its AppDialogs (a QtObject, which findChild cannot reach there).
            auto *view = window.findChild<QObject *>(QStringLiteral("mainView"));
            if (!view || !QMetaObject::invokeMethod(view, "showByName", Q_ARG(QVariant, show)))
                std::fprintf(stderr, "lattice: cannot show %s\n", qPrintable(show));
            // A jump may search the history first: wait until it ended too (polled; bounded).
            constexpr int kPollMs = kScreenshotSettleMs / 5;
            auto *poll = new QTimer(&window);
            auto waited = std::make_shared<int>(0);
            QObject::connect(poll, &QTimer::timeout, &window,
                             [&window, &controller, poll, waited, file, code] {
                                 *waited += kPollMs;
                                 if (!controller.isSettled() && *waited < kScreenshotTimeoutMs)
                                     return;
                                 poll->stop();
                                 saveGrab(window, file, code);
                             });
            QTimer::singleShot(kScreenshotSettleMs * 2, poll, [poll] { poll->start(kPollMs); });
            return;
        }
        saveGrab(window, file, code);
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
    QElapsedTimer sinceMain; // --trace-ui counts from here
    sinceMain.start();
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
    // For screenshots of the dialogs and panels: --show createRoom|directChat|joinRoom|profile|logout|
    // invite|leave|roomSettings|members|member:@user:server (see AppDialogs.openByName), --dark.
    QCommandLineOption showOption(QStringLiteral("show"), QStringLiteral("Open this dialog before the screenshot."),
                                  QStringLiteral("NAME"));
    showOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption traceOption(QStringLiteral("trace-ui"),
                                   QStringLiteral("Print UI milestones on stdout (see ui_trace.h)."));
    traceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDirOption, screenshotOption, roomOption, showOption, darkOption, traceOption});
    parser.process(app);
    if (parser.isSet(darkOption))
        QGuiApplication::setPalette(darkPalette());

    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    AppController controller(dataDir);
    if (parser.isSet(roomOption))
        controller.selectRoomWhenReady(parser.value(roomOption));

    const bool screenshot = parser.isSet(screenshotOption);
    const bool withTray = !screenshot && lattice::desktop::TrayIcon::isAvailable();
    // With a tray, closing the window hides it; Quit in the tray's menu ends the app.
    QApplication::setQuitOnLastWindowClosed(!withTray);

    // Devices and trust for the settings page, member cards and the room's new-device warning.
    lattice::desktop::DeviceTrustController deviceTrust(controller);
    // "Verify" on a device (Sessions page, member card) starts SAS in the verification dialog.
    QObject::connect(&deviceTrust, &lattice::desktop::DeviceTrustController::verifyDeviceRequested, &controller,
                     [&controller](const QString &userId, const QString &deviceId) {
                         if (auto *verification = controller.verification())
                             verification->verifyDevice(userId, deviceId);
                     });
    QQmlApplicationEngine engine;
    engine.rootContext()->setContextProperty(QStringLiteral("deviceTrust"), &deviceTrust);
    // The engine owns the provider; the controller (and its MediaClient) outlives the engine.
    engine.addImageProvider(QStringLiteral("qr"), new lattice::desktop::QrImageProvider);
    engine.addImageProvider(QStringLiteral("mxc"), new lattice::desktop::MxcImageProvider(
                                                       controller.media(), &controller.encryptedFiles()));
    // The store opens on its thread and the keyring answers over D-Bus while QML loads.
    controller.start();
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
    if (parser.isSet(darkOption)) {
        // Qt Quick Controls take their palette from the window, not from QGuiApplication.
        // Setting a role on the window's palette (as QML's palette.window does) sets all colour groups.
        if (auto *palette = window->property("palette").value<QObject *>()) {
            const QPalette dark = darkPalette();
            const std::pair<const char *, QPalette::ColorRole> roles[] = {
                {"window", QPalette::Window},         {"windowText", QPalette::WindowText},
                {"base", QPalette::Base},             {"alternateBase", QPalette::AlternateBase},
                {"text", QPalette::Text},             {"button", QPalette::Button},
                {"buttonText", QPalette::ButtonText}, {"highlight", QPalette::Highlight},
                {"highlightedText", QPalette::HighlightedText}, {"toolTipBase", QPalette::ToolTipBase},
                {"toolTipText", QPalette::ToolTipText}, {"placeholderText", QPalette::PlaceholderText},
                {"mid", QPalette::Mid},               {"dark", QPalette::Dark},
                {"light", QPalette::Light},           {"link", QPalette::Link}};
            for (const auto &[name, role] : roles)
                palette->setProperty(name, dark.color(QPalette::Active, role));
        }
    }
    if (parser.isSet(screenshotOption))
        grabWhenSettled(controller, *window, parser.value(screenshotOption), parser.value(showOption));
    lattice::desktop::UiTrace *trace = nullptr;
    if (parser.isSet(traceOption))
        trace = new lattice::desktop::UiTrace(controller, *window, sinceMain, window);

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
        // The end-to-end test compares this total with the badge it sees in the tray.
        if (trace)
            QObject::connect(
                &notifier, &lattice::desktop::Notifier::unreadCountChanged, trace, [trace, t](int count) {
                    trace->print(QStringLiteral("tray unread=%1 tooltip=%2").arg(count).arg(t->toolTip()));
                });
    }

    return app.exec();
}
