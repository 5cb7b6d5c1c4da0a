#pragma once
// What the main window needs from a Session: which page to show, the login form's action and
// error, the filtered room list and the open room (a RoomController). Owned in C++ and handed
// to QML as an initial property; it owns the Session.
#include "account_controller.h"
#include "client/session.h"
#include "encrypted_files.h"
#include "models/room_list_filter_model.h"
#include "models/room_list_model.h"
#include "room_controller.h"
#include "secure_backup_controller.h"
#include "verification_controller.h"

#include <QObject>
#include <memory>

namespace lattice::desktop {

class AppController : public QObject
{
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
    // The room list as the sidebar's search field and category tabs narrow it.
    Q_PROPERTY(lattice::RoomListFilterModel *rooms READ rooms CONSTANT)
    // The same list for the quick switcher (Ctrl+K), with its own search text.
    Q_PROPERTY(lattice::RoomListFilterModel *switcherRooms READ switcherRooms CONSTANT)
    Q_PROPERTY(QString currentRoomId READ currentRoomId NOTIFY currentRoomChanged)
    // The open room, or null.
    Q_PROPERTY(lattice::desktop::RoomController *room READ room NOTIFY currentRoomChanged)
    // Your profile and the "+" menu's actions (create, direct chat, join).
    Q_PROPERTY(lattice::desktop::AccountController *account READ account CONSTANT)
    // Device and user verification (SAS): the dialog's current flow and incoming requests.
    Q_PROPERTY(lattice::desktop::VerificationController *verification READ verification CONSTANT)
    // Secure backup: the first-run "secure your account" prompt, setup and restore.
    Q_PROPERTY(lattice::desktop::SecureBackupController *secureBackup READ secureBackup CONSTANT)

public:
    enum class Page { Opening, Failed, Login, Rooms };

    explicit AppController(const QString &dataDir, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the stored account; ends on the login page or the room list.
    void start();
    Q_INVOKABLE void retry();
    Q_INVOKABLE void login(const QString &homeserver, const QString &user, const QString &password);
    Q_INVOKABLE void selectRoom(const QString &roomId);
    // The room above (-1) or below (+1) the open one in the sidebar's list (Alt+Up/Down).
    Q_INVOKABLE void selectAdjacentRoom(int step);
    Q_INVOKABLE void acceptInvite(const QString &roomId);
    // The room list's time column: "14:05" today, the short date before (milliseconds since the epoch).
    Q_INVOKABLE QString activityTime(qint64 timestampMs) const;
    Q_INVOKABLE void declineInvite(const QString &roomId);
    // Ends this session on the server and forgets it here; the login page follows.
    Q_INVOKABLE void logout();
    AccountController *account() { return m_account.get(); }
    VerificationController *verification() { return m_verification.get(); }
    SecureBackupController *secureBackup() { return m_secureBackup.get(); }
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
    RoomListFilterModel *rooms() { return &m_filteredRooms; }
    RoomListFilterModel *switcherRooms() { return &m_switcherRooms; }
    QString currentRoomId() const { return m_room ? m_room->roomId() : QString(); }
    RoomController *room() const { return m_room.get(); }
    // Nothing more is on its way for the visible page (used by --screenshot).
    bool isSettled() const;
    // The account's authenticated media, for the image://mxc provider.
    MediaClient &media() { return m_session->media(); }
    // The encrypted attachments the timeline shows, for the image://mxc provider.
    EncryptedFiles &encryptedFiles() { return m_encryptedFiles; }
    // The account's session (the desktop notifier reads its store and follows its sync).
    Session &session() { return *m_session; }

Q_SIGNALS:
    void pageChanged();
    void busyChanged();
    void errorTextChanged();
    void accountChanged();
    void syncStatusChanged();
    void roomsLoadedChanged();
    void currentRoomChanged();
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
    void closeAccount();

    EncryptedFiles m_encryptedFiles;           // first, so it outlives the room that fills it
    std::unique_ptr<RoomListModel> m_roomList; // exists while the account is open
    RoomListFilterModel m_filteredRooms;
    RoomListFilterModel m_switcherRooms;
    std::unique_ptr<RoomController> m_room;
    Page m_page = Page::Opening;
    bool m_busy = false;
    bool m_roomsLoaded = false;
    QString m_errorText;
    QString m_syncStatus;
    QString m_pendingRoomId;
    std::unique_ptr<AccountController> m_account;
    std::unique_ptr<VerificationController> m_verification;
    std::unique_ptr<SecureBackupController> m_secureBackup;
    // Last, so it goes first: its pending callbacks refer to the members above.
    std::unique_ptr<Session> m_session;
};

} // namespace lattice::desktop
