// Room keys in and out of the state machine in the spec's export format (end_to_end_encryption.md "Key
// export format", ExportedSessionData): what a key backup restore or a key file import brings, and one
// session for a key export.
#include "olm_machine_p.h"

#include "crypto/megolm_session.h"
#include "crypto/random.h"

#include <QJsonArray>

namespace lattice::crypto {

namespace {

Error badKey(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_EXPORTED_KEY"));
}

// An exported key checked and turned into what the store keeps (not saved yet).
Result<InboundGroupSessionRecord> recordFrom(const QJsonObject &key, const PickleKey &pickleKey)
{
    if (key.value(QLatin1String("algorithm")).toString() != algorithm::megolm())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "An imported room key is for an algorithm Lattice does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    InboundGroupSessionRecord r;
    r.roomId = key.value(QLatin1String("room_id")).toString();
    r.senderKey = key.value(QLatin1String("sender_key")).toString();
    r.sessionId = key.value(QLatin1String("session_id")).toString();
    QByteArray sessionKey = key.value(QLatin1String("session_key")).toString().toLatin1();
    if (r.roomId.isEmpty() || r.senderKey.isEmpty() || r.sessionId.isEmpty() || sessionKey.isEmpty())
        return badKey(QT_TRANSLATE_NOOP("lattice::Crypto",
                                        "An imported room key lacks its room, sender, session or key."));
    const QJsonValue chain = key.value(QLatin1String("forwarding_curve25519_key_chain"));
    if (!chain.isUndefined() && !chain.isArray())
        return badKey(
            QT_TRANSLATE_NOOP("lattice::Crypto", "An imported room key has a malformed forwarding chain."));
    for (const QJsonValue &k : chain.toArray())
        r.forwardingCurve25519KeyChain.append(k.toString());
    r.senderClaimedEd25519 =
        key.value(QLatin1String("sender_claimed_keys")).toObject().value(QLatin1String("ed25519")).toString();

    auto session = MegolmInboundSession::importSession(sessionKey);
    wipe(sessionKey);
    if (!session)
        return session.error();
    auto sid = session->sessionId();
    if (!sid)
        return sid.error();
    if (*sid != r.sessionId)
        return badKey(QT_TRANSLATE_NOOP("lattice::Crypto",
                                        "An imported room key's session ID does not match its key."));
    auto sealed = session->pickle(pickleKey);
    if (!sealed)
        return sealed.error();
    r.sealedPickle = *sealed;
    r.firstKnownIndex = session->firstKnownIndex();
    r.imported = true; // its authenticity rests on whoever kept the copy, not on the sender
    return r;
}

} // namespace

Result<int> OlmMachine::importRoomKeys(const QList<QJsonObject> &exportedKeys, bool fromBackup)
{
    // All checked before anything is written: one bad key leaves the store as it was.
    QList<InboundGroupSessionRecord> records;
    records.reserve(exportedKeys.size());
    for (const QJsonObject &key : exportedKeys) {
        auto r = recordFrom(key, d->pickleKey);
        if (!r)
            return r.error();
        r->backedUp = fromBackup;
        records.append(*r);
    }
    int imported = 0;
    for (const InboundGroupSessionRecord &r : std::as_const(records)) {
        auto existing = d->store.inboundGroupSession(r.roomId, r.senderKey, r.sessionId);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->firstKnownIndex <= r.firstKnownIndex) {
            // Ours is as good; if the backup holds an equal copy, ours need not go up again.
            if (fromBackup && !(*existing)->backedUp && (*existing)->firstKnownIndex == r.firstKnownIndex)
                if (auto st = d->store.markInboundGroupSessionsBackedUp({**existing}); !st)
                    return st.error();
            continue;
        }
        if (auto st = d->store.saveInboundGroupSession(r); !st)
            return st.error();
        ++imported;
    }
    return imported;
}

Result<QJsonObject> OlmMachine::Private::exportedKey(const InboundGroupSessionRecord &record)
{
    auto session = MegolmInboundSession::unpickle(pickleKey, record.sealedPickle);
    if (!session)
        return session.error();
    auto exported = session->exportAt(session->firstKnownIndex());
    if (!exported)
        return exported.error();
    QJsonObject key{
        {QStringLiteral("algorithm"), algorithm::megolm()},
        {QStringLiteral("room_id"), record.roomId},
        {QStringLiteral("sender_key"), record.senderKey},
        {QStringLiteral("session_id"), record.sessionId},
        {QStringLiteral("session_key"), QString::fromLatin1(*exported)},
        {QStringLiteral("sender_claimed_keys"),
         QJsonObject{{QStringLiteral("ed25519"), record.senderClaimedEd25519}}},
        {QStringLiteral("forwarding_curve25519_key_chain"),
         QJsonArray::fromStringList(record.forwardingCurve25519KeyChain)},
    };
    wipe(*exported);
    return key;
}

Result<QJsonObject> OlmMachine::exportRoomKey(const QString &roomId, const QString &senderKey,
                                              const QString &sessionId)
{
    auto record = d->store.inboundGroupSession(roomId, senderKey, sessionId);
    if (!record)
        return record.error();
    if (!*record)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "There is no such room key to export."),
                          QStringLiteral("MISSING_ROOM_KEY"));
    return d->exportedKey(**record);
}

} // namespace lattice::crypto
