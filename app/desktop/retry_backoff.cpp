#include "retry_backoff.h"

#include "net/http_client.h"

namespace lattice::desktop {

RetryBackoff::RetryBackoff(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetryBackoff::due);
}

int RetryBackoff::failed(int retryAfterMs)
{
    ++m_failures;
    // The first wait is 2 s: a server that just failed rarely answers a second later.
    const int delay = retryAfterMs > 0 ? retryAfterMs : HttpClient::backoffMs(m_failures + 1);
    m_timer.start(delay);
    return delay;
}

void RetryBackoff::reset()
{
    m_failures = 0;
    m_timer.stop();
}

} // namespace lattice::desktop
