// lattice-cli verify: SAS verification of a device (to-device) or a user (in their direct chat), or
// answering the next incoming request (--accept). Prints the emoji and numbers and asks whether they match.
// With --qr it shows our QR code in the terminal instead and asks whether the other side saw success once
// they scanned it; --scan-bytes/--scan feed the other side's code (raw bytes, or an image for zbarimg).
#include "cli_app.h"

#include "client/people.h"
#include "client/secret_gossip.h"
#include "client/qr_text.h"
#include "client/verification_service.h"

#include <QFile>
#include <QProcess>
#include <QTimer>
#include <cstdio>

namespace lattice::cli {

namespace {

constexpr int kVerifyDefaultSeconds = 600; // the protocol's own limit for one verification

bool askMatch()
{
    std::fputs("Do they match? [y/N] ", stdout);
    std::fflush(stdout);
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

bool askScanned()
{
    std::fputs("The other device scanned this code. Does it say the verification succeeded? [y/N] ", stdout);
    return askMatch();
}

// The raw bytes of a QR code: from a file or standard input (--scan-bytes), or decoded from an image by
// zbarimg (--scan, package zbar-tools).
Result<QByteArray> readScan(const QString &bytesPath, const QString &imagePath)
{
    if (!bytesPath.isEmpty()) {
        QFile file;
        const bool opened = bytesPath == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(bytesPath), file.open(QIODevice::ReadOnly));
        if (!opened)
            return Error::make(Error::Kind::Usage,
                               QStringLiteral("Cannot read %1: %2").arg(bytesPath, file.errorString()));
        return file.readAll();
    }
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("--quiet"), QStringLiteral("--oneshot"),
                QStringLiteral("-Sbinary"), imagePath});
    if (!zbar.waitForFinished(30000) || zbar.exitStatus() != QProcess::NormalExit)
        return Error::make(
            Error::Kind::Usage,
            QStringLiteral("Could not run zbarimg (install zbar-tools): %1").arg(zbar.errorString()));
    if (zbar.exitCode() != 0)
        return Error::make(Error::Kind::Usage, QStringLiteral("No QR code found in %1.").arg(imagePath));
    QByteArray bytes = zbar.readAllStandardOutput();
    if (bytes.endsWith('\n')) // zbarimg ends its output with a newline even in binary mode
        bytes.chop(1);
    return bytes;
}

} // namespace

// One of our devices is verified: this device asks it for the keys it lacks (SecretGossip), or it may ask
// us for ours. Wait for either before the process ends.
void CliApp::afterOwnDeviceVerified()
{
    TrustServices *trust = m_session->trust();
    SecretGossip *gossip = trust->secretGossip();
    auto serve = [this, trust] {
        // The other device may be new and ask us for secrets now; answer, then end once it is quiet.
        auto quiet = new QTimer(this);
        quiet->setSingleShot(true);
        quiet->setInterval(8000);
        connect(quiet, &QTimer::timeout, this, [this] { done(Ok); });
        connect(&trust->secretSharing(), &SecretSharing::requestHeld, quiet, [quiet] { quiet->start(); });
        connect(&trust->secretSharing(), &SecretSharing::secretShared, quiet,
                [this, quiet](const QString &name, const QString &deviceId) {
                    m_out << "Sent " << name << " to device " << deviceId << ".\n";
                    m_out.flush();
                    quiet->start();
                });
        quiet->start();
    };
    if (!gossip->isFetching())
        return serve();
    if (gossip->state() == SecretGossip::Requesting)
        m_out << "Waiting for your keys from the other device...\n";
    connect(gossip, &SecretGossip::changed, this, [this, gossip] {
        if (gossip->state() == SecretGossip::Requesting) {
            m_out << "Waiting for your keys from the other device...\n";
            m_out.flush();
        }
    });
    connect(gossip, &SecretGossip::finished, this, [this, serve](const SecretGossipOutcome &o) {
        if (o.asked.isEmpty())
            return serve(); // this device lacks nothing: perhaps the other one does
        if (o.crossSigning)
            m_out << "Received the cross-signing keys"
                  << (o.deviceSigned ? "; this device is cross-signed" : "") << ".\n";
        if (o.backup)
            m_out << "Received the key backup key; " << o.keys.imported << " of " << o.keys.total
                  << " keys restored.\n";
        if (!o.failure.isEmpty())
            m_out << "Not received: " << o.failure << '\n';
        m_out.flush();
        done(Ok);
    });
}

