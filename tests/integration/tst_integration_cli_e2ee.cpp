// lattice-cli in an encrypted room, through the built executable against a real Synapse: two accounts
// (each its own data dir, device and keyring entry). Alice creates the room with `create-room
// --encrypted`, Bob joins; Alice's `send` reaches the server as Megolm ciphertext and Bob's `history`
// prints it decrypted; Bob's running `tail` prints a new message in clear as it arrives; Alice's
// `upload` of an image goes up as an EncryptedFile in an encrypted event, and Bob's `download
// --file-json` of that "file" gives back the same bytes.
#include "test_homeserver.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice::test;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

// The printed event whose content has this body, or an empty object.
QJsonObject withBody(const QList<QJsonObject> &events, const QString &body)
{
    for (const QJsonObject &e : events)
        if (e.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString() == body)
            return e;
    return {};
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestIntegrationCliE2ee : public QObject
{
    Q_OBJECT
    QTemporaryDir m_alice;
    QTemporaryDir m_bob;
    QTemporaryDir m_files;
    TestUser m_aliceUser;
    TestUser m_bobUser;
    QString m_room;

    static QStringList in(const QTemporaryDir &dir, const QStringList &args)
    {
        return QStringList{QStringLiteral("--data-dir"), dir.path()} + args;
    }

    static void login(const QTemporaryDir &dir, const TestUser &user)
    {
        const CliResult r =
            runCli(in(dir, {QStringLiteral("login"), QStringLiteral("--homeserver"),
                            homeserverUrl().toString(), QStringLiteral("--user"), user.localpart}),
                   user.password.toUtf8() + "\n");
        if (r.exitCode != 0)
            qFatal("lattice-cli login failed: %s", qPrintable(describe(r)));
    }

    // The event as the server stores it (what anyone but the members' devices sees).
    QJsonObject onServer(const QString &eventId) const
    {
        const RawReply r = request("GET",
                                   QStringLiteral("/_matrix/client/v3/rooms/%1/event/%2")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_room)),
                                            QString::fromLatin1(QUrl::toPercentEncoding(eventId))),
                                   {}, m_aliceUser.accessToken);
        return r.status == 200 ? r.body : QJsonObject();
    }

    // Bob's history until `body` is there decrypted (a room key may arrive a sync later than the event).
    QJsonObject bobReads(const QString &body)
    {
        QJsonObject event;
        for (int i = 0; i < 10 && !event.value(QLatin1String("decrypted")).toBool(); ++i) {
            if (i > 0)
                QTest::qWait(1000);
            const CliResult history =
                runCli(in(m_bob, {QStringLiteral("history"), m_room, QStringLiteral("50")}));
            if (history.exitCode != 0)
                qFatal("history failed: %s", qPrintable(describe(history)));
            event = withBody(jsonLines(history.out), body);
        }
        return event;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_aliceUser = registerUser(QStringLiteral("clialice"));
        m_bobUser = registerUser(QStringLiteral("clibob"));
        login(m_alice, m_aliceUser);
        login(m_bob, m_bobUser);
    }

    void createEncryptedRoomAndJoin()
    {
        const CliResult created = runCli(in(
            m_alice, {QStringLiteral("create-room"), QStringLiteral("--encrypted"), QStringLiteral("--name"),
                      QStringLiteral("CLI secrets"), QStringLiteral("--invite"), m_bobUser.userId}));
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        m_room = QString::fromUtf8(created.out.trimmed());
        QVERIFY2(m_room.startsWith(QLatin1Char('!')), qPrintable(describe(created)));
        const RawReply encryption =
            request("GET",
                    QStringLiteral("/_matrix/client/v3/rooms/%1/state/m.room.encryption/")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_room))),
                    {}, m_aliceUser.accessToken);
        QCOMPARE(encryption.status, 200);
        QCOMPARE(encryption.body.value(QLatin1String("algorithm")).toString(),
                 QStringLiteral("m.megolm.v1.aes-sha2"));
        const CliResult joined = runCli(in(m_bob, {QStringLiteral("join"), m_room}));
        QVERIFY2(joined.exitCode == 0, qPrintable(describe(joined)));
    }

    void sendIsEncryptedAndHistoryDecrypts()
    {
        const QString body = QStringLiteral("the secret word is lattice");
        const CliResult sent = runCli(in(m_alice, {QStringLiteral("send"), m_room, body}));
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        const QString eventId = QString::fromUtf8(sent.out.trimmed());
        QVERIFY(eventId.startsWith(QLatin1Char('$')));
        const QJsonObject stored = onServer(eventId);
        QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("m.room.encrypted"));
        QVERIFY(!QJsonDocument(stored).toJson().contains(body.toUtf8()));

        const QJsonObject read = bobReads(body);
        QVERIFY2(read.value(QLatin1String("decrypted")).toBool(),
                 "Bob's history never printed the message in clear");
        QCOMPARE(read.value(QLatin1String("event_id")).toString(), eventId);
        QCOMPARE(read.value(QLatin1String("type")).toString(), QStringLiteral("m.room.message"));
        QCOMPARE(read.value(QLatin1String("sender")).toString(), m_aliceUser.userId);
        // The sender reads its own message too (its own inbound copy of the session).
        const CliResult own = runCli(in(m_alice, {QStringLiteral("history"), m_room}));
        QVERIFY2(own.exitCode == 0, qPrintable(describe(own)));
        QVERIFY(withBody(jsonLines(own.out), body).value(QLatin1String("decrypted")).toBool());
    }

    void tailPrintsNewMessagesInClear()
    {
        QProcess tail;
        tail.start(QStringLiteral(LATTICE_CLI), in(m_bob, {QStringLiteral("tail"), m_room,
                                                           QStringLiteral("--lines"), QStringLiteral("0")}));
        QVERIFY(tail.waitForStarted());
        auto stop = qScopeGuard([&] {
            tail.kill();
            tail.waitForFinished();
        });
        // tail prints nothing until it has synced once; give it that sync before the message goes out.
        QTest::qWait(3000);
        QVERIFY2(tail.state() == QProcess::Running, tail.readAllStandardError().constData());
        const QString body = QStringLiteral("live and encrypted");
        const CliResult sent = runCli(in(m_alice, {QStringLiteral("send"), m_room, body}));
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        QByteArray out;
        QJsonObject seen;
        QVERIFY2(
            QTest::qWaitFor(
                [&] {
                    out += tail.readAllStandardOutput();
                    seen = withBody(jsonLines(out), body);
                    return !seen.isEmpty();
                },
                60000),
            qPrintable(QStringLiteral("tail did not print the message; stdout: %1; stderr: %2")
                           .arg(QString::fromUtf8(out), QString::fromUtf8(tail.readAllStandardError()))));
        QVERIFY(seen.value(QLatin1String("decrypted")).toBool());
        QCOMPARE(seen.value(QLatin1String("event_id")).toString(), QString::fromUtf8(sent.out.trimmed()));
    }

    void uploadedImageDownloadsWithFileJson()
    {
        QImage image(QSize(120, 80), QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString path = m_files.filePath(QStringLiteral("cli secret.png"));
        QVERIFY(image.save(path, "PNG"));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray png = original.readAll();

        const CliResult uploaded = runCli(in(m_alice, {QStringLiteral("upload"), m_room, path}));
        QVERIFY2(uploaded.exitCode == 0, qPrintable(describe(uploaded)));
        const QString eventId = QString::fromUtf8(uploaded.out.trimmed());
        const QJsonObject stored = onServer(eventId);
        QCOMPARE(stored.value(QLatin1String("type")).toString(), QStringLiteral("m.room.encrypted"));

        const QJsonObject read = bobReads(QStringLiteral("cli secret.png"));
        QVERIFY2(read.value(QLatin1String("decrypted")).toBool(), "Bob never read the image event in clear");
        const QJsonObject content = read.value(QLatin1String("content")).toObject();
        QCOMPARE(content.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.image"));
        QVERIFY2(!content.contains(QLatin1String("url")), "an encrypted room's image has a plain url");
        const QJsonObject info = content.value(QLatin1String("info")).toObject();
        QCOMPARE(info.value(QLatin1String("mimetype")).toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), png.size());
        QCOMPARE(info.value(QLatin1String("w")).toInt(), 120);
        QCOMPARE(info.value(QLatin1String("h")).toInt(), 80);
        const QJsonObject file = content.value(QLatin1String("file")).toObject();
        QCOMPARE(file.value(QLatin1String("v")).toString(), QStringLiteral("v2"));

        const QString out = m_files.filePath(QStringLiteral("downloaded.png"));
        const CliResult got =
            runCli(in(m_bob, {QStringLiteral("download"), QStringLiteral("--file-json"),
                              QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Compact)), out}));
        QVERIFY2(got.exitCode == 0, qPrintable(describe(got)));
        QFile downloaded(out);
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), png);
        QCOMPARE(jsonLines(got.out).value(0).value(QLatin1String("size")).toInteger(), png.size());
        // Bob's media cache keeps what the server served: ciphertext, never the picture.
        QDirIterator it(m_bob.filePath(QStringLiteral("media-cache")), QDir::Files,
                        QDirIterator::Subdirectories);
        int cached = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(png.mid(0, 64)), qPrintable(f.fileName()));
            ++cached;
        }
        QVERIFY(cached > 0);
    }
};

QTEST_MAIN(TestIntegrationCliE2ee)
#include "tst_integration_cli_e2ee.moc"
