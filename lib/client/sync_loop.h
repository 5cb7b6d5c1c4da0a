#pragma once
// The /sync long-poll loop: fetch on the GUI thread's event loop (network I/O is async), parse and
// store on the store thread, then announce the ChangeSet. Transient errors back off and retry.
#include "net/http_client.h"
#include "store/change_set.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lattice {

class StoreThread;

class SyncLoop : public QObject {
    Q_OBJECT
public:
    SyncLoop(HttpClient &http, StoreThread &store, QObject *parent = nullptr);

    // `since` is the stored token (empty before the first sync).
    void setSince(const QString &since) { m_since = since; }
    QString since() const { return m_since; }

    void start(int pollTimeoutMs = 30000);
    void stop();
    bool isRunning() const { return m_running; }
    // One request with the given server-side timeout, then stop; for the CLI and tests.
    void syncOnce(int pollTimeoutMs, std::function<void(Result<ChangeSet>)> done);

Q_SIGNALS:
    void synced(const lattice::ChangeSet &changes);
    // A failure; the loop keeps retrying unless it was a rejected token (see HttpClient::tokenRejected).
    void syncError(const lattice::Error &error);
    void connectionRestored();

private:
    void request(int pollTimeoutMs, std::function<void(Result<ChangeSet>)> done);
    void next();
    void onResult(Result<ChangeSet> result);

    HttpClient &m_http;
    StoreThread &m_store;
    QString m_since;
    QString m_filter;
    QPointer<PendingRequest> m_pending;
    QTimer m_retryTimer;
    bool m_running = false;
    int m_pollTimeoutMs = 30000;
    int m_failures = 0;
};

} // namespace lattice
