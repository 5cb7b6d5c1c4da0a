#include "verification_service.h"

#include "net/client_api.h"
#include "session.h"
#include "store/event_lookup.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcVerification, "lattice.verification")

namespace lattice {

using crypto::SasVerification;
using crypto::VerificationFlow;
using crypto::VerificationMessage;
using Transport = VerificationFlow::Transport;

namespace {

const QString kPrefix = QStringLiteral("m.key.verification.");
const QString kRequestType = QStringLiteral("m.key.verification.request");

QString newTxnId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isNoCrossSigning(const Error &e)
{
    return e.errcode == QLatin1String("NO_CROSS_SIGNING");
}

} // namespace

VerificationService::VerificationService(E2eeService &e2ee, HttpClient &http, QString ownUserId,
                                         QObject *parent)
    : QObject(parent), m_e2ee(e2ee), m_http(http), m_userId(std::move(ownUserId)),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_e2ee, &E2eeService::toDeviceReceived, this, &VerificationService::processToDevice);
    connect(&m_e2ee, &E2eeService::eventsDecrypted, this, &VerificationService::processDecrypted);
    m_timeoutTimer.setInterval(15000);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &VerificationService::checkTimeouts);
    m_timeoutTimer.start();
}

VerificationService::~VerificationService() = default;

void VerificationService::attach(Session &session)
{
    connect(&session.syncLoop(), &SyncLoop::synced, this, &VerificationService::processSync);
    QPointer<Session> s(&session);
    setRoomEncryptionLookup(
        [s](const QString &roomId, std::function<void(Result<std::optional<QJsonObject>>)> done) {
            if (!s)
                return done(Error::make(Error::Kind::Usage, tr("The session is closed.")));
            s->roomEncryption(roomId, std::move(done));
        });
}

crypto::VerificationKeys VerificationService::ourKeys() const
{
    return {m_userId, m_e2ee.deviceId(), QString(), QString()};
}

VerificationSession *VerificationService::newSession(const QString &otherUserId, const QString &roomId,
                                                     bool weStarted)
{
    return new VerificationSession(*this, otherUserId, roomId, weStarted, this);
}

void VerificationService::adopt(VerificationSession *session, SasVerification sas)
{
    const VerificationFlow flow = sas.flow();
    session->m_sas.emplace(std::move(sas));
    const QString scope = flow.transport == Transport::InRoom ? session->roomId() : session->otherUserId();
    m_flows.insert(flowKey(scope, flow.flowId), session);
}

QList<VerificationSession *> VerificationService::activeSessions() const
{
    QList<VerificationSession *> out;
    for (VerificationSession *s : findChildren<VerificationSession *>(Qt::FindDirectChildrenOnly))
        if (!s->isFinished())
            out << s;
    return out;
}

VerificationSession *VerificationService::requestDeviceVerification(const QString &userId,
                                                                    const QString &deviceId)
{
    VerificationSession *session = newSession(userId, QString(), true);
    const qint64 now = m_now();
    adopt(session,
          SasVerification({Transport::ToDevice, newTxnId()}, ourKeys(), userId, deviceId, now, m_methods));
    send(session,
         {SasVerification::requestMessage(Transport::ToDevice, m_e2ee.deviceId(), userId, now, m_methods)});
    return session;
}

VerificationSession *VerificationService::requestOwnVerification()
{
    VerificationSession *session = requestDeviceVerification(m_userId, QString());
    session->m_toAllDevices = true;
    session->m_toAllDevicesSent = true;
    return session;
}

