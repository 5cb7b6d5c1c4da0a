// QR symbols from libqrencode (byte mode, the version and size the standard gives for the data) and
// their rendering as Unicode half blocks for the terminal.
#include "client/qr_matrix.h"
#include "client/qr_text.h"

#include <QtTest>

using namespace lattice;

namespace {

template <typename T> T take(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().errcode));
    return std::move(r.value());
}

// A finder pattern at (x0, y0): a dark 7×7 ring, a light 5×5 ring, a dark 3×3 centre.
bool isFinder(const QrMatrix &m, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::min(std::min(x, y), std::min(6 - x, 6 - y));
            if (m.dark(x0 + x, y0 + y) != (ring != 1))
                return false;
        }
    }
    return true;
}

// The module grid back from the text (quiet zone stripped), to compare with the matrix.
std::vector<bool> readBack(const QStringList &lines, int width, int quiet, bool blockIsDark)
{
    std::vector<bool> modules(static_cast<size_t>(width * width));
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            const QChar c = lines.at((y + quiet) / 2).at(x + quiet);
            const bool upper = (y + quiet) % 2 == 0;
            const bool block = c == QChar(0x2588) || (upper ? c == QChar(0x2580) : c == QChar(0x2584));
            modules[static_cast<size_t>(y * width + x)] = block == blockIsDark;
        }
    }
    return modules;
}

} // namespace

class TestQrText : public QObject
{
    Q_OBJECT
private slots:
    // Byte-mode capacities at level M (ISO/IEC 18004 table 7): 14 bytes fit version 1, 26 version 2,
    // 2331 version 40.
    void versionFollowsTheData_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("version");
        QTest::newRow("1 byte") << 1 << 1;
        QTest::newRow("14 bytes") << 14 << 1;
        QTest::newRow("15 bytes") << 15 << 2;
        QTest::newRow("26 bytes") << 26 << 2;
        QTest::newRow("27 bytes") << 27 << 3;
        QTest::newRow("2331 bytes") << 2331 << 40;
    }
    void versionFollowsTheData()
    {
        QFETCH(int, bytes);
        QFETCH(int, version);
        const QrMatrix m = take(encodeQrMatrix(QByteArray(bytes, '\xA5')));
        QCOMPARE(m.version, version);
        QCOMPARE(m.width, 17 + 4 * version);
        QCOMPARE(m.modules.size(), static_cast<size_t>(m.width * m.width));
        QVERIFY(isFinder(m, 0, 0));
        QVERIFY(isFinder(m, m.width - 7, 0));
        QVERIFY(isFinder(m, 0, m.width - 7));
        // The timing patterns between the finders alternate, starting dark.
        for (int i = 8; i < m.width - 8; ++i) {
            QCOMPARE(m.dark(i, 6), i % 2 == 0);
            QCOMPARE(m.dark(6, i), i % 2 == 0);
        }
        QVERIFY(m.dark(8, m.width - 8)); // the dark module every symbol has
    }

    void binaryDataWithZeros()
    {
        // A verification payload holds zero bytes; it must not be cut at the first one.
        const QrMatrix zeros = take(encodeQrMatrix(QByteArray(100, '\0')));
        QCOMPARE(zeros.version, 6); // 100 bytes at level M need version 6 (84 fit version 5)
    }

    void tooLongOrEmpty()
    {
        const Result<QrMatrix> tooLong = encodeQrMatrix(QByteArray(2332, 'x'));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().errcode, QStringLiteral("QR_TOO_LONG"));
        QVERIFY(!tooLong.error().message.isEmpty());
        QVERIFY(!encodeQrMatrix(QByteArray(100000, 'x')));
        QVERIFY(!encodeQrMatrix(QByteArray()));
        QVERIFY(encodeQrMatrix(QByteArray(3000, 'x'), QrErrorCorrection::High).error().errcode ==
                "QR_TOO_LONG");
    }

    void textDimensions_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("quiet");
        QTest::addColumn<bool>("lightOnDark");
        QTest::newRow("version 1, quiet 4") << 10 << 4 << true;
        QTest::newRow("version 1, quiet 1") << 10 << 1 << false;
        QTest::newRow("verification-sized, quiet 2") << 130 << 2 << true;
        QTest::newRow("no quiet zone") << 40 << 0 << false;
    }
    void textDimensions()
    {
        QFETCH(int, bytes);
        QFETCH(int, quiet);
        QFETCH(bool, lightOnDark);
        const QrMatrix m = take(encodeQrMatrix(QByteArray(bytes, 'q')));
        const QrTextColors colors = lightOnDark ? QrTextColors::LightOnDark : QrTextColors::DarkOnLight;
        const QString text = renderQrText(m, colors, quiet);
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        const QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
        const int side = m.width + 2 * quiet;
        QCOMPARE(lines.size(), (side + 1) / 2);
        for (const QString &line : lines) {
            QCOMPARE(line.size(), side);
            for (const QChar c : line)
                QVERIFY(c == QLatin1Char(' ') || c == QChar(0x2580) || c == QChar(0x2584) ||
                        c == QChar(0x2588));
        }
        // The quiet zone is all light: blocks on a dark terminal, spaces on a light one.
        const QChar light = lightOnDark ? QChar(0x2588) : QLatin1Char(' ');
        if (quiet >= 2) {
            QCOMPARE(lines.first(), QString(side, light));
            QCOMPARE(lines.last().left(quiet), QString(quiet, light));
        }
        QCOMPARE(readBack(lines, m.width, quiet, !lightOnDark), m.modules);
    }
};

QTEST_GUILESS_MAIN(TestQrText)
#include "tst_qr_text.moc"
