// Cross-signing in the state machine: creating our keys (bootstrap) and the signatures we upload to
// POST /keys/signatures/upload (our devices by our self-signing key, other users' master keys by our
// user-signing key, our master key by this device). Each signature is recorded locally at once, so trust
// follows before the next /keys/query.
#include "cross_signing_p.h"

#include <QJsonArray>

namespace lattice::crypto {

using namespace cross_signing;

namespace {

Error notHeld(const char *sentence)
{
    return usageError(sentence, QStringLiteral("NO_CROSS_SIGNING"));
}

QJsonObject keyObject(const QString &userId, KeyUsage usage, const QString &publicKey)
{
    return QJsonObject{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("usage"), QJsonArray{usageName(usage)}},
        {QStringLiteral("keys"), QJsonObject{{QLatin1String("ed25519:") + publicKey, publicKey}}}};
}

// What /keys/signatures/upload takes: the object as published, without unsigned data, carrying only the
// new signature (the server adds it to those it has).
QJsonObject unsignedCopy(QJsonObject object)
{
    object.remove(QLatin1String("signatures"));
    object.remove(QLatin1String("unsigned"));
    return object;
}

// Adds the signatures of `signedObject` to `target`'s, keeping the ones it had.
void mergeSignatures(QJsonObject &target, const QJsonObject &signedObject)
{
    QJsonObject all = target.value(QLatin1String("signatures")).toObject();
    const QJsonObject added = signedObject.value(QLatin1String("signatures")).toObject();
    for (auto user = added.begin(); user != added.end(); ++user) {
        QJsonObject mine = all.value(user.key()).toObject();
        const QJsonObject sigs = user.value().toObject();
        for (auto s = sigs.begin(); s != sigs.end(); ++s)
            mine.insert(s.key(), s.value());
        all.insert(user.key(), mine);
    }
    target.insert(QStringLiteral("signatures"), all);
}

} // namespace

Result<CrossSigningBootstrap> OlmMachine::bootstrapCrossSigning()
{
    struct Made
    {
        KeyUsage usage;
        QByteArray seed;
        std::optional<PkSigning> key;
    };
    Made made[] = {{KeyUsage::Master, PkSigning::generateSeed(), {}},
                   {KeyUsage::SelfSigning, PkSigning::generateSeed(), {}},
                   {KeyUsage::UserSigning, PkSigning::generateSeed(), {}}};
    for (auto &m : made) {
        auto key = PkSigning::fromSeed(m.seed);
        if (!key)
            return key.error();
        m.key.emplace(std::move(*key));
    }
    const PkSigning &master = *made[0].key;
    QJsonObject masterKey = keyObject(d->userId, KeyUsage::Master, master.publicKey());
    QJsonObject selfSigningKey = keyObject(d->userId, KeyUsage::SelfSigning, made[1].key->publicKey());
    QJsonObject userSigningKey = keyObject(d->userId, KeyUsage::UserSigning, made[2].key->publicKey());
    if (auto st = master.signJson(selfSigningKey, d->userId); !st)
        return st.error();
    if (auto st = master.signJson(userSigningKey, d->userId); !st)
        return st.error();

    // This device signs the new master key (so our other devices that verified it trust the identity) and
    // the self-signing key signs this device.
    QJsonObject masterByDevice = masterKey;
    if (auto st = d->account.signJson(masterByDevice, d->userId, d->deviceId); !st)
        return st.error();
    auto deviceKeys = d->account.deviceKeys(d->userId, d->deviceId);
    if (!deviceKeys)
        return deviceKeys.error();
    QJsonObject deviceBySsk = unsignedCopy(*deviceKeys);
    if (auto st = made[1].key->signJson(deviceBySsk, d->userId); !st)
        return st.error();

    // Held as pending until /keys/query shows them published: if the upload fails (or the user cancels the
    // password prompt) the keys we held before stay ours.
    for (auto &m : made) {
        if (auto st = storePrivateKey(contextOf(*d), m.usage, m.seed, m.key->publicKey(), true); !st)
            return st.error();
        m.seed.fill('\0');
    }
    // Ask the server again for our keys once it has the new ones.
    if (auto st = d->store.setTrackedUser(d->userId, true); !st)
        return st.error();

    CrossSigningBootstrap out;
    out.deviceSigningUpload = QJsonObject{{QStringLiteral("master_key"), masterKey},
                                          {QStringLiteral("self_signing_key"), selfSigningKey},
                                          {QStringLiteral("user_signing_key"), userSigningKey}};
    QJsonObject masterSignature = unsignedCopy(masterKey);
    mergeSignatures(masterSignature, masterByDevice);
    out.signOwnDevice =
        OutgoingRequest{d->newRequestId(),
                        OutgoingRequest::Kind::SignaturesUpload,
                        QJsonObject{{d->userId, QJsonObject{{d->deviceId, deviceBySsk},
                                                            {master.publicKey(), masterSignature}}}},
                        {},
                        {},
                        {}};
    return out;
}

