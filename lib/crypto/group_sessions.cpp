// Megolm: our outbound session per room (rotation, sharing its key over Olm, m.room_key.withheld for
// devices left out), inbound sessions from m.room_key, and room event decryption with replay protection
// (spec: end_to_end_encryption.md "m.megolm.v1.aes-sha2", "m.room_key", "m.room_key.withheld").
#include "cross_signing_p.h"
#include "olm_machine_p.h"

#include "crypto/megolm_session.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lattice::crypto {
namespace {

Error badEvent(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_ENCRYPTED_EVENT"));
}

QString deviceKey(const QString &user, const QString &device)
{
    return user + QLatin1Char('|') + device;
}

bool isUs(const DeviceRecord &dev, const QString &userId, const QString &deviceId)
{
    return dev.userId == userId && dev.deviceId == deviceId;
}

} // namespace

// Whether the room's outbound session must be replaced before it is shared again: too old, used for too
// many messages, or known to a user or device that must not read what comes next.
static bool needsRotation(const OutboundGroupSessionRecord &s,
                          const QHash<QString, QList<DeviceRecord>> &recipients,
                          const QSet<QString> &verified, const RoomEncryptionSettings &settings, qint64 now)
{
    if (now - s.createdMs >= std::max<qint64>(settings.rotationPeriodMs, 1) ||
        s.messageCount >= std::max(settings.rotationPeriodMsgs, 1))
        return true;
    for (auto it = s.sharedWith.begin(); it != s.sharedWith.end(); ++it) {
        if (!recipients.contains(it.key()))
            return true; // the user left the room
        for (const QString &devId : it.value()) {
            bool stillWanted = false;
            for (const auto &dev : recipients.value(it.key())) {
                if (dev.deviceId != devId)
                    continue;
                stillWanted =
                    dev.localTrust != DeviceRecord::LocalTrust::Blocked &&
                    (!settings.onlyVerifiedDevices || verified.contains(deviceKey(dev.userId, devId)));
            }
            if (!stillWanted)
                return true; // deleted, blocked or no longer verified
        }
    }
    return false;
}

