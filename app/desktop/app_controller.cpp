#include "app_controller.h"

#include "protocol/event.h"
#include "store/timeline_store.h"

#include <utility>

namespace lattice::desktop {

namespace {
constexpr int kShownEvents = 50;

// One line of the message pane, or nothing for events it does not show (state, reactions, ...).
QVariantMap describeEvent(const QJsonObject &e)
{
    const QString type = event::type(e);
    const QJsonObject content = event::content(e);
    QString body;
    bool placeholder = false;
    if (type == QLatin1String("m.room.message")) {
        body = content.value(QLatin1String("body")).toString();
        if (content.isEmpty()) {
            body = AppController::tr("Message deleted");
            placeholder = true;
        }
    } else if (type == QLatin1String("m.room.encrypted")) {
        body = AppController::tr("Encrypted message");
        placeholder = true;
    }
    if (body.isEmpty())
        return {};
    return {{QStringLiteral("sender"), event::sender(e)},
            {QStringLiteral("body"), body},
            {QStringLiteral("placeholder"), placeholder}};
}
} // namespace

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
}

AppController::~AppController()
{
    m_session->syncLoop().stop();
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
    refreshRooms(); // what is stored shows at once; the sync loop brings it up to date
    setRoomsLoaded(false);
    setPage(Page::Rooms);
    if (!m_pendingRoomId.isEmpty())
        selectRoom(std::exchange(m_pendingRoomId, QString()));
    m_session->syncLoop().start();
}

void AppController::onSessionStateChanged(Session::State state)
{
    if (state == Session::State::LoggedOut || state == Session::State::SoftLoggedOut) {
        m_session->syncLoop().stop();
        m_rooms.setRooms({});
        selectRoom(QString());
        setSyncStatus(QString());
        Q_EMIT accountChanged();
        if (m_page == Page::Rooms)
            setPage(Page::Login);
    }
}

void AppController::onSynced(const ChangeSet &changes)
{
    setSyncStatus(QString());
    if (changes.initial || !changes.changedRooms.isEmpty() || m_rooms.rowCount() == 0)
        refreshRooms();
    setRoomsLoaded(true);
    if (m_currentRoomId.isEmpty())
        return;
    for (const TimelineAppend &a : changes.appended) {
        if (a.roomId == m_currentRoomId) {
            loadCurrentEvents();
            break;
        }
    }
    if (changes.changedRooms.contains(m_currentRoomId))
        Q_EMIT currentRoomChanged(); // the name may have changed
}

void AppController::refreshRooms()
{
    auto rows = listRooms(m_session->reader());
    if (!rows)
        return setSyncStatus(rows.error().describe());
    m_rooms.setRooms(std::move(*rows));
}

void AppController::selectRoom(const QString &roomId)
{
    if (roomId == m_currentRoomId)
        return;
    m_currentRoomId = roomId;
    Q_EMIT currentRoomChanged();
    m_fetchingHistory = !roomId.isEmpty();
    loadCurrentEvents();
    if (roomId.isEmpty())
        return;
    // The first sync brings only the newest few events; fetch the rest of the page from the server.
    m_session->backPaginate(roomId, kShownEvents, [this, roomId](Status s) {
        if (roomId != m_currentRoomId)
            return;
        m_fetchingHistory = false;
        if (!s)
            setSyncStatus(tr("Could not load older messages: %1").arg(s.error().describe()));
        loadCurrentEvents();
    });
}

void AppController::selectRoomWhenReady(const QString &roomId)
{
    if (m_page == Page::Rooms)
        selectRoom(roomId);
    else
        m_pendingRoomId = roomId;
}

void AppController::loadCurrentEvents()
{
    QVariantList lines;
    if (!m_currentRoomId.isEmpty()) {
        auto events = latestEvents(m_session->reader(), m_currentRoomId, kShownEvents);
        if (!events)
            setSyncStatus(events.error().describe());
        else
            for (const StoredEvent &e : *events)
                if (QVariantMap line = describeEvent(e.json); !line.isEmpty())
                    lines.append(line);
    }
    m_currentEvents = lines;
    Q_EMIT currentEventsChanged();
    Q_EMIT settledChanged();
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

QString AppController::userId() const { return m_session->userId(); }

QString AppController::homeserver() const
{
    const QUrl url = m_session->homeserver();
    return url.isValid() ? url.toString() : QString();
}

QString AppController::currentRoomName() const
{
    const QString name = m_rooms.displayName(m_currentRoomId);
    return name.isEmpty() ? m_currentRoomId : name;
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
        return m_roomsLoaded && !m_fetchingHistory && m_pendingRoomId.isEmpty();
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
