#include "sas.h"

#include "olm_support_p.h"

#include <olm/sas.h>

namespace lattice::crypto {
namespace {

::OlmSAS *ptr(const detail::OlmBuffer &b)
{
    return static_cast<::OlmSAS *>(b.get());
}

Error sasError(const char *sentence, const detail::OlmBuffer &b)
{
    return olm::error(sentence, olm_sas_last_error(ptr(b)));
}

Error moved()
{
    return usageError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                        "The verification key agreement is no longer valid (it was moved)."));
}

} // namespace

Sas::Sas() : m_buf(olm_sas_size())
{
    olm_sas(m_buf.get());
}

Result<Sas> Sas::create()
{
    Sas sas;
    olm::Random random(olm_create_sas_random_length(ptr(sas.m_buf)));
    if (olm::failed(olm_create_sas(ptr(sas.m_buf), random.data(), random.size())))
        return sasError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification key could not be created."),
                        sas.m_buf);
    return sas;
}

Result<QString> Sas::publicKey() const
{
    if (!m_buf)
        return moved();
    QByteArray key(static_cast<qsizetype>(olm_sas_pubkey_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_sas_get_pubkey(ptr(m_buf), key.data(), olm::len(key))))
        return sasError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification key could not be read."),
                        m_buf);
    return QString::fromLatin1(key);
}

Status Sas::setTheirKey(const QString &theirPublicKey)
{
    if (!m_buf)
        return moved();
    QByteArray key = theirPublicKey.toLatin1(); // libolm decodes in place
    if (olm::failed(olm_sas_set_their_key(ptr(m_buf), key.data(), olm::len(key))))
        return sasError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The other device's verification key is invalid."), m_buf);
    return success();
}

Result<QByteArray> Sas::generateBytes(const QByteArray &info, int count) const
{
    if (!m_buf)
        return moved();
    if (!olm_sas_is_their_key_set(ptr(m_buf)))
        return usageError(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "The other device's verification key has not been received yet."));
    if (count <= 0)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "Ask for at least one SAS byte."));
    QByteArray out(count, '\0');
    if (olm::failed(
            olm_sas_generate_bytes(ptr(m_buf), info.constData(), olm::len(info), out.data(), olm::len(out))))
        return sasError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The short authentication string could not be computed."),
            m_buf);
    return out;
}

Result<QString> Sas::calculateMac(const QByteArray &input, const QByteArray &info) const
{
    if (!m_buf)
        return moved();
    if (!olm_sas_is_their_key_set(ptr(m_buf)))
        return usageError(QT_TRANSLATE_NOOP(
            "lattice::Crypto", "The other device's verification key has not been received yet."));
    QByteArray mac(static_cast<qsizetype>(olm_sas_mac_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_sas_calculate_mac_fixed_base64(ptr(m_buf), input.constData(), olm::len(input),
                                                       info.constData(), olm::len(info), mac.data(),
                                                       olm::len(mac))))
        return sasError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification MAC could not be computed."),
                        m_buf);
    // The buffer is sized for the longest encoding; the fixed base64 of 32 bytes is 43 characters.
    const qsizetype end = mac.indexOf('\0');
    if (end >= 0)
        mac.truncate(end);
    return QString::fromLatin1(mac);
}

Result<std::array<int, 7>> sasEmojiIndices(const QByteArray &sixBytes)
{
    if (sixBytes.size() < 6)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The emoji method needs 6 bytes of SAS output."));
    uint64_t bits = 0;
    for (int i = 0; i < 6; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(sixBytes[i]);
    std::array<int, 7> out{};
    for (int i = 0; i < 7; ++i)
        out[static_cast<size_t>(i)] = static_cast<int>((bits >> (42 - 6 * i)) & 63u);
    return out;
}

Result<std::array<int, 3>> sasDecimals(const QByteArray &fiveBytes)
{
    if (fiveBytes.size() < 5)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The decimal method needs 5 bytes of SAS output."));
    const auto b = [&](int i) { return static_cast<int>(static_cast<unsigned char>(fiveBytes[i])); };
    return std::array<int, 3>{((b(0) << 5) | (b(1) >> 3)) + 1000,
                              (((b(1) & 0x7) << 10) | (b(2) << 2) | (b(3) >> 6)) + 1000,
                              (((b(3) & 0x3f) << 7) | (b(4) >> 1)) + 1000};
}

} // namespace lattice::crypto
