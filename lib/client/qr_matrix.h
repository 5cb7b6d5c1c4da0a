#pragma once
// A QR code symbol as a grid of modules, encoded by libqrencode in byte mode as a single segment (what the
// verification spec requires of its codes; ISO/IEC 18004). Renderers (the desktop's image provider, the
// terminal's half blocks) draw from this grid; they add the light quiet zone around it.
#include "protocol/error.h"

#include <QByteArray>
#include <vector>

namespace lattice {

// The light border the standard asks for on every side, in modules.
inline constexpr int qrQuietZone = 4;

enum class QrErrorCorrection { Low, Medium, Quartile, High };

struct QrMatrix
{
    int version = 0;           // 1-40: the symbol's size class
    int width = 0;             // modules per side, without the quiet zone (17 + 4 × version)
    std::vector<bool> modules; // row by row; true is dark

    bool dark(int x, int y) const
    {
        return modules[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
    }
};

// Bytes too long for the largest symbol at this level: an Error with errcode QR_TOO_LONG.
Result<QrMatrix> encodeQrMatrix(const QByteArray &bytes, QrErrorCorrection level = QrErrorCorrection::Medium);

} // namespace lattice
