#include "secret_sharing.h"

#include "crypto/random.h"
#include "net/client_api.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace lattice {

namespace {

const QString kRequestType = QStringLiteral("m.secret.request");
const QString kSendType = QStringLiteral("m.secret.send");

Error error(const char *sentence, const QString &code)
{
    Error e = Error::make(Error::Kind::Usage, SecretSharing::tr(sentence));
    e.errcode = code;
    return e;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What we know of one of our devices when an m.secret.send arrives from it.
struct SenderCheck
{
    bool known = false;
    bool keyMatches = false;
    bool verified = false;
};

} // namespace

SecretSharing::SecretSharing(E2eeService &e2ee, HttpClient &http, QObject *parent)
    : QObject(parent), m_e2ee(e2ee), m_http(http)
{
    connect(&m_e2ee, &E2eeService::toDeviceReceived, this, &SecretSharing::onToDevice);
}

SecretSharing::~SecretSharing() = default; // pending timers are children

void SecretSharing::onToDevice(const QJsonObject &event)
{
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == kRequestType)
        onRequest(event);
    else if (type == kSendType)
        onSend(event);
}

void SecretSharing::onRequest(const QJsonObject &event)
{
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    const QString sender = event.value(QLatin1String("sender")).toString();
    const QString action = content.value(QLatin1String("action")).toString();
    const QString deviceId = content.value(QLatin1String("requesting_device_id")).toString();
    const QString requestId = content.value(QLatin1String("request_id")).toString();
    const QString name = content.value(QLatin1String("name")).toString();
    if (deviceId.isEmpty() || requestId.isEmpty())
        return; // malformed: nothing to answer
    if (sender != m_e2ee.userId()) {
        Q_EMIT requestRefused(name, sender, deviceId, tr("Secrets are shared only with one's own devices."));
        return;
    }
    if (deviceId == m_e2ee.deviceId())
        return; // our own request, echoed to all our devices
    if (action == QLatin1String("request_cancellation")) {
        m_cancelled.insert(deviceId + QLatin1Char('|') + requestId);
        m_held.removeIf([&](const Held &h) { return h.deviceId == deviceId && h.requestId == requestId; });
        return;
    }
    if (action != QLatin1String("request") || name.isEmpty())
        return;
    serve(deviceId, requestId, name);
}

void SecretSharing::hold(const QString &deviceId, const QString &requestId, const QString &name)
{
    for (const Held &h : std::as_const(m_held))
        if (h.deviceId == deviceId && h.requestId == requestId)
            return; // the same request again
    if (m_held.size() >= kMaxHeld)
        m_held.removeFirst();
    m_held.append({deviceId, requestId, name});
    Q_EMIT requestHeld(name, deviceId);
}

void SecretSharing::deviceVerified(const QString &deviceId)
{
    QList<Held> ready;
    m_held.removeIf([&](const Held &h) {
        if (h.deviceId != deviceId)
            return false;
        ready.append(h);
        return true;
    });
    // Checked again: the trust must be stored by now, or the request is refused this time.
    for (const Held &h : std::as_const(ready))
        serve(h.deviceId, h.requestId, h.name, false);
}

void SecretSharing::serve(const QString &deviceId, const QString &requestId, const QString &name,
                          bool mayHold)
{
    const QString userId = m_e2ee.userId();
    QPointer<SecretSharing> self(this);
    m_e2ee.runner().run<bool>(
        [userId, deviceId](crypto::OlmMachine &machine, Database &) {
            return machine.isDeviceVerified(userId, deviceId);
        },
        [self, userId, deviceId, requestId, name, mayHold](Result<bool> verified) {
            if (!self)
                return;
            if (verified && !*verified && mayHold)
                return self->hold(deviceId, requestId, name);
            if (!verified || !*verified) {
                Q_EMIT self->requestRefused(name, userId, deviceId,
                                            verified ? tr("The requesting device is not verified.")
                                                     : verified.error().message);
                return;
            }
            if (!self->m_provider) {
                Q_EMIT self->requestRefused(name, userId, deviceId, tr("This device shares no secrets."));
                return;
            }
            self->m_provider(name, [self, userId, deviceId, requestId, name](std::optional<QString> value) {
                if (!self)
                    return;
                if (!value) {
                    Q_EMIT self->requestRefused(name, userId, deviceId,
                                                tr("This device does not hold that secret."));
                    return;
                }
                if (self->m_cancelled.remove(deviceId + QLatin1Char('|') + requestId))
                    return; // answered by another device meanwhile
                self->sendSecret(deviceId, requestId, name, *value, false);
            });
        });
}