VerificationSession *VerificationService::requestUserVerification(const QString &roomId,
                                                                  const QString &userId)
{
    VerificationSession *session = newSession(userId, roomId, true);
    const qint64 now = m_now();
    const VerificationMessage request =
        SasVerification::requestMessage(Transport::InRoom, m_e2ee.deviceId(), userId, now, m_methods);
    QPointer<VerificationService> self(this);
    // The flow ID is the request's event ID, so the flow exists once the server accepted it.
    sendInRoom(roomId, request, [self, session, roomId, userId, now](Result<QString> eventId) {
        if (!self)
            return;
        if (!eventId) {
            session->fail(tr("Could not send the verification request: %1").arg(eventId.error().message));
            return;
        }
        self->m_seenEvents.insert(*eventId);
        self->adopt(session, SasVerification({Transport::InRoom, *eventId}, self->ourKeys(), userId,
                                             QString(), now, self->m_methods));
        Q_EMIT session->changed();
        // Answers that arrived before the server's reply to our request.
        const QString key = flowKey(roomId, *eventId);
        const auto early = self->m_early.take(key);
        for (const QJsonObject &event : early)
            self->processRoomEvent(roomId, event);
    });
    return session;
}

// --- Incoming ------------------------------------------------------------------------------------------

void VerificationService::processToDevice(const QJsonObject &event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    if (!type.startsWith(kPrefix))
        return;
    const QString sender = event.value(QStringLiteral("sender")).toString();
    const QJsonObject content = event.value(QStringLiteral("content")).toObject();
    const QString txn = VerificationFlow::flowIdOf(content, Transport::ToDevice);
    if (sender.isEmpty() || txn.isEmpty())
        return;
    VerificationSession *session = m_flows.value(flowKey(sender, txn));
    const VerificationFlow flow{Transport::ToDevice, txn};
    const qint64 now = m_now();
    if (type == kRequestType) {
        if (session || (sender == m_userId &&
                        content.value(QStringLiteral("from_device")).toString() == m_e2ee.deviceId()))
            return;
        auto sas = SasVerification::fromRequest(flow, ourKeys(), sender, content,
                                                content.value(QStringLiteral("timestamp")).toInteger(), now,
                                                m_methods);
        if (!sas) {
            qCInfo(lcVerification) << "ignoring a verification request:" << sas.error().message;
            return;
        }
        if (resolveCrossing(QString(), sender, sas->otherDeviceId(), *sas))
            return;
        session = newSession(sender, QString(), false);
        adopt(session, std::move(*sas));
        Q_EMIT incomingRequest(session);
        return;
    }
    if (!session) {
        if (type == QLatin1String("m.key.verification.start")) {
            auto sas = SasVerification::fromStart(flow, ourKeys(), sender, content, now);
            if (!sas)
                return;
            session = newSession(sender, QString(), false);
            adopt(session, std::move(*sas));
            Q_EMIT incomingRequest(session);
            return;
        }
        if (type == QLatin1String("m.key.verification.cancel"))
            return;
        // The spec: an unknown transaction is answered with m.unknown_transaction.
        QString device = content.value(QStringLiteral("from_device")).toString();
        if (device.isEmpty())
            device = event.value(QStringLiteral("sender_device")).toString();
        if (device.isEmpty())
            return;
        VerificationMessage cancel = SasVerification::cancelMessage(QStringLiteral("m.unknown_transaction"),
                                                                    QStringLiteral("Unknown transaction"));
        cancel.content = flow.decorate(cancel.content);
        sendToDevice(sender, device, cancel, [](Status) {});
        return;
    }
    // A request to all our devices: once one answered, the others' late answers are not for this flow.
    const QString fromDevice = content.value(QStringLiteral("from_device")).toString();
    if (session->m_toAllDevicesSent && !fromDevice.isEmpty() && !session->otherDeviceId().isEmpty() &&
        fromDevice != session->otherDeviceId())
        return;
    deliver(session, type, content, sender);
}

void VerificationService::processSync(const ChangeSet &changes)
{
    for (const TimelineAppend &append : changes.appended)
        for (const QJsonValue &event : append.events)
            processRoomEvent(append.roomId, event.toObject());
}

