#pragma once
// The open room: its timeline (as TimelineViewModel), its header, the composer's actions (send,
// typing notifications, retry). One per open room, owned by AppController; QML gets a pointer.
#include "attachment_controller.h"
#include "client/session.h"
#include "emoji_model.h"
#include "history_search.h"
#include "media_downloads.h"
#include "models/room_list_model.h"
#include "models/timeline_model.h"
#include "read_receipt_sender.h"
#include "retry_backoff.h"
#include "room_people.h"
#include "timeline_view_model.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace lattice::desktop {

class RoomController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
    Q_PROPERTY(QString displayName READ displayName NOTIFY headerChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY headerChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY headerChanged)
    Q_PROPERTY(bool isEncrypted READ isEncrypted NOTIFY headerChanged)
    Q_PROPERTY(QAbstractItemModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(bool loadingHistory READ loadingHistory NOTIFY loadingHistoryChanged)
    Q_PROPERTY(bool atRoomStart READ atRoomStart NOTIFY atRoomStartChanged)
    // Why the last try to load older messages failed (a sentence), or empty; retried by itself.
    Q_PROPERTY(QString historyError READ historyError NOTIFY historyErrorChanged)
    // The view shows the top of the timeline: older history is wanted, and failed tries are retried.
    Q_PROPERTY(bool historyWanted READ historyWanted WRITE setHistoryWanted NOTIFY historyWantedChanged)
    // False after a jump into older history: newer messages page in with loadNewer().
    Q_PROPERTY(bool atLiveEdge READ atLiveEdge NOTIFY atLiveEdgeChanged)
    // "Bob is typing…", or empty.
    Q_PROPERTY(QString typingText READ typingText NOTIFY typingTextChanged)
    // Media: the room's avatar (mxc://), files to send (the upload bar) and to play or save.
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY headerChanged)
    Q_PROPERTY(lattice::desktop::AttachmentController *attachments READ attachments CONSTANT)
    Q_PROPERTY(lattice::desktop::MediaDownloads *media READ media CONSTANT)
    // The composer's mode: replying to an event (its sender's name shows in a bar), editing one of
    // the own messages, or neither (both empty).
    Q_PROPERTY(QString replyingToEventId READ replyingToEventId NOTIFY composeModeChanged)
    Q_PROPERTY(QString replyingToName READ replyingToName NOTIFY composeModeChanged)
    Q_PROPERTY(QString editingEventId READ editingEventId NOTIFY composeModeChanged)
    // Every emoji by category, searchable by name (the picker's model).
    Q_PROPERTY(lattice::desktop::EmojiModel *emoji READ emoji CONSTANT)
    // Members, @-mention completion, settings and moderation (the member panel and room dialogs).
    Q_PROPERTY(lattice::desktop::RoomPeople *people READ people CONSTANT)
    // Looking further back than the store for a reply's original (jumpTo); cancellable.
    Q_PROPERTY(lattice::desktop::HistorySearch *historySearch READ historySearch CONSTANT)
    // The "New messages" line and "Jump to first unread". The line follows unreadEventId (the read
    // marker when the room opened) at view row unreadMarkerRow (-1: not in the window; with
    // unreadBeforeWindow the marker is older than the window). hasUnread: there is somewhere to
    // jump to and the user has not read through it yet. unreadCount messages follow the marker
    // (at least that many when unreadCountAtLeast).
    Q_PROPERTY(bool hasUnread READ hasUnread NOTIFY unreadChanged)
    Q_PROPERTY(QString unreadEventId READ unreadEventId NOTIFY unreadChanged)
    Q_PROPERTY(int unreadMarkerRow READ unreadMarkerRow NOTIFY unreadChanged)
    Q_PROPERTY(bool unreadBeforeWindow READ unreadBeforeWindow NOTIFY unreadChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadChanged)
    Q_PROPERTY(bool unreadCountAtLeast READ unreadCountAtLeast NOTIFY unreadChanged)

