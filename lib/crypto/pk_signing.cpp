#include "pk.h"

#include "olm_support_p.h"
#include "protocol/canonical_json.h"

#include <olm/pk.h>

namespace lattice::crypto {
namespace {

::OlmPkSigning *sig(const detail::OlmBuffer &b)
{
    return static_cast<::OlmPkSigning *>(b.get());
}

} // namespace

PkSigning::PkSigning() : m_buf(olm_pk_signing_size())
{
    olm_pk_signing(m_buf.get());
}

QByteArray PkSigning::generateSeed()
{
    return randomBytes(kSeedSize);
}

Result<PkSigning> PkSigning::fromSeed(const QByteArray &seed)
{
    if (seed.size() != static_cast<qsizetype>(olm_pk_signing_seed_length()))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "A signing key seed must be 32 bytes long."),
                          QStringLiteral("BAD_KEY_SIZE"));
    PkSigning pk;
    QByteArray pub(static_cast<qsizetype>(olm_pk_signing_public_key_length()), '\0');
    QByteArray seedCopy = seed;
    seedCopy.detach();
    const size_t r = olm_pk_signing_key_from_seed(sig(pk.m_buf), pub.data(), olm::len(pub), seedCopy.data(),
                                                  olm::len(seedCopy));
    wipe(seedCopy);
    if (olm::failed(r))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The signing key could not be created."),
                          olm_pk_signing_last_error(sig(pk.m_buf)));
    pk.m_publicKey = QString::fromLatin1(pub);
    return pk;
}

Result<QString> PkSigning::sign(const QByteArray &message) const
{
    if (!m_buf)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The signing key is no longer valid (it was moved)."));
    QByteArray out(static_cast<qsizetype>(olm_pk_signature_length()), '\0');
    if (olm::failed(
            olm_pk_sign(sig(m_buf), olm::u8(message), olm::len(message), olm::u8(out), olm::len(out))))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The message could not be signed."),
                          olm_pk_signing_last_error(sig(m_buf)));
    return QString::fromLatin1(out);
}

Status PkSigning::signJson(QJsonObject &object, const QString &userId) const
{
    auto bytes = signingJson(object);
    if (!bytes)
        return bytes.error();
    auto signature = sign(*bytes);
    if (!signature)
        return signature.error();
    QJsonObject signatures = object.value(QLatin1String("signatures")).toObject();
    QJsonObject mine = signatures.value(userId).toObject();
    mine.insert(QLatin1String("ed25519:") + m_publicKey, *signature);
    signatures.insert(userId, mine);
    object.insert(QLatin1String("signatures"), signatures);
    return success();
}

} // namespace lattice::crypto
