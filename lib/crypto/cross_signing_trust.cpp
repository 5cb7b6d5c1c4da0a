// Trust from cross-signing: whether a user's identity is trusted, and whether a device is verified through
// it (spec end_to_end_encryption.md "Cross-signing": Alice trusts Bob's device when her master key signed
// her user-signing key, that signed Bob's master key, that signed Bob's self-signing key, that signed the
// device).
#include "cross_signing_p.h"

#include "crypto/ed25519.h"

namespace lattice::crypto::cross_signing {
namespace {

// A device ID equal to a cross-signing key would let a malicious server confuse the two kinds of key
// (spec "Key and signature security"): such an identity is never trusted.
Result<bool> collidesWithDevice(CryptoStore &store, const StoredIdentity &id)
{
    auto devices = store.devices(id.userId);
    if (!devices)
        return devices.error();
    for (const auto &dev : *devices) {
        if (dev.deviceId == id.masterKey() || dev.deviceId == id.selfSigningKey() ||
            dev.deviceId == id.userSigningKey())
            return true;
    }
    return false;
}

// Our master key is signed by one of our devices we verified (this one included).
Result<bool> signedByVerifiedOwnDevice(const Context &c, const StoredIdentity &id)
{
    auto devices = c.store.devices(c.userId);
    if (!devices)
        return devices.error();
    for (const auto &dev : *devices) {
        if (dev.deleted || dev.localTrust != DeviceRecord::LocalTrust::Verified)
            continue;
        if (verifySignedJson(id.master, c.userId, QLatin1String("ed25519:") + dev.deviceId, dev.ed25519))
            return true;
    }
    return false;
}

} // namespace

Result<bool> identityTrusted(const Context &c, const StoredIdentity &id)
{
    const QString master = id.masterKey();
    if (master.isEmpty() || id.changed)
        return false;
    auto collides = collidesWithDevice(c.store, id);
    if (!collides)
        return collides.error();
    if (*collides)
        return false;
    if (id.verifiedMaster == master)
        return true;
    if (id.userId == c.userId) {
        auto held = heldPublicKey(c.store, KeyUsage::Master);
        if (!held)
            return held.error();
        if (*held == master)
            return true;
        return signedByVerifiedOwnDevice(c, id);
    }
    // Another user: their master key signed by our user-signing key, itself under our trusted identity.
    auto ours = loadIdentity(c.store, c.userId);
    if (!ours)
        return ours.error();
    if (!*ours || (*ours)->userSigningKey().isEmpty() ||
        !signedByKey(id.master, c.userId, (*ours)->userSigningKey()))
        return false;
    return identityTrusted(c, **ours);
}

Result<bool> deviceVerified(const Context &c, const DeviceRecord &device)
{
    if (device.deleted || device.localTrust == DeviceRecord::LocalTrust::Blocked)
        return false;
    if (device.localTrust == DeviceRecord::LocalTrust::Verified)
        return true;
    auto id = loadIdentity(c.store, device.userId);
    if (!id)
        return id.error();
    if (!*id || !signedByKey(device.deviceKeys, device.userId, (*id)->selfSigningKey()))
        return false;
    return identityTrusted(c, **id);
}

} // namespace lattice::crypto::cross_signing

namespace lattice::crypto {

using namespace cross_signing;

Result<UserIdentity> OlmMachine::userIdentity(const QString &userId)
{
    UserIdentity out;
    out.userId = userId;
    auto id = loadIdentity(d->store, userId);
    if (!id)
        return id.error();
    if (!*id)
        return out;
    out.masterKey = (*id)->masterKey();
    out.selfSigningKey = (*id)->selfSigningKey();
    if (userId == d->userId)
        out.userSigningKey = (*id)->userSigningKey();
    out.changed = (*id)->changed;
    auto trusted = identityTrusted(contextOf(*d), **id);
    if (!trusted)
        return trusted.error();
    out.verified = *trusted;
    return out;
}

Status OlmMachine::acknowledgeIdentityChange(const QString &userId)
{
    auto id = loadIdentity(d->store, userId);
    if (!id)
        return id.error();
    if (!*id)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "That user has no known cross-signing identity."),
            QStringLiteral("NO_CROSS_SIGNING"));
    StoredIdentity updated = **id;
    updated.pinnedMaster = updated.masterKey();
    updated.changed = false;
    return saveIdentity(d->store, updated);
}

} // namespace lattice::crypto
