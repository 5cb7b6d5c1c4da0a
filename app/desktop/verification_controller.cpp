#include "verification_controller.h"

#include "client/people.h"
#include "qr_image_provider.h"

namespace lattice::desktop {

VerificationController::VerificationController(Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    // The E2EE service exists only once the Session is Ready with its pickle key.
    connect(&m_session, &Session::stateChanged, this, [this] { ensureService(); });
    ensureService();
}

VerificationController::~VerificationController() = default;

void VerificationController::ensureService()
{
    TrustServices *trust = m_session.state() == Session::State::Ready ? m_session.trust() : nullptr;
    if (!trust) {
        if (m_service || m_current) {
            m_current = nullptr;
            m_service = nullptr;
            m_gossip = nullptr;
            Q_EMIT secretsChanged();
            Q_EMIT currentChanged();
            Q_EMIT availableChanged();
        }
        return;
    }
    if (m_service == &trust->verification())
        return;
    // The Session's one service: it is also the one lattice-cli and other views use.
    m_service = &trust->verification();
    // The app has no camera: it shows codes but does not offer to scan one (spec "QR codes").
    trust->verification().setMethods(crypto::verification::offeredMethods(/*canScan=*/false));
    m_gossip = trust->secretGossip();
    connect(m_gossip, &SecretGossip::changed, this, &VerificationController::secretsChanged);
    Q_EMIT secretsChanged();
    connect(m_service, &VerificationService::incomingRequest, this, [this](VerificationSession *session) {
        // A running flow keeps the dialog; a second request waits its turn by being declined later if
        // ignored.
        if (m_current && !m_current->isFinished())
            return;
        show(session);
    });
    Q_EMIT availableChanged();
}

bool VerificationController::secretsPending() const
{
    const SecretGossip *gossip = m_gossip.data();
    return gossip != nullptr && gossip->state() == SecretGossip::Requesting;
}

QString VerificationController::secretsNotice() const
{
    if (const SecretGossip *gossip = m_gossip.data())
        return gossip->notice();
    return QString();
}

void VerificationController::show(VerificationSession *session)
{
    // The dialog shows our QR code when both sides can use one, with emoji one click away.
    session->setPreferQrCode(true);
    m_current = session;
    Q_EMIT currentChanged();
}

void VerificationController::verifyDevice(const QString &userId, const QString &deviceId)
{
    if (!m_service)
        return;
    show(m_service->requestDeviceVerification(userId, deviceId));
}

bool VerificationController::verifyUser(const QString &userId)
{
    if (!m_service)
        return false;
    const QString roomId = existingDirectChat(m_session, userId);
    if (roomId.isEmpty())
        return false;
    show(m_service->requestUserVerification(roomId, userId));
    return true;
}

QString VerificationController::qrImageId(const QByteArray &payload) const
{
    return payload.isEmpty() ? QString() : QrImageProvider::idFor(payload);
}

void VerificationController::dismiss()
{
    if (m_current && !m_current->isFinished())
        m_current->cancel();
    m_current = nullptr;
    Q_EMIT currentChanged();
}

} // namespace lattice::desktop
