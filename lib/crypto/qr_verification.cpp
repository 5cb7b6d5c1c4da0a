#include "qr_verification.h"

#include "base64.h"
#include "crypto_error.h"
#include "random.h"

#include <QCoreApplication>
#include <utility>

namespace lattice::crypto {
namespace {

const QString startType = QStringLiteral("m.key.verification.start");
const QString doneType = QStringLiteral("m.key.verification.done");
const QString cancelType = QStringLiteral("m.key.verification.cancel");

// A known key as raw bytes; empty when unknown or not a 32-byte key.
QByteArray rawKey(const QString &base64)
{
    if (base64.isEmpty())
        return {};
    Result<QByteArray> raw = base64Decode(base64.toLatin1());
    if (!raw || raw->size() != qrKeyLength)
        return {};
    return *raw;
}

bool sameKey(const QByteArray &inCode, const QString &known)
{
    const QByteArray raw = rawKey(known);
    return !raw.isEmpty() && constantTimeEquals(inCode, raw);
}

Error missingKey(const char *sentence)
{
    return usageError(sentence, QStringLiteral("QR_MISSING_KEY"));
}

} // namespace

QrVerification::QrVerification(Role role, QrParties parties, QrCodeData code)
    : m_role(role), m_state(role == Role::Showing ? State::Showing : State::Reciprocated),
      m_parties(std::move(parties)), m_code(std::move(code))
{}

Result<QrVerification> QrVerification::show(const QrParties &parties, const QString &flowId)
{
    QrCodeData code;
    code.flowId = flowId;
    QrTrust trust;
    const QByteArray ownMaster = rawKey(parties.ownMasterKey);
    if (parties.theirUserId != parties.ownUserId) {
        // Showing our master key to another user only makes sense when this device trusts it: otherwise
        // they could end up signing a key an attacker put on the server.
        if (ownMaster.isEmpty() || !parties.ownMasterKeyTrusted)
            return missingKey(QT_TRANSLATE_NOOP(
                "lattice::Crypto", "This device does not have a trusted cross-signing key to show."));
        code.mode = QrMode::VerifyingAnotherUser;
        code.firstKey = ownMaster;
        code.secondKey = rawKey(parties.theirMasterKey);
        if (code.secondKey.isEmpty())
            return missingKey(
                QT_TRANSLATE_NOOP("lattice::Crypto", "The other user has no cross-signing key to verify."));
        trust = {QrTrust::Kind::MasterKey, parties.theirUserId, {}, parties.theirMasterKey};
    } else if (parties.ownMasterKeyTrusted) {
        if (ownMaster.isEmpty())
            return missingKey(
                QT_TRANSLATE_NOOP("lattice::Crypto", "This account has no cross-signing key to show."));
        code.mode = QrMode::SelfVerifyingTrusted;
        code.firstKey = ownMaster;
        code.secondKey = rawKey(parties.theirDeviceKey);
        if (code.secondKey.isEmpty())
            return missingKey(
                QT_TRANSLATE_NOOP("lattice::Crypto", "The other device's signing key is not known yet."));
        trust = {QrTrust::Kind::DeviceKey, parties.theirUserId, parties.theirDeviceId,
                 parties.theirDeviceKey};
    } else {
        code.mode = QrMode::SelfVerifyingUntrusted;
        code.firstKey = rawKey(parties.ownDeviceKey);
        code.secondKey = ownMaster;
        if (code.firstKey.isEmpty())
            return missingKey(
                QT_TRANSLATE_NOOP("lattice::Crypto", "This device's signing key is not known."));
        if (code.secondKey.isEmpty())
            return missingKey(
                QT_TRANSLATE_NOOP("lattice::Crypto", "This account has no cross-signing key to verify."));
        trust = {QrTrust::Kind::MasterKey, parties.ownUserId, {}, parties.ownMasterKey};
    }
    code.sharedSecret = randomBytes(16); // twice the suggested 8 bytes: guessing it is hopeless
    Result<QByteArray> encoded = encodeQrCode(code);
    if (!encoded)
        return encoded.error(); // an empty or oversized flow ID
    QrVerification flow(Role::Showing, parties, std::move(code));
    flow.m_trust = std::move(trust);
    return flow;
}

Result<QrVerification> QrVerification::scan(const QrParties &parties, const QString &flowId,
                                            const QByteArray &payload)
{
    Result<QrCodeData> decoded = decodeQrCode(payload);
    if (!decoded)
        return decoded.error();
    QrVerification flow(Role::Scanning, parties, std::move(*decoded));
    const QrCodeData &code = flow.m_code;
    const bool self = parties.theirUserId == parties.ownUserId;

    if (code.flowId != flowId) {
        flow.cancelWith(
            QStringLiteral("m.unexpected_message"),
            QT_TRANSLATE_NOOP("lattice::Crypto", "The scanned code belongs to another verification."));
        return flow;
    }
    if (self != (code.mode != QrMode::VerifyingAnotherUser)) {
        flow.cancelWith(
            QStringLiteral("m.user_mismatch"),
            self ? QT_TRANSLATE_NOOP("lattice::Crypto",
                                     "The scanned code is for verifying another user, not this account.")
                 : QT_TRANSLATE_NOOP("lattice::Crypto",
                                     "The scanned code is for verifying one's own devices."));
        return flow;
    }

    bool match = false;
    switch (code.mode) {
    case QrMode::VerifyingAnotherUser:
        // First: their master key as they see it; second: ours as they see it.
        match =
            sameKey(code.firstKey, parties.theirMasterKey) && sameKey(code.secondKey, parties.ownMasterKey);
        flow.m_trust = QrTrust{QrTrust::Kind::MasterKey, parties.theirUserId, {}, parties.theirMasterKey};
        break;
    case QrMode::SelfVerifyingTrusted:
        // The other device trusts the master key and vouches for our device key: we learn the master key.
        match = sameKey(code.firstKey, parties.ownMasterKey) && sameKey(code.secondKey, parties.ownDeviceKey);
        flow.m_trust = QrTrust{QrTrust::Kind::MasterKey, parties.ownUserId, {}, parties.ownMasterKey};
        break;
    case QrMode::SelfVerifyingUntrusted:
        // The other device wants to learn the master key from us, so we must trust it ourselves.
        match = parties.ownMasterKeyTrusted && sameKey(code.firstKey, parties.theirDeviceKey) &&
                sameKey(code.secondKey, parties.ownMasterKey);
        flow.m_trust = QrTrust{QrTrust::Kind::DeviceKey, parties.theirUserId, parties.theirDeviceId,
                               parties.theirDeviceKey};
        break;
    }
    if (!match) {
        flow.cancelWith(
            QStringLiteral("m.key_mismatch"),
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The keys in the scanned code do not match the keys this device knows."));
        return flow;
    }
    flow.send(startType,
              QJsonObject{{QStringLiteral("from_device"), parties.ownDeviceId},
                          {QStringLiteral("method"), QLatin1String(qrReciprocateMethod)},
                          {QStringLiteral("secret"), QString::fromLatin1(base64Encode(code.sharedSecret))}});
    return flow;
}

QByteArray QrVerification::payload() const
{
    Result<QByteArray> encoded = encodeQrCode(m_code);
    return encoded ? *encoded : QByteArray(); // show() and scan() already checked it encodes
}

QJsonObject QrVerification::expectedStartContent() const
{
    return {{QStringLiteral("from_device"), m_parties.theirDeviceId},
            {QStringLiteral("method"), QLatin1String(qrReciprocateMethod)},
            {QStringLiteral("secret"), QString::fromLatin1(base64Encode(m_code.sharedSecret))}};
}

void QrVerification::receiveStart(const QJsonObject &content)
{
    if (m_role != Role::Showing || m_state != State::Showing) {
        cancelWith(
            QStringLiteral("m.unexpected_message"),
            QT_TRANSLATE_NOOP("lattice::Crypto", "The other device started the verification out of order."));
        return;
    }
    if (content.value(QStringLiteral("method")).toString() != QLatin1String(qrReciprocateMethod)) {
        cancelWith(
            QStringLiteral("m.unknown_method"),
            QT_TRANSLATE_NOOP("lattice::Crypto", "The other device chose a method other than the QR code."));
        return;
    }
    const QJsonValue secretValue = content.value(QStringLiteral("secret"));
    const QJsonValue fromDevice = content.value(QStringLiteral("from_device"));
    Result<QByteArray> secret = base64Decode(secretValue.toString().toLatin1());
    if (!secretValue.isString() || !fromDevice.isString() || !secret) {
        cancelWith(QStringLiteral("m.invalid_message"),
                   QT_TRANSLATE_NOOP("lattice::Crypto", "The other device's start message is malformed."));
        return;
    }
    if (!m_parties.theirDeviceId.isEmpty() && fromDevice.toString() != m_parties.theirDeviceId) {
        cancelWith(QStringLiteral("m.unexpected_message"),
                   QT_TRANSLATE_NOOP("lattice::Crypto", "The start message came from another device."));
        return;
    }
    if (!constantTimeEquals(*secret, m_code.sharedSecret)) {
        cancelWith(
            QStringLiteral("m.key_mismatch"),
            QT_TRANSLATE_NOOP("lattice::Crypto",
                              "The other device did not send the secret from this code: someone may be "
                              "attempting an attack."));
        return;
    }
    m_state = State::AwaitingConfirmation;
}

Status QrVerification::confirmScanned()
{
    if (m_role != Role::Showing || m_state != State::AwaitingConfirmation)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The other device has not scanned this code yet."),
            QStringLiteral("QR_NOT_SCANNED"));
    send(doneType, {});
    m_state = m_theirDone ? State::Done : State::Confirmed;
    return success();
}

void QrVerification::receiveDone()
{
    if (m_state == State::Reciprocated) {
        send(doneType, {});
        m_state = State::Done;
    } else if (m_state == State::Confirmed) {
        m_state = State::Done;
    } else if (m_state == State::AwaitingConfirmation) {
        m_theirDone = true; // still our user's word to wait for: they saw the other screen
    } else if (m_state != State::Cancelled && m_state != State::Done) {
        cancelWith(
            QStringLiteral("m.unexpected_message"),
            QT_TRANSLATE_NOOP("lattice::Crypto", "The other device finished before the code was confirmed."));
    }
}

void QrVerification::receiveCancel(const QJsonObject &content)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return;
    Error e = Error::make(Error::Kind::Cancelled,
                          QCoreApplication::translate("lattice::Crypto", "The other device cancelled: %1")
                              .arg(content.value(QStringLiteral("reason")).toString()));
    e.errcode = content.value(QStringLiteral("code")).toString();
    m_cancelError = std::move(e);
    m_state = State::Cancelled;
}

void QrVerification::cancel(const QString &code, const QString &reason)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return;
    send(cancelType, {{QStringLiteral("code"), code}, {QStringLiteral("reason"), reason}});
    Error e = Error::make(Error::Kind::Cancelled, reason);
    e.errcode = code;
    m_cancelError = std::move(e);
    m_state = State::Cancelled;
}

std::optional<QrTrust> QrVerification::trusted() const
{
    if (m_state != State::Done)
        return std::nullopt;
    return m_trust;
}

QList<QrMessage> QrVerification::takeMessages()
{
    return std::exchange(m_outbox, {});
}

void QrVerification::send(const QString &type, QJsonObject content)
{
    m_outbox.append({type, std::move(content)});
}

void QrVerification::cancelWith(const QString &code, const char *sentence)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return;
    // The other side reads the reason in its own language setting, so the wire carries the source text.
    send(cancelType,
         {{QStringLiteral("code"), code}, {QStringLiteral("reason"), QString::fromUtf8(sentence)}});
    Error e = Error::make(Error::Kind::Cancelled, QCoreApplication::translate("lattice::Crypto", sentence));
    e.errcode = code;
    m_cancelError = std::move(e);
    m_state = State::Cancelled;
}

} // namespace lattice::crypto