Result<OutgoingRequest> OlmMachine::signUser(const QString &userId)
{
    auto stored = loadIdentity(d->store, userId);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->masterKey().isEmpty())
        return notHeld(
            QT_TRANSLATE_NOOP("lattice::Crypto", "That user has no cross-signing identity to sign yet."));
    StoredIdentity id = **stored;
    const QString masterKey = id.masterKey();
    QJsonObject signature = unsignedCopy(id.master);
    if (userId == d->userId) {
        // Our own identity, verified from another of our devices: this device signs the master key.
        if (auto st = d->account.signJson(signature, d->userId, d->deviceId); !st)
            return st.error();
    } else {
        auto userSigning = privateKey(contextOf(*d), KeyUsage::UserSigning);
        if (!userSigning)
            return userSigning.error();
        if (!*userSigning)
            return notHeld(QT_TRANSLATE_NOOP("lattice::Crypto",
                                             "This device does not hold the user-signing key, so it cannot "
                                             "sign other users."));
        if (auto st = (*userSigning)->signJson(signature, d->userId); !st)
            return st.error();
    }
    // The user verified this very key: it is trusted and no longer a surprise.
    mergeSignatures(id.master, signature);
    id.verifiedMaster = masterKey;
    id.pinnedMaster = masterKey;
    id.changed = false;
    if (auto st = saveIdentity(d->store, id); !st)
        return st.error();
    return OutgoingRequest{d->newRequestId(),
                           OutgoingRequest::Kind::SignaturesUpload,
                           QJsonObject{{userId, QJsonObject{{masterKey, signature}}}},
                           {},
                           {},
                           {}};
}

Result<OutgoingRequest> OlmMachine::signOwnDevice(const QString &deviceId)
{
    auto selfSigning = privateKey(contextOf(*d), KeyUsage::SelfSigning);
    if (!selfSigning)
        return selfSigning.error();
    if (!*selfSigning)
        return notHeld(QT_TRANSLATE_NOOP("lattice::Crypto",
                                         "This device does not hold the self-signing key, so it cannot sign "
                                         "our devices."));
    auto devices = d->store.devices(d->userId);
    if (!devices)
        return devices.error();
    std::optional<DeviceRecord> device;
    for (const auto &dev : *devices) {
        if (dev.deviceId == deviceId && !dev.deleted)
            device = dev;
    }
    QJsonObject keys;
    if (device) {
        keys = device->deviceKeys;
    } else if (deviceId == d->deviceId) {
        auto own = d->account.deviceKeys(d->userId, d->deviceId); // before our first /keys/query
        if (!own)
            return own.error();
        keys = *own;
    } else {
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "That device is not one of ours that we know."),
            QStringLiteral("UNKNOWN_DEVICE"));
    }
    QJsonObject signature = unsignedCopy(keys);
    if (auto st = (*selfSigning)->signJson(signature, d->userId); !st)
        return st.error();
    if (device) {
        mergeSignatures(device->deviceKeys, signature);
        device->localTrust = DeviceRecord::LocalTrust::Verified; // the user verified it to sign it
        if (auto st = d->store.saveDevice(*device); !st)
            return st.error();
    }
    return OutgoingRequest{d->newRequestId(),
                           OutgoingRequest::Kind::SignaturesUpload,
                           QJsonObject{{d->userId, QJsonObject{{deviceId, signature}}}},
                           {},
                           {},
                           {}};
}

} // namespace lattice::crypto
