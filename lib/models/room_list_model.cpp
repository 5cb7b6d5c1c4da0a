#include "room_list_model.h"

#include "client/event_text.h"
#include "store/event_lookup.h"
#include "store/member_queries.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace lattice {

namespace {
bool isListed(const RoomRow &r)
{
    return r.membership == QLatin1String("join") || r.membership == QLatin1String("invite");
}
} // namespace

RoomListModel::RoomListModel(Database &db, QObject *parent) : QAbstractListModel(parent), m_db(db)
{
    reload();
}

// The order of listRooms(): latest activity first, room ID breaking ties.
bool RoomListModel::before(const RoomRow &a, const RoomRow &b)
{
    if (a.lastActivityTs != b.lastActivityTs)
        return a.lastActivityTs > b.lastActivityTs;
    return a.roomId < b.roomId;
}

void RoomListModel::reload()
{
    auto rooms = listRooms(m_db);
    if (!rooms) {
        Q_EMIT errorOccurred(rooms.error().message);
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rooms->size());
    for (RoomRow &r : *rooms)
        m_rows.push_back({std::move(r), std::nullopt});
    endResetModel();
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoomListModel::rowOf(const QString &roomId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].room.roomId == roomId)
            return int(i);
    return -1;
}

void RoomListModel::applyChanges(const ChangeSet &changes)
{
    if (changes.initial) { // the account's first sync is the list's first load
        reload();
        return;
    }
    for (const QString &roomId : changes.changedRooms)
        updateRoom(roomId);
}

void RoomListModel::eventsDecrypted(const QStringList &roomIds)
{
    QStringList rooms = roomIds;
    rooms.removeDuplicates();
    for (const QString &roomId : std::as_const(rooms))
        updateRoom(roomId);
}

void RoomListModel::updateRoom(const QString &roomId)
{
    auto found = findRoom(m_db, roomId);
    if (!found) {
        Q_EMIT errorOccurred(found.error().message);
        return;
    }
    const int old = rowOf(roomId);
    if (!found->has_value() || !isListed(**found)) {
        if (old >= 0) {
            beginRemoveRows({}, old, old);
            m_rows.erase(m_rows.begin() + old);
            endRemoveRows();
        }
        return;
    }
    RoomRow room = std::move(**found);
    auto comp = [](const Row &r, const RoomRow &value) { return before(r.room, value); };
    if (old < 0) {
        const int at = int(std::lower_bound(m_rows.begin(), m_rows.end(), room, comp) - m_rows.begin());
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, Row{std::move(room), std::nullopt});
        endInsertRows();
        return;
    }
    // Where the row belongs among the others, counted as if it were already taken out.
    Row updated{std::move(room), std::nullopt};
    int to = int(std::lower_bound(m_rows.begin(), m_rows.begin() + old, updated.room, comp) - m_rows.begin());
    if (to == old)
        to = old + int(std::lower_bound(m_rows.begin() + old + 1, m_rows.end(), updated.room, comp) -
                       (m_rows.begin() + old + 1));
    if (to == old) {
        m_rows[size_t(old)] = std::move(updated);
        Q_EMIT dataChanged(index(old), index(old));
        return;
    }
    beginMoveRows({}, old, old, {}, to > old ? to + 1 : to);
    m_rows.erase(m_rows.begin() + old);
    m_rows.insert(m_rows.begin() + to, std::move(updated));
    endMoveRows();
    Q_EMIT dataChanged(index(to), index(to));
}

QString RoomListModel::preview(const Row &row) const
{
    if (row.preview)
        return *row.preview;
    QString text;
    if (!row.room.lastEventId.isEmpty()) {
        auto stored = findEvent(m_db, row.room.lastEventId);
        if (stored && stored->has_value()) {
            const QJsonObject &e = (*stored)->json;
            const QString sender = e.value(QLatin1String("sender")).toString();
            auto member = memberInfo(m_db, row.room.roomId, sender);
            text = messagePreview(e, member ? member->displayName : sender);
        }
    }
    row.preview = text;
    return text;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const RoomRow &r = row.room;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return r.displayName;
    case RoomIdRole:
        return r.roomId;
    case AvatarUrlRole:
        return r.avatarUrl;
    case TopicRole:
        return r.topic;
    case CanonicalAliasRole:
        return r.canonicalAlias;
    case LastMessagePreviewRole:
        return preview(row);
    case LastActivityTsRole:
        return r.lastActivityTs;
    case UnreadCountRole:
        return r.notificationCount;
    case HighlightCountRole:
        return r.highlightCount;
    case IsDirectRole:
        return r.isDirect;
    case IsInviteRole:
        return r.membership == QLatin1String("invite");
    case InviterRole:
        return r.inviter;
    case TagsRole:
        return QStringList(r.tags.keys());
    case IsFavouriteRole:
        return r.tags.contains(QLatin1String("m.favourite"));
    case IsLowPriorityRole:
        return r.tags.contains(QLatin1String("m.lowpriority"));
    case IsEncryptedRole:
        return r.encrypted;
    case MemberCountRole:
        return r.joinedMemberCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomListModel::roleNames() const
{
    return {
        {RoomIdRole, "roomId"},
        {DisplayNameRole, "displayName"},
        {AvatarUrlRole, "avatarUrl"},
        {TopicRole, "topic"},
        {CanonicalAliasRole, "canonicalAlias"},
        {LastMessagePreviewRole, "lastMessagePreview"},
        {LastActivityTsRole, "lastActivityTs"},
        {UnreadCountRole, "unreadCount"},
        {HighlightCountRole, "highlightCount"},
        {IsDirectRole, "isDirect"},
        {IsInviteRole, "isInvite"},
        {InviterRole, "inviter"},
        {TagsRole, "tags"},
        {IsFavouriteRole, "isFavourite"},
        {IsLowPriorityRole, "isLowPriority"},
        {IsEncryptedRole, "isEncrypted"},
        {MemberCountRole, "memberCount"},
    };
}

} // namespace lattice
