#include "qr_matrix.h"

#include <QCoreApplication>
#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace lattice {
namespace {

QRecLevel toLibqrencode(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrcodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

Result<QrMatrix> encodeQrMatrix(const QByteArray &bytes, QrErrorCorrection level)
{
    if (bytes.isEmpty())
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("lattice::QrCode", "There is nothing to show as a QR code."));
    errno = 0;
    // Version 0: the smallest symbol that holds the data. QRcode_encodeData always uses 8-bit mode.
    const std::unique_ptr<QRcode, QrcodeFree> code(QRcode_encodeData(
        static_cast<int>(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0,
        toLibqrencode(level)));
    if (!code) {
        Error e = Error::make(
            Error::Kind::Usage,
            errno == ERANGE
                ? QCoreApplication::translate("lattice::QrCode", "The data is too long for a QR code.")
                : QCoreApplication::translate("lattice::QrCode", "The QR code could not be made."));
        e.errcode = errno == ERANGE ? QStringLiteral("QR_TOO_LONG") : QStringLiteral("QR_ENCODE_FAILED");
        return e;
    }
    QrMatrix matrix;
    matrix.version = code->version;
    matrix.width = code->width;
    const size_t count = static_cast<size_t>(code->width) * static_cast<size_t>(code->width);
    matrix.modules.resize(count);
    for (size_t i = 0; i < count; ++i)
        matrix.modules[i] = (code->data[i] & 1) != 0; // bit 0 is the module's colour; the rest is metadata
    return matrix;
}

} // namespace lattice