void VerificationService::processDecrypted(const QStringList &, const QStringList &eventIds)
{
    QStringList wanted;
    for (const QString &id : eventIds)
        if (!m_seenEvents.contains(id))
            wanted << id;
    if (wanted.isEmpty())
        return;
    using Found = std::vector<std::pair<QString, QJsonObject>>;
    QPointer<VerificationService> self(this);
    m_e2ee.runner().run<Found>(
        [wanted](crypto::OlmMachine &, Database &db) -> Result<Found> {
            Found out;
            for (const QString &id : wanted) {
                auto stored = findEvent(db, id);
                if (!stored)
                    return stored.error();
                if (!*stored || !(*stored)->decrypted)
                    continue;
                const QJsonObject &event = (*stored)->json;
                const QString type = event.value(QStringLiteral("type")).toString();
                const bool request = event.value(QStringLiteral("content"))
                                         .toObject()
                                         .value(QStringLiteral("msgtype"))
                                         .toString() == kRequestType;
                if (!type.startsWith(kPrefix) && !request)
                    continue;
                auto room = db.exec(QStringLiteral("SELECT room_id FROM events WHERE event_id = ?"), {id});
                if (!room)
                    return room.error();
                if (room->next())
                    out.emplace_back(room->value(0).toString(), event);
            }
            return out;
        },
        [self](Result<Found> found) {
            if (!self)
                return;
            if (!found) {
                qCWarning(lcVerification) << "could not read decrypted events:" << found.error().message;
                return;
            }
            for (const auto &[roomId, event] : *found)
                self->processRoomEvent(roomId, event);
        });
}

void VerificationService::processRoomEvent(const QString &roomId, const QJsonObject &event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject content = event.value(QStringLiteral("content")).toObject();
    const bool isRequest = type == QLatin1String("m.room.message") &&
                           content.value(QStringLiteral("msgtype")).toString() == kRequestType;
    if (!isRequest && !type.startsWith(kPrefix))
        return;
    const QString eventId = event.value(QStringLiteral("event_id")).toString();
    const QString sender = event.value(QStringLiteral("sender")).toString();
    if (eventId.isEmpty() || sender.isEmpty() || m_seenEvents.contains(eventId))
        return;
    m_seenEvents.insert(eventId);
    if (isRequest) {
        if (sender == m_userId || content.value(QStringLiteral("to")).toString() != m_userId)
            return;
        auto sas = SasVerification::fromRequest({Transport::InRoom, eventId}, ourKeys(), sender, content,
                                                event.value(QStringLiteral("origin_server_ts")).toInteger(),
                                                m_now(), m_methods);
        if (!sas) {
            qCInfo(lcVerification) << "ignoring an in-room verification request:" << sas.error().message;
            return;
        }
        if (resolveCrossing(roomId, sender, sas->otherDeviceId(), *sas))
            return;
        VerificationSession *session = newSession(sender, roomId, false);
        adopt(session, std::move(*sas));
        Q_EMIT incomingRequest(session);
        return;
    }
    const QString flowId = VerificationFlow::flowIdOf(content, Transport::InRoom);
    if (flowId.isEmpty())
        return;
    const QString key = flowKey(roomId, flowId);
    VerificationSession *session = m_flows.value(key);
    if (!session) {
        // Our own request may still wait for the server's answer; keep a few early answers for it.
        if (sender != m_userId && m_early.size() < 16 && m_early[key].size() < 8) {
            m_seenEvents.remove(eventId);
            m_early[key].push_back(event);
        }
        return;
    }
    // Our own messages come back in the timeline: only another device of ours (ready/cancel) matters.
    if (sender == m_userId && type != QLatin1String("m.key.verification.ready") &&
        type != QLatin1String("m.key.verification.cancel"))
        return;
    if (sender == m_userId && content.value(QStringLiteral("from_device")).toString() == m_e2ee.deviceId())
        return;
    if (sender == m_userId && type == QLatin1String("m.key.verification.cancel") && session->isFinished())
        return;
    if (session->isFinished())
        return;
    deliver(session, type, content, sender);
}

// --- Feeding and keys --------------------------------------------------------------------------------

