// Authenticated media against a real Synapse (through a loopback proxy that can play dead):
// upload with progress, download on the authenticated route only, thumbnails, the size cap,
// the cache with the network down, cancelling an upload, and the QML image provider.
#include "async_wait.h"
#include "client/media_cache.h"
#include "desktop/mxc_image_provider.h"
#include "tcp_proxy.h"
#include "test_homeserver.h"

#include <QSignalSpy>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace lattice;
using namespace lattice::test;
using lattice::desktop::MxcImageProvider;

namespace {

QByteArray pngOf(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(image.rect(), Qt::darkCyan);
    p.fillRect(QRect(QPoint(0, 0), size / 2), Qt::yellow);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString describe(const Error &e)
{
    return e.describe();
}

} // namespace

// Waits for the response's finished(). The provider emits it queued on the response's thread,
// so connecting right after requestImageResponse() returns never misses it.
static bool awaitResponse(QQuickImageResponse &response, int timeoutMs = 30000)
{
    QSignalSpy finished(&response, &QQuickImageResponse::finished);
    return finished.wait(timeoutMs);
}

class TestIntegrationMedia : public QObject
{
    Q_OBJECT
    std::unique_ptr<TcpProxy> m_proxy;
    TestUser m_user;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<MediaClient> m_media;
    MediaCache *m_cache = nullptr;
    MxcUri m_image;
    QByteArray m_imageBytes;
    MxcUri m_big; // 300 KiB of noise, application/octet-stream

    Result<MxcUri> upload(const QByteArray &bytes, const QString &type, const QString &name,
                          MediaClient::ProgressCallback progress = {})
    {
        return await<MxcUri>([&](auto done) { m_media->upload(bytes, type, name, done, progress); });
    }

    std::unique_ptr<MediaClient> freshClient(const QString &cacheDir)
    {
        return std::make_unique<MediaClient>(*m_http, std::make_unique<MediaCache>(cacheDir));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_proxy = std::make_unique<TcpProxy>(homeserverUrl());
        m_user = registerUser(QStringLiteral("media"));
        m_http = std::make_unique<HttpClient>(&m_nam);
        m_http->setBaseUrl(m_proxy->url());
        m_http->setAccessToken(m_user.accessToken);
        auto cache = std::make_unique<MediaCache>(m_cacheDir.path());
        m_cache = cache.get();
        m_media = std::make_unique<MediaClient>(*m_http, std::move(cache));
    }

    void uploadReportsProgress()
    {
        m_imageBytes = pngOf(QSize(400, 300));
        QList<QPair<qint64, qint64>> progress;
        const Result<MxcUri> mxc = upload(m_imageBytes, QStringLiteral("image/png"),
                                          QStringLiteral("test image.png"), [&](qint64 sent, qint64 total) {
                                              progress.append({sent, total});
                                          });
        QVERIFY2(mxc.ok(), qPrintable(mxc.ok() ? QString() : describe(mxc.error())));
        QCOMPARE(mxc->serverName, m_user.userId.section(QLatin1Char(':'), 1));
        m_image = *mxc;
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, qint64(m_imageBytes.size()));
        QCOMPARE(progress.last().second, qint64(m_imageBytes.size()));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);

