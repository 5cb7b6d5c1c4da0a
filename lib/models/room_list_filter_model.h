#pragma once
// The room list as the search box and the category tabs narrow it; order stays the source's.
#include <QSortFilterProxyModel>

namespace lattice {

class RoomListFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(Category category READ category WRITE setCategory NOTIFY categoryChanged)
public:
    enum class Category { All, Favourites, People, Rooms, Invites, LowPriority };
    Q_ENUM(Category)

    explicit RoomListFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    // Matches display names and canonical aliases, case-insensitively.
    void setFilterText(const QString &text);
    Category category() const { return m_category; }
    void setCategory(Category category);

Q_SIGNALS:
    void filterTextChanged();
    void categoryChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool inCategory(const QModelIndex &index) const;

    QString m_text;
    Category m_category = Category::All;
};

} // namespace lattice