void VerificationService::deliver(VerificationSession *session, const QString &type,
                                  const QJsonObject &content, const QString &sender)
{
    QString device = session->otherDeviceId();
    if (device.isEmpty())
        device = content.value(QStringLiteral("from_device")).toString();
    QPointer<VerificationService> self(this);
    withKeys(session->otherUserId(), device, [self, session, type, content, sender](Keys keys) {
        if (!self || !session->m_sas)
            return;
        session->m_sas->setOtherKeys(keys.deviceEd25519, keys.otherMaster);
        session->m_sas->setOurKeys(keys.ourEd25519, keys.ourMaster);
        if (self->handleQrMessage(session, type, content, sender))
            return;
        auto messages = session->m_sas->receive(type, content, sender);
        if (session->m_toAllDevices && (type == QLatin1String("m.key.verification.ready") ||
                                        type == QLatin1String("m.key.verification.cancel"))) {
            session->m_toAllDevices = false;
            self->cancelOtherDevices(session, type.endsWith(QLatin1String("ready"))
                                                  ? QStringLiteral("m.accepted")
                                                  : QStringLiteral("m.user"));
        }
        self->afterChange(session, std::move(messages));
    });
}

void VerificationService::withKeys(const QString &userId, const QString &deviceId,
                                   std::function<void(Keys)> next, bool refreshed)
{
    QPointer<VerificationService> self(this);
    const QString own = m_userId;
    m_e2ee.runner().run<Keys>(
        [userId, deviceId, own](crypto::OlmMachine &machine, Database &) -> Result<Keys> {
            Keys keys;
            keys.ourEd25519 = machine.identityKeys().ed25519;
            auto devices = machine.devices(userId);
            if (!devices)
                return devices.error();
            for (const crypto::DeviceRecord &d : *devices)
                if (d.deviceId == deviceId && !d.deleted)
                    keys.deviceEd25519 = d.ed25519;
            // Without cross-signing (NO_CROSS_SIGNING) or identities, only the device key is verified.
            if (auto theirs = machine.userIdentity(userId))
                keys.otherMaster = theirs->masterKey;
            if (auto ours = machine.userIdentity(own)) {
                keys.ourMasterKnown = ours->masterKey;
                if (ours->verified)
                    keys.ourMaster = ours->masterKey;
            }
            return keys;
        },
        [self, userId, deviceId, next, refreshed](Result<Keys> keys) {
            if (!self)
                return;
            if (!keys) {
                qCWarning(lcVerification) << "could not look up keys:" << keys.error().message;
                return next(Keys{});
            }
            if (!keys->deviceEd25519.isEmpty() || deviceId.isEmpty() || refreshed)
                return next(*keys);
            // A device we have not seen (e.g. our new login): fetch the user's devices once.
            self->m_e2ee.runner().run<Unit>(
                [userId](crypto::OlmMachine &machine, Database &) {
                    return machine.updateTrackedUsers({userId});
                },
                [self, userId, deviceId, next](Status) {
                    if (!self)
                        return;
                    self->m_e2ee.requests().flush([self, userId, deviceId, next](Status) {
                        if (self)
                            self->withKeys(userId, deviceId, next, true);
                    });
                });
        });
}

void VerificationService::afterChange(VerificationSession *session, std::vector<VerificationMessage> messages)
{
    if (!session->m_sas)
        return;
    SasVerification &sas = *session->m_sas;
    send(session, std::move(messages));
    // Ready: our QR code, and SAS started by ourselves unless a code is to be scanned.
    if (sas.state() == SasVerification::State::Ready)
        prepareQr(session);
    if (sas.state() == SasVerification::State::Done && !session->m_trustStored)
        storeTrust(session);
    Q_EMIT session->changed();
    if (session->isFinished() && !session->m_announcedFinish) {
        session->m_announcedFinish = true;
        Q_EMIT session->finished();
    }
}

