#pragma once
// The open room: its timeline (as TimelineViewModel), its header, the composer's actions (send,
// typing notifications, retry). One per open room, owned by AppController; QML gets a pointer.
#include "client/session.h"
#include "models/room_list_model.h"
#include "models/timeline_model.h"
#include "room_people.h"
#include "timeline_view_model.h"

#include <QElapsedTimer>
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
    // "Bob is typing…", or empty.
    Q_PROPERTY(QString typingText READ typingText NOTIFY typingTextChanged)
    // Members, @-mention completion, settings and moderation (the member panel and room dialogs).
    Q_PROPERTY(lattice::desktop::RoomPeople *people READ people CONSTANT)

public:
    // `rooms` gives the header's fields; both it and `session` outlive this object.
    RoomController(Session &session, const RoomListModel &rooms, const QString &roomId,
                   QObject *parent = nullptr);
    ~RoomController() override;

    QString roomId() const { return m_roomId; }
    QString displayName() const;
    QString topic() const;
    int memberCount() const;
    bool isEncrypted() const;
    QAbstractItemModel *timeline() { return &m_view; }
    bool loadingHistory() const { return m_loadingHistory; }
    bool atRoomStart() const { return m_timeline.atRoomStart(); }
    QString typingText() const { return m_typingText; }
    RoomPeople *people() { return &m_people; }

    // Older history (the list was scrolled to the top).
    Q_INVOKABLE void loadOlder();
    // Markdown through the send queue; false if the text is blank.
    Q_INVOKABLE bool send(const QString &text);
    // The composer's text changed: typing notifications, at most one every few seconds.
    Q_INVOKABLE void composerEdited(bool hasText);
    Q_INVOKABLE void retry(const QString &txnId);

    void applyChanges(const ChangeSet &changes);

Q_SIGNALS:
    void headerChanged();
    void loadingHistoryChanged();
    void atRoomStartChanged();
    void typingTextChanged();
    void errorOccurred(const QString &message);

private:
    QVariant roomData(int role) const;
    void backPaginate();
    void setTyping(bool typing);
    void setLoadingHistory(bool on);
    void setTypingUsers(const QStringList &userIds);

    Session &m_session;
    const RoomListModel &m_rooms;
    QString m_roomId;
    TimelineModel m_timeline;
    TimelineViewModel m_view;
    RoomPeople m_people;
    bool m_loadingHistory = false;
    bool m_typing = false;
    QString m_typingText;
    QElapsedTimer m_sinceTypingSent;
    QTimer m_typingIdle;
    // Callbacks may outlive this object; they check this token.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
