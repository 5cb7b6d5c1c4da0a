// Server discovery through .well-known/matrix/client (client-server API, "Server Discovery"),
// served over real TLS on loopback with a CA made for this run, in front of the real test Synapse.
#include "async_wait.h"
#include "net/discovery.h"
#include "test_homeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

void openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A throw-away CA and a certificate it signed for 127.0.0.1 and localhost.
struct TestPki
{
    QTemporaryDir dir;
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;

    TestPki()
    {
        const QString d = dir.path();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        openssl(d,
                QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                    QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=Lattice test CA")});
        openssl(d, QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                   QStringLiteral("-out"), QStringLiteral("server.csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QFile ext(d + QStringLiteral("/ext.cnf"));
        if (!ext.open(QIODevice::WriteOnly) ||
            ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n") < 0)
            qFatal("cannot write ext.cnf");
        ext.close();
        openssl(d, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
        ca = QSslCertificate(readFile(d + QStringLiteral("/ca.pem")));
        server = QSslCertificate(readFile(d + QStringLiteral("/server.pem")));
        serverKey = QSslKey(readFile(d + QStringLiteral("/server.key")), QSsl::Ec);
        if (ca.isNull() || server.isNull() || serverKey.isNull())
            qFatal("the test certificates could not be loaded");
    }
};

// An HTTPS server on loopback: answers /.well-known/matrix/client as the test sets it and passes
// every other GET on to the real test Synapse, recording the paths it was asked for.
class WellKnownServer : public QObject
{
public:
    explicit WellKnownServer(const TestPki &pki)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(pki.server);
        tls.setPrivateKey(pki.serverKey);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on loopback: %s", qPrintable(m_server.errorString()));
    }

    QString serverName() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    QUrl url() const { return QUrl(QStringLiteral("https://") + serverName()); }
    void setWellKnown(int status, const QByteArray &body)
    {
        m_status = status;
        m_body = body;
    }
    QStringList paths;

private:
    void serve(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, this, [this, s] {
            m_requests[s] += s->readAll();
            const QByteArray &req = m_requests[s];
            if (!req.contains("\r\n\r\n"))
                return;
            const QString path = QString::fromLatin1(req.split(' ').value(1));
            m_requests.remove(s);
            paths.append(path);
            if (path == QLatin1String("/.well-known/matrix/client"))
                return reply(s, m_status, m_body);
            QUrl upstream = homeserverUrl();
            upstream.setPath(path);
            QNetworkReply *r = m_nam.get(QNetworkRequest(upstream));
            connect(r, &QNetworkReply::finished, s, [this, s, r] {
                r->deleteLater();
                reply(s, r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll());
            });
        });
    }

    static void reply(QTcpSocket *s, int status, const QByteArray &body)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QSslServer m_server;
    QNetworkAccessManager m_nam;
    QHash<QTcpSocket *, QByteArray> m_requests;
    int m_status = 404;
    QByteArray m_body;
};

QByteArray wellKnownFor(const QString &baseUrl)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("m.homeserver"),
                                      QJsonObject{{QStringLiteral("base_url"), baseUrl}}}})
        .toJson();
}

QStringList synapseVersions()
{
    const RawReply r = request("GET", QStringLiteral("/_matrix/client/versions"));
    QStringList out;
    for (const QJsonValue &v : r.body.value(QLatin1String("versions")).toArray())
        out.append(v.toString());
    if (out.isEmpty())
        qFatal("the test homeserver lists no versions");
    return out;
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback");
    return s.serverPort(); // closed again when `s` goes
}

} // namespace

class TestIntegrationDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            qFatal("Qt has no TLS backend here; discovery over HTTPS cannot be tested.");
        m_server = std::make_unique<WellKnownServer>(m_pki);
        m_http.setExtraCaCertificates({m_pki.ca});
    }

    void init() { m_server->paths.clear(); }

    void findsTheHomeserverThroughWellKnown_data()
    {
        QTest::addColumn<bool>("asUserId");
        QTest::addColumn<bool>("trailingSlash");
        QTest::newRow("server name") << false << false;
        QTest::newRow("user ID") << true << false;
        QTest::newRow("base_url with a trailing slash") << false << true;
    }

    void findsTheHomeserverThroughWellKnown()
    {
        QFETCH(bool, asUserId);
        QFETCH(bool, trailingSlash);
        const QString synapse =
            homeserverUrl().toString() + (trailingSlash ? QStringLiteral("/") : QString());
        m_server->setWellKnown(200, wellKnownFor(synapse));
        const QString input =
            asUserId ? QStringLiteral("@alice:") + m_server->serverName() : m_server->serverName();
        auto r = discover(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        QCOMPARE(r->baseUrl, QUrl(synapse));
        QCOMPARE(r->versions, synapseVersions()); // /versions of the real Synapse was read
        QCOMPARE(m_server->paths, QStringList{QStringLiteral("/.well-known/matrix/client")});
    }

    void notFoundFallsBackToTheServerName()
    {
        m_server->setWellKnown(404, "{\"errcode\":\"M_NOT_FOUND\",\"error\":\"Not found\"}");
        auto r = discover(m_server->serverName());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        QCOMPARE(r->baseUrl, m_server->url());
        QCOMPARE(r->versions, synapseVersions());
        QCOMPARE(m_server->paths, (QStringList{QStringLiteral("/.well-known/matrix/client"),
                                               QStringLiteral("/_matrix/client/versions")}));
    }

    void unusableWellKnownAsksForTheUrl_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("invalid JSON")
            << 200 << QByteArray("{\"m.homeserver\": {") << QStringLiteral("not a JSON object");
        QTest::newRow("empty body") << 200 << QByteArray() << QStringLiteral("publishes an empty");
        QTest::newRow("no base_url") << 200 << QByteArray("{\"m.homeserver\":{}}")
                                     << QStringLiteral("without m.homeserver.base_url");
        QTest::newRow("identity server without base_url")
            << 200
            << QByteArray("{\"m.homeserver\":{\"base_url\":\"https://a.example\"},\"m.identity_server\":{}}")
            << QStringLiteral("m.identity_server has no base_url");
        QTest::newRow("server error")
            << 500 << QByteArray("{}") << QStringLiteral("answered HTTP status 500");
    }

    void unusableWellKnownAsksForTheUrl()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, sentence);
        m_server->setWellKnown(status, body);
        auto r = discover(m_server->serverName());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().errcode, QString(kDiscoveryFailPrompt));
        QVERIFY2(r.error().message.contains(sentence), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(m_server->serverName()));
        QVERIFY(r.error().message.contains(QLatin1String("Enter the homeserver's URL")));
        QCOMPARE(m_server->paths,
                 QStringList{QStringLiteral("/.well-known/matrix/client")}); // no guessing on
    }

    void unusableHomeserverStops_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("nothing listens") << QStringLiteral("http://127.0.0.1:%1").arg(closedPort())
                                         << QStringLiteral("is not a Matrix homeserver that answers");
        QTest::newRow("no /versions there") << QStringLiteral("%1/not-matrix").arg(m_server->url().toString())
                                            << QStringLiteral("is not a Matrix homeserver that answers");
        QTest::newRow("not a URL") << QStringLiteral("not a url") << QStringLiteral("which is not a URL");
    }

    void unusableHomeserverStops()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, sentence);
        m_server->setWellKnown(200, wellKnownFor(baseUrl));
        auto r = discover(m_server->serverName());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().errcode, QString(kDiscoveryFailError));
        QVERIFY2(r.error().message.contains(sentence), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QUrl(baseUrl).toDisplayString()) ||
                     r.error().message.contains(baseUrl),
                 qPrintable(r.error().message));
        // No fallback to the server name after a usable .well-known: FAIL_ERROR stops.
        QVERIFY(!m_server->paths.contains(QStringLiteral("/_matrix/client/versions")));
    }

    void untrustedCertificateIsRefused()
    {
        // Without the test CA the same server is refused: TLS errors are not ignored.
        QNetworkAccessManager nam;
        HttpClient plain(&nam);
        m_server->setWellKnown(200, wellKnownFor(homeserverUrl().toString()));
        auto r = await<DiscoveredServer>(
            [&](auto done) { discoverHomeserver(plain, m_server->serverName(), done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(m_server->url().toDisplayString()),
                 qPrintable(r.error().message));
    }

private:
    Result<DiscoveredServer> discover(const QString &input)
    {
        return await<DiscoveredServer>([&](auto done) { discoverHomeserver(m_http, input, done); });
    }

    TestPki m_pki;
    std::unique_ptr<WellKnownServer> m_server;
    QNetworkAccessManager m_nam;
    HttpClient m_http{&m_nam};
};

QTEST_GUILESS_MAIN(TestIntegrationDiscovery)
#include "tst_integration_discovery.moc"
