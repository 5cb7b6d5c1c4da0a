#include "send_queue.h"

#include "net/client_api.h"
#include "store_thread.h"

namespace lattice {

SendQueue::SendQueue(HttpClient &http, StoreThread &store, QObject *parent)
    : QObject(parent), m_http(http), m_store(store)
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &SendQueue::deliverNext);
}

void SendQueue::enqueue(const QString &roomId, const QString &eventType, const QJsonObject &content,
                        std::function<void(Result<QueuedEvent>)> done)
{
    m_store.post<QueuedEvent>(
        [=](Database &db) { return enqueueEvent(db, roomId, eventType, content); }, this,
        [this, done = std::move(done)](Result<QueuedEvent> r) {
            if (r)
                Q_EMIT queued(*r);
            if (done)
                done(r);
            if (r)
                resume();
        });
}

void SendQueue::resume()
{
    if (!m_backoff.isActive())
        deliverNext();
}

void SendQueue::retryNow()
{
    m_backoff.stop();
    m_failures = 0;
    deliverNext();
}

void SendQueue::retry(const QString &txnId)
{
    m_store.post<Unit>([txnId](Database &db) { return requeue(db, txnId); }, this,
                       [this, txnId](Status s) {
                           if (s)
                               Q_EMIT requeued(txnId);
                           retryNow();
                       });
}

void SendQueue::deliverNext()
{
    if (m_busy)
        return;
    m_busy = true;
    m_store.post<std::vector<QueuedEvent>>(&queuedEvents, this, [this](Result<std::vector<QueuedEvent>> r) {
        if (!r) {
            m_busy = false;
            Q_EMIT failed(QString(), r.error());
            return;
        }
        m_pendingCount = int(r->size());
        if (r->empty()) {
            m_busy = false;
            Q_EMIT drained();
            return;
        }
        deliver(r->front());
    });
}

void SendQueue::deliver(const QueuedEvent &event)
{
    if (!m_encryptor)
        return put(event, {event.eventType, event.content});
    m_encryptor(event, [this, event](Result<WireEvent> wire) {
        if (!wire)
            return handleError(event, wire.error());
        put(event, *wire);
    });
}

void SendQueue::put(const QueuedEvent &event, const WireEvent &wire)
{
    m_http.sendJson(api::sendEvent(event.roomId, wire.first, event.txnId, wire.second),
                    [this, event](Result<QJsonObject> reply) {
                        if (!reply)
                            return handleError(event, reply.error());
                        const QString eventId = reply->value(QLatin1String("event_id")).toString();
                        m_failures = 0;
                        updateRow([event, eventId](Database &db) { return markSent(db, event.txnId, eventId); });
                        Q_EMIT sent(event.txnId, eventId, event.roomId);
                        m_busy = false;
                        deliverNext();
                    });
}

void SendQueue::handleError(const QueuedEvent &event, const Error &e)
{
    if (e.isTransient() || e.kind == Error::Kind::Cancelled || e.errcode == QLatin1String("M_UNKNOWN_TOKEN")) {
        // Keep order: wait and retry this same entry with the same transaction ID.
        ++m_failures;
        updateRow([event, e](Database &db) { return markAttempt(db, event.txnId, e.describe()); });
        Q_EMIT delayed(event.txnId, e);
        m_busy = false;
        m_backoff.start(e.retryAfterMs > 0 ? e.retryAfterMs : HttpClient::backoffMs(m_failures));
        return;
    }
    // The server refused it for good (forbidden, too large, unknown room), or it could not be encrypted:
    // keep it as failed so the user sees it and can retry or discard; move on to the next.
    updateRow([event, e](Database &db) { return markFailed(db, event.txnId, e.describe()); });
    Q_EMIT failed(event.txnId, e);
    m_busy = false;
    deliverNext();
}

void SendQueue::updateRow(std::function<Status(Database &)> write)
{
    // Queued on the store thread before the next deliverNext() read, so the order holds.
    m_store.post<Unit>(std::move(write), this, [this](Status s) {
        if (!s)
            Q_EMIT failed(QString(), s.error());
    });
}

} // namespace lattice
