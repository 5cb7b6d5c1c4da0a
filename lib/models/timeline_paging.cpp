// TimelineModel's window over the store: paging older and newer events in, dropping rows far
// from the user's position, and jumping to an event.
#include "timeline_busy.h"
#include "timeline_model.h"

#include "protocol/event.h"
#include "store/event_lookup.h"

#include <limits>

namespace lattice {

using timeline_detail::Busy;

namespace {
constexpr qint64 kNoPosition = std::numeric_limits<qint64>::max();
} // namespace

bool TimelineModel::loadAround(const QString &eventId)
{
    if (remoteRowOf(eventId) >= 0)
        return true;
    auto found = findEvent(m_db, eventId);
    if (!check(found) || !found->has_value())
        return false;
    const qint64 at = (*found)->idx;
    auto before = eventsBefore(m_db, m_roomId, at + 1, m_pageSize);
    auto after = eventsAfter(m_db, m_roomId, at, m_pageSize + 1);
    auto below = gapAtOrBelow(m_db, m_roomId, at);
    if (!check(before) || !check(after) || !check(below))
        return false;
    if (before->empty() || before->back().idx != at)
        return false; // another room's event
    // Never show a hole as if the events on either side were adjacent.
    if (below->has_value())
        std::erase_if(*before, [&](const StoredEvent &e) { return e.idx < (*below)->idx; });
    bool more = int(after->size()) > m_pageSize;
    if (!after->empty()) {
        auto above = gapAtOrBelow(m_db, m_roomId, after->back().idx);
        if (!check(above))
            return false;
        if (above->has_value() && (*above)->idx > at) {
            std::erase_if(*after, [&](const StoredEvent &e) { return e.idx >= (*above)->idx; });
            more = true;
        }
    }
    if (int(after->size()) > m_pageSize)
        after->pop_back();
    Busy busy(m_busy);
    beginResetModel();
    std::vector<Row> rows;
    for (const StoredEvent &e : *before)
        rows.push_back(remoteRow(e));
    for (const StoredEvent &e : *after)
        rows.push_back(remoteRow(e));
    const int remote = int(rows.size());
    for (size_t i = size_t(m_remote); i < m_rows.size(); ++i) // local echoes stay at the end
        rows.push_back(std::move(m_rows[i]));
    m_rows = std::move(rows);
    m_remote = remote;
    m_waitingForServer = false;
    endResetModel();
    setAtLiveEdge(!more);
    setAtRoomStart(false);
    return true;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atRoomStart && !m_waitingForServer;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (Busy busy(m_busy); !parent.isValid() && !busy.wasBusy())
        pageOlder(true);
}

void TimelineModel::storeExtended()
{
    m_waitingForServer = false;
    if (Busy busy(m_busy); !busy.wasBusy())
        pageOlder(false);
}

void TimelineModel::pageOlder(bool mayAskServer)
{
    if (m_atRoomStart || m_waitingForServer)
        return;
    // Nothing precedes a room's creation, whatever gap the first sync left below it.
    if (m_remote > 0 && event::type(m_rows.front().json) == QLatin1String("m.room.create"))
        return setAtRoomStart(true);
    const qint64 oldest = m_remote > 0 ? m_rows.front().idx : kNoPosition;
    auto gap = gapAtOrBelow(m_db, m_roomId, oldest);
    if (!check(gap))
        return;
    const auto askServer = [&] {
        if (!mayAskServer)
            return;
        m_waitingForServer = true;
        Q_EMIT backPaginationNeeded(m_roomId);
    };
    // A gap just below the window: only the server has what comes next.
    if (gap->has_value() && (m_remote == 0 || (*gap)->idx == oldest))
        return askServer();
    auto older = eventsBefore(m_db, m_roomId, oldest, m_pageSize);
    if (!check(older))
        return;
    std::vector<StoredEvent> page;
    for (StoredEvent &e : *older)
        if (!gap->has_value() || e.idx >= (*gap)->idx) // never page across a hole
            page.push_back(std::move(e));
    if (page.empty()) {
        // A hole is never the beginning: the store gave up a gap only where the server said so.
        if (gap->has_value())
            return askServer();
        return setAtRoomStart(true);
    }
    dropNewest(m_remote + int(page.size()) - m_maxRows);
    beginInsertRows({}, 0, int(page.size()) - 1);
    m_rows.insert(m_rows.begin(), page.size(), Row());
    for (size_t i = 0; i < page.size(); ++i)
        m_rows[i] = remoteRow(page[i]);
    m_remote += int(page.size());
    endInsertRows();
}

void TimelineModel::fetchNewer()
{
    Busy busy(m_busy);
    if (m_atLiveEdge || busy.wasBusy())
        return;
    const qint64 newest =
        m_remote > 0 ? m_rows[size_t(m_remote - 1)].idx : std::numeric_limits<qint64>::min();
    auto newer = eventsAfter(m_db, m_roomId, newest, m_pageSize + 1);
    if (!check(newer))
        return;
    const bool more = int(newer->size()) > m_pageSize;
    if (more)
        newer->pop_back();
    dropOldest(m_remote + int(newer->size()) - m_maxRows);
    if (!newer->empty()) {
        beginInsertRows({}, m_remote, m_remote + int(newer->size()) - 1);
        m_rows.insert(m_rows.begin() + m_remote, newer->size(), Row());
        for (size_t i = 0; i < newer->size(); ++i)
            m_rows[size_t(m_remote) + i] = remoteRow((*newer)[i]);
        m_remote += int(newer->size());
        endInsertRows();
    }
    if (!more)
        setAtLiveEdge(true);
}

// Makes room for an older page: the newest `count` rows go and page back in with fetchNewer.
void TimelineModel::dropNewest(int count)
{
    count = std::min(count, m_remote);
    if (count <= 0)
        return;
    beginRemoveRows({}, m_remote - count, m_remote - 1);
    m_rows.erase(m_rows.begin() + (m_remote - count), m_rows.begin() + m_remote);
    m_remote -= count;
    endRemoveRows();
    setAtLiveEdge(false);
}

// Makes room for newer rows: the oldest `count` rows go and page back in on scrolling up.
void TimelineModel::dropOldest(int count)
{
    count = std::min(count, m_remote);
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    m_remote -= count;
    endRemoveRows();
    setAtRoomStart(false);
}

void TimelineModel::setAtLiveEdge(bool on)
{
    if (on == m_atLiveEdge)
        return;
    m_atLiveEdge = on;
    Q_EMIT atLiveEdgeChanged();
}

void TimelineModel::setAtRoomStart(bool on)
{
    if (on == m_atRoomStart)
        return;
    m_atRoomStart = on;
    Q_EMIT atRoomStartChanged();
}

int TimelineModel::depthWanted() const
{
    if (m_remote == 0)
        return m_pageSize;
    auto below = countEventsFrom(m_db, m_roomId, m_rows.front().idx);
    return (below ? *below : m_remote) + m_pageSize;
}

} // namespace lattice
