// Video and audio attachments into an encrypted room, end to end: the app's composer path
// (AttachmentController: Qt Multimedia probe, thumbnail, uploadEncrypted, send queue) sends clips
// made with GStreamer, and matrix-nio, which shares no code with Lattice, receives them. The server
// holds only m.room.encrypted; nio decrypts it to m.video / m.audio whose files are EncryptedFiles
// (spec: "Sending encrypted attachments", m.video's VideoInfo, m.audio's AudioInfo), and downloading
// and decrypting them gives back the clip's bytes and a thumbnail image of the stated size. A second
// Lattice account in the room gets the video as the timeline would show it: the media role, the
// thumbnail through the image provider, and the decrypted file that the player is given.
#include "async_wait.h"
#include "desktop/attachment_controller.h"
#include "desktop/encrypted_files.h"
#include "desktop/media_downloads.h"
#include "desktop/media_roles.h"
#include "desktop/mxc_image_provider.h"
#include "e2ee_settle.h"
#include "logged_in_account.h"
#include "media_clip.h"
#include "peer_process.h"
#include "room_membership.h"
#include "sent_attachment.h"
#include "store/event_lookup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QQuickImageResponse>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;
using namespace lattice::desktop;

namespace {

const int kWaitMs = 60000;

QString sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger(-1);
}

