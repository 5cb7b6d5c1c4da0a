#pragma once
// A loopback HTTP/1.1 proxy in front of the test homeserver. Tests point the client at it and
// switch modes to cut the network, lose responses after the server acted on a request, or
// answer /sync with a body of their choosing, while the real server keeps running.
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace lattice::test {

class TcpProxy : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Forward,        // pass everything through
        Down,           // refuse connections and drop open ones, as a dead server would
        LoseResponses,  // forward requests, but cut the connection instead of returning the answer
        InjectSync,     // answer GET .../sync with injectedSyncBody(); forward everything else
    };

    explicit TcpProxy(const QUrl &upstream, QObject *parent = nullptr);
    // Closes every connection while m_connections still exists: the sockets are children, and
    // ~QObject would otherwise delete them later and their disconnected() would reach a dead list.
    ~TcpProxy() override;
    QUrl url() const;
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setInjectedSyncBody(const QByteArray &body) { m_syncBody = body; }
    int requestsSeen(const QByteArray &pathPrefix) const;

private:
    struct Connection {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; // client bytes not yet framed into a whole request
    };
    void onNewConnection();
    void onClientData(Connection *c);
    void closeConnection(Connection *c);
    void closeAll();

    QUrl m_upstream;
    QTcpServer m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Forward;
    QByteArray m_syncBody;
    QList<Connection *> m_connections;
    QHash<QByteArray, int> m_requestPaths;
};

} // namespace lattice::test
