#pragma once
// QR code verification (spec: end_to_end_encryption.md "QR codes"), sans-I/O and transport-neutral.
// The request/ready/done framework around it lives elsewhere: this object only decides what the code
// shows, whether a scanned code matches what we know, whether the m.reciprocate.v1 start carries our
// secret, and which key becomes trusted. Outgoing messages are (type, content) pairs without
// transaction_id or m.relates_to; the transport adds whichever it needs.
#include "crypto/qr_verification_codec.h"
#include "protocol/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lattice::crypto {

inline constexpr char qrShowMethod[] = "m.qr_code.show.v1";
inline constexpr char qrScanMethod[] = "m.qr_code.scan.v1";
inline constexpr char qrReciprocateMethod[] = "m.reciprocate.v1";

// What this device knows when the verification begins. Keys are unpadded base64 Ed25519 keys, as
// /keys/query and UserIdentity carry them; empty when unknown.
struct QrParties
{
    QString ownUserId;
    QString ownDeviceId;
    QString ownDeviceKey;             // this device's Ed25519 key
    QString ownMasterKey;             // our master key as this device knows it
    bool ownMasterKeyTrusted = false; // this device holds it or verified it earlier
    QString theirUserId;
    QString theirDeviceId;
    QString theirDeviceKey; // the other device's Ed25519 key (self-verification)
    QString theirMasterKey; // the other user's master key (verifying another user)
};

// A message to send: m.key.verification.start, .done or .cancel.
struct QrMessage
{
    QString type;
    QJsonObject content;
};

// What the verification proved, once it is Done. MasterKey: the user's cross-signing identity (another
// user: sign it with our user-signing key; ourselves: our master key is now trusted). DeviceKey: one of
// our own devices (mark it verified and sign it with our self-signing key).
struct QrTrust
{
    enum class Kind { MasterKey, DeviceKey };
    Kind kind = Kind::MasterKey;
    QString userId;
    QString deviceId; // DeviceKey only
    QString key;      // unpadded base64 Ed25519
    bool operator==(const QrTrust &) const = default;
};

class QrVerification
{
public:
    enum class Role { Showing, Scanning };
    enum class State {
        Showing,              // shower: the code is on screen; waiting for the other side's start
        AwaitingConfirmation, // shower: the secret matched; ask the user whether the other side succeeded
        Confirmed,            // shower: the user confirmed and done was sent; waiting for their done
        Reciprocated,         // scanner: the keys matched and start was sent; waiting for their done
        Done,
        Cancelled,
    };

    // The side that shows the code. The mode follows from the parties: another user → 0x00 (needs our
    // trusted master key and theirs); ourselves with a trusted master key → 0x01 (needs their device
    // key); ourselves without → 0x02. A Usage error names the key that is missing.
    static Result<QrVerification> show(const QrParties &parties, const QString &flowId);
    // The side that scans. An Error (nothing to send) when the bytes are not a Matrix verification code,
    // so the user can scan again; otherwise a verification that is Reciprocated (a start to send) or
    // Cancelled (a cancel to send: m.key_mismatch, m.user_mismatch or m.unexpected_message for a code of
    // another request).
    static Result<QrVerification> scan(const QrParties &parties, const QString &flowId,
                                       const QByteArray &payload);

    Role role() const { return m_role; }
    State state() const { return m_state; }
    QrMode mode() const { return m_code.mode; }
    QString flowId() const { return m_code.flowId; }
    const QrCodeData &code() const { return m_code; }
    // Shower: the bytes to render as a QR code.
    QByteArray payload() const;
    // Shower: the start content the other side must send after scanning (method, secret, from_device).
    QJsonObject expectedStartContent() const;

    // Shower: the other side's m.key.verification.start. With our secret → AwaitingConfirmation; a wrong
    // secret → cancel m.key_mismatch; another method → m.unknown_method; malformed → m.invalid_message;
    // in another state → m.unexpected_message.
    void receiveStart(const QJsonObject &content);
    // Shower: the user saw the other device report success. Sends done. A Usage error in another state.
    Status confirmScanned();
    // The other side's m.key.verification.done: Done (the scanner answers with its own done). A scanner
    // may send it right after its start; the shower keeps it until its user confirms.
    void receiveDone();
    // The other side cancelled.
    void receiveCancel(const QJsonObject &content);
    // We cancel (e.g. m.user when the user says the other side did not succeed, m.timeout).
    void cancel(const QString &code, const QString &reason);

    // What became trusted; set once Done.
    std::optional<QrTrust> trusted() const;
    // Why it was cancelled (errcode is the cancel code; message a translated sentence); set once Cancelled.
    std::optional<Error> cancelError() const { return m_cancelError; }
    // The messages to send, in order; the outbox is empty afterwards.
    QList<QrMessage> takeMessages();

private:
    QrVerification(Role role, QrParties parties, QrCodeData code);
    void send(const QString &type, QJsonObject content);
    void cancelWith(const QString &code, const char *sentence);

    Role m_role;
    State m_state;
    QrParties m_parties;
    QrCodeData m_code;
    std::optional<QrTrust> m_trust; // what Done will mean, decided when the code is built or scanned
    bool m_theirDone = false;       // shower: their done came before our user confirmed
    std::optional<Error> m_cancelError;
    QList<QrMessage> m_outbox;
};

} // namespace lattice::crypto
