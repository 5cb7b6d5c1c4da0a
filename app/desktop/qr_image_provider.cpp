#include "qr_image_provider.h"

#include "client/qr_matrix.h"

#include <QPainter>
#include <algorithm>

namespace lattice::desktop {
namespace {

constexpr int defaultModulePixels = 8;

} // namespace

QString QrImageProvider::idFor(const QByteArray &payload)
{
    return QString::fromLatin1(
        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QImage QrImageProvider::render(const QByteArray &payload, const QSize &requestedSize)
{
    Result<QrMatrix> matrix = encodeQrMatrix(payload);
    if (!matrix)
        return {};
    const int side = matrix->width + 2 * qrQuietZone;
    int modulePixels = defaultModulePixels;
    if (requestedSize.width() > 0 || requestedSize.height() > 0) {
        const int fit = std::min(requestedSize.width() > 0 ? requestedSize.width() : requestedSize.height(),
                                 requestedSize.height() > 0 ? requestedSize.height() : requestedSize.width());
        modulePixels = std::max(1, fit / side); // too small a request still gets one pixel per module
    }
    QImage image(side * modulePixels, side * modulePixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix->width; ++y) {
        for (int x = 0; x < matrix->width; ++x) {
            if (matrix->dark(x, y))
                painter.fillRect((x + qrQuietZone) * modulePixels, (y + qrQuietZone) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
        }
    }
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The payload carries the verification's shared secret: it is never logged.
    const auto decoded = QByteArray::fromBase64Encoding(
        id.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QImage image = decoded ? render(*decoded, requestedSize) : QImage();
    if (size)
        *size = image.size();
    return image;
}

} // namespace lattice::desktop
