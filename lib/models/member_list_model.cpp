#include "member_list_model.h"

#include <QDateTime>
#include <algorithm>

namespace lattice {

namespace {
constexpr int kAdminLevel = 100;
constexpr int kModeratorLevel = 50;
} // namespace

bool MemberListModel::Row::operator==(const Row &o) const
{
    return member.userId == o.member.userId && member.displayName == o.member.displayName &&
           member.avatarUrl == o.member.avatarUrl && member.membership == o.member.membership &&
           powerLevel == o.powerLevel && presence.presence == o.presence.presence &&
           presence.lastActiveTs == o.presence.lastActiveTs && presence.statusMsg == o.presence.statusMsg &&
           presence.currentlyActive == o.presence.currentlyActive;
}

MemberListModel::MemberListModel(Database &db, const QString &roomId, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_roomId(roomId)
{
    if (auto rows = readMembers())
        m_rows = std::move(*rows);
}

bool MemberListModel::before(const Row &a, const Row &b)
{
    if (a.powerLevel != b.powerLevel)
        return a.powerLevel > b.powerLevel;
    // Members without a display name show their user ID; they sort by its localpart, not by '@'.
    const auto sortName = [](const QString &name) {
        return name.startsWith(QLatin1Char('@')) ? QStringView(name).mid(1) : QStringView(name);
    };
    const int byName =
        sortName(a.member.displayName).compare(sortName(b.member.displayName), Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.member.userId < b.member.userId;
}

std::optional<std::vector<MemberListModel::Row>> MemberListModel::readMembers()
{
    auto members = roomMembers(m_db, m_roomId);
    auto levels = powerLevels(m_db, m_roomId);
    auto presence = presenceOfRoomMembers(m_db, m_roomId);
    for (const Error *e : {members ? nullptr : &members.error(), levels ? nullptr : &levels.error(),
                           presence ? nullptr : &presence.error()}) {
        if (e) {
            Q_EMIT errorOccurred(e->message);
            return std::nullopt;
        }
    }
    std::vector<Row> rows;
    rows.reserve(members->size());
    for (MemberRow &m : *members) {
        Row r;
        r.powerLevel = levels->levelOf(m.userId);
        r.presence = presence->value(m.userId);
        r.member = std::move(m);
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), before);
    return rows;
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::rowOf(const QString &userId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].member.userId == userId)
            return int(i);
    return -1;
}

void MemberListModel::applyChanges(const ChangeSet &changes)
{
    if (changes.changedRooms.contains(m_roomId)) {
        if (auto rows = readMembers())
            merge(std::move(*rows));
        return;
    }
    refreshPresence();
}

// Presence is not tied to rooms in a batch, so it is re-read for whoever is listed here.
void MemberListModel::refreshPresence()
{
    auto presence = presenceOfRoomMembers(m_db, m_roomId);
    if (!presence) {
        Q_EMIT errorOccurred(presence.error().message);
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row updated = m_rows[i];
        updated.presence = presence->value(updated.member.userId);
        if (!(updated == m_rows[i])) {
            m_rows[i] = std::move(updated);
            Q_EMIT dataChanged(index(int(i)), index(int(i)),
                               {PresenceRole, StatusMessageRole, LastActiveAgoRole});
        }
    }
}

// Turns the current rows into `fresh` with removes, moves, inserts and in-place changes only.
void MemberListModel::merge(std::vector<Row> fresh)
{
    QSet<QString> keep;
    for (const Row &r : fresh)
        keep.insert(r.member.userId);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!keep.contains(m_rows[size_t(i)].member.userId)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < int(fresh.size()); ++i) {
        Row &want = fresh[size_t(i)];
        int at = -1;
        for (int j = i; j < int(m_rows.size()); ++j)
            if (m_rows[size_t(j)].member.userId == want.member.userId) {
                at = j;
                break;
            }
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(m_rows.begin() + i, std::move(want));
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            Row moving = std::move(m_rows[size_t(at)]);
            m_rows.erase(m_rows.begin() + at);
            m_rows.insert(m_rows.begin() + i, std::move(moving));
            endMoveRows();
        }
        if (!(m_rows[size_t(i)] == want)) {
            m_rows[size_t(i)] = std::move(want);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case UserIdRole:
        return r.member.userId;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return r.member.displayName;
    case AvatarUrlRole:
        return r.member.avatarUrl;
    case MembershipRole:
        return r.member.membership;
    case PowerLevelRole:
        return r.powerLevel;
    case RoleRole:
        return r.powerLevel >= kAdminLevel       ? QStringLiteral("admin")
               : r.powerLevel >= kModeratorLevel ? QStringLiteral("moderator")
                                                 : QStringLiteral("user");
    case PresenceRole:
        return r.presence.presence;
    case StatusMessageRole:
        return r.presence.statusMsg;
    case LastActiveAgoRole:
        // Milliseconds, -1 when unknown; "currently active" counts as now.
        if (r.presence.currentlyActive)
            return qint64(0);
        return r.presence.lastActiveTs > 0 ? QDateTime::currentMSecsSinceEpoch() - r.presence.lastActiveTs
                                           : qint64(-1);
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {
        {UserIdRole, "userId"},
        {DisplayNameRole, "displayName"},
        {AvatarUrlRole, "avatarUrl"},
        {MembershipRole, "membership"},
        {PowerLevelRole, "powerLevel"},
        {RoleRole, "role"},
        {PresenceRole, "presence"},
        {StatusMessageRole, "statusMessage"},
        {LastActiveAgoRole, "lastActiveAgo"},
    };
}

} // namespace lattice