// Unpadded base64 as the spec's EncryptedFile uses (base64url for the JWK's k); empty when invalid.
QByteArray unbase64(const QString &s, bool url = false)
{
    auto decoded = QByteArray::fromBase64Encoding(
        s.toLatin1(), (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                          QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

// An EncryptedFile as the spec defines it (definitions/encrypted_file.yaml), with `what` in messages.
void checkEncryptedFile(const QJsonObject &file, const char *what)
{
    QVERIFY2(str(file, "url").startsWith(QLatin1String("mxc://")), what);
    QCOMPARE(str(file, "v"), QStringLiteral("v2"));
    const QJsonObject key = obj(file, "key");
    QCOMPARE(str(key, "kty"), QStringLiteral("oct"));
    QCOMPARE(str(key, "alg"), QStringLiteral("A256CTR"));
    QCOMPARE(key.value(QLatin1String("ext")).toBool(), true);
    const QJsonArray ops = key.value(QLatin1String("key_ops")).toArray();
    QVERIFY2(ops.contains(QStringLiteral("encrypt")) && ops.contains(QStringLiteral("decrypt")), what);
    QCOMPARE(unbase64(str(key, "k"), /*url=*/true).size(), 32); // AES-256
    const QByteArray iv = unbase64(str(file, "iv"));
    QCOMPARE(iv.size(), 16);
    QVERIFY2(iv.endsWith(QByteArray(8, '\0')), "the counter half of the IV must start at zero");
    QCOMPARE(unbase64(str(obj(file, "hashes"), "sha256")).size(), 32);
}

} // namespace

class TestInteropEncryptedMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Account m_lattice;
    Account m_bob; // a second Lattice user who views what arrives
    QString m_videoPath;
    QString m_videoEventId;
    TestUser m_nioUser;
    std::unique_ptr<PeerProcess> m_nio;
    QString m_room;
    std::unique_ptr<AttachmentController> m_attachments;

    // What nio received: the server's event, the clear event, and the decrypted files' digests.
    QJsonObject received(const QString &eventId)
    {
        auto got = m_nio->call(QStringLiteral("wait_media"),
                               {{QStringLiteral("room"), m_room},
                                {QStringLiteral("event_id"), eventId},
                                {QStringLiteral("sender"), m_lattice.user.userId},
                                {QStringLiteral("timeout_ms"), kWaitMs}},
                               kWaitMs + 10000);
        if (!got) {
            m_nio->printLog();
            qFatal("nio did not get %s: %s", qPrintable(eventId), qPrintable(got.error().describe()));
        }
        return *got;
    }

    // The server sees Megolm ciphertext only: nothing of the message's content in the clear.
    static void checkServerSeesCiphertext(const QJsonObject &got)
    {
        const QJsonObject server = obj(got, "server_event");
        QCOMPARE(str(server, "type"), QStringLiteral("m.room.encrypted"));
        const QJsonObject content = obj(server, "content");
        QCOMPARE(str(content, "algorithm"), QStringLiteral("m.megolm.v1.aes-sha2"));
        QVERIFY(!str(content, "ciphertext").isEmpty());
        for (const char *clear : {"msgtype", "body", "url", "file", "info"})
            QVERIFY2(!content.contains(QLatin1String(clear)), clear);
        QVERIFY2(got.value(QLatin1String("decrypted")).toBool(), "nio did not decrypt the event");
        QCOMPARE(str(got, "type"), QStringLiteral("m.room.message"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lattice = loggedIn(QStringLiteral("latmedia"));
        QVERIFY2(settle(*m_lattice.session), "the E2EE service never became idle after login");
        m_bob = loggedIn(QStringLiteral("latviewer"));
        QVERIFY2(settle(*m_bob.session), "the viewer's E2EE service never became idle after login");
        m_nioUser = registerUser(QStringLiteral("niomedia"));
        auto nio = PeerProcess::nio(m_dir.filePath(QStringLiteral("nio")), QStringLiteral("nio"));
        QVERIFY2(nio, qPrintable(nio ? QString() : nio.error().describe()));
        m_nio = std::move(*nio);
        auto login = m_nio->call(QStringLiteral("login"),
                                 {{QStringLiteral("homeserver"), homeserverUrl().toString()},
                                  {QStringLiteral("user"), m_nioUser.localpart},
                                  {QStringLiteral("password"), m_nioUser.password}},
                                 90000);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().describe()));

        CreateRoomOptions options;
        options.name = QStringLiteral("Clips (encrypted)");
        options.encrypted = true;
        options.invite = {m_nioUser.userId, m_bob.user.userId};
        auto room = await<QString>([&](auto done) { m_lattice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_room = *room;
        auto joined = m_nio->call(QStringLiteral("join"), {{QStringLiteral("room"), m_room}});
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().describe()));
        auto bobJoined = await<QString>([&](auto done) { m_bob.session->joinRoom(m_room, done); });
        QVERIFY2(bobJoined, qPrintable(bobJoined ? QString() : bobJoined.error().describe()));
        Session &session = *m_lattice.session;
        session.syncLoop().start(2000);
        m_bob.session->syncLoop().start(2000);
        // The room key goes to the members Lattice knows: wait until it has seen both join.
        for (const QString &user : {m_nioUser.userId, m_bob.user.userId})
            QVERIFY2(QTest::qWaitFor([&] { return isJoined(session, m_room, user); }, kWaitMs),
                     qPrintable(QStringLiteral("Lattice never saw %1 join").arg(user)));
        // As the app's RoomController: the room's encryption decides how files go up.
        m_attachments = std::make_unique<AttachmentController>(session, m_room, [] { return true; });
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_nio)
            m_nio->printLog();
    }

    void cleanupTestCase()
    {
        if (m_lattice.session)
            m_lattice.session->syncLoop().stop();
        if (m_bob.session)
            m_bob.session->syncLoop().stop();
    }

    void videoArrivesEncryptedWithThumbnail()
    {
        const QString path = makeVideoClip(m_dir.path()); // 2 s of 320×240
        m_videoPath = path;
        m_videoEventId = sendAttachment(*m_attachments, *m_lattice.session, path, kWaitMs);
        const QJsonObject got = received(m_videoEventId);
        checkServerSeesCiphertext(got);

        const QJsonObject content = obj(got, "content");
        QCOMPARE(str(content, "msgtype"), QStringLiteral("m.video"));
        QCOMPARE(str(content, "body"), QStringLiteral("clip.webm"));
        QVERIFY2(!content.contains(QLatin1String("url")), "a plain url beside the EncryptedFile");
        checkEncryptedFile(obj(content, "file"), "file");
        const QJsonObject info = obj(content, "info");
        QCOMPARE(str(info, "mimetype"), QStringLiteral("video/webm"));
        QCOMPARE(num(info, "size"), QFileInfo(path).size());
        QVERIFY2(num(info, "duration") >= 1900 && num(info, "duration") <= 2100,
                 qPrintable(QString::number(num(info, "duration"))));
        QCOMPARE(num(info, "w"), 320);
        QCOMPARE(num(info, "h"), 240);

        // The thumbnail is encrypted too, with a key and IV of its own.
        QVERIFY2(!info.contains(QLatin1String("thumbnail_url")), "a plain thumbnail in an encrypted room");
        const QJsonObject thumbFile = obj(info, "thumbnail_file");
        checkEncryptedFile(thumbFile, "thumbnail_file");
        QVERIFY(str(obj(thumbFile, "key"), "k") != str(obj(obj(content, "file"), "key"), "k"));
        QVERIFY(str(thumbFile, "iv") != str(obj(content, "file"), "iv"));
        const QJsonObject thumbInfo = obj(info, "thumbnail_info");
        QCOMPARE(str(thumbInfo, "mimetype"), QStringLiteral("image/jpeg"));
        QCOMPARE(num(thumbInfo, "w"), 320);
        QCOMPARE(num(thumbInfo, "h"), 240);

        // Downloaded and decrypted by nio (which checks the ciphertext's hash first).
        const QJsonObject file = obj(got, "file");
        QCOMPARE(num(file, "size"), QFileInfo(path).size());
        QCOMPARE(str(file, "sha256"), sha256Hex(path));
        const QJsonObject thumb = obj(got, "thumbnail");
        QCOMPARE(num(thumb, "size"), num(thumbInfo, "size"));
        const QImage image =
            QImage::fromData(QByteArray::fromBase64(str(thumb, "base64").toLatin1()), "JPEG");
        QVERIFY2(!image.isNull(), "the decrypted thumbnail is not a JPEG");
        QCOMPARE(image.size(), QSize(num(thumbInfo, "w"), num(thumbInfo, "h")));
        // videotestsrc's first frame starts with a white bar on the left.
        QVERIFY2(image.pixelColor(10, 10).lightness() > 200, qPrintable(image.pixelColor(10, 10).name()));
    }

    void audioArrivesEncryptedWithDuration()
    {
        const QString path = makeAudioClip(m_dir.path()); // 1 s
        const QJsonObject got = received(sendAttachment(*m_attachments, *m_lattice.session, path, kWaitMs));
        checkServerSeesCiphertext(got);

        const QJsonObject content = obj(got, "content");
        QCOMPARE(str(content, "msgtype"), QStringLiteral("m.audio"));
        QCOMPARE(str(content, "body"), QStringLiteral("tone.ogg"));
        QVERIFY2(!content.contains(QLatin1String("url")), "a plain url beside the EncryptedFile");
        checkEncryptedFile(obj(content, "file"), "file");
        const QJsonObject info = obj(content, "info");
        QVERIFY2(str(info, "mimetype").startsWith(QLatin1String("audio/")),
                 qPrintable(str(info, "mimetype")));
        QCOMPARE(num(info, "size"), QFileInfo(path).size());
        QVERIFY2(num(info, "duration") >= 900 && num(info, "duration") <= 1100,
                 qPrintable(QString::number(num(info, "duration"))));
        // AudioInfo has no picture.
        for (const char *absent : {"thumbnail_file", "thumbnail_url", "thumbnail_info", "w", "h"})
            QVERIFY2(!info.contains(QLatin1String(absent)), absent);
        QVERIFY(!got.contains(QLatin1String("thumbnail")));

        const QJsonObject file = obj(got, "file");
        QCOMPARE(num(file, "size"), QFileInfo(path).size());
        QCOMPARE(str(file, "sha256"), sha256Hex(path));
    }

    // What Bob's timeline is given for the video: the media role from the event his device decrypted,
    // the thumbnail as QML loads it (image://mxc, decrypted by the provider), and the clip for the player.
    void latticeViewerGetsThePlayableVideo()
    {
        QVERIFY2(!m_videoEventId.isEmpty(), "the video test did not send");
        Session &bob = *m_bob.session;
        QJsonObject content;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         auto stored = findEvent(bob.reader(), m_videoEventId);
                         if (stored.ok() && stored->has_value() && (*stored)->decrypted)
                             content = (*stored)->json.value(QLatin1String("content")).toObject();
                         return !content.isEmpty();
                     },
                     kWaitMs),
                 "Bob's device never decrypted the video");
        EncryptedFiles registry;
        const QVariantMap media = mediaRole(QStringLiteral("m.room.message"), content.toVariantMap(),
                                            /*redacted=*/false, &registry);
        QCOMPARE(media.value(QStringLiteral("kind")).toString(), QStringLiteral("video"));
        QCOMPARE(media.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(media.value(QStringLiteral("width")).toInt(), 320);
        QCOMPARE(media.value(QStringLiteral("height")).toInt(), 240);
        const qint64 duration = media.value(QStringLiteral("duration")).toLongLong();
        QVERIFY2(duration >= 1900 && duration <= 2100, qPrintable(QString::number(duration)));

        const QString thumbnail = media.value(QStringLiteral("thumbnail")).toString();
        QVERIFY2(thumbnail.startsWith(QLatin1String("image://mxc/_encrypted/")), qPrintable(thumbnail));
        MxcImageProvider provider(bob.media(), &registry);
        std::unique_ptr<QQuickImageResponse> response(
            provider.requestImageResponse(thumbnail.mid(QStringLiteral("image://mxc/").size()), QSize()));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(response->errorString().isEmpty(), qPrintable(response->errorString()));
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        QVERIFY(factory);
        QCOMPARE(factory->image().size(), QSize(320, 240));

        QTemporaryDir downloadsDir;
        MediaDownloads downloads(bob.media(), downloadsDir.path());
        downloads.setEncryptedFiles(&registry);
        MediaDownload *d = downloads.forPlayback(media.value(QStringLiteral("fileRef")).toString(),
                                                 media.value(QStringLiteral("filename")).toString());
        QVERIFY(d);
        QSignalSpy changed(d, &MediaDownload::changed);
        d->start();
        while (d->stateValue() == MediaDownload::State::Downloading)
            QVERIFY(changed.wait(kWaitMs));
        QVERIFY2(d->stateValue() == MediaDownload::State::Ready, qPrintable(d->errorText()));
        QCOMPARE(sha256Hex(d->localPath()), sha256Hex(m_videoPath));
    }
};

QTEST_MAIN(TestInteropEncryptedMedia)
#include "tst_interop_encrypted_media.moc"
