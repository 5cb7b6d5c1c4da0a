#include "pickle_key.h"

#include "aes_ctr.h"
#include "base64.h"
#include "crypto_error.h"
#include "digest.h"
#include "random.h"

namespace lattice::crypto {
namespace {

constexpr char kVersion = 1;

struct SealKeys
{
    QByteArray aes;
    QByteArray mac;
    ~SealKeys()
    {
        wipe(aes);
        wipe(mac);
    }
};

SealKeys deriveKeys(const PickleKey &key)
{
    QByteArray okm = hkdfSha256(key.toBytes(), {}, QByteArrayLiteral("lattice pickle v1"), 64).value();
    SealKeys keys{okm.left(32), okm.mid(32)};
    wipe(okm);
    return keys;
}

} // namespace

PickleKey PickleKey::generate()
{
    return PickleKey(randomBytes(kSize));
}

Result<PickleKey> PickleKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != kSize)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "A pickle key must be 32 bytes long."),
                          QStringLiteral("BAD_KEY_SIZE"));
    return PickleKey(bytes);
}

PickleKey::~PickleKey()
{
    wipe(m_key);
}

QByteArray sealPickle(const PickleKey &key, const QByteArray &pickle)
{
    const SealKeys keys = deriveKeys(key);
    const QByteArray iv = randomBytes(16);
    QByteArray out;
    out += kVersion;
    out += iv;
    out += aes256Ctr(keys.aes, iv, pickle).value();
    out += hmacSha256(keys.mac, out);
    return base64Encode(out);
}

Result<QByteArray> openPickle(const PickleKey &key, const QByteArray &sealed)
{
    auto raw = base64Decode(sealed);
    if (!raw || raw->size() < 1 + 16 + 32 || raw->at(0) != kVersion)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The stored encrypted data is damaged."),
                          QStringLiteral("BAD_PICKLE"));
    const SealKeys keys = deriveKeys(key);
    const QByteArray body = raw->left(raw->size() - 32);
    if (!constantTimeEquals(hmacSha256(keys.mac, body), raw->right(32)))
        return inputError(
            QT_TRANSLATE_NOOP(
                "lattice::Crypto",
                "The stored encrypted data could not be opened: the key is wrong or the data was altered."),
            QStringLiteral("BAD_PICKLE_MAC"));
    return aes256Ctr(keys.aes, body.mid(1, 16), body.mid(17));
}

} // namespace lattice::crypto
