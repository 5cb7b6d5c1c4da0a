// Key sharing between our own devices (spec: end_to_end_encryption.md "Key requests", "m.room_key_request",
// "m.forwarded_room_key"): asking our devices for a missing Megolm key, answering such requests from our
// verified devices, and accepting forwarded keys only for sessions we asked for, only from our own
// verified devices. Other users' requests are never answered: their devices get keys from the sender.
#include "cross_signing_p.h"
#include "olm_machine_p.h"

#include "crypto/megolm_session.h"

#include <QJsonArray>

namespace lattice::crypto {
namespace {

// The store value remembering an open request (its request_id), so it survives a restart.
QString requestName(const QString &roomId, const QString &senderKey, const QString &sessionId)
{
    return QStringLiteral("room_key_request|%1|%2|%3").arg(roomId, senderKey, sessionId);
}

Error refused(const char *sentence)
{
    return inputError(sentence, QStringLiteral("UNTRUSTED_ROOM_KEY"));
}

} // namespace

Result<std::optional<OutgoingRequest>> OlmMachine::requestRoomKey(const QString &roomId,
                                                                  const QJsonObject &event)
{
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    const QString senderKey = content.value(QLatin1String("sender_key")).toString();
    const QString sessionId = content.value(QLatin1String("session_id")).toString();
    if (content.value(QLatin1String("algorithm")).toString() != algorithm::megolm() || senderKey.isEmpty() ||
        sessionId.isEmpty())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The key of this event cannot be requested: it is not a Megolm event."),
            QStringLiteral("BAD_ENCRYPTED_EVENT"));
    const QString name = requestName(roomId, senderKey, sessionId);
    auto open = d->store.value(name);
    if (!open)
        return open.error();
    if (!open->isEmpty())
        return std::optional<OutgoingRequest>();
    const QString requestId = d->newRequestId();
    if (auto st = d->store.setValue(name, requestId.toUtf8()); !st)
        return st.error();
    const QJsonObject request{
        {QStringLiteral("action"), QStringLiteral("request")},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("requesting_device_id"), d->deviceId},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("algorithm"), algorithm::megolm()},
                                             {QStringLiteral("room_id"), roomId},
                                             {QStringLiteral("sender_key"), senderKey},
                                             {QStringLiteral("session_id"), sessionId}}},
    };
    return std::optional<OutgoingRequest>(
        d->toDeviceRequest(QStringLiteral("m.room_key_request"),
                           QJsonObject{{d->userId, QJsonObject{{QStringLiteral("*"), request}}}}));
}

Status OlmMachine::Private::receiveForwardedRoomKey(const OlmPlaintext &plain, SyncCryptoOutput &out)
{
    // Only our own devices that the user verified may hand us keys; anyone else could inject a session
    // that makes forged messages look like they came from the room's members.
    bool verified = false;
    if (plain.sender == userId && plain.senderDevice) {
        auto trusted = cross_signing::deviceVerified(cross_signing::contextOf(*this), *plain.senderDevice);
        if (!trusted)
            return trusted.error();
        verified = *trusted;
    }
    if (!verified)
        return refused(QT_TRANSLATE_NOOP(
            "lattice::Crypto",
            "A forwarded room key from a device that is not one of our verified devices was refused."));
    const QJsonObject &c = plain.content;
    const QString roomId = c.value(QLatin1String("room_id")).toString();
    const QString senderKey = c.value(QLatin1String("sender_key")).toString();
    const QString sessionId = c.value(QLatin1String("session_id")).toString();
    const QString claimedEd = c.value(QLatin1String("sender_claimed_ed25519_key")).toString();
    if (c.value(QLatin1String("algorithm")).toString() != algorithm::megolm() || roomId.isEmpty() ||
        senderKey.isEmpty() || sessionId.isEmpty() || claimedEd.isEmpty())
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "A forwarded room key is incomplete."),
                          QStringLiteral("BAD_ENCRYPTED_EVENT"));
    const QString name = requestName(roomId, senderKey, sessionId);
    auto asked = store.value(name);
    if (!asked)
        return asked.error();
    if (asked->isEmpty())
        return refused(QT_TRANSLATE_NOOP("lattice::Crypto",
                                         "A forwarded room key that Lattice did not request was refused."));

    auto session =
        MegolmInboundSession::importSession(c.value(QLatin1String("session_key")).toString().toLatin1());
    if (!session)
        return session.error();
    auto sid = session->sessionId();
    if (!sid)
        return sid.error();
    if (*sid != sessionId)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A forwarded room key's session ID does not match its key."),
            QStringLiteral("BAD_ENCRYPTED_EVENT"));
    auto existing = store.inboundGroupSession(roomId, senderKey, sessionId);
    if (!existing)
        return existing.error();
    if (!*existing || (*existing)->firstKnownIndex > session->firstKnownIndex()) {
        auto sealed = session->pickle(pickleKey);
        if (!sealed)
            return sealed.error();
        QStringList chain;
        for (const auto &k : c.value(QLatin1String("forwarding_curve25519_key_chain")).toArray())
            chain.append(k.toString());
        chain.append(plain.senderKey);
        if (auto st = store.saveInboundGroupSession(
                InboundGroupSessionRecord{roomId, senderKey, sessionId, *sealed, claimedEd, chain,
                                          session->firstKnownIndex(), true, false});
            !st)
            return st;
        out.newRoomKeys.emplace_back(roomId, sessionId);
    }
    // Done: tell our other devices to stop working on the request.
    if (auto st = store.setValue(name, {}); !st)
        return st;
    pendingToDevice.push_back(toDeviceRequest(
        QStringLiteral("m.room_key_request"),
        QJsonObject{
            {userId,
             QJsonObject{{QStringLiteral("*"),
                          QJsonObject{{QStringLiteral("action"), QStringLiteral("request_cancellation")},
                                      {QStringLiteral("request_id"), QString::fromUtf8(*asked)},
                                      {QStringLiteral("requesting_device_id"), deviceId}}}}}}));
    return success();
}

