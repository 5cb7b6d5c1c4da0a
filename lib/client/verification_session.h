#pragma once
// One device or user verification flow as QML and the CLI see it: a QObject over the sans-I/O
// crypto::SasVerification, owned by the VerificationService, which carries its messages.
#include "crypto/sas_verification.h"

#include <QObject>
#include <QVariantList>
#include <optional>

namespace lattice {

class VerificationService;

class VerificationSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString otherUserId READ otherUserId CONSTANT)
    Q_PROPERTY(QString otherDeviceId READ otherDeviceId NOTIFY changed)
    Q_PROPERTY(bool weStarted READ weStarted CONSTANT)
    Q_PROPERTY(bool inRoom READ inRoom CONSTANT)
    Q_PROPERTY(QString roomId READ roomId CONSTANT)
    Q_PROPERTY(QVariantList emoji READ emoji NOTIFY changed)       // [{symbol, name}] ×7
    Q_PROPERTY(QVariantList decimals READ decimals NOTIFY changed) // [int] ×3
    Q_PROPERTY(QString cancelCode READ cancelCode NOTIFY changed)
    Q_PROPERTY(QString cancelReason READ cancelReason NOTIFY changed)
    Q_PROPERTY(bool cancelledByUs READ cancelledByUs NOTIFY changed)
public:
    enum State { Requested, Ready, Started, ShowingSas, WaitingForOther, Done, Cancelled };
    Q_ENUM(State)

    State state() const;
    QString otherUserId() const { return m_otherUserId; }
    QString otherDeviceId() const;
    bool weStarted() const { return m_weStarted; }
    bool inRoom() const { return !m_roomId.isEmpty(); }
    QString roomId() const { return m_roomId; }
    QString flowId() const { return m_sas ? m_sas->flow().flowId : QString(); }
    QVariantList emoji() const;
    QVariantList decimals() const;
    QString cancelCode() const;
    QString cancelReason() const; // a translated sentence for the UI
    bool cancelledByUs() const;
    bool isFinished() const { return state() == Done || state() == Cancelled; }

    // Our user accepts an incoming request (sends ready; the SAS starts when either side starts it).
    Q_INVOKABLE void accept();
    // Starts SAS once Ready (the service does this itself for flows we requested).
    Q_INVOKABLE void startSas();
    // The emoji match on both screens.
    Q_INVOKABLE void confirm();
    // They do not match: cancels with m.mismatched_sas.
    Q_INVOKABLE void mismatch();
    // Declines a request or stops a flow (m.user).
    Q_INVOKABLE void cancel();

    // A translated sentence for a cancel code of the spec.
    static QString describeCancelCode(const QString &code);

Q_SIGNALS:
    void changed();
    void finished(); // Done (trust stored) or Cancelled

private:
    friend class VerificationService;
    VerificationSession(VerificationService &service, QString otherUserId, QString roomId, bool weStarted,
                        QObject *parent);
    void apply(std::vector<crypto::VerificationMessage> messages);
    void fail(const QString &reason); // a local failure (sending, storing trust): Cancelled

    VerificationService &m_service;
    QString m_otherUserId;
    QString m_roomId; // empty for to-device flows
    bool m_weStarted = false;
    std::optional<crypto::SasVerification> m_sas; // unset until an in-room request has its event ID
    bool m_trustStored = false;                   // Done is shown only once the device's trust is stored
    QString m_localFailure;
    bool m_announcedFinish = false;
};

} // namespace lattice
