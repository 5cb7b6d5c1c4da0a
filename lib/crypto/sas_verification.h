#pragma once
// One interactive key verification (spec end_to_end_encryption.md "Key verification framework" and
// "Short Authentication String (SAS) verification"), as a sans-I/O state machine: fed the messages the
// other device sent, it answers with the messages to send. It knows nothing of HTTP, rooms or to-device
// transport: outgoing contents carry neither transaction_id nor m.relates_to (VerificationFlow::decorate
// adds them), incoming contents are passed as received.
//
// The request/ready/cancel/done framework is method-neutral (verification_framework.h decides the methods);
// m.sas.v1 is the one method this class runs after ready. A QR code flow (QrVerification) runs beside it
// and ends it with markDone()/markCancelled().
#include "crypto/sas.h"
#include "crypto/verification_framework.h"
#include "protocol/error.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace lattice::crypto {

// How one verification travels and the ID that ties its messages together.
struct VerificationFlow
{
    enum class Transport { ToDevice, InRoom };
    Transport transport = Transport::ToDevice;
    // ToDevice: the transaction_id; InRoom: the event ID of the m.key.verification.request message. The
    // SAS and MAC info strings use it in both cases.
    QString flowId;

    // The content as it goes on the wire: with "transaction_id" (to-device) or an m.reference
    // "m.relates_to" to the request (in-room).
    QJsonObject decorate(QJsonObject content) const;
    // The flow ID an incoming content names (transaction_id or m.relates_to.event_id), empty when none.
    static QString flowIdOf(const QJsonObject &content, Transport transport);
};

struct VerificationMessage
{
    QString type; // m.key.verification.*
    QJsonObject content;
};

// The keys one side asks the other to verify.
struct VerificationKeys
{
    QString userId;
    QString deviceId;
    QString deviceEd25519; // unpadded base64
    QString masterKey;     // unpadded base64; empty when the user has no cross-signing identity
};

// One emoji of the spec's SAS table.
struct SasEmoji
{
    QString symbol;
    QString description; // English, as the spec names it
};

// Emoji `index` (0-63) with its name in `locale`'s language when the spec's table has it, else English.
SasEmoji sasEmoji(int index, const QLocale &locale = QLocale());

class SasVerification
{
public:
    enum class State {
        Requested,       // a request is out (ours) or waiting for our user (theirs)
        Ready,           // both agreed on methods; either side may start
        Started,         // start sent or received, keys being exchanged
        ShowingSas,      // the short authentication string is ready: ask the user
        WaitingForOther, // our user confirmed; waiting for the other side's MAC or done
        Done,
        Cancelled,
    };

    static constexpr qint64 kTimeoutMs = verification::kFlowTimeoutMs; // a verification must end within this
    static constexpr qint64 kRequestFutureSlackMs = verification::kRequestFutureSlackMs;

    // Our request (we are the initiator): to-device m.key.verification.request content (from_device,
    // methods, timestamp) or in-room m.room.message content (msgtype m.key.verification.request, body,
    // from_device, methods, to). The transport sends it, then makes the verification with its flow ID.
    // `methods`: what this device offers (verification::offeredMethods).
    static VerificationMessage requestMessage(VerificationFlow::Transport transport,
                                              const QString &ourDeviceId, const QString &toUserId,
                                              qint64 nowMs,
                                              const QStringList &methods = verification::supportedMethods());
    // Whether a request sent at `sentMs` (to-device timestamp, in-room origin_server_ts) still counts.
    static bool isRequestTimely(qint64 sentMs, qint64 nowMs);
    // A cancel content for a flow that has no SasVerification (e.g. m.unknown_transaction).
    static VerificationMessage cancelMessage(const QString &code, const QString &reason);

    // After sending our request (offering `ourMethods`, as in it). `otherDeviceId` may be empty (in-room:
    // learnt from ready).
    SasVerification(VerificationFlow flow, VerificationKeys ours, QString otherUserId, QString otherDeviceId,
                    qint64 nowMs, QStringList ourMethods = verification::supportedMethods());
    // An incoming request (content as received). Fails with a sentence when it is malformed or untimely
    // (`sentMs`: its timestamp / origin_server_ts). Our ready will name the methods common to theirs and
    // `ourMethods`.
    static Result<SasVerification> fromRequest(VerificationFlow flow, VerificationKeys ours,
                                               const QString &senderUserId, const QJsonObject &request,
                                               qint64 sentMs, qint64 nowMs,
                                               QStringList ourMethods = verification::supportedMethods());
    // A to-device m.key.verification.start that no request preceded (deprecated, but still sent by some
    // clients, e.g. matrix-nio): waits in Requested for accept().
    static Result<SasVerification> fromStart(VerificationFlow flow, VerificationKeys ours,
                                             const QString &senderUserId, const QJsonObject &start,
                                             qint64 nowMs);

    SasVerification(SasVerification &&) noexcept = default;
    SasVerification &operator=(SasVerification &&) noexcept = default;

    // Keys of the other side, needed before their MAC is checked (the transport looks them up).
    void setOtherKeys(const QString &deviceEd25519, const QString &masterKey);
    // Our device's Ed25519 key and master key (MAC-ed when known), when looked up after construction.
    void setOurKeys(const QString &deviceEd25519, const QString &masterKey)
    {
        m_ours.deviceEd25519 = deviceEd25519;
        m_ours.masterKey = masterKey;
    }