Status OlmMachine::Private::receiveRoomKeyRequest(const QJsonObject &event)
{
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    const QString requester = content.value(QLatin1String("requesting_device_id")).toString();
    if (event.value(QLatin1String("sender")).toString() != userId || requester == deviceId ||
        content.value(QLatin1String("action")).toString() != QLatin1String("request"))
        return success(); // other users' requests, our own echo and cancellations need no answer
    auto devs = store.devices(userId);
    if (!devs)
        return devs.error();
    std::optional<DeviceRecord> device;
    for (const auto &dev : *devs) {
        if (dev.deviceId == requester)
            device = dev;
    }
    if (!device)
        return success();
    auto verified = cross_signing::deviceVerified(cross_signing::contextOf(*this), *device);
    if (!verified)
        return verified.error();
    if (!*verified)
        return success(); // only our verified devices get keys; the user can verify the device first

    const QJsonObject body = content.value(QLatin1String("body")).toObject();
    if (body.value(QLatin1String("algorithm")).toString() != algorithm::megolm())
        return success();
    const QString roomId = body.value(QLatin1String("room_id")).toString();
    const QString senderKey = body.value(QLatin1String("sender_key")).toString();
    const QString sessionId = body.value(QLatin1String("session_id")).toString();
    auto record = store.inboundGroupSession(roomId, senderKey, sessionId);
    if (!record)
        return record.error();
    if (!*record)
        return success(); // we do not have it either
    auto session = MegolmInboundSession::unpickle(pickleKey, (*record)->sealedPickle);
    if (!session)
        return session.error();
    auto exported = session->exportAt(session->firstKnownIndex());
    if (!exported)
        return exported.error();
    const QJsonObject forwarded{
        {QStringLiteral("algorithm"), algorithm::megolm()},
        {QStringLiteral("room_id"), roomId},
        {QStringLiteral("sender_key"), senderKey},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("session_key"), QString::fromLatin1(*exported)},
        {QStringLiteral("sender_claimed_ed25519_key"), (*record)->senderClaimedEd25519},
        {QStringLiteral("forwarding_curve25519_key_chain"),
         QJsonArray::fromStringList((*record)->forwardingCurve25519KeyChain)},
    };
    auto encrypted = olmEncrypt(*device, QStringLiteral("m.forwarded_room_key"), forwarded);
    if (!encrypted && encrypted.error().errcode == QLatin1String("NO_OLM_SESSION")) {
        // outgoingRequests() claims a key for the device; the answer goes out once the session exists.
        sessionsWanted.insert(device->curve25519, userId);
        unansweredKeyRequests.append(event);
        return success();
    }
    if (!encrypted)
        return encrypted.error();
    pendingToDevice.push_back(toDeviceRequest(QStringLiteral("m.room.encrypted"),
                                              QJsonObject{{userId, QJsonObject{{requester, *encrypted}}}}));
    return success();
}

} // namespace lattice::crypto
