#pragma once
// Unpadded base64 (spec appendix "Unpadded Base64") and base64url, as used in keys and JWKs.
// Decoding takes the same time for every input character (no lookup table indexed by secret data):
// libolm's decoder uses such a table (CVE-2024-45192), so secret material never goes through it here.
#include "protocol/error.h"

#include <QByteArray>

namespace lattice::crypto {

QByteArray base64Encode(const QByteArray &bytes);    // standard alphabet, no '=' padding
QByteArray base64UrlEncode(const QByteArray &bytes); // URL-safe alphabet, no padding (RFC 7515 JWK)
// Accepts input with or without '=' padding; rejects any other character and impossible lengths.
Result<QByteArray> base64Decode(const QByteArray &text);
Result<QByteArray> base64UrlDecode(const QByteArray &text);

} // namespace lattice::crypto
