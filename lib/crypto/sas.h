#pragma once
// Short Authentication String key agreement (libolm-backed; spec: end_to_end_encryption.md "Short
// Authentication String (SAS) verification"), plus the pure conversions to emoji indices and decimals.
#include "crypto/olm_buffer.h"
#include "protocol/error.h"

#include <QByteArray>
#include <QString>
#include <array>

namespace lattice::crypto {

class Sas
{
public:
    static Result<Sas> create();
    Result<QString> publicKey() const; // unpadded base64 Curve25519 key for m.key.verification.key
    Status setTheirKey(const QString &theirPublicKey);
    // HKDF output over the shared secret, for the emoji/decimal methods ("info" as the spec builds it).
    Result<QByteArray> generateBytes(const QByteArray &info, int count) const;
    // MAC method hkdf-hmac-sha256.v2: olm_sas_calculate_mac_fixed_base64, which emits standard unpadded
    // base64. (olm_sas_calculate_mac is the deprecated hkdf-hmac-sha256 with libolm's wrong encoding.)
    Result<QString> calculateMac(const QByteArray &input, const QByteArray &info) const;

    Sas(Sas &&) noexcept = default;
    Sas &operator=(Sas &&) noexcept = default;

private:
    Sas();
    detail::OlmBuffer m_buf;
};

// The 7 indices (0-63) into the spec's SAS emoji table from the first 42 bits of 6 bytes; an Error when
// fewer than 6 bytes are given.
Result<std::array<int, 7>> sasEmojiIndices(const QByteArray &sixBytes);
// The 3 numbers (1000-9191) of the decimal method from 5 bytes.
Result<std::array<int, 3>> sasDecimals(const QByteArray &fiveBytes);

} // namespace lattice::crypto
