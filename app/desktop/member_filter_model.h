#pragma once
// The member panel's list: MemberListModel narrowed by the filter field, joined members first and
// invited ones after them (the panel shows them as their own section).
#include <QSortFilterProxyModel>

namespace lattice::desktop {

class MemberFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit MemberFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return QSortFilterProxyModel::rowCount(parent);
    }

Q_SIGNALS:
    void filterTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
};

} // namespace lattice::desktop
