#pragma once
// One device or user verification flow as QML and the CLI see it: a QObject over the sans-I/O
// crypto::SasVerification (request/ready and SAS) and crypto::QrVerification (QR codes, both ways), owned
// by the VerificationService, which carries its messages.
#include "crypto/qr_verification.h"
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
    // Ready: the bytes of our QR code for the other device to scan (empty when we cannot show one).
    Q_PROPERTY(QByteArray qrCode READ qrCode NOTIFY changed)
    // Ready: the other device shows a code we may scan (scanQrCode).
    Q_PROPERTY(bool canScanQrCode READ canScanQrCode NOTIFY changed)
    // Ready: both sides can compare emoji (startSas).
    Q_PROPERTY(bool canStartSas READ canStartSas NOTIFY changed)
    // Requested (incoming): the request names a method we support. When not, the user may only decline.
    Q_PROPERTY(bool canAccept READ canAccept NOTIFY changed)
    // The method in force once started: m.sas.v1 or m.reciprocate.v1 (a QR code); empty before.
    Q_PROPERTY(QString method READ method NOTIFY changed)
    // Ready: wait for a QR code scan (or the user's choice) instead of starting SAS by ourselves.
    Q_PROPERTY(bool preferQrCode READ preferQrCode WRITE setPreferQrCode NOTIFY changed)
public:
    // QrScanned: the other device scanned our code; our user says whether it reported success
    // (confirmQrScanned / denyQrScanned). Last, so that the values before it keep their numbers.
    enum State { Requested, Ready, Started, ShowingSas, WaitingForOther, Done, Cancelled, QrScanned };
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
    QByteArray qrCode() const;
    bool canScanQrCode() const;
    bool canStartSas() const;
    bool canAccept() const { return m_sas && m_sas->hasCommonMethod(); }
    // The methods each side named in its request or ready (empty before the flow exists).
    QStringList ourMethods() const { return m_sas ? m_sas->ourMethods() : QStringList(); }
    QStringList theirMethods() const { return m_sas ? m_sas->theirMethods() : QStringList(); }
    QString method() const;
    bool preferQrCode() const { return m_preferQr; }
    void setPreferQrCode(bool prefer);

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
    // QrScanned: the other device showed that it verified us ("a green shield"): done goes out.
    Q_INVOKABLE void confirmQrScanned();
    // QrScanned: it did not: cancels (m.user).
    Q_INVOKABLE void denyQrScanned();
    // Ready: the raw bytes of the other device's QR code. False (nothing sent) when they are not a
    // Matrix verification code, so the user may scan again; otherwise the flow goes on (WaitingForOther)
    // or is cancelled because the keys do not match.
    Q_INVOKABLE bool scanQrCode(const QByteArray &bytes);

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
    // A QR flow was scanned one way or the other: its state decides ours.
    bool qrEngaged() const { return m_qr && m_qr->state() != crypto::QrVerification::State::Showing; }

    VerificationService &m_service;
    QString m_otherUserId;
    QString m_roomId; // empty for to-device flows
    bool m_weStarted = false;
    std::optional<crypto::SasVerification> m_sas; // unset until an in-room request has its event ID
    std::optional<crypto::QrVerification> m_qr;   // our shown code, or the one we scanned
    std::optional<crypto::QrParties> m_qrParties; // the keys known at Ready, for showing and scanning
    bool m_qrPrepared = false;                    // the keys were looked up once Ready
    bool m_preferQr = false;
    bool m_toAllDevices = false;     // to-device request sent to every device of ours, none chosen yet
    bool m_toAllDevicesSent = false; // ... and it stays so: answers from the others are ignored
    bool m_trustStored = false;      // Done is shown only once the device's trust is stored
    QString m_localFailure;
    bool m_announcedFinish = false;
};

} // namespace lattice
