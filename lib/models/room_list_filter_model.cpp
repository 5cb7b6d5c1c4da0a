#include "room_list_filter_model.h"

#include "room_list_model.h"

namespace lattice {

RoomListFilterModel::RoomListFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RoomListFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

void RoomListFilterModel::setCategory(Category category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
    Q_EMIT categoryChanged();
}

bool RoomListFilterModel::inCategory(const QModelIndex &index) const
{
    const bool invite = index.data(RoomListModel::IsInviteRole).toBool();
    const bool lowPriority = index.data(RoomListModel::IsLowPriorityRole).toBool();
    const bool favourite = index.data(RoomListModel::IsFavouriteRole).toBool();
    switch (m_category) {
    case Category::All:
        return true;
    case Category::Favourites:
        return favourite;
    case Category::People:
        return !invite && index.data(RoomListModel::IsDirectRole).toBool();
    case Category::Rooms:
        return !invite && !favourite && !lowPriority && !index.data(RoomListModel::IsDirectRole).toBool();
    case Category::Invites:
        return invite;
    case Category::LowPriority:
        return lowPriority;
    }
    return true;
}

bool RoomListFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!inCategory(index))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(RoomListModel::DisplayNameRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           index.data(RoomListModel::CanonicalAliasRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace lattice
