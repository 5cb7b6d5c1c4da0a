// lattice-cli against a real Synapse behind a loopback proxy: the cache without a server, a
// message sent while the server is down (and a client restart) arriving exactly once, a response
// lost after the server stored the event, and malformed sync JSON.
#include "test_homeserver.h"
#include "tcp_proxy.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// How many events with this body the server holds in the room (the truth, asked directly).
int serverCount(const TestUser &user, const QString &roomId, const QString &body)
{
    const RawReply r = request("GET",
                               QStringLiteral("/_matrix/client/v3/rooms/%1/messages?dir=b&limit=100")
                                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId))),
                               {}, user.accessToken);
    int n = 0;
    for (const QJsonValue &e : r.body.value(QLatin1String("chunk")).toArray())
        if (e.toObject().value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString() == body)
            ++n;
    return n;
}

} // namespace

class TestIntegrationOffline : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<TcpProxy> m_proxy;
    TestUser m_user;
    QString m_roomId;

    QStringList cli(std::initializer_list<QString> args)
    {
        QStringList all{QStringLiteral("--data-dir"), m_dir.path()};
        all.append(args);
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_proxy = std::make_unique<TcpProxy>(homeserverUrl());
        m_user = registerUser(QStringLiteral("offline"));
        const CliResult login = runCli(cli({QStringLiteral("login"), QStringLiteral("--homeserver"),
                                            m_proxy->url().toString(), QStringLiteral("--user"), m_user.localpart}),
                                       m_user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.out.startsWith(m_user.userId.toUtf8()));
        const CliResult created = runCli(cli({QStringLiteral("create-room"), QStringLiteral("--name"), QStringLiteral("Offline")}));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        m_roomId = QString::fromUtf8(created.out.trimmed());
        QVERIFY(m_roomId.startsWith(QLatin1Char('!')));
        const CliResult sent = runCli(cli({QStringLiteral("send"), m_roomId, QStringLiteral("before the outage")}));
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
    }

    void readsTheCacheWithTheServerDown()
    {
        const CliResult online = runCli(cli({QStringLiteral("history"), m_roomId, QStringLiteral("50")}));
        QVERIFY2(online.exitCode == 0, online.err.constData());
        m_proxy->setMode(TcpProxy::Mode::Down);
        const CliResult rooms = runCli(cli({QStringLiteral("rooms")}));
        QVERIFY2(rooms.exitCode == 0, rooms.err.constData());
        QVERIFY(rooms.err.contains("stored locally")); // says it is the cache
        const auto list = jsonLines(rooms.out);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().value(QLatin1String("name")).toString(), QStringLiteral("Offline"));
        const CliResult history = runCli(cli({QStringLiteral("history"), m_roomId, QStringLiteral("50")}));
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QCOMPARE(history.out, online.out);
        m_proxy->setMode(TcpProxy::Mode::Forward);
    }

    void messageSentWhileDownArrivesOnceAfterRestart()
    {
        const QString body = QStringLiteral("written during the outage");
        m_proxy->setMode(TcpProxy::Mode::Down);
        const CliResult queued = runCli(cli({QStringLiteral("send"), QStringLiteral("--timeout"), QStringLiteral("3"),
                                             m_roomId, body}));
        QCOMPARE(queued.exitCode, 75);
        QVERIFY(queued.err.contains("stays queued"));
        QCOMPARE(serverCount(m_user, m_roomId, body), 0);
        // The process is gone; a new one delivers the persisted entry once the server is back.
        m_proxy->setMode(TcpProxy::Mode::Forward);
        const CliResult flushed = runCli(cli({QStringLiteral("flush")}));
        QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
        QCOMPARE(serverCount(m_user, m_roomId, body), 1);
        const CliResult again = runCli(cli({QStringLiteral("flush")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(serverCount(m_user, m_roomId, body), 1);
    }

    void lostResponseIsNotSentTwice()
    {
        const QString body = QStringLiteral("the answer got lost");
        m_proxy->setMode(TcpProxy::Mode::LoseResponses);
        const CliResult lost = runCli(cli({QStringLiteral("send"), QStringLiteral("--timeout"), QStringLiteral("4"),
                                           m_roomId, body}));
        QCOMPARE(lost.exitCode, 75);
        QCOMPARE(serverCount(m_user, m_roomId, body), 1); // the server did store it
        m_proxy->setMode(TcpProxy::Mode::Forward);
        const CliResult flushed = runCli(cli({QStringLiteral("flush")}));
        QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
        QCOMPARE(serverCount(m_user, m_roomId, body), 1); // same transaction ID: still once
    }

    void malformedSyncIsAClearErrorAndDamagesNothing()
    {
        const CliResult before = runCli(cli({QStringLiteral("rooms")}));
        QCOMPARE(before.exitCode, 0);
        m_proxy->setMode(TcpProxy::Mode::InjectSync);
        for (const QByteArray &body : {QByteArray(R"({"next_batch":"s1","rooms":{"join":{"!x:y":{"timeline":{"events":[)"),
                                       QByteArray("{\"next_batch\": 5}"), QByteArray("<html>oops</html>")}) {
            m_proxy->setInjectedSyncBody(body);
            const CliResult sync = runCli(cli({QStringLiteral("sync")}));
            QCOMPARE(sync.exitCode, 1);
            QVERIFY2(sync.err.contains("sync response"), sync.err.constData());
            QCOMPARE(sync.err.count('\n'), 1); // one clear sentence
        }
        m_proxy->setMode(TcpProxy::Mode::Forward);
        const CliResult after = runCli(cli({QStringLiteral("rooms")}));
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(jsonLines(after.out).size(), jsonLines(before.out).size());
        const CliResult history = runCli(cli({QStringLiteral("history"), m_roomId, QStringLiteral("100")}));
        QVERIFY(history.out.contains("before the outage"));
    }

    void serverEndedSessionAsksForLogin()
    {
        // Every token of the user dies on the server (as when signed out from another client).
        QCOMPARE(request("POST", QStringLiteral("/_matrix/client/v3/logout/all"), {}, m_user.accessToken).status, 200);
        const CliResult ended = runCli(cli({QStringLiteral("rooms")}));
        QCOMPARE(ended.exitCode, 3);
        QVERIFY2(ended.err.contains("login"), ended.err.constData());
        const CliResult still = runCli(cli({QStringLiteral("rooms")}));
        QCOMPARE(still.exitCode, 3);
        // Logging in again into the same data dir keeps the cache and works at once.
        const CliResult login = runCli(cli({QStringLiteral("login"), QStringLiteral("--homeserver"),
                                            m_proxy->url().toString(), QStringLiteral("--user"), m_user.localpart}),
                                       m_user.password.toUtf8() + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const CliResult rooms = runCli(cli({QStringLiteral("rooms")}));
        QVERIFY2(rooms.exitCode == 0, rooms.err.constData());
        QCOMPARE(jsonLines(rooms.out).size(), 1);
    }

    void logoutForgetsTheAccount()
    {
        const CliResult out = runCli(cli({QStringLiteral("logout")}));
        QVERIFY2(out.exitCode == 0, out.err.constData());
        const CliResult rooms = runCli(cli({QStringLiteral("rooms")}));
        QCOMPARE(rooms.exitCode, 3);
        QVERIFY(rooms.err.contains("login"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationOffline)
#include "tst_integration_offline.moc"
