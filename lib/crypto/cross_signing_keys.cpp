// Our cross-signing private keys: each 32-byte seed sealed with the pickle key (never in the clear) under
// "cross_signing.<usage>", next to its public key so trust checks need not open it. Export gives the seeds
// to secret storage; import takes them back only when they match the keys the server published for us.
#include "cross_signing_p.h"

#include "crypto/base64.h"

#include <QJsonDocument>

namespace lattice::crypto::cross_signing {
namespace {

QString keyValueName(KeyUsage usage, bool pending = false)
{
    return (pending ? QStringLiteral("cross_signing.pending.") : QStringLiteral("cross_signing.")) +
           usageName(usage);
}

const QLatin1String kPublicKey("public_key");
const QLatin1String kSealedSeed("sealed_seed");
constexpr KeyUsage kAllUsages[] = {KeyUsage::Master, KeyUsage::SelfSigning, KeyUsage::UserSigning};

Result<QJsonObject> storedKey(CryptoStore &store, KeyUsage usage)
{
    auto raw = store.value(keyValueName(usage));
    if (!raw)
        return raw.error();
    return QJsonDocument::fromJson(*raw).object();
}

QString &secretField(CrossSigningSecrets &s, KeyUsage usage)
{
    switch (usage) {
    case KeyUsage::Master:
        return s.master;
    case KeyUsage::SelfSigning:
        return s.selfSigning;
    case KeyUsage::UserSigning:
        break;
    }
    return s.userSigning;
}

QString publishedKey(const StoredIdentity &id, KeyUsage usage)
{
    switch (usage) {
    case KeyUsage::Master:
        return id.masterKey();
    case KeyUsage::SelfSigning:
        return id.selfSigningKey();
    case KeyUsage::UserSigning:
        break;
    }
    return id.userSigningKey();
}

} // namespace

Result<QString> heldPublicKey(CryptoStore &store, KeyUsage usage)
{
    auto key = storedKey(store, usage);
    if (!key)
        return key.error();
    return key->value(kPublicKey).toString();
}

Result<std::optional<PkSigning>> privateKey(const Context &c, KeyUsage usage)
{
    auto key = storedKey(c.store, usage);
    if (!key)
        return key.error();
    if (key->isEmpty())
        return std::optional<PkSigning>();
    auto seed = openPickle(c.pickleKey, key->value(kSealedSeed).toString().toLatin1());
    if (!seed)
        return seed.error();
    auto signing = PkSigning::fromSeed(*seed);
    seed->fill('\0');
    if (!signing)
        return signing.error();
    return std::optional<PkSigning>(std::move(*signing));
}

Status storePrivateKey(const Context &c, KeyUsage usage, const QByteArray &seed, const QString &publicKey,
                       bool pending)
{
    const QJsonObject o{{kPublicKey, publicKey},
                        {kSealedSeed, QString::fromLatin1(sealPickle(c.pickleKey, seed))}};
    return c.store.setValue(keyValueName(usage, pending), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<bool> promotePendingKeys(const Context &c, const StoredIdentity &published)
{
    bool masterPromoted = false;
    for (KeyUsage usage : kAllUsages) {
        auto raw = c.store.value(keyValueName(usage, true));
        if (!raw)
            return raw.error();
        if (raw->isEmpty())
            continue;
        const QString publicKey = QJsonDocument::fromJson(*raw).object().value(kPublicKey).toString();
        if (publicKey.isEmpty() || publicKey != publishedKey(published, usage))
            continue; // not (yet) on the server
        if (auto st = c.store.setValue(keyValueName(usage), *raw); !st)
            return st.error();
        // "{}", not an empty value: an SQL store keeps no NULL, and an empty object reads as "not held".
        if (auto st = c.store.setValue(keyValueName(usage, true), QByteArrayLiteral("{}")); !st)
            return st.error();
        masterPromoted |= usage == KeyUsage::Master;
    }
    return masterPromoted;
}

} // namespace lattice::crypto::cross_signing

namespace lattice::crypto {

using namespace cross_signing;

Result<CrossSigningSecrets> OlmMachine::exportCrossSigningSecrets()
{
    CrossSigningSecrets out;
    for (KeyUsage usage : kAllUsages) {
        auto key = storedKey(d->store, usage);
        if (!key)
            return key.error();
        if (key->isEmpty())
            continue;
        auto seed = openPickle(d->pickleKey, key->value(kSealedSeed).toString().toLatin1());
        if (!seed)
            return seed.error();
        secretField(out, usage) = QString::fromLatin1(base64Encode(*seed));
        seed->fill('\0');
    }
    return out;
}

Status OlmMachine::importCrossSigningSecrets(const CrossSigningSecrets &secrets)
{
    auto identity = loadIdentity(d->store, d->userId);
    if (!identity)
        return identity.error();
    if (!*identity || (*identity)->masterKey().isEmpty())
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The cross-signing keys cannot be imported before the server's "
                                            "copy of our identity is known."),
                          QStringLiteral("NO_CROSS_SIGNING"));
    CrossSigningSecrets given = secrets;
    struct Checked
    {
        KeyUsage usage;
        QByteArray seed;
        QString publicKey;
    };
    std::vector<Checked> checked;
    // Everything is checked before anything is stored: a wrong key among right ones changes nothing.
    for (KeyUsage usage : kAllUsages) {
        const QString text = secretField(given, usage);
        if (text.isEmpty())
            continue;
        auto seed = base64Decode(text.toLatin1());
        if (!seed)
            return inputError(
                QT_TRANSLATE_NOOP("lattice::Crypto", "A cross-signing key is not valid base64."),
                QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        auto signing = PkSigning::fromSeed(*seed);
        if (!signing)
            return signing.error();
        if (signing->publicKey() != publishedKey(**identity, usage))
            return inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                                "A cross-signing key does not match the one the server "
                                                "published for this account, so it was not imported."),
                              QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        checked.push_back({usage, *seed, signing->publicKey()});
    }
    if (checked.empty())
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "No cross-signing key was given to import."),
                          QStringLiteral("NO_CROSS_SIGNING"));
    StoredIdentity id = **identity;
    for (auto &c : checked) {
        if (auto st = storePrivateKey(contextOf(*d), c.usage, c.seed, c.publicKey); !st)
            return st;
        c.seed.fill('\0');
        if (c.usage == KeyUsage::Master) {
            // Holding the master key is the strongest proof the identity is ours.
            id.verifiedMaster = c.publicKey;
            id.pinnedMaster = c.publicKey;
            id.changed = false;
        }
    }
    return saveIdentity(d->store, id);
}

} // namespace lattice::crypto
