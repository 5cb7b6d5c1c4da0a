#pragma once
// Delivers persisted events in order. Each entry keeps its transaction ID across retries and
// restarts, so the server stores it exactly once however often the request is repeated.
#include "net/http_client.h"
#include "store/send_queue_store.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lattice {

class StoreThread;

class SendQueue : public QObject {
    Q_OBJECT
public:
    SendQueue(HttpClient &http, StoreThread &store, QObject *parent = nullptr);

    // What goes on the wire for a queued event: (type, content) as queued in an unencrypted room, the
    // m.room.encrypted form in an encrypted one, or an error (a transient one is retried). The queue's
    // store keeps the plaintext; each attempt encrypts again and sends with the same transaction ID.
    using WireEvent = std::pair<QString, QJsonObject>;
    using Encryptor = std::function<void(const QueuedEvent &, std::function<void(Result<WireEvent>)>)>;
    void setEncryptor(Encryptor encryptor) { m_encryptor = std::move(encryptor); }

    // Persists the event, announces the local echo, then delivers. `done` gets the queued entry.
    void enqueue(const QString &roomId, const QString &eventType, const QJsonObject &content,
                 std::function<void(Result<QueuedEvent>)> done = {});
    // Looks for queued entries (e.g. left by an earlier run) and delivers them.
    void resume();
    // Moves a failed entry back to the queue.
    void retry(const QString &txnId);
    // Retries now instead of waiting for the back-off (e.g. when the connection came back).
    void retryNow();

    bool isIdle() const { return !m_busy && !m_backoff.isActive(); }
    int pendingCount() const { return m_pendingCount; }

Q_SIGNALS:
    void queued(const lattice::QueuedEvent &event);      // local echo: show it now
    void sent(const QString &txnId, const QString &eventId, const QString &roomId);
    void failed(const QString &txnId, const lattice::Error &error); // gave up; the user may retry
    void delayed(const QString &txnId, const lattice::Error &error); // transient; will retry
    void requeued(const QString &txnId);                             // retry(): queued again
    void drained();                                        // nothing left to deliver

private:
    void deliverNext();
    void deliver(const QueuedEvent &event);
    void put(const QueuedEvent &event, const WireEvent &wire);
    void handleError(const QueuedEvent &event, const Error &e);
    void updateRow(std::function<Status(Database &)> write);

    HttpClient &m_http;
    StoreThread &m_store;
    Encryptor m_encryptor;
    QTimer m_backoff;
    bool m_busy = false;
    int m_failures = 0;
    int m_pendingCount = 0;
};

} // namespace lattice
