// HttpClient limits what Qt's HTTP thread reads ahead of us: while the main thread is busy, a
// big chunked body (Synapse's initial /sync has no Content-Length) stays in the socket instead of
// piling up in Qt's queue (that queue was 12 MiB of the 43 MiB peak of an initial sync at 500 rooms).
#include "net/http_client.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>
#include <thread>

using namespace lattice;

namespace {

// Bigger than what loopback's socket buffers can hold (tcp_rmem max 32 MiB + tcp_wmem 4 MiB
// here), so a client that stops reading keeps the server from finishing.
constexpr qsizetype kBodyBytes = qsizetype(64) << 20;
constexpr qsizetype kChunkBytes = 64 << 10;

// One HTTP/1.1 response with a chunked body of kBodyBytes, served from its own thread so it
// keeps writing while the client's main thread is blocked.
class ChunkedServer
{
public:
    ChunkedServer()
    {
        std::atomic<quint16> port{0};
        m_thread = std::thread([this, &port] { serve(port); });
        while (port == 0)
            QThread::msleep(5);
        m_port = port;
    }
    ~ChunkedServer() { m_thread.join(); }
    quint16 port() const { return m_port; }
    bool allWritten() const { return m_allWritten; }

private:
    void serve(std::atomic<quint16> &port)
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost)) {
            port = quint16(-1);
            return;
        }
        port = server.serverPort();
        if (!server.waitForNewConnection(30000))
            return;
        QTcpSocket *s = server.nextPendingConnection();
        QByteArray request;
        while (!request.contains("\r\n\r\n") && s->waitForReadyRead(30000))
            request += s->readAll();
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk =
            QByteArray::number(kChunkBytes, 16) + "\r\n" + QByteArray(kChunkBytes, 'x') + "\r\n";
        for (qsizetype sent = 0; sent < kBodyBytes; sent += kChunkBytes) {
            s->write(chunk);
            while (s->bytesToWrite() > 0 && s->waitForBytesWritten(30000)) {
            }
        }
        s->write("0\r\n\r\n");
        while (s->bytesToWrite() > 0 && s->waitForBytesWritten(30000)) {
        }
        m_allWritten = true;
        s->waitForDisconnected(30000);
    }

    std::thread m_thread;
    quint16 m_port = 0;
    std::atomic<bool> m_allWritten{false};
};

} // namespace

class TestHttpReadBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void busyReceiverHoldsBackTheServer()
    {
        ChunkedServer server;
        QVERIFY2(server.port() != quint16(-1), "cannot listen on loopback");
        QNetworkAccessManager nam;
        HttpClient http(&nam);
        http.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));

        bool blocked = false;
        bool serverDoneWhileBlocked = false;
        HttpRequest r;
        r.path = QStringLiteral("/_matrix/client/v3/sync");
        r.authenticated = false;
        r.downloadProgress = [&](qint64, qint64) {
            if (blocked)
                return;
            blocked = true;
            // The main thread is busy (as while the store works): Qt's HTTP thread may read on.
            for (int i = 0; i < 60 && !server.allWritten(); ++i)
                QThread::msleep(50);
            serverDoneWhileBlocked = server.allWritten();
        };
        std::optional<Result<HttpResponse>> result;
        http.send(r, [&](Result<HttpResponse> res) { result = std::move(res); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);

        QVERIFY(blocked);
        QVERIFY2(!serverDoneWhileBlocked,
                 "the whole body was read into Qt's buffers while the receiver was blocked");
        if (!result->ok())
            QFAIL(qPrintable(result->error().message));
        const HttpResponse &response = **result;
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body.size(), kBodyBytes);
        QCOMPARE(response.body.count('x'), kBodyBytes);
    }
};

QTEST_MAIN(TestHttpReadBuffer)
#include "tst_http_read_buffer.moc"
