// QR code verification inside a VerificationService flow (spec end_to_end_encryption.md "QR codes"):
// once both sides are Ready, our code is made from the keys this device knows; the other side's
// m.reciprocate.v1 start, done and cancel go to the QR flow instead of SAS; scanning their code sends our
// start. The trust a finished QR flow proved is stored by VerificationService::storeTrust like SAS's.
#include "verification_service.h"

#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcVerification)

namespace lattice {

using crypto::QrVerification;
using crypto::SasVerification;
namespace framework = crypto::verification;

namespace {

const QString kStart = QStringLiteral("m.key.verification.start");
const QString kDone = QStringLiteral("m.key.verification.done");
const QString kCancel = QStringLiteral("m.key.verification.cancel");

} // namespace

void VerificationService::startSasIfOurs(VerificationSession *session)
{
    SasVerification &sas = *session->m_sas;
    // We asked, they are ready: start SAS unless our user waits for a QR code scan.
    if (sas.weStarted() && sas.state() == SasVerification::State::Ready && !sas.weSentStart() &&
        session->canStartSas())
        afterChange(session, sas.startSas());
}

void VerificationService::prepareQr(VerificationSession *session)
{
    if (session->m_qrPrepared)
        return;
    session->m_qrPrepared = true;
    const SasVerification &sas = *session->m_sas;
    const bool show = framework::agreeWeShow(sas.ourMethods(), sas.theirMethods());
    const bool scan = framework::agreeWeScan(sas.ourMethods(), sas.theirMethods());
    if (!show && !scan)
        return startSasIfOurs(session);
    QPointer<VerificationService> self(this);
    withKeys(session->otherUserId(), session->otherDeviceId(), [this, self, flow = session, show](Keys keys) {
        // Sessions live as long as the service.
        if (!self || !flow->m_sas || flow->m_sas->state() != SasVerification::State::Ready)
            return;
        crypto::QrParties parties;
        parties.ownUserId = m_userId;
        parties.ownDeviceId = m_e2ee.deviceId();
        parties.ownDeviceKey = keys.ourEd25519;
        parties.ownMasterKey = keys.ourMasterKnown;
        parties.ownMasterKeyTrusted = !keys.ourMaster.isEmpty();
        parties.theirUserId = flow->otherUserId();
        parties.theirDeviceId = flow->otherDeviceId();
        parties.theirDeviceKey = keys.deviceEd25519;
        parties.theirMasterKey = keys.otherMaster;
        flow->m_qrParties = parties;
        if (show && !flow->m_qr) {
            Result<QrVerification> qr = QrVerification::show(parties, flow->flowId());
            if (qr)
                flow->m_qr.emplace(std::move(*qr));
            else
                qCInfo(lcVerification) << "not showing a QR code:" << qr.error().message;
        }
        Q_EMIT flow->changed();
        // Without a code of ours to show, SAS it is (a scan by our user, e.g. lattice-cli --scan, happened
        // in changed() above already).
        if (!flow->m_preferQr || !flow->m_qr)
            startSasIfOurs(flow);
    });
}

bool VerificationService::handleQrMessage(VerificationSession *session, const QString &type,
                                          const QJsonObject &content, const QString &sender)
{
    if (sender != session->otherUserId() || !session->m_sas)
        return false;
    const bool reciprocate = type == kStart && content.value(QStringLiteral("method")).toString() ==
                                                   QLatin1String(crypto::qrReciprocateMethod);
    if (reciprocate) {
        // Without a code of ours on screen SAS answers it (m.unknown_method or m.unexpected_message).
        if (!session->m_qr || session->m_qr->role() != QrVerification::Role::Showing ||
            session->m_sas->state() != SasVerification::State::Ready)
            return false;
        session->m_qr->receiveStart(content);
        afterQr(session);
        return true;
    }
    if (!session->qrEngaged())
        return false;
    if (type == kDone) {
        session->m_qr->receiveDone();
    } else if (type == kCancel) {
        session->m_qr->receiveCancel(content);
        session->m_sas->markCancelled(content.value(QStringLiteral("code")).toString(),
                                      content.value(QStringLiteral("reason")).toString(), false);
    } else {
        session->m_qr->cancel(QStringLiteral("m.unexpected_message"),
                              QStringLiteral("Unexpected message ") + type);
    }
    afterQr(session);
    return true;
}

void VerificationService::afterQr(VerificationSession *session)
{
    std::vector<crypto::VerificationMessage> messages;
    for (const crypto::QrMessage &m : session->m_qr->takeMessages())
        messages.push_back({m.type, m.content});
    if (session->m_qr->state() == QrVerification::State::Cancelled) {
        const std::optional<Error> why = session->m_qr->cancelError();
        session->m_sas->markCancelled(why ? why->errcode : QStringLiteral("m.user"),
                                      why ? why->message : QString(), true);
    } else if (session->m_qr->state() == QrVerification::State::Done) {
        session->m_sas->markDone(); // storeTrust then stores what the QR flow proved
    }
    afterChange(session, std::move(messages));
}

bool VerificationService::scanQrCode(VerificationSession *session, const QByteArray &bytes)
{
    if (!session->canScanQrCode())
        return false;
    Result<QrVerification> qr = QrVerification::scan(*session->m_qrParties, session->flowId(), bytes);
    if (!qr) {
        qCInfo(lcVerification) << "not a verification QR code:" << qr.error().message;
        return false;
    }
    session->m_qr.emplace(std::move(*qr)); // replaces the code we showed: one QR flow per verification
    afterQr(session);
    return true;
}

void VerificationService::confirmQrScanned(VerificationSession *session)
{
    if (!session->m_qr || session->state() != VerificationSession::QrScanned)
        return;
    if (Status s = session->m_qr->confirmScanned(); !s)
        return;
    afterQr(session);
}

void VerificationService::denyQrScanned(VerificationSession *session)
{
    if (!session->m_qr || session->state() != VerificationSession::QrScanned)
        return;
    session->m_qr->cancel(QStringLiteral("m.user"),
                          QStringLiteral("The other device did not confirm the scan"));
    afterQr(session);
}

} // namespace lattice
