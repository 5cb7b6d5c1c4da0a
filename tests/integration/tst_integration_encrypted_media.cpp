// Encrypted attachments in the app against a real Synapse: an image sent from the composer into an
// encrypted room (an EncryptedFile with a thumbnail_file) shows through the image://mxc provider as
// QML would load it (the media role names the files by handle, the provider decrypts with
// downloadEncrypted), saves to Downloads decrypted, and keeps only ciphertext in the media cache. A
// file whose ciphertext was altered on the server is refused with a sentence that says so, in the
// image and in the download, and the size cap applies as for plain media.
#include "async_wait.h"
#include "client/e2ee_service.h"
#include "client/encrypted_media.h"
#include "desktop/attachment_controller.h"
#include "desktop/encrypted_files.h"
#include "desktop/media_downloads.h"
#include "desktop/media_roles.h"
#include "desktop/mxc_image_provider.h"
#include "logged_in_account.h"
#include "sent_attachment.h"
#include "store/event_lookup.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;
using namespace lattice::desktop;

namespace {

QImage loadThroughProvider(MxcImageProvider &provider, const QString &imageUrl, QString *error)
{
    const QString prefix = QStringLiteral("image://mxc/");
    if (!imageUrl.startsWith(prefix))
        qFatal("not an image://mxc URL: %s", qPrintable(imageUrl));
    std::unique_ptr<QQuickImageResponse> response(
        provider.requestImageResponse(imageUrl.mid(prefix.size()), QSize()));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    if (!finished.wait(30000))
        qFatal("the image provider did not answer for %s", qPrintable(imageUrl));
    *error = response->errorString();
    std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
    return factory ? factory->image() : QImage();
}

QString errorText(const Error &e)
{
    return e.describe();
}

} // namespace

class TestIntegrationEncryptedMedia : public QObject
{
    Q_OBJECT
    Account m_account;
    QString m_roomId;
    QTemporaryDir m_files;
    QByteArray m_png;      // what was sent
    QJsonObject m_content; // the clear event's content, from our own store
    EncryptedFiles m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        m_account = loggedIn(QStringLiteral("encmedia"));
        CreateRoomOptions options;
        options.name = QStringLiteral("Encrypted media");
        options.encrypted = true;
        auto room = await<QString>([&](auto done) { m_account.session->createRoom(options, done); });
        QVERIFY2(room.ok(), qPrintable(room.ok() ? QString() : errorText(room.error())));
        m_roomId = *room;
        QVERIFY(m_account.session->e2ee() != nullptr);

