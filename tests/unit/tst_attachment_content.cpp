// The content of a file sent to a room (attachment_content.h): msgtype by MIME type, the info
// block, the thumbnail's size and fields, encrypted sources in "file".
#include "client/attachment_content.h"

#include <QJsonArray>
#include <QTest>

using namespace lattice;

namespace {
MxcUri mxc(const char *id)
{
    return MxcUri{QStringLiteral("example.org"), QString::fromLatin1(id)};
}
} // namespace

class TestAttachmentContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void msgtypeByMime_data()
    {
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("msgtype");
        QTest::newRow("png") << "image/png" << QSize(10, 10) << "m.image";
        QTest::newRow("jpeg upper case") << "IMAGE/JPEG" << QSize(4000, 3000) << "m.image";
        QTest::newRow("image without size") << "image/png" << QSize() << "m.file";
        QTest::newRow("svg") << "image/svg+xml" << QSize(100, 100) << "m.file";
        QTest::newRow("webm") << "video/webm" << QSize() << "m.video";
        QTest::newRow("ogg audio") << "audio/ogg" << QSize() << "m.audio";
        QTest::newRow("pdf") << "application/pdf" << QSize() << "m.file";
        QTest::newRow("unknown") << "" << QSize() << "m.file";
    }
    void msgtypeByMime()
    {
        QFETCH(QString, mime);
        QFETCH(QSize, size);
        QFETCH(QString, msgtype);
        QCOMPARE(attachmentMsgtype(mime, size), msgtype);
    }

    void thumbnailSizing_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("thumbnail");
        QTest::newRow("fits") << QSize(800, 600) << QSize();
        QTest::newRow("small") << QSize(10, 10) << QSize();
        QTest::newRow("landscape") << QSize(4000, 3000) << QSize(800, 600);
        QTest::newRow("wide") << QSize(1600, 400) << QSize(800, 200);
        QTest::newRow("portrait") << QSize(3000, 4000) << QSize(450, 600);
        QTest::newRow("tall strip") << QSize(10, 100000) << QSize(1, 600);
        QTest::newRow("just too wide") << QSize(801, 100) << QSize(800, 100);
        QTest::newRow("no size") << QSize() << QSize();
    }
    void thumbnailSizing()
    {
        QFETCH(QSize, image);
        QFETCH(QSize, thumbnail);
        QCOMPARE(attachmentThumbnailSize(image), thumbnail);
    }

    void imageContentHasInfoAndThumbnail()
    {
        Attachment a;
        a.source.url = mxc("photo");
        a.fileName = QStringLiteral("holiday.jpg");
        a.mimetype = QStringLiteral("image/jpeg");
        a.size = 2'345'678;
        a.dimensions = QSize(4000, 3000);
        a.durationMs = 5000; // ignored: images have no duration
        a.thumbnail =
            AttachmentThumbnail{{mxc("thumb"), {}}, QStringLiteral("image/jpeg"), 40'000, QSize(800, 600)};
        const QJsonObject c = attachmentContent(a);
        QCOMPARE(c.value("msgtype").toString(), QStringLiteral("m.image"));
        QCOMPARE(c.value("body").toString(), QStringLiteral("holiday.jpg"));
        QCOMPARE(c.value("filename").toString(), QStringLiteral("holiday.jpg"));
        QCOMPARE(c.value("url").toString(), QStringLiteral("mxc://example.org/photo"));
        QVERIFY(!c.contains("file"));
        const QJsonObject info = c.value("info").toObject();
        QCOMPARE(info.value("mimetype").toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(info.value("size").toInteger(), 2'345'678);
        QCOMPARE(info.value("w").toInt(), 4000);
        QCOMPARE(info.value("h").toInt(), 3000);
        QVERIFY(!info.contains("duration"));
        QCOMPARE(info.value("thumbnail_url").toString(), QStringLiteral("mxc://example.org/thumb"));
        const QJsonObject thumb = info.value("thumbnail_info").toObject();
        QCOMPARE(thumb.value("mimetype").toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(thumb.value("size").toInt(), 40'000);
        QCOMPARE(thumb.value("w").toInt(), 800);
        QCOMPARE(thumb.value("h").toInt(), 600);
    }

    void smallImageHasNoThumbnailFields()
    {
        Attachment a;
        a.source.url = mxc("small");
        a.fileName = QStringLiteral("dot.png");
        a.mimetype = QStringLiteral("image/png");
        a.size = 90;
        a.dimensions = QSize(16, 16);
        const QJsonObject info = attachmentContent(a).value("info").toObject();
        QCOMPARE(info.value("w").toInt(), 16);
        QVERIFY(!info.contains("thumbnail_url"));
        QVERIFY(!info.contains("thumbnail_info"));
    }

    void audioAndFileHaveNoDimensions()
    {
        Attachment a;
        a.source.url = mxc("song");
        a.fileName = QStringLiteral("song.ogg");
        a.mimetype = QStringLiteral("audio/ogg");
        a.size = 1000;
        a.dimensions = QSize(300, 300); // cover art: not an audio field
        a.durationMs = 61'000;
        QJsonObject c = attachmentContent(a);
        QCOMPARE(c.value("msgtype").toString(), QStringLiteral("m.audio"));
        QJsonObject info = c.value("info").toObject();
        QCOMPARE(info.value("duration").toInteger(), 61'000);
        QVERIFY(!info.contains("w"));
        QVERIFY(!info.contains("h"));

        a.fileName = QStringLiteral("notes.pdf");
        a.mimetype = QStringLiteral("application/pdf");
        a.durationMs = -1;
        a.dimensions = QSize();
        c = attachmentContent(a);
        QCOMPARE(c.value("msgtype").toString(), QStringLiteral("m.file"));
        info = c.value("info").toObject();
        QCOMPARE(info.keys(), (QStringList{"mimetype", "size"}));
    }

    void videoKeepsDimensionsAndDuration()
    {
        Attachment a;
        a.source.url = mxc("clip");
        a.fileName = QStringLiteral("clip.webm");
        a.mimetype = QStringLiteral("video/webm");
        a.size = 5000;
        a.dimensions = QSize(640, 360);
        a.durationMs = 2000;
        const QJsonObject info = attachmentContent(a).value("info").toObject();
        QCOMPARE(info.value("w").toInt(), 640);
        QCOMPARE(info.value("h").toInt(), 360);
        QCOMPARE(info.value("duration").toInt(), 2000);
    }

    void encryptedSourcesGoInFile()
    {
        const QJsonObject file{{"url", "mxc://example.org/cipher"}, {"v", "v2"}, {"iv", "AAAA"}};
        const QJsonObject thumbFile{{"url", "mxc://example.org/ciphthumb"}, {"v", "v2"}};
        Attachment a;
        a.source = {mxc("cipher"), file};
        a.fileName = QStringLiteral("big.png");
        a.mimetype = QStringLiteral("image/png");
        a.size = 10;
        a.dimensions = QSize(1000, 1000);
        a.thumbnail = AttachmentThumbnail{
            {mxc("ciphthumb"), thumbFile}, QStringLiteral("image/png"), 5, QSize(600, 600)};
        const QJsonObject c = attachmentContent(a);
        QVERIFY(!c.contains("url"));
        QCOMPARE(c.value("file").toObject(), file);
        const QJsonObject info = c.value("info").toObject();
        QVERIFY(!info.contains("thumbnail_url"));
        QCOMPARE(info.value("thumbnail_file").toObject(), thumbFile);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentContent)
#include "tst_attachment_content.moc"
