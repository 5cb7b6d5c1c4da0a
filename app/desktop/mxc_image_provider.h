#pragma once
// The only way images reach QML: image://mxc/<server-name>/<media-id>[?width=W&height=H&method=crop|scale]
// With width and height the server's thumbnail of that size is fetched, otherwise the original.
// QML's sourceSize (the requested size) scales the decoded image further. Everything goes
// through MediaClient (authenticated, size-capped, cached); no file: or http(s): URL is accepted.
//
// Encrypted attachments: image://mxc/_encrypted/<handle> names an EncryptedFile held by
// EncryptedFiles (the media role put it there); it is fetched and decrypted with downloadEncrypted
// (ciphertext cached, SHA-256 checked first), and why it failed is recorded there for QML.
//
// Threading: Qt Quick calls requestImageResponse on its loader threads. The cache is read there;
// a network fetch is posted to the MediaClient's thread (the QNetworkAccessManager's), and the
// bytes are decoded on the global thread pool, never on the GUI thread.
#include "encrypted_files.h"
#include "net/media_client.h"

#include <QImage>
#include <QQuickAsyncImageProvider>

namespace lattice::desktop {

class MxcImageProvider : public QQuickAsyncImageProvider
{
public:
    struct Limits
    {
        qint64 maxDownloadBytes = 32 * 1024 * 1024;
        int maxDimension = 8192;              // longest side of the decoded image, after scaling
        qint64 maxSourcePixels = 100'000'000; // refuse to decode anything larger (decompression bombs)
        int allocationLimitMb = 512;          // QImageReader's own guard
    };

    struct Request
    {
        MxcUri mxc;
        QSize thumbnail; // empty: the original
        ThumbnailMethod method = ThumbnailMethod::Scale;
    };

    // `files` (may be null: encrypted images then fail) outlives the provider.
    explicit MxcImageProvider(MediaClient &client, Limits limits, EncryptedFiles *files = nullptr);
    explicit MxcImageProvider(MediaClient &client, EncryptedFiles *files = nullptr)
        : MxcImageProvider(client, Limits{}, files)
    {}

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    // "<server>/<mediaId>?width=…" as Qt Quick hands it over (after "image://mxc/").
    static Result<Request> parseId(const QString &id);
    // Decodes with the limits, scaled to fit `requestedSize` when it is valid (never upscaled).
    static Result<QImage> decode(const QByteArray &bytes, const QSize &requestedSize, const Limits &limits);

private:
    QQuickImageResponse *requestEncrypted(const QString &handle, const QSize &requestedSize);

    MediaClient &m_client;
    Limits m_limits;
    EncryptedFiles *m_files;
};

} // namespace lattice::desktop
