#include "user_directory_model.h"

#include "protocol/identifiers.h"

namespace lattice::desktop {

UserDirectoryModel::UserDirectoryModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UserDirectoryModel::search);
}

UserDirectoryModel::~UserDirectoryModel()
{
    if (m_pending)
        m_pending->cancel();
}

void UserDirectoryModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    if (m_pending)
        m_pending->cancel();
    if (query.trimmed().isEmpty()) {
        m_debounce.stop();
        setBusy(false);
        setErrorText(QString());
        return setRows({});
    }
    setBusy(true);
    m_debounce.start();
}

void UserDirectoryModel::search()
{
    const QString term = m_query.trimmed();
    QPointer<UserDirectoryModel> self(this);
    m_pending = searchUserDirectory(m_session, term, kLimit, [self, term](Result<std::vector<Profile>> r) {
        if (!self || term != self->m_query.trimmed())
            return; // superseded
        self->setBusy(false);
        std::vector<Profile> rows;
        if (!r) {
            if (r.error().kind == Error::Kind::Cancelled)
                return;
            self->setErrorText(tr("Could not search the user directory: %1").arg(r.error().describe()));
        } else {
            self->setErrorText(QString());
            rows = std::move(*r);
        }
        // A full user ID is always offered: the directory lists only people we share rooms with
        // or who are public.
        const bool listed =
            std::any_of(rows.cbegin(), rows.cend(), [&term](const Profile &p) { return p.userId == term; });
        if (id::isUserId(term) && !listed)
            rows.insert(rows.begin(), Profile{term, QString(), QString()});
        self->setRows(std::move(rows));
        Q_EMIT self->searched();
    });
}

void UserDirectoryModel::setRows(std::vector<Profile> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int UserDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_rows[size_t(index.row())];
    switch (role) {
    case UserIdRole:
        return p.userId;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return p.displayName.isEmpty() ? p.userId : p.displayName;
    case AvatarUrlRole:
        return p.avatarUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> UserDirectoryModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {DisplayNameRole, "displayName"}, {AvatarUrlRole, "avatarUrl"}};
}

void UserDirectoryModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void UserDirectoryModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace lattice::desktop
