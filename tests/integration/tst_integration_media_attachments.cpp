// Video and audio attachments against a real Synapse: clips made with GStreamer are sent from the
// composer (AttachmentController), probed with Qt Multimedia on the way, and the events carry the
// duration, pixel size and (video) a thumbnail that downloads through image://mxc; the timeline's
// media role shows the duration. A file that is not really media still goes out, with less info.
#include "async_wait.h"
#include "desktop/attachment_controller.h"
#include "desktop/media_roles.h"
#include "desktop/mxc_image_provider.h"
#include "logged_in_account.h"
#include "media_clip.h"
#include "sent_attachment.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;
using namespace lattice::desktop;

namespace {

QImage loadThroughProvider(MxcImageProvider &provider, const QString &imageUrl, QString *error)
{
    const QString prefix = QStringLiteral("image://mxc/");
    if (!imageUrl.startsWith(prefix))
        qFatal("not an image://mxc URL: %s", qPrintable(imageUrl));
    std::unique_ptr<QQuickImageResponse> response(
        provider.requestImageResponse(imageUrl.mid(prefix.size()), QSize()));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    if (!finished.wait(30000))
        qFatal("the image provider did not answer for %s", qPrintable(imageUrl));
    *error = response->errorString();
    std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
    return factory ? factory->image() : QImage();
}

} // namespace

class TestIntegrationMediaAttachments : public QObject
{
    Q_OBJECT
    Account m_account;
    QString m_roomId;
    QTemporaryDir m_files;
    std::unique_ptr<AttachmentController> m_attachments;

    // Sends one file and returns the event's content as the server has it.
    QJsonObject sendAndFetch(const QString &path)
    {
        const QString eventId = sendAttachment(*m_attachments, *m_account.session, path);
        const RawReply event =
            request("GET",
                    QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_roomId)), eventId),
                    {}, m_account.user.accessToken);
        if (event.status != 200)
            qFatal("event fetch failed: %d", event.status);
        return event.body.value(QLatin1String("content")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_account = loggedIn(QStringLiteral("media"));
        CreateRoomOptions options;
        options.name = QStringLiteral("Clips");
        auto room = await<QString>([&](auto done) { m_account.session->createRoom(options, done); });
        QVERIFY2(room.ok(), qPrintable(room.ok() ? QString() : room.error().describe()));
        m_roomId = *room;
        m_attachments =
            std::make_unique<AttachmentController>(*m_account.session, m_roomId, [] { return false; });
    }

    void videoCarriesDurationSizeAndThumbnail()
    {
        const QString path = makeVideoClip(m_files.path()); // 2 s of 320×240
        const QJsonObject content = sendAndFetch(path);
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.video"));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("mimetype")).toString(), QStringLiteral("video/webm"));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), QFileInfo(path).size());
        const qint64 duration = info.value(QLatin1String("duration")).toInteger();
        QVERIFY2(duration >= 1900 && duration <= 2100, qPrintable(QString::number(duration)));
        QCOMPARE(info.value(QLatin1String("w")).toInt(), 320);
        QCOMPARE(info.value(QLatin1String("h")).toInt(), 240);
        const QJsonObject thumbInfo = info.value(QLatin1String("thumbnail_info")).toObject();
        QCOMPARE(thumbInfo.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(thumbInfo.value(QLatin1String("w")).toInt(), 320);
        QCOMPARE(thumbInfo.value(QLatin1String("h")).toInt(), 240);
        QVERIFY(thumbInfo.value(QLatin1String("size")).toInteger() > 0);
        QVERIFY(MxcUri::parse(info.value(QLatin1String("thumbnail_url")).toString()).ok());

        // The timeline: the duration, and the thumbnail through the authenticated provider.
        const QVariantMap media =
            mediaRole(QStringLiteral("m.room.message"), content.toVariantMap(), /*redacted=*/false);
        QCOMPARE(media.value(QStringLiteral("duration")).toLongLong(), duration);
        MxcImageProvider provider(m_account.session->media());
        QString error;
        const QImage thumb =
            loadThroughProvider(provider, media.value(QStringLiteral("thumbnail")).toString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(thumb.size(), QSize(320, 240));
        // videotestsrc's first frame starts with a white bar on the left, then yellow.
        QVERIFY2(thumb.pixelColor(10, 10).lightness() > 200, qPrintable(thumb.pixelColor(10, 10).name()));
    }

    void audioCarriesDuration()
    {
        const QString path = makeAudioClip(m_files.path()); // 1 s
        const QJsonObject content = sendAndFetch(path);
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.audio"));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QVERIFY2(info.value(QLatin1String("mimetype")).toString().startsWith(QLatin1String("audio/")),
                 qPrintable(info.value(QLatin1String("mimetype")).toString()));
        const qint64 duration = info.value(QLatin1String("duration")).toInteger();
        QVERIFY2(duration >= 900 && duration <= 1100, qPrintable(QString::number(duration)));
        QVERIFY(!info.contains(QLatin1String("thumbnail_info")));
        QVERIFY(!info.contains(QLatin1String("w")));
    }

    void brokenVideoGoesOutWithoutProbedInfo()
    {
        // Named and typed as WebM, but noise: the probe gives up and the file is still sent.
        const QString path = m_files.path() + QStringLiteral("/broken.webm");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x1a\x45\xdf\xa3", 4) + QByteArray(20000, '\x5a'));
        f.close();
        const QJsonObject content = sendAndFetch(path);
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.video"));
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), QFileInfo(path).size());
        QVERIFY(!info.contains(QLatin1String("duration")));
        QVERIFY(!info.contains(QLatin1String("thumbnail_info")));
    }
};

QTEST_MAIN(TestIntegrationMediaAttachments)
#include "tst_integration_media_attachments.moc"
