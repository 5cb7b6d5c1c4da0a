// lattice-cli's header-only image size reader against Qt's encoders and decoders (PNG, JPEG) and
// hand-built headers for the formats Qt here cannot write (GIF, WebP).
#include "cli/image_size.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>

using lattice::cli::imageSizeFromHeader;

namespace {

QSize sizeOf(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return imageSizeFromHeader(buffer);
}

QByteArray encoded(const QSize &size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("Qt cannot write %s here", format);
    return bytes;
}

QByteArray le(quint32 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QByteArray riff(const QByteArray &chunkName, const QByteArray &chunkData)
{
    const QByteArray chunk = chunkName + le(quint32(chunkData.size()), 4) + chunkData;
    return "RIFF" + le(quint32(4 + chunk.size()), 4) + "WEBP" + chunk;
}

} // namespace

class TstImageSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pngAndJpegAsQtReadsThem_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QSize>("size");
        QTest::newRow("png") << QByteArray("png") << QSize(301, 17);
        QTest::newRow("png tall") << QByteArray("png") << QSize(1, 2049);
        QTest::newRow("jpeg") << QByteArray("jpeg") << QSize(640, 479);
        QTest::newRow("jpeg small") << QByteArray("jpeg") << QSize(3, 5);
    }
    void pngAndJpegAsQtReadsThem()
    {
        QFETCH(QByteArray, format);
        QFETCH(QSize, size);
        const QByteArray bytes = encoded(size, format.constData());
        QBuffer buffer;
        buffer.setData(bytes);
        QCOMPARE(QImageReader(&buffer).size(), size);
        QCOMPARE(sizeOf(bytes), size);
    }

    void jpegSkipsSegmentsBeforeTheFrame()
    {
        // An APP1 (EXIF-like) segment of 5,000 bytes and fill bytes before the frame header.
        const QByteArray jpeg = encoded(QSize(123, 45), "jpeg");
        QByteArray app1("\xff\xe1");
        app1 += QByteArray("\x13\x8a", 2); // length 5002, itself included
        app1 += QByteArray(5000, 'x');
        const QByteArray withExif = jpeg.left(2) + app1 + QByteArray("\xff\xff") + jpeg.mid(2);
        QCOMPARE(sizeOf(withExif), QSize(123, 45));
    }

    void gif()
    {
        // Header, logical screen descriptor 260 x 3 (little-endian), then whatever follows.
        QCOMPARE(sizeOf(QByteArray("GIF89a") + le(260, 2) + le(3, 2) + QByteArray("\x80\x00\x00", 3)),
                 QSize(260, 3));
        QCOMPARE(sizeOf(QByteArray("GIF87a") + le(1, 2) + le(65535, 2)), QSize(1, 65535));
    }

    void webp()
    {
        // Lossy: key-frame tag, start code, 14-bit width and height (two top bits are scaling).
        const QByteArray vp8 = QByteArray("\x10\x02\x00\x9d\x01\x2a", 6) + le(1024 | 0x4000, 2) + le(768, 2) +
                               QByteArray(8, '\0');
        QCOMPARE(sizeOf(riff("VP8 ", vp8)), QSize(1024, 768));
        // Lossless: signature, then (width - 1) and (height - 1) in 14 bits each.
        const quint32 bits = (500 - 1) | (250 - 1) << 14;
        QCOMPARE(sizeOf(riff("VP8L", "\x2f" + le(bits, 4) + QByteArray(8, '\0'))), QSize(500, 250));
        // Extended: flags, reserved, canvas (width - 1) and (height - 1) in 24 bits each.
        const QByteArray vp8x = QByteArray(4, '\0') + le(70000 - 1, 3) + le(2 - 1, 3);
        QCOMPARE(sizeOf(riff("VP8X", vp8x)), QSize(70000, 2));
    }

    void notAnImageOrCutOff()
    {
        QVERIFY(!sizeOf(QByteArray()).isValid());
        QVERIFY(!sizeOf("plain text, not an image").isValid());
        const QByteArray png = encoded(QSize(10, 10), "png");
        QVERIFY(!sizeOf(png.left(20)).isValid());
        const QByteArray jpeg = encoded(QSize(10, 10), "jpeg");
        QVERIFY(!sizeOf(jpeg.left(40)).isValid()); // the frame header comes after the tables
        QVERIFY(!sizeOf(QByteArray("GIF89a") + le(0, 2) + le(5, 2)).isValid()); // zero width
        QVERIFY(!sizeOf(riff("VP8 ", QByteArray(18, '\0'))).isValid());         // no start code
    }
};

QTEST_GUILESS_MAIN(TstImageSize)
#include "tst_image_size.moc"
