#include "device_manager.h"

#include "net/trust_api.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace lattice {

namespace {

const QString kNoCrossSigning = QStringLiteral("NO_CROSS_SIGNING");

using Records = QHash<QString, crypto::DeviceRecord>;

// The machine's view of one user's devices: record and verification, deleted ones left out.
struct KnownDevices
{
    Records records;
    QHash<QString, bool> verified;
    QString ownEd25519; // this device's own fingerprint (filled for our own user)
};

Result<KnownDevices> knownDevices(crypto::OlmMachine &machine, const QString &userId)
{
    auto all = machine.devices(userId);
    if (!all)
        return all.error();
    KnownDevices known;
    for (const crypto::DeviceRecord &record : *all) {
        if (record.deleted)
            continue;
        auto verified = machine.isDeviceVerified(userId, record.deviceId);
        if (!verified)
            return verified.error();
        known.records.insert(record.deviceId, record);
        known.verified.insert(record.deviceId, *verified);
    }
    if (userId == machine.userId())
        known.ownEd25519 = machine.identityKeys().ed25519;
    return known;
}

void applyCrypto(DeviceInfo &info, const KnownDevices &known)
{
    const auto it = known.records.constFind(info.deviceId);
    if (it != known.records.constEnd()) {
        info.ed25519 = it->ed25519;
        info.hasKeys = true;
        info.firstSeenMs = it->firstSeenMs;
        info.verified = known.verified.value(info.deviceId);
        if (info.displayName.isEmpty())
            info.displayName = it->displayName;
    }
    if (info.isThisDevice && info.ed25519.isEmpty() && !known.ownEd25519.isEmpty()) {
        info.ed25519 = known.ownEd25519;
        info.hasKeys = true;
    }
}

QList<DeviceInfo> parseDevices(const QJsonObject &body, const QString &ownUserId, const QString &ownDeviceId)
{
    QList<DeviceInfo> devices;
    for (const QJsonValue &v : body.value(QLatin1String("devices")).toArray()) {
        const QJsonObject o = v.toObject();
        DeviceInfo info;
        info.userId = ownUserId;
        info.deviceId = o.value(QLatin1String("device_id")).toString();
        if (info.deviceId.isEmpty())
            continue;
        info.displayName = o.value(QLatin1String("display_name")).toString();
        info.lastSeenIp = o.value(QLatin1String("last_seen_ip")).toString();
        info.lastSeenMs = o.value(QLatin1String("last_seen_ts")).toInteger();
        info.isThisDevice = info.deviceId == ownDeviceId;
        devices.append(info);
    }
    return devices;
}

void sortDevices(QList<DeviceInfo> &devices)
{
    std::stable_sort(devices.begin(), devices.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        if (a.isThisDevice != b.isThisDevice)
            return a.isThisDevice;
        if (a.lastSeenMs != b.lastSeenMs)
            return a.lastSeenMs > b.lastSeenMs;
        return a.deviceId < b.deviceId;
    });
}

} // namespace

DeviceManager::DeviceManager(HttpClient &http, E2eeService *e2ee, QString ownUserId, QString ownDeviceId,
                             QObject *parent)
    : QObject(parent), m_http(http), m_e2ee(e2ee), m_ownUserId(std::move(ownUserId)),
      m_ownDeviceId(std::move(ownDeviceId))
{
    if (e2ee)
        connect(e2ee, &E2eeService::devicesChanged, this, &DeviceManager::devicesChanged);
}

Error DeviceManager::noE2ee() const
{
    return Error::make(Error::Kind::Usage,
                       QCoreApplication::translate("DeviceManager",
                                                   "End-to-end encryption is not running in this session, so "
                                                   "device keys and their trust are unknown."));
}

