// The desktop's media helpers without a server: the timeline's `media` role for each kind of
// attachment, preparing a file for upload (MIME type, size, thumbnail), and saving downloads
// under names that never overwrite a file.
#include "attachment_file.h"
#include "encrypted_files.h"
#include "media_downloads.h"
#include "media_roles.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;

namespace {

QVariantMap content(const QString &msgtype, const QVariantMap &extra = {})
{
    QVariantMap c{{QStringLiteral("msgtype"), msgtype},
                  {QStringLiteral("body"), QStringLiteral("photo.jpg")},
                  {QStringLiteral("url"), QStringLiteral("mxc://example.org/abc")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.insert(it.key(), it.value());
    return c;
}

QString writeImage(const QString &dir, const QString &name, const QSize &size, QImage::Format format,
                   const char *type)
{
    QImage image(size, format);
    image.fill(format == QImage::Format_ARGB32 ? QColor(0, 128, 255, 100) : QColor(Qt::darkGreen));
    const QString path = dir + QLatin1Char('/') + name;
    if (!image.save(path, type))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestMediaRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("msgtype");
        QTest::addColumn<QString>("kind");
        QTest::newRow("image") << "m.room.message"
                               << "m.image"
                               << "image";
        QTest::newRow("video") << "m.room.message"
                               << "m.video"
                               << "video";
        QTest::newRow("audio") << "m.room.message"
                               << "m.audio"
                               << "audio";
        QTest::newRow("file") << "m.room.message"
                              << "m.file"
                              << "file";
        QTest::newRow("sticker") << "m.sticker"
                                 << ""
                                 << "sticker";
        QTest::newRow("text") << "m.room.message"
                              << "m.text"
                              << "";
        QTest::newRow("state") << "m.room.avatar"
                               << ""
                               << "";
    }
    void kinds()
    {
        QFETCH(QString, type);
        QFETCH(QString, msgtype);
        QFETCH(QString, kind);
        const QVariantMap m = mediaRole(type, content(msgtype), false);
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(m.isEmpty(), kind.isEmpty());
    }

    void imageFields()
    {
        const QVariantMap info{{QStringLiteral("w"), 4000},
                               {QStringLiteral("h"), 3000},
                               {QStringLiteral("size"), 123456},
                               {QStringLiteral("mimetype"), QStringLiteral("image/jpeg")}};
        const QVariantMap m =
            mediaRole(QStringLiteral("m.room.message"),
                      content(QStringLiteral("m.image"), {{QStringLiteral("info"), info}}), false);
        QCOMPARE(m.value(QStringLiteral("url")).toString(), QStringLiteral("mxc://example.org/abc"));
        QCOMPARE(m.value(QStringLiteral("source")).toString(), QStringLiteral("image://mxc/example.org/abc"));
        // No thumbnail from the sender: the server's, at a bounded size.
        QCOMPARE(m.value(QStringLiteral("thumbnail")).toString(),
                 QStringLiteral("image://mxc/example.org/abc?width=800&height=600&method=scale"));
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 4000);
        QCOMPARE(m.value(QStringLiteral("height")).toInt(), 3000);
        QCOMPARE(m.value(QStringLiteral("size")).toLongLong(), 123456);
        QCOMPARE(m.value(QStringLiteral("mimetype")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(m.value(QStringLiteral("filename")).toString(), QStringLiteral("photo.jpg"));
        QCOMPARE(m.value(QStringLiteral("caption")).toString(), QString());
        QCOMPARE(m.value(QStringLiteral("encrypted")).toBool(), false);
    }

    void sendersThumbnailAndCaption()
    {
        const QVariantMap info{{QStringLiteral("thumbnail_url"), QStringLiteral("mxc://example.org/thumb")}};
        const QVariantMap m = mediaRole(
            QStringLiteral("m.room.message"),
            content(QStringLiteral("m.image"), {{QStringLiteral("info"), info},
                                                {QStringLiteral("body"), QStringLiteral("Our trip!")},
                                                {QStringLiteral("filename"), QStringLiteral("IMG_1.jpg")}}),
            false);
        QCOMPARE(m.value(QStringLiteral("thumbnail")).toString(),
                 QStringLiteral("image://mxc/example.org/thumb"));
        QCOMPARE(m.value(QStringLiteral("filename")).toString(), QStringLiteral("IMG_1.jpg"));
        QCOMPARE(m.value(QStringLiteral("caption")).toString(), QStringLiteral("Our trip!"));
        QCOMPARE(m.value(QStringLiteral("width")).toInt(), 0); // unknown
        QCOMPARE(m.value(QStringLiteral("size")).toLongLong(), -1);
    }

    void unsafeOrMissingSourcesShowAsText()
    {
        QCOMPARE(mediaRole(QStringLiteral("m.room.message"),
                           content(QStringLiteral("m.image"),
                                   {{QStringLiteral("url"), QStringLiteral("https://x/y.png")}}),
                           false),
                 QVariantMap());
        QCOMPARE(mediaRole(QStringLiteral("m.room.message"),
                           content(QStringLiteral("m.file"),
                                   {{QStringLiteral("url"), QStringLiteral("mxc://x/../etc")}}),
                           false),
                 QVariantMap());
        QCOMPARE(mediaRole(QStringLiteral("m.room.message"), content(QStringLiteral("m.image")), true),
                 QVariantMap());
        // A bad thumbnail_url falls back to the server's thumbnail.
        const QVariantMap m = mediaRole(
            QStringLiteral("m.room.message"),
            content(QStringLiteral("m.image"),
                    {{QStringLiteral("info"),
                      QVariantMap{{QStringLiteral("thumbnail_url"), QStringLiteral("file:///etc/passwd")}}}}),
            false);
        QVERIFY(m.value(QStringLiteral("thumbnail"))
                    .toString()
                    .startsWith(QLatin1String("image://mxc/example.org/abc?")));
    }

    void encryptedFileWithoutRegistryIsNotFetched()
    {
        QVariantMap c = content(QStringLiteral("m.video"));
        c.remove(QStringLiteral("url"));
        c.insert(QStringLiteral("file"),
                 QVariantMap{{QStringLiteral("url"), QStringLiteral("mxc://example.org/enc")},
                             {QStringLiteral("v"), QStringLiteral("v2")}});
        const QVariantMap m = mediaRole(QStringLiteral("m.room.message"), c, false);
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("video"));
        QCOMPARE(m.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("url")).toString(), QStringLiteral("mxc://example.org/enc"));
        QCOMPARE(m.value(QStringLiteral("fileRef")).toString(), QString());
        QCOMPARE(m.value(QStringLiteral("source")).toString(), QString());
        QCOMPARE(m.value(QStringLiteral("thumbnail")).toString(), QString());
    }

    void encryptedImageNamesItsFilesByHandle()
    {
        const QVariantMap file{
            {QStringLiteral("url"), QStringLiteral("mxc://example.org/enc")},
            {QStringLiteral("v"), QStringLiteral("v2")},
            {QStringLiteral("key"), QVariantMap{{QStringLiteral("k"), QStringLiteral("SECRETKEY")}}},
            {QStringLiteral("iv"), QStringLiteral("IVIVIV")}};
        QVariantMap thumbFile = file;
        thumbFile.insert(QStringLiteral("url"), QStringLiteral("mxc://example.org/encthumb"));
        QVariantMap c =
            content(QStringLiteral("m.image"),
                    {{QStringLiteral("file"), file},
                     {QStringLiteral("info"), QVariantMap{{QStringLiteral("thumbnail_file"), thumbFile}}}});
        c.remove(QStringLiteral("url"));
        EncryptedFiles files;
        const QVariantMap m = mediaRole(QStringLiteral("m.room.message"), c, false, &files);
        QCOMPARE(m.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("url")).toString(), QStringLiteral("mxc://example.org/enc"));
        const QString source = m.value(QStringLiteral("source")).toString();
        const QString thumbnail = m.value(QStringLiteral("thumbnail")).toString();
        const QString fileRef = m.value(QStringLiteral("fileRef")).toString();
        QVERIFY(source.startsWith(QLatin1String("image://mxc/_encrypted/")));
        QVERIFY(thumbnail.startsWith(QLatin1String("image://mxc/_encrypted/")));
        QVERIFY(source != thumbnail);
        // No key material in what QML (and Qt's warnings) see.
        for (const QString &s : {source, thumbnail, fileRef})
            QVERIFY2(!s.contains(QLatin1String("SECRETKEY")) && !s.contains(QLatin1String("IVIVIV")),
                     qPrintable(s));
        QCOMPARE(EncryptedFiles::handleOf(source), EncryptedFiles::handleOf(fileRef));
        QCOMPARE(files.find(EncryptedFiles::handleOf(source)), QJsonObject::fromVariantMap(file));
        QCOMPARE(files.find(EncryptedFiles::handleOf(thumbnail)), QJsonObject::fromVariantMap(thumbFile));
        // The same file with another key is another handle (a forged event cannot replace the real one).
        QVariantMap forged = file;
        forged.insert(QStringLiteral("key"), QVariantMap{{QStringLiteral("k"), QStringLiteral("OTHER")}});
        QVERIFY(files.add(QJsonObject::fromVariantMap(forged)) != EncryptedFiles::handleOf(source));
        // Failures are kept for known files only, and stay readable by handle.
        files.recordFailure(EncryptedFiles::handleOf(source), QStringLiteral("altered"));
        QCOMPARE(files.failure(EncryptedFiles::handleOf(source)), QStringLiteral("altered"));
        files.recordFailure(QString(64, QLatin1Char('0')), QStringLiteral("x"));
        QCOMPARE(files.failure(QString(64, QLatin1Char('0'))), QString());
        // References that are not handles are refused.
        QCOMPARE(EncryptedFiles::handleOf(QStringLiteral("image://mxc/_encrypted/../../etc")), QString());
        QCOMPARE(EncryptedFiles::handleOf(QStringLiteral("mxc://example.org/enc")), QString());
        // A file without a valid mxc:// URL has no handle.
        QCOMPARE(files.add(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://x/y")}}), QString());
    }

    void encryptedFilesForgetTheOldestBeyondCapacity()
    {
        EncryptedFiles files(2);
        auto file = [](int n) {
            return QJsonObject{{QStringLiteral("url"), QStringLiteral("mxc://example.org/f%1").arg(n)}};
        };
        const QString a = files.add(file(1));
        const QString b = files.add(file(2));
        const QString c = files.add(file(3));
        QVERIFY(!files.find(a));
        QVERIFY(files.find(b) && files.find(c));
    }

    void largeImageGetsAJpegThumbnail()
    {
        QTemporaryDir dir;
        const QString path =
            writeImage(dir.path(), QStringLiteral("big.png"), QSize(2000, 1000), QImage::Format_RGB32, "PNG");
        const Result<PreparedAttachment> a = prepareAttachmentFile(path, 0);
        QVERIFY(a.ok());
        QCOMPARE(a->fileName, QStringLiteral("big.png"));
        QCOMPARE(a->mimetype, QStringLiteral("image/png"));
        QCOMPARE(a->dimensions, QSize(2000, 1000));
        QCOMPARE(a->bytes.size(), QFileInfo(path).size());
        QCOMPARE(a->thumbnailMimetype, QStringLiteral("image/jpeg"));
        QCOMPARE(a->thumbnailSize, QSize(800, 400));
        QImage thumb = QImage::fromData(a->thumbnailBytes, "JPEG");
        QCOMPARE(thumb.size(), QSize(800, 400));
    }

    void transparentImageGetsAPngThumbnail()
    {
        QTemporaryDir dir;
        const QString path = writeImage(dir.path(), QStringLiteral("logo.png"), QSize(900, 1800),
                                        QImage::Format_ARGB32, "PNG");
        const Result<PreparedAttachment> a = prepareAttachmentFile(path, 0);
        QVERIFY(a.ok());
        QCOMPARE(a->thumbnailMimetype, QStringLiteral("image/png"));
        QCOMPARE(a->thumbnailSize, QSize(300, 600));
        QVERIFY(QImage::fromData(a->thumbnailBytes, "PNG").hasAlphaChannel());
    }

    void smallImageAndOtherFilesHaveNoThumbnail()
    {
        QTemporaryDir dir;
        const QString small =
            writeImage(dir.path(), QStringLiteral("icon.jpg"), QSize(64, 64), QImage::Format_RGB32, "JPEG");
        Result<PreparedAttachment> a = prepareAttachmentFile(small, 0);
        QVERIFY(a.ok());
        QCOMPARE(a->mimetype, QStringLiteral("image/jpeg"));
        QCOMPARE(a->dimensions, QSize(64, 64));
        QVERIFY(a->thumbnailBytes.isEmpty());

        const QString notes = dir.path() + QStringLiteral("/notes.txt");
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        a = prepareAttachmentFile(notes, 0);
        QVERIFY(a.ok());
        QCOMPARE(a->mimetype, QStringLiteral("text/plain"));
        QVERIFY(!a->dimensions.isValid());
        QVERIFY(a->thumbnailBytes.isEmpty());
    }

    void refusedFilesSayWhy()
    {
        QTemporaryDir dir;
        Result<PreparedAttachment> a = prepareAttachmentFile(dir.path() + QStringLiteral("/gone.png"), 0);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(QLatin1String("gone.png")), qPrintable(a.error().message));
        const QString path =
            writeImage(dir.path(), QStringLiteral("x.png"), QSize(100, 100), QImage::Format_RGB32, "PNG");
        a = prepareAttachmentFile(path, 10);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().errcode, QStringLiteral("M_TOO_LARGE"));
    }

