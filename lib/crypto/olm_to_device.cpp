// Olm to-device encryption: claiming one-time keys, choosing a session, m.olm.v1.curve25519-aes-sha2
// encryption and decryption with the spec's payload checks, and recovery from wedged sessions (spec:
// end_to_end_encryption.md "m.olm.v1.curve25519-aes-sha2", "Recovering from undecryptable messages").
#include "olm_machine_p.h"

#include "crypto/ed25519.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace lattice::crypto {
namespace {

// A new session for a device whose messages we cannot decrypt, at most once an hour: a device that keeps
// sending garbage must not make us burn its one-time keys.
constexpr qint64 kUnwedgeIntervalMs = 60 * 60 * 1000;

Error badEvent(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_ENCRYPTED_EVENT"));
}

// The most recently used session first (spec: use the session that last received or sent a message).
void sortByUse(QList<OlmSessionRecord> &sessions)
{
    std::sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
        if (a.lastUsedMs != b.lastUsedMs)
            return a.lastUsedMs > b.lastUsedMs;
        if (a.createdMs != b.createdMs)
            return a.createdMs > b.createdMs;
        return a.sessionId < b.sessionId;
    });
}

} // namespace

OutgoingRequest OlmMachine::Private::toDeviceRequest(const QString &eventType, const QJsonObject &messages)
{
    const QString id = newRequestId();
    return OutgoingRequest{id, OutgoingRequest::Kind::ToDevice,
                           QJsonObject{{QStringLiteral("messages"), messages}}, eventType, id, {}};
}

Result<std::optional<OutgoingRequest>> OlmMachine::Private::keysClaimRequest(const QStringList &users,
                                                                             bool onlyWedged)
{
    QJsonObject oneTimeKeys;
    for (const QString &user : users) {
        auto devs = store.devices(user);
        if (!devs)
            return devs.error();
        QJsonObject wanted;
        for (const auto &dev : *devs) {
            if (dev.deleted || dev.localTrust == DeviceRecord::LocalTrust::Blocked ||
                (user == userId && dev.deviceId == deviceId))
                continue;
            bool need = wedgedDevices.contains(dev.curve25519) || sessionsWanted.contains(dev.curve25519);
            if (!need && !onlyWedged) {
                auto sessions = store.olmSessions(dev.curve25519);
                if (!sessions)
                    return sessions.error();
                need = sessions->isEmpty();
            }
            if (need)
                wanted.insert(dev.deviceId, QStringLiteral("signed_curve25519"));
        }
        if (!wanted.isEmpty())
            oneTimeKeys.insert(user, wanted);
    }
    if (oneTimeKeys.isEmpty())
        return std::optional<OutgoingRequest>();
    return std::optional<OutgoingRequest>(OutgoingRequest{
        newRequestId(),
        OutgoingRequest::Kind::KeysClaim,
        QJsonObject{{QStringLiteral("one_time_keys"), oneTimeKeys}, {QStringLiteral("timeout"), 10000}},
        {},
        {},
        {}});
}

Status OlmMachine::Private::receiveKeysClaim(const QJsonObject &response)
{
    const QJsonObject claimed = response.value(QLatin1String("one_time_keys")).toObject();
    for (auto u = claimed.begin(); u != claimed.end(); ++u) {
        auto devs = store.devices(u.key());
        if (!devs)
            return devs.error();
        const QJsonObject perDevice = u.value().toObject();
        for (const auto &dev : *devs) {
            if (dev.deleted || !perDevice.contains(dev.deviceId))
                continue;
            const bool wedged = wedgedDevices.contains(dev.curve25519);
            auto existing = store.olmSessions(dev.curve25519);
            if (!existing)
                return existing.error();
            if (!existing->isEmpty() && !wedged)
                continue; // another claim got there first: one session is enough
            const QJsonObject keys = perDevice.value(dev.deviceId).toObject();
            for (auto k = keys.begin(); k != keys.end(); ++k) {
                if (!k.key().startsWith(QLatin1String("signed_curve25519:")))
                    continue;
                const QJsonObject signedKey = k.value().toObject();
                // The one-time key must be signed by the device we know, or a server could slip in its own.
                if (!verifySignedJson(signedKey, dev.userId, QLatin1String("ed25519:") + dev.deviceId,
                                      dev.ed25519))
                    continue;
                auto session = OlmSession::createOutbound(account, dev.curve25519,
                                                          signedKey.value(QLatin1String("key")).toString());
                if (!session)
                    continue;
                auto sid = session->sessionId();
                auto sealed = session->pickle(pickleKey);
                if (!sid || !sealed)
                    return !sid ? sid.error() : sealed.error();
                const qint64 t = useStamp();
                if (auto st = store.saveOlmSession(OlmSessionRecord{dev.curve25519, *sid, *sealed, t, t});
                    !st)
                    return st;
                sessionsWanted.remove(dev.curve25519);
                if (wedged) {
                    // The other side learns of the new session from this m.dummy (spec: wedged sessions).
                    wedgedDevices.remove(dev.curve25519);
                    auto dummy = olmEncrypt(dev, QStringLiteral("m.dummy"), QJsonObject{});
                    if (!dummy)
                        return dummy.error();
                    pendingToDevice.push_back(
                        toDeviceRequest(QStringLiteral("m.room.encrypted"),
                                        QJsonObject{{dev.userId, QJsonObject{{dev.deviceId, *dummy}}}}));
                }
                break;
            }
        }
    }
    // Key requests that waited for a session are answered now (or wait for the next claim).
    const QList<QJsonObject> waiting = std::exchange(unansweredKeyRequests, {});
    for (const auto &request : waiting) {
        if (auto st = receiveRoomKeyRequest(request); !st)
            return st;
    }
    return success();
}

