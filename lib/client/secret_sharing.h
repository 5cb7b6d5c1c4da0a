#pragma once
// Secret sharing between one's own devices (client-server-api/modules/secrets.md "Sharing"):
// m.secret.request in the clear, m.secret.send Olm-encrypted. We answer only our own devices that are
// verified, and accept a secret only Olm-encrypted from our own verified device that we asked. A request
// from one of our devices that is not verified yet is held (a few at most): a new device typically asks
// right after its side of a verification ends, before ours has stored the trust; deviceVerified() then
// serves it.
//
// Which secrets this device hands out is the caller's choice (the provider: cross-signing keys, the
// backup key); nothing is served until a provider is set.
#include "e2ee_service.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

class QTimer;

namespace lattice {

class SecretSharing : public QObject
{
    Q_OBJECT
public:
    // Calls `reply` with the secret's value, or nullopt when this device does not hold it or will not
    // share it. May answer later (after asking the user, or reading the crypto store).
    using SecretProvider =
        std::function<void(const QString &name, std::function<void(std::optional<QString>)> reply)>;

    // Listens to e2ee.toDeviceReceived; sends through `http` and e2ee.requests().
    SecretSharing(E2eeService &e2ee, HttpClient &http, QObject *parent = nullptr);
    ~SecretSharing() override;

    void setSecretProvider(SecretProvider provider) { m_provider = std::move(provider); }

    // Asks our other devices for the secret `name` and answers with the first value sent back by one of
    // our verified devices; the others then get a request_cancellation. An error (errcode
    // NO_OTHER_DEVICES, or SECRET_REQUEST_TIMEOUT after `timeoutMs`) otherwise.
    // With `fromDevice`, only that device of ours is asked.
    void requestSecret(const QString &name, std::function<void(Result<QString>)> done, int timeoutMs = 120000,
                       const QString &fromDevice = QString());

    // One of our devices was just verified (VerificationService::verified): its held requests are served.
    void deviceVerified(const QString &deviceId);
    static constexpr int kMaxHeld = 8;

Q_SIGNALS:
    // We sent `name` to our device `deviceId`.
    void secretShared(const QString &name, const QString &deviceId);
    // We did not answer a request (unverified or unknown device, another user, a secret we do not give).
    void requestRefused(const QString &name, const QString &userId, const QString &deviceId,
                        const QString &reason);
    // An m.secret.send was ignored (not encrypted, not asked for, or from a device we do not trust).
    void secretRejected(const QString &deviceId, const QString &reason);
    // A request from our device `deviceId`, not verified (yet), waits for deviceVerified().
    void requestHeld(const QString &name, const QString &deviceId);

private:
    struct Pending
    {
        QString name;
        QStringList targets; // device IDs the request went to
        std::function<void(Result<QString>)> done;
        QTimer *timer = nullptr;
    };

    void onToDevice(const QJsonObject &event);
    void onRequest(const QJsonObject &event);
    void onSend(const QJsonObject &event);
    void serve(const QString &deviceId, const QString &requestId, const QString &name, bool mayHold = true);
    void hold(const QString &deviceId, const QString &requestId, const QString &name);
    void sendSecret(const QString &deviceId, const QString &requestId, const QString &name,
                    const QString &value, bool claimed);
    // A plain m.secret.request to these devices of ours.
    void sendRequest(const QStringList &deviceIds, const QJsonObject &content,
                     std::function<void(Status)> done);
    void finish(const QString &requestId, Result<QString> result, const QString &answeredBy);

    E2eeService &m_e2ee;
    HttpClient &m_http;
    SecretProvider m_provider;
    QHash<QString, Pending> m_pending; // by request_id
    QSet<QString> m_cancelled;         // "deviceId|requestId" of requests withdrawn before we answered
    struct Held
    {
        QString deviceId;
        QString requestId;
        QString name;
    };
    QList<Held> m_held; // oldest first, at most kMaxHeld
};

} // namespace lattice
