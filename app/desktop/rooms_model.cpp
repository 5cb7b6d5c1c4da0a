#include "rooms_model.h"

#include <algorithm>

namespace lattice::desktop {

int RoomsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rooms.size());
}

QVariant RoomsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomRow &room = m_rooms.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return room.displayName;
    case RoomIdRole:
        return room.roomId;
    case UnreadCountRole:
        return room.notificationCount;
    case HighlightCountRole:
        return room.highlightCount;
    case IsInviteRole:
        return room.membership == QLatin1String("invite");
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomsModel::roleNames() const
{
    return {{RoomIdRole, "roomId"},
            {DisplayNameRole, "displayName"},
            {UnreadCountRole, "unreadCount"},
            {HighlightCountRole, "highlightCount"},
            {IsInviteRole, "isInvite"}};
}

void RoomsModel::setRooms(std::vector<RoomRow> rooms)
{
    beginResetModel();
    m_rooms = std::move(rooms);
    endResetModel();
}

QString RoomsModel::displayName(const QString &roomId) const
{
    const auto it = std::find_if(m_rooms.begin(), m_rooms.end(), [&](const RoomRow &r) { return r.roomId == roomId; });
    return it == m_rooms.end() ? QString() : it->displayName;
}

} // namespace lattice::desktop