void DeviceManager::ownDevices(std::function<void(Result<QList<DeviceInfo>>)> done)
{
    QPointer<DeviceManager> self(this);
    m_http.sendJson(api::devices(), [self, done = std::move(done)](Result<QJsonObject> reply) {
        if (!self)
            return;
        if (!reply)
            return done(reply.error());
        auto devices =
            std::make_shared<QList<DeviceInfo>>(parseDevices(*reply, self->m_ownUserId, self->m_ownDeviceId));
        if (!self->m_e2ee || !self->m_e2ee->isStarted()) {
            sortDevices(*devices);
            return done(*devices);
        }
        // The machine follows our own device list only once we are in an encrypted room: follow it now,
        // so a new login of ours shows with its keys.
        QStringList listed;
        for (const DeviceInfo &d : *devices)
            listed << d.deviceId;
        self->follow(self->m_ownUserId, listed, [self, devices, done](Status followed) {
            if (!self || !self->m_e2ee)
                return;
            if (!followed)
                return done(followed.error());
            const QString own = self->m_ownUserId;
            self->m_e2ee->runner().run<KnownDevices>(
                [own](crypto::OlmMachine &machine, Database &) { return knownDevices(machine, own); },
                [devices, done](Result<KnownDevices> known) {
                    if (!known)
                        return done(known.error());
                    for (DeviceInfo &info : *devices)
                        applyCrypto(info, *known);
                    sortDevices(*devices);
                    done(*devices);
                });
        });
    });
}

void DeviceManager::follow(const QString &userId, const QStringList &listedDevices,
                           std::function<void(Status)> done)
{
    QPointer<DeviceManager> self(this);
    // Adds the user to the tracked ones (outdated, so /keys/query asks for them) unless already there.
    // A device the server lists but the machine never saw (a login made before our last query, which
    // an initial sync does not announce) makes the list outdated too. The flush then sends the query,
    // or nothing when no request is due.
    m_e2ee->runner().run<Unit>(
        [userId, listedDevices](crypto::OlmMachine &machine, Database &) -> Status {
            if (Status s = machine.updateTrackedUsers({userId}); !s)
                return s;
            if (listedDevices.isEmpty())
                return success();
            auto known = machine.devices(userId);
            if (!known)
                return known.error();
            QSet<QString> ids;
            for (const crypto::DeviceRecord &record : *known)
                ids.insert(record.deviceId);
            const bool unknown = std::any_of(listedDevices.begin(), listedDevices.end(),
                                             [&ids](const QString &id) { return !ids.contains(id); });
            if (!unknown)
                return success();
            crypto::SyncCryptoInput changed;
            changed.deviceListsChanged = QStringList{userId};
            auto out = machine.receiveSyncChanges(changed);
            return out ? success() : Status(out.error());
        },
        [self, done = std::move(done)](Status tracked) {
            if (!self || !self->m_e2ee)
                return;
            if (!tracked)
                return done(tracked);
            self->m_e2ee->requests().flush([self, done](Status flushed) {
                if (self)
                    done(flushed);
            });
        });
}

void DeviceManager::renameDevice(const QString &deviceId, const QString &displayName,
                                 std::function<void(Status)> done)
{
    if (deviceId.isEmpty())
        return done(Error::make(Error::Kind::Usage,
                                QCoreApplication::translate("DeviceManager", "No device was named.")));
    QPointer<DeviceManager> self(this);
    m_http.sendJson(api::renameDevice(deviceId, displayName.trimmed()),
                    [self, done = std::move(done)](Result<QJsonObject> reply) {
                        if (!self)
                            return;
                        done(reply ? success() : Status(reply.error()));
                    });
}

