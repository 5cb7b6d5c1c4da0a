#include "sync_loop.h"

#include "net/client_api.h"
#include "release_memory.h"
#include "store/sync_writer.h"
#include "store_thread.h"

namespace lattice {

namespace {
constexpr qsizetype kLargeBody = 1 << 20; // an initial sync of more than a few rooms
} // namespace

SyncLoop::SyncLoop(HttpClient &http, StoreThread &store, QObject *parent)
    : QObject(parent), m_http(http), m_store(store), m_filter(api::defaultSyncFilter())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncLoop::next);
}

void SyncLoop::start(int pollTimeoutMs)
{
    m_pollTimeoutMs = pollTimeoutMs;
    if (m_running)
        return;
    m_running = true;
    next();
}

void SyncLoop::stop()
{
    m_running = false;
    m_retryTimer.stop();
    if (m_pending)
        m_pending->cancel();
}

void SyncLoop::syncOnce(int pollTimeoutMs, std::function<void(Result<ChangeSet>)> done)
{
    request(pollTimeoutMs, [this, done = std::move(done)](Result<ChangeSet> r) {
        if (r)
            Q_EMIT synced(*r);
        done(std::move(r));
    });
}

void SyncLoop::next()
{
    if (!m_running || m_pending)
        return;
    // The first sync returns at once so the room list shows as soon as the server has it.
    request(m_since.isEmpty() ? 0 : m_pollTimeoutMs, [this](Result<ChangeSet> r) { onResult(std::move(r)); });
}

void SyncLoop::request(int pollTimeoutMs, std::function<void(Result<ChangeSet>)> done)
{
    m_pending = m_http.send(api::sync(m_since, m_filter, pollTimeoutMs), [this, done = std::move(done)](
                                                                              Result<HttpResponse> reply) mutable {
        m_pending = nullptr;
        if (!reply)
            return done(reply.error());
        // Parsing and storing happen on the store thread; only the ChangeSet comes back.
        auto job = [body = std::move(reply->body)](Database &db) mutable -> Result<ChangeSet> {
            const bool large = body.size() > kLargeBody;
            Result<ChangeSet> result = [&]() -> Result<ChangeSet> {
                // Rooms stay slices of the body until the writer stores them one by one: an initial
                // sync then needs memory for the body and one parsed room, not for all rooms parsed.
                auto parsed = parseSyncResponseByRoom(body);
                body = QByteArray(); // `parsed` shares it
                if (!parsed)
                    return parsed.error();
                return SyncWriter(db).apply(*parsed);
            }();
            if (large)
                releaseFreedMemory(); // body and rooms are gone: do not stay at the peak
            return result;
        };
        m_store.post<ChangeSet>(job, this, [this, done = std::move(done)](Result<ChangeSet> r) {
            if (r)
                m_since = r->nextBatch;
            done(std::move(r));
        });
    });
}

void SyncLoop::onResult(Result<ChangeSet> result)
{
    if (result) {
        if (m_failures > 0)
            Q_EMIT connectionRestored();
        m_failures = 0;
        Q_EMIT synced(*result);
        next();
        return;
    }
    const Error &e = result.error();
    if (e.kind == Error::Kind::Cancelled)
        return;
    Q_EMIT syncError(e);
    if (e.errcode == QLatin1String("M_UNKNOWN_TOKEN") || e.errcode == QLatin1String("M_MISSING_TOKEN")) {
        m_running = false; // the session decides: re-login (soft logout) or sign out
        return;
    }
    ++m_failures;
    m_retryTimer.start(e.retryAfterMs > 0 ? e.retryAfterMs : HttpClient::backoffMs(m_failures));
}

} // namespace lattice
