#pragma once
// The @-mention popup's rows: the room's joined members whose name or user ID matches what follows
// the "@" (and "@room" when the power levels let us notify the room). Remembers who was chosen, so
// the message is sent with links and m.mentions (see client/mentions.h).
#include "client/mentions.h"

#include <QAbstractListModel>

namespace lattice::desktop {

// True when `query` (without the "@") starts the display name, one of its words, or the user ID's
// localpart, ignoring case. An empty query matches everyone.
bool mentionMatches(const QString &displayName, const QString &userId, const QString &query);

class MentionCompletionModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool canMentionRoom READ canMentionRoom WRITE setCanMentionRoom NOTIFY queryChanged)

public:
    enum Role { UserIdRole = Qt::UserRole + 1, DisplayNameRole, AvatarUrlRole, IsRoomRole };
    static constexpr int kMaxRows = 8;

    // `members` is a MemberListModel (or anything with its roles); it outlives this model.
    explicit MentionCompletionModel(QAbstractItemModel *members, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool canMentionRoom() const { return m_canMentionRoom; }
    void setCanMentionRoom(bool can);

    // The text to put in place of "@query" for `row`; remembers the mention for sending.
    Q_INVOKABLE QString choose(int row);
    // The mentions chosen since the last send, and forgetting them after it.
    QList<Mention> chosen() const { return m_chosen; }
    Q_INVOKABLE void clearChosen() { m_chosen.clear(); }
    // What m.room.message content `text` becomes with the chosen mentions.
    QJsonObject messageContent(const QString &text, const QString &msgtype = QStringLiteral("m.text")) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    struct Row
    {
        QString userId;
        QString displayName;
        QString avatarUrl;
        bool isRoom = false;
    };
    void refresh();

    QAbstractItemModel *m_members;
    QString m_query;
    bool m_canMentionRoom = false;
    std::vector<Row> m_rows;
    QList<Mention> m_chosen;
};

} // namespace lattice::desktop
