// The verification QR code in the app: QrImageProvider's image (quiet zone, whole pixels per module,
// the module grid libqrencode made) and QrCodeView.qml rendered offscreen with the provider.
#include "client/qr_matrix.h"
#include "crypto/random.h"
#include "qr_image_provider.h"

#include <QFile>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

using namespace lattice;
using namespace lattice::desktop;

namespace {

QrMatrix matrixOf(const QByteArray &payload)
{
    Result<QrMatrix> m = encodeQrMatrix(payload);
    if (!m)
        qFatal("cannot encode: %s", qPrintable(m.error().message));
    return *m;
}

// Every pixel of `image` at `origin` matches the module grid (quiet zone light), each module a uniform
// square of `px` pixels: no smoothing, no half modules.
QString compareGrid(const QImage &image, QPoint origin, int px, const QrMatrix &m)
{
    const int side = m.width + 2 * qrQuietZone;
    for (int my = 0; my < side; ++my) {
        for (int mx = 0; mx < side; ++mx) {
            const int x = mx - qrQuietZone, y = my - qrQuietZone;
            const bool dark = x >= 0 && y >= 0 && x < m.width && y < m.width && m.dark(x, y);
            for (int py = 0; py < px; ++py) {
                for (int pxl = 0; pxl < px; ++pxl) {
                    const QRgb c = image.pixel(origin.x() + mx * px + pxl, origin.y() + my * px + py);
                    if (c != (dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255)))
                        return QStringLiteral("module %1,%2 pixel %3,%4 is %5")
                            .arg(mx)
                            .arg(my)
                            .arg(pxl)
                            .arg(py)
                            .arg(QColor(c).name());
                }
            }
        }
    }
    return {};
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
    // A verification-sized payload (mode 0x02 with a 44-byte event ID and a 16-byte secret).
    const QByteArray payload =
        QByteArray("MATRIX\x02\x02\x00\x2C", 10) + QByteArray(44, '$') + crypto::randomBytes(64 + 16);

private Q_SLOTS:
    void imageAtRequestedSize()
    {
        const QrMatrix m = matrixOf(payload);
        const int side = m.width + 2 * qrQuietZone;
        const QImage image = QrImageProvider::render(payload, QSize(300, 300));
        const int px = 300 / side;
        QVERIFY(px >= 2);
        QCOMPARE(image.size(), QSize(side * px, side * px)); // whole modules only, within the request
        const QString mismatch = compareGrid(image, {0, 0}, px, m);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // The quiet zone: the first four module rows and columns are white.
        for (int i = 0; i < qrQuietZone * px; ++i) {
            QCOMPARE(image.pixel(i, image.height() / 2), qRgb(255, 255, 255));
            QCOMPARE(image.pixel(image.width() / 2, image.height() - 1 - i), qRgb(255, 255, 255));
        }
        QCOMPARE(image.pixel(qrQuietZone * px, qrQuietZone * px), qRgb(0, 0, 0)); // the finder's corner
    }

    void imageSizes()
    {
        const QrMatrix m = matrixOf(payload);
        const int side = m.width + 2 * qrQuietZone;
        QCOMPARE(QrImageProvider::render(payload, QSize()).size(), QSize(side * 8, side * 8)); // default
        QCOMPARE(QrImageProvider::render(payload, QSize(10, 10)).size(), QSize(side, side)); // at least 1 px
        QCOMPARE(QrImageProvider::render(payload, QSize(0, 5 * side + 3)).size(), QSize(5 * side, 5 * side));
        QCOMPARE(QrImageProvider::render(payload, QSize(9 * side, 4 * side)).size(),
                 QSize(4 * side, 4 * side));
    }

    void providerDecodesTheId()
    {
        QrImageProvider provider;
        const QString id = QrImageProvider::idFor(payload);
        QVERIFY(!id.contains(QLatin1Char('+')) && !id.contains(QLatin1Char('/')) &&
                !id.contains(QLatin1Char('=')));
        QSize size;
        const QImage image = provider.requestImage(id, &size, QSize(200, 200));
        QVERIFY(!image.isNull());
        QCOMPARE(size, image.size());
        QCOMPARE(image, QrImageProvider::render(payload, QSize(200, 200)));
    }

