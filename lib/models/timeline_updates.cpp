// TimelineModel's live updates: new events of a sync batch, redactions, decryption results and
// the local echoes of the send queue.
#include "timeline_busy.h"
#include "timeline_model.h"

#include "protocol/event.h"
#include "store/event_lookup.h"

#include <QJsonArray>
#include <limits>

namespace lattice {

using timeline_detail::Busy;

namespace {
QString redactedEventId(const QJsonObject &redaction)
{
    // v11 moved `redacts` into content; older rooms have it at the top level.
    const QString inContent = event::content(redaction).value(QLatin1String("redacts")).toString();
    return inContent.isEmpty() ? redaction.value(QLatin1String("redacts")).toString() : inContent;
}
} // namespace

void TimelineModel::applyChanges(const ChangeSet &changes)
{
    Busy busy(m_busy);
    for (const TimelineAppend &append : changes.appended) {
        if (append.roomId != m_roomId)
            continue;
        if (changes.initial) {
            // The initial sync carries no events (see TimelineAppend): what it stored is read back.
            forgetSenders();
            if (m_atLiveEdge)
                appendLive();
            continue;
        }
        bool membersChanged = false;
        for (const QJsonValue &v : append.events)
            membersChanged |= event::type(v.toObject()) == QLatin1String("m.room.member");
        if (membersChanged)
            forgetSenders();
        if (m_atLiveEdge && !append.events.isEmpty())
            appendLive();
        applyRedactions(append.events);
    }
    eventsDecrypted(changes.decryptedEvents);
    // Remote echoes that are not in the window (the user is reading older history): the echo goes;
    // its event pages in with the rest.
    for (const QString &txn : changes.echoedTransactions)
        if (const int row = echoRow(txn); row >= 0)
            removeRow(row);
}

void TimelineModel::appendLive()
{
    const qint64 newest =
        m_remote > 0 ? m_rows[size_t(m_remote - 1)].idx : std::numeric_limits<qint64>::min();
    auto stored = eventsAfter(m_db, m_roomId, newest, m_maxRows);
    if (!check(stored) || stored->empty())
        return;
    if (int(stored->size()) >= m_maxRows) {
        // More new events than the window holds: show the newest and let the rest page in.
        stored = latestEvents(m_db, m_roomId, m_maxRows);
        if (!check(stored))
            return;
        dropOldest(m_remote);
    }
    // A limited batch starts after a hole: what the window held is no longer adjacent to it.
    auto gap = gapAtOrBelow(m_db, m_roomId, stored->back().idx);
    if (!check(gap))
        return;
    const qint64 hole = gap->has_value() && (*gap)->idx > newest ? (*gap)->idx : newest;
    if (hole != newest)
        dropOldest(m_remote);
    std::erase_if(*stored, [hole](const StoredEvent &e) { return e.idx < hole; });
    dropOldest(m_remote + int(stored->size()) - m_maxRows);
    for (const StoredEvent &e : *stored) {
        Row row = remoteRow(e);
        const int echo = echoRow(row.txnId, event::eventId(e.json));
        if (echo >= 0) {
            // The remote echo takes the local echo's row: moved next to the remote events if
            // other echoes came first, then changed in place.
            if (echo != m_remote) {
                beginMoveRows({}, echo, echo, {}, m_remote);
                Row moving = std::move(m_rows[size_t(echo)]);
                m_rows.erase(m_rows.begin() + echo);
                m_rows.insert(m_rows.begin() + m_remote, std::move(moving));
                endMoveRows();
            }
            if (row.txnId.isEmpty())
                row.txnId = m_rows[size_t(m_remote)].txnId;
            m_rows[size_t(m_remote)] = std::move(row);
            ++m_remote;
            Q_EMIT dataChanged(index(m_remote - 1), index(m_remote - 1));
            continue;
        }
        const QJsonObject json = row.json;
        beginInsertRows({}, m_remote, m_remote);
        m_rows.insert(m_rows.begin() + m_remote, std::move(row));
        ++m_remote;
        endInsertRows();
        relationChanged(json);
    }
}

void TimelineModel::applyRedactions(const QJsonArray &events)
{
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (event::type(e) != QLatin1String("m.room.redaction"))
            continue;
        const int row = remoteRowOf(redactedEventId(e));
        if (row < 0)
            continue;
        // The sync writer stored the redacted form in place of the original.
        const QJsonObject before = m_rows[size_t(row)].json;
        reread(event::eventId(before));
        relationChanged(before); // a reaction taken back or an edit removed
    }
}

void TimelineModel::eventsDecrypted(const QStringList &eventIds)
{
    Busy busy(m_busy);
    for (const QString &eventId : eventIds)
        reread(eventId);
}

// A row on screen whose stored form changed (redacted, decrypted, failed to decrypt).
void TimelineModel::reread(const QString &eventId)
{
    const int row = remoteRowOf(eventId);
    if (row < 0)
        return;
    auto stored = findEvent(m_db, eventId);
    if (!check(stored) || !stored->has_value())
        return;
    Row &r = m_rows[size_t(row)];
    r.json = (*stored)->json;
    r.decrypted = (*stored)->decrypted;
    r.senderTrust = (*stored)->senderTrust;
    r.decryptionError = (*stored)->decryptionError;
    Q_EMIT dataChanged(index(row), index(row));
}

void TimelineModel::addLocalEcho(const QueuedEvent &queued)
{
    Busy busy(m_busy);
    if (queued.roomId != m_roomId || echoRow(queued.txnId) >= 0)
        return;
    Row row;
    row.txnId = queued.txnId;
    row.json = QJsonObject{{QStringLiteral("type"), queued.eventType},
                           {QStringLiteral("sender"), m_ownUserId},
                           {QStringLiteral("content"), queued.content},
                           {QStringLiteral("origin_server_ts"), queued.createdTs}};
    if (!queued.eventId.isEmpty())
        row.json.insert(QStringLiteral("event_id"), queued.eventId);
    row.state = queued.state == QLatin1String("failed") ? SendState::Failed
                : queued.state == QLatin1String("sent") ? SendState::Sent
                                                        : SendState::Queued;
    row.error = queued.lastError;
    const int at = int(m_rows.size());
    const QJsonObject json = row.json;
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
    relationChanged(json);
}

void TimelineModel::markSent(const QString &txnId, const QString &eventId)
{
    Busy busy(m_busy);
    const int row = echoRow(txnId);
    if (row < 0)
        return; // the remote echo came first and already took the row
    if (remoteRowOf(eventId) >= 0) {
        removeRow(row); // the event is on screen already
        return;
    }
    Row &r = m_rows[size_t(row)];
    r.state = SendState::Sent;
    r.error.clear();
    r.json.insert(QStringLiteral("event_id"), eventId);
    Q_EMIT dataChanged(index(row), index(row));
}

void TimelineModel::markFailed(const QString &txnId, const Error &error)
{
    Busy busy(m_busy);
    const int row = echoRow(txnId);
    if (row < 0)
        return;
    Row &r = m_rows[size_t(row)];
    r.state = SendState::Failed;
    r.error = error.message;
    Q_EMIT dataChanged(index(row), index(row));
}

void TimelineModel::markQueued(const QString &txnId)
{
    Busy busy(m_busy);
    const int row = echoRow(txnId);
    if (row < 0)
        return;
    Row &r = m_rows[size_t(row)];
    r.state = SendState::Queued;
    r.error.clear();
    Q_EMIT dataChanged(index(row), index(row));
}

} // namespace lattice