    void pastedImageIsPng()
    {
        QImage image(1200, 300, QImage::Format_RGB32);
        image.fill(Qt::red);
        const Result<PreparedAttachment> a =
            prepareAttachmentImage(image, QStringLiteral("Pasted image.png"), 0);
        QVERIFY(a.ok());
        QCOMPARE(a->mimetype, QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(a->bytes, "PNG").size(), QSize(1200, 300));
        QCOMPARE(a->thumbnailSize, QSize(800, 200));
        QVERIFY(!prepareAttachmentImage(QImage(), QStringLiteral("x.png"), 0).ok());
    }

    void downloadNamesNeverOverwrite()
    {
        QTemporaryDir dir;
        const Result<QString> first =
            MediaDownloads::createUniqueFile(dir.path(), QStringLiteral("report.pdf"));
        QVERIFY(first.ok());
        QCOMPARE(*first, dir.filePath(QStringLiteral("report.pdf")));
        const Result<QString> second =
            MediaDownloads::createUniqueFile(dir.path(), QStringLiteral("report.pdf"));
        QCOMPARE(*second, dir.filePath(QStringLiteral("report (1).pdf")));
        const Result<QString> third =
            MediaDownloads::createUniqueFile(dir.path(), QStringLiteral("report.pdf"));
        QCOMPARE(*third, dir.filePath(QStringLiteral("report (2).pdf")));
        const Result<QString> archive =
            MediaDownloads::createUniqueFile(dir.path(), QStringLiteral("a.tar.gz"));
        QCOMPARE(*archive, dir.filePath(QStringLiteral("a.tar.gz")));
        QCOMPARE(*MediaDownloads::createUniqueFile(dir.path(), QStringLiteral("a.tar.gz")),
                 dir.filePath(QStringLiteral("a (1).tar.gz")));
    }

    void serverNamesCannotEscapeTheFolder()
    {
        QCOMPARE(MediaDownloads::safeFileName(QStringLiteral("../../.bashrc")), QStringLiteral("bashrc"));
        QCOMPARE(MediaDownloads::safeFileName(QStringLiteral("C:\\Windows\\evil.exe")),
                 QStringLiteral("evil.exe"));
        QCOMPARE(MediaDownloads::safeFileName(QStringLiteral("/etc/passwd")), QStringLiteral("passwd"));
        QCOMPARE(MediaDownloads::safeFileName(QStringLiteral("...")), QStringLiteral("download"));
        QCOMPARE(MediaDownloads::safeFileName(QString()), QStringLiteral("download"));
        QCOMPARE(MediaDownloads::safeFileName(QStringLiteral("holiday photo.jpg")),
                 QStringLiteral("holiday photo.jpg"));
    }
};

QTEST_MAIN(TestMediaRoles)
#include "test_media_roles.moc"
