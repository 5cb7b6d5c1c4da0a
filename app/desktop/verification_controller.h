#pragma once
// Device and user verification for the QML views: owns the account's VerificationService once the
// Session has its E2EE service, and hands QML the flow to show (`current`): an incoming request, or one
// the user started from a device list or a person's card. QML binds a VerificationDialog to it.
#include "client/secret_gossip.h"
#include "client/session.h"
#include "client/verification_service.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace lattice::desktop {

class VerificationController : public QObject
{
    Q_OBJECT
    // The flow the dialog shows, or null.
    Q_PROPERTY(lattice::VerificationSession *current READ current NOTIFY currentChanged)
    // False until the account's encryption is running (nothing can be verified before).
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // After one of our own devices is verified, this device asks it for the keys it lacks (SecretGossip):
    // true while waiting, then one sentence saying what was received or why not ("" when nothing asked).
    Q_PROPERTY(bool secretsPending READ secretsPending NOTIFY secretsChanged)
    Q_PROPERTY(QString secretsNotice READ secretsNotice NOTIFY secretsChanged)

public:
    explicit VerificationController(Session &session, QObject *parent = nullptr);
    ~VerificationController() override;

    VerificationSession *current() const { return m_current; }
    bool available() const { return m_service != nullptr; }
    VerificationService *service() const { return m_service; }
    bool secretsPending() const;
    QString secretsNotice() const;

    // One device (ours or another user's), over to-device messages.
    Q_INVOKABLE void verifyDevice(const QString &userId, const QString &deviceId);
    // Another user, in the direct chat with them; false (and nothing started) when there is none.
    Q_INVOKABLE bool verifyUser(const QString &userId);
    // Hides a finished flow (or cancels a running one) and clears `current`.
    Q_INVOKABLE void dismiss();
    // The image://qr/ id of a verification's QR code (VerificationSession::qrCode), empty for no code.
    Q_INVOKABLE QString qrImageId(const QByteArray &payload) const;

Q_SIGNALS:
    void currentChanged();
    void availableChanged();
    void secretsChanged();

private:
    void ensureService();
    void show(VerificationSession *session);

    Session &m_session;
    QPointer<VerificationService> m_service; // owned by the Session's TrustServices
    QPointer<VerificationSession> m_current;
    QPointer<SecretGossip> m_gossip;
};

} // namespace lattice::desktop
