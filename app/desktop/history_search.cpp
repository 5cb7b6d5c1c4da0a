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
    setSearching(true);
    m_session.backPaginateUntil(
        m_roomId, eventId, kMaxPages, [cancelled] { return *cancelled; },
        [this, cancelled, eventId](Result<bool> stored) {
            if (*cancelled)
                return; // cancelled, replaced by another search, or this object is gone
            m_cancelled.reset();
            setSearching(false);
            if (!stored)
                Q_EMIT notFound(eventId,
                                tr("Could not search the history: %1").arg(stored.error().describe()));
            else if (*stored)
                Q_EMIT found(eventId);
            else
                Q_EMIT notFound(eventId, tr("The original message was not found in the room's history."));
        });
}

void HistorySearch::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_cancelled.reset();
    setSearching(false);
}

void HistorySearch::setSearching(bool on)
{
    if (on == m_searching)
        return;
    m_searching = on;
    Q_EMIT searchingChanged();
}

} // namespace lattice::desktop
