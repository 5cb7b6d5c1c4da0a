#include "mention_completion_model.h"

#include "models/member_list_model.h"

namespace lattice::desktop {

bool mentionMatches(const QString &displayName, const QString &userId, const QString &query)
{
    if (query.isEmpty())
        return true;
    const QString localpart = userId.mid(1).section(u':', 0, 0);
    if (localpart.startsWith(query, Qt::CaseInsensitive) || userId.startsWith(query, Qt::CaseInsensitive))
        return true;
    if (displayName.startsWith(query, Qt::CaseInsensitive))
        return true;
    const QStringList words = displayName.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (w.startsWith(query, Qt::CaseInsensitive))
            return true;
    return false;
}

MentionCompletionModel::MentionCompletionModel(QAbstractItemModel *members, QObject *parent)
    : QAbstractListModel(parent), m_members(members)
{}

void MentionCompletionModel::setQuery(const QString &query)
{
    if (query == m_query && !m_rows.empty())
        return;
    m_query = query;
    refresh();
    Q_EMIT queryChanged();
}

void MentionCompletionModel::setCanMentionRoom(bool can)
{
    if (can == m_canMentionRoom)
        return;
    m_canMentionRoom = can;
    refresh();
    Q_EMIT queryChanged();
}

void MentionCompletionModel::refresh()
{
    std::vector<Row> rows;
    // Names that start with the query come before names where only a later word matches.
    std::vector<Row> laterWords;
    for (int i = 0; i < m_members->rowCount(); ++i) {
        const QModelIndex ix = m_members->index(i, 0);
        if (ix.data(MemberListModel::MembershipRole).toString() != QLatin1String("join"))
            continue;
        Row r{ix.data(MemberListModel::UserIdRole).toString(),
              ix.data(MemberListModel::DisplayNameRole).toString(),
              ix.data(MemberListModel::AvatarUrlRole).toString(), false};
        if (!mentionMatches(r.displayName, r.userId, m_query))
            continue;
        const bool front = m_query.isEmpty() || r.displayName.startsWith(m_query, Qt::CaseInsensitive) ||
                           r.userId.mid(1).startsWith(m_query, Qt::CaseInsensitive);
        (front ? rows : laterWords).push_back(std::move(r));
    }
    rows.insert(rows.end(), laterWords.begin(), laterWords.end());
    if (m_canMentionRoom && QStringLiteral("room").startsWith(m_query, Qt::CaseInsensitive))
        rows.insert(rows.begin(), Row{QString(), QStringLiteral("@room"), QString(), true});
    if (rows.size() > size_t(kMaxRows))
        rows.resize(size_t(kMaxRows));
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != int(m_rows.size()))
        Q_EMIT countChanged();
}

int MentionCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MentionCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case UserIdRole:
        return r.userId;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return r.displayName;
    case AvatarUrlRole:
        return r.avatarUrl;
    case IsRoomRole:
        return r.isRoom;
    default:
        return {};
    }
}

QHash<int, QByteArray> MentionCompletionModel::roleNames() const
{
    return {{UserIdRole, "userId"},
            {DisplayNameRole, "displayName"},
            {AvatarUrlRole, "avatarUrl"},
            {IsRoomRole, "isRoom"}};
}

QString MentionCompletionModel::choose(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(row)];
    if (r.isRoom)
        return r.displayName;
    const bool known = std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&r](const Mention &m) {
        return m.userId == r.userId && m.name == r.displayName;
    });
    if (!known)
        m_chosen.append(Mention{r.userId, r.displayName});
    return r.displayName;
}

QJsonObject MentionCompletionModel::messageContent(const QString &text, const QString &msgtype) const
{
    return messageContentWithMentions(text, m_chosen, m_canMentionRoom, msgtype);
}

} // namespace lattice::desktop
