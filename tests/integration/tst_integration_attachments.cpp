// Attachments against a real Synapse: a large image sent from the composer (AttachmentController)
// with progress, a thumbnail and the right info; the image and its thumbnail load through the
// image://mxc provider; an upload cancelled mid-way sends nothing; a file over the server's limit
// is refused with a sentence; media saved to Downloads never overwrite, and playback copies match.
#include "async_wait.h"
#include "client/e2ee_service.h"
#include "client/encrypted_media.h"
#include "desktop/attachment_controller.h"
#include "desktop/media_downloads.h"
#include "desktop/media_roles.h"
#include "desktop/mxc_image_provider.h"
#include "logged_in_account.h"
#include "store/event_lookup.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;
using namespace lattice::desktop;

namespace {

QString writeImage(const QString &dir, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(image.rect(), Qt::darkCyan);
    p.fillRect(QRect(QPoint(0, 0), size / 2), Qt::yellow);
    p.end();
    const QString path = dir + QStringLiteral("/landscape photo.png");
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeNoise(const QString &dir, const QString &name, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

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

} // namespace

class TestIntegrationAttachments : public QObject
{
    Q_OBJECT
    Account m_account;
    QString m_roomId;
    QTemporaryDir m_files;
    std::unique_ptr<AttachmentController> m_attachments;

private Q_SLOTS:
    void initTestCase()
    {
        m_account = loggedIn(QStringLiteral("attach"));
        CreateRoomOptions options;
        options.name = QStringLiteral("Attachments");
        auto room = await<QString>([&](auto done) { m_account.session->createRoom(options, done); });
        QVERIFY2(room.ok(), qPrintable(room.ok() ? QString() : room.error().describe()));
        m_roomId = *room;
        m_attachments =
            std::make_unique<AttachmentController>(*m_account.session, m_roomId, [] { return false; });
    }

    void imageIsSentWithProgressInfoAndThumbnail()
    {
        const QString path = writeImage(m_files.path(), QSize(1600, 1200));
        const qint64 fileSize = QFileInfo(path).size();
        QAbstractItemModel *uploads = m_attachments->uploads();
        QList<qint64> progress;
        QStringList states;
        auto conn = connect(uploads, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &i) {
            progress.append(i.data(AttachmentUploads::BytesSentRole).toLongLong());
            states.append(i.data(AttachmentUploads::StateRole).toString());
        });
        QSignalSpy sent(m_attachments.get(), &AttachmentController::sent);
        QSignalSpy delivered(&m_account.session->sendQueue(), &SendQueue::sent);
        QSignalSpy errors(m_attachments.get(), &AttachmentController::errorOccurred);

        m_attachments->sendFiles({QUrl::fromLocalFile(path)});
        QCOMPARE(uploads->rowCount(), 1);
        QCOMPARE(uploads->index(0, 0).data(AttachmentUploads::FileNameRole).toString(),
                 QStringLiteral("landscape photo.png"));
        QVERIFY2(sent.wait(60000), qPrintable(errors.isEmpty() ? QStringLiteral("no signal")
                                                               : errors.first().first().toString()));
        disconnect(conn);
        QCOMPARE(uploads->rowCount(), 0); // the row goes once the message is queued
        QVERIFY(states.contains(QStringLiteral("uploading")));
        QVERIFY(states.contains(QStringLiteral("sending")));
        QVERIFY(!progress.isEmpty());
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i] >= progress[i - 1]);
        QVERIFY(progress.last() > fileSize); // the thumbnail counts as well

