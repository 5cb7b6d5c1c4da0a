#pragma once
// Probes a video or audio file with Qt Multimedia for what an m.video / m.audio `info` carries: the
// duration, the pixel size and (video) a first frame for the thumbnail. Asynchronous on the calling
// thread's event loop, so the GUI never waits; capped at `timeoutMs`, after which whatever is known
// (possibly nothing) is reported, so a broken or huge file just goes out with less info.
#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

class QObject;

namespace lattice::desktop {

struct MediaProbeResult
{
    qint64 durationMs = -1; // -1: unknown
    QSize size;             // video only; invalid when unknown
    QImage frame;           // video only; null when none was decoded in time
};

// `done` runs exactly once, on the calling thread, unless `context` is destroyed first.
void probeMedia(const QString &path, bool video, int timeoutMs, QObject *context,
                std::function<void(MediaProbeResult)> done);

} // namespace lattice::desktop