Result<std::vector<OutgoingRequest>> OlmMachine::shareRoomKey(const QString &roomId,
                                                              const QStringList &userIds,
                                                              const RoomEncryptionSettings &settings)
{
    if (settings.algorithm != algorithm::megolm())
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The room uses an encryption algorithm Lattice does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    QHash<QString, QList<DeviceRecord>> recipients;
    for (const QString &user : userIds) {
        auto devs = d->store.devices(user);
        if (!devs)
            return devs.error();
        QList<DeviceRecord> live;
        for (const auto &dev : *devs) {
            if (!dev.deleted && !isUs(dev, d->userId, d->deviceId))
                live.append(dev);
        }
        recipients.insert(user, live);
    }
    // Verified locally or through cross-signing (cross_signing_trust.cpp), checked once per share.
    QSet<QString> verified;
    if (settings.onlyVerifiedDevices) {
        for (const auto &devs : std::as_const(recipients)) {
            for (const auto &dev : devs) {
                auto ok = cross_signing::deviceVerified(cross_signing::contextOf(*d), dev);
                if (!ok)
                    return ok.error();
                if (*ok)
                    verified.insert(deviceKey(dev.userId, dev.deviceId));
            }
        }
    }

    auto stored = d->store.outboundGroupSession(roomId);
    if (!stored)
        return stored.error();
    if (*stored && needsRotation(**stored, recipients, verified, settings, d->now()))
        stored->reset();
    if (!*stored) {
        auto fresh = MegolmOutboundSession::create();
        if (!fresh)
            return fresh.error();
        auto sid = fresh->sessionId();
        auto key = fresh->sessionKey();
        auto sealed = fresh->pickle(d->pickleKey);
        if (!sid || !key || !sealed)
            return !sid ? sid.error() : !key ? key.error() : sealed.error();
        // Our own copy, so we can read what we sent.
        auto inbound = MegolmInboundSession::fromSessionKey(*key);
        if (!inbound)
            return inbound.error();
        auto inboundSealed = inbound->pickle(d->pickleKey);
        if (!inboundSealed)
            return inboundSealed.error();
        if (auto st = d->store.saveInboundGroupSession(InboundGroupSessionRecord{roomId,
                                                                                 d->ids.curve25519,
                                                                                 *sid,
                                                                                 *inboundSealed,
                                                                                 d->ids.ed25519,
                                                                                 {},
                                                                                 inbound->firstKnownIndex(),
                                                                                 false,
                                                                                 false});
            !st)
            return st.error();
        *stored = OutboundGroupSessionRecord{roomId, *sid, *sealed, d->now(), 0, {}};
    }
    OutboundGroupSessionRecord &record = **stored;
    auto session = MegolmOutboundSession::unpickle(d->pickleKey, record.sealedPickle);
    if (!session)
        return session.error();
    auto sessionKey = session->sessionKey();
    if (!sessionKey)
        return sessionKey.error();
    const QJsonObject roomKey{{QStringLiteral("algorithm"), algorithm::megolm()},
                              {QStringLiteral("room_id"), roomId},
                              {QStringLiteral("session_id"), record.sessionId},
                              {QStringLiteral("session_key"), QString::fromLatin1(*sessionKey)}};

    QJsonObject keyMessages;
    QJsonObject withheldMessages;
    QSet<QString> &withheldSent = d->withheldSentTo[record.sessionId];
    auto withhold = [&](const DeviceRecord &dev, const QString &code, const QString &reason) {
        if (withheldSent.contains(deviceKey(dev.userId, dev.deviceId)))
            return;
        withheldSent.insert(deviceKey(dev.userId, dev.deviceId));
        QJsonObject perUser = withheldMessages.value(dev.userId).toObject();
        perUser.insert(dev.deviceId, QJsonObject{{QStringLiteral("algorithm"), algorithm::megolm()},
                                                 {QStringLiteral("room_id"), roomId},
                                                 {QStringLiteral("session_id"), record.sessionId},
                                                 {QStringLiteral("sender_key"), d->ids.curve25519},
                                                 {QStringLiteral("code"), code},
                                                 {QStringLiteral("reason"), reason}});
        withheldMessages.insert(dev.userId, perUser);
    };
    for (auto it = recipients.begin(); it != recipients.end(); ++it) {
        for (const auto &dev : it.value()) {
            if (record.sharedWith.value(dev.userId).contains(dev.deviceId))
                continue;
            if (dev.localTrust == DeviceRecord::LocalTrust::Blocked) {
                withhold(dev, QStringLiteral("m.blacklisted"),
                         QStringLiteral("The sender blocked this device."));
                continue;
            }
            if (settings.onlyVerifiedDevices && !verified.contains(deviceKey(dev.userId, dev.deviceId))) {
                withhold(dev, QStringLiteral("m.unverified"),
                         QStringLiteral("The sender shares keys only with verified devices."));
                continue;
            }
            auto encrypted = d->olmEncrypt(dev, QStringLiteral("m.room_key"), roomKey);
            if (!encrypted) {
                if (encrypted.error().errcode != QLatin1String("NO_OLM_SESSION"))
                    return encrypted.error();
                withhold(dev, QStringLiteral("m.no_olm"),
                         QStringLiteral("No Olm session could be established."));
                continue;
            }
            QJsonObject perUser = keyMessages.value(dev.userId).toObject();
            perUser.insert(dev.deviceId, *encrypted);
            keyMessages.insert(dev.userId, perUser);
            record.sharedWith[dev.userId].insert(dev.deviceId);
        }
    }
    if (auto st = d->store.saveOutboundGroupSession(record); !st)
        return st.error();

    std::vector<OutgoingRequest> requests;
    if (!keyMessages.isEmpty())
        requests.push_back(d->toDeviceRequest(QStringLiteral("m.room.encrypted"), keyMessages));
    if (!withheldMessages.isEmpty())
        requests.push_back(d->toDeviceRequest(QStringLiteral("m.room_key.withheld"), withheldMessages));
    return requests;
}

Result<QJsonObject> OlmMachine::encryptRoomEvent(const QString &roomId, const QString &eventType,
                                                 const QJsonObject &content)
{
    auto stored = d->store.outboundGroupSession(roomId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The room key must be shared before a message is encrypted."),
                          QStringLiteral("NO_ROOM_KEY"));
    OutboundGroupSessionRecord record = **stored;
    auto session = MegolmOutboundSession::unpickle(d->pickleKey, record.sealedPickle);
    if (!session)
        return session.error();
    const QJsonObject payload{{QStringLiteral("type"), eventType},
                              {QStringLiteral("content"), content},
                              {QStringLiteral("room_id"), roomId}};
    auto ciphertext = session->encrypt(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!ciphertext)
        return ciphertext.error();
    auto sealed = session->pickle(d->pickleKey);
    if (!sealed)
        return sealed.error();
    record.sealedPickle = *sealed;
    ++record.messageCount;
    if (auto st = d->store.saveOutboundGroupSession(record); !st)
        return st.error();
    QJsonObject out{{QStringLiteral("algorithm"), algorithm::megolm()},
                    {QStringLiteral("sender_key"), d->ids.curve25519},
                    {QStringLiteral("ciphertext"), QString::fromLatin1(*ciphertext)},
                    {QStringLiteral("session_id"), record.sessionId},
                    {QStringLiteral("device_id"), d->deviceId}};
    // The server needs relations in the clear to aggregate them (spec: "Encrypting relations").
    if (content.contains(QLatin1String("m.relates_to")))
        out.insert(QStringLiteral("m.relates_to"), content.value(QLatin1String("m.relates_to")));
    return out;
}

