#pragma once
// The method-neutral rules of the key verification framework (spec end_to_end_encryption.md "Key
// verification framework" and "QR codes"): which methods we offer in request/ready, which ones a ready
// names given the request, whether we may show or scan a QR code, and how long a request counts.
#include "crypto/qr_verification.h"

#include <QStringList>

namespace lattice::crypto::verification {

inline constexpr char sasMethod[] = "m.sas.v1";

// A verification must finish within 10 minutes of its request; a request stamped more than 5 minutes in
// the future is ignored (clock skew beyond that is taken as a replay or a bug).
inline constexpr qint64 kFlowTimeoutMs = 10 * 60 * 1000;
inline constexpr qint64 kRequestFutureSlackMs = 5 * 60 * 1000;
// The prompt for an incoming request goes away 10 minutes after the request was sent or 2 minutes after
// it arrived, whichever comes first, when the user did not answer it.
inline constexpr qint64 kPromptAfterReceiptMs = 2 * 60 * 1000;

// What this client supports: SAS, and QR codes both ways (show, scan and the reciprocate start).
QStringList supportedMethods();
// What one device offers: SAS, showing a code and the reciprocate start, and m.qr_code.scan.v1 only when
// it can read a code (the spec: a client should offer scan only when the device can scan, e.g. lattice-cli
// with --scan; the desktop app has no camera).
QStringList offeredMethods(bool canScan);

// The methods for our ready, given the request's: SAS when both have it; m.qr_code.show.v1 when we can
// show and they can scan, m.qr_code.scan.v1 when we can scan and they show, and m.reciprocate.v1 with
// either. Empty when nothing is common (the spec: do not cancel, another device may answer).
QStringList readyMethods(const QStringList &theirs, const QStringList &ours = supportedMethods());

// Both sides agreed (our methods and theirs, from request/ready) that we show and they scan.
bool agreeWeShow(const QStringList &ours, const QStringList &theirs);
// Both sides agreed that they show and we scan.
bool agreeWeScan(const QStringList &ours, const QStringList &theirs);
// We can put a code on screen: the methods agree and the keys the code's mode needs are known (mode 0x00
// needs our trusted master key and theirs; 0x01 our trusted master key and their device key; 0x02 our
// device key and the master key).
bool canShowQrCode(const QStringList &ours, const QStringList &theirs, const QrParties &parties);

// Whether a request sent at `sentMs` (to-device timestamp, in-room origin_server_ts) still counts at
// `nowMs`: not older than 10 minutes, not more than 5 minutes ahead.
bool isRequestTimely(qint64 sentMs, qint64 nowMs);

} // namespace lattice::crypto::verification
