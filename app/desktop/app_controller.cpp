#include "app_controller.h"

#include <QDateTime>
#include <QLocale>
#include <utility>

namespace lattice::desktop {

AppController::AppController(const QString &dataDir, QObject *parent)
    : QObject(parent), m_session(std::make_unique<Session>(dataDir))
{
    connect(m_session.get(), &Session::stateChanged, this, &AppController::onSessionStateChanged);
    connect(m_session.get(), &Session::loggedOut, this, [this](bool soft, const Error &reason) {
        setErrorText(soft ? tr("Your session has ended: %1 Sign in again to continue.").arg(reason.describe())
                          : tr("You have been signed out: %1").arg(reason.describe()));
    });
    SyncLoop &sync = m_session->syncLoop();
    connect(&sync, &SyncLoop::synced, this, &AppController::onSynced);
    connect(&sync, &SyncLoop::syncError, this, [this](const Error &e) {
        setSyncStatus(e.isTransient() ? tr("Offline: %1 Retrying.").arg(e.describe()) : e.describe());
        setRoomsLoaded(true); // show what is stored rather than waiting forever
    });
    connect(&sync, &SyncLoop::connectionRestored, this, [this] { setSyncStatus(QString()); });
    connect(m_session.get(), &Session::eventsDecrypted, this, [this](const QStringList &roomIds) {
        if (m_roomList)
            m_roomList->eventsDecrypted(roomIds);
    });
    m_account = std::make_unique<AccountController>(*m_session);
    m_verification = std::make_unique<VerificationController>(*m_session);
    m_secureBackup = std::make_unique<SecureBackupController>(*m_session);
    // A created, reopened or joined room opens at once (the sync fills in its header).
    connect(m_account.get(), &AccountController::actionSucceeded, this,
            [this](const QString &, const QString &roomId) {
                if (!roomId.isEmpty())
                    selectRoom(roomId);
            });
}

AppController::~AppController()
{
    m_session->syncLoop().stop();
    closeAccount(); // the models read the Session's store: they go first
}

void AppController::closeAccount()
{
    m_room.reset();
    m_filteredRooms.setSourceModel(nullptr);
    m_switcherRooms.setSourceModel(nullptr);
    m_roomList.reset();
}

void AppController::start()
{
    setPage(Page::Opening);
    m_session->open([this](Status s) {
        if (!s) {
            setErrorText(s.error().describe());
            return setPage(Page::Failed);
        }
        showAccount();
    });
}

void AppController::retry()
{
    setErrorText(QString());
    start();
}

void AppController::login(const QString &homeserver, const QString &user, const QString &password)
{
    if (m_busy)
        return;
    setBusy(true);
    setErrorText(QString());
    m_session->login(homeserver.trimmed(), user.trimmed(), password, [this](Status s) {
        setBusy(false);
        if (!s)
            return setErrorText(s.error().describe());
        showAccount();
    });
}

void AppController::showAccount()
{
    Q_EMIT accountChanged();
    if (m_session->state() != Session::State::Ready)
        return setPage(Page::Login);
    if (!m_roomList) {
        // What is stored shows at once; the sync loop brings it up to date.
        m_roomList = std::make_unique<RoomListModel>(m_session->reader());
        connect(m_roomList.get(), &RoomListModel::errorOccurred, this, &AppController::setSyncStatus);
        m_filteredRooms.setSourceModel(m_roomList.get());
        m_switcherRooms.setSourceModel(m_roomList.get());
    }
    setRoomsLoaded(false);
    m_account->refreshProfile();
    setPage(Page::Rooms);
    if (!m_pendingRoomId.isEmpty())
        selectRoom(std::exchange(m_pendingRoomId, QString()));
    m_session->syncLoop().start();
}

void AppController::onSessionStateChanged(Session::State state)
{
    if (state == Session::State::LoggedOut || state == Session::State::SoftLoggedOut) {
        m_session->syncLoop().stop();
        selectRoom(QString());
        closeAccount();
        setSyncStatus(QString());
        Q_EMIT accountChanged();
        if (m_page == Page::Rooms)
            setPage(Page::Login);
    }
}

void AppController::onSynced(const ChangeSet &changes)
{
    setSyncStatus(QString());
    if (m_roomList)
        m_roomList->applyChanges(changes);
    if (m_room)
        m_room->applyChanges(changes);
    setRoomsLoaded(true);
}

void AppController::selectRoom(const QString &roomId)
{
    if (roomId == currentRoomId() || (roomId.isEmpty() && !m_room))
        return;
    std::unique_ptr<RoomController> old = std::move(m_room);
    if (!roomId.isEmpty() && m_roomList) {
        m_room =
            std::make_unique<RoomController>(*m_session, *m_roomList, roomId, nullptr, &m_encryptedFiles);
        connect(m_room.get(), &RoomController::loadingHistoryChanged, this, &AppController::settledChanged);
        connect(m_room->historySearch(), &HistorySearch::searchingChanged, this,
                &AppController::settledChanged);
        connect(m_room.get(), &RoomController::errorOccurred, this, &AppController::setSyncStatus);
    }
    Q_EMIT currentRoomChanged(); // QML lets go of the old room before it is deleted
    old.reset();
    Q_EMIT settledChanged();
}

void AppController::selectAdjacentRoom(int step)
{
    const int count = m_filteredRooms.rowCount();
    if (count == 0)
        return;
    int row = -1;
    for (int i = 0; i < count; ++i)
        if (m_filteredRooms.index(i, 0).data(RoomListModel::RoomIdRole).toString() == currentRoomId())
            row = i;
    const int next = row < 0 ? 0 : qBound(0, row + step, count - 1);
    selectRoom(m_filteredRooms.index(next, 0).data(RoomListModel::RoomIdRole).toString());
}

void AppController::acceptInvite(const QString &roomId)
{
    m_session->joinRoom(roomId, [this, roomId](Result<QString> r) {
        if (!r)
            return setSyncStatus(tr("Could not join the room: %1").arg(r.error().describe()));
        selectRoom(roomId);
    });
}

QString AppController::activityTime(qint64 timestampMs) const
{
    if (timestampMs <= 0)
        return QString();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(timestampMs).toLocalTime();
    return when.date() == QDate::currentDate() ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                               : QLocale().toString(when.date(), QLocale::ShortFormat);
}

void AppController::declineInvite(const QString &roomId)
{
    if (roomId == currentRoomId())
        selectRoom(QString());
    m_session->leaveRoom(roomId, [this](Status s) {
        if (!s)
            setSyncStatus(tr("Could not decline the invite: %1").arg(s.error().describe()));
    });
}

void AppController::logout()
{
    setBusy(true);
    m_session->logout([this](Status s) {
        setBusy(false);
        if (!s)
            setSyncStatus(tr("Could not sign out: %1").arg(s.error().describe()));
    });
}

void AppController::selectRoomWhenReady(const QString &roomId)
{
    if (m_page == Page::Rooms)
        selectRoom(roomId);
    else
        m_pendingRoomId = roomId;
}

QString AppController::page() const
{
    switch (m_page) {
    case Page::Opening:
        return QStringLiteral("opening");
    case Page::Failed:
        return QStringLiteral("failed");
    case Page::Login:
        return QStringLiteral("login");
    case Page::Rooms:
        return QStringLiteral("rooms");
    }
    return {};
}

QString AppController::userId() const
{
    return m_session->userId();
}

QString AppController::homeserver() const
{
    const QUrl url = m_session->homeserver();
    return url.isValid() ? url.toString() : QString();
}

bool AppController::isSettled() const
{
    switch (m_page) {
    case Page::Opening:
        return false;
    case Page::Failed:
    case Page::Login:
        return !m_busy;
    case Page::Rooms:
        return m_roomsLoaded &&
               !(m_room && (m_room->loadingHistory() || m_room->historySearch()->searching())) &&
               m_pendingRoomId.isEmpty();
    }
    return false;
}

void AppController::setPage(Page page)
{
    if (m_page == page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
    Q_EMIT settledChanged();
}

void AppController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
    Q_EMIT settledChanged();
}

void AppController::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void AppController::setSyncStatus(const QString &text)
{
    if (m_syncStatus == text)
        return;
    m_syncStatus = text;
    Q_EMIT syncStatusChanged();
}

void AppController::setRoomsLoaded(bool loaded)
{
    if (m_roomsLoaded == loaded)
        return;
    m_roomsLoaded = loaded;
    Q_EMIT roomsLoadedChanged();
    Q_EMIT settledChanged();
}

} // namespace lattice::desktop
