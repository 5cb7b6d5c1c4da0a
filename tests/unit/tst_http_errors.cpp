// Typed errors from HTTP responses, and the back-off schedule.
#include "net/client_api.h"
#include "net/http_client.h"

#include <QTest>

using namespace lattice;

class TestHttpErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matrixError()
    {
        const Error e = HttpClient::errorFor(403, R"({"errcode":"M_FORBIDDEN","error":"You are not invited"})", {}, false);
        QCOMPARE(e.kind, Error::Kind::Matrix);
        QCOMPARE(e.errcode, QStringLiteral("M_FORBIDDEN"));
        QCOMPARE(e.message, QStringLiteral("You are not invited"));
        QVERIFY(!e.isTransient());
    }
    void rateLimited()
    {
        const Error e = HttpClient::errorFor(429, R"({"errcode":"M_LIMIT_EXCEEDED","error":"Too many","retry_after_ms":1500})", {}, false);
        QCOMPARE(e.retryAfterMs, 1500);
        QVERIFY(e.isTransient());
    }
    void softLogout()
    {
        const Error e = HttpClient::errorFor(401, R"({"errcode":"M_UNKNOWN_TOKEN","error":"expired","soft_logout":true})", {}, false);
        QVERIFY(e.softLogout);
        QVERIFY(!e.isTransient());
    }
    void nonJsonErrors()
    {
        const Error gateway = HttpClient::errorFor(502, "<html>Bad gateway</html>", {}, false);
        QCOMPARE(gateway.kind, Error::Kind::Http);
        QVERIFY(gateway.isTransient());
        const Error net = HttpClient::errorFor(0, {}, QStringLiteral("Connection refused"), false);
        QCOMPARE(net.kind, Error::Kind::Network);
        QVERIFY(net.message.contains(QLatin1String("Connection refused")));
        QCOMPARE(HttpClient::errorFor(0, {}, {}, true).kind, Error::Kind::Timeout);
    }
    void backoff()
    {
        QCOMPARE(HttpClient::backoffMs(1), 1000);
        QCOMPARE(HttpClient::backoffMs(2), 2000);
        QCOMPARE(HttpClient::backoffMs(4), 8000);
        QCOMPARE(HttpClient::backoffMs(50), 60000);
    }
    void initialSyncMayTakeLong()
    {
        // A big account's first sync takes the server minutes; an incremental one is a long poll.
        QVERIFY(api::sync(QString(), api::defaultSyncFilter(), 0).timeoutMs >= 300000);
        QCOMPARE(api::sync(QStringLiteral("s1"), api::defaultSyncFilter(), 30000).timeoutMs, 90000);
    }
    void pathsAreEncoded()
    {
        const QString p = api::clientPath({QStringLiteral("rooms"), QStringLiteral("!a/b:x"), QStringLiteral("send")});
        QCOMPARE(p, QStringLiteral("/_matrix/client/v3/rooms/%21a%2Fb%3Ax/send"));
        const HttpRequest alias = api::resolveAlias(QStringLiteral("#room:x"));
        QVERIFY(alias.path.endsWith(QLatin1String("/directory/room/%23room%3Ax")));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_http_errors.moc"
