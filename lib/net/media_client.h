#pragma once
// The content repository (client-server API, "Content repository"): authenticated downloads and
// thumbnails under /_matrix/client/v1/media, uploads, and the server's upload limit. Every fetch
// is built from a validated mxc:// URI and capped in size; no other URL is ever followed.
#include "http_client.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace lattice {

// mxc://<server-name>/<media-id>, checked against the spec's grammar (which also rules out
// directory traversal: the media ID is [A-Za-z0-9_-] only).
struct MxcUri
{
    QString serverName;
    QString mediaId;

    static Result<MxcUri> parse(const QString &uri);
    QString toString() const { return QStringLiteral("mxc://%1/%2").arg(serverName, mediaId); }
    friend bool operator==(const MxcUri &, const MxcUri &) = default;
};

// server_name = hostname [ ":" port ] (appendices, "Server Name").
bool isValidServerName(const QString &name);
bool isValidMediaId(const QString &id);

struct MediaContent
{
    QByteArray bytes;
    QString contentType; // as the server sent it; may be empty
    QString filename;    // from Content-Disposition; may be empty
};

enum class ThumbnailMethod { Crop, Scale };

// The bytes a cache holds for a (mxc, variant) key. Implementations must be safe to call from any
// thread: the image provider reads them off the GUI thread.
class MediaCacheInterface
{
public:
    virtual ~MediaCacheInterface() = default;
    virtual std::optional<MediaContent> get(const QString &key) = 0;
    virtual void put(const QString &key, const MediaContent &content) = 0;
};

// A download or upload in flight; cancel() ends it with a Cancelled error. Owned by the
// MediaClient and deleted after the callback ran: hold it in a QPointer.
class MediaTransfer : public QObject
{
    Q_OBJECT
public:
    void cancel();

private:
    friend class MediaClient;
    explicit MediaTransfer(QObject *parent) : QObject(parent) {}
    QPointer<PendingRequest> current;
    bool cancelled = false;
};

class MediaClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxDownloadBytes = 100 * 1024 * 1024;

    // `cache` may be null (no caching). Lives on the thread of `http`'s QNetworkAccessManager.
    explicit MediaClient(HttpClient &http, std::unique_ptr<MediaCacheInterface> cache = nullptr,
                         QObject *parent = nullptr);
    ~MediaClient() override;

    MediaCacheInterface *cache() const { return m_cache.get(); }

    // Cache keys: the original, and each thumbnail size and method apart.
    static QString cacheKey(const MxcUri &mxc);
    static QString thumbnailCacheKey(const MxcUri &mxc, int width, int height, ThumbnailMethod method);

    // Turns what the server served into the plaintext to show. The seam for encrypted
    // attachments (EncryptedFile, AES-CTR + SHA-256): the cache keeps what the server served,
    // so ciphertext stays ciphertext on disk. No decryptor exists yet; plaintext media pass none.
    using Decryptor = std::function<Result<QByteArray>(const QByteArray &served)>;

    using ContentCallback = std::function<void(Result<MediaContent>)>;
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    // GET /_matrix/client/v1/media/download/{serverName}/{mediaId}; from the cache when held.
    // More than maxBytes fails with errcode M_TOO_LARGE, and nothing is cached.
    MediaTransfer *download(const MxcUri &mxc, qint64 maxBytes, ContentCallback done,
                            ProgressCallback progress = {}, Decryptor decrypt = {});
    // GET /_matrix/client/v1/media/thumbnail/{serverName}/{mediaId}?width&height&method.
    MediaTransfer *thumbnail(const MxcUri &mxc, int width, int height, ThumbnailMethod method,
                             qint64 maxBytes, ContentCallback done);

    // POST /_matrix/media/v3/upload; refuses before sending when the server's m.upload.size is
    // smaller. Returns the new mxc:// URI.
    MediaTransfer *upload(const QByteArray &bytes, const QString &contentType, const QString &filename,
                          std::function<void(Result<MxcUri>)> done, ProgressCallback progress = {});
    // Reads `device` (at most the server's limit) and uploads it.
    MediaTransfer *upload(QIODevice *device, const QString &contentType, const QString &filename,
                          std::function<void(Result<MxcUri>)> done, ProgressCallback progress = {});

    // GET /_matrix/client/v1/media/config: the upload limit in bytes (-1: the server sets none).
    // Asked once per client, then remembered.
    void uploadLimit(std::function<void(Result<qint64>)> done);

    // The filename of a Content-Disposition header (RFC 6266: filename*=UTF-8'' or filename=).
    static QString filenameFromDisposition(const QByteArray &header);

private:
    MediaTransfer *fetch(const QString &path, const QUrlQuery &query, const QString &key, qint64 maxBytes,
                         ContentCallback done, ProgressCallback progress, Decryptor decrypt);
    void finishTransfer(MediaTransfer *t);

    HttpClient &m_http;
    std::unique_ptr<MediaCacheInterface> m_cache;
    std::optional<qint64> m_uploadLimit;
};

} // namespace lattice