void VerificationService::storeTrust(VerificationSession *session)
{
    if (m_storingTrust.contains(session))
        return;
    m_storingTrust.insert(session);
    const QString userId = session->otherUserId();
    const QString deviceId = session->otherDeviceId();
    bool device = session->m_sas->verifiedOtherDevice();
    bool master = session->m_sas->verifiedOtherMasterKey();
    if (session->qrEngaged()) {
        const std::optional<crypto::QrTrust> qr = session->m_qr->trusted();
        device = qr && qr->kind == crypto::QrTrust::Kind::DeviceKey;
        master = qr && qr->kind == crypto::QrTrust::Kind::MasterKey;
    }
    const bool own = userId == m_userId;
    using Requests = std::vector<crypto::OutgoingRequest>;
    QPointer<VerificationService> self(this);
    m_e2ee.runner().run<Requests>(
        [userId, deviceId, device, master, own](crypto::OlmMachine &machine, Database &) -> Result<Requests> {
            Requests out;
            if (device) {
                if (Status s =
                        machine.setLocalTrust(userId, deviceId, crypto::DeviceRecord::LocalTrust::Verified);
                    !s)
                    return s.error();
            }
            // Cross-sign what we verified: our own device with our self-signing key, another user's master
            // key with our user-signing key. Without cross-signing the local trust above is all there is.
            // Our own master key proved by another device (QR): this device trusts and signs it.
            Result<crypto::OutgoingRequest> signature =
                own && device ? machine.signOwnDevice(deviceId)
                : master      ? machine.signUser(userId)
                              : Result<crypto::OutgoingRequest>(Error::make(Error::Kind::Usage, QString()));
            if (signature)
                out.push_back(*signature);
            else if (!signature.error().message.isEmpty() && !isNoCrossSigning(signature.error()))
                qCInfo(lcVerification)
                    << "not cross-signing after verification:" << signature.error().message;
            return out;
        },
        [self, session](Result<Requests> requests) {
            if (!self)
                return;
            self->m_storingTrust.remove(session);
            if (!requests) {
                session->fail(tr("The device was verified but its trust could not be stored: %1")
                                  .arg(requests.error().message));
                return;
            }
            auto announce = [self, session] {
                if (!self)
                    return;
                session->m_trustStored = true;
                Q_EMIT session->changed();
                Q_EMIT self->verified(session->otherUserId(), session->otherDeviceId());
                if (!session->m_announcedFinish) {
                    session->m_announcedFinish = true;
                    Q_EMIT session->finished();
                }
            };
            if (requests->empty())
                return announce();
            self->m_e2ee.requests().sendAll(std::move(*requests), [announce](Status sent) {
                if (!sent)
                    qCWarning(lcVerification)
                        << "could not upload the cross-signing signature:" << sent.error().message;
                announce();
            });
        });
}

// --- Sending -----------------------------------------------------------------------------------------

void VerificationService::send(VerificationSession *session, std::vector<VerificationMessage> messages)
{
    if (messages.empty())
        return;
    auto &queue = m_outbox[session];
    queue.insert(queue.end(), messages.begin(), messages.end());
    if (!m_sending.contains(session))
        sendNext(session);
}

void VerificationService::sendNext(VerificationSession *session)
{
    auto &queue = m_outbox[session];
    if (queue.empty()) {
        m_sending.remove(session);
        m_outbox.remove(session);
        notifyIdle();
        return;
    }
    m_sending.insert(session);
    VerificationMessage message = queue.front();
    queue.erase(queue.begin());
    const bool isCancel = message.type == QLatin1String("m.key.verification.cancel");
    message.content = session->m_sas->flow().decorate(message.content);
    QPointer<VerificationService> self(this);
    auto next = [self, session, isCancel](Status sent) {
        if (!self)
            return;
        if (!sent) {
            self->m_outbox.remove(session);
            self->m_sending.remove(session);
            if (!isCancel)
                session->fail(tr("Could not send a verification message: %1").arg(sent.error().message));
            self->notifyIdle();
            return;
        }
        self->sendNext(session);
    };
    if (session->inRoom()) {
        sendInRoom(session->roomId(), message,
                   [next](Result<QString> id) { next(id ? Status(success()) : Status(id.error())); });
    } else {
        // Before a device answered a request sent to all of them, everything goes to all of them.
        const QString device =
            session->otherDeviceId().isEmpty() ? QStringLiteral("*") : session->otherDeviceId();
        sendToDevice(session->otherUserId(), device, message, next);
    }
}