void DeviceManager::deleteDevices(const QStringList &deviceIds, PasswordPrompt password,
                                  std::function<void(Status)> done)
{
    if (deviceIds.isEmpty())
        return done(Error::make(Error::Kind::Usage,
                                QCoreApplication::translate("DeviceManager", "No device was named.")));
    if (deviceIds.contains(m_ownDeviceId))
        return done(Error::make(Error::Kind::Usage,
                                QCoreApplication::translate("DeviceManager",
                                                            "This is the device you are using; log out "
                                                            "instead of deleting it.")));
    QPointer<DeviceManager> self(this);
    sendWithAuth(m_http, m_ownUserId, api::deleteDevices(deviceIds), std::move(password),
                 [self, done = std::move(done)](Result<QJsonObject> reply) {
                     if (!self)
                         return;
                     done(reply ? success() : Status(reply.error()));
                 });
}

void DeviceManager::userDevices(const QString &userId, std::function<void(Result<QList<DeviceInfo>>)> done)
{
    if (!m_e2ee || !m_e2ee->isStarted())
        return done(noE2ee());
    QPointer<DeviceManager> self(this);
    // A user we share no encrypted room with is not followed yet: follow them and ask the server.
    follow(userId, {}, [self, userId, done = std::move(done)](Status followed) {
        if (!self)
            return;
        if (!followed)
            return done(followed.error());
        self->readUserDevices(userId, done);
    });
}

void DeviceManager::readUserDevices(const QString &userId,
                                    std::function<void(Result<QList<DeviceInfo>>)> done)
{
    if (!m_e2ee)
        return done(noE2ee());
    const QString ownDevice = userId == m_ownUserId ? m_ownDeviceId : QString();
    m_e2ee->runner().run<KnownDevices>(
        [userId](crypto::OlmMachine &machine, Database &) { return knownDevices(machine, userId); },
        [userId, ownDevice, done = std::move(done)](Result<KnownDevices> known) {
            if (!known)
                return done(known.error());
            QList<DeviceInfo> devices;
            for (const crypto::DeviceRecord &record : std::as_const(known->records)) {
                DeviceInfo info;
                info.userId = userId;
                info.deviceId = record.deviceId;
                info.isThisDevice = record.deviceId == ownDevice;
                applyCrypto(info, *known);
                devices.append(info);
            }
            std::sort(devices.begin(), devices.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
                if (a.isThisDevice != b.isThisDevice)
                    return a.isThisDevice;
                return a.deviceId < b.deviceId;
            });
            done(devices);
        });
}

void DeviceManager::userTrust(const QString &userId, std::function<void(Result<UserTrust>)> done)
{
    if (!m_e2ee || !m_e2ee->isStarted())
        return done(noE2ee());
    QPointer<DeviceManager> self(this);
    m_e2ee->runner().run<UserTrust>(
        [userId](crypto::OlmMachine &machine, Database &) -> Result<UserTrust> {
            auto identity = machine.userIdentity(userId);
            // Before cross-signing is set up (ours or theirs) there is simply no identity to show.
            if (!identity && identity.error().errcode == kNoCrossSigning)
                return UserTrust{};
            if (!identity)
                return identity.error();
            UserTrust trust;
            trust.hasIdentity = !identity->masterKey.isEmpty();
            trust.verified = trust.hasIdentity && identity->verified;
            trust.changed = trust.hasIdentity && identity->changed;
            trust.masterKey = identity->masterKey;
            return trust;
        },
        [self, done = std::move(done)](Result<UserTrust> trust) {
            if (self)
                done(std::move(trust));
        });
}

void DeviceManager::acknowledgeIdentityChange(const QString &userId, std::function<void(Status)> done)
{
    if (!m_e2ee || !m_e2ee->isStarted())
        return done(noE2ee());
    QPointer<DeviceManager> self(this);
    m_e2ee->runner().run<Unit>([userId](crypto::OlmMachine &machine,
                                        Database &) { return machine.acknowledgeIdentityChange(userId); },
                               [self, done = std::move(done)](Status s) {
                                   if (self)
                                       done(s);
                               });
}

QString DeviceManager::formatFingerprint(const QString &ed25519)
{
    QStringList groups;
    for (qsizetype i = 0; i < ed25519.size(); i += 4)
        groups << ed25519.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace lattice
