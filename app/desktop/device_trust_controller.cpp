#include "device_trust_controller.h"

#include <QDateTime>
#include <algorithm>

namespace lattice::desktop {

DeviceTrustController::DeviceTrustController(AppController &app, QObject *parent)
    : QObject(parent), m_app(app), m_session(app.session())
{
    connect(&m_session, &Session::stateChanged, this, &DeviceTrustController::onSessionState);
    connect(&m_app, &AppController::currentRoomChanged, this, &DeviceTrustController::onRoomChanged);
    onSessionState(m_session.state());
    onRoomChanged();
}

DeviceTrustController::~DeviceTrustController() = default;

bool DeviceTrustController::available() const
{
    return m_manager && m_session.e2ee();
}

void DeviceTrustController::onSessionState(Session::State state)
{
    const bool was = available();
    if (state == Session::State::Ready && !m_manager) {
        m_manager = std::make_unique<DeviceManager>(m_session.http(), m_session.e2ee(), m_session.userId(),
                                                    m_session.deviceId());
        connect(m_manager.get(), &DeviceManager::devicesChanged, this,
                &DeviceTrustController::onDevicesChanged);
    } else if (state != Session::State::Ready && m_manager) {
        m_manager.reset(); // drops the answers still on their way
        m_own.setDevices({});
        m_user.setDevices({});
        m_shownUser.clear();
        m_trust = {};
        setBusy(false);
        Q_EMIT userChanged();
        if (!m_warning.deviceId.isEmpty()) {
            m_warning = {};
            Q_EMIT warningChanged();
        }
    }
    if (was != available())
        Q_EMIT availableChanged();
}

void DeviceTrustController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DeviceTrustController::refreshOwnDevices()
{
    if (!m_manager)
        return;
    setBusy(true);
    m_manager->ownDevices([this](Result<QList<DeviceInfo>> devices) {
        setBusy(false);
        if (!devices)
            return Q_EMIT actionFailed(QStringLiteral("refresh"),
                                       tr("Could not read your devices: %1").arg(devices.error().message));
        m_own.setDevices(*devices);
        Q_EMIT actionSucceeded(QStringLiteral("refresh"));
    });
}

void DeviceTrustController::renameDevice(const QString &deviceId, const QString &name)
{
    if (!m_manager)
        return;
    setBusy(true);
    m_manager->renameDevice(deviceId, name, [this](Status s) {
        setBusy(false);
        if (!s)
            return Q_EMIT actionFailed(QStringLiteral("rename"),
                                       tr("Could not rename the device: %1").arg(s.error().message));
        Q_EMIT actionSucceeded(QStringLiteral("rename"));
        refreshOwnDevices();
    });
}

void DeviceTrustController::signOutDevice(const QString &deviceId, const QString &password)
{
    if (!m_manager)
        return;
    setBusy(true);
    // The password answers the first password stage only: a second question means it was refused.
    auto answered = std::make_shared<bool>(false);
    PasswordPrompt prompt = [password, answered](std::function<void(std::optional<QString>)> answer) {
        if (std::exchange(*answered, true) || password.isEmpty())
            return answer(std::nullopt);
        answer(password);
    };
    m_manager->deleteDevices({deviceId}, prompt, [this](Status s) {
        setBusy(false);
        if (!s) {
            const Error &e = s.error();
            QString message;
            if (e.errcode == QLatin1String("M_FORBIDDEN"))
                message = tr("The password is wrong. The device is still signed in.");
            else if (e.kind == Error::Kind::Cancelled)
                message = tr("The homeserver asks for your password to sign a device out.");
            else
                message = tr("Could not sign the device out: %1").arg(e.message);
            return Q_EMIT actionFailed(QStringLiteral("signOut"), message);
        }
        Q_EMIT actionSucceeded(QStringLiteral("signOut"));
        refreshOwnDevices();
    });
}

void DeviceTrustController::showUser(const QString &userId)
{
    m_shownUser = userId;
    m_trust = {};
    m_userError.clear();
    m_user.setDevices({});
    Q_EMIT userChanged();
    if (!m_manager || userId.isEmpty())
        return;
    m_manager->userTrust(userId, [this, userId](Result<UserTrust> trust) {
        if (userId != m_shownUser)
            return;
        if (trust)
            m_trust = *trust;
        else
            m_userError = tr("Could not read this person's identity: %1").arg(trust.error().message);
        Q_EMIT userChanged();
    });
    m_manager->userDevices(userId, [this, userId](Result<QList<DeviceInfo>> devices) {
        if (userId != m_shownUser)
            return;
        if (devices) {
            m_user.setDevices(*devices);
        } else {
            m_userError = tr("Could not read this person's devices: %1").arg(devices.error().message);
            Q_EMIT userChanged();
        }
    });
}

void DeviceTrustController::verifyDevice(const QString &userId, const QString &deviceId)
{
    Q_EMIT verifyDeviceRequested(userId.isEmpty() ? m_session.userId() : userId, deviceId);
}

void DeviceTrustController::acknowledgeIdentityChange(const QString &userId)
{
    if (!m_manager)
        return;
    m_manager->acknowledgeIdentityChange(userId, [this, userId](Status s) {
        if (!s)
            return Q_EMIT actionFailed(QStringLiteral("acknowledge"), s.error().message);
        Q_EMIT actionSucceeded(QStringLiteral("acknowledge"));
        if (userId == m_shownUser)
            showUser(userId);
    });
}

void DeviceTrustController::onRoomChanged()
{
    m_roomId = m_app.currentRoomId();
    m_warnAfterMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_warning.deviceId.isEmpty()) {
        m_warning = {};
        m_warningUserName.clear();
        Q_EMIT warningChanged();
    }
}

void DeviceTrustController::dismissWarning()
{
    m_warnAfterMs = QDateTime::currentMSecsSinceEpoch();
    m_warning = {};
    m_warningUserName.clear();
    Q_EMIT warningChanged();
}

void DeviceTrustController::setWarning(const DeviceInfo &device, const QString &userName)
{
    m_warning = device;
    m_warningUserName = userName.isEmpty() ? device.userId : userName;
    Q_EMIT warningChanged();
}

void DeviceTrustController::onDevicesChanged(const QStringList &userIds)
{
    RoomController *room = m_app.room();
    if (!room || !room->isEncrypted() || !m_manager)
        return;
    for (const QString &userId : userIds) {
        // Our own new devices are listed on the settings page; the banner is about the people here.
        if (userId == m_session.userId())
            continue;
        const QString membership =
            room->people()->member(userId).value(QStringLiteral("membership")).toString();
        if (membership == QLatin1String("join") || membership == QLatin1String("invite"))
            checkForNewDevices(room->roomId(), userId);
    }
}

void DeviceTrustController::checkForNewDevices(const QString &roomId, const QString &userId)
{
    const qint64 after = m_warnAfterMs;
    m_manager->userDevices(userId, [this, roomId, userId, after](Result<QList<DeviceInfo>> devices) {
        if (!devices || roomId != m_roomId || after != m_warnAfterMs || !m_app.room())
            return;
        const DeviceInfo *newest = nullptr;
        for (const DeviceInfo &d : *devices)
            if (!d.verified && d.hasKeys && d.firstSeenMs > after &&
                (!newest || d.firstSeenMs > newest->firstSeenMs))
                newest = &d;
        if (!newest)
            return;
        const QVariantMap member = m_app.room()->people()->member(userId);
        setWarning(*newest, member.value(QStringLiteral("displayName")).toString());
    });
}

} // namespace lattice::desktop
