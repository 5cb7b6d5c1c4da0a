#pragma once
// Devices and trust for the views: the settings page's list of our sessions (rename, sign out with
// the password, verify), a person's identity and devices for the member card, and the open room's
// warning when a member gets a new unverified device. Follows the account (a DeviceManager while the
// session is Ready) and the open room. Owned in main(); QML reaches it as the context property
// "deviceTrust".
#include "app_controller.h"
#include "client/device_manager.h"
#include "device_list_model.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace lattice::desktop {

class DeviceTrustController : public QObject
{
    Q_OBJECT
    // End-to-end encryption runs, so fingerprints and trust are known.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(lattice::desktop::DeviceListModel *ownDevices READ ownDevices CONSTANT)
    // The person showUser() asked for: their devices and cross-signing identity.
    Q_PROPERTY(lattice::desktop::DeviceListModel *userDevices READ userDevices CONSTANT)
    Q_PROPERTY(QString shownUserId READ shownUserId NOTIFY userChanged)
    Q_PROPERTY(bool userHasIdentity READ userHasIdentity NOTIFY userChanged)
    Q_PROPERTY(bool userVerified READ userVerified NOTIFY userChanged)
    Q_PROPERTY(bool userIdentityChanged READ userIdentityChanged NOTIFY userChanged)
    Q_PROPERTY(QString userError READ userError NOTIFY userChanged)
    // The open encrypted room's warning: a member's new unverified device (empty when none).
    Q_PROPERTY(QString warningUserId READ warningUserId NOTIFY warningChanged)
    Q_PROPERTY(QString warningUserName READ warningUserName NOTIFY warningChanged)
    Q_PROPERTY(QString warningDeviceId READ warningDeviceId NOTIFY warningChanged)
    Q_PROPERTY(QString warningDeviceName READ warningDeviceName NOTIFY warningChanged)

public:
    explicit DeviceTrustController(AppController &app, QObject *parent = nullptr);
    ~DeviceTrustController() override;

    bool available() const;
    bool busy() const { return m_busy; }
    DeviceListModel *ownDevices() { return &m_own; }
    DeviceListModel *userDevices() { return &m_user; }
    QString shownUserId() const { return m_shownUser; }
    bool userHasIdentity() const { return m_trust.hasIdentity; }
    bool userVerified() const { return m_trust.verified; }
    bool userIdentityChanged() const { return m_trust.changed; }
    QString userError() const { return m_userError; }
    QString warningUserId() const { return m_warning.userId; }
    QString warningUserName() const { return m_warningUserName; }
    QString warningDeviceId() const { return m_warning.deviceId; }
    QString warningDeviceName() const
    {
        return m_warning.displayName.isEmpty() ? m_warning.deviceId : m_warning.displayName;
    }

    // Reads our devices again (the settings page opens).
    Q_INVOKABLE void refreshOwnDevices();
    Q_INVOKABLE void renameDevice(const QString &deviceId, const QString &name);
    // Signs one of our other devices out; `password` answers the server's password stage.
    Q_INVOKABLE void signOutDevice(const QString &deviceId, const QString &password);
    // Loads a person's devices and identity into userDevices and the user… properties.
    Q_INVOKABLE void showUser(const QString &userId);
    // Asks for an interactive verification of this device (the verification dialog answers it); an
    // empty userId means our own.
    Q_INVOKABLE void verifyDevice(const QString &userId, const QString &deviceId);
    Q_INVOKABLE void acknowledgeIdentityChange(const QString &userId);
    // The banner was read: devices first seen before now do not warn again in this room.
    Q_INVOKABLE void dismissWarning();

    // For tests and the screenshot: what the warning shows, as the devices watch would set it.
    void setWarning(const DeviceInfo &device, const QString &userName);

Q_SIGNALS:
    void availableChanged();
    void busyChanged();
    void userChanged();
    void warningChanged();
    // The lead connects this to the SAS verification service / dialog.
    void verifyDeviceRequested(const QString &userId, const QString &deviceId);
    // action: "rename", "signOut", "acknowledge", "refresh".
    void actionSucceeded(const QString &action);
    void actionFailed(const QString &action, const QString &message);

private:
    void onSessionState(Session::State state);
    void onRoomChanged();
    void onDevicesChanged(const QStringList &userIds);
    void checkForNewDevices(const QString &roomId, const QString &userId);
    void setBusy(bool busy);

    AppController &m_app;
    Session &m_session;
    std::unique_ptr<DeviceManager> m_manager;
    DeviceListModel m_own;
    DeviceListModel m_user;
    QString m_shownUser;
    UserTrust m_trust;
    QString m_userError;
    bool m_busy = false;
    // The open room and the time from which a new device of one of its members warns.
    QString m_roomId;
    qint64 m_warnAfterMs = 0;
    DeviceInfo m_warning;
    QString m_warningUserName;
};

} // namespace lattice::desktop
