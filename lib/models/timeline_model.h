#pragma once
// The timeline of one room, oldest first: a window of at most maxRows events over the store.
// Older pages come from the store as the user scrolls up (and from the server, through the app,
// when the store has a gap); rows far from the user's position are dropped and page back in.
// New events arrive as row inserts, local echoes turn into their remote events in place.
#include "protocol/error.h"
#include "relation_index.h"
#include "store/change_set.h"
#include "store/member_queries.h"
#include "store/send_queue_store.h"
#include "store/timeline_store.h"

#include <QAbstractListModel>

namespace lattice {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
    Q_PROPERTY(bool atLiveEdge READ atLiveEdge NOTIFY atLiveEdgeChanged)
    Q_PROPERTY(bool atRoomStart READ atRoomStart NOTIFY atRoomStartChanged)
public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        TxnIdRole,
        SenderRole,
        SenderDisplayNameRole,
        SenderAvatarUrlRole,
        TypeRole,
        MsgtypeRole,
        BodyRole,
        FormatRole,
        FormattedBodyRole,
        ContentRole,
        RelatesToRole,
        StateKeyRole,
        IsStateRole,
        IsRedactedRole,
        TimestampRole,
        SendStateRole,
        SendErrorRole,
        DecryptedRole,       // the row shows the clear event of an m.room.encrypted one
        SenderTrustRole,     // crypto::SenderTrust as an int when decrypted, else -1
        DecryptionErrorRole, // why it could not be decrypted (empty when it was, or was not tried)
        PrevContentRole,   // unsigned.prev_content of a state event (what it replaced)
        LatestContentRole, // content with the latest valid edit applied (the original's m.relates_to kept)
        IsEditedRole,      // an edit was applied
        ReactionsRole,     // [{key, count, senders: [user IDs], ownEventId}], by each key's first reaction
        InReplyToRole,     // the event this one replies to, or empty
        SourceRole,        // the event's JSON, indented (for "View source")
    };
    Q_ENUM(Role)

    // `db` is the GUI thread's read connection (Session::reader()). Opens with the newest page.
    TimelineModel(Database &db, const QString &roomId, QObject *parent = nullptr, int pageSize = 50,
                  int maxRows = 500);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Older events: from the store, or (when it has none left) backPaginationNeeded.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Q_INVOKABLE void fetchOlder() { fetchMore({}); }
    // Newer events that were dropped from the window while the user read older history.
    Q_INVOKABLE bool canFetchNewer() const { return !m_atLiveEdge; }
    Q_INVOKABLE void fetchNewer();

    QString roomId() const { return m_roomId; }
    QString ownUserId() const { return m_ownUserId; }
    // The row showing that event (remote or local echo), or -1.
    int rowOfEvent(const QString &eventId) const;
    // The full JSON of a row's event (local echoes: as far as it is known).
    QJsonObject eventAt(int row) const;
    // The newest event the server has (not a local echo), or empty.
    QString latestRemoteEventId() const;
    // Moves the window so it holds the stored event `eventId` (with a page either side); false if
    // the store does not have it in this room. The model resets when the window moves.
    bool loadAround(const QString &eventId);
    bool atLiveEdge() const { return m_atLiveEdge; }
    bool atRoomStart() const { return m_atRoomStart; }
    int pageSize() const { return m_pageSize; }
    int maxRows() const { return m_maxRows; }
    // How many of the newest events Session::backPaginate should make contiguous so that one
    // more page exists above the window.
    int depthWanted() const;

public Q_SLOTS:
    // New events, redactions and echoes of a stored sync batch (connect to SyncLoop::synced).
    void applyChanges(const lattice::ChangeSet &changes);
    // After Session::backPaginate finished: pages in what the store gained (never asks again).
    void storeExtended();
    // Stored events whose decryption result changed (Session::eventsDecrypted): their rows re-read.
    void eventsDecrypted(const QStringList &eventIds);
    // SendQueue::queued / sent / failed.
    void addLocalEcho(const lattice::QueuedEvent &event);
    void markSent(const QString &txnId, const QString &eventId);
    void markFailed(const QString &txnId, const lattice::Error &error);
    // SendQueue::requeued: a failed echo the user retried is pending again.
    void markQueued(const QString &txnId);

Q_SIGNALS:
    void backPaginationNeeded(const QString &roomId);
    void atLiveEdgeChanged();
    void atRoomStartChanged();
    void errorOccurred(const QString &message);

private:
    enum class SendState { Remote, Queued, Sent, Failed };
    struct Row
    {
        qint64 idx = 0; // position in the store; unused for local echoes
        QJsonObject json;
        QString txnId;
        SendState state = SendState::Remote;
        QString error;
        bool decrypted = false;
        int senderTrust = -1;
        QString decryptionError;
    };
    static Row remoteRow(const StoredEvent &e);
    void pageOlder(bool mayAskServer);
    void appendLive();
    void applyRedactions(const QJsonArray &events);
    void reread(const QString &eventId);
    void dropOldest(int count);
    void dropNewest(int count);
    int echoRow(const QString &txnId, const QString &eventId = QString()) const;
    int remoteRowOf(const QString &eventId) const;
    void removeRow(int row);
    void setAtLiveEdge(bool on);
    void setAtRoomStart(bool on);
    const MemberRow &sender(const QString &userId) const;
    void forgetSenders();
    void report(const Error &error);
    // An edit or reaction arrived or went: its target's content and chips change.
    void relationChanged(const QJsonObject &relationEvent);
    const RelationIndex &relations() const;
    template <typename T> bool check(const Result<T> &result)
    {
        if (result)
            return true;
        report(result.error());
        return false;
    }

    Database &m_db;
    QString m_roomId;
    QString m_ownUserId;
    int m_pageSize;
    int m_maxRows;
    std::vector<Row> m_rows; // remote events (m_remote of them, by position), then local echoes
    int m_remote = 0;
    bool m_atLiveEdge = true;
    bool m_atRoomStart = false;
    bool m_waitingForServer = false;
    bool m_busy = false;
    mutable QHash<QString, MemberRow> m_senders; // names of senders on screen, read on demand
    // Edits and reactions of the window (and, away from the live edge, of the events after it);
    // rebuilt on demand after any change of rows.
    mutable RelationIndex m_relations;
    mutable bool m_relationsDirty = true;
};

} // namespace lattice
