#include "emoji_model.h"

#include <QFile>
#include <algorithm>

namespace lattice::desktop {

EmojiModel::EmojiModel(const QString &table, QObject *parent) : QAbstractListModel(parent)
{
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The emoji table %1 cannot be read: %2").arg(table, file.errorString());
        qWarning("%s", qPrintable(m_error));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'@')) {
            m_groups.append(line.mid(1).toString());
            continue;
        }
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0 || m_groups.isEmpty())
            continue;
        m_all.push_back(
            Emoji{line.left(tab).toString(), line.mid(tab + 1).toString(), int(m_groups.size() - 1)});
    }
    refilter();
}

int EmojiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant EmojiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Emoji &e = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case EmojiRole:
        return e.emoji;
    case NameRole:
        return e.name;
    case CategoryRole:
        return e.category;
    default:
        return {};
    }
}

QHash<int, QByteArray> EmojiModel::roleNames() const
{
    return {{EmojiRole, "emoji"}, {NameRole, "name"}, {CategoryRole, "category"}};
}

void EmojiModel::setCategory(int category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
    Q_EMIT categoryChanged();
}

void EmojiModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
    Q_EMIT searchTextChanged();
}

void EmojiModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    const QStringList words = m_search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (size_t i = 0; i < m_all.size(); ++i) {
        const Emoji &e = m_all[i];
        bool match = true;
        if (words.isEmpty())
            match = m_category < 0 || e.category == m_category;
        for (const QString &w : words)
            match = match && e.name.contains(w, Qt::CaseInsensitive);
        if (match)
            m_shown.push_back(int(i));
    }
    endResetModel();
}

QStringList EmojiModel::categories() const
{
    // Unicode's group names, translated; a group a newer table adds shows under its own name.
    QStringList out;
    for (const QString &g : m_groups) {
        if (g == QLatin1String("Smileys & Emotion"))
            out.append(tr("Smileys & Emotion"));
        else if (g == QLatin1String("People & Body"))
            out.append(tr("People & Body"));
        else if (g == QLatin1String("Animals & Nature"))
            out.append(tr("Animals & Nature"));
        else if (g == QLatin1String("Food & Drink"))
            out.append(tr("Food & Drink"));
        else if (g == QLatin1String("Travel & Places"))
            out.append(tr("Travel & Places"));
        else if (g == QLatin1String("Activities"))
            out.append(tr("Activities"));
        else if (g == QLatin1String("Objects"))
            out.append(tr("Objects"));
        else if (g == QLatin1String("Symbols"))
            out.append(tr("Symbols"));
        else if (g == QLatin1String("Flags"))
            out.append(tr("Flags"));
        else
            out.append(g);
    }
    return out;
}

QStringList EmojiModel::categoryIcons() const
{
    QStringList out;
    for (int g = 0; g < int(m_groups.size()); ++g) {
        auto first =
            std::find_if(m_all.begin(), m_all.end(), [g](const Emoji &e) { return e.category == g; });
        out.append(first == m_all.end() ? QString() : first->emoji);
    }
    return out;
}

QStringList EmojiModel::quickReactions() const
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🎉")};
}

} // namespace lattice::desktop
