// The look of the desktop integration: the forced colour schemes (LATTICE_COLOR_SCHEME) and their
// text contrast, and the unread badge painted on the tray icon.
#include "color_scheme.h"
#include "tray_icon.h"

#include <QImage>
#include <QTest>
#include <cmath>

using namespace lattice::desktop;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int redPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.alpha() > 200 && c.red() > 180 && c.green() < 90 && c.blue() < 90;
        }
    }
    return n;
}

} // namespace

class TestDesktopLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemeNames()
    {
        QCOMPARE(colorSchemeFromName(QStringLiteral("dark")), ColorScheme::Dark);
        QCOMPARE(colorSchemeFromName(QStringLiteral(" Light ")), ColorScheme::Light);
        QCOMPARE(colorSchemeFromName(QString()), ColorScheme::System);
        QCOMPARE(colorSchemeFromName(QStringLiteral("purple")), ColorScheme::System);
    }

    void paletteContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << lightPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }
    void paletteContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(palette.color(QPalette::Window).lightnessF() < 0.5, dark);
        // WCAG AA for body text (4.5:1), placeholders at least 3:1.
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >=
                4.5);
        QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 3.0);
    }

    void trayBadge()
    {
        const QIcon app(QStringLiteral(LATTICE_TEST_DATA "/../../resources/icons/lattice.svg"));
        QVERIFY2(!app.pixmap(64, 64).isNull(), "the SVG icon engine (libqt6svg6) is missing");
        const QRect badgeArea(40, 0, 24, 24); // top right corner of the 64 px icon
        const QImage plain = TrayIcon::badgedIcon(app, 0).pixmap(64, 64).toImage();
        QCOMPARE(redPixels(plain, badgeArea), 0);
        const QImage five = TrayIcon::badgedIcon(app, 5).pixmap(64, 64).toImage();
        QVERIFY(redPixels(five, badgeArea) > 100);
        QVERIFY(five != TrayIcon::badgedIcon(app, 150).pixmap(64, 64).toImage()); // "99+" differs from "5"
        // The rest of the icon is untouched.
        QCOMPARE(five.pixelColor(10, 54), plain.pixelColor(10, 54));
    }
};

QTEST_MAIN(TestDesktopLook)
#include "test_desktop_look.moc"