void SecretSharing::sendSecret(const QString &deviceId, const QString &requestId, const QString &name,
                               const QString &value, bool claimed)
{
    const QString userId = m_e2ee.userId();
    const QJsonObject content{{QStringLiteral("request_id"), requestId}, {QStringLiteral("secret"), value}};
    QPointer<SecretSharing> self(this);
    m_e2ee.runner().run<crypto::OutgoingRequest>(
        [userId, deviceId, content](crypto::OlmMachine &machine, Database &) {
            return machine.encryptToDevice(userId, deviceId, kSendType, content);
        },
        [self, userId, deviceId, requestId, name, value, claimed](Result<crypto::OutgoingRequest> request) {
            if (!self)
                return;
            if (!request && request.error().errcode == QLatin1String("NO_OLM_SESSION") && !claimed) {
                // Claim a one-time key of that device first, then try once more.
                self->m_e2ee.runner().run<std::optional<crypto::OutgoingRequest>>(
                    [userId](crypto::OlmMachine &machine, Database &) {
                        return machine.missingSessions({userId});
                    },
                    [self, deviceId, requestId, name,
                     value](Result<std::optional<crypto::OutgoingRequest>> claim) {
                        if (!self)
                            return;
                        if (!claim) {
                            Q_EMIT self->requestRefused(name, self->m_e2ee.userId(), deviceId,
                                                        claim.error().message);
                            return;
                        }
                        std::vector<crypto::OutgoingRequest> requests;
                        if (*claim)
                            requests.push_back(**claim);
                        self->m_e2ee.requests().sendAll(
                            std::move(requests), [self, deviceId, requestId, name, value](Status s) {
                                if (!self)
                                    return;
                                if (!s) {
                                    Q_EMIT self->requestRefused(name, self->m_e2ee.userId(), deviceId,
                                                                s.error().message);
                                    return;
                                }
                                self->sendSecret(deviceId, requestId, name, value, true);
                            });
                    });
                return;
            }
            if (!request) {
                Q_EMIT self->requestRefused(name, userId, deviceId, request.error().message);
                return;
            }
            self->m_e2ee.requests().sendAll({*request}, [self, deviceId, name, userId](Status s) {
                if (!self)
                    return;
                if (!s) {
                    Q_EMIT self->requestRefused(name, userId, deviceId, s.error().message);
                    return;
                }
                Q_EMIT self->secretShared(name, deviceId);
            });
        });
}

void SecretSharing::onSend(const QJsonObject &event)
{
    const QString sender = event.value(QLatin1String("sender")).toString();
    const QString senderKey = event.value(QLatin1String("sender_key")).toString();
    const QString deviceId = event.value(QLatin1String("sender_device")).toString();
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    const QString requestId = content.value(QLatin1String("request_id")).toString();
    const QJsonValue secret = content.value(QLatin1String("secret"));
    // The E2EE service adds sender_key and sender_device only to what it decrypted with Olm.
    if (senderKey.isEmpty() || deviceId.isEmpty()) {
        Q_EMIT secretRejected(deviceId, tr("A secret arrived without Olm encryption."));
        return;
    }
    if (sender != m_e2ee.userId()) {
        Q_EMIT secretRejected(deviceId, tr("A secret arrived from another user."));
        return;
    }
    auto pending = m_pending.constFind(requestId);
    if (pending == m_pending.constEnd() || !pending->targets.contains(deviceId)) {
        Q_EMIT secretRejected(deviceId, tr("A secret arrived that this device did not ask that device for."));
        return;
    }
    if (!secret.isString()) {
        Q_EMIT secretRejected(deviceId, tr("A secret arrived without a value."));
        return;
    }
    const QString userId = m_e2ee.userId();
    QPointer<SecretSharing> self(this);
    m_e2ee.runner().run<SenderCheck>(
        [userId, deviceId, senderKey](crypto::OlmMachine &machine, Database &) -> Result<SenderCheck> {
            Result<QList<crypto::DeviceRecord>> devices = machine.devices(userId);
            if (!devices)
                return devices.error();
            SenderCheck check;
            for (const crypto::DeviceRecord &d : *devices) {
                if (d.deviceId != deviceId || d.deleted)
                    continue;
                check.known = true;
                check.keyMatches = d.curve25519 == senderKey;
            }
            if (!check.known)
                return check;
            Result<bool> verified = machine.isDeviceVerified(userId, deviceId);
            if (!verified)
                return verified.error();
            check.verified = *verified;
            return check;
        },
        [self, deviceId, requestId, value = secret.toString()](Result<SenderCheck> check) {
            if (!self)
                return;
            QString reason;
            if (!check)
                reason = check.error().message;
            else if (!check->known || !check->keyMatches)
                reason = tr("A secret arrived from a device this device does not know.");
            else if (!check->verified)
                reason = tr("A secret arrived from a device that is not verified.");
            if (!reason.isEmpty()) {
                Q_EMIT self->secretRejected(deviceId, reason);
                return;
            }
            self->finish(requestId, value, deviceId);
        });
}

