#pragma once
// The first window's room list: a snapshot of listRooms(), replaced whole after each sync.
// Deliberately minimal; the paged, diffing RoomListModel of lib/models/ replaces it.
#include "store/room_queries.h"

#include <QAbstractListModel>
#include <vector>

namespace lattice::desktop {

class RoomsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        RoomIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        UnreadCountRole,
        HighlightCountRole,
        IsInviteRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRooms(std::vector<RoomRow> rooms);
    // The stored display name of a room in the snapshot, empty if it is not there.
    QString displayName(const QString &roomId) const;

private:
    std::vector<RoomRow> m_rooms;
};

} // namespace lattice::desktop
