#pragma once
// An image's width and height from its header (PNG, JPEG, GIF, WebP), without decoding it and
// without QtGui: lattice-cli needs no more than this for an upload's "info", and not linking QtGui
// keeps its memory small.
#include <QSize>

class QIODevice;

namespace lattice::cli {

// The size stored in the header of the image `device` holds (read from its current position),
// or an invalid QSize when the format is not one of those or the header is cut off or malformed.
QSize imageSizeFromHeader(QIODevice &device);

} // namespace lattice::cli
