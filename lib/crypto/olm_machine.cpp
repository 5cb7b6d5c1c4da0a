// OlmMachine: opening the account, the identity, key upload (device keys once, one-time keys topped up to
// half of what the account can hold, a fallback key whenever the server has none unused) and the
// dispatch of sync input and request answers to the other parts (olm_machine_p.h).
#include "olm_machine.h"

#include "cross_signing_p.h"
#include "olm_machine_p.h"

#include <QDateTime>
#include <QJsonArray>

namespace lattice::crypto {
namespace {

const QString kDeviceKeysUploaded = QStringLiteral("device_keys_uploaded");
const QString kSignedCurve = QStringLiteral("signed_curve25519");

} // namespace

QString OlmMachine::Private::newRequestId()
{
    return QStringLiteral("lattice-crypto-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++nextRequest);
}

qint64 OlmMachine::Private::useStamp()
{
    lastUseStamp = std::max(now(), lastUseStamp + 1);
    return lastUseStamp;
}

Status OlmMachine::Private::saveAccount()
{
    auto sealed = account.pickle(pickleKey);
    if (!sealed)
        return sealed.error();
    return store.saveAccount(*sealed);
}

OlmMachine::OlmMachine(std::unique_ptr<Private> p) : d(std::move(p)) {}
OlmMachine::~OlmMachine() = default;

Result<std::unique_ptr<OlmMachine>> OlmMachine::open(const QString &userId, const QString &deviceId,
                                                     const PickleKey &pickleKey, CryptoStore &store)
{
    if (userId.isEmpty() || deviceId.isEmpty())
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "Encryption needs a user ID and a device ID."));
    auto sealed = store.account();
    if (!sealed)
        return sealed.error();
    const bool fresh = sealed->isEmpty();
    auto account = fresh ? OlmAccount::create() : OlmAccount::unpickle(pickleKey, *sealed);
    if (!account)
        return account.error();
    auto p = std::make_unique<Private>(userId, deviceId, pickleKey, store, std::move(*account));
    p->now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    auto ids = p->account.identityKeys();
    if (!ids)
        return ids.error();
    p->ids = *ids;
    if (fresh) {
        if (auto st = p->saveAccount(); !st)
            return st.error();
    }
    // We follow our own devices: they get our room keys, and we answer their key requests.
    auto tracked = store.trackedUsers();
    if (!tracked)
        return tracked.error();
    if (!tracked->contains(userId)) {
        if (auto st = store.setTrackedUser(userId, true); !st)
            return st.error();
    }
    return std::unique_ptr<OlmMachine>(new OlmMachine(std::move(p)));
}

QString OlmMachine::userId() const
{
    return d->userId;
}

QString OlmMachine::deviceId() const
{
    return d->deviceId;
}

IdentityKeys OlmMachine::identityKeys() const
{
    return d->ids;
}

void OlmMachine::setClock(std::function<qint64()> now)
{
    d->now = std::move(now);
}

