#include "crypto/verification_framework.h"

namespace lattice::crypto::verification {

namespace {

const QString kSas = QLatin1String(sasMethod);
const QString kShow = QLatin1String(qrShowMethod);
const QString kScan = QLatin1String(qrScanMethod);
const QString kReciprocate = QLatin1String(qrReciprocateMethod);

} // namespace

QStringList supportedMethods()
{
    return offeredMethods(true);
}

QStringList offeredMethods(bool canScan)
{
    if (canScan)
        return {kSas, kShow, kScan, kReciprocate};
    return {kSas, kShow, kReciprocate};
}

QStringList readyMethods(const QStringList &theirs, const QStringList &ours)
{
    QStringList out;
    if (ours.contains(kSas) && theirs.contains(kSas))
        out << kSas;
    const bool reciprocate = ours.contains(kReciprocate) && theirs.contains(kReciprocate);
    // Showing is useful only to a side that scans, and the other way round.
    const bool show = reciprocate && ours.contains(kShow) && theirs.contains(kScan);
    const bool scan = reciprocate && ours.contains(kScan) && theirs.contains(kShow);
    if (show)
        out << kShow;
    if (scan)
        out << kScan;
    if (show || scan)
        out << kReciprocate;
    return out;
}

bool agreeWeShow(const QStringList &ours, const QStringList &theirs)
{
    return ours.contains(kShow) && ours.contains(kReciprocate) && theirs.contains(kScan) &&
           theirs.contains(kReciprocate);
}

bool agreeWeScan(const QStringList &ours, const QStringList &theirs)
{
    return ours.contains(kScan) && ours.contains(kReciprocate) && theirs.contains(kShow) &&
           theirs.contains(kReciprocate);
}

bool canShowQrCode(const QStringList &ours, const QStringList &theirs, const QrParties &parties)
{
    // The flow ID only matters for the payload, not for whether the keys are there.
    return agreeWeShow(ours, theirs) &&
           static_cast<bool>(QrVerification::show(parties, QStringLiteral("$probe")));
}

bool isRequestTimely(qint64 sentMs, qint64 nowMs)
{
    return sentMs > nowMs - kFlowTimeoutMs && sentMs < nowMs + kRequestFutureSlackMs;
}

} // namespace lattice::crypto::verification
