#pragma once
// The m.room.message content of a file sent to a room (instant_messaging.md: m.image, m.video,
// m.audio, m.file): the msgtype chosen by MIME type, the info block, and the size of an image's
// thumbnail. Pure functions over values; uploading is the caller's job.
#include "net/media_client.h"

#include <QJsonObject>
#include <QSize>
#include <optional>

namespace lattice {

// Where uploaded bytes live: a plain mxc:// URI, or in encrypted rooms an EncryptedFile object
// (its "url" included) that is sent as "file" / "thumbnail_file" instead of "url".
struct AttachmentSource
{
    MxcUri url;
    QJsonObject encryptedFile; // empty in rooms without encryption
};

struct AttachmentThumbnail
{
    AttachmentSource source;
    QString mimetype;
    qint64 size = 0;
    QSize dimensions;
};

struct Attachment
{
    AttachmentSource source;
    QString fileName;
    QString mimetype;
    qint64 size = 0;
    QSize dimensions;       // images and videos, when known
    qint64 durationMs = -1; // audio and video, when known
    std::optional<AttachmentThumbnail> thumbnail;
};

// Images larger than this (either side) get a thumbnail; it fits inside this box.
inline constexpr QSize kAttachmentThumbnailBound{800, 600};

// "m.image" for image types Qt could read the size of (not SVG), "m.video", "m.audio", else "m.file".
QString attachmentMsgtype(const QString &mimetype, const QSize &imageSize);

// The size of an image's thumbnail: inside `bound`, same aspect ratio, at least 1×1. An invalid
// QSize when the image already fits (it serves as its own thumbnail) or has no size.
QSize attachmentThumbnailSize(const QSize &image, const QSize &bound = kAttachmentThumbnailBound);

// The event content: msgtype, body and filename (the file's name), url or file, and info with
// mimetype, size, w/h (images, videos), duration (audio, video) and the thumbnail's fields.
QJsonObject attachmentContent(const Attachment &attachment);

} // namespace lattice
