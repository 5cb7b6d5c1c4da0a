// Recovery keys: the spec's cryptographic key representation (appendices), base58 with a prefix and parity.
#include "secret_storage.h"

#include "crypto_error.h"
#include "random.h"

#include <vector>

namespace lattice::crypto {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr unsigned char kPrefix[] = {0x8B, 0x01};

Error badKey(const char *sentence)
{
    return inputError(sentence, QStringLiteral("BAD_RECOVERY_KEY"));
}

// Big-endian base-256 to base-58 by repeated division; leading zero bytes become '1'.
QByteArray base58Encode(const QByteArray &bytes)
{
    std::vector<unsigned char> digits; // base-58 digits, least significant first
    for (char c : bytes) {
        int carry = static_cast<unsigned char>(c);
        for (unsigned char &d : digits) {
            carry += d * 256;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out;
    for (char c : bytes) {
        if (c != 0)
            break;
        out.append('1');
    }
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(kAlphabet[*it]);
    return out;
}

int base58Value(char c)
{
    for (int i = 0; i < 58; ++i)
        if (kAlphabet[i] == c)
            return i;
    return -1;
}

std::optional<QByteArray> base58Decode(const QByteArray &text)
{
    std::vector<unsigned char> bytes; // least significant first
    for (char c : text) {
        int carry = base58Value(c);
        if (carry < 0)
            return std::nullopt;
        for (unsigned char &b : bytes) {
            carry += b * 58;
            b = static_cast<unsigned char>(carry & 0xFF);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xFF));
            carry >>= 8;
        }
    }
    QByteArray out;
    for (char c : text) {
        if (c != '1')
            break;
        out.append('\0');
    }
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    wipe(bytes.data(), bytes.size());
    return out;
}

} // namespace

QString encodeRecoveryKey(const QByteArray &key)
{
    QByteArray raw(reinterpret_cast<const char *>(kPrefix), sizeof kPrefix);
    raw.append(key);
    char parity = 0;
    for (char c : raw)
        parity = static_cast<char>(parity ^ c);
    raw.append(parity);
    QByteArray encoded = base58Encode(raw);
    wipe(raw);
    QString out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char(' '));
        out.append(QLatin1Char(encoded[i]));
    }
    wipe(encoded);
    return out;
}

Result<QByteArray> decodeRecoveryKey(const QString &text)
{
    QByteArray compact;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.unicode() > 127)
            return badKey(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The recovery key contains a character that cannot be in one."));
        compact.append(static_cast<char>(c.unicode()));
    }
    if (compact.isEmpty())
        return badKey(QT_TRANSLATE_NOOP("lattice::Crypto", "The recovery key is empty."));
    std::optional<QByteArray> raw = base58Decode(compact);
    wipe(compact);
    if (!raw)
        return badKey(QT_TRANSLATE_NOOP("lattice::Crypto",
                                        "The recovery key contains a character that cannot be in one."));
    const qsizetype expected = qsizetype(sizeof kPrefix) + kSecretStorageKeySize + 1;
    if (raw->size() != expected) {
        wipe(*raw);
        return badKey(QT_TRANSLATE_NOOP(
            "lattice::Crypto",
            "The recovery key has the wrong length: check for missing or extra characters."));
    }
    if (static_cast<unsigned char>(raw->at(0)) != kPrefix[0] ||
        static_cast<unsigned char>(raw->at(1)) != kPrefix[1]) {
        wipe(*raw);
        return badKey(
            QT_TRANSLATE_NOOP("lattice::Crypto", "This is not a recovery key (its prefix is wrong)."));
    }
    char parity = 0;
    for (char c : *raw)
        parity = static_cast<char>(parity ^ c);
    if (parity != 0) {
        wipe(*raw);
        return badKey(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "The recovery key's check digit does not match: a character was mistyped."));
    }
    QByteArray key = raw->mid(sizeof kPrefix, kSecretStorageKeySize);
    wipe(*raw);
    return key;
}

} // namespace lattice::crypto
