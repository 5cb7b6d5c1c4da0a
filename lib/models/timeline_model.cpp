// TimelineModel: construction, row lookup and the relation index of the window (paging, live
// updates and roles are in timeline_paging.cpp, timeline_updates.cpp and timeline_roles.cpp).
#include "timeline_model.h"

#include "protocol/event.h"
#include "store/event_lookup.h"

namespace lattice {

namespace {
// Away from the live edge, edits and reactions newer than the window are read from the store, up
// to this many events after it (relations almost always follow their target closely).
constexpr int kRelationLookahead = 1000;
} // namespace

TimelineModel::TimelineModel(Database &db, const QString &roomId, QObject *parent, int pageSize, int maxRows)
    : QAbstractListModel(parent), m_db(db), m_roomId(roomId), m_ownUserId(db.meta(QStringLiteral("user_id"))),
      m_pageSize(std::max(1, pageSize)), m_maxRows(std::max(m_pageSize * 2, maxRows))
{
    if (auto latest = latestEvents(m_db, m_roomId, m_pageSize); check(latest)) {
        for (const StoredEvent &e : *latest)
            m_rows.push_back(remoteRow(e));
        m_remote = int(m_rows.size());
    }
    if (auto echoes = localEchoes(m_db, m_roomId); check(echoes)) {
        for (const QueuedEvent &q : *echoes)
            addLocalEcho(q);
    }
    const auto dirty = [this] { m_relationsDirty = true; };
    connect(this, &QAbstractItemModel::rowsInserted, this, dirty);
    connect(this, &QAbstractItemModel::rowsRemoved, this, dirty);
    connect(this, &QAbstractItemModel::rowsMoved, this, dirty);
    connect(this, &QAbstractItemModel::modelReset, this, dirty);
    connect(this, &QAbstractItemModel::dataChanged, this, dirty);
}

const RelationIndex &TimelineModel::relations() const
{
    if (!m_relationsDirty)
        return m_relations;
    m_relationsDirty = false;
    m_relations.clear();
    for (const Row &r : m_rows)
        m_relations.add(r.json);
    if (!m_atLiveEdge && m_remote > 0) {
        auto newer = eventsAfter(m_db, m_roomId, m_rows[size_t(m_remote - 1)].idx, kRelationLookahead);
        if (newer)
            for (const StoredEvent &e : *newer)
                m_relations.add(e.json);
    }
    return m_relations;
}

void TimelineModel::relationChanged(const QJsonObject &relationEvent)
{
    const QString target = RelationIndex::targetOf(relationEvent);
    if (target.isEmpty())
        return;
    m_relationsDirty = true;
    if (const int row = rowOfEvent(target); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int TimelineModel::rowOfEvent(const QString &eventId) const
{
    if (eventId.isEmpty())
        return -1;
    if (const int row = remoteRowOf(eventId); row >= 0)
        return row;
    return echoRow(QString(), eventId);
}

QJsonObject TimelineModel::eventAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].json : QJsonObject();
}

QString TimelineModel::latestRemoteEventId() const
{
    return m_remote > 0 && m_atLiveEdge ? event::eventId(m_rows[size_t(m_remote - 1)].json) : QString();
}

void TimelineModel::report(const Error &error)
{
    qWarning("TimelineModel %s: %s", qPrintable(m_roomId), qPrintable(error.message));
    Q_EMIT errorOccurred(error.message);
}

TimelineModel::Row TimelineModel::remoteRow(const StoredEvent &e)
{
    return Row{e.idx,
               e.json,
               event::transactionId(e.json),
               SendState::Remote,
               QString(),
               e.decrypted,
               e.senderTrust,
               e.decryptionError};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::echoRow(const QString &txnId, const QString &eventId) const
{
    for (size_t i = size_t(m_remote); i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if ((!txnId.isEmpty() && r.txnId == txnId) ||
            (!eventId.isEmpty() && event::eventId(r.json) == eventId))
            return int(i);
    }
    return -1;
}

int TimelineModel::remoteRowOf(const QString &eventId) const
{
    for (int i = m_remote - 1; i >= 0; --i)
        if (event::eventId(m_rows[size_t(i)].json) == eventId)
            return i;
    return -1;
}

void TimelineModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    if (row < m_remote)
        --m_remote;
    endRemoveRows();
}

} // namespace lattice
