// Encrypted attachments against a real Synapse (upload encrypted, download and compare, a swapped blob
// fails with HASH_MISMATCH, the cache holds ciphertext only) and lattice-cli on the storage side of
// decryption: `download --file-json` and history lines marked "decrypted" or "decryption_error".
#include "async_wait.h"
#include "client/encrypted_media.h"
#include "client/media_cache.h"
#include "client/session.h"
#include "store/decrypted_events.h"
#include "test_homeserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

// Whether any file under `dir` contains `needle`.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestIntegrationE2eeStorage : public QObject
{
    Q_OBJECT
    TestUser m_user;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<MediaClient> m_media;
    QByteArray m_plain;
    QJsonObject m_file;
    QTemporaryDir m_cliDir;

    QStringList cli(const QStringList &args)
    {
        return QStringList{QStringLiteral("--data-dir"), m_cliDir.path()} + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_user = registerUser(QStringLiteral("attach"));
        m_http = std::make_unique<HttpClient>(&m_nam);
        m_http->setBaseUrl(homeserverUrl());
        m_http->setAccessToken(m_user.accessToken);
        m_media = std::make_unique<MediaClient>(*m_http, std::make_unique<MediaCache>(m_cacheDir.path()));
        m_plain = "PLAINTEXT-MARKER " + noise(256 * 1024);
    }

    void uploadEncryptedAndDownload()
    {
        auto file = await<QJsonObject>([&](auto done) { uploadEncrypted(*m_media, m_plain, done); });
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().describe()));
        m_file = *file;
        QVERIFY(MxcUri::parse(m_file.value(QLatin1String("url")).toString()).ok());
        QCOMPARE(m_file.value(QLatin1String("v")).toString(), QStringLiteral("v2"));
        QVERIFY(m_file.value(QLatin1String("hashes")).toObject().contains(QLatin1String("sha256")));

        // What the server holds is ciphertext.
        MediaClient raw(*m_http);
        const MxcUri mxc = *MxcUri::parse(m_file.value(QLatin1String("url")).toString());
        auto served = await<MediaContent>([&](auto done) { raw.download(mxc, 1024 * 1024, done); });
        QVERIFY(served.ok());
        QCOMPARE(served->bytes.size(), m_plain.size());
        QVERIFY(served->bytes != m_plain);
        QVERIFY(!served->bytes.contains("PLAINTEXT-MARKER"));

        auto content =
            await<MediaContent>([&](auto done) { downloadEncrypted(*m_media, m_file, 1024 * 1024, done); });
        QVERIFY2(content.ok(), qPrintable(content.ok() ? QString() : content.error().describe()));
        QCOMPARE(content->bytes, m_plain);
        // From the cache the second time, still decrypted on the way out; the disk holds no plaintext.
        auto again =
            await<MediaContent>([&](auto done) { downloadEncrypted(*m_media, m_file, 1024 * 1024, done); });
        QVERIFY(again.ok());
        QCOMPARE(again->bytes, m_plain);
        QVERIFY(anyFileContains(m_cacheDir.path(), served->bytes.left(4096)));
        QVERIFY(!anyFileContains(m_cacheDir.path(), "PLAINTEXT-MARKER"));
    }

    void swappedCiphertextFailsWithHashMismatch()
    {
        QVERIFY(!m_file.isEmpty());
        auto other = await<MxcUri>([&](auto done) {
            m_media->upload(noise(m_plain.size()), QStringLiteral("application/octet-stream"), QString(),
                            done);
        });
        QVERIFY(other.ok());
        QJsonObject tampered = m_file;
        tampered.insert(QStringLiteral("url"), other->toString());
        auto content =
            await<MediaContent>([&](auto done) { downloadEncrypted(*m_media, tampered, 1024 * 1024, done); });
        QVERIFY(!content.ok());
        QCOMPARE(content.error().errcode, QStringLiteral("HASH_MISMATCH"));
    }

    void sizeCapAndBadFileObject()
    {
        auto tooBig =
            await<MediaContent>([&](auto done) { downloadEncrypted(*m_media, m_file, 1024, done); });
        QVERIFY(!tooBig.ok());
        MediaClient uncached(*m_http);
        auto tooBigFresh =
            await<MediaContent>([&](auto done) { downloadEncrypted(uncached, m_file, 1024, done); });
        QVERIFY(!tooBigFresh.ok());
        QCOMPARE(tooBigFresh.error().errcode, QStringLiteral("M_TOO_LARGE"));

        QJsonObject noUrl = m_file;
        noUrl.remove(QStringLiteral("url"));
        auto bad =
            await<MediaContent>([&](auto done) { downloadEncrypted(*m_media, noUrl, 1024 * 1024, done); });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().errcode, QStringLiteral("BAD_ENCRYPTED_FILE"));
    }

    void cliDownloadsEncryptedFiles()
    {
        const CliResult login =
            runCli(cli({QStringLiteral("login"), QStringLiteral("--homeserver"), homeserverUrl().toString(),
                        QStringLiteral("--user"), m_user.localpart}),
                   m_user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        const QString out = m_cliDir.filePath(QStringLiteral("out.bin"));
        const QString json = QString::fromUtf8(QJsonDocument(m_file).toJson(QJsonDocument::Compact));
        const CliResult got =
            runCli(cli({QStringLiteral("download"), QStringLiteral("--file-json"), json, out}));
        QVERIFY2(got.exitCode == 0, got.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_plain);
        QCOMPARE(jsonLines(got.out).value(0).value(QLatin1String("size")).toInteger(), m_plain.size());
        QVERIFY(!anyFileContains(m_cliDir.filePath(QStringLiteral("media-cache")), "PLAINTEXT-MARKER"));

        // From a file holding the object, with the ciphertext swapped: an error, and no output file.
        auto other = await<MxcUri>([&](auto done) {
            m_media->upload(noise(1024), QStringLiteral("application/octet-stream"), QString(), done);
        });
        QVERIFY(other.ok());
        QJsonObject tampered = m_file;
        tampered.insert(QStringLiteral("url"), other->toString());
        const QString jsonFile = m_cliDir.filePath(QStringLiteral("tampered.json"));
        QFile j(jsonFile);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QJsonDocument(tampered).toJson());
        j.close();
        const QString out2 = m_cliDir.filePath(QStringLiteral("out2.bin"));
        const CliResult bad =
            runCli(cli({QStringLiteral("download"), QStringLiteral("--file-json"), jsonFile, out2}));
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("does not match its hash"), bad.err.constData());
        QVERIFY(!QFile::exists(out2));

        const CliResult usage = runCli(cli(
            {QStringLiteral("download"), QStringLiteral("--file-json"), QStringLiteral("{not json"), out2}));
        QCOMPARE(usage.exitCode, 2);
    }

    void cliHistoryMarksDecryption()
    {
        // Logged in by cliDownloadsEncryptedFiles.
        const CliResult created =
            runCli(cli({QStringLiteral("create-room"), QStringLiteral("--name"), QStringLiteral("History")}));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString roomId = QString::fromUtf8(created.out.trimmed());
        for (const char *body : {"first", "second", "third"})
            QCOMPARE(runCli(cli({QStringLiteral("send"), roomId, QString::fromLatin1(body)})).exitCode, 0);
        const QList<QJsonObject> before = jsonLines(runCli(cli({QStringLiteral("history"), roomId})).out);
        QString firstId, secondId;
        for (const QJsonObject &e : before) {
            const QString body =
                e.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
            if (body == QLatin1String("first"))
                firstId = e.value(QLatin1String("event_id")).toString();
            if (body == QLatin1String("second"))
                secondId = e.value(QLatin1String("event_id")).toString();
        }
        QVERIFY(!firstId.isEmpty() && !secondId.isEmpty());

        // What the crypto layer would have stored (the store is the account's own database).
        {
            auto db = Database::open(Session::databasePath(m_cliDir.path()));
            QVERIFY(db.ok());
            const QJsonObject clear{{QStringLiteral("type"), QStringLiteral("m.room.message")},
                                    {QStringLiteral("content"),
                                     QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                                                 {QStringLiteral("body"), QStringLiteral("clear text")}}}};
            QVERIFY(storeDecryptedEvent(**db,
                                        {firstId, roomId, clear, QStringLiteral("k"), QStringLiteral("s"), 1})
                        .ok());
            QVERIFY(storeDecryptionFailure(**db, {secondId, roomId, QStringLiteral("s2"), QStringLiteral("k"),
                                                  QStringLiteral("MISSING_ROOM_KEY"),
                                                  QStringLiteral("No key yet.")})
                        .ok());
        }
        const CliResult history = runCli(cli({QStringLiteral("history"), roomId}));
        QVERIFY2(history.exitCode == 0, history.err.constData());
        int decrypted = 0, failed = 0;
        for (const QJsonObject &e : jsonLines(history.out)) {
            const QString id = e.value(QLatin1String("event_id")).toString();
            if (id == firstId) {
                ++decrypted;
                QVERIFY(e.value(QLatin1String("decrypted")).toBool());
                QCOMPARE(e.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString(),
                         QStringLiteral("clear text"));
                QCOMPARE(e.value(QLatin1String("sender")).toString(), m_user.userId); // from the outer event
            } else if (id == secondId) {
                ++failed;
                const QJsonObject err = e.value(QLatin1String("decryption_error")).toObject();
                QCOMPARE(err.value(QLatin1String("errcode")).toString(), QStringLiteral("MISSING_ROOM_KEY"));
                QCOMPARE(err.value(QLatin1String("reason")).toString(), QStringLiteral("No key yet."));
                QVERIFY(!e.contains(QLatin1String("decrypted")));
            } else {
                QVERIFY(!e.contains(QLatin1String("decrypted")) &&
                        !e.contains(QLatin1String("decryption_error")));
            }
        }
        QCOMPARE(decrypted, 1);
        QCOMPARE(failed, 1);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationE2eeStorage)
#include "tst_integration_e2ee_storage.moc"
