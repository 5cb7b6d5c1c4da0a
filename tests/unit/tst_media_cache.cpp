// The on-disk media cache: round trip, least-recently-used eviction within the size bound,
// persistence (and its order) across instances, and damaged files read as misses.
#include "client/media_cache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;

namespace {
MediaContent blob(char fill, int size)
{
    return {QByteArray(size, fill), QStringLiteral("image/png"), QStringLiteral("x.png")};
}
} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.path());
        QVERIFY(!cache.get(QStringLiteral("mxc://a/b")).has_value());
        cache.put(QStringLiteral("mxc://a/b"),
                  {QByteArray("\x89PNG data"), QStringLiteral("image/png"), QStringLiteral("cat.png")});
        const auto hit = cache.get(QStringLiteral("mxc://a/b"));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->bytes, QByteArray("\x89PNG data"));
        QCOMPARE(hit->contentType, QStringLiteral("image/png"));
        QCOMPARE(hit->filename, QStringLiteral("cat.png"));
        QVERIFY(!cache.get(QStringLiteral("mxc://a/c")).has_value());
        // The server's names never reach the file system.
        QVERIFY(!cache.filePath(QStringLiteral("mxc://a/b")).contains(QLatin1String("cat")));
    }

    void evictsLeastRecentlyUsedWithinTheBound()
    {
        QTemporaryDir dir;
        MediaCache cache(dir.path(), 3500); // room for three records of ~1 KiB
        cache.put(QStringLiteral("one"), blob('1', 1000));
        cache.put(QStringLiteral("two"), blob('2', 1000));
        cache.put(QStringLiteral("three"), blob('3', 1000));
        QVERIFY(cache.contains(QStringLiteral("one")) && cache.contains(QStringLiteral("three")));
        QVERIFY(cache.get(QStringLiteral("one")).has_value()); // now "two" is the oldest use
        cache.put(QStringLiteral("four"), blob('4', 1000));
        QVERIFY(!cache.contains(QStringLiteral("two")));
        QVERIFY(!QFile::exists(cache.filePath(QStringLiteral("two"))));
        QVERIFY(cache.contains(QStringLiteral("one")));
        QVERIFY(cache.contains(QStringLiteral("three")));
        QVERIFY(cache.contains(QStringLiteral("four")));
        QVERIFY(cache.totalBytes() <= cache.maxBytes());
        QVERIFY(cache.totalBytes() > 3000);
        // Something bigger than the whole bound is not stored and evicts nothing.
        cache.put(QStringLiteral("huge"), blob('h', 5000));
        QVERIFY(!cache.contains(QStringLiteral("huge")));
        QVERIFY(cache.contains(QStringLiteral("one")));
    }

    void survivesRestartWithItsOrder()
    {
        QTemporaryDir dir;
        {
            MediaCache cache(dir.path(), 3500);
            cache.put(QStringLiteral("one"), blob('1', 1000));
            cache.put(QStringLiteral("two"), blob('2', 1000));
            cache.put(QStringLiteral("three"), blob('3', 1000));
            QVERIFY(cache.get(QStringLiteral("one")).has_value());
        }
        MediaCache reopened(dir.path(), 3500);
        QVERIFY(reopened.totalBytes() > 3000);
        QCOMPARE(reopened.get(QStringLiteral("three"))->bytes, QByteArray(1000, '3'));
        reopened.put(QStringLiteral("four"), blob('4', 1000));
        QVERIFY(!reopened.contains(QStringLiteral("two"))); // least recently used before the restart
        QVERIFY(reopened.contains(QStringLiteral("one")));
        // A smaller bound on the next start trims to it.
        MediaCache smaller(dir.path(), 1500);
        QVERIFY(smaller.totalBytes() <= 1500);
        QVERIFY(smaller.contains(QStringLiteral("four")));
    }

    void damagedFilesAreMisses_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("flipped byte") << 1;
        QTest::newRow("empty") << 2;
        QTest::newRow("garbage") << 3;
    }
    void damagedFilesAreMisses()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        const QString key = QStringLiteral("mxc://a/damaged");
        const QString path = [&] {
            MediaCache cache(dir.path());
            cache.put(key, blob('d', 4000));
            return cache.filePath(key);
        }();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (damage == 0)
            bytes.chop(100);
        else if (damage == 1)
            bytes[2000] = char(bytes[2000] ^ 0x55);
        else if (damage == 2)
            bytes.clear();
        else
            bytes = QByteArray(4200, 'x');
        f.resize(0);
        f.write(bytes);
        f.close();
        MediaCache cache(dir.path());
        QVERIFY(!cache.get(key).has_value());
        QVERIFY(!QFile::exists(path)); // removed, so the next download replaces it
        QCOMPARE(cache.totalBytes(), 0);
        cache.put(key, blob('d', 4000));
        QCOMPARE(cache.get(key)->bytes, QByteArray(4000, 'd'));
    }

    void ignoresForeignFiles()
    {
        QTemporaryDir dir;
        QFile stray(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(QByteArray(10000, 'n'));
        stray.close();
        MediaCache cache(dir.path(), 5000);
        QCOMPARE(cache.totalBytes(), 0);
        QVERIFY(QFile::exists(stray.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_media_cache.moc"