void SecretSharing::requestSecret(const QString &name, std::function<void(Result<QString>)> done,
                                  int timeoutMs, const QString &fromDevice)
{
    const QString userId = m_e2ee.userId();
    const QString ownDevice = m_e2ee.deviceId();
    QPointer<SecretSharing> self(this);
    m_e2ee.runner().run<QStringList>(
        [userId, ownDevice, fromDevice](crypto::OlmMachine &machine, Database &) -> Result<QStringList> {
            Result<QList<crypto::DeviceRecord>> devices = machine.devices(userId);
            if (!devices)
                return devices.error();
            QStringList ids;
            for (const crypto::DeviceRecord &d : *devices)
                if (!d.deleted && d.deviceId != ownDevice &&
                    (fromDevice.isEmpty() || d.deviceId == fromDevice))
                    ids.append(d.deviceId);
            return ids;
        },
        [self, name, done = std::move(done), timeoutMs](Result<QStringList> targets) {
            if (!self)
                return;
            if (!targets)
                return done(targets.error());
            if (targets->isEmpty())
                return done(error(QT_TR_NOOP("This account has no other device to ask for the secret."),
                                  QStringLiteral("NO_OTHER_DEVICES")));
            const QString requestId = newId();
            Pending p;
            p.name = name;
            p.targets = *targets;
            p.done = done;
            p.timer = new QTimer(self);
            p.timer->setSingleShot(true);
            QObject::connect(p.timer, &QTimer::timeout, self, [self, requestId] {
                self->finish(
                    requestId,
                    error(QT_TR_NOOP("None of this account's other devices sent the secret in time."),
                          QStringLiteral("SECRET_REQUEST_TIMEOUT")),
                    QString());
            });
            self->m_pending.insert(requestId, p);
            const QJsonObject content{{QStringLiteral("name"), name},
                                      {QStringLiteral("action"), QStringLiteral("request")},
                                      {QStringLiteral("requesting_device_id"), self->m_e2ee.deviceId()},
                                      {QStringLiteral("request_id"), requestId}};
            self->sendRequest(*targets, content, [self, requestId, timeoutMs](Status s) {
                if (!self)
                    return;
                if (!s)
                    return self->finish(requestId, s.error(), QString());
                auto it = self->m_pending.find(requestId);
                if (it != self->m_pending.end())
                    it->timer->start(timeoutMs);
            });
        });
}

void SecretSharing::sendRequest(const QStringList &deviceIds, const QJsonObject &content,
                                std::function<void(Status)> done)
{
    QJsonObject perDevice;
    for (const QString &id : deviceIds)
        perDevice.insert(id, content);
    const QJsonObject body{{QStringLiteral("messages"), QJsonObject{{m_e2ee.userId(), perDevice}}}};
    m_http.sendJson(api::sendToDevice(kRequestType, newId(), body),
                    [done = std::move(done)](Result<QJsonObject> r) {
                        if (!r)
                            return done(r.error());
                        done(success());
                    });
}

void SecretSharing::finish(const QString &requestId, Result<QString> result, const QString &answeredBy)
{
    auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    p.timer->stop();
    p.timer->deleteLater(); // finish may run inside the timer's own timeout
    // Withdraw the request from every device that did not answer it.
    QStringList others = p.targets;
    others.removeAll(answeredBy);
    if (!others.isEmpty()) {
        const QJsonObject cancel{{QStringLiteral("action"), QStringLiteral("request_cancellation")},
                                 {QStringLiteral("requesting_device_id"), m_e2ee.deviceId()},
                                 {QStringLiteral("request_id"), requestId}};
        QPointer<SecretSharing> self(this);
        sendRequest(others, cancel, [self](Status s) {
            if (self && !s)
                qWarning("secret sharing: could not withdraw a request: %s",
                         qPrintable(s.error().describe()));
        });
    }
    p.done(std::move(result));
}

} // namespace lattice
