#include "verification_session.h"

#include "verification_service.h"

#include <QVariantMap>

namespace lattice {

using Sas = crypto::SasVerification;

VerificationSession::VerificationSession(VerificationService &service, QString otherUserId, QString roomId,
                                         bool weStarted, QObject *parent)
    : QObject(parent), m_service(service), m_otherUserId(std::move(otherUserId)), m_roomId(std::move(roomId)),
      m_weStarted(weStarted)
{}

VerificationSession::State VerificationSession::state() const
{
    if (!m_localFailure.isEmpty())
        return Cancelled;
    if (!m_sas)
        return Requested;
    if (m_sas->state() != Sas::State::Cancelled && qrEngaged()) {
        switch (m_qr->state()) {
        case crypto::QrVerification::State::AwaitingConfirmation:
            return QrScanned;
        case crypto::QrVerification::State::Done:
            return m_trustStored ? Done : WaitingForOther;
        case crypto::QrVerification::State::Cancelled:
            return Cancelled;
        default:
            return WaitingForOther;
        }
    }
    switch (m_sas->state()) {
    case Sas::State::Requested:
        return Requested;
    case Sas::State::Ready:
        return Ready;
    case Sas::State::Started:
        return Started;
    case Sas::State::ShowingSas:
        return ShowingSas;
    case Sas::State::WaitingForOther:
        return WaitingForOther;
    case Sas::State::Done:
        return m_trustStored ? Done : WaitingForOther;
    case Sas::State::Cancelled:
        return Cancelled;
    }
    return Cancelled;
}

QString VerificationSession::otherDeviceId() const
{
    return m_sas ? m_sas->otherDeviceId() : QString();
}

QVariantList VerificationSession::emoji() const
{
    QVariantList out;
    if (!m_sas || (state() != ShowingSas && state() != WaitingForOther && state() != Done) ||
        !m_sas->showsEmoji())
        return out;
    for (int index : m_sas->emojiIndices()) {
        const crypto::SasEmoji e = crypto::sasEmoji(index);
        out << QVariantMap{{QStringLiteral("symbol"), e.symbol}, {QStringLiteral("name"), e.description}};
    }
    return out;
}

QVariantList VerificationSession::decimals() const
{
    QVariantList out;
    if (!m_sas || (state() != ShowingSas && state() != WaitingForOther && state() != Done))
        return out;
    for (int d : m_sas->decimals())
        out << d;
    return out;
}

QString VerificationSession::cancelCode() const
{
    return m_sas && m_localFailure.isEmpty() ? m_sas->cancelCode() : QString();
}

QString VerificationSession::cancelReason() const
{
    if (!m_localFailure.isEmpty())
        return m_localFailure;
    if (!m_sas || m_sas->state() != Sas::State::Cancelled)
        return {};
    return describeCancelCode(m_sas->cancelCode());
}

bool VerificationSession::cancelledByUs() const
{
    return !m_localFailure.isEmpty() || (m_sas && m_sas->cancelledByUs());
}

QByteArray VerificationSession::qrCode() const
{
    if (state() != Ready || !m_qr || m_qr->role() != crypto::QrVerification::Role::Showing)
        return {};
    return m_qr->payload();
}

bool VerificationSession::canScanQrCode() const
{
    return state() == Ready && m_qrParties &&
           crypto::verification::agreeWeScan(m_sas->ourMethods(), m_sas->theirMethods());
}

bool VerificationSession::canStartSas() const
{
    const QString sas = QLatin1String(crypto::verification::sasMethod);
    return state() == Ready && m_sas->ourMethods().contains(sas) && m_sas->theirMethods().contains(sas);
}

QString VerificationSession::method() const
{
    if (qrEngaged())
        return QLatin1String(crypto::qrReciprocateMethod);
    const Sas::State st = m_sas ? m_sas->state() : Sas::State::Requested;
    if (st == Sas::State::Started || st == Sas::State::ShowingSas || st == Sas::State::WaitingForOther ||
        st == Sas::State::Done)
        return QLatin1String(crypto::verification::sasMethod);
    return {};
}

void VerificationSession::setPreferQrCode(bool prefer)
{
    if (m_preferQr == prefer)
        return;
    m_preferQr = prefer;
    Q_EMIT changed();
}

void VerificationSession::confirmQrScanned()
{
    m_service.confirmQrScanned(this);
}

void VerificationSession::denyQrScanned()
{
    m_service.denyQrScanned(this);
}

bool VerificationSession::scanQrCode(const QByteArray &bytes)
{
    return m_service.scanQrCode(this, bytes);
}

void VerificationSession::accept()
{
    if (m_sas)
        apply(m_sas->accept());
}

void VerificationSession::startSas()
{
    if (m_sas)
        apply(m_sas->startSas());
}

void VerificationSession::confirm()
{
    if (m_sas)
        apply(m_sas->confirm());
}

void VerificationSession::mismatch()
{
    if (m_sas)
        apply(m_sas->mismatch());
}

void VerificationSession::cancel()
{
    if (m_sas)
        apply(m_sas->cancel());
    else
        fail(tr("You cancelled the verification."));
}

void VerificationSession::apply(std::vector<crypto::VerificationMessage> messages)
{
    m_service.afterChange(this, std::move(messages));
}

void VerificationSession::fail(const QString &reason)
{
    if (isFinished())
        return;
    m_localFailure = reason;
    Q_EMIT changed();
    m_announcedFinish = true;
    Q_EMIT finished();
}

QString VerificationSession::describeCancelCode(const QString &code)
{
    if (code == QLatin1String("m.user"))
        return tr("The verification was cancelled.");
    if (code == QLatin1String("m.timeout"))
        return tr("The verification took too long and timed out.");
    if (code == QLatin1String("m.unknown_transaction"))
        return tr("The other device did not know this verification.");
    if (code == QLatin1String("m.unknown_method"))
        return tr("The devices could not agree on a verification method.");
    if (code == QLatin1String("m.unexpected_message"))
        return tr("A device sent a message out of order.");
    if (code == QLatin1String("m.key_mismatch"))
        return tr("The keys did not match: the other device may not be who it claims to be.");
    if (code == QLatin1String("m.user_mismatch"))
        return tr("A message came from an unexpected user or device.");
    if (code == QLatin1String("m.invalid_message"))
        return tr("A device sent an invalid verification message.");
    if (code == QLatin1String("m.accepted"))
        return tr("The request was answered on another device.");
    if (code == QLatin1String("m.mismatched_commitment"))
        return tr("The key commitment did not match: the verification may have been tampered with.");
    if (code == QLatin1String("m.mismatched_sas"))
        return tr("The emoji did not match.");
    return tr("The verification was cancelled (%1).").arg(code);
}

} // namespace lattice
