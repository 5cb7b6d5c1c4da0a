#pragma once
// The members of one room (joined and invited, as far as the store knows them: lazy loading may
// leave it partial), highest power level first, then by name.
#include "store/change_set.h"
#include "store/member_queries.h"
#include "store/presence_store.h"

#include <QAbstractListModel>

namespace lattice {

class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        AvatarUrlRole,
        MembershipRole,
        PowerLevelRole,
        RoleRole,
        PresenceRole,
        StatusMessageRole,
        LastActiveAgoRole,
    };
    Q_ENUM(Role)

    // `db` is the GUI thread's read connection (Session::reader()); the list loads at once.
    MemberListModel(Database &db, const QString &roomId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString roomId() const { return m_roomId; }
    Q_INVOKABLE int rowOf(const QString &userId) const;

public Q_SLOTS:
    // Re-reads members when the batch touched the room, presence after every batch.
    void applyChanges(const lattice::ChangeSet &changes);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        MemberRow member;
        int powerLevel = 0;
        PresenceRow presence;
        bool operator==(const Row &o) const;
    };
    static bool before(const Row &a, const Row &b);
    std::optional<std::vector<Row>> readMembers();
    void refreshPresence();
    void merge(std::vector<Row> fresh);

    Database &m_db;
    QString m_roomId;
    std::vector<Row> m_rows;
};

} // namespace lattice
