#pragma once
// Private to the OlmMachine files: cross-signing (spec end_to_end_encryption.md "Cross-signing").
// - cross_signing_identity.cpp: each user's master, self-signing and user-signing keys as /keys/query gave
//   them, checked and kept as one JSON value per user in the CryptoStore, with the master key first seen
//   (to notice a changed identity).
// - cross_signing_keys.cpp: our own private keys (32-byte seeds sealed with the pickle key), export/import.
// - cross_signing_trust.cpp: which identities and devices we trust.
// - cross_signing.cpp: bootstrap and the signatures we upload.
#include "crypto/pk.h"
#include "olm_machine_p.h"

#include <optional>

namespace lattice::crypto::cross_signing {

// What these functions need of the machine (OlmMachine::Private is private to the class; contextOf builds
// this from it inside the machine's own functions).
struct Context
{
    CryptoStore &store;
    const PickleKey &pickleKey;
    const QString &userId;       // our own user
    QStringList &devicesChanged; // users to report in the next SyncCryptoOutput
};
template <typename MachinePrivate> Context contextOf(MachinePrivate &d)
{
    return Context{d.store, d.pickleKey, d.userId, d.devicesChanged};
}

enum class KeyUsage { Master, SelfSigning, UserSigning };
QString usageName(KeyUsage usage); // "master", "self_signing", "user_signing" (the spec's usage values)

// The one Ed25519 public key of a cross-signing key object ({user_id, usage, keys, signatures}); empty when
// the object does not hold exactly one "ed25519:<key>": "<key>" entry.
QString publicKeyOf(const QJsonObject &key);
// The object names `userId`, lists `usage` and holds one well-formed Ed25519 key.
bool wellFormed(const QJsonObject &key, const QString &userId, KeyUsage usage);
// `object` carries a valid signature of `signer`'s cross-signing key `publicKey` (key ID "ed25519:<key>").
bool signedByKey(const QJsonObject &object, const QString &signer, const QString &publicKey);

struct StoredIdentity
{
    QString userId;
    QJsonObject master;      // as published (signatures we may see included)
    QJsonObject selfSigning; // empty when missing or not validly signed by the master key
    QJsonObject userSigning; // ours only; same rule
    QString pinnedMaster;    // the master key first seen, verified or created here
    QString verifiedMaster;  // the master key the user verified here (or that we created/imported)
    bool changed = false;    // the published master key differs from pinnedMaster

    QString masterKey() const { return publicKeyOf(master); }
    QString selfSigningKey() const { return publicKeyOf(selfSigning); }
    QString userSigningKey() const { return publicKeyOf(userSigning); }
};

Result<std::optional<StoredIdentity>> loadIdentity(CryptoStore &store, const QString &userId);
Status saveIdentity(CryptoStore &store, const StoredIdentity &identity);
// The user's cross-signing keys from a /keys/query answer: checked, stored, a new master key flagged.
Status receiveIdentity(const Context &c, const QString &userId, const QJsonObject &response);

// Our private keys. nullopt when this device does not hold that key.
Result<std::optional<PkSigning>> privateKey(const Context &c, KeyUsage usage);
// The public key of the held private key, without opening it; empty when not held.
Result<QString> heldPublicKey(CryptoStore &store, KeyUsage usage);
// `pending`: keys made by bootstrap that the server does not have yet; they replace the held ones only
// once /keys/query shows them published (promotePendingKeys), so a failed or cancelled upload loses nothing.
Status storePrivateKey(const Context &c, KeyUsage usage, const QByteArray &seed, const QString &publicKey,
                       bool pending = false);
// Pending keys the server now publishes for us become the held ones; true when the master key did.
Result<bool> promotePendingKeys(const Context &c, const StoredIdentity &published);

// Ours: we created, imported or verified its master key (also through one of our verified devices
// signing it). Others': not changed, and verified here or signed by our own trusted user-signing key.
Result<bool> identityTrusted(const Context &c, const StoredIdentity &identity);
// Not deleted or blocked, and verified locally or signed by its owner's self-signing key under a trusted
// identity.
Result<bool> deviceVerified(const Context &c, const DeviceRecord &device);

} // namespace lattice::crypto::cross_signing