void VerificationService::whenIdle(std::function<void()> next)
{
    if (m_sending.isEmpty())
        return next();
    m_idleWaiters.push_back(std::move(next));
}

void VerificationService::notifyIdle()
{
    if (!m_sending.isEmpty())
        return;
    auto waiters = std::move(m_idleWaiters);
    m_idleWaiters.clear();
    for (auto &next : waiters)
        next();
}

void VerificationService::sendToDevice(const QString &userId, const QString &deviceId,
                                       const VerificationMessage &message, std::function<void(Status)> done)
{
    // In the clear: verification needs no Olm session, and the SAS itself authenticates the exchange.
    const QJsonObject body{
        {QStringLiteral("messages"), QJsonObject{{userId, QJsonObject{{deviceId, message.content}}}}}};
    m_http.sendJson(api::sendToDevice(message.type, newTxnId(), body),
                    [done = std::move(done)](Result<QJsonObject> reply) {
                        done(reply ? Status(success()) : Status(reply.error()));
                    });
}

void VerificationService::sendInRoom(const QString &roomId, const VerificationMessage &message,
                                     std::function<void(Result<QString>)> done)
{
    QPointer<VerificationService> self(this);
    auto put = [this, self, roomId, done](const QString &type, const QJsonObject &content) {
        if (!self)
            return;
        HttpRequest request = api::sendEvent(roomId, type, newTxnId(), content);
        request.maxAttempts = 3;
        m_http.sendJson(request, [done](Result<QJsonObject> reply) {
            if (!reply)
                return done(reply.error());
            const QString eventId = reply->value(QStringLiteral("event_id")).toString();
            if (eventId.isEmpty())
                return done(Error::make(Error::Kind::Parse, tr("The server did not return an event ID.")));
            done(eventId);
        });
    };
    if (!m_roomEncryption)
        return put(message.type, message.content);
    m_roomEncryption(roomId,
                     [this, self, roomId, message, put, done](Result<std::optional<QJsonObject>> encryption) {
                         if (!self)
                             return;
                         if (!encryption)
                             return done(encryption.error());
                         if (!*encryption)
                             return put(message.type, message.content);
                         m_e2ee.encrypt(roomId, **encryption, message.type, message.content,
                                        [put, done](Result<QJsonObject> encrypted) {
                                            if (!encrypted)
                                                return done(encrypted.error());
                                            put(QStringLiteral("m.room.encrypted"), *encrypted);
                                        });
                     });
}

void VerificationService::cancelOtherDevices(VerificationSession *session, const QString &code)
{
    const QString userId = session->otherUserId();
    const QString chosen = session->otherDeviceId();
    const QString ours = m_e2ee.deviceId();
    const QString flowId = session->flowId();
    QPointer<VerificationService> self(this);
    m_e2ee.runner().run<QStringList>(
        [userId, chosen, ours](crypto::OlmMachine &machine, Database &) -> Result<QStringList> {
            auto devices = machine.devices(userId);
            if (!devices)
                return devices.error();
            QStringList out;
            for (const crypto::DeviceRecord &d : *devices)
                if (!d.deleted && d.deviceId != chosen && d.deviceId != ours)
                    out << d.deviceId;
            return out;
        },
        [this, self, userId, flowId, code](Result<QStringList> devices) {
            if (!self || !devices)
                return;
            VerificationMessage cancel = crypto::SasVerification::cancelMessage(
                code, code == QLatin1String("m.accepted") ? QStringLiteral("Answered on another device")
                                                          : QStringLiteral("Declined on another device"));
            cancel.content.insert(QStringLiteral("transaction_id"), flowId);
            for (const QString &device : *devices)
                sendToDevice(userId, device, cancel, [](Status) {});
        });
}

void VerificationService::checkTimeouts()
{
    const qint64 now = m_now();
    for (VerificationSession *session : activeSessions())
        if (session->m_sas)
            afterChange(session, session->m_sas->checkTimeout(now));
}

} // namespace lattice
