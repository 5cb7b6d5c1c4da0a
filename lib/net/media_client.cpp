#include "media_client.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace lattice {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString mediaPath(const char *endpoint, const MxcUri &mxc)
{
    return QStringLiteral("/_matrix/client/v1/media/%1/%2/%3")
        .arg(QLatin1String(endpoint), encoded(mxc.serverName), encoded(mxc.mediaId));
}

QString methodName(ThumbnailMethod m)
{
    return m == ThumbnailMethod::Crop ? QStringLiteral("crop") : QStringLiteral("scale");
}

} // namespace

bool isValidServerName(const QString &name)
{
    static const QRegularExpression grammar(QStringLiteral(
        R"(^(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,255})(?::\d{1,5})?$)"));
    return name.size() <= 255 + 6 && grammar.match(name).hasMatch();
}

bool isValidMediaId(const QString &id)
{
    static const QRegularExpression grammar(QStringLiteral(R"(^[A-Za-z0-9_-]+$)"));
    return id.size() <= 255 && grammar.match(id).hasMatch();
}

Result<MxcUri> MxcUri::parse(const QString &uri)
{
    static const QLatin1String scheme("mxc://");
    auto invalid = [&uri] {
        return Error::make(Error::Kind::Usage, QCoreApplication::translate(
                                                   "MediaClient", "“%1” is not a valid mxc:// media address.")
                                                   .arg(uri.left(300)));
    };
    if (!uri.startsWith(scheme))
        return invalid();
    const QString rest = uri.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return invalid();
    MxcUri m{rest.left(slash), rest.mid(slash + 1)};
    if (!isValidServerName(m.serverName) || !isValidMediaId(m.mediaId))
        return invalid();
    return m;
}

void MediaTransfer::cancel()
{
    cancelled = true;
    if (PendingRequest *p = current.data())
        p->cancel();
}

MediaClient::MediaClient(HttpClient &http, std::unique_ptr<MediaCacheInterface> cache, QObject *parent)
    : QObject(parent), m_http(http), m_cache(std::move(cache))
{}

MediaClient::~MediaClient() = default;

QString MediaClient::cacheKey(const MxcUri &mxc)
{
    return mxc.toString();
}

QString MediaClient::thumbnailCacheKey(const MxcUri &mxc, int width, int height, ThumbnailMethod method)
{
    return QStringLiteral("%1#thumbnail-%2x%3-%4")
        .arg(mxc.toString())
        .arg(width)
        .arg(height)
        .arg(methodName(method));
}

