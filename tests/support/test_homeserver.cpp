#include "test_homeserver.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUuid>

namespace lattice::test {

QUrl homeserverUrl()
{
    const QByteArray env = qgetenv("MATRIX_TEST_HOMESERVER");
    if (env.isEmpty())
        qFatal("MATRIX_TEST_HOMESERVER is not set: integration tests need a real homeserver. "
               "Run tools/test, which starts one (tests/homeserver/lattice-homeserver).");
    return QUrl(QString::fromUtf8(env));
}

RawReply request(const QByteArray &method, const QString &path, const QJsonObject &body,
                 const QString &accessToken, const QUrl &base)
{
    return requestBytes(method, path,
                        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                        accessToken, base);
}

RawReply requestBytes(const QByteArray &method, const QString &path, const QByteArray &data,
                      const QString &accessToken, const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base.isValid() ? base : homeserverUrl();
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setTransferTimeout(60000);
    if (!accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    QNetworkReply *reply = nam.sendCustomRequest(req, method, data);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.bytes = reply->readAll();
    r.body = QJsonDocument::fromJson(r.bytes).object();
    reply->deleteLater();
    return r;
}

TestUser registerUser(const QString &prefix)
{
    TestUser u;
    u.localpart = QStringLiteral("%1_%2").arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(10));
    u.password = QStringLiteral("pw-%1").arg(u.localpart);
    const QJsonObject body{
        {QStringLiteral("username"), u.localpart},
        {QStringLiteral("password"), u.password},
        {QStringLiteral("inhibit_login"), false},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.dummy")}}}};
    const RawReply r = request("POST", QStringLiteral("/_matrix/client/v3/register"), body);
    if (r.status != 200)
        qFatal("Registering %s failed (HTTP %d): %s", qPrintable(u.localpart), r.status,
               QJsonDocument(r.body).toJson().constData());
    u.userId = r.body.value(QLatin1String("user_id")).toString();
    u.accessToken = r.body.value(QLatin1String("access_token")).toString();
    return u;
}

CliResult runCli(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(LATTICE_CLI_PATH), args);
    if (!p.waitForStarted())
        qFatal("Cannot start lattice-cli at %s", LATTICE_CLI_PATH);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Wait in an event loop: in-process helpers (the TcpProxy) must keep serving meanwhile.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {-2, p.readAllStandardOutput(), p.readAllStandardError() + "\n(killed after timeout)"};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        return {-1, p.readAllStandardOutput(), p.readAllStandardError() + "\n(lattice-cli crashed)"};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace lattice::test