Result<QJsonObject> OlmMachine::Private::olmEncrypt(const DeviceRecord &device, const QString &type,
                                                    const QJsonObject &content)
{
    auto sessions = store.olmSessions(device.curve25519);
    if (!sessions)
        return sessions.error();
    if (sessions->isEmpty())
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "There is no Olm session with that device yet: claim a one-time key first."),
            QStringLiteral("NO_OLM_SESSION"));
    sortByUse(*sessions);
    OlmSessionRecord record = sessions->first();
    auto session = OlmSession::unpickle(pickleKey, record.sealedPickle);
    if (!session)
        return session.error();
    const QJsonObject payload{
        {QStringLiteral("type"), type},
        {QStringLiteral("content"), content},
        {QStringLiteral("sender"), userId},
        {QStringLiteral("sender_device"), deviceId},
        {QStringLiteral("recipient"), device.userId},
        {QStringLiteral("recipient_keys"), QJsonObject{{QStringLiteral("ed25519"), device.ed25519}}},
        {QStringLiteral("keys"), QJsonObject{{QStringLiteral("ed25519"), ids.ed25519}}},
    };
    auto message = session->encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!message)
        return message.error();
    auto sealed = session->pickle(pickleKey);
    if (!sealed)
        return sealed.error();
    record.sealedPickle = *sealed;
    record.lastUsedMs = useStamp();
    if (auto st = store.saveOlmSession(record); !st)
        return st.error();
    return QJsonObject{
        {QStringLiteral("algorithm"), algorithm::olm()},
        {QStringLiteral("sender_key"), ids.curve25519},
        {QStringLiteral("ciphertext"),
         QJsonObject{
             {device.curve25519, QJsonObject{{QStringLiteral("type"), message->type},
                                             {QStringLiteral("body"), QString::fromLatin1(message->body)}}}}},
    };
}

