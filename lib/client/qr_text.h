#pragma once
// A QR code drawn with Unicode half blocks (▀ ▄ █ and spaces) for a terminal: one character per module
// column and two module rows per line, so the code stays square in a typical 1:2 character cell.
#include "client/qr_matrix.h"

#include <QString>

namespace lattice {

enum class QrTextColors {
    // Blocks draw the light modules: right for the usual light text on a dark terminal background.
    LightOnDark,
    // Blocks draw the dark modules: for dark text on a light background (or printing).
    DarkOnLight,
};

// Lines joined by '\n' (with a final '\n'): (width + 2 × quietZone) characters each,
// ceil((width + 2 × quietZone) / 2) lines.
QString renderQrText(const QrMatrix &matrix, QrTextColors colors = QrTextColors::LightOnDark,
                     int quietZone = qrQuietZone);

} // namespace lattice
