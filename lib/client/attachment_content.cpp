#include "attachment_content.h"

#include <QJsonValue>
#include <cmath>

namespace lattice {

namespace {

void insertSource(QJsonObject &into, const AttachmentSource &source, const QString &urlKey,
                  const QString &fileKey)
{
    if (!source.encryptedFile.isEmpty())
        into.insert(fileKey, source.encryptedFile);
    else
        into.insert(urlKey, source.url.toString());
}

void insertDimensions(QJsonObject &info, const QSize &size)
{
    if (!size.isValid() || size.isEmpty())
        return;
    info.insert(QStringLiteral("w"), size.width());
    info.insert(QStringLiteral("h"), size.height());
}

} // namespace

QString attachmentMsgtype(const QString &mimetype, const QSize &imageSize)
{
    const QString type = mimetype.toLower();
    // SVG has no pixel size of its own and other clients render it unsafely or not at all.
    if (type.startsWith(QLatin1String("image/")) && type != QLatin1String("image/svg+xml") &&
        imageSize.isValid() && !imageSize.isEmpty())
        return QStringLiteral("m.image");
    if (type.startsWith(QLatin1String("video/")))
        return QStringLiteral("m.video");
    if (type.startsWith(QLatin1String("audio/")))
        return QStringLiteral("m.audio");
    return QStringLiteral("m.file");
}

QSize attachmentThumbnailSize(const QSize &image, const QSize &bound)
{
    if (!image.isValid() || image.isEmpty() || !bound.isValid() || bound.isEmpty())
        return {};
    if (image.width() <= bound.width() && image.height() <= bound.height())
        return {};
    const double scale =
        std::min(double(bound.width()) / image.width(), double(bound.height()) / image.height());
    return {std::max(1, int(std::lround(image.width() * scale))),
            std::max(1, int(std::lround(image.height() * scale)))};
}

QJsonObject attachmentContent(const Attachment &a)
{
    const QString msgtype = attachmentMsgtype(a.mimetype, a.dimensions);
    const bool visual = msgtype == QLatin1String("m.image") || msgtype == QLatin1String("m.video");
    QJsonObject info{{QStringLiteral("mimetype"), a.mimetype}, {QStringLiteral("size"), a.size}};
    if (visual)
        insertDimensions(info, a.dimensions);
    if (a.durationMs >= 0 && (msgtype == QLatin1String("m.video") || msgtype == QLatin1String("m.audio")))
        info.insert(QStringLiteral("duration"), a.durationMs);
    if (a.thumbnail && msgtype != QLatin1String("m.audio")) {
        insertSource(info, a.thumbnail->source, QStringLiteral("thumbnail_url"),
                     QStringLiteral("thumbnail_file"));
        QJsonObject thumbInfo{{QStringLiteral("mimetype"), a.thumbnail->mimetype},
                              {QStringLiteral("size"), a.thumbnail->size}};
        insertDimensions(thumbInfo, a.thumbnail->dimensions);
        info.insert(QStringLiteral("thumbnail_info"), thumbInfo);
    }
    QJsonObject content{{QStringLiteral("msgtype"), msgtype},
                        {QStringLiteral("body"), a.fileName},
                        {QStringLiteral("filename"), a.fileName},
                        {QStringLiteral("info"), info}};
    insertSource(content, a.source, QStringLiteral("url"), QStringLiteral("file"));
    return content;
}

} // namespace lattice