Result<OlmPlaintext> OlmMachine::Private::olmDecrypt(const QJsonObject &event)
{
    const QString sender = event.value(QLatin1String("sender")).toString();
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    if (content.value(QLatin1String("algorithm")).toString() != algorithm::olm())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "An encrypted to-device message uses an algorithm Lattice does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    const QString senderKey = content.value(QLatin1String("sender_key")).toString();
    const QJsonValue ours = content.value(QLatin1String("ciphertext")).toObject().value(ids.curve25519);
    if (senderKey.isEmpty() || !ours.isObject())
        return badEvent(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "An encrypted to-device message was not encrypted for this device."));
    const QJsonValue typeValue = ours.toObject().value(QLatin1String("type"));
    const QByteArray body = ours.toObject().value(QLatin1String("body")).toString().toLatin1();
    if (!typeValue.isDouble() || body.isEmpty())
        return badEvent(QT_TRANSLATE_NOOP("lattice::Crypto", "An encrypted to-device message is malformed."));
    const int type = typeValue.toInt(-1);

    auto sessions = store.olmSessions(senderKey);
    if (!sessions)
        return sessions.error();
    sortByUse(*sessions);
    std::optional<OlmSessionRecord> used;
    std::optional<OlmSession> usedSession;
    Result<QByteArray> plain =
        badEvent(QT_TRANSLATE_NOOP("lattice::Crypto", "An encrypted to-device message is malformed."));
    bool matchedPreKey = false;
    for (const auto &record : std::as_const(*sessions)) {
        auto session = OlmSession::unpickle(pickleKey, record.sealedPickle);
        if (!session)
            continue;
        if (type == OlmMessage::PreKey) {
            auto matches = session->matchesInbound(body, senderKey);
            if (!matches || !*matches)
                continue;
            matchedPreKey = true;
        }
        plain = session->decrypt(type, body);
        if (plain || matchedPreKey) {
            used = record;
            usedSession.emplace(std::move(*session));
            break;
        }
    }
    bool newSession = false;
    if (!used && type == OlmMessage::PreKey) {
        // No existing session owns this pre-key message: it starts a new one with one of our one-time keys.
        auto session = OlmSession::createInbound(account, body, senderKey);
        if (session) {
            plain = session->decrypt(type, body);
            if (plain) {
                if (auto st = session->removeUsedOneTimeKey(account); !st)
                    return st.error();
                if (auto st = saveAccount(); !st)
                    return st.error();
                auto sid = session->sessionId();
                if (!sid)
                    return sid.error();
                used = OlmSessionRecord{senderKey, *sid, {}, now(), 0};
                usedSession.emplace(std::move(*session));
                newSession = true;
            }
        } else {
            plain = session.error();
        }
    }
    if (!plain || !usedSession) {
        // A known device whose messages we cannot read has a wedged session: start a new one (rate-limited).
        auto device = deviceByCurveKey(sender, senderKey);
        if (!device)
            return device.error();
        const qint64 t = now();
        if (*device && !(*device)->deleted &&
            (!lastUnwedgeMs.contains(senderKey) ||
             t - lastUnwedgeMs.value(senderKey) >= kUnwedgeIntervalMs)) {
            wedgedDevices.insert(senderKey, sender);
            lastUnwedgeMs.insert(senderKey, t);
        }
        Error e = plain ? badEvent(QT_TRANSLATE_NOOP(
                              "lattice::Crypto", "An encrypted to-device message could not be decrypted."))
                        : plain.error();
        e.message =
            QCoreApplication::translate("lattice::Crypto",
                                        "An encrypted to-device message from %1 could not be decrypted (%2).")
                .arg(sender, e.errcode);
        return e;
    }
    auto sealed = usedSession->pickle(pickleKey);
    if (!sealed)
        return sealed.error();
    used->sealedPickle = *sealed;
    used->lastUsedMs = useStamp();
    if (auto st = store.saveOlmSession(*used); !st)
        return st.error();
    Q_UNUSED(newSession);

    // The spec's checks: the payload names the real sender, us as recipient with our fingerprint key, and
    // the sender's fingerprint key, which must be that of the device owning the Curve25519 key.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badEvent(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A decrypted to-device message is not a JSON object."));
    const QJsonObject payload = doc.object();
    OlmPlaintext out;
    out.type = payload.value(QLatin1String("type")).toString();
    out.content = payload.value(QLatin1String("content")).toObject();
    out.sender = payload.value(QLatin1String("sender")).toString();
    out.senderKey = senderKey;
    out.senderEd25519 =
        payload.value(QLatin1String("keys")).toObject().value(QLatin1String("ed25519")).toString();
    if (out.sender != sender)
        return badEvent(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "A to-device message claims another sender inside its encryption."));
    if (payload.value(QLatin1String("recipient")).toString() != userId ||
        payload.value(QLatin1String("recipient_keys"))
                .toObject()
                .value(QLatin1String("ed25519"))
                .toString() != ids.ed25519)
        return badEvent(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A to-device message was encrypted for another recipient."));
    if (out.type.isEmpty() || out.senderEd25519.isEmpty())
        return badEvent(QT_TRANSLATE_NOOP("lattice::Crypto",
                                          "A decrypted to-device message lacks its type or sender keys."));
    auto device = deviceByCurveKey(sender, senderKey);
    if (!device)
        return device.error();
    if (*device && (*device)->ed25519 != out.senderEd25519)
        return badEvent(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "A to-device message's keys do not match the sending device's keys."));
    out.senderDevice = *device;
    return out;
}

Result<std::optional<OutgoingRequest>> OlmMachine::missingSessions(const QStringList &userIds)
{
    return d->keysClaimRequest(userIds, false);
}

Result<OutgoingRequest> OlmMachine::encryptToDevice(const QString &userId, const QString &deviceId,
                                                    const QString &eventType, const QJsonObject &content)
{
    auto devs = d->store.devices(userId);
    if (!devs)
        return devs.error();
    for (const auto &dev : *devs) {
        if (dev.deviceId != deviceId || dev.deleted)
            continue;
        auto encrypted = d->olmEncrypt(dev, eventType, content);
        if (!encrypted)
            return encrypted.error();
        return d->toDeviceRequest(QStringLiteral("m.room.encrypted"),
                                  QJsonObject{{userId, QJsonObject{{deviceId, *encrypted}}}});
    }
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "That device is not known, so nothing can be encrypted for it."),
        QStringLiteral("UNKNOWN_DEVICE"));
}

} // namespace lattice::crypto