    void badInputFailsCleanly()
    {
        QrImageProvider provider;
        QSize size(1, 1);
        QVERIFY(provider.requestImage(QStringLiteral("not base64url!"), &size, QSize()).isNull());
        QCOMPARE(size, QSize(0, 0));
        QVERIFY(provider.requestImage(QString(), &size, QSize()).isNull());
        // Larger than a version 40 symbol holds at level M (2331 bytes).
        const QString tooLong = QrImageProvider::idFor(QByteArray(2332, 'x'));
        QVERIFY(provider.requestImage(tooLong, &size, QSize(100, 100)).isNull());
        QCOMPARE(size, QSize(0, 0));
        QVERIFY(
            !provider.requestImage(QrImageProvider::idFor(QByteArray(2331, 'x')), &size, QSize()).isNull());
    }

    // QrCodeView.qml with the provider, offscreen: the grabbed window shows the exact module grid.
    void viewShowsTheCode()
    {
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.engine()->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
        view.setColor(QColor(0x30, 0x30, 0x30)); // a dark window: the code keeps its own white
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(360, 360);
        view.setSource(QUrl(QStringLiteral("qrc:/Lattice/QrCodeView.qml")));
        QVERIFY2(view.status() == QQuickView::Ready, qPrintable(QString::number(view.errors().size())));
        QQuickItem *root = view.rootObject();
        root->setProperty("codeSize", 260);
        root->setProperty("payload", QrImageProvider::idFor(payload));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(root->property("ready").toBool());
        QVERIFY(!root->property("failed").toBool());

        auto *caption = root->findChild<QQuickItem *>(QStringLiteral("qrCaption"));
        QVERIFY(caption);
        QCOMPARE(caption->property("text").toString(),
                 QStringLiteral("Scan this code with your other device"));

        auto *image = root->findChild<QQuickItem *>(QStringLiteral("qrImage"));
        QVERIFY(image);
        const QImage grab = view.grabWindow().convertToFormat(QImage::Format_RGB32);
        // For a look, and for checking by hand with a decoder (zbarimg --raw -Sbinary FILE | cmp - FILE.bin).
        if (!qEnvironmentVariableIsEmpty("LATTICE_QR_SCREENSHOT")) {
            const QString file = qEnvironmentVariable("LATTICE_QR_SCREENSHOT");
            QVERIFY(grab.save(file));
            QFile bin(file + QStringLiteral(".bin"));
            QVERIFY(bin.open(QIODevice::WriteOnly) && bin.write(payload) == payload.size());
        }
        const QrMatrix m = matrixOf(payload);
        const int side = m.width + 2 * qrQuietZone;
        const int px = 260 / side;
        QCOMPARE(image->width(), side * px);
        const QPointF topLeft = image->mapToScene(QPointF(0, 0)) * grab.devicePixelRatio();
        QCOMPARE(grab.devicePixelRatio(), 1.0);
        const QString mismatch = compareGrid(grab, topLeft.toPoint(), px, m);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(caption->mapToScene(QPointF(0, 0)).y() >= image->mapToScene(QPointF(0, image->height())).y());
    }

    // An independent decoder (zbar) reads the payload back, byte for byte, from the provider's image.
    void zbarReadsThePayload()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(QrImageProvider::render(payload, QSize(240, 240)).save(file));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), QStringLiteral("-Sbinary"), file});
        if (!zbar.waitForStarted())
            QFAIL("zbarimg (Debian zbar-tools, see tools/setup) is needed to read the code back");
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.exitCode(), 0);
        QByteArray decoded = zbar.readAllStandardOutput();
        if (decoded.size() == payload.size() + 1 && decoded.endsWith('\n'))
            decoded.chop(1); // zbarimg ends each symbol with a newline
        QCOMPARE(decoded.toHex(), payload.toHex());
    }

    void viewReportsAnUnshowableCode()
    {
        QQuickView view;
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.engine()->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
        view.setSource(QUrl(QStringLiteral("qrc:/Lattice/QrCodeView.qml")));
        QVERIFY(view.status() == QQuickView::Ready);
        QQuickItem *root = view.rootObject();
        // Qt Quick warns with the whole URL; a real code never fails this way.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Failed to get image from provider")));
        root->setProperty("payload", QrImageProvider::idFor(QByteArray(3000, 'x')));
        view.show();
        QTRY_VERIFY(root->property("failed").toBool());
        auto *error = root->findChild<QQuickItem *>(QStringLiteral("qrError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(!root->property("ready").toBool());
    }
};

QTEST_MAIN(TestQrCode)
#include "test_qr_code.moc"
