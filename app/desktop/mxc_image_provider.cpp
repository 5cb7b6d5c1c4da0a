#include "mxc_image_provider.h"

#include "client/encrypted_media.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>
#include <QUrlQuery>
#include <atomic>
#include <memory>

namespace lattice::desktop {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("MxcImageProvider", text);
}

// What the response and the network callback share. `transfer` is touched on the MediaClient's
// thread only; `cancelled` from any.
struct FetchState
{
    std::atomic<bool> cancelled{false};
    QPointer<MediaTransfer> transfer;
};

class MxcImageResponse : public QQuickImageResponse
{
public:
    MxcImageResponse(MediaClient &client, std::shared_ptr<FetchState> state)
        : m_client(client), m_state(std::move(state))
    {}

    QQuickTextureFactory *textureFactory() const override
    {
        return m_image.isNull() ? nullptr : QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

    void cancel() override
    {
        m_state->cancelled = true;
        QMetaObject::invokeMethod(
            &m_client,
            [state = m_state] {
                if (MediaTransfer *t = state->transfer.data())
                    t->cancel();
            },
            Qt::QueuedConnection);
    }

    // Decodes (or reports `error`) on the thread pool, then emits finished() on the response's own
    // thread. Queued, so finished() never comes before requestImageResponse() has returned the
    // response (a caller could not have connected yet), and never while the owner, having seen
    // finished(), deletes it from its thread. A response stays alive until it has finished
    // (Qt waits for finished() even after cancel()), so posting to it is safe.
    // `failed` hears the error text (on the pool) before finished() is emitted.
    void complete(Result<QByteArray> bytes, QSize requestedSize, MxcImageProvider::Limits limits,
                  std::function<void(const QString &)> failed = {})
    {
        QThreadPool::globalInstance()->start([this, bytes = std::move(bytes), requestedSize, limits,
                                              failed = std::move(failed)] {
            QImage image;
            QString error;
            if (!bytes) {
                error = bytes.error().errcode == QLatin1String("HASH_MISMATCH")
                            ? translated("This file was altered after it was sent (its SHA-256 hash does "
                                         "not match), so Lattice does not show it.")
                            : bytes.error().describe();
            } else if (Result<QImage> decoded = MxcImageProvider::decode(*bytes, requestedSize, limits)) {
                image = std::move(*decoded);
            } else {
                error = decoded.error().message;
            }
            if (!error.isEmpty() && failed)
                failed(error);
            QMetaObject::invokeMethod(
                this,
                [this, image = std::move(image), error = std::move(error)]() mutable {
                    m_image = std::move(image);
                    m_error = std::move(error);
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
        });
    }

private:
    MediaClient &m_client;
    std::shared_ptr<FetchState> m_state;
    QImage m_image;
    QString m_error;
};

} // namespace

MxcImageProvider::MxcImageProvider(MediaClient &client, Limits limits, EncryptedFiles *files)
    : m_client(client), m_limits(limits), m_files(files)
{}

Result<MxcImageProvider::Request> MxcImageProvider::parseId(const QString &id)
{
    const qsizetype q = id.indexOf(QLatin1Char('?'));
    Result<MxcUri> mxc = MxcUri::parse(QStringLiteral("mxc://") + id.left(q));
    if (!mxc)
        return mxc.error();
    Request r{*mxc, {}, ThumbnailMethod::Scale};
    if (q < 0)
        return r;
    const QUrlQuery query(id.mid(q + 1));
    const QString width = query.queryItemValue(QStringLiteral("width"));
    const QString height = query.queryItemValue(QStringLiteral("height"));
    const QString method = query.queryItemValue(QStringLiteral("method"));
    bool wOk = false, hOk = false;
    const int w = width.toInt(&wOk), h = height.toInt(&hOk);
    auto bad = [] {
        return Error::make(
            Error::Kind::Usage,
            translated(
                "An image address needs width and height between 1 and 10000 and method crop or scale."));
    };
    if (!wOk || !hOk || w < 1 || h < 1 || w > 10000 || h > 10000)
        return bad();
    if (method == QLatin1String("crop"))
        r.method = ThumbnailMethod::Crop;
    else if (!method.isEmpty() && method != QLatin1String("scale"))
        return bad();
    r.thumbnail = QSize(w, h);
    return r;
}

Result<QImage> MxcImageProvider::decode(const QByteArray &bytes, const QSize &requestedSize,
                                        const Limits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.allocationLimitMb);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return Error::make(Error::Kind::Parse, translated("This file is not an image Lattice can show."));
    const QSize source = reader.size();
    if (source.isValid() && qint64(source.width()) * source.height() > limits.maxSourcePixels)
        return Error::make(Error::Kind::Usage, translated("The image is too large to show (%1 × %2 pixels).")
                                                   .arg(source.width())
                                                   .arg(source.height()));
    if (source.isValid()) {
        QSize target = source;
        if (requestedSize.width() > 0 || requestedSize.height() > 0) {
            const QSize box(requestedSize.width() > 0 ? requestedSize.width() : source.width(),
                            requestedSize.height() > 0 ? requestedSize.height() : source.height());
            if (source.width() > box.width() || source.height() > box.height())
                target = source.scaled(box, Qt::KeepAspectRatio);
        }
        if (target.width() > limits.maxDimension || target.height() > limits.maxDimension)
            target = target.scaled(limits.maxDimension, limits.maxDimension, Qt::KeepAspectRatio);
        if (target != source)
            reader.setScaledSize(target.expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull())
        return Error::make(Error::Kind::Parse,
                           translated("The image cannot be decoded: %1").arg(reader.errorString()));
    if (!source.isValid() && (image.width() > limits.maxDimension || image.height() > limits.maxDimension))
        image = image.scaled(limits.maxDimension, limits.maxDimension, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return image;
}

QQuickImageResponse *MxcImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    if (const QString handle = EncryptedFiles::handleOf(id); !handle.isEmpty())
        return requestEncrypted(handle, requestedSize);
    auto state = std::make_shared<FetchState>();
    auto *response = new MxcImageResponse(m_client, state);
    const Result<Request> request = parseId(id);
    if (!request) {
        response->complete(request.error(), requestedSize, m_limits);
        return response;
    }
    const Request r = *request;
    const QString key = r.thumbnail.isValid() ? MediaClient::thumbnailCacheKey(r.mxc, r.thumbnail.width(),
                                                                               r.thumbnail.height(), r.method)
                                              : MediaClient::cacheKey(r.mxc);
    if (MediaCacheInterface *cache = m_client.cache()) {
        if (std::optional<MediaContent> hit = cache->get(key);
            hit && hit->bytes.size() <= m_limits.maxDownloadBytes) {
            response->complete(std::move(hit->bytes), requestedSize, m_limits);
            return response;
        }
    }
    // The network part runs where the QNetworkAccessManager lives.
    MediaClient *client = &m_client;
    const Limits limits = m_limits;
    QMetaObject::invokeMethod(
        client,
        [client, response, state, r, requestedSize, limits] {
            auto done = [response, requestedSize, limits](Result<MediaContent> content) {
                response->complete(content ? Result<QByteArray>(std::move(content->bytes))
                                           : Result<QByteArray>(content.error()),
                                   requestedSize, limits);
            };
            if (state->cancelled)
                return done(
                    Error::make(Error::Kind::Cancelled, translated("The image is no longer needed.")));
            state->transfer = r.thumbnail.isValid()
                                  ? client->thumbnail(r.mxc, r.thumbnail.width(), r.thumbnail.height(),
                                                      r.method, limits.maxDownloadBytes, done)
                                  : client->download(r.mxc, limits.maxDownloadBytes, done);
        },
        Qt::QueuedConnection);
    return response;
}

QQuickImageResponse *MxcImageProvider::requestEncrypted(const QString &handle, const QSize &requestedSize)
{
    auto state = std::make_shared<FetchState>();
    auto *response = new MxcImageResponse(m_client, state);
    EncryptedFiles *files = m_files;
    std::function<void(const QString &)> failed = [files, handle](const QString &error) {
        files->recordFailure(handle, error);
    };
    const std::optional<QJsonObject> file = files ? files->find(handle) : std::nullopt;
    if (!file) {
        response->complete(
            Error::make(Error::Kind::Usage, translated("This encrypted file is not known here any more.")),
            requestedSize, m_limits);
        return response;
    }
    // The cache holds ciphertext: every path, cached or not, goes through downloadEncrypted, which
    // checks the hash before decrypting. Its network part runs on the MediaClient's thread.
    MediaClient *client = &m_client;
    const Limits limits = m_limits;
    QMetaObject::invokeMethod(
        client,
        [client, response, state, file = *file, requestedSize, limits, failed] {
            auto done = [response, requestedSize, limits, failed](Result<MediaContent> content) {
                // A cancelled request says nothing about the file: nothing to record.
                const bool cancelled = !content && content.error().kind == Error::Kind::Cancelled;
                response->complete(content ? Result<QByteArray>(std::move(content->bytes))
                                           : Result<QByteArray>(content.error()),
                                   requestedSize, limits, cancelled ? nullptr : failed);
            };
            if (state->cancelled)
                return done(
                    Error::make(Error::Kind::Cancelled, translated("The image is no longer needed.")));
            state->transfer = downloadEncrypted(*client, file, limits.maxDownloadBytes, done);
        },
        Qt::QueuedConnection);
    return response;
}

} // namespace lattice::desktop
