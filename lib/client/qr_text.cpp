#include "qr_text.h"

namespace lattice {

QString renderQrText(const QrMatrix &matrix, QrTextColors colors, int quietZone)
{
    const int side = matrix.width + 2 * quietZone;
    // A module of the quiet zone (or the padding row below an odd side) is light.
    const auto dark = [&](int x, int y) {
        const int mx = x - quietZone, my = y - quietZone;
        return mx >= 0 && my >= 0 && mx < matrix.width && my < matrix.width && matrix.dark(mx, my);
    };
    const bool blockIsDark = colors == QrTextColors::DarkOnLight;
    QString out;
    out.reserve((side + 1) * (side + 1) / 2);
    for (int y = 0; y < side; y += 2) {
        for (int x = 0; x < side; ++x) {
            const bool top = dark(x, y) == blockIsDark;
            // Below an odd side the padding row is light, like the quiet zone.
            const bool bottom = (y + 1 < side ? dark(x, y + 1) : false) == blockIsDark;
            out.append(top && bottom ? QChar(0x2588) // █
                       : top         ? QChar(0x2580) // ▀
                       : bottom      ? QChar(0x2584) // ▄
                                     : QLatin1Char(' '));
        }
        out.append(QLatin1Char('\n'));
    }
    return out;
}

} // namespace lattice
