#include "media_probe.h"

#include <QAudioOutput>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <memory>

namespace lattice::desktop {

void probeMedia(const QString &path, bool video, int timeoutMs, QObject *context,
                std::function<void(MediaProbeResult)> done)
{
    // The player is parented to `context`: if that goes, the probe goes with it and `done` never runs.
    auto *player = new QMediaPlayer(context);
    auto *timer = new QTimer(player);
    auto result = std::make_shared<MediaProbeResult>();
    auto finished = std::make_shared<bool>(false);

    auto finish = [player, result, finished, done] {
        if (*finished)
            return;
        *finished = true;
        player->stop();
        player->deleteLater();
        done(*result);
    };
    auto complete = [result, video] {
        return result->durationMs >= 0 && (!video || !result->frame.isNull());
    };
    auto readMetaData = [player, result] {
        if (player->duration() > 0)
            result->durationMs = player->duration();
        const QSize resolution = player->metaData().value(QMediaMetaData::Resolution).toSize();
        if (resolution.isValid() && !resolution.isEmpty())
            result->size = resolution;
    };

    if (!video) {
        // GStreamer stops a pipeline whose audio has nowhere to go, before Ogg gives its duration.
        auto *silent = new QAudioOutput(player);
        silent->setMuted(true);
        player->setAudioOutput(silent);
    }
    if (video) {
        auto *sink = new QVideoSink(player);
        player->setVideoSink(sink);
        QObject::connect(sink, &QVideoSink::videoFrameChanged, player,
                         [result, finish, complete, readMetaData](const QVideoFrame &frame) {
                             if (!result->frame.isNull() || !frame.isValid())
                                 return;
                             const QImage image = frame.toImage();
                             if (image.isNull())
                                 return;
                             result->frame = image;
                             if (!result->size.isValid())
                                 result->size = image.size();
                             readMetaData();
                             if (complete())
                                 finish();
                         });
    }
    QObject::connect(player, &QMediaPlayer::durationChanged, player, [readMetaData, complete, finish] {
        readMetaData();
        if (complete())
            finish();
    });
    QObject::connect(player, &QMediaPlayer::mediaStatusChanged, player,
                     [player, readMetaData, complete, finish](QMediaPlayer::MediaStatus status) {
                         if (status == QMediaPlayer::InvalidMedia)
                             return finish();
                         if (status != QMediaPlayer::LoadedMedia)
                             return;
                         readMetaData();
                         if (complete())
                             return finish();
                         // The first frame, and for some containers (Ogg) the duration, only
                         // arrive while playing; with no QAudioOutput nothing is heard.
                         player->play();
                     });
    QObject::connect(player, &QMediaPlayer::errorOccurred, player, [finish] { finish(); });
    QObject::connect(timer, &QTimer::timeout, player, [readMetaData, finish] {
        readMetaData();
        finish();
    });
    timer->setSingleShot(true);
    timer->start(timeoutMs);
    player->setSource(QUrl::fromLocalFile(path));
}

} // namespace lattice::desktop
