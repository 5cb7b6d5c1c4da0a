// mxc:// URIs against the spec's grammar, Content-Disposition file names, cache keys, and the
// size-cap error the HTTP layer reports.
#include "net/media_client.h"

#include <QTest>

using namespace lattice;

class TestMediaMxc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("mediaId");
        QTest::newRow("dns") << "mxc://example.org/AQwafuaFswefuhsfAFAgsw"
                             << "example.org"
                             << "AQwafuaFswefuhsfAFAgsw";
        QTest::newRow("port") << "mxc://localhost:8448/abc_-123"
                              << "localhost:8448"
                              << "abc_-123";
        QTest::newRow("ipv4") << "mxc://127.0.0.1/x"
                              << "127.0.0.1"
                              << "x";
        QTest::newRow("ipv6") << "mxc://[::1]:8008/x"
                              << "[::1]:8008"
                              << "x";
    }
    void parsesValidUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, server);
        QFETCH(QString, mediaId);
        const Result<MxcUri> m = MxcUri::parse(uri);
        QVERIFY2(m.ok(), qPrintable(uri));
        QCOMPARE(m->serverName, server);
        QCOMPARE(m->mediaId, mediaId);
        QCOMPARE(m->toString(), uri);
    }

    void rejectsEverythingElse_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("empty") << "";
        QTest::newRow("http") << "https://example.org/media/abc";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("no media id") << "mxc://example.org/";
        QTest::newRow("no server") << "mxc:///abc";
        QTest::newRow("traversal") << "mxc://127.0.0.1/../../../some_service/etc/passwd";
        QTest::newRow("encoded traversal") << "mxc://example.org/%2e%2e%2fetc";
        QTest::newRow("dot") << "mxc://example.org/a.b";
        QTest::newRow("slash") << "mxc://example.org/a/b";
        QTest::newRow("query") << "mxc://example.org/abc?x=1";
        QTest::newRow("fragment") << "mxc://example.org/abc#f";
        QTest::newRow("userinfo") << "mxc://user@example.org/abc";
        QTest::newRow("bad port") << "mxc://example.org:port/abc";
        QTest::newRow("long port") << "mxc://example.org:123456/abc";
        QTest::newRow("unicode server") << QStringLiteral("mxc://exämple.org/abc");
        QTest::newRow("unicode id") << QStringLiteral("mxc://example.org/äbc");
        QTest::newRow("upper scheme") << "MXC://example.org/abc";
        QTest::newRow("space") << "mxc://example.org/a bc";
    }
    void rejectsEverythingElse()
    {
        QFETCH(QString, uri);
        const Result<MxcUri> m = MxcUri::parse(uri);
        QVERIFY2(!m.ok(), qPrintable(uri));
        QCOMPARE(m.error().kind, Error::Kind::Usage);
        QVERIFY(m.error().message.contains(QLatin1String("mxc://")));
    }

    void cacheKeysSeparateVariants()
    {
        const MxcUri m = *MxcUri::parse(QStringLiteral("mxc://example.org/abc"));
        const QString original = MediaClient::cacheKey(m);
        const QString crop = MediaClient::thumbnailCacheKey(m, 96, 96, ThumbnailMethod::Crop);
        const QString scale = MediaClient::thumbnailCacheKey(m, 96, 96, ThumbnailMethod::Scale);
        const QString bigger = MediaClient::thumbnailCacheKey(m, 320, 240, ThumbnailMethod::Scale);
        QCOMPARE(QSet<QString>({original, crop, scale, bigger}).size(), 4);
    }

    void filenameFromDisposition_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("name");
        QTest::newRow("quoted") << QByteArray(R"(inline; filename="cat.png")") << "cat.png";
        QTest::newRow("token") << QByteArray("attachment; filename=report.pdf") << "report.pdf";
        QTest::newRow("extended") << QByteArray("inline; filename*=utf-8''K%C3%A4se%201.png")
                                  << QStringLiteral("Käse 1.png");
        QTest::newRow("escaped quote") << QByteArray(R"(inline; filename="a\"b.txt")") << "a\"b.txt";
        QTest::newRow("none") << QByteArray("inline") << "";
    }
    void filenameFromDisposition()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, name);
        QCOMPARE(MediaClient::filenameFromDisposition(header), name);
    }

    void tooLargeIsAClearError()
    {
        const Error known = HttpClient::tooLargeError(3 * 1024 * 1024, 1024 * 1024);
        QCOMPARE(known.errcode, QStringLiteral("M_TOO_LARGE"));
        QVERIFY(!known.isTransient()); // retrying cannot help
        QVERIFY2(known.describe().contains(QLatin1String("3.0 MiB")), qPrintable(known.describe()));
        QVERIFY(known.describe().contains(QLatin1String("1.0 MiB")));
        const Error unknown = HttpClient::tooLargeError(-1, 1024 * 1024);
        QVERIFY2(unknown.describe().contains(QLatin1String("1.0 MiB")), qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestMediaMxc)
#include "tst_media_mxc.moc"
