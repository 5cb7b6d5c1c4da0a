#pragma once
// Short video and audio clips for attachment tests, made with GStreamer's gst-launch-1.0
// (gstreamer1.0-tools): real containers that Qt Multimedia probes as it would a user's file.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace lattice::test {

// Runs `pipeline ! filesink` into dir/name; a missing tool or plugin is fatal (never a skip).
inline QString makeClip(const QString &dir, const QString &name, const QString &pipeline)
{
    const QString gst = QStandardPaths::findExecutable(QStringLiteral("gst-launch-1.0"));
    if (gst.isEmpty())
        qFatal("gst-launch-1.0 is missing (Debian: gstreamer1.0-tools)");
    const QString path = dir + QLatin1Char('/') + name;
    QProcess p;
    p.start(gst, QStringList{QStringLiteral("-q")} + QProcess::splitCommand(pipeline) +
                     QStringList{QStringLiteral("!"), QStringLiteral("filesink"),
                                 QStringLiteral("location=") + path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0 || !QFile::exists(path))
        qFatal("gst-launch-1.0 failed for %s: %s", qPrintable(name), p.readAllStandardError().constData());
    return path;
}

// 60 frames at 30 per second: 2 s of 320×240 VP8 in WebM (videotestsrc's colour bars, white first).
inline QString makeVideoClip(const QString &dir, const QString &name = QStringLiteral("clip.webm"))
{
    return makeClip(
        dir, name,
        QStringLiteral("videotestsrc num-buffers=60 ! video/x-raw,width=320,height=240,framerate=30/1 ! "
                       "vp8enc ! webmmux"));
}

// 100 buffers of 441 samples at 44.1 kHz: 1 s of a sine tone, Vorbis in Ogg.
inline QString makeAudioClip(const QString &dir, const QString &name = QStringLiteral("tone.ogg"))
{
    return makeClip(
        dir, name,
        QStringLiteral("audiotestsrc num-buffers=100 samplesperbuffer=441 ! audio/x-raw,rate=44100 ! "
                       "audioconvert ! vorbisenc ! oggmux"));
}

} // namespace lattice::test
