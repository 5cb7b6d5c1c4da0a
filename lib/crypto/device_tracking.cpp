// Device tracking: which users' device lists we follow, /keys/query requests for outdated ones, and the
// checks every device in the answer must pass before it is stored (spec: end_to_end_encryption.md
// "Tracking the device list for a user", "Downloading keys"). Cross-signing keys in the same answer go to
// cross_signing_identity.cpp.
#include "cross_signing_p.h"
#include "olm_machine_p.h"

#include "crypto/ed25519.h"

#include <QJsonArray>

namespace lattice::crypto {
namespace {

// A device object from /keys/query passes when it names the user and device it is listed under, carries
// both identity keys and is signed by its own Ed25519 key.
std::optional<DeviceRecord> checkedDevice(const QString &userId, const QString &deviceId,
                                          const QJsonObject &keys)
{
    if (keys.value(QLatin1String("user_id")).toString() != userId ||
        keys.value(QLatin1String("device_id")).toString() != deviceId)
        return std::nullopt;
    const QJsonObject keyMap = keys.value(QLatin1String("keys")).toObject();
    const QString ed = keyMap.value(QLatin1String("ed25519:") + deviceId).toString();
    const QString curve = keyMap.value(QLatin1String("curve25519:") + deviceId).toString();
    if (ed.isEmpty() || curve.isEmpty())
        return std::nullopt;
    if (!verifySignedJson(keys, userId, QLatin1String("ed25519:") + deviceId, ed))
        return std::nullopt;
    DeviceRecord r;
    r.userId = userId;
    r.deviceId = deviceId;
    r.curve25519 = curve;
    r.ed25519 = ed;
    r.displayName = keys.value(QLatin1String("unsigned"))
                        .toObject()
                        .value(QLatin1String("device_display_name"))
                        .toString();
    for (const auto &a : keys.value(QLatin1String("algorithms")).toArray())
        r.algorithms.append(a.toString());
    r.deviceKeys = keys;
    return r;
}

} // namespace

Result<OutgoingRequest> OlmMachine::Private::keysQueryRequest(const QStringList &users)
{
    QJsonObject deviceKeys;
    for (const QString &user : users) {
        deviceKeys.insert(user, QJsonArray{});
        changedDuringQuery.remove(user);
    }
    OutgoingRequest r{newRequestId(),
                      OutgoingRequest::Kind::KeysQuery,
                      QJsonObject{{QStringLiteral("device_keys"), deviceKeys}},
                      {},
                      {},
                      {}};
    queriesInFlight.insert(r.id, users);
    return r;
}

Status OlmMachine::Private::receiveKeysQuery(const OutgoingRequest &request, const QJsonObject &response)
{
    QStringList users = queriesInFlight.take(request.id);
    if (users.isEmpty())
        users = request.body.value(QLatin1String("device_keys")).toObject().keys();
    const QJsonObject answered = response.value(QLatin1String("device_keys")).toObject();
    auto tracked = store.trackedUsers();
    if (!tracked)
        return tracked.error();

    for (const QString &user : users) {
        if (!answered.contains(user) || !tracked->contains(user))
            continue; // a failure for that user's server, or we stopped following them: stays as it was
        if (auto st = cross_signing::receiveIdentity(cross_signing::contextOf(*this), user, response); !st)
            return st;
        auto known = store.devices(user);
        if (!known)
            return known.error();
        QHash<QString, DeviceRecord> byId;
        for (const auto &dev : *known)
            byId.insert(dev.deviceId, dev);

        bool changed = false;
        QSet<QString> listed;
        const QJsonObject devices = answered.value(user).toObject();
        for (auto it = devices.begin(); it != devices.end(); ++it) {
            auto fresh = checkedDevice(user, it.key(), it.value().toObject());
            if (!fresh)
                continue; // bad signature or mismatched IDs: never stored, never encrypted for
            listed.insert(it.key());
            const bool isUs = user == userId && it.key() == deviceId;
            if (isUs && (fresh->ed25519 != ids.ed25519 || fresh->curve25519 != ids.curve25519))
                continue; // the server lists other keys under our own device ID: ignore them
            auto old = byId.constFind(it.key());
            if (old != byId.constEnd()) {
                // Same device ID, other identity keys: an attacker (or a buggy server) may be swapping
                // keys. We keep the old record as it was and ignore the new keys, so nothing is ever
                // encrypted for keys the user did not see; a real re-created device must use a new ID.
                if (old->ed25519 != fresh->ed25519 || old->curve25519 != fresh->curve25519)
                    continue;
                DeviceRecord updated = *old;
                changed |= updated.deleted;
                updated.deleted = false;
                updated.displayName = fresh->displayName;
                updated.algorithms = fresh->algorithms;
                updated.deviceKeys = fresh->deviceKeys;
                if (auto st = store.saveDevice(updated); !st)
                    return st;
                continue;
            }
            fresh->firstSeenMs = now();
            if (isUs)
                fresh->localTrust = DeviceRecord::LocalTrust::Verified;
            if (auto st = store.saveDevice(*fresh); !st)
                return st;
            changed = true;
        }
        for (auto dev : *known) {
            if (listed.contains(dev.deviceId) || dev.deleted)
                continue;
            dev.deleted = true; // gone from the server's list: never encrypt for it again
            if (auto st = store.saveDevice(dev); !st)
                return st;
            changed = true;
        }
        if (auto st = store.setTrackedUser(user, changedDuringQuery.contains(user)); !st)
            return st;
        if (changed && !devicesChanged.contains(user))
            devicesChanged.append(user);
    }
    return success();
}

Status OlmMachine::Private::receiveDeviceListChanges(const QStringList &changed, const QStringList &left)
{
    auto tracked = store.trackedUsers();
    if (!tracked)
        return tracked.error();
    for (const QString &user : changed) {
        if (!tracked->contains(user))
            continue;
        for (const auto &inFlight : std::as_const(queriesInFlight)) {
            if (inFlight.contains(user))
                changedDuringQuery.insert(user);
        }
        if (auto st = store.setTrackedUser(user, true); !st)
            return st;
    }
    for (const QString &user : left) {
        if (user == userId || !tracked->contains(user))
            continue;
        if (auto st = store.removeTrackedUser(user); !st)
            return st;
    }
    return success();
}

Result<std::optional<DeviceRecord>> OlmMachine::Private::deviceByCurveKey(const QString &user,
                                                                          const QString &curve25519)
{
    auto all = store.devices(user);
    if (!all)
        return all.error();
    for (const auto &dev : *all) {
        if (dev.curve25519 == curve25519)
            return std::optional<DeviceRecord>(dev);
    }
    return std::optional<DeviceRecord>();
}

} // namespace lattice::crypto
