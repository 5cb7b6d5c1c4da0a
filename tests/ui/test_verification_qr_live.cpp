// The verification dialog's QR code state against a real homeserver: Alice's app asks Bob's device to
// verify; once both are ready the dialog shows Alice's code (read back with zbar, byte for byte equal to
// the flow's payload) with "Compare emoji instead"; when Bob's device scans it the dialog asks whether
// Bob's screen reported success, and "Yes" completes the verification on both sides. Screenshots in
// light and dark go to $LATTICE_SCREENSHOT_DIR when set. Two apps (neither can scan) agree on SAS only
// and compare emoji.
#include "async_wait.h"
#include "client/cross_signing_service.h"
#include "logged_in_account.h"
#include "qr_image_provider.h"
#include "verification_controller.h"

#include <QGuiApplication>
#include <QPalette>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {

constexpr int kWaitMs = 60000;

bool settle(Session &session)
{
    bool idle = false;
    session.e2ee()->whenIdle([&] { idle = true; });
    return QTest::qWaitFor([&] { return idle; }, kWaitMs);
}

Status bootstrap(Account &account)
{
    const QString password = account.user.password;
    return awaitStatus([&](auto done) {
        account.session->trust()->crossSigning().bootstrap(
            [password](std::function<void(std::optional<QString>)> answer) { answer(password); }, done);
    });
}

bool knowsIdentity(Session &session, const QString &user)
{
    return QTest::qWaitFor(
        [&] {
            auto id = await<crypto::UserIdentity>([&](auto done) {
                session.e2ee()->runner().run<crypto::UserIdentity>(
                    [user](crypto::OlmMachine &m, Database &) { return m.userIdentity(user); }, done);
            });
            if (id && !id->masterKey.isEmpty())
                return true;
            bool flushed = false;
            session.e2ee()->runner().run<Unit>(
                [user](crypto::OlmMachine &m, Database &) { return m.updateTrackedUsers({user}); },
                [&](Status) { session.e2ee()->requests().flush([&](Status) { flushed = true; }); });
            (void)QTest::qWaitFor([&] { return flushed; }, 10000);
            return false;
        },
        kWaitMs);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// zbar reads the window's QR code; empty when it finds none. Only QR is enabled: with every symbology on,
// zbar may also "find" a 1-D barcode in the window and append its text to the --raw output.
QByteArray decode(const QImage &image)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dialog.png"));
    if (!image.save(file))
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), QStringLiteral("-Sbinary"), file});
    if (!zbar.waitForStarted())
        qFatal("zbarimg (Debian zbar-tools, see tools/setup) is needed to read the code back");
    zbar.waitForFinished(30000);
    QByteArray out = zbar.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return out;
}

// Where a decoded code differs from the expected one (QCOMPARE cuts long values before the difference).
QString mismatch(const QByteArray &read, const QByteArray &expected)
{
    qsizetype at = 0;
    while (at < read.size() && at < expected.size() && read[at] == expected[at])
        ++at;
    return QStringLiteral("zbar read %1 bytes, the code holds %2; they differ from byte %3: read %4, expected %5")
        .arg(read.size())
        .arg(expected.size())
        .arg(at)
        .arg(QString::fromLatin1(read.mid(at, 16).toHex()), QString::fromLatin1(expected.mid(at, 16).toHex()));
}

// Loads the app's verification dialog for `controller` in a window of its own.
QQuickWindow *loadDialog(QQmlApplicationEngine &engine, VerificationController &controller)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.rootContext()->setContextProperty(QStringLiteral("verificationController"), &controller);
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        import Lattice
        ApplicationWindow {
            width: 640; height: 620; visible: true
            VerificationDialog {
                controller: verificationController
                verification: verificationController.current
            }
        })");
    if (engine.rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}

void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

void saveShot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATTICE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + u'/' + name));
}

} // namespace

class TestVerificationQrLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogShowsAndConfirmsTheCode_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void dialogShowsAndConfirmsTheCode()
    {
        QFETCH(bool, dark);
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        Account alice = loggedIn(QStringLiteral("uiqra"));
        Account bob = loggedIn(QStringLiteral("uiqrb"));
        QVERIFY(settle(*alice.session) && settle(*bob.session));
        for (Account *a : {&alice, &bob}) {
            Status made = bootstrap(*a);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        }
        alice.session->syncLoop().start(1000);
        bob.session->syncLoop().start(1000);
        QVERIFY(knowsIdentity(*alice.session, bob.user.userId));
        QVERIFY(knowsIdentity(*bob.session, alice.user.userId));

        VerificationController controller(*alice.session);
        QVERIFY(controller.available());
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadDialog(engine, controller);
        QVERIFY(window && QTest::qWaitForWindowExposed(window));

        VerificationSession *onBob = nullptr;
        connect(&bob.session->trust()->verification(), &VerificationService::incomingRequest, this,
                [&](VerificationSession *s) { onBob = s; });
        controller.verifyDevice(bob.user.userId, bob.session->deviceId());
        VerificationSession *onAlice = controller.current();
        QVERIFY(onAlice && onAlice->preferQrCode());
        QVERIFY(QTest::qWaitFor([&] { return onBob != nullptr; }, kWaitMs));
        onBob->accept();
        QVERIFY(QTest::qWaitFor([&] { return !onAlice->qrCode().isEmpty(); }, kWaitMs));

        auto find = [&](const char *name) { return window->findChild<QQuickItem *>(QLatin1String(name)); };
        // Visible and wholly inside the dialog (a button box once pushed its buttons out of it).
        auto shownInDialog = [&](const char *name) {
            QQuickItem *item = find(name);
            // The Dialog is a Popup (no item): its background covers it.
            QObject *popup = window->findChild<QObject *>(QStringLiteral("verificationDialog"));
            QQuickItem *dialogItem = popup ? popup->property("background").value<QQuickItem *>() : nullptr;
            if (!item || !dialogItem || !item->isVisible())
                return false;
            const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            const QRectF frame =
                dialogItem->mapRectToScene(QRectF(0, 0, dialogItem->width(), dialogItem->height()));
            return item->width() > 0 && frame.contains(box);
        };
        QQuickItem *code = find("verificationQrCode");
        QVERIFY(code);
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->property("ready").toBool(), 10000);
        QTRY_VERIFY(shownInDialog("compareEmojiButton"));
        QVERIFY(!find("qrConfirmButton")->isVisible());
        QTest::qWait(300); // the dialog's open transition
        const QImage shown = window->grabWindow();
        saveShot(shown, dark ? QStringLiteral("verification-qr-dark.png")
                             : QStringLiteral("verification-qr-light.png"));
        // Grabbed again until it reads: a frame taken while the dialog still fades in may not decode.
        QByteArray read;
        const bool readBack = QTest::qWaitFor(
            [&] { return (read = decode(window->grabWindow())) == onAlice->qrCode(); }, 10000);
        QVERIFY2(readBack, qPrintable(mismatch(read, onAlice->qrCode())));

        // Bob's device scans the code: Alice's dialog asks whether Bob's screen said it worked.
        QVERIFY(QTest::qWaitFor([&] { return onBob->canScanQrCode(); }, kWaitMs));
        QVERIFY(onBob->scanQrCode(onAlice->qrCode()));
        QVERIFY(QTest::qWaitFor([&] { return onAlice->state() == VerificationSession::QrScanned; }, kWaitMs));
        QQuickItem *yes = find("qrConfirmButton");
        QTRY_VERIFY(shownInDialog("qrConfirmButton"));
        QVERIFY(shownInDialog("qrDenyButton"));
        QVERIFY(!code->isVisible()); // the code's secret is spent
        QTest::qWait(200);
        saveShot(window->grabWindow(), dark ? QStringLiteral("verification-qr-scanned-dark.png")
                                            : QStringLiteral("verification-qr-scanned-light.png"));
        click(window, yes);
        QVERIFY(QTest::qWaitFor([&] { return onAlice->state() == VerificationSession::Done; }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return onBob->state() == VerificationSession::Done; }, kWaitMs));
        QTRY_VERIFY(find("closeButton")->isVisible());
        alice.session->syncLoop().stop();
        bob.session->syncLoop().stop();
    }
    // Two apps (no camera on either side): neither request nor ready offers m.qr_code.scan.v1, so no code
    // is shown, and the dialog reaches the emoji; "They match" on both ends the flow verified.
    void twoAppsCompareEmoji()
    {
        Account alice = loggedIn(QStringLiteral("uiqrc"));
        Account bob = loggedIn(QStringLiteral("uiqrd"));
        QVERIFY(settle(*alice.session) && settle(*bob.session));
        for (Account *a : {&alice, &bob}) {
            Status made = bootstrap(*a);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        }
        alice.session->syncLoop().start(1000);
        bob.session->syncLoop().start(1000);
        QVERIFY(knowsIdentity(*alice.session, bob.user.userId));
        QVERIFY(knowsIdentity(*bob.session, alice.user.userId));

        VerificationController onAliceApp(*alice.session);
        VerificationController onBobApp(*bob.session);
        QVERIFY(onAliceApp.available() && onBobApp.available());
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadDialog(engine, onAliceApp);
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        auto find = [&](const char *name) { return window->findChild<QQuickItem *>(QLatin1String(name)); };

        // Bob's app asks; Alice's dialog shows the request and she accepts it.
        onBobApp.verifyDevice(alice.user.userId, alice.session->deviceId());
        VerificationSession *onBob = onBobApp.current();
        QVERIFY(onBob);
        QVERIFY(QTest::qWaitFor([&] { return onAliceApp.current() != nullptr; }, kWaitMs));
        VerificationSession *onAlice = onAliceApp.current();
        const QString scan = QLatin1String(crypto::qrScanMethod);
        QVERIFY2(!onAlice->theirMethods().isEmpty() && !onAlice->theirMethods().contains(scan),
                 qPrintable(onAlice->theirMethods().join(u' '))); // Bob's request
        QTRY_VERIFY(find("acceptButton") && find("acceptButton")->isVisible());
        click(window, find("acceptButton"));
        QVERIFY(QTest::qWaitFor([&] { return onBob->state() != VerificationSession::Requested; }, kWaitMs));
        QVERIFY2(!onBob->theirMethods().contains(scan),
                 qPrintable(onBob->theirMethods().join(u' '))); // Alice's ready
        QCOMPARE(onBob->theirMethods(), QStringList{QStringLiteral("m.sas.v1")});
        QVERIFY(onAlice->qrCode().isEmpty() && onBob->qrCode().isEmpty());

        // No code to show: SAS starts (Bob's app as the requester; else Alice's "Compare emoji").
        QVERIFY(
            QTest::qWaitFor([&] { return onAlice->state() == VerificationSession::ShowingSas; }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return onBob->state() == VerificationSession::ShowingSas; }, kWaitMs));
        QCOMPARE(onAlice->emoji(), onBob->emoji());
        QTRY_VERIFY(find("emojiGrid")->isVisible());
        QVERIFY(!find("verificationQrCode")->isVisible());
        QTRY_VERIFY(find("matchButton")->isVisible());
        QTest::qWait(200); // the button row's polish
        click(window, find("matchButton"));
        onBob->confirm();
        QVERIFY(QTest::qWaitFor([&] { return onAlice->state() == VerificationSession::Done; }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return onBob->state() == VerificationSession::Done; }, kWaitMs));
        alice.session->syncLoop().stop();
        bob.session->syncLoop().stop();
    }
};

int main(int argc, char **argv)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication app(argc, argv);
    TestVerificationQrLive test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_verification_qr_live.moc"
