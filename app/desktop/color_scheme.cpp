#include "color_scheme.h"

#include <QGuiApplication>

namespace lattice::desktop {

ColorScheme colorSchemeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dark"))
        return ColorScheme::Dark;
    if (n == QLatin1String("light"))
        return ColorScheme::Light;
    return ColorScheme::System;
}

namespace {

QPalette makePalette(QColor window, QColor base, QColor alternate, QColor text, QColor button,
                     QColor highlight, QColor highlightedText, QColor link, QColor placeholder, bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(dark ? 80 : 120));
    // Fusion draws frames and separators from these.
    p.setColor(QPalette::Light, button.lighter(dark ? 130 : 110));
    p.setColor(QPalette::Midlight, button.lighter(dark ? 115 : 105));
    p.setColor(QPalette::Mid, dark ? button.lighter(150) : button.darker(130));
    p.setColor(QPalette::Dark, button.darker(dark ? 150 : 160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, placeholder);
    return p;
}

} // namespace

QPalette lightPalette()
{
    return makePalette(QColor(0xef, 0xf0, 0xf1), Qt::white, QColor(0xf5, 0xf5, 0xf6),
                       QColor(0x23, 0x26, 0x29), QColor(0xe6, 0xe7, 0xe9), QColor(0x2a, 0x6f, 0xdb),
                       Qt::white, QColor(0x1a, 0x5f, 0xb4), QColor(0x6b, 0x70, 0x75), false);
}

QPalette darkPalette()
{
    // Base lighter than Window: Fusion outlines fields with Window darkened, which must show on Base.
    return makePalette(QColor(0x1f, 0x22, 0x26), QColor(0x2a, 0x2d, 0x32), QColor(0x30, 0x34, 0x39),
                       QColor(0xe6, 0xe8, 0xea), QColor(0x2d, 0x31, 0x36), QColor(0x2f, 0x6b, 0xc9),
                       Qt::white, QColor(0x7c, 0xb3, 0xff), QColor(0x9a, 0xa0, 0xa6), true);
}

void applyColorSchemeOverride()
{
    switch (colorSchemeFromName(qEnvironmentVariable("LATTICE_COLOR_SCHEME"))) {
    case ColorScheme::Dark:
        QGuiApplication::setPalette(darkPalette());
        break;
    case ColorScheme::Light:
        QGuiApplication::setPalette(lightPalette());
        break;
    case ColorScheme::System:
        break;
    }
}

} // namespace lattice::desktop
