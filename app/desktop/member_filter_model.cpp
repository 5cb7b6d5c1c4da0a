#include "member_filter_model.h"

#include "models/member_list_model.h"

namespace lattice::desktop {

MemberFilterModel::MemberFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &MemberFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &MemberFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &MemberFilterModel::countChanged);
}

void MemberFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

bool MemberFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_filterText.trimmed();
    if (needle.isEmpty())
        return true;
    const QModelIndex ix = sourceModel()->index(sourceRow, 0, sourceParent);
    return ix.data(MemberListModel::DisplayNameRole).toString().contains(needle, Qt::CaseInsensitive) ||
           ix.data(MemberListModel::UserIdRole).toString().contains(needle, Qt::CaseInsensitive);
}

bool MemberFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftInvited = left.data(MemberListModel::MembershipRole).toString() == QLatin1String("invite");
    const bool rightInvited =
        right.data(MemberListModel::MembershipRole).toString() == QLatin1String("invite");
    if (leftInvited != rightInvited)
        return rightInvited;
    return left.row() < right.row(); // the source's order: power level, then name
}

} // namespace lattice::desktop
