#include "tcp_proxy.h"

namespace lattice::test {

namespace {
// Length of the first whole HTTP request in `buf` (headers + Content-Length body), or -1.
qsizetype requestLength(const QByteArray &buf)
{
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : buf.left(headerEnd).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:"))
            bodyLength = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + bodyLength;
    return buf.size() >= total ? total : -1;
}

QByteArray requestPath(const QByteArray &request)
{
    const QList<QByteArray> parts = request.left(request.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}
} // namespace

TcpProxy::TcpProxy(const QUrl &upstream, QObject *parent) : QObject(parent), m_upstream(upstream)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("TcpProxy cannot listen: %s", qPrintable(m_server.errorString()));
    m_port = m_server.serverPort();
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy() { closeAll(); }

QUrl TcpProxy::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

int TcpProxy::requestsSeen(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (auto it = m_requestPaths.constBegin(); it != m_requestPaths.constEnd(); ++it)
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    return n;
}

void TcpProxy::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Down) {
        m_server.close(); // connection refused from now on
        closeAll();
    } else if (!m_server.isListening()) {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            qFatal("TcpProxy cannot listen again on %d: %s", m_port, qPrintable(m_server.errorString()));
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *c = new Connection{client, new QTcpSocket(this), {}};
        m_connections.append(c);
        c->upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        connect(client, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
        connect(client, &QTcpSocket::disconnected, this, [this, c] { closeConnection(c); });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] {
            const QByteArray data = c->upstream->readAll();
            if (m_mode == Mode::LoseResponses) {
                closeConnection(c); // the server acted; the client never hears of it
                return;
            }
            if (c->client)
                c->client->write(data);
        });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, c] { closeConnection(c); });
    }
}

void TcpProxy::onClientData(Connection *c)
{
    if (!c->client)
        return;
    c->pending += c->client->readAll();
    for (qsizetype len = requestLength(c->pending); len > 0; len = requestLength(c->pending)) {
        const QByteArray req = c->pending.left(len);
        c->pending.remove(0, len);
        const QByteArray path = requestPath(req);
        m_requestPaths[path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'))]++;
        if (m_mode == Mode::InjectSync && req.startsWith("GET ") && path.contains("/sync")) {
            c->client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(m_syncBody.size()) + "\r\nConnection: close\r\n\r\n" + m_syncBody);
            c->client->flush();
            c->client->disconnectFromHost();
            return;
        }
        c->upstream->write(req);
    }
}

void TcpProxy::closeConnection(Connection *c)
{
    if (!m_connections.removeOne(c))
        return;
    if (c->client) {
        c->client->disconnect(this);
        c->client->abort();
        c->client->deleteLater();
    }
    if (c->upstream) {
        c->upstream->disconnect(this);
        c->upstream->abort();
        c->upstream->deleteLater();
    }
    delete c;
}

void TcpProxy::closeAll()
{
    const auto all = m_connections;
    for (Connection *c : all)
        closeConnection(c);
}

} // namespace lattice::test
