#include "timeline_model.h"

#include "protocol/event.h"
#include "store/event_lookup.h"

#include <QDateTime>
#include <QJsonArray>
#include <limits>

namespace lattice {

namespace {
constexpr qint64 kNoPosition = std::numeric_limits<qint64>::max();

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
    const qint64 oldest = m_remote > 0 ? m_rows.front().idx : kNoPosition;
    auto gap = gapAtOrBelow(m_db, m_roomId, oldest);
    if (!check(gap))
        return;
    // A gap just below the window: only the server has what comes next.
    if (gap->has_value() && (m_remote == 0 || (*gap)->idx == oldest)) {
        if (mayAskServer) {
            m_waitingForServer = true;
            Q_EMIT backPaginationNeeded(m_roomId);
        }
        return;
    }
    auto older = eventsBefore(m_db, m_roomId, oldest, m_pageSize);
    if (!check(older))
        return;
    std::vector<StoredEvent> page;
    for (StoredEvent &e : *older)
        if (!gap->has_value() || e.idx >= (*gap)->idx) // never page across a hole
            page.push_back(std::move(e));
    if (page.empty()) {
        setAtRoomStart(true);
        return;
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
        bool membersChanged = false;
        for (const QJsonValue &v : append.events)
            membersChanged |= event::type(v.toObject()) == QLatin1String("m.room.member");
        if (membersChanged)
            forgetSenders();
        if (m_atLiveEdge)
            appendLive(append.events);
        applyRedactions(append.events);
    }
    for (const QString &eventId : changes.decryptedEvents)
        reread(eventId);
    // Remote echoes that are not in the window (the user is reading older history): the echo goes;
    // its event pages in with the rest.
    for (const QString &txn : changes.echoedTransactions)
        if (const int row = echoRow(txn); row >= 0)
            removeRow(row);
}

void TimelineModel::appendLive(const QJsonArray &events)
{
    if (events.isEmpty())
        return;
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
        beginInsertRows({}, m_remote, m_remote);
        m_rows.insert(m_rows.begin() + m_remote, std::move(row));
        ++m_remote;
        endInsertRows();
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
        reread(event::eventId(m_rows[size_t(row)].json));
    }
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
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
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
    };
}

} // namespace lattice
