#include "media_roles.h"

#include "encrypted_files.h"
#include "net/media_client.h"

#include <QJsonObject>

namespace lattice::desktop {

namespace {

QString kindOf(const QString &eventType, const QString &msgtype)
{
    if (eventType == QLatin1String("m.sticker"))
        return QStringLiteral("sticker");
    if (eventType != QLatin1String("m.room.message"))
        return {};
    if (msgtype == QLatin1String("m.image"))
        return QStringLiteral("image");
    if (msgtype == QLatin1String("m.video"))
        return QStringLiteral("video");
    if (msgtype == QLatin1String("m.audio"))
        return QStringLiteral("audio");
    if (msgtype == QLatin1String("m.file"))
        return QStringLiteral("file");
    return {};
}

// A JSON number as a non-negative integer, or `fallback`.
qint64 count(const QVariant &v, qint64 fallback)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && d >= 0 && d < 9e15 ? qint64(d) : fallback;
}

} // namespace

QString mxcImageUrl(const QString &mxc, int width, int height)
{
    const Result<MxcUri> uri = MxcUri::parse(mxc);
    if (!uri)
        return {};
    QString url = QStringLiteral("image://mxc/%1/%2").arg(uri->serverName, uri->mediaId);
    if (width > 0 && height > 0)
        url += QStringLiteral("?width=%1&height=%2&method=scale").arg(width).arg(height);
    return url;
}

QVariantMap mediaRole(const QString &eventType, const QVariantMap &content, bool redacted,
                      EncryptedFiles *files)
{
    const QString kind =
        redacted ? QString() : kindOf(eventType, content.value(QStringLiteral("msgtype")).toString());
    if (kind.isEmpty())
        return {};
    const QVariantMap file = content.value(QStringLiteral("file")).toMap();
    const bool encrypted = !file.isEmpty();
    const QString url = (encrypted ? file : content).value(QStringLiteral("url")).toString();
    if (!MxcUri::parse(url))
        return {}; // nothing to fetch: the row shows its body as text
    const QVariantMap info = content.value(QStringLiteral("info")).toMap();
    const QString body = content.value(QStringLiteral("body")).toString();
    const QString filename = content.value(QStringLiteral("filename")).toString();
    const bool visual = kind == QLatin1String("image") || kind == QLatin1String("sticker");

    QString thumbnail;
    QString source;
    QString fileRef;
    if (!encrypted) {
        const QString sent = info.value(QStringLiteral("thumbnail_url")).toString();
        thumbnail = mxcImageUrl(sent);
        if (thumbnail.isEmpty() && visual)
            thumbnail = mxcImageUrl(url, kTimelineThumbnailWidth, kTimelineThumbnailHeight);
        source = visual ? mxcImageUrl(url) : QString();
        fileRef = url;
    } else if (files) {
        // The server cannot thumbnail ciphertext: the sender's thumbnail_file, else the original
        // (QML's sourceSize scales it down when decoding).
        const QString handle = files->add(QJsonObject::fromVariantMap(file));
        fileRef = EncryptedFiles::reference(handle);
        source = visual ? EncryptedFiles::imageUrl(handle) : QString();
        const QVariantMap sentThumbnail = info.value(QStringLiteral("thumbnail_file")).toMap();
        if (!sentThumbnail.isEmpty())
            if (const QString t = files->add(QJsonObject::fromVariantMap(sentThumbnail)); !t.isEmpty())
                thumbnail = EncryptedFiles::imageUrl(t);
    }
    return {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("url"), url},
        {QStringLiteral("encrypted"), encrypted},
        {QStringLiteral("fileRef"), fileRef},
        {QStringLiteral("source"), source},
        {QStringLiteral("thumbnail"), thumbnail},
        {QStringLiteral("width"), count(info.value(QStringLiteral("w")), 0)},
        {QStringLiteral("height"), count(info.value(QStringLiteral("h")), 0)},
        {QStringLiteral("size"), count(info.value(QStringLiteral("size")), -1)},
        {QStringLiteral("mimetype"), info.value(QStringLiteral("mimetype")).toString()},
        {QStringLiteral("filename"), filename.isEmpty() ? body : filename},
        // Since v1.10 the body is a caption when a distinct filename is given.
        {QStringLiteral("caption"), !filename.isEmpty() && body != filename ? body : QString()},
        {QStringLiteral("duration"), count(info.value(QStringLiteral("duration")), 0)},
    };
}

} // namespace lattice::desktop