Status OlmMachine::discardRoomKey(const QString &roomId)
{
    return d->store.removeOutboundGroupSession(roomId);
}

Result<DecryptedRoomEvent> OlmMachine::decryptRoomEvent(const QString &roomId, const QJsonObject &event)
{
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    if (content.value(QLatin1String("algorithm")).toString() != algorithm::megolm())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The message uses an encryption algorithm Lattice does not support."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    const QString senderKey = content.value(QLatin1String("sender_key")).toString();
    const QString sessionId = content.value(QLatin1String("session_id")).toString();
    const QByteArray ciphertext = content.value(QLatin1String("ciphertext")).toString().toLatin1();
    const QString eventId = event.value(QLatin1String("event_id")).toString();
    const QString sender = event.value(QLatin1String("sender")).toString();
    if (senderKey.isEmpty() || sessionId.isEmpty() || ciphertext.isEmpty())
        return badEvent(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "The encrypted message lacks its sender key, session or ciphertext."));

    auto stored = d->store.inboundGroupSession(roomId, senderKey, sessionId);
    if (!stored)
        return stored.error();
    if (!*stored) {
        auto withheld = d->store.withheld(roomId, senderKey, sessionId);
        if (!withheld)
            return withheld.error();
        Error e = inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The key to decrypt this message has not arrived."),
            QStringLiteral("MISSING_ROOM_KEY"));
        if (*withheld) {
            const QString reason =
                (*withheld)->reason.isEmpty() ? QString() : QStringLiteral(": ") + (*withheld)->reason;
            e.message = QCoreApplication::translate(
                            "lattice::Crypto", "The sender withheld the key to decrypt this message (%1%2).")
                            .arg((*withheld)->code, reason);
        }
        return e;
    }
    const InboundGroupSessionRecord &record = **stored;
    auto session = MegolmInboundSession::unpickle(d->pickleKey, record.sealedPickle);
    if (!session)
        return session.error();
    auto decrypted = session->decrypt(ciphertext);
    if (!decrypted)
        return decrypted.error();

    // Replay protection: an index decrypts one event only (the same event again is fine, e.g. after a
    // re-sync).
    auto seen = d->store.megolmIndexUse(senderKey, sessionId, decrypted->messageIndex);
    if (!seen)
        return seen.error();
    if (*seen && **seen != eventId)
        return inputError(
            QT_TRANSLATE_NOOP(
                "lattice::Crypto",
                "This message reuses the encryption of an earlier one and was rejected as a replay."),
            QStringLiteral("REPLAYED_MESSAGE_INDEX"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(decrypted->plaintext, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badEvent(QT_TRANSLATE_NOOP("lattice::Crypto", "The decrypted message is not a JSON object."));
    const QJsonObject payload = doc.object();
    // A message copied from another room would otherwise decrypt there too.
    if (payload.value(QLatin1String("room_id")).toString() != roomId)
        return badEvent(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The decrypted message belongs to another room."));
    const QString type = payload.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        return badEvent(QT_TRANSLATE_NOOP("lattice::Crypto", "The decrypted message has no type."));
    if (!*seen) {
        if (auto st = d->store.recordMegolmIndexUse(senderKey, sessionId, decrypted->messageIndex, eventId);
            !st)
            return st.error();
    }

    QJsonObject clearContent = payload.value(QLatin1String("content")).toObject();
    if (!clearContent.contains(QLatin1String("m.relates_to")) &&
        content.contains(QLatin1String("m.relates_to")))
        clearContent.insert(QStringLiteral("m.relates_to"), content.value(QLatin1String("m.relates_to")));
    QJsonObject clear{{QStringLiteral("type"), type}, {QStringLiteral("content"), clearContent}};
    for (const auto key :
         {QLatin1String("event_id"), QLatin1String("sender"), QLatin1String("origin_server_ts"),
          QLatin1String("room_id"), QLatin1String("unsigned")}) {
        if (event.contains(key))
            clear.insert(key, event.value(key));
    }

    DecryptedRoomEvent out;
    out.event = clear;
    out.senderKey = senderKey;
    out.sessionId = sessionId;
    auto device = d->deviceByCurveKey(sender, senderKey);
    if (!device)
        return device.error();
    if (*device && (*device)->ed25519 == record.senderClaimedEd25519) {
        out.senderDeviceId = (*device)->deviceId;
        auto verified = cross_signing::deviceVerified(cross_signing::contextOf(*d), **device);
        if (!verified)
            return verified.error();
        out.trust = *verified ? SenderTrust::Verified : SenderTrust::Unverified;
    } else if (sender == d->userId && senderKey == d->ids.curve25519) {
        out.senderDeviceId = d->deviceId;
        out.trust = SenderTrust::Verified;
    }
    if (record.imported)
        out.trust = SenderTrust::Imported;
    return out;
}

Status OlmMachine::Private::receiveRoomKey(const OlmPlaintext &plain, SyncCryptoOutput &out)
{
    const QJsonObject &c = plain.content;
    const QString roomId = c.value(QLatin1String("room_id")).toString();
    const QString sessionId = c.value(QLatin1String("session_id")).toString();
    const QByteArray sessionKey = c.value(QLatin1String("session_key")).toString().toLatin1();
    if (c.value(QLatin1String("algorithm")).toString() != algorithm::megolm())
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A room key for an unsupported algorithm was ignored."),
            QStringLiteral("UNSUPPORTED_ALGORITHM"));
    if (roomId.isEmpty() || sessionId.isEmpty() || sessionKey.isEmpty())
        return badEvent(QT_TRANSLATE_NOOP("lattice::Crypto", "A room key lacks its room, session or key."));
    // olmDecrypt checked that keys.ed25519 belongs to the device owning the Olm sender key when we know that
    // device; when we do not know it yet, the key is kept and decrypted events show UnknownDevice until the
    // device list says who sent it.
    auto session = MegolmInboundSession::fromSessionKey(sessionKey);
    if (!session)
        return session.error();
    auto sid = session->sessionId();
    if (!sid)
        return sid.error();
    if (*sid != sessionId)
        return badEvent(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A room key's session ID does not match its key."));
    auto existing = store.inboundGroupSession(roomId, plain.senderKey, sessionId);
    if (!existing)
        return existing.error();
    // A key that starts later never replaces one that starts earlier (it would lose older messages).
    if (*existing && ((*existing)->firstKnownIndex < session->firstKnownIndex() ||
                      ((*existing)->firstKnownIndex == session->firstKnownIndex() && !(*existing)->imported)))
        return success();
    auto sealed = session->pickle(pickleKey);
    if (!sealed)
        return sealed.error();
    if (auto st = store.saveInboundGroupSession(InboundGroupSessionRecord{roomId,
                                                                          plain.senderKey,
                                                                          sessionId,
                                                                          *sealed,
                                                                          plain.senderEd25519,
                                                                          {},
                                                                          session->firstKnownIndex(),
                                                                          false,
                                                                          false});
        !st)
        return st;
    out.newRoomKeys.emplace_back(roomId, sessionId);
    return success();
}

Status OlmMachine::Private::receiveWithheld(const QString &sender, const QJsonObject &content)
{
    WithheldRecord r{content.value(QLatin1String("room_id")).toString(),
                     content.value(QLatin1String("sender_key")).toString(),
                     content.value(QLatin1String("session_id")).toString(),
                     content.value(QLatin1String("code")).toString(),
                     content.value(QLatin1String("reason")).toString()};
    if (r.roomId.isEmpty() || r.sessionId.isEmpty() || r.code.isEmpty())
        return success(); // m.no_olm and the like name no session: nothing to remember
    // The notice comes in the clear, so it only ever explains a failure; it grants nothing. It often
    // arrives in the same sync that first shows us the sender's devices (before our /keys/query), so an
    // unknown device is accepted too; a known device of the sender must own the session's key.
    auto device = deviceByCurveKey(sender, r.senderKey);
    if (!device)
        return device.error();
    if (!*device) {
        auto all = store.devices(sender);
        if (!all)
            return all.error();
        for (const DeviceRecord &d : *all)
            if (d.deviceId == content.value(QLatin1String("from_device")).toString() &&
                !d.curve25519.isEmpty() && d.curve25519 != r.senderKey)
                return inputError(
                    QT_TRANSLATE_NOOP("lattice::Crypto",
                                      "A withheld-key notice that names another device's key was ignored."),
                    QStringLiteral("BAD_WITHHELD"));
    }
    return store.saveWithheld(r);
}

} // namespace lattice::crypto