Result<SyncCryptoOutput> OlmMachine::receiveSyncChanges(const SyncCryptoInput &input)
{
    SyncCryptoOutput out;
    if (auto st = d->receiveDeviceListChanges(input.deviceListsChanged, input.deviceListsLeft); !st)
        return st.error();
    // A server that sends counts but omits signed_curve25519 has none of them left.
    if (!input.oneTimeKeyCounts.isEmpty())
        d->oneTimeKeyCount = input.oneTimeKeyCounts.value(kSignedCurve, 0);
    if (input.unusedFallbackKeyTypes && !input.unusedFallbackKeyTypes->contains(kSignedCurve))
        d->fallbackKeyNeeded = true;

    for (const auto &value : input.toDevice) {
        const QJsonObject event = value.toObject();
        const QString type = event.value(QLatin1String("type")).toString();
        const QString sender = event.value(QLatin1String("sender")).toString();
        const QJsonObject content = event.value(QLatin1String("content")).toObject();
        Status handled = success();
        if (type == QLatin1String("m.room.encrypted")) {
            auto plain = d->olmDecrypt(event);
            if (!plain) {
                if (plain.error().kind == Error::Kind::Storage)
                    return plain.error(); // the batch must be retried, not the event dropped
                out.errors.append(plain.error().message);
                continue;
            }
            if (plain->type == QLatin1String("m.room_key")) {
                handled = d->receiveRoomKey(*plain, out);
            } else if (plain->type == QLatin1String("m.forwarded_room_key")) {
                handled = d->receiveForwardedRoomKey(*plain, out);
            } else if (plain->type == QLatin1String("m.room_key.withheld")) {
                handled = d->receiveWithheld(plain->sender, plain->content);
            } else if (plain->type != QLatin1String("m.dummy")) {
                // Not ours to consume (verification, secrets): hand it up with who sent it.
                QJsonObject clear{{QStringLiteral("type"), plain->type},
                                  {QStringLiteral("content"), plain->content},
                                  {QStringLiteral("sender"), plain->sender},
                                  {QStringLiteral("sender_key"), plain->senderKey}};
                if (plain->senderDevice)
                    clear.insert(QStringLiteral("sender_device"), plain->senderDevice->deviceId);
                out.toDevice.push_back(clear);
            }
        } else if (type == QLatin1String("m.room_key.withheld")) {
            handled = d->receiveWithheld(sender, content);
        } else if (type == QLatin1String("m.room_key_request")) {
            handled = d->receiveRoomKeyRequest(event);
        } else if (type == QLatin1String("m.room_key") || type == QLatin1String("m.forwarded_room_key")) {
            handled =
                inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                             "A room key arrived without Olm encryption and was ignored."),
                           QStringLiteral("BAD_ENCRYPTED_EVENT"));
        } else {
            // A plain event must not pass for a decrypted one: the fields that say which device sent it
            // are only ever set by us, after Olm decryption (a server could forge them otherwise).
            QJsonObject plain = event;
            plain.remove(QStringLiteral("sender_key"));
            plain.remove(QStringLiteral("sender_device"));
            out.toDevice.push_back(plain);
        }
        if (!handled) {
            if (handled.error().kind == Error::Kind::Storage)
                return handled.error();
            out.errors.append(handled.error().message);
        }
    }
    out.devicesChangedFor = std::exchange(d->devicesChanged, {});
    return out;
}

Status OlmMachine::updateTrackedUsers(const QStringList &userIds)
{
    auto tracked = d->store.trackedUsers();
    if (!tracked)
        return tracked.error();
    for (const QString &user : userIds) {
        if (tracked->contains(user))
            continue;
        if (auto st = d->store.setTrackedUser(user, true); !st)
            return st;
    }
    return success();
}

Result<std::vector<OutgoingRequest>> OlmMachine::outgoingRequests()
{
    std::vector<OutgoingRequest> requests;
    QJsonObject upload;

    auto uploaded = d->store.value(kDeviceKeysUploaded);
    if (!uploaded)
        return uploaded.error();
    if (uploaded->isEmpty()) {
        auto keys = d->account.deviceKeys(d->userId, d->deviceId);
        if (!keys)
            return keys.error();
        upload.insert(QStringLiteral("device_keys"), *keys);
    }

    // One-time keys: keep half of the account's capacity on the server, so the other half is room for keys
    // that were uploaded but whose sessions have not arrived yet. Before the first upload the server has
    // none.
    std::optional<int> serverCount = d->oneTimeKeyCount;
    if (uploaded->isEmpty() && !serverCount)
        serverCount = 0;
    if (serverCount) {
        const int target = static_cast<int>(d->account.maxOneTimeKeys() / 2);
        auto unpublished = d->account.oneTimeKeys();
        if (!unpublished)
            return unpublished.error();
        const int missing = target - *serverCount - static_cast<int>(unpublished->size());
        if (missing > 0) {
            if (auto st = d->account.generateOneTimeKeys(static_cast<size_t>(missing)); !st)
                return st.error();
            if (auto st = d->saveAccount(); !st)
                return st.error();
        }
    }
    auto oneTime = d->account.signedOneTimeKeys(d->userId, d->deviceId);
    if (!oneTime)
        return oneTime.error();
    if (!oneTime->isEmpty())
        upload.insert(QStringLiteral("one_time_keys"), *oneTime);

    // Fallback key: with the first upload, and whenever the server says ours was used.
    if (uploaded->isEmpty() || d->fallbackKeyNeeded) {
        auto pending = d->account.unpublishedFallbackKey();
        if (!pending)
            return pending.error();
        if (pending->isEmpty()) {
            if (auto st = d->account.generateFallbackKey(); !st)
                return st.error();
            if (auto st = d->saveAccount(); !st)
                return st.error();
        }
    }
    auto fallback = d->account.signedFallbackKeys(d->userId, d->deviceId);
    if (!fallback)
        return fallback.error();
    if (!fallback->isEmpty())
        upload.insert(QStringLiteral("fallback_keys"), *fallback);

    if (!upload.isEmpty())
        requests.push_back(
            OutgoingRequest{d->newRequestId(), OutgoingRequest::Kind::KeysUpload, upload, {}, {}, {}});

    auto tracked = d->store.trackedUsers();
    if (!tracked)
        return tracked.error();
    QStringList outdated;
    for (auto it = tracked->begin(); it != tracked->end(); ++it) {
        if (it.value())
            outdated.append(it.key());
    }
    if (!outdated.isEmpty()) {
        outdated.sort();
        auto query = d->keysQueryRequest(outdated);
        if (!query)
            return query.error();
        requests.push_back(*query);
    }

    // New sessions for devices whose Olm messages we could not decrypt.
    if (!d->wedgedDevices.isEmpty() || !d->sessionsWanted.isEmpty()) {
        QStringList users = d->wedgedDevices.values() + d->sessionsWanted.values();
        users.removeDuplicates();
        auto claim = d->keysClaimRequest(users, true);
        if (!claim)
            return claim.error();
        if (*claim)
            requests.push_back(**claim);
    }

    // To-device messages the machine made itself (m.dummy after a new session, key request answers).
    for (auto &r : d->pendingToDevice)
        requests.push_back(std::move(r));
    d->pendingToDevice.clear();
    return requests;
}

