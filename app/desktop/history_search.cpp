#include "history_search.h"

#include "client/session.h"

namespace lattice::desktop {

namespace {
// Pages of 100 events: the original of a reply up to about 5,000 events back.
constexpr int kMaxPages = 50;
} // namespace

HistorySearch::HistorySearch(Session &session, const QString &roomId, QObject *parent)
    : QObject(parent), m_session(session), m_roomId(roomId)
{}

HistorySearch::~HistorySearch()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void HistorySearch::start(const QString &eventId)
{
    if (m_cancelled)
        *m_cancelled = true;
    auto cancelled = std::make_shared<bool>(false);
    m_cancelled = cancelled;
    setFailure({});
    setSearching(true);
    m_session.backPaginateUntil(
        m_roomId, eventId, kMaxPages, [cancelled] { return *cancelled; },
        [this, cancelled, eventId](Result<bool> stored) {
            if (*cancelled)
                return; // cancelled, replaced by another search, or this object is gone
            m_cancelled.reset();
            setSearching(false);
            if (stored && *stored)
                return Q_EMIT found(eventId);
            const QString why = !stored
                                    ? tr("Could not search the history: %1").arg(stored.error().describe())
                                    : tr("The original message was not found in the room's history.");
            setFailure(why);
            Q_EMIT notFound(eventId, why);
        });
}

void HistorySearch::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_cancelled.reset();
    setSearching(false);
    setFailure({});
}

void HistorySearch::setFailure(const QString &failure)
{
    if (failure == m_failure)
        return;
    m_failure = failure;
    Q_EMIT failureChanged();
}

void HistorySearch::setSearching(bool on)
{
    if (on == m_searching)
        return;
    m_searching = on;
    Q_EMIT searchingChanged();
}

} // namespace lattice::desktop
