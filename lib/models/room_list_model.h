#pragma once
// The room list: one row per joined or invited room, latest activity first. Fed by the store,
// never by the network; a sync batch moves, inserts, removes or updates only the rows it touched.
#include "store/change_set.h"
#include "store/room_queries.h"

#include <QAbstractListModel>
#include <optional>

namespace lattice {

class RoomListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RoomIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        AvatarUrlRole,
        TopicRole,
        CanonicalAliasRole,
        LastMessagePreviewRole,
        LastActivityTsRole,
        UnreadCountRole,
        HighlightCountRole,
        IsDirectRole,
        IsInviteRole,
        InviterRole,
        TagsRole,
        IsFavouriteRole,
        IsLowPriorityRole,
        IsEncryptedRole,
        MemberCountRole,
    };
    Q_ENUM(Role)

    // `db` is the GUI thread's read connection (Session::reader()); the list loads at once.
    explicit RoomListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a room, -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &roomId) const;

public Q_SLOTS:
    // Re-reads the rooms a stored sync batch changed (connect to SyncLoop::synced).
    void applyChanges(const lattice::ChangeSet &changes);
    // Reads the whole list again (first load, or after the store was replaced).
    void reload();
    // Re-reads the rows of rooms whose events were decrypted after their batch was stored
    // (Session::eventsDecrypted): their previews said "Encrypted message".
    void eventsDecrypted(const QStringList &roomIds);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        RoomRow room;
        mutable std::optional<QString> preview; // read on first display, dropped when the row changes
    };
    static bool before(const RoomRow &a, const RoomRow &b);
    void updateRoom(const QString &roomId);
    QString preview(const Row &row) const;

    Database &m_db;
    std::vector<Row> m_rows;
};

} // namespace lattice