    // Our user accepts their request (ready), or their request-less start (accept).
    std::vector<VerificationMessage> accept();
    // Sends m.key.verification.start (m.sas.v1) once Ready.
    std::vector<VerificationMessage> startSas();
    // Our user says the emoji/decimals match: our MAC goes out; done follows once theirs checks out.
    std::vector<VerificationMessage> confirm();
    // Our user says they do not match: m.mismatched_sas.
    std::vector<VerificationMessage> mismatch();
    // Our user gives up (code m.user) or another local reason.
    std::vector<VerificationMessage> cancel(const QString &code = QStringLiteral("m.user"),
                                            const QString &reason = QString());
    // One message of this flow from `senderUserId` (content as received).
    std::vector<VerificationMessage> receive(const QString &type, const QJsonObject &content,
                                             const QString &senderUserId);
    // Cancels with m.timeout when the verification has run for 10 minutes. An incoming request our user
    // did not answer is dismissed (Cancelled, m.timeout, nothing sent: another of our devices may still
    // answer it) at requestExpiresMs().
    std::vector<VerificationMessage> checkTimeout(qint64 nowMs);
    // An incoming request: when its prompt goes away (10 minutes after it was sent, 2 after it arrived).
    qint64 requestExpiresMs() const;
    // An incoming request names a method we support: when not, our user is told and may only decline
    // (the spec: do not cancel by ourselves, another device may support it).
    bool hasCommonMethod() const;

    State state() const { return m_state; }
    const VerificationFlow &flow() const { return m_flow; }
    QString otherUserId() const { return m_otherUserId; }
    QString otherDeviceId() const { return m_otherDeviceId; }
    bool weStarted() const { return m_weRequested; } // we sent the request (or the start without one)
    bool weSentStart() const { return m_weSentStart; }
    QStringList theirMethods() const { return m_theirMethods; }
    // What we offered: all we support in our request, the common ones in our ready.
    QStringList ourMethods() const { return m_ourMethods; }
    // Another method (a QR code) ended the flow: Done, or Cancelled with this code.
    void markDone();
    void markCancelled(const QString &code, const QString &reason, bool byUs);
    // Valid from ShowingSas on.
    std::array<int, 7> emojiIndices() const { return m_emoji; }
    std::array<int, 3> decimals() const { return m_decimals; }
    bool showsEmoji() const { return m_sasMethods.contains(QStringLiteral("emoji")); }
    // Cancelled: the code and reason (ours or theirs) and who cancelled.
    QString cancelCode() const { return m_cancelCode; }
    QString cancelReason() const { return m_cancelReason; }
    bool cancelledByUs() const { return m_cancelledByUs; }
    // Done: whether the other device's key and their master key were verified by their MAC.
    bool verifiedOtherDevice() const { return m_verifiedDevice; }
    bool verifiedOtherMasterKey() const { return m_verifiedMaster; }

private:
    SasVerification() = default;
    std::vector<VerificationMessage> fail(const QString &code, const QString &reason);
    std::vector<VerificationMessage> onReady(const QJsonObject &content, const QString &sender);
    std::vector<VerificationMessage> onStart(const QJsonObject &content);
    std::vector<VerificationMessage> acceptStart();
    std::vector<VerificationMessage> onAccept(const QJsonObject &content);
    std::vector<VerificationMessage> onKey(const QJsonObject &content);
    std::vector<VerificationMessage> onMac(const QJsonObject &content);
    std::vector<VerificationMessage> onDone();
    std::vector<VerificationMessage> keyMessage();
    Status computeSas();
    Result<QJsonObject> macContent() const;
    Status checkTheirMac();
    std::vector<VerificationMessage> finishIfComplete();
    QByteArray macInfo(const QString &senderUser, const QString &senderDevice, const QString &receiverUser,
                       const QString &receiverDevice, const QString &keyId) const;

    VerificationFlow m_flow;
    VerificationKeys m_ours;
    QString m_otherUserId;
    QString m_otherDeviceId;
    QString m_otherDeviceEd25519;
    QString m_otherMasterKey;
    qint64 m_createdMs = 0;
    qint64 m_requestSentMs = 0; // an incoming request's timestamp / origin_server_ts
    State m_state = State::Requested;
    bool m_weRequested = false;
    bool m_weSentStart = false;
    bool m_requestless = false; // started by a start without a request (no done is expected)
    QStringList m_theirMethods;
    QStringList m_ourMethods;
    QStringList m_offeredMethods; // what this device can do, before ready narrows it to m_ourMethods

    std::optional<Sas> m_sas;
    QJsonObject m_startContent; // the start in force, as on the wire (for the commitment)
    QStringList m_sasMethods;   // agreed short_authentication_string
    QString m_commitment;       // theirs (we started) from accept
    QString m_theirKey;
    bool m_sentKey = false;
    std::array<int, 7> m_emoji{};
    std::array<int, 3> m_decimals{};

    bool m_confirmed = false;
    QJsonObject m_theirMac; // received m.key.verification.mac content, checked once we confirm
    bool m_theirMacChecked = false;
    bool m_sentDone = false;
    bool m_theirDone = false;
    bool m_verifiedDevice = false;
    bool m_verifiedMaster = false;

    QString m_cancelCode;
    QString m_cancelReason;
    bool m_cancelledByUs = false;
};

} // namespace lattice::crypto
