#include "timeline_model.h"

#include "protocol/event.h"
#include "store/event_lookup.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace lattice {

namespace {
constexpr qint64 kNoPosition = std::numeric_limits<qint64>::max();
// Away from the live edge, edits and reactions newer than the window are read from the store, up
// to this many events after it (relations almost always follow their target closely).
constexpr int kRelationLookahead = 1000;

// Views may call back into the model from its own signals (QAbstractItemModelTester calls
// fetchMore on every change): a change in progress finishes before another one starts.
class Busy
{
public:
    explicit Busy(bool &flag) : m_flag(flag), m_was(flag) { m_flag = true; }
    ~Busy() { m_flag = m_was; }
    Busy(const Busy &) = delete;
    Busy &operator=(const Busy &) = delete;
    bool wasBusy() const { return m_was; }

private:
    bool &m_flag;
    bool m_was;
};

QString redactedEventId(const QJsonObject &redaction)
{
    // v11 moved `redacts` into content; older rooms have it at the top level.
    const QString inContent = event::content(redaction).value(QLatin1String("redacts")).toString();
    return inContent.isEmpty() ? redaction.value(QLatin1String("redacts")).toString() : inContent;
}
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

void TimelineModel::report(const Error &error)
{
    qWarning("TimelineModel %s: %s", qPrintable(m_roomId), qPrintable(error.message));
    Q_EMIT errorOccurred(error.message);
}

TimelineModel::Row TimelineModel::remoteRow(const StoredEvent &e)
{
    return Row{e.idx, e.json, event::transactionId(e.json), SendState::Remote, QString(), e.decrypted, e.senderTrust,
               e.decryptionError};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

const MemberRow &TimelineModel::sender(const QString &userId) const
{
    auto it = m_senders.find(userId);
    if (it == m_senders.end()) {
        auto info = memberInfo(m_db, m_roomId, userId);
        MemberRow fallback;
        fallback.userId = userId;
        fallback.displayName = userId;
        it = m_senders.insert(userId, info ? *info : fallback);
    }
    return *it;
}

void TimelineModel::forgetSenders()
{
    m_senders.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {SenderDisplayNameRole, SenderAvatarUrlRole});
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const QJsonObject content = event::content(r.json);
    switch (role) {
    case EventIdRole:
        return event::eventId(r.json);
    case TxnIdRole:
        return r.txnId;
    case SenderRole:
        return event::sender(r.json);
    case Qt::DisplayRole:
    case BodyRole:
        return content.value(QLatin1String("body")).toString();
    case SenderDisplayNameRole:
        return sender(event::sender(r.json)).displayName;
    case SenderAvatarUrlRole:
        return sender(event::sender(r.json)).avatarUrl;
    case TypeRole:
        return event::type(r.json);
    case MsgtypeRole:
        return content.value(QLatin1String("msgtype")).toString();
    case FormatRole:
        return content.value(QLatin1String("format")).toString();
    case FormattedBodyRole:
        return content.value(QLatin1String("formatted_body")).toString();
    case ContentRole:
        return content.toVariantMap();
    case RelatesToRole:
        return content.value(QLatin1String("m.relates_to")).toObject().toVariantMap();
    case StateKeyRole:
        return event::isState(r.json) ? QVariant(event::stateKey(r.json)) : QVariant();
    case IsStateRole:
        return event::isState(r.json);
    case IsRedactedRole:
        return event::isRedacted(r.json);
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(event::originServerTs(r.json));
    case SendStateRole:
        switch (r.state) {
        case SendState::Remote:
            return QStringLiteral("remote");
        case SendState::Queued:
            return QStringLiteral("queued");
        case SendState::Sent:
            return QStringLiteral("sent");
        case SendState::Failed:
            return QStringLiteral("failed");
        }
        return {};
    case SendErrorRole:
        return r.error;
    case DecryptedRole:
        return r.decrypted;
    case SenderTrustRole:
        return r.senderTrust;
    case DecryptionErrorRole:
        return r.decryptionError;
    case PrevContentRole:
        return event::prevContent(r.json).toVariantMap();
    case LatestContentRole:
    case IsEditedRole: {
        const QString id = event::eventId(r.json);
        const relations::DisplayedContent shown =
            relations::applyEdits(r.json, id.isEmpty() ? QList<QJsonObject>() : relations().edits(id));
        return role == IsEditedRole ? QVariant(shown.edited) : QVariant(shown.content.toVariantMap());
    }
    case ReactionsRole: {
        const QString id = event::eventId(r.json);
        if (id.isEmpty())
            return QVariantList();
        QVariantList out;
        for (const relations::ReactionGroup &g :
             relations::aggregateReactions(relations().reactions(id), m_ownUserId))
            out.append(QVariantMap{{QStringLiteral("key"), g.key},
                                   {QStringLiteral("count"), g.count},
                                   {QStringLiteral("senders"), g.senders},
                                   {QStringLiteral("ownEventId"), g.ownEventId}});
        return out;
    }
    case InReplyToRole: {
        const relations::RelatesTo rel = relations::parseRelatesTo(content);
        return rel.isReply() ? rel.inReplyTo : QString();
    }
    case SourceRole:
        return QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {EventIdRole, "eventId"},
        {TxnIdRole, "txnId"},
        {SenderRole, "sender"},
        {SenderDisplayNameRole, "senderDisplayName"},
        {SenderAvatarUrlRole, "senderAvatarUrl"},
        {TypeRole, "type"},
        {MsgtypeRole, "msgtype"},
        {BodyRole, "body"},
        {FormatRole, "format"},
        {FormattedBodyRole, "formattedBody"},
        {ContentRole, "content"},
        {RelatesToRole, "relatesTo"},
        {StateKeyRole, "stateKey"},
        {IsStateRole, "isState"},
        {IsRedactedRole, "isRedacted"},
        {TimestampRole, "timestamp"},
        {SendStateRole, "sendState"},
        {SendErrorRole, "sendError"},
        {DecryptedRole, "decrypted"},
        {SenderTrustRole, "senderTrust"},
        {DecryptionErrorRole, "decryptionError"},
        {PrevContentRole, "prevContent"},
        {LatestContentRole, "latestContent"},
        {IsEditedRole, "isEdited"},
        {ReactionsRole, "reactions"},
        {InReplyToRole, "inReplyTo"},
        {SourceRole, "source"},
    };
}

} // namespace lattice
