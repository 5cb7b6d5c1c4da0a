#include "room_controller.h"

#include "client/relation_content.h"
#include "client/send_queue.h"
#include "protocol/event.h"
#include "store/timeline_store.h"

#include <QClipboard>
#include <QGuiApplication>
#include <algorithm>

namespace lattice::desktop {

namespace {
constexpr int kTypingResendMs = 20000; // the server's typing timeout is 30 s
constexpr int kTypingIdleMs = 5000;    // stop "typing" after this long without a key
} // namespace

RoomController::RoomController(Session &session, const RoomListModel &rooms, const QString &roomId,
                               QObject *parent, EncryptedFiles *encryptedFiles)
    : QObject(parent), m_session(session), m_rooms(rooms), m_roomId(roomId),
      m_timeline(session.reader(), roomId), m_view(&m_timeline, session.reader()), m_people(session, roomId),
      m_historySearch(session, roomId)
{
    // Connected before the first fetchMore, as TimelineModel asks.
    m_view.setEncryptedFiles(encryptedFiles);
    m_media.setEncryptedFiles(encryptedFiles);
    connect(&m_timeline, &TimelineModel::backPaginationNeeded, this, [this] { backPaginate(); });
    connect(&m_timeline, &TimelineModel::atRoomStartChanged, this, &RoomController::atRoomStartChanged);
    connect(&m_timeline, &TimelineModel::atLiveEdgeChanged, this, &RoomController::atLiveEdgeChanged);
    connect(&m_timeline, &TimelineModel::errorOccurred, this, &RoomController::errorOccurred);
    connect(&rooms, &QAbstractItemModel::dataChanged, this, &RoomController::headerChanged);
    connect(&rooms, &QAbstractItemModel::modelReset, this, &RoomController::headerChanged);
    connect(&rooms, &QAbstractItemModel::rowsInserted, this, &RoomController::headerChanged);

    SendQueue &queue = session.sendQueue();
    connect(&queue, &SendQueue::queued, this, [this](const QueuedEvent &e) {
        if (e.roomId == m_roomId)
            m_timeline.addLocalEcho(e);
    });
    connect(&queue, &SendQueue::sent, this,
            [this](const QString &txnId, const QString &eventId, const QString &room) {
                if (room == m_roomId)
                    m_timeline.markSent(txnId, eventId);
            });
    connect(&queue, &SendQueue::failed, &m_timeline, &TimelineModel::markFailed);
    connect(&queue, &SendQueue::requeued, &m_timeline, &TimelineModel::markQueued);

    // Events decrypted after their sync batch was shown (own messages, keys that came late).
    connect(&session, &Session::eventsDecrypted, this,
            [this](const QStringList &roomIds, const QStringList &eventIds) {
                if (roomIds.contains(m_roomId))
                    m_timeline.eventsDecrypted(eventIds);
            });
    connect(&m_historySearch, &HistorySearch::found, this, [this](const QString &eventId) {
        if (m_timeline.loadAround(eventId))
            Q_EMIT jumpReady(eventId, m_view.rowOfEvent(eventId));
        else
            Q_EMIT errorOccurred(tr("The original message was not found in the room's history."));
    });
    // HistorySearch::failure says in the search bar when the original was not found.

    // Originals of replies that the store does not have come from the server.
    connect(&m_view.conversation(), &ConversationRoles::eventWanted, this, [this](const QString &eventId) {
        std::weak_ptr<bool> alive = m_alive;
        m_session.fetchEvent(m_roomId, eventId, [this, alive, eventId](Result<QJsonObject> r) {
            if (alive.expired())
                return;
            if (r)
                m_view.conversation().setFetchedEvent(eventId, *r);
            else
                m_view.conversation().setEventUnavailable(eventId);
        });
    });

    // Where the first unread message is, once per batch of row changes.
    m_notificationsAtOpen = roomData(RoomListModel::UnreadCountRole).toInt();
    m_unreadRefresh.setSingleShot(true);
    m_unreadRefresh.setInterval(0);
    connect(&m_unreadRefresh, &QTimer::timeout, this, &RoomController::refreshUnread);
    const auto scheduleUnread = [this] { m_unreadRefresh.start(); };
    connect(&m_view, &QAbstractItemModel::rowsInserted, this, scheduleUnread);
    connect(&m_view, &QAbstractItemModel::rowsRemoved, this, scheduleUnread);
    connect(&m_view, &QAbstractItemModel::modelReset, this, scheduleUnread);
    connect(&m_view, &QAbstractItemModel::layoutChanged, this, scheduleUnread);
    refreshUnread();

    // A failed page of history is asked for again later, only while the view still wants it.
    connect(&m_historyRetry, &RetryBackoff::due, this, [this] {
        if (m_historyWanted)
            loadOlder();
    });

    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(kTypingIdleMs);
    connect(&m_typingIdle, &QTimer::timeout, this, [this] { setTyping(false); });

    // The first sync brings only the newest few events: fill the first screen.
    if (m_timeline.rowCount() < m_timeline.pageSize())
        loadOlder();
}

RoomController::~RoomController()
{
    *m_alive = false;
    if (m_typing)
        m_session.setTyping(m_roomId, false, [](Status) {});
}

QVariant RoomController::roomData(int role) const
{
    const int row = m_rooms.rowOf(m_roomId);
    return row < 0 ? QVariant() : m_rooms.data(m_rooms.index(row, 0), role);
}

QString RoomController::displayName() const
{
    const QString name = roomData(RoomListModel::DisplayNameRole).toString();
    return name.isEmpty() ? m_roomId : name;
}

QString RoomController::topic() const
{
    return roomData(RoomListModel::TopicRole).toString();
}
int RoomController::memberCount() const
{
    return roomData(RoomListModel::MemberCountRole).toInt();
}
bool RoomController::isEncrypted() const
{
    return roomData(RoomListModel::IsEncryptedRole).toBool();
}
QString RoomController::avatarUrl() const
{
    return roomData(RoomListModel::AvatarUrlRole).toString();
}

void RoomController::loadOlder()
{
    // While a retry waits, scrolling does not ask again: the back-off decides when.
    if (m_loadingHistory || m_historyRetry.isWaiting() || !m_timeline.canFetchMore({}))
        return;
    m_timeline.fetchMore({});
}

void RoomController::retryHistory()
{
    m_historyRetry.reset();
    loadOlder();
}

void RoomController::setHistoryWanted(bool wanted)
{
    if (wanted == m_historyWanted)
        return;
    m_historyWanted = wanted;
    Q_EMIT historyWantedChanged();
    // Back at the top after a retry fell due while the view was elsewhere.
    if (wanted && !m_historyError.isEmpty())
        loadOlder();
}

void RoomController::backPaginate()
{
    setLoadingHistory(true);
    std::weak_ptr<bool> alive = m_alive;
    const auto done = [this, alive](Status s) {
        if (alive.expired())
            return;
        if (s) {
            m_historyRetry.reset();
            setHistoryError({});
        } else if (s.error().kind != Error::Kind::Cancelled) {
            setHistoryError(s.error().describe());
            m_historyRetry.failed(s.error().retryAfterMs); // a refusal too: paced, and cheap to ask again
        }
        m_timeline.storeExtended(); // whatever the result, so the model stops waiting
        setLoadingHistory(false);
    };
    // One request per try: the error shows at once and RetryBackoff paces the next tries.
    m_session.backPaginate(m_roomId, m_timeline.depthWanted(), done, Session::Retries::ByCaller);
}

std::function<void(Result<QueuedEvent>)> RoomController::reportSendError()
{
    std::weak_ptr<bool> alive = m_alive;
    return [this, alive](Result<QueuedEvent> r) {
        if (!alive.expired() && !r)
            Q_EMIT errorOccurred(tr("Could not send the message: %1").arg(r.error().describe()));
    };
}

bool RoomController::send(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    m_typingIdle.stop();
    setTyping(false);
    // The mentions chosen in the completion popup become links and m.mentions, in replies and edits too.
    QJsonObject content = m_people.mentions()->messageContent(text);
    if (!m_editing.isEmpty()) {
        content = relations::editContent(content, m_editing, m_editingContent);
    } else if (!m_replyTo.isEmpty()) {
        content = relations::mentionRepliedToSender(relations::replyContent(content, m_replyTo),
                                                    m_replyToSender, m_session.userId());
    }
    m_session.sendQueue().enqueue(m_roomId, QStringLiteral("m.room.message"), content, reportSendError());
    m_people.mentions()->clearChosen();
    cancelCompose();
    return true;
}

QModelIndex RoomController::viewIndexOf(const QString &eventId) const
{
    const int row = m_view.rowOfEvent(eventId);
    if (row < 0)
        return {};
    const QModelIndex i = m_view.index(row, 0);
    return i.data(TimelineModel::EventIdRole).toString() == eventId ? i : QModelIndex();
}

void RoomController::startReply(const QString &eventId)
{
    const QModelIndex i = viewIndexOf(eventId);
    if (!i.isValid())
        return;
    m_editing.clear();
    m_replyTo = eventId;
    m_replyToSender = i.data(TimelineModel::SenderRole).toString();
    const QString name = i.data(TimelineModel::SenderDisplayNameRole).toString();
    m_replyToName = name.isEmpty() ? i.data(TimelineModel::SenderRole).toString() : name;
    Q_EMIT composeModeChanged();
}

QString RoomController::startEdit(const QString &eventId)
{
    const QModelIndex i = viewIndexOf(eventId);
    if (!i.isValid() || !i.data(TimelineViewModel::CanEditRole).toBool())
        return {};
    m_replyTo.clear();
    m_replyToName.clear();
    m_editing = eventId;
    m_editingContent = QJsonObject::fromVariantMap(i.data(TimelineModel::LatestContentRole).toMap());
    Q_EMIT composeModeChanged();
    return i.data(TimelineViewModel::PlainTextRole).toString();
}

QString RoomController::editLastOwnMessage()
{
    for (int r = m_view.rowCount() - 1; r >= 0; --r) {
        const QModelIndex i = m_view.index(r, 0);
        if (i.data(TimelineViewModel::CanEditRole).toBool())
            return startEdit(i.data(TimelineModel::EventIdRole).toString());
    }
    return {};
}

void RoomController::cancelCompose()
{
    if (m_replyTo.isEmpty() && m_editing.isEmpty())
        return;
    m_replyTo.clear();
    m_replyToName.clear();
    m_replyToSender.clear();
    m_editing.clear();
    m_editingContent = {};
    Q_EMIT composeModeChanged();
}

void RoomController::toggleReaction(const QString &eventId, const QString &key)
{
    const QModelIndex i = viewIndexOf(eventId);
    if (!i.isValid() || key.isEmpty())
        return;
    for (const QVariant &v :
         m_timeline.index(m_view.mapToSource(i).row()).data(TimelineModel::ReactionsRole).toList()) {
        const QVariantMap group = v.toMap();
        if (group.value(QStringLiteral("key")).toString() != key ||
            !group.value(QStringLiteral("senders")).toStringList().contains(m_session.userId()))
            continue;
        const QString own = group.value(QStringLiteral("ownEventId")).toString();
        if (!own.isEmpty())
            redact(own);
        return; // still on its way: nothing to take back yet
    }
    m_session.sendReaction(m_roomId, eventId, key, reportSendError());
}

void RoomController::redact(const QString &eventId)
{
    std::weak_ptr<bool> alive = m_alive;
    m_session.redactEvent(m_roomId, eventId, QString(), [this, alive](Status s) {
        if (!alive.expired() && !s)
            Q_EMIT errorOccurred(tr("Could not remove the message: %1").arg(s.error().describe()));
    });
}

void RoomController::copyText(const QString &eventId)
{
    const QModelIndex i = viewIndexOf(eventId);
    if (i.isValid() && QGuiApplication::clipboard())
        QGuiApplication::clipboard()->setText(i.data(TimelineViewModel::PlainTextRole).toString());
}

QString RoomController::eventSource(const QString &eventId) const
{
    const QModelIndex i = viewIndexOf(eventId);
    return i.isValid() ? i.data(TimelineModel::SourceRole).toString() : QString();
}

int RoomController::jumpTo(const QString &eventId)
{
    if (m_timeline.loadAround(eventId)) {
        m_historySearch.cancel();
        return m_view.rowOfEvent(eventId);
    }
    // Not stored yet: older pages come from the server; jumpReady says where it is.
    m_historySearch.start(eventId);
    return -1;
}

void RoomController::markRead()
{
    const QString latest = m_timeline.latestRemoteEventId();
    if (latest.isEmpty() || latest == m_lastMarkedRead)
        return;
    m_lastMarkedRead = latest;
    // Unread messages above that the user never scrolled to keep the read marker before them, so
    // the line and the pill show them again next time (as in Element); the receipt moves anyway.
    const bool pastUnread = !m_unread.any() || m_unreadMarkerSeen;
    if (m_unread.any() && m_unreadMarkerSeen && !m_readThrough) {
        m_readThrough = true;
        Q_EMIT unreadChanged();
    }
    std::weak_ptr<bool> alive = m_alive;
    const QString fullyRead = pastUnread ? latest : QString();
    m_session.setReadMarkers(m_roomId, fullyRead, latest, [this, alive, latest](Status s) {
        if (alive.expired())
            return;
        if (s)
            m_receipt.sent(latest);
        else
            m_lastMarkedRead.clear(); // try again next time the bottom is seen
    });
}

void RoomController::markSeenUpTo(int viewRow)
{
    // The spec: no receipts for own events; local echoes have no place in the timeline yet, and
    // state events do not count towards notifications.
    const QString own = m_session.userId();
    for (int r = std::min(viewRow, m_view.rowCount() - 1); r >= 0; --r) {
        const QModelIndex i = m_view.index(r, 0);
        const QString eventId = i.data(TimelineModel::EventIdRole).toString();
        if (eventId == m_receipt.eventId())
            return; // already there: everything above is older
        if (i.data(TimelineModel::SendStateRole).toString() != QLatin1String("remote") ||
            i.data(TimelineModel::SenderRole).toString() == own ||
            i.data(TimelineModel::IsStateRole).toBool())
            continue;
        m_receipt.moveTo(eventId);
        return;
    }
}

void RoomController::unreadMarkerSeen()
{
    if (m_unreadMarkerSeen)
        return;
    m_unreadMarkerSeen = true;
    m_lastMarkedRead.clear(); // the bottom, if in view, now moves the read marker as well
}

void RoomController::markAllRead()
{
    auto newest = latestEvents(m_session.reader(), m_roomId, 1);
    if (!newest || newest->empty())
        return;
    const QString eventId = event::eventId(newest->back().json);
    if (eventId == m_lastMarkedRead && eventId == unreadEventId())
        return; // already sent (Esc pressed again)
    m_view.conversation().setFullyRead(eventId);
    m_view.refreshReceipts(); // the line goes
    refreshUnread();
    m_lastMarkedRead = eventId;
    std::weak_ptr<bool> alive = m_alive;
    m_session.setReadMarkers(m_roomId, eventId, eventId, [this, alive, eventId](Status s) {
        if (alive.expired())
            return;
        if (s)
            return m_receipt.sent(eventId);
        m_lastMarkedRead.clear();
        Q_EMIT errorOccurred(tr("Could not mark the room as read: %1").arg(s.error().describe()));
    });
}

void RoomController::refreshUnread()
{
    const ConversationRoles::Unread now = m_view.conversation().unread();
    if (now.markerRow == m_unread.markerRow && now.beforeWindow == m_unread.beforeWindow &&
        now.count == m_unread.count)
        return;
    m_unread = now;
    Q_EMIT unreadChanged();
}

int RoomController::unreadMarkerRow() const
{
    if (m_unread.markerRow < 0)
        return -1;
    return m_view.mapFromSource(m_timeline.index(m_unread.markerRow, 0)).row();
}

int RoomController::unreadCount() const
{
    return m_unread.beforeWindow ? std::max(m_unread.count, m_notificationsAtOpen) : m_unread.count;
}

void RoomController::composerEdited(bool hasText)
{
    if (!hasText) {
        m_typingIdle.stop();
        return setTyping(false);
    }
    m_typingIdle.start();
    if (!m_typing || m_sinceTypingSent.elapsed() > kTypingResendMs)
        setTyping(true);
}

void RoomController::setTyping(bool typing)
{
    if (typing == m_typing && !typing)
        return;
    m_typing = typing;
    m_sinceTypingSent.start();
    m_session.setTyping(m_roomId, typing, [](Status) {}); // best effort: a lost notice is harmless
}

void RoomController::retry(const QString &txnId)
{
    m_session.sendQueue().retry(txnId);
}

void RoomController::applyChanges(const ChangeSet &changes)
{
    m_timeline.applyChanges(changes);
    if (auto typing = changes.typing.constFind(m_roomId); typing != changes.typing.constEnd())
        setTypingUsers(*typing);
    m_view.refreshReceipts();
    m_people.applyChanges(changes);
}

void RoomController::setTypingUsers(const QStringList &userIds)
{
    QStringList names;
    for (const QString &id : userIds) {
        if (id == m_session.userId())
            continue;
        auto info = memberInfo(m_session.reader(), m_roomId, id);
        names.append(info ? info->displayName : id);
    }
    QString text;
    if (names.size() == 1)
        text = tr("%1 is typing…").arg(names[0]);
    else if (names.size() == 2)
        text = tr("%1 and %2 are typing…").arg(names[0], names[1]);
    else if (names.size() > 2)
        text = tr("%1 and %n others are typing…", "", int(names.size() - 1)).arg(names[0]);
    if (text == m_typingText)
        return;
    m_typingText = text;
    Q_EMIT typingTextChanged();
}

void RoomController::setHistoryError(const QString &error)
{
    if (error == m_historyError)
        return;
    m_historyError = error;
    Q_EMIT historyErrorChanged();
}

void RoomController::setLoadingHistory(bool on)
{
    if (m_loadingHistory == on)
        return;
    m_loadingHistory = on;
    Q_EMIT loadingHistoryChanged();
}

} // namespace lattice::desktop