public:
    // `rooms` gives the header's fields; both it and `session` outlive this object.
    // `encryptedFiles` (may be null) holds the encrypted attachments the timeline shows; it outlives this.
    RoomController(Session &session, const RoomListModel &rooms, const QString &roomId,
                   QObject *parent = nullptr, EncryptedFiles *encryptedFiles = nullptr);
    ~RoomController() override;

    QString roomId() const { return m_roomId; }
    QString displayName() const;
    QString topic() const;
    int memberCount() const;
    bool isEncrypted() const;
    QAbstractItemModel *timeline() { return &m_view; }
    HistorySearch *historySearch() { return &m_historySearch; }
    bool loadingHistory() const { return m_loadingHistory; }
    bool atRoomStart() const { return m_timeline.atRoomStart(); }
    QString historyError() const { return m_historyError; }
    bool historyWanted() const { return m_historyWanted; }
    void setHistoryWanted(bool wanted);
    bool atLiveEdge() const { return m_timeline.atLiveEdge(); }
    QString typingText() const { return m_typingText; }
    QString avatarUrl() const;
    AttachmentController *attachments() { return &m_attachments; }
    MediaDownloads *media() { return &m_media; }
    QString replyingToEventId() const { return m_replyTo; }
    QString replyingToName() const { return m_replyToName; }
    QString editingEventId() const { return m_editing; }
    EmojiModel *emoji() { return &m_emoji; }
    RoomPeople *people() { return &m_people; }
    bool hasUnread() const { return m_unread.any() && !m_readThrough; }
    QString unreadEventId() const { return m_view.conversation().fullyReadAtOpen(); }
    int unreadMarkerRow() const;
    bool unreadBeforeWindow() const { return m_unread.beforeWindow; }
    int unreadCount() const;
    bool unreadCountAtLeast() const
    {
        return m_unread.beforeWindow && m_notificationsAtOpen <= m_unread.count;
    }

    // Older history (the list was scrolled to the top).
    Q_INVOKABLE void loadOlder();
    // After historyError: tries now, and the automatic retries start again from the shortest delay.
    Q_INVOKABLE void retryHistory();
    Q_INVOKABLE void loadNewer() { m_timeline.fetchNewer(); }
    // Markdown through the send queue, as a reply or an edit in those modes; false if the text is
    // blank. Ends the reply or edit mode.
    Q_INVOKABLE bool send(const QString &text);
    Q_INVOKABLE void startReply(const QString &eventId);
    // Enters edit mode for an own message and returns its text for the composer (empty: not editable).
    Q_INVOKABLE QString startEdit(const QString &eventId);
    // Edit mode for the newest own message (Up in an empty composer); its text, or empty.
    Q_INVOKABLE QString editLastOwnMessage();
    Q_INVOKABLE void cancelCompose();
    // Adds the own reaction `key`, or takes it back (a redaction) if it is there.
    Q_INVOKABLE void toggleReaction(const QString &eventId, const QString &key);
    // Removes an event (a redaction); the view asked the user first.
    Q_INVOKABLE void redact(const QString &eventId);
    Q_INVOKABLE void copyText(const QString &eventId);
    // The event's JSON, indented, for "View source".
    Q_INVOKABLE QString eventSource(const QString &eventId) const;
    // Brings the event into the timeline (loading stored history around it) and returns its row;
    // -1 while historySearch fetches older pages from the server (then jumpReady, or errorOccurred).
    Q_INVOKABLE int jumpTo(const QString &eventId);
    // The user has seen the bottom of the room: the read receipt moves there, and the read marker
    // too unless unread messages above were never scrolled to (unreadMarkerSeen).
    Q_INVOKABLE void markRead();
    // The view rested with `viewRow` the newest row wholly in view: the read receipt (m.read
    // only) creeps forward to the newest event from someone else at or above it, never back.
    Q_INVOKABLE void markSeenUpTo(int viewRow);
    // The event our m.read receipt is on, as far as this client knows.
    QString readReceiptEventId() const { return m_receipt.eventId(); }
    // The "New messages" line has been on screen: reaching the bottom now reads past it.
    Q_INVOKABLE void unreadMarkerSeen();
    // Esc, or the pill's dismiss: the read marker and receipt go to the newest event; the line goes.
    Q_INVOKABLE void markAllRead();
    // The composer's text changed: typing notifications, at most one every few seconds.
    Q_INVOKABLE void composerEdited(bool hasText);
    Q_INVOKABLE void retry(const QString &txnId);

    void applyChanges(const ChangeSet &changes);

Q_SIGNALS:
    void headerChanged();
    void loadingHistoryChanged();
    void atRoomStartChanged();
    void historyErrorChanged();
    void historyWantedChanged();
    void atLiveEdgeChanged();
    void typingTextChanged();
    void composeModeChanged();
    void errorOccurred(const QString &message);
    // jumpTo had to search the history: the event is at `row` of the timeline now.
    void jumpReady(const QString &eventId, int row);
    void unreadChanged();

private:
    QVariant roomData(int role) const;
    void backPaginate();
    void setTyping(bool typing);
    void setLoadingHistory(bool on);
    void setHistoryError(const QString &error);
    void setTypingUsers(const QStringList &userIds);
    QModelIndex viewIndexOf(const QString &eventId) const;
    std::function<void(Result<QueuedEvent>)> reportSendError();
    void refreshUnread();

    Session &m_session;
    const RoomListModel &m_rooms;
    QString m_roomId;
    TimelineModel m_timeline;
    TimelineViewModel m_view;
    RoomPeople m_people;
    HistorySearch m_historySearch;
    bool m_loadingHistory = false;
    QString m_historyError;
    bool m_historyWanted = true; // the first screen is filled before the view says anything
    RetryBackoff m_historyRetry;
    bool m_typing = false;
    QString m_typingText;
    QString m_replyTo;
    QString m_replyToName;
    QString m_replyToSender; // mentioned in the reply (spec "User and room mentions")
    QString m_editing;
    QJsonObject m_editingContent; // what the edit replaces: only new mentions notify
    QString m_lastMarkedRead;
    ReadReceiptSender m_receipt{m_session, m_roomId};
    ConversationRoles::Unread m_unread;
    int m_notificationsAtOpen = 0; // the room's unread count when it opened (counts a gap's messages)
    bool m_unreadMarkerSeen = false;
    bool m_readThrough = false; // the marker was seen and then the bottom: the marker moved on
    QTimer m_unreadRefresh;
    EmojiModel m_emoji;
    QElapsedTimer m_sinceTypingSent;
    QTimer m_typingIdle;
    AttachmentController m_attachments{m_session, m_roomId, [this] { return isEncrypted(); }};
    MediaDownloads m_media{m_session.media(), defaultDownloadsDirectory()};
    // Callbacks may outlive this object; they check this token.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
