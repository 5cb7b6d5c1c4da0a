#include "base64.h"

#include "crypto_error.h"

#include <cstdint>

namespace lattice::crypto {
namespace {

// Branch-free helpers: each returns all ones when the condition holds, zero otherwise, so the time taken
// does not depend on the (secret) character being converted.
inline uint32_t maskInRange(uint32_t c, uint32_t lo, uint32_t hi)
{
    // (c - lo) and (hi - c) are both non-negative exactly when lo <= c <= hi.
    return 0u - (~((c - lo) | (hi - c)) >> 31);
}

inline uint32_t maskEqual(uint32_t c, uint32_t v)
{
    const uint32_t x = c ^ v;
    return ((x | (0u - x)) >> 31) - 1u;
}

// Returns the 6-bit value of c, or 0xff... in the high bits when c is not in the alphabet.
inline uint32_t decodeChar(uint32_t c, bool url)
{
    uint32_t result = 0;
    uint32_t valid = 0;
    uint32_t m = maskInRange(c, 'A', 'Z');
    result |= m & (c - 'A');
    valid |= m;
    m = maskInRange(c, 'a', 'z');
    result |= m & (c - 'a' + 26);
    valid |= m;
    m = maskInRange(c, '0', '9');
    result |= m & (c - '0' + 52);
    valid |= m;
    m = maskEqual(c, url ? '-' : '+');
    result |= m & 62u;
    valid |= m;
    m = maskEqual(c, url ? '_' : '/');
    result |= m & 63u;
    valid |= m;
    return result | (~valid & 0x100u);
}

inline char encodeChar(uint32_t v, bool url)
{
    // Same idea in reverse: arithmetic on masks instead of indexing an alphabet with secret bits.
    uint32_t c = v + 'A';
    c += maskInRange(v, 26, 51) & 6u;  // 'a' - 'A' - 26
    c -= maskInRange(v, 52, 61) & 69u; // 'A' + 52 - '0'
    c = (c & ~maskEqual(v, 62)) | (maskEqual(v, 62) & (url ? '-' : '+'));
    c = (c & ~maskEqual(v, 63)) | (maskEqual(v, 63) & (url ? '_' : '/'));
    return static_cast<char>(c);
}

QByteArray encode(const QByteArray &bytes, bool url)
{
    QByteArray out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const uint32_t v = (uint32_t(p[i]) << 16) | (uint32_t(p[i + 1]) << 8) | p[i + 2];
        out += encodeChar((v >> 18) & 63, url);
        out += encodeChar((v >> 12) & 63, url);
        out += encodeChar((v >> 6) & 63, url);
        out += encodeChar(v & 63, url);
    }
    if (n - i == 1) {
        const uint32_t v = uint32_t(p[i]) << 16;
        out += encodeChar((v >> 18) & 63, url);
        out += encodeChar((v >> 12) & 63, url);
    } else if (n - i == 2) {
        const uint32_t v = (uint32_t(p[i]) << 16) | (uint32_t(p[i + 1]) << 8);
        out += encodeChar((v >> 18) & 63, url);
        out += encodeChar((v >> 12) & 63, url);
        out += encodeChar((v >> 6) & 63, url);
    }
    return out;
}

Result<QByteArray> decode(QByteArray text, bool url)
{
    while (text.endsWith('='))
        text.chop(1);
    if (text.size() % 4 == 1)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The base64 text has an impossible length."),
                          QStringLiteral("BAD_BASE64"));
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    uint32_t invalid = 0;
    uint32_t acc = 0;
    int bits = 0;
    for (const char ch : text) {
        const uint32_t v = decodeChar(static_cast<unsigned char>(ch), url);
        invalid |= v & 0x100u;
        acc = (acc << 6) | (v & 63u);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xffu);
        }
    }
    // Leftover bits (the low 2 or 4 bits of the last character) are ignored, as libolm, Python and
    // most decoders do; the spec's own test seed "...kMW+3XA1" has them set.
    if (invalid != 0)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The base64 text contains an invalid character."),
            QStringLiteral("BAD_BASE64"));
    return out;
}

} // namespace

QByteArray base64Encode(const QByteArray &bytes)
{
    return encode(bytes, false);
}
QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return encode(bytes, true);
}
Result<QByteArray> base64Decode(const QByteArray &text)
{
    return decode(text, false);
}
Result<QByteArray> base64UrlDecode(const QByteArray &text)
{
    return decode(text, true);
}

} // namespace lattice::crypto