QString MediaClient::filenameFromDisposition(const QByteArray &header)
{
    static const QRegularExpression extended(
        QStringLiteral(R"re(filename\*\s*=\s*(?:UTF-8|utf-8)''([^;\s]+))re"));
    static const QRegularExpression quoted(QStringLiteral(R"re(filename\s*=\s*"((?:[^"\\]|\\.)*)")re"));
    static const QRegularExpression token(QStringLiteral(R"re(filename\s*=\s*([^;\s"]+))re"));
    const QString h = QString::fromUtf8(header);
    if (auto m = extended.match(h); m.hasMatch())
        return QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    if (auto m = quoted.match(h); m.hasMatch())
        return m.captured(1).replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"));
    if (auto m = token.match(h); m.hasMatch())
        return m.captured(1);
    return {};
}

void MediaClient::finishTransfer(MediaTransfer *t)
{
    t->current = nullptr;
    t->deleteLater();
}

MediaTransfer *MediaClient::download(const MxcUri &mxc, qint64 maxBytes, ContentCallback done,
                                     ProgressCallback progress, Decryptor decrypt)
{
    return fetch(mediaPath("download", mxc), {}, cacheKey(mxc), maxBytes, std::move(done),
                 std::move(progress), std::move(decrypt));
}

MediaTransfer *MediaClient::thumbnail(const MxcUri &mxc, int width, int height, ThumbnailMethod method,
                                      qint64 maxBytes, ContentCallback done)
{
    if (width <= 0 || height <= 0 || width > 10000 || height > 10000) {
        auto *t = new MediaTransfer(this);
        QTimer::singleShot(0, t, [this, t, done = std::move(done)] {
            finishTransfer(t);
            done(Error::make(Error::Kind::Usage,
                             tr("A thumbnail needs a width and height between 1 and 10000.")));
        });
        return t;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("width"), QString::number(width));
    query.addQueryItem(QStringLiteral("height"), QString::number(height));
    query.addQueryItem(QStringLiteral("method"), methodName(method));
    return fetch(mediaPath("thumbnail", mxc), query, thumbnailCacheKey(mxc, width, height, method), maxBytes,
                 std::move(done), {}, {});
}

MediaTransfer *MediaClient::fetch(const QString &path, const QUrlQuery &query, const QString &key,
                                  qint64 maxBytes, ContentCallback done, ProgressCallback progress,
                                  Decryptor decrypt)
{
    auto *t = new MediaTransfer(this);
    auto deliver = [decrypt](MediaContent content) -> Result<MediaContent> {
        if (!decrypt)
            return content;
        Result<QByteArray> plain = decrypt(content.bytes);
        if (!plain)
            return plain.error();
        content.bytes = std::move(*plain);
        return content;
    };
    if (m_cache) {
        if (std::optional<MediaContent> hit = m_cache->get(key); hit && hit->bytes.size() <= maxBytes) {
            // Answer later, as a download would, so callers see one order of events.
            QTimer::singleShot(
                0, t, [this, t, deliver, content = std::move(*hit), done = std::move(done)]() mutable {
                    finishTransfer(t);
                    done(t->cancelled ? Result<MediaContent>(Error::make(Error::Kind::Cancelled,
                                                                         tr("The request was cancelled.")))
                                      : deliver(std::move(content)));
                });
            return t;
        }
    }
    HttpRequest r;
    r.path = path;
    r.query = query;
    r.maxBodyBytes = maxBytes;
    r.timeoutMs = 60000;
    r.downloadProgress = std::move(progress);
    t->current = m_http.send(r, [this, t, key, deliver, done = std::move(done)](Result<HttpResponse> reply) {
        finishTransfer(t);
        if (!reply)
            return done(reply.error());
        MediaContent content{std::move(reply->body), QString::fromUtf8(reply->contentType),
                             filenameFromDisposition(reply->contentDisposition)};
        if (m_cache)
            m_cache->put(key, content);
        done(deliver(std::move(content)));
    });
    return t;
}

void MediaClient::uploadLimit(std::function<void(Result<qint64>)> done)
{
    if (m_uploadLimit)
        return done(*m_uploadLimit);
    HttpRequest r;
    r.path = QStringLiteral("/_matrix/client/v1/media/config");
    r.maxAttempts = 3;
    m_http.sendJson(r, [this, done = std::move(done)](Result<QJsonObject> config) {
        if (!config)
            return done(config.error());
        const QJsonValue size = config->value(QLatin1String("m.upload.size"));
        m_uploadLimit = size.isDouble() && size.toDouble() > 0 ? qint64(size.toDouble()) : -1;
        done(*m_uploadLimit);
    });
}

MediaTransfer *MediaClient::upload(QIODevice *device, const QString &contentType, const QString &filename,
                                   std::function<void(Result<MxcUri>)> done, ProgressCallback progress)
{
    // Refuse an oversized file before reading it into memory.
    const qint64 hardCap = m_uploadLimit.value_or(-1) > 0 ? *m_uploadLimit : qint64(4) * 1024 * 1024 * 1024;
    if (!device || !device->isReadable() || (!device->isSequential() && device->size() > hardCap)) {
        auto *t = new MediaTransfer(this);
        Error e = !device || !device->isReadable()
                      ? Error::make(Error::Kind::Usage, tr("The file cannot be read."))
                      : HttpClient::tooLargeError(device->size(), hardCap);
        QTimer::singleShot(0, t, [this, t, e, done = std::move(done)] {
            finishTransfer(t);
            done(e);
        });
        return t;
    }
    return upload(device->read(hardCap + 1), contentType, filename, std::move(done), std::move(progress));
}

MediaTransfer *MediaClient::upload(const QByteArray &bytes, const QString &contentType,
                                   const QString &filename, std::function<void(Result<MxcUri>)> done,
                                   ProgressCallback progress)
{
    auto *t = new MediaTransfer(this);
    // The limit comes first; the transfer stays cancellable while it is asked for.
    auto send = [=, this](qint64 limit) {
        if (t->cancelled) {
            finishTransfer(t);
            return done(Error::make(Error::Kind::Cancelled, tr("The upload was cancelled.")));
        }
        if (limit > 0 && bytes.size() > limit) {
            finishTransfer(t);
            return done(HttpClient::tooLargeError(bytes.size(), limit));
        }
        HttpRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/_matrix/media/v3/upload");
        if (!filename.isEmpty())
            r.query.addQueryItem(QStringLiteral("filename"), encoded(filename));
        r.body = bytes;
        r.contentType = contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType.toUtf8();
        r.timeoutMs = 120000; // a stall timeout: Qt restarts it whenever bytes move
        r.uploadProgress = progress;
        t->current = m_http.sendJson(r, [this, t, done](Result<QJsonObject> reply) {
            finishTransfer(t);
            if (!reply)
                return done(reply.error());
            Result<MxcUri> mxc = MxcUri::parse(reply->value(QLatin1String("content_uri")).toString());
            if (!mxc)
                return done(
                    Error::make(Error::Kind::Parse, tr("The homeserver answered the upload without a valid "
                                                       "content_uri.")));
            done(*mxc);
        });
    };
    if (m_uploadLimit) {
        QTimer::singleShot(0, t, [send, limit = *m_uploadLimit] { send(limit); });
        return t;
    }
    HttpRequest r;
    r.path = QStringLiteral("/_matrix/client/v1/media/config");
    r.maxAttempts = 3;
    t->current = m_http.sendJson(r, [this, t, send, done](Result<QJsonObject> reply) {
        if (!reply) {
            finishTransfer(t);
            return done(reply.error());
        }
        const QJsonValue size = reply->value(QLatin1String("m.upload.size"));
        m_uploadLimit = size.isDouble() && size.toDouble() > 0 ? qint64(size.toDouble()) : -1;
        send(*m_uploadLimit);
    });
    return t;
}

} // namespace lattice
