#pragma once
// The account's devices and other users' devices with their trust, for the settings page, the member
// panel and lattice-cli: GET /devices merged with what the E2EE state machine knows (Ed25519
// fingerprint, verified or not), renaming, signing other devices out (user-interactive auth), and a
// user's cross-signing identity. Spec: client-server-api "Device management", end_to_end_encryption.md.
#include "e2ee_service.h"
#include "net/http_client.h"
#include "user_interactive_auth.h"

#include <QObject>
#include <QPointer>

namespace lattice {

struct DeviceInfo
{
    QString userId;
    QString deviceId;
    QString displayName;
    QString ed25519;       // the device's fingerprint key (unpadded base64); empty when it published none
    bool verified = false; // OlmMachine::isDeviceVerified
    bool isThisDevice = false;
    bool hasKeys = false;   // the machine knows this device's keys (it can receive encrypted messages)
    QString lastSeenIp;     // own devices only (GET /devices); empty when the server did not say
    qint64 lastSeenMs = 0;  // own devices only; 0 when unknown
    qint64 firstSeenMs = 0; // when Lattice first learnt of the device's keys; 0 when it has none
};

// What the views say about a person as a whole.
struct UserTrust
{
    bool hasIdentity = false; // the user published a cross-signing identity we know
    bool verified = false;    // that identity is verified (signed by our user-signing key, or ours)
    bool changed = false;     // its master key changed since we first saw or verified it
    QString masterKey;
};

class DeviceManager : public QObject
{
    Q_OBJECT
public:
    // `e2ee` may be null (no pickle key): devices are then listed without fingerprints or trust.
    DeviceManager(HttpClient &http, E2eeService *e2ee, QString ownUserId, QString ownDeviceId,
                  QObject *parent = nullptr);

    QString ownUserId() const { return m_ownUserId; }
    QString ownDeviceId() const { return m_ownDeviceId; }

    // Our devices as the server lists them (name, last seen), this device first, then by last activity.
    void ownDevices(std::function<void(Result<QList<DeviceInfo>>)> done);
    // PUT /devices/{deviceId}; an empty name clears it.
    void renameDevice(const QString &deviceId, const QString &displayName, std::function<void(Status)> done);
    // Signs other devices out (POST /delete_devices). The server asks for the password through
    // `password`; a wrong one fails with the server's sentence and deletes nothing. This device cannot
    // be deleted here (Usage error: log out instead).
    void deleteDevices(const QStringList &deviceIds, PasswordPrompt password,
                       std::function<void(Status)> done);

    // Another user's (or our own) devices as the E2EE machine knows them, deleted ones left out. A user
    // not followed yet is followed from now on and queried first (/keys/query). Needs E2EE.
    void userDevices(const QString &userId, std::function<void(Result<QList<DeviceInfo>>)> done);
    // The user's cross-signing identity; no identity (hasIdentity false) when they or we have none.
    void userTrust(const QString &userId, std::function<void(Result<UserTrust>)> done);
    // The user saw the "identity changed" warning.
    void acknowledgeIdentityChange(const QString &userId, std::function<void(Status)> done);

    // "ABCD EFGH ..." : the fingerprint in groups of four for reading aloud.
    static QString formatFingerprint(const QString &ed25519);

Q_SIGNALS:
    // These users' device lists changed (from the E2EE service).
    void devicesChanged(const QStringList &userIds);

private:
    Error noE2ee() const;
    // Makes sure the machine follows the user's device list and that it is current (/keys/query), also
    // knowing every device in `listedDevices` (GET /devices) that has keys.
    void follow(const QString &userId, const QStringList &listedDevices, std::function<void(Status)> done);
    void readUserDevices(const QString &userId, std::function<void(Result<QList<DeviceInfo>>)> done);

    HttpClient &m_http;
    QPointer<E2eeService> m_e2ee;
    QString m_ownUserId;
    QString m_ownDeviceId;
};

} // namespace lattice