void CliApp::verify(const QStringList &args)
{
    const bool acceptIncoming = m_parser.isSet(QStringLiteral("accept"));
    if (acceptIncoming != args.isEmpty())
        return fail(UsageError, QStringLiteral("verify takes USER [DEVICE], or --accept alone; see --help."));
    const int seconds = m_parser.isSet(QStringLiteral("timeout")) ? timeoutSeconds() : kVerifyDefaultSeconds;
    // Their code: read once the flow is ready for it (a script may write it only then).
    const QString scanBytes = m_parser.value(QStringLiteral("scan-bytes"));
    const QString scanImage = m_parser.value(QStringLiteral("scan"));
    const bool scanned = !scanBytes.isEmpty() || !scanImage.isEmpty();
    const bool qr = m_parser.isSet(QStringLiteral("qr")) || scanned;
    withSession([this, args, acceptIncoming, seconds, scanned, scanBytes, scanImage, qr] {
        refresh([this, args, acceptIncoming, seconds, scanned, scanBytes, scanImage, qr] {
            TrustServices *trust = m_session->trust();
            if (!trust)
                return fail(Failed,
                            QStringLiteral("End-to-end encryption is not available for this account."));
            VerificationService *service = &trust->verification();
            // Scanning is offered only when this run can read a code (--scan, --scan-bytes).
            service->setMethods(crypto::verification::offeredMethods(scanned));
            m_session->syncLoop().start();
            QTimer::singleShot(seconds * 1000, this, [this] {
                fail(Failed, QStringLiteral("The verification did not finish within the time allowed."));
            });
            const bool yes = m_parser.isSet(QStringLiteral("yes"));
            auto follow = [this, yes, service, scanned, scanBytes, scanImage,
                           qr](VerificationSession *session) {
                session->setPreferQrCode(qr);
                auto shown = std::make_shared<bool>(false);
                struct QrProgress
                {
                    bool printed = false;
                    bool scanSent = false;
                    bool asked = false;
                };
                auto progress = std::make_shared<QrProgress>();
                connect(
                    session, &VerificationSession::changed, this,
                    [this, session, service, yes, shown, scanned, scanBytes, scanImage, qr, progress] {
                        if (qr && session->state() == VerificationSession::Ready) {
                            if (scanned && !progress->scanSent && session->canScanQrCode()) {
                                progress->scanSent = true;
                                m_out << "Ready to scan: reading the other device's code from "
                                      << (scanImage.isEmpty() ? (scanBytes == QLatin1String("-")
                                                                     ? QStringLiteral("standard input")
                                                                     : scanBytes)
                                                              : scanImage)
                                      << "...\n";
                                m_out.flush();
                                // Reading blocks this thread: our ready must be out first, or the other
                                // side never shows the code we wait for.
                                service->whenIdle([this, session, scanBytes, scanImage] {
                                    Result<QByteArray> bytes = readScan(scanBytes, scanImage);
                                    if (!bytes)
                                        return fail(Failed, bytes.error().message);
                                    if (!session->scanQrCode(*bytes))
                                        return fail(Failed, QStringLiteral(
                                                                "That is not a Matrix verification QR code."));
                                    m_out << "Scanned the other device's code; waiting for it to confirm...\n";
                                    m_out.flush();
                                });
                            } else if (!scanned && !progress->printed && !session->qrCode().isEmpty()) {
                                progress->printed = true;
                                Result<QrMatrix> matrix = encodeQrMatrix(session->qrCode());
                                if (!matrix)
                                    return fail(matrix.error());
                                m_out << "Scan this code with the other device:\n"
                                      << renderQrText(*matrix) << "Waiting for it to be scanned...\n";
                                m_out.flush();
                            }
                        }
                        if (session->state() == VerificationSession::QrScanned && !progress->asked) {
                            progress->asked = true;
                            QTimer::singleShot(0, session, [session, yes] {
                                if (yes || askScanned())
                                    session->confirmQrScanned();
                                else
                                    session->denyQrScanned();
                            });
                        }
                        if (session->state() != VerificationSession::ShowingSas || *shown)
                            return;
                        *shown = true;
                        m_out << "Compare with the other device:\n";
                        for (const QVariant &e : session->emoji()) {
                            const QVariantMap m = e.toMap();
                            m_out << "  " << m.value(QStringLiteral("symbol")).toString() << "  "
                                  << m.value(QStringLiteral("name")).toString() << '\n';
                        }
                        QStringList numbers;
                        for (const QVariant &d : session->decimals())
                            numbers << QString::number(d.toInt());
                        m_out << "Numbers: " << numbers.join(u' ') << '\n';
                        m_out.flush();
                        // Let the state change finish before blocking on the terminal.
                        QTimer::singleShot(0, session, [session, yes] {
                            if (yes || askMatch())
                                session->confirm();
                            else
                                session->mismatch();
                        });
                    });
                connect(session, &VerificationSession::finished, this, [this, session, service] {
                    // The last done or cancel goes out before the process ends.
                    service->whenIdle([this, session] {
                        if (session->state() == VerificationSession::Done) {
                            m_out << "Verified " << session->otherUserId();
                            if (!session->otherDeviceId().isEmpty())
                                m_out << " (device " << session->otherDeviceId() << ")";
                            m_out << ".\n";
                            m_out.flush();
                            if (session->otherUserId() == m_session->userId())
                                return afterOwnDeviceVerified();
                            return done(Ok);
                        }
                        fail(VerificationFailed, QStringLiteral("Verification cancelled: %1 (%2)")
                                                     .arg(session->cancelReason(), session->cancelCode()));
                    });
                });
            };
            if (acceptIncoming) {
                m_out << "Waiting for a verification request...\n";
                m_out.flush();
                connect(service, &VerificationService::incomingRequest, this,
                        [this, follow](VerificationSession *session) {
                            m_out << "Request from " << session->otherUserId() << " (device "
                                  << session->otherDeviceId() << "); accepting.\n";
                            m_out.flush();
                            follow(session);
                            session->accept();
                        });
                return;
            }
            const QString userId = args.at(0);
            if (args.size() == 2) {
                m_out << "Requesting verification of " << userId << " (device " << args.at(1) << ")...\n";
                m_out.flush();
                return follow(service->requestDeviceVerification(userId, args.at(1)));
            }
            // Another user: in their direct chat, as the spec recommends for verifying users.
            if (userId == m_session->userId())
                return fail(UsageError, QStringLiteral("Give the DEVICE to verify one of your own devices."));
            const QString roomId = existingDirectChat(*m_session, userId);
            if (roomId.isEmpty())
                return fail(Failed, QStringLiteral("No direct chat with %1: create one (create-room --direct "
                                                   "--invite %1) or give a DEVICE.")
                                        .arg(userId));
            m_out << "Requesting verification of " << userId << " in " << roomId << "...\n";
            m_out.flush();
            follow(service->requestUserVerification(roomId, userId));
        });
    });
}

} // namespace lattice::cli
