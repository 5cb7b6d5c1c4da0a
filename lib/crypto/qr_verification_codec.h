#pragma once
// The binary payload of a verification QR code (spec: end_to_end_encryption.md "QR code format"):
// "MATRIX", version 0x02, a mode byte, the flow ID (request event ID or transaction_id) with a 16-bit
// big-endian length, two 32-byte Ed25519 keys whose meaning depends on the mode, then the shared secret
// (the rest of the payload). Pure bytes in and out; rendering the code is done elsewhere.
#include "protocol/error.h"

#include <QByteArray>
#include <QString>

namespace lattice::crypto {

enum class QrMode : quint8 {
    // First key: our master key; second: what we think the other user's master key is.
    VerifyingAnotherUser = 0x00,
    // Self-verification, this device trusts the master key. First: the master key; second: what we think
    // the other device's Ed25519 key is.
    SelfVerifyingTrusted = 0x01,
    // Self-verification, this device does not trust the master key yet. First: this device's Ed25519 key;
    // second: what we think the master key is.
    SelfVerifyingUntrusted = 0x02,
};

struct QrCodeData
{
    QrMode mode = QrMode::VerifyingAnotherUser;
    QString flowId;          // the request's event ID (in rooms) or transaction_id (to-device)
    QByteArray firstKey;     // 32 raw bytes
    QByteArray secondKey;    // 32 raw bytes
    QByteArray sharedSecret; // raw bytes, at least qrMinSecretLength
    bool operator==(const QrCodeData &) const = default;
};

inline constexpr int qrKeyLength = 32;
inline constexpr int qrMinSecretLength = 8; // the spec suggests about 8 bytes; shorter is refused

// Errors (kind Usage on encode, Parse on decode) carry errcode QR_BAD_HEADER, QR_BAD_VERSION,
// QR_BAD_MODE, QR_TRUNCATED, QR_BAD_FLOW_ID, QR_BAD_KEY_SIZE or QR_SHORT_SECRET.
Result<QByteArray> encodeQrCode(const QrCodeData &data);
Result<QrCodeData> decodeQrCode(const QByteArray &payload);

} // namespace lattice::crypto
