#include "attachment_file.h"

#include "client/attachment_content.h"
#include "net/http_client.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace lattice::desktop {

namespace {

constexpr qint64 kMaxThumbnailSourcePixels = 100'000'000; // decoding more is a bomb, not a photo

QString translated(const char *text)
{
    return QCoreApplication::translate("AttachmentFile", text);
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// The pixel size as shown (EXIF orientation applied), read from the header only.
QSize shownSize(QImageReader &reader)
{
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    return size;
}

// JPEG, or PNG when the image has transparency (JPEG would turn it black).
EncodedThumbnail encodeThumbnail(const QImage &scaled)
{
    if (scaled.hasAlphaChannel())
        return {encode(scaled, "PNG", -1), QStringLiteral("image/png"), scaled.size()};
    return {encode(scaled.convertToFormat(QImage::Format_RGB32), "JPEG", 80), QStringLiteral("image/jpeg"),
            scaled.size()};
}

} // namespace

EncodedThumbnail makeAttachmentThumbnail(const QImage &image)
{
    const QSize size = attachmentThumbnailSize(image.size());
    if (!size.isValid())
        return {};
    return encodeThumbnail(image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

EncodedThumbnail makeVideoThumbnail(const QImage &frame)
{
    if (frame.isNull())
        return {};
    // A frame small enough to need no scaling is still encoded: the video has no image of its own.
    EncodedThumbnail scaled = makeAttachmentThumbnail(frame);
    return scaled.bytes.isEmpty() ? encodeThumbnail(frame) : scaled;
}

Result<PreparedAttachment> prepareAttachmentFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Usage,
                           translated("“%1” cannot be read: %2").arg(name, file.errorString()));
    if (maxBytes > 0 && file.size() > maxBytes)
        return HttpClient::tooLargeError(file.size(), maxBytes);
    PreparedAttachment a;
    a.fileName = name;
    a.sourcePath = path;
    a.bytes = file.readAll();
    if (a.bytes.size() != file.size())
        return Error::make(Error::Kind::Usage,
                           translated("“%1” could not be read completely: %2").arg(name, file.errorString()));
    a.mimetype = QMimeDatabase().mimeTypeForFileNameAndData(path, a.bytes).name();
    if (!a.mimetype.startsWith(QLatin1String("image/")))
        return a;

    QBuffer buffer(&a.bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    a.dimensions = shownSize(reader);
    const QSize thumbSize = attachmentThumbnailSize(a.dimensions);
    if (!thumbSize.isValid() ||
        qint64(a.dimensions.width()) * a.dimensions.height() > kMaxThumbnailSourcePixels)
        return a;
    // Decoding straight to about the thumbnail's size is much cheaper for JPEG.
    reader.setScaledSize(reader.transformation() & QImageIOHandler::TransformationRotate90
                             ? thumbSize.transposed()
                             : thumbSize);
    QImage decoded = reader.read();
    if (decoded.isNull())
        return a; // sent without a thumbnail; other clients use the server's
    if (decoded.size() != thumbSize)
        decoded = decoded.scaled(thumbSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const EncodedThumbnail thumb = encodeThumbnail(decoded);
    a.thumbnailBytes = thumb.bytes;
    a.thumbnailMimetype = thumb.mimetype;
    a.thumbnailSize = thumb.size;
    return a;
}

Result<PreparedAttachment> prepareAttachmentImage(const QImage &image, const QString &fileName,
                                                  qint64 maxBytes)
{
    if (image.isNull())
        return Error::make(Error::Kind::Usage, translated("The clipboard holds no image."));
    PreparedAttachment a;
    a.fileName = fileName;
    a.mimetype = QStringLiteral("image/png");
    a.bytes = encode(image, "PNG", -1);
    if (maxBytes > 0 && a.bytes.size() > maxBytes)
        return HttpClient::tooLargeError(a.bytes.size(), maxBytes);
    a.dimensions = image.size();
    const EncodedThumbnail thumb = makeAttachmentThumbnail(image);
    a.thumbnailBytes = thumb.bytes;
    a.thumbnailMimetype = thumb.mimetype;
    a.thumbnailSize = thumb.size;
    return a;
}

} // namespace lattice::desktop
