#pragma once
// Light and dark: the app follows the platform's palette (the desktop's colour scheme). The
// LATTICE_COLOR_SCHEME environment variable ("light" or "dark") overrides it, e.g. for tests and
// screenshots under Xvfb or the offscreen platform, where no desktop says which one it wants.
#include <QPalette>
#include <QString>

namespace lattice::desktop {

enum class ColorScheme { System, Light, Dark };

// From LATTICE_COLOR_SCHEME's value; anything else (or empty) is System.
ColorScheme colorSchemeFromName(const QString &name);
// The palettes used when a scheme is forced (Fusion's roles, WCAG AA text contrast).
QPalette lightPalette();
QPalette darkPalette();
// Applies LATTICE_COLOR_SCHEME to the application palette; call before the QML engine starts.
void applyColorSchemeOverride();

} // namespace lattice::desktop
