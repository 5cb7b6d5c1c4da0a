#pragma once
// Every emoji (from the table tools/gen-emoji makes of Unicode's emoji-test.txt), narrowed to one
// category or to those whose name contains the search text: the emoji picker's model.
#include <QAbstractListModel>
#include <QStringList>
#include <vector>

namespace lattice::desktop {

class EmojiModel : public QAbstractListModel
{
    Q_OBJECT
    // Index into categories, or -1 for all.
    Q_PROPERTY(int category READ category WRITE setCategory NOTIFY categoryChanged)
    // Words the name must contain ("thumbs up"); when set, every category is searched.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    // Translated category names and one emoji to show for each on the picker's tabs.
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(QStringList categoryIcons READ categoryIcons CONSTANT)
    // The row of reactions offered first.
    Q_PROPERTY(QStringList quickReactions READ quickReactions CONSTANT)
public:
    enum Role { EmojiRole = Qt::UserRole + 1, NameRole, CategoryRole };

    // Reads `table` (the generated resource by default); an unreadable table leaves the model empty
    // and says so in errorString().
    explicit EmojiModel(const QString &table = QStringLiteral(":/emoji/emoji.tsv"),
                        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int category() const { return m_category; }
    void setCategory(int category);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    QStringList categories() const;
    QStringList categoryIcons() const;
    QStringList quickReactions() const;
    int totalCount() const { return int(m_all.size()); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void categoryChanged();
    void searchTextChanged();

private:
    struct Emoji
    {
        QString emoji;
        QString name;
        int category = 0;
    };
    void refilter();

    std::vector<Emoji> m_all;
    std::vector<int> m_shown; // indexes into m_all
    QStringList m_groups;     // Unicode's group names, in file order
    int m_category = 0;
    QString m_search;
    QString m_error;
};

} // namespace lattice::desktop