        const QString txnId = sent.first().at(1).toString();
        if (delivered.isEmpty() || delivered.last().first().toString() != txnId)
            QVERIFY(delivered.wait(30000));
        const QString eventId = delivered.last().at(1).toString();
        const RawReply event =
            request("GET",
                    QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_roomId)), eventId),
                    {}, m_account.user.accessToken);
        QCOMPARE(event.status, 200);
        const QJsonObject content = event.body.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.image"));
        QCOMPARE(content.value(QLatin1String("body")).toString(), QStringLiteral("landscape photo.png"));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), fileSize);
        QCOMPARE(info.value(QLatin1String("w")).toInt(), 1600);
        QCOMPARE(info.value(QLatin1String("h")).toInt(), 1200);
        const QJsonObject thumbInfo = info.value(QLatin1String("thumbnail_info")).toObject();
        QCOMPARE(thumbInfo.value(QLatin1String("w")).toInt(), 800);
        QCOMPARE(thumbInfo.value(QLatin1String("h")).toInt(), 600);
        QCOMPARE(thumbInfo.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/jpeg"));
        QVERIFY(MxcUri::parse(info.value(QLatin1String("thumbnail_url")).toString()).ok());

        // What the timeline would show, loaded as QML would load it.
        const QVariantMap media =
            mediaRole(QStringLiteral("m.room.message"), content.toVariantMap(), /*redacted=*/false);
        QCOMPARE(media.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
        MxcImageProvider provider(m_account.session->media());
        QString error;
        const QImage thumb =
            loadThroughProvider(provider, media.value(QStringLiteral("thumbnail")).toString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(thumb.size(), QSize(800, 600));
        QVERIFY(qAbs(thumb.pixelColor(20, 20).red() - 255) < 16); // yellow corner, through JPEG
        const QImage full =
            loadThroughProvider(provider, media.value(QStringLiteral("source")).toString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(full.size(), QSize(1600, 1200));
        QCOMPARE(full.pixelColor(10, 10), QColor(Qt::yellow));
    }

    void cancelledUploadSendsNothing()
    {
        const QString path = writeNoise(m_files.path(), QStringLiteral("big.bin"), 48 * 1024 * 1024);
        QAbstractItemModel *uploads = m_attachments->uploads();
        QSignalSpy sent(m_attachments.get(), &AttachmentController::sent);
        QSignalSpy errors(m_attachments.get(), &AttachmentController::errorOccurred);
        qint64 sentAtCancel = -1;
        qint64 total = 0;
        auto conn = connect(uploads, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &i) {
            const qint64 done = i.data(AttachmentUploads::BytesSentRole).toLongLong();
            if (sentAtCancel < 0 && done > 0) {
                sentAtCancel = done;
                total = i.data(AttachmentUploads::BytesTotalRole).toLongLong();
                // Queued: not from inside the model's own signal.
                QMetaObject::invokeMethod(
                    this,
                    [this, id = i.data(AttachmentUploads::UploadIdRole).toInt()] {
                        m_attachments->cancel(id);
                    },
                    Qt::QueuedConnection);
            }
        });
        m_attachments->sendFiles({QUrl::fromLocalFile(path)});
        QTRY_VERIFY_WITH_TIMEOUT(sentAtCancel > 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(uploads->rowCount(), 0, 10000);
        disconnect(conn);
        QVERIFY2(sentAtCancel < total, "the upload had finished before it was cancelled");
        QTest::qWait(1500); // anything still on its way would arrive now
        QCOMPARE(sent.count(), 0);
        QCOMPARE(errors.count(), 0); // a cancel is not an error
        QCOMPARE(uploads->rowCount(), 0);
    }

    void fileOverTheServerLimitIsRefused()
    {
        // Sparse: 101 MiB on paper, nothing on disk. The test server's limit is 100 MiB.
        const QString path = m_files.path() + QStringLiteral("/huge.iso");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(101) * 1024 * 1024));
        f.close();
        QSignalSpy errors(m_attachments.get(), &AttachmentController::errorOccurred);
        m_attachments->sendFiles({QUrl::fromLocalFile(path)});
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 30000); // the limit is known by now: at once
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("huge.iso")) && message.contains(QLatin1String("too large")),
                 qPrintable(message));
        QAbstractItemModel *uploads = m_attachments->uploads();
        QCOMPARE(uploads->rowCount(), 1); // stays, with the reason, until dismissed
        QCOMPARE(uploads->index(0, 0).data(AttachmentUploads::StateRole).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(uploads->index(0, 0).data(AttachmentUploads::ErrorTextRole).toString(), message);
        m_attachments->cancel(uploads->index(0, 0).data(AttachmentUploads::UploadIdRole).toInt());
        QCOMPARE(uploads->rowCount(), 0);
    }

    void pastedImageIsSentAndPastedTextIsNot()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("just text"));
        QVERIFY(!m_attachments->pasteImage()); // the composer pastes it
        QCOMPARE(m_attachments->uploads()->rowCount(), 0);

        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        QGuiApplication::clipboard()->setImage(image);
        QSignalSpy sent(m_attachments.get(), &AttachmentController::sent);
        QSignalSpy delivered(&m_account.session->sendQueue(), &SendQueue::sent);
        QVERIFY(m_attachments->pasteImage());
        QVERIFY(sent.wait(60000));
        const QString txnId = sent.first().at(1).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty() && delivered.last().first().toString() == txnId, 30000);
        const RawReply event = request("GET",
                                       QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_roomId)),
                                                delivered.last().at(1).toString()),
                                       {}, m_account.user.accessToken);
        QCOMPARE(event.status, 200);
        const QJsonObject content = event.body.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.image"));
        QVERIFY(content.value(QLatin1String("body")).toString().endsWith(QLatin1String(".png")));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value(QLatin1String("w")).toInt(), 300);
        QCOMPARE(info.value(QLatin1String("h")).toInt(), 200);
        QVERIFY(!info.contains(QLatin1String("thumbnail_url"))); // small enough to be its own
    }

    // In an encrypted room the server sees only ciphertext: the file is an EncryptedFile, the event is
    // Megolm-encrypted, and the clear event (read back from our own store) decrypts to the same bytes.
    void encryptedRoomsSendEncryptedFiles()
    {
        CreateRoomOptions options;
        options.name = QStringLiteral("Secret attachments");
        options.encrypted = true;
        auto room = await<QString>([&](auto done) { m_account.session->createRoom(options, done); });
        QVERIFY2(room.ok(), qPrintable(room.ok() ? QString() : room.error().describe()));
        QVERIFY(m_account.session->e2ee() != nullptr);

        AttachmentController encrypted(*m_account.session, *room, [] { return true; });
        QSignalSpy errors(&encrypted, &AttachmentController::errorOccurred);
        QSignalSpy sent(&encrypted, &AttachmentController::sent);
        QSignalSpy delivered(&m_account.session->sendQueue(), &SendQueue::sent);
        const QString path = writeNoise(m_files.path(), QStringLiteral("secret.txt"), 4096);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray plaintext = original.readAll();
        encrypted.sendFiles({QUrl::fromLocalFile(path)});
        QVERIFY2(sent.wait(60000), qPrintable(errors.isEmpty() ? QStringLiteral("no signal")
                                                               : errors.first().first().toString()));
        const QString txnId = sent.first().at(1).toString();
        while (delivered.isEmpty() || delivered.last().first().toString() != txnId)
            QVERIFY2(delivered.wait(30000), "the encrypted event was not delivered");
        const QString eventId = delivered.last().at(1).toString();

        const RawReply onServer =
            request("GET",
                    QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(*room)), eventId),
                    {}, m_account.user.accessToken);
        QCOMPARE(onServer.status, 200);
        QCOMPARE(onServer.body.value(QLatin1String("type")).toString(), QStringLiteral("m.room.encrypted"));
        QCOMPARE(onServer.body.value(QLatin1String("content"))
                     .toObject()
                     .value(QLatin1String("algorithm"))
                     .toString(),
                 QStringLiteral("m.megolm.v1.aes-sha2"));

        // Our own device holds the session: after a sync the store has the clear event.
        QJsonObject clear;
        for (int i = 0; i < 20 && clear.isEmpty(); ++i) {
            QVERIFY(
                await<ChangeSet>([&](auto done) { m_account.session->syncLoop().syncOnce(0, done); }).ok());
            QVERIFY(awaitStatus([&](auto done) {
                        m_account.session->e2ee()->whenIdle([done] { done(success()); });
                    }).ok());
            auto stored = findEvent(m_account.session->reader(), eventId);
            QVERIFY(stored.ok());
            if (stored->has_value() && (*stored)->decrypted)
                clear = (*stored)->json;
        }
        QVERIFY2(!clear.isEmpty(), "our own encrypted attachment event was never decrypted");
        const QJsonObject content = clear.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.file"));
        QVERIFY(!content.contains(QLatin1String("url")));
        const QJsonObject file = content.value(QLatin1String("file")).toObject();
        QVERIFY(file.value(QLatin1String("url")).toString().startsWith(QLatin1String("mxc://")));

        auto downloaded = await<MediaContent>(
            [&](auto done) { downloadEncrypted(m_account.session->media(), file, 1 << 20, done); });
        QVERIFY2(downloaded.ok(), qPrintable(downloaded.ok() ? QString() : downloaded.error().describe()));
        QCOMPARE(downloaded->bytes, plaintext);
    }

    void downloadsNeverOverwriteAndPlaybackCopiesMatch()
    {
        const QByteArray bytes = QByteArray("Lattice test file\n").repeated(1000);
        auto mxc = await<MxcUri>([&](auto done) {
            m_account.session->media().upload(bytes, QStringLiteral("text/plain"),
                                              QStringLiteral("notes.txt"), done);
        });
        QVERIFY(mxc.ok());
        QTemporaryDir downloadsDir;
        QFile existing(downloadsDir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();

        MediaDownloads downloads(m_account.session->media(), downloadsDir.path());
        MediaDownload *save = downloads.forSaving(mxc->toString(), QStringLiteral("notes.txt"));
        QVERIFY(save);
        QCOMPARE(downloads.forSaving(mxc->toString(), QStringLiteral("notes.txt")), save); // one per file
        QCOMPARE(save->state(), QStringLiteral("idle"));
        save->start();
        QCOMPARE(save->state(), QStringLiteral("downloading"));
        QTRY_COMPARE_WITH_TIMEOUT(save->state(), QStringLiteral("ready"), 30000);
        QCOMPARE(save->localPath(), downloadsDir.filePath(QStringLiteral("notes (1).txt")));
        QFile saved(save->localPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QFile mine(existing.fileName());
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine"));

        MediaDownload *play = downloads.forPlayback(mxc->toString(), QStringLiteral("../../notes.txt"));
        play->start();
        QTRY_COMPARE_WITH_TIMEOUT(play->state(), QStringLiteral("ready"), 30000);
        QVERIFY(play->localPath().startsWith(downloads.playbackDirectory() + QLatin1Char('/')));
        QVERIFY(play->localPath().endsWith(QLatin1String(".txt")));
        QFile copy(play->localPath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);

        QVERIFY(!downloads.forSaving(QStringLiteral("https://example.org/x"), QStringLiteral("x")));
    }
};

QTEST_MAIN(TestIntegrationAttachments)
#include "tst_integration_attachments.moc"
