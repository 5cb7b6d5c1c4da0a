// Cross-signing identities from /keys/query (master_keys, self_signing_keys, user_signing_keys): each key
// object is checked (user, usage, one Ed25519 key; the self-signing and user-signing keys signed by the
// master key) and the user's identity is kept as one JSON value in the store, so no schema change is needed.
// The first master key seen is pinned: a different one later is flagged until the user acknowledges it.
#include "cross_signing_p.h"

#include "crypto/ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice::crypto::cross_signing {
namespace {

QString identityValueName(const QString &userId)
{
    return QStringLiteral("cross_signing.identity.") + userId;
}

const QLatin1String kMaster("master");
const QLatin1String kSelfSigning("self_signing");
const QLatin1String kUserSigning("user_signing");
const QLatin1String kPinned("pinned_master");
const QLatin1String kVerified("verified_master");
const QLatin1String kChanged("changed");

// The user's key object of one kind in a /keys/query answer, when well formed (and signed by `master`).
QJsonObject checkedKey(const QJsonObject &response, const char *field, const QString &userId, KeyUsage usage,
                       const QString &master)
{
    const QJsonObject key = response.value(QLatin1String(field)).toObject().value(userId).toObject();
    if (key.isEmpty() || !wellFormed(key, userId, usage))
        return {};
    if (!master.isEmpty() && !signedByKey(key, userId, master))
        return {};
    return key;
}

} // namespace

QString usageName(KeyUsage usage)
{
    switch (usage) {
    case KeyUsage::Master:
        return kMaster;
    case KeyUsage::SelfSigning:
        return kSelfSigning;
    case KeyUsage::UserSigning:
        return kUserSigning;
    }
    return {};
}

QString publicKeyOf(const QJsonObject &key)
{
    const QJsonObject keys = key.value(QLatin1String("keys")).toObject();
    if (keys.size() != 1)
        return {};
    const QString id = keys.begin().key();
    const QString value = keys.begin().value().toString();
    if (!id.startsWith(QLatin1String("ed25519:")) || value.isEmpty() || id.mid(8) != value)
        return {};
    return value;
}

bool wellFormed(const QJsonObject &key, const QString &userId, KeyUsage usage)
{
    if (key.value(QLatin1String("user_id")).toString() != userId)
        return false;
    if (!key.value(QLatin1String("usage")).toArray().contains(QJsonValue(usageName(usage))))
        return false;
    return !publicKeyOf(key).isEmpty();
}

bool signedByKey(const QJsonObject &object, const QString &signer, const QString &publicKey)
{
    if (publicKey.isEmpty())
        return false;
    return bool(verifySignedJson(object, signer, QLatin1String("ed25519:") + publicKey, publicKey));
}

Result<std::optional<StoredIdentity>> loadIdentity(CryptoStore &store, const QString &userId)
{
    auto raw = store.value(identityValueName(userId));
    if (!raw)
        return raw.error();
    if (raw->isEmpty())
        return std::optional<StoredIdentity>();
    const QJsonObject o = QJsonDocument::fromJson(*raw).object();
    StoredIdentity id;
    id.userId = userId;
    id.master = o.value(kMaster).toObject();
    id.selfSigning = o.value(kSelfSigning).toObject();
    id.userSigning = o.value(kUserSigning).toObject();
    id.pinnedMaster = o.value(kPinned).toString();
    id.verifiedMaster = o.value(kVerified).toString();
    id.changed = o.value(kChanged).toBool();
    return std::optional<StoredIdentity>(id);
}

Status saveIdentity(CryptoStore &store, const StoredIdentity &identity)
{
    const QJsonObject o{{kMaster, identity.master},           {kSelfSigning, identity.selfSigning},
                        {kUserSigning, identity.userSigning}, {kPinned, identity.pinnedMaster},
                        {kVerified, identity.verifiedMaster}, {kChanged, identity.changed}};
    return store.setValue(identityValueName(identity.userId),
                          QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Our own identity changed (a reset from another device): other users were trusted through our old
// user-signing key, so each is queried again for the signatures our new one made (or their lack).
static Status requeryOthers(const Context &c)
{
    auto tracked = c.store.trackedUsers();
    if (!tracked)
        return tracked.error();
    for (auto it = tracked->cbegin(); it != tracked->cend(); ++it)
        if (it.key() != c.userId && !it.value())
            if (auto st = c.store.setTrackedUser(it.key(), true); !st)
                return st;
    return success();
}

Status receiveIdentity(const Context &c, const QString &userId, const QJsonObject &response)
{
    const QJsonObject master = checkedKey(response, "master_keys", userId, KeyUsage::Master, {});
    if (master.isEmpty())
        return success(); // none published (or malformed): what we knew stays, a server cannot erase it
    const QString masterKey = publicKeyOf(master);

    auto stored = loadIdentity(c.store, userId);
    if (!stored)
        return stored.error();
    StoredIdentity id = stored->value_or(StoredIdentity{});
    id.userId = userId;
    id.master = master;
    id.selfSigning = checkedKey(response, "self_signing_keys", userId, KeyUsage::SelfSigning, masterKey);
    id.userSigning = userId == c.userId
                         ? checkedKey(response, "user_signing_keys", userId, KeyUsage::UserSigning, masterKey)
                         : QJsonObject{};
    if (userId == c.userId) {
        // Keys our bootstrap made are now on the server: they are ours, and the identity is what we made.
        auto promoted = promotePendingKeys(c, id);
        if (!promoted)
            return promoted.error();
        if (*promoted) {
            id.pinnedMaster = masterKey;
            id.verifiedMaster = masterKey;
            id.changed = false;
        }
    }
    if (id.pinnedMaster.isEmpty()) {
        id.pinnedMaster = masterKey;
    } else if (id.pinnedMaster != masterKey) {
        if (userId == c.userId)
            if (auto st = requeryOthers(c); !st)
                return st;
        // Our own master key that this device holds is never a surprise (we made or imported it).
        auto held =
            userId == c.userId ? heldPublicKey(c.store, KeyUsage::Master) : Result<QString>(QString());
        if (!held)
            return held.error();
        if (!held->isEmpty() && *held == masterKey) {
            id.pinnedMaster = masterKey;
            id.changed = false;
        } else {
            if (!id.changed && !c.devicesChanged.contains(userId))
                c.devicesChanged.append(userId); // the layers above warn about the new identity
            id.changed = true;
        }
    } else {
        id.changed = false;
    }
    return saveIdentity(c.store, id);
}

} // namespace lattice::crypto::cross_signing
