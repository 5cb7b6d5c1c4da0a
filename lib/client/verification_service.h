#pragma once
// Key verification for one account (spec end_to_end_encryption.md "Device verification"): routes
// m.key.verification.* to-device events (by transaction_id) and in-room verification events (the
// m.key.verification.request message and the events that reference it) to one VerificationSession per
// flow, sends what the flows answer (to-device in the clear; in-room through the room, encrypted when the
// room is), and on success marks the device verified and cross-signs when cross-signing is set up.
#include "e2ee_service.h"
#include "store/change_set.h"
#include "verification_session.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace lattice {

class Session;

class VerificationService : public QObject
{
    Q_OBJECT
public:
    // How the service learns whether a room is encrypted (Session::roomEncryption).
    using RoomEncryptionLookup =
        std::function<void(const QString &roomId, std::function<void(Result<std::optional<QJsonObject>>)>)>;

    VerificationService(E2eeService &e2ee, HttpClient &http, QString ownUserId, QObject *parent = nullptr);
    ~VerificationService() override;

    // Needed for in-room flows; without it every room is taken as unencrypted.
    void setRoomEncryptionLookup(RoomEncryptionLookup lookup) { m_roomEncryption = std::move(lookup); }
    // The methods this device offers in its requests and readies (crypto::verification::offeredMethods):
    // all by default; a front end that cannot read a QR code drops m.qr_code.scan.v1, as the spec asks.
    // Applies to flows that start afterwards.
    void setMethods(QStringList methods) { m_methods = std::move(methods); }
    QStringList methods() const { return m_methods; }
    // Milliseconds since the epoch; replaceable for tests.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // Verifies one device (ours or another user's) over to-device messages. The session is owned by the
    // service; SAS starts by itself once the other device is ready.
    VerificationSession *requestDeviceVerification(const QString &userId, const QString &deviceId);
    // Verifies this device from another of ours: the request goes to all our other devices; the first
    // to answer gets the flow and the others a cancel with m.accepted (m.user when it declined).
    VerificationSession *requestOwnVerification();
    // Verifies another user in a room shared with them (their direct chat), as the spec recommends for
    // verifying other users; any of their devices may answer.
    VerificationSession *requestUserVerification(const QString &roomId, const QString &userId);

    // Calls `next` once every verification message queued so far has been sent (or failed): a process
    // about to exit waits for its last cancel or done to go out.
    void whenIdle(std::function<void()> next);

    // Flows not finished yet.
    QList<VerificationSession *> activeSessions() const;

    // Feeds: to-device events come from E2eeService::toDeviceReceived (connected by the constructor); the
    // room timeline from SyncLoop::synced and E2eeService::eventsDecrypted (see attach()).
    void processToDevice(const QJsonObject &event);
    void processSync(const ChangeSet &changes);
    void processDecrypted(const QStringList &roomIds, const QStringList &eventIds);
    // One room event (clear form) from the timeline.
    void processRoomEvent(const QString &roomId, const QJsonObject &event);

    // Connects a Session's sync loop, decrypted events and room-encryption lookup to this service.
    void attach(Session &session);

Q_SIGNALS:
    // Another device asks us to verify (to-device request or request-less start, or an in-room request
    // addressed to us). Answer with session->accept() or cancel().
    void incomingRequest(lattice::VerificationSession *session);
    // A flow ended in success and the trust it proved is stored: `deviceId` of `userId` is verified (for
    // another user verified in a room, the device that answered). Emitted once per flow, whatever the
    // method (SAS or QR), just before the session's finished().
    void verified(const QString &userId, const QString &deviceId);

private:
    friend class VerificationSession;
    struct Keys
    {
        QString ourEd25519;
        QString deviceEd25519;
        QString otherMaster;
        QString ourMaster;      // only when this device trusts it (what SAS MACs)
        QString ourMasterKnown; // as the server published it, trusted or not (QR mode 0x02)
    };
    void send(VerificationSession *session, std::vector<crypto::VerificationMessage> messages);
    void sendNext(VerificationSession *session);
    void notifyIdle();
    void sendToDevice(const QString &userId, const QString &deviceId,
                      const crypto::VerificationMessage &message, std::function<void(Status)> done);
    void sendInRoom(const QString &roomId, const crypto::VerificationMessage &message,
                    std::function<void(Result<QString>)> done);
    // Looks up the other side's keys (refreshing their device list once when the device is unknown),
    // then runs `next` with them.
    void withKeys(const QString &userId, const QString &deviceId, std::function<void(Keys)> next,
                  bool refreshed = false);
    // Feeds one message to a flow once the keys its MAC check needs are known.
    void deliver(VerificationSession *session, const QString &type, const QJsonObject &content,
                 const QString &sender);
    void afterChange(VerificationSession *session, std::vector<crypto::VerificationMessage> messages);
    void storeTrust(VerificationSession *session);
    // A request sent to all our devices was answered by one: the others are told (spec).
    void cancelOtherDevices(VerificationSession *session, const QString &code);
    // Both sides sent a request (verification_crossing.cpp): true when `theirs` was dealt with (ignored,
    // or taken over by our session), false when it is a request of its own.
    bool resolveCrossing(const QString &roomId, const QString &sender, const QString &fromDevice,
                         crypto::SasVerification &theirs);
    // QR codes (verification_qr.cpp): once Ready, look the keys up, make our code and decide whether to
    // start SAS by ourselves; route reciprocate starts, done and cancel to the QR flow.
    void prepareQr(VerificationSession *session);
    void startSasIfOurs(VerificationSession *session);
    bool handleQrMessage(VerificationSession *session, const QString &type, const QJsonObject &content,
                         const QString &sender);
    void afterQr(VerificationSession *session);
    bool scanQrCode(VerificationSession *session, const QByteArray &bytes);
    void confirmQrScanned(VerificationSession *session);
    void denyQrScanned(VerificationSession *session);
    VerificationSession *newSession(const QString &otherUserId, const QString &roomId, bool weStarted);
    void adopt(VerificationSession *session, crypto::SasVerification sas);
    crypto::VerificationKeys ourKeys() const;
    void checkTimeouts();
    static QString flowKey(const QString &scope, const QString &flowId) { return scope + u'\n' + flowId; }

    E2eeService &m_e2ee;
    HttpClient &m_http;
    QString m_userId;
    RoomEncryptionLookup m_roomEncryption;
    std::function<qint64()> m_now;
    QStringList m_methods = crypto::verification::supportedMethods();
    QTimer m_timeoutTimer;
    // Flows by (other user for to-device, room for in-room) and flow ID.
    QHash<QString, VerificationSession *> m_flows;
    QHash<VerificationSession *, std::vector<crypto::VerificationMessage>> m_outbox;
    QSet<VerificationSession *> m_sending;
    // In-room events already routed (plain and decrypted forms may both come).
    QSet<QString> m_seenEvents;
    // In-room answers to our request that came before the server returned its event ID.
    QHash<QString, std::vector<QJsonObject>> m_early;
    QSet<VerificationSession *> m_storingTrust;
    std::vector<std::function<void()>> m_idleWaiters; // whenIdle
};

} // namespace lattice
