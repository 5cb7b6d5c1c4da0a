#pragma once
// What the first window needs from a Session: which page to show, the login form's action and
// error, the room list, and the latest messages of the selected room. Owned in C++ and handed
// to QML as an initial property; it owns the Session.
#include "client/session.h"
#include "rooms_model.h"

#include <QObject>
#include <QVariantList>
#include <memory>

namespace lattice::desktop {

class AppController : public QObject {
    Q_OBJECT
    // "opening", "failed" (errorText says why; retry() opens again), "login" or "rooms".
    Q_PROPERTY(QString page READ page NOTIFY pageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString homeserver READ homeserver NOTIFY accountChanged)
    // Empty while the sync loop is healthy; otherwise one sentence about the connection.
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncStatusChanged)
    // True once the first sync of this run has been stored (or failed), so an empty list means "no rooms".
    Q_PROPERTY(bool roomsLoaded READ roomsLoaded NOTIFY roomsLoadedChanged)
    Q_PROPERTY(QAbstractItemModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(QString currentRoomId READ currentRoomId NOTIFY currentRoomChanged)
    Q_PROPERTY(QString currentRoomName READ currentRoomName NOTIFY currentRoomChanged)
    // The latest messages of the current room, oldest first: {sender, body, placeholder}.
    Q_PROPERTY(QVariantList currentEvents READ currentEvents NOTIFY currentEventsChanged)

public:
    enum class Page { Opening, Failed, Login, Rooms };

    explicit AppController(const QString &dataDir, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the stored account; ends on the login page or the room list.
    void start();
    Q_INVOKABLE void retry();
    Q_INVOKABLE void login(const QString &homeserver, const QString &user, const QString &password);
    Q_INVOKABLE void selectRoom(const QString &roomId);
    // Selects this room as soon as the room list is showing (for --room).
    void selectRoomWhenReady(const QString &roomId);

    QString page() const;
    Page pageValue() const { return m_page; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString userId() const;
    QString homeserver() const;
    QString syncStatus() const { return m_syncStatus; }
    bool roomsLoaded() const { return m_roomsLoaded; }
    QAbstractItemModel *rooms() { return &m_rooms; }
    QString currentRoomId() const { return m_currentRoomId; }
    QString currentRoomName() const;
    QVariantList currentEvents() const { return m_currentEvents; }
    // Nothing more is on its way for the visible page (used by --screenshot).
    bool isSettled() const;

Q_SIGNALS:
    void pageChanged();
    void busyChanged();
    void errorTextChanged();
    void accountChanged();
    void syncStatusChanged();
    void roomsLoadedChanged();
    void currentRoomChanged();
    void currentEventsChanged();
    void settledChanged();

private:
    void setPage(Page page);
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void setSyncStatus(const QString &text);
    void setRoomsLoaded(bool loaded);
    void showAccount();
    void onSessionStateChanged(Session::State state);
    void onSynced(const ChangeSet &changes);
    void refreshRooms();
    void loadCurrentEvents();

    RoomsModel m_rooms;
    Page m_page = Page::Opening;
    bool m_busy = false;
    bool m_roomsLoaded = false;
    bool m_fetchingHistory = false;
    QString m_errorText;
    QString m_syncStatus;
    QString m_currentRoomId;
    QString m_pendingRoomId;
    QVariantList m_currentEvents;
    // Last, so it goes first: its pending callbacks refer to the members above.
    std::unique_ptr<Session> m_session;
};

} // namespace lattice::desktop
