#include "image_size.h"

#include <QIODevice>

namespace lattice::cli {

namespace {

quint32 be16(const uchar *p)
{
    return quint32(p[0]) << 8 | p[1];
}
quint32 be32(const uchar *p)
{
    return be16(p) << 16 | be16(p + 2);
}
quint32 le16(const uchar *p)
{
    return quint32(p[1]) << 8 | p[0];
}
quint32 le24(const uchar *p)
{
    return quint32(p[2]) << 16 | le16(p);
}
quint32 le32(const uchar *p)
{
    return quint32(p[3]) << 24 | le24(p);
}

QSize sizeIfValid(quint32 width, quint32 height)
{
    if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
        return {};
    return QSize(int(width), int(height));
}

// PNG: the signature, then the IHDR chunk, whose data starts with width and height (big-endian).
QSize png(const QByteArray &h)
{
    if (h.size() < 24 || !h.startsWith("\x89PNG\r\n\x1a\n") || h.mid(12, 4) != "IHDR")
        return {};
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    return sizeIfValid(be32(p + 16), be32(p + 20));
}

// GIF: the logical screen descriptor after "GIF87a"/"GIF89a" (little-endian).
QSize gif(const QByteArray &h)
{
    if (h.size() < 10 || !(h.startsWith("GIF87a") || h.startsWith("GIF89a")))
        return {};
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    return sizeIfValid(le16(p + 6), le16(p + 8));
}

// WebP (RFC 9649): a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X
// (extended, with the canvas size).
QSize webp(const QByteArray &h)
{
    if (h.size() < 30 || !h.startsWith("RIFF") || h.mid(8, 4) != "WEBP")
        return {};
    const auto *p = reinterpret_cast<const uchar *>(h.constData());
    const QByteArray chunk = h.mid(12, 4);
    if (chunk == "VP8 ") {
        // A key frame: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height.
        if ((p[20] & 1) != 0 || p[23] != 0x9d || p[24] != 0x01 || p[25] != 0x2a)
            return {};
        return sizeIfValid(le16(p + 26) & 0x3fff, le16(p + 28) & 0x3fff);
    }
    if (chunk == "VP8L") {
        // Signature 0x2f, then width - 1 and height - 1 in 14 bits each.
        if (p[20] != 0x2f)
            return {};
        const quint32 bits = le32(p + 21);
        return sizeIfValid((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk == "VP8X") // flags (1 byte), reserved (3), canvas width - 1 and height - 1 (24 bits each)
        return sizeIfValid(le24(p + 24) + 1, le24(p + 27) + 1);
    return {};
}

// JPEG: markers from SOI on; the first start-of-frame segment holds height and width. Other
// segments (EXIF, ICC profiles, ...) are skipped by their length, so only headers are read.
QSize jpeg(QIODevice &device)
{
    auto readBytes = [&device](qint64 n) { return device.read(n); };
    if (readBytes(2) != "\xff\xd8")
        return {};
    for (int segments = 0; segments < 1000; ++segments) {
        QByteArray b = readBytes(1);
        if (b.size() != 1 || uchar(b[0]) != 0xff)
            return {};
        uchar marker = 0xff;
        while (marker == 0xff) { // fill bytes may precede a marker
            b = readBytes(1);
            if (b.size() != 1)
                return {};
            marker = uchar(b[0]);
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // no length follows
        if (marker == 0xd9 || marker == 0xda)
            return {}; // end of image or scan data before any frame header
        const QByteArray len = readBytes(2);
        if (len.size() != 2)
            return {};
        const quint32 length = be16(reinterpret_cast<const uchar *>(len.constData()));
        if (length < 2)
            return {};
        const bool startOfFrame =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (startOfFrame) {
            const QByteArray f = readBytes(5); // precision, height, width
            if (f.size() != 5 || length < 7)
                return {};
            const auto *p = reinterpret_cast<const uchar *>(f.constData());
            return sizeIfValid(be16(p + 3), be16(p + 1));
        }
        if (device.isSequential()) {
            if (readBytes(length - 2).size() != qsizetype(length - 2))
                return {};
        } else if (!device.seek(device.pos() + length - 2) || device.atEnd()) {
            return {};
        }
    }
    return {};
}

} // namespace

QSize imageSizeFromHeader(QIODevice &device)
{
    const QByteArray head = device.peek(32);
    if (head.startsWith("\xff\xd8"))
        return jpeg(device);
    for (auto format : {png, gif, webp})
        if (const QSize s = format(head); s.isValid())
            return s;
    return {};
}

} // namespace lattice::cli