        // Large enough to get a thumbnail (thumbnail_file in an encrypted room).
        QImage image(QSize(1600, 1200), QImage::Format_RGB32);
        QPainter p(&image);
        p.fillRect(image.rect(), Qt::darkCyan);
        p.fillRect(QRect(0, 0, 800, 600), Qt::yellow);
        p.end();
        const QString path = m_files.filePath(QStringLiteral("secret photo.png"));
        QVERIFY(image.save(path, "PNG"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_png = f.readAll();

        AttachmentController attachments(*m_account.session, m_roomId, [] { return true; });
        const QString eventId = sendAttachment(attachments, *m_account.session, path);

        // Our own device holds the Megolm session: after a sync the store has the clear event, which is
        // what the timeline's media role reads.
        for (int i = 0; i < 20 && m_content.isEmpty(); ++i) {
            QVERIFY(
                await<ChangeSet>([&](auto done) { m_account.session->syncLoop().syncOnce(0, done); }).ok());
            QVERIFY(awaitStatus([&](auto done) {
                        m_account.session->e2ee()->whenIdle([done] { done(success()); });
                    }).ok());
            auto stored = findEvent(m_account.session->reader(), eventId);
            QVERIFY(stored.ok());
            if (stored->has_value() && (*stored)->decrypted)
                m_content = (*stored)->json.value(QLatin1String("content")).toObject();
        }
        QVERIFY2(!m_content.isEmpty(), "our own encrypted image was never decrypted");
        QCOMPARE(m_content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.image"));
        QVERIFY(m_content.contains(QLatin1String("file")));
        QVERIFY(m_content.value(QLatin1String("info")).toObject().contains(QLatin1String("thumbnail_file")));
    }

    void imageAndThumbnailShowThroughTheProvider()
    {
        const QVariantMap media = mediaRole(QStringLiteral("m.room.message"), m_content.toVariantMap(),
                                            /*redacted=*/false, &m_registry);
        QCOMPARE(media.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        QCOMPARE(media.value(QStringLiteral("encrypted")).toBool(), true);
        const QString source = media.value(QStringLiteral("source")).toString();
        const QString thumbnail = media.value(QStringLiteral("thumbnail")).toString();
        QVERIFY(source.startsWith(QLatin1String("image://mxc/_encrypted/")));
        QVERIFY(thumbnail.startsWith(QLatin1String("image://mxc/_encrypted/")));
        // The key never reaches a URL (Qt prints image URLs in its warnings).
        const QString key = m_content.value(QLatin1String("file"))
                                .toObject()
                                .value(QLatin1String("key"))
                                .toObject()
                                .value(QLatin1String("k"))
                                .toString();
        QVERIFY(!key.isEmpty());
        QVERIFY(!source.contains(key) && !thumbnail.contains(key));

        MxcImageProvider provider(m_account.session->media(), &m_registry);
        QString error;
        const QImage thumb = loadThroughProvider(provider, thumbnail, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(thumb.size(), QSize(800, 600));
        QVERIFY(qAbs(thumb.pixelColor(20, 20).red() - 255) < 16); // yellow corner, through JPEG
        const QImage full = loadThroughProvider(provider, source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(full.size(), QSize(1600, 1200));
        QCOMPARE(full.pixelColor(10, 10), QColor(Qt::yellow));
        QCOMPARE(full.pixelColor(1500, 1100), QColor(Qt::darkCyan));
        // Loaded again (now from the cache): still decrypted on the way, and the cache holds ciphertext only.
        const QImage again = loadThroughProvider(provider, source, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.size(), QSize(1600, 1200));
        const auto mxc = MxcUri::parse(media.value(QStringLiteral("url")).toString());
        QVERIFY(mxc.ok());
        MediaCacheInterface *cache = m_account.session->media().cache();
        QVERIFY(cache);
        const std::optional<MediaContent> cached = cache->get(MediaClient::cacheKey(*mxc));
        QVERIFY(cached.has_value());
        QCOMPARE(cached->bytes.size(), m_png.size()); // AES-CTR keeps the length
        QVERIFY(cached->bytes != m_png);
        QVERIFY(!cached->bytes.startsWith("\x89PNG"));
    }

    void savedFileIsThePlaintext()
    {
        const QVariantMap media =
            mediaRole(QStringLiteral("m.room.message"), m_content.toVariantMap(), false, &m_registry);
        QTemporaryDir downloadsDir;
        MediaDownloads downloads(m_account.session->media(), downloadsDir.path());
        downloads.setEncryptedFiles(&m_registry);
        MediaDownload *d = downloads.forSaving(media.value(QStringLiteral("fileRef")).toString(),
                                               QStringLiteral("photo.png"));
        QVERIFY(d);
        QSignalSpy changed(d, &MediaDownload::changed);
        d->start();
        while (d->stateValue() == MediaDownload::State::Downloading)
            QVERIFY(changed.wait(30000));
        QVERIFY2(d->stateValue() == MediaDownload::State::Ready, qPrintable(d->errorText()));
        QFile saved(d->localPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_png);
        // Without the registry an encrypted reference is refused (null), never fetched as plain media.
        MediaDownloads blind(m_account.session->media(), downloadsDir.path());
        QVERIFY(blind.forSaving(media.value(QStringLiteral("fileRef")).toString(), QStringLiteral("x")) ==
                nullptr);
    }

    // The server (or anyone on the way) changes the ciphertext: the hash check refuses it before
    // decryption, and the timeline says so instead of showing a broken image.
    void alteredFileIsRefusedWithASentence()
    {
        const QJsonObject file = m_content.value(QLatin1String("file")).toObject();
        const auto mxc = MxcUri::parse(file.value(QLatin1String("url")).toString());
        QVERIFY(mxc.ok());
        auto served =
            await<MediaContent>([&](auto done) { m_account.session->media().download(*mxc, 1 << 24, done); });
        QVERIFY(served.ok());
        QByteArray altered = served->bytes;
        altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x01);
        auto uploaded = await<MxcUri>([&](auto done) {
            m_account.session->media().upload(altered, QStringLiteral("application/octet-stream"), QString(),
                                              done);
        });
        QVERIFY(uploaded.ok());
        QJsonObject tamperedFile = file;
        tamperedFile.insert(QStringLiteral("url"), uploaded->toString());
        QJsonObject tampered = m_content;
        tampered.insert(QStringLiteral("file"), tamperedFile);
        QJsonObject info = tampered.value(QLatin1String("info")).toObject();
        info.remove(QStringLiteral("thumbnail_file"));
        tampered.insert(QStringLiteral("info"), info);

        const QVariantMap media =
            mediaRole(QStringLiteral("m.room.message"), tampered.toVariantMap(), false, &m_registry);
        const QString source = media.value(QStringLiteral("source")).toString();
        MxcImageProvider provider(m_account.session->media(), &m_registry);
        QString error;
        const QImage image = loadThroughProvider(provider, source, &error);
        QVERIFY(image.isNull());
        QVERIFY2(error.contains(QLatin1String("altered")), qPrintable(error));
        // What MediaImage.qml shows in place of the image.
        QTemporaryDir downloadsDir;
        MediaDownloads downloads(m_account.session->media(), downloadsDir.path());
        downloads.setEncryptedFiles(&m_registry);
        QCOMPARE(downloads.imageError(source), error);
        QCOMPARE(downloads.imageError(media.value(QStringLiteral("thumbnail")).toString()), QString());

        // Saving it fails the same way, and leaves nothing in Downloads.
        MediaDownload *d = downloads.forSaving(media.value(QStringLiteral("fileRef")).toString(),
                                               QStringLiteral("photo.png"));
        QVERIFY(d);
        QSignalSpy changed(d, &MediaDownload::changed);
        d->start();
        while (d->stateValue() == MediaDownload::State::Downloading)
            QVERIFY(changed.wait(30000));
        QCOMPARE(d->stateValue(), MediaDownload::State::Failed);
        QVERIFY2(d->errorText().contains(QLatin1String("altered")), qPrintable(d->errorText()));
        QVERIFY(QDir(downloadsDir.path()).entryList(QDir::Files).isEmpty());
    }

    void sizeCapAppliesToEncryptedImages()
    {
        const QVariantMap media =
            mediaRole(QStringLiteral("m.room.message"), m_content.toVariantMap(), false, &m_registry);
        MxcImageProvider::Limits small;
        small.maxDownloadBytes = 1000;
        MxcImageProvider capped(m_account.session->media(), small, &m_registry);
        QString error;
        const QImage image =
            loadThroughProvider(capped, media.value(QStringLiteral("source")).toString(), &error);
        QVERIFY(image.isNull());
        QVERIFY2(!error.isEmpty(), "an image over the cap was shown");
        QVERIFY2(error.contains(QLatin1String("M_TOO_LARGE")) || error.contains(QLatin1String("large")),
                 qPrintable(error));
    }

    void unknownHandleIsAnError()
    {
        MxcImageProvider provider(m_account.session->media(), &m_registry);
        QString error;
        const QImage image =
            loadThroughProvider(provider, EncryptedFiles::imageUrl(QString(64, QLatin1Char('a'))), &error);
        QVERIFY(image.isNull());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestIntegrationEncryptedMedia)
#include "tst_integration_encrypted_media.moc"
