#pragma once
// image://qr/<payload in base64url, no padding>: the payload as a QR code (byte mode, quiet zone of
// four modules), black on white, for verification by QR code (QrCodeView.qml). Modules are whole pixels,
// never smoothed: the image is the largest whole multiple of the module grid that fits the requested
// size (8 pixels per module when no size is requested), so scanners see sharp edges.
#include <QQuickImageProvider>

namespace lattice::desktop {

class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The id QML puts after "image://qr/" for these bytes.
    static QString idFor(const QByteArray &payload);
    // The QR image of `payload` at about `requestedSize` (see above); a null image when the payload is
    // empty or too long for a QR code.
    static QImage render(const QByteArray &payload, const QSize &requestedSize);
};

} // namespace lattice::desktop