        auto limit = await<qint64>([&](auto done) { m_media->uploadLimit(done); });
        QVERIFY(limit.ok());
        QCOMPARE(*limit, qint64(100) * 1024 * 1024); // the test server's max_upload_size
    }

    void downloadsThroughTheAuthenticatedRoute()
    {
        QVERIFY(!m_cache->contains(MediaClient::cacheKey(m_image)));
        auto content = await<MediaContent>([&](auto done) { m_media->download(m_image, 1024 * 1024, done); });
        QVERIFY2(content.ok(), qPrintable(content.ok() ? QString() : describe(content.error())));
        QCOMPARE(content->bytes, m_imageBytes);
        QCOMPARE(content->contentType, QStringLiteral("image/png"));
        QCOMPARE(content->filename, QStringLiteral("test image.png"));
        QVERIFY(m_cache->contains(MediaClient::cacheKey(m_image)));
        QCOMPARE(m_proxy->requestsSeen("/_matrix/client/v1/media/download/"), 1);
        QCOMPARE(m_proxy->requestsSeen("/_matrix/media/v3/download/"), 0);

        // The same route without a token is refused: it is the authenticated endpoint.
        const QString path = QStringLiteral("/_matrix/client/v1/media/download/%1/%2")
                                 .arg(m_image.serverName, m_image.mediaId);
        const RawReply anonymous = request("GET", path);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.body.value(QLatin1String("errcode")).toString(),
                 QStringLiteral("M_MISSING_TOKEN"));
        QCOMPARE(request("GET", path, {}, m_user.accessToken).status, 200);

        // A second download is served from the cache: no new request.
        auto again = await<MediaContent>([&](auto done) { m_media->download(m_image, 1024 * 1024, done); });
        QVERIFY(again.ok());
        QCOMPARE(again->bytes, m_imageBytes);
        QCOMPARE(m_proxy->requestsSeen("/_matrix/client/v1/media/download/"), 1);
    }

    void thumbnailOfTheRequestedSize()
    {
        auto thumb = await<MediaContent>([&](auto done) {
            m_media->thumbnail(m_image, 96, 96, ThumbnailMethod::Crop, 1024 * 1024, done);
        });
        QVERIFY2(thumb.ok(), qPrintable(thumb.ok() ? QString() : describe(thumb.error())));
        const QImage image = QImage::fromData(thumb->bytes);
        QCOMPARE(image.size(), QSize(96, 96));
        auto scaled = await<MediaContent>([&](auto done) {
            m_media->thumbnail(m_image, 320, 240, ThumbnailMethod::Scale, 1024 * 1024, done);
        });
        QVERIFY(scaled.ok());
        QCOMPARE(QImage::fromData(scaled->bytes).size(), QSize(320, 240));
        QVERIFY(m_cache->contains(MediaClient::thumbnailCacheKey(m_image, 96, 96, ThumbnailMethod::Crop)));
        QCOMPARE(m_proxy->requestsSeen("/_matrix/client/v1/media/thumbnail/"), 2);
    }

    void downloadOverTheCapFailsAndCachesNothing()
    {
        const QByteArray bytes = noise(300 * 1024);
        auto mxc = upload(bytes, QStringLiteral("application/octet-stream"), QStringLiteral("noise.bin"));
        QVERIFY(mxc.ok());
        m_big = *mxc;
        auto capped = await<MediaContent>([&](auto done) { m_media->download(m_big, 100 * 1024, done); });
        QVERIFY(!capped.ok());
        QCOMPARE(capped.error().errcode, QStringLiteral("M_TOO_LARGE"));
        QVERIFY2(capped.error().describe().contains(QLatin1String("0.1 MiB")),
                 qPrintable(capped.error().describe()));
        QVERIFY(!m_cache->contains(MediaClient::cacheKey(m_big)));
        // Exactly at the cap is allowed.
        auto exact = await<MediaContent>([&](auto done) { m_media->download(m_big, bytes.size(), done); });
        QVERIFY(exact.ok());
        QCOMPARE(exact->bytes, bytes);
        m_cache->remove(MediaClient::cacheKey(m_big));
    }

    void cachedMediaLoadsWithTheNetworkDown()
    {
        // A new client over the same cache directory, as after a restart.
        auto client = freshClient(m_cacheDir.path());
        m_proxy->setMode(TcpProxy::Mode::Down);
        auto cached = await<MediaContent>([&](auto done) { client->download(m_image, 1024 * 1024, done); });
        auto thumb = await<MediaContent>(
            [&](auto done) { client->thumbnail(m_image, 96, 96, ThumbnailMethod::Crop, 1024 * 1024, done); });
        auto missing = await<MediaContent>([&](auto done) { client->download(m_big, 1024 * 1024, done); });
        m_proxy->setMode(TcpProxy::Mode::Forward);
        QVERIFY2(cached.ok(), qPrintable(cached.ok() ? QString() : describe(cached.error())));
        QCOMPARE(cached->bytes, m_imageBytes);
        QCOMPARE(cached->filename, QStringLiteral("test image.png"));
        QVERIFY(thumb.ok());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Network);
    }

    void cancelsAnUploadMidway()
    {
        const QByteArray bytes = noise(40 * 1024 * 1024);
        QPointer<MediaTransfer> transfer;
        qint64 cancelledAt = -1;
        auto result = await<MxcUri>([&](auto done) {
            transfer = m_media->upload(bytes, QStringLiteral("application/octet-stream"),
                                       QStringLiteral("big.bin"), done, [&](qint64 sent, qint64 total) {
                                           if (cancelledAt < 0 && sent > 0 && sent < total) {
                                               cancelledAt = sent;
                                               transfer->cancel();
                                           }
                                       });
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
        QVERIFY(cancelledAt > 0 && cancelledAt < bytes.size());
        QTRY_VERIFY(transfer.isNull()); // the client let go of it
    }

    void refusesTooLargeUploadBeforeSending()
    {
        const int before = m_proxy->requestsSeen("/_matrix/media/v3/upload");
        const QByteArray bytes(100 * 1024 * 1024 + 1, 'x');
        bool progressed = false;
        auto result = upload(bytes, QStringLiteral("application/octet-stream"), QStringLiteral("huge.bin"),
                             [&](qint64, qint64) { progressed = true; });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().errcode, QStringLiteral("M_TOO_LARGE"));
        QVERIFY2(result.error().describe().contains(QLatin1String("100.0 MiB")),
                 qPrintable(result.error().describe()));
        QVERIFY(!progressed);
        QCOMPARE(m_proxy->requestsSeen("/_matrix/media/v3/upload"), before);
    }

    void imageProviderDeliversDecodedImages()
    {
        QTemporaryDir emptyCache;
        auto client = freshClient(emptyCache.path()); // the network path
        MxcImageProvider provider(*client);
        auto load = [&](const QString &id, const QSize &requested) -> std::pair<QImage, QString> {
            std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(id, requested));
            if (!awaitResponse(*response))
                qFatal("the image provider did not answer for %s", qPrintable(id));
            std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
            return {factory ? factory->image() : QImage(), response->errorString()};
        };
        const QString id = m_image.serverName + QLatin1Char('/') + m_image.mediaId;

        auto [original, noError] = load(id, QSize());
        QVERIFY2(noError.isEmpty(), qPrintable(noError));
        QCOMPARE(original.size(), QSize(400, 300));
        QCOMPARE(original.pixelColor(10, 10), QColor(Qt::yellow));

        auto [thumb, thumbError] = load(id + QStringLiteral("?width=96&height=96&method=crop"), QSize());
        QVERIFY2(thumbError.isEmpty(), qPrintable(thumbError));
        QCOMPARE(thumb.size(), QSize(96, 96));

        auto [fitted, fittedError] = load(id, QSize(200, 200)); // sourceSize: scaled, aspect kept
        QVERIFY2(fittedError.isEmpty(), qPrintable(fittedError));
        QCOMPARE(fitted.size(), QSize(200, 150));

        // Errors are sentences, and no other kind of address is fetched.
        auto [noImage, notAnImage] = load(m_big.serverName + QLatin1Char('/') + m_big.mediaId, QSize());
        QVERIFY(noImage.isNull());
        QVERIFY2(notAnImage.contains(QLatin1String("not an image")), qPrintable(notAnImage));
        auto [missing, notFound] = load(m_image.serverName + QStringLiteral("/doesNotExist123"), QSize());
        QVERIFY(missing.isNull());
        QVERIFY2(!notFound.isEmpty(), qPrintable(notFound));
        const int downloads = m_proxy->requestsSeen("/_matrix/client/v1/media/");
        for (const QString &bad :
             {QStringLiteral("http://evil.example/cat.png"), QStringLiteral("file:///etc/passwd"),
              QStringLiteral("example.org/../../etc/passwd"), id + QStringLiteral("?width=0&height=5")}) {
            auto [image, error] = load(bad, QSize());
            QVERIFY(image.isNull());
            QVERIFY2(!error.isEmpty(), qPrintable(bad));
        }
        QCOMPARE(m_proxy->requestsSeen("/_matrix/client/v1/media/"), downloads);

        MxcImageProvider::Limits small;
        small.maxDownloadBytes = 1000; // the PNG is larger
        QTemporaryDir otherCache;
        auto otherClient = freshClient(otherCache.path());
        MxcImageProvider capped(*otherClient, small);
        std::unique_ptr<QQuickImageResponse> response(capped.requestImageResponse(id, QSize()));
        QVERIFY(awaitResponse(*response));
        QVERIFY2(response->errorString().contains(QLatin1String("too large")),
                 qPrintable(response->errorString()));
    }

    void cliUploadsAndDownloads()
    {
        QTemporaryDir dir;
        const TestUser user = registerUser(QStringLiteral("mediacli"));
        auto cli = [&](QStringList args, const QByteArray &input = {}) {
            args.prepend(dir.path());
            args.prepend(QStringLiteral("--data-dir"));
            return runCli(args, input);
        };
        const CliResult login = cli({QStringLiteral("login"), QStringLiteral("--homeserver"),
                                     homeserverUrl().toString(), QStringLiteral("--user"), user.localpart},
                                    user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliResult created =
            cli({QStringLiteral("create-room"), QStringLiteral("--name"), QStringLiteral("Files")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString roomId = QString::fromUtf8(created.out.trimmed());

        const QByteArray png = pngOf(QSize(64, 48));
        const QString file = dir.filePath(QStringLiteral("picture.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
        f.close();
        const CliResult uploaded = cli({QStringLiteral("upload"), roomId, file});
        QVERIFY2(uploaded.exitCode == 0, uploaded.err.constData());
        const QString eventId = QString::fromUtf8(uploaded.out.trimmed());
        QVERIFY(eventId.startsWith(QLatin1Char('$')));

        // What the server holds: an m.image with the spec's info block.
        const RawReply event = request("GET",
                                       QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)),
                                                QString::fromLatin1(QUrl::toPercentEncoding(eventId))),
                                       {}, user.accessToken);
        QCOMPARE(event.status, 200);
        const QJsonObject content = event.body.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.image"));
        QCOMPARE(content.value(QLatin1String("body")).toString(), QStringLiteral("picture.png"));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), qint64(png.size()));
        QCOMPARE(info.value(QLatin1String("w")).toInt(), 64);
        QCOMPARE(info.value(QLatin1String("h")).toInt(), 48);
        const QString mxc = content.value(QLatin1String("url")).toString();
        QVERIFY(MxcUri::parse(mxc).ok());

        const QString out = dir.filePath(QStringLiteral("copy.png"));
        const CliResult downloaded = cli({QStringLiteral("download"), mxc, out});
        QVERIFY2(downloaded.exitCode == 0, downloaded.err.constData());
        QFile copy(out);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), png);
        const QJsonObject summary = QJsonDocument::fromJson(downloaded.out).object();
        QCOMPARE(summary.value(QLatin1String("content_type")).toString(), QStringLiteral("image/png"));

        const QString refusedOut = dir.filePath(QStringLiteral("refused.png"));
        const CliResult capped = cli({QStringLiteral("download"), QStringLiteral("--max-size"),
                                      QStringLiteral("100"), mxc + QString(), refusedOut});
        QVERIFY(capped.exitCode != 0);
        QVERIFY2(capped.err.contains("too large"), capped.err.constData());
        const CliResult notMxc =
            cli({QStringLiteral("download"), QStringLiteral("https://example.org/x.png"), refusedOut});
        QCOMPARE(notMxc.exitCode, 2);
        QVERIFY2(notMxc.err.contains("mxc://"), notMxc.err.constData());
        QVERIFY(!QFile::exists(refusedOut));
        const CliResult missing =
            cli({QStringLiteral("upload"), roomId, dir.filePath(QStringLiteral("nope.png"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("Cannot read"), missing.err.constData());
    }
};

QTEST_MAIN(TestIntegrationMedia)
#include "tst_integration_media.moc"