Status OlmMachine::markRequestAsSent(const OutgoingRequest &request, const QJsonObject &response)
{
    switch (request.kind) {
    case OutgoingRequest::Kind::KeysUpload: {
        if (request.body.contains(QLatin1String("device_keys"))) {
            if (auto st = d->store.setValue(kDeviceKeysUploaded, QByteArrayLiteral("1")); !st)
                return st;
        }
        if (request.body.contains(QLatin1String("one_time_keys")) ||
            request.body.contains(QLatin1String("fallback_keys"))) {
            if (auto st = d->account.markKeysAsPublished(); !st)
                return st;
            if (auto st = d->saveAccount(); !st)
                return st;
        }
        if (request.body.contains(QLatin1String("fallback_keys")))
            d->fallbackKeyNeeded = false;
        const QJsonObject counts = response.value(QLatin1String("one_time_key_counts")).toObject();
        d->oneTimeKeyCount = counts.value(kSignedCurve).toInt(0);
        return success();
    }
    case OutgoingRequest::Kind::KeysQuery:
        return d->receiveKeysQuery(request, response);
    case OutgoingRequest::Kind::KeysClaim:
        return d->receiveKeysClaim(response);
    case OutgoingRequest::Kind::ToDevice:
    case OutgoingRequest::Kind::SignaturesUpload: // the server's "failures" are logged by the caller
        return success();
    case OutgoingRequest::Kind::KeysBackup:
        return d->markBackedUp(request);
    }
    return success();
}

Result<QList<DeviceRecord>> OlmMachine::devices(const QString &userId)
{
    return d->store.devices(userId);
}

Status OlmMachine::setLocalTrust(const QString &userId, const QString &deviceId,
                                 DeviceRecord::LocalTrust trust)
{
    auto all = d->store.devices(userId);
    if (!all)
        return all.error();
    for (DeviceRecord device : *all) {
        if (device.deviceId == deviceId) {
            device.localTrust = trust;
            return d->store.saveDevice(device);
        }
    }
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "That device is not known, so its trust cannot be set."),
        QStringLiteral("UNKNOWN_DEVICE"));
}

Result<bool> OlmMachine::isDeviceVerified(const QString &userId, const QString &deviceId)
{
    // Locally verified, or cross-signed under a trusted identity (cross_signing_trust.cpp).
    auto all = d->store.devices(userId);
    if (!all)
        return all.error();
    for (const DeviceRecord &device : *all)
        if (device.deviceId == deviceId)
            return cross_signing::deviceVerified(cross_signing::contextOf(*d), device);
    return false;
}

} // namespace lattice::crypto
