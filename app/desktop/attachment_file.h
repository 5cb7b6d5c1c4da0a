#pragma once
// Reads a file (or takes a pasted image) and prepares it for upload: its MIME type from
// QMimeDatabase, an image's pixel size, and for large images a smaller thumbnail made with
// QImage. Runs off the GUI thread (AttachmentController calls it through QtConcurrent).
#include "protocol/error.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace lattice::desktop {

struct PreparedAttachment
{
    QByteArray bytes;
    QString fileName;
    QString mimetype;
    QSize dimensions;          // images only
    QByteArray thumbnailBytes; // empty: no thumbnail (small image, or not an image)
    QString thumbnailMimetype;
    QSize thumbnailSize;
    QString sourcePath;     // the file read, for probing video and audio; empty for pasted images
    qint64 durationMs = -1; // video and audio, once probed
};

// Reads at most `maxBytes` (the server's limit); a larger file is an Error, as is an unreadable one.
Result<PreparedAttachment> prepareAttachmentFile(const QString &path, qint64 maxBytes);
// An image from the clipboard, sent as PNG under `fileName`.
Result<PreparedAttachment> prepareAttachmentImage(const QImage &image, const QString &fileName,
                                                  qint64 maxBytes);

// The thumbnail of a decoded image: JPEG, or PNG when the image has transparency. Empty when
// the image fits kAttachmentThumbnailBound already.
struct EncodedThumbnail
{
    QByteArray bytes;
    QString mimetype;
    QSize size;
};
EncodedThumbnail makeAttachmentThumbnail(const QImage &image);
// A video's first frame as its thumbnail: scaled down to kAttachmentThumbnailBound if larger, and
// always encoded (a video has no image of its own for other clients to show).
EncodedThumbnail makeVideoThumbnail(const QImage &frame);

} // namespace lattice::desktop
