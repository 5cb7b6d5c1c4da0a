#pragma once
// When to try a failed request again: after 2 s, then 4 s, 8 s ... capped at 60 s (the HTTP
// client's back-off, one step on), or when the server said (retry_after_ms). A success or the user
// asking to try now starts again from the shortest delay.
#include <QObject>
#include <QTimer>

namespace lattice::desktop {

class RetryBackoff : public QObject
{
    Q_OBJECT
public:
    explicit RetryBackoff(QObject *parent = nullptr);

    // Another failure: `due` follows after the next delay, which is returned (ms).
    int failed(int retryAfterMs = 0);
    // Success, or a try made now: no retry is pending and the next delay is the shortest.
    void reset();
    bool isWaiting() const { return m_timer.isActive(); }
    int failures() const { return m_failures; }

Q_SIGNALS:
    void due();

private:
    QTimer m_timer;
    int m_failures = 0;
};

} // namespace lattice::desktop
