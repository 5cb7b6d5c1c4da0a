#include "pk.h"

#include "base64.h"
#include "olm_support_p.h"

#include <olm/pk.h>

namespace lattice::crypto {
namespace {

::OlmPkEncryption *enc(const detail::OlmBuffer &b)
{
    return static_cast<::OlmPkEncryption *>(b.get());
}
::OlmPkDecryption *dec(const detail::OlmBuffer &b)
{
    return static_cast<::OlmPkDecryption *>(b.get());
}

Error moved()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The backup key is no longer valid (it was moved)."));
}

} // namespace

PkEncryption::PkEncryption() : m_buf(olm_pk_encryption_size())
{
    olm_pk_encryption(m_buf.get());
}

Result<PkEncryption> PkEncryption::create(const QString &recipientPublicKey)
{
    PkEncryption pk;
    const QByteArray key = recipientPublicKey.toLatin1();
    if (key.size() != static_cast<qsizetype>(olm_pk_key_length()))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The backup public key has the wrong length."),
                          QStringLiteral("BAD_KEY_SIZE"));
    if (olm::failed(olm_pk_encryption_set_recipient_key(enc(pk.m_buf), key.constData(), olm::len(key))))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The backup public key is invalid."),
                          olm_pk_encryption_last_error(enc(pk.m_buf)));
    return pk;
}

Result<PkMessage> PkEncryption::encrypt(const QByteArray &plaintext)
{
    if (!m_buf)
        return moved();
    PkMessage m;
    m.ciphertext.resize(static_cast<qsizetype>(olm_pk_ciphertext_length(enc(m_buf), olm::len(plaintext))));
    m.mac.resize(static_cast<qsizetype>(olm_pk_mac_length(enc(m_buf))));
    m.ephemeral.resize(static_cast<qsizetype>(olm_pk_key_length()));
    olm::Random random(olm_pk_encrypt_random_length(enc(m_buf)));
    if (olm::failed(olm_pk_encrypt(enc(m_buf), plaintext.constData(), olm::len(plaintext),
                                   m.ciphertext.data(), olm::len(m.ciphertext), m.mac.data(), olm::len(m.mac),
                                   m.ephemeral.data(), olm::len(m.ephemeral), random.data(), random.size())))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The key could not be encrypted for backup."),
                          olm_pk_encryption_last_error(enc(m_buf)));
    return m;
}

PkDecryption::PkDecryption() : m_buf(olm_pk_decryption_size())
{
    olm_pk_decryption(m_buf.get());
}

Result<PkDecryption> PkDecryption::fromPrivateKey(const QByteArray &privateKey)
{
    if (privateKey.size() != static_cast<qsizetype>(olm_pk_private_key_length()))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "A backup private key must be 32 bytes long."),
                          QStringLiteral("BAD_KEY_SIZE"));
    PkDecryption pk;
    QByteArray pub(static_cast<qsizetype>(olm_pk_key_length()), '\0');
    if (olm::failed(olm_pk_key_from_private(dec(pk.m_buf), pub.data(), olm::len(pub), privateKey.constData(),
                                            olm::len(privateKey))))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The backup private key is invalid."),
                          olm_pk_decryption_last_error(dec(pk.m_buf)));
    pk.m_publicKey = QString::fromLatin1(pub);
    return pk;
}

Result<PkDecryption> PkDecryption::generate()
{
    QByteArray key = randomBytes(static_cast<int>(olm_pk_private_key_length()));
    auto pk = fromPrivateKey(key);
    wipe(key);
    return pk;
}

Result<QByteArray> PkDecryption::privateKey() const
{
    if (!m_buf)
        return moved();
    QByteArray key(static_cast<qsizetype>(olm_pk_private_key_length()), '\0');
    if (olm::failed(olm_pk_get_private_key(dec(m_buf), key.data(), olm::len(key))))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The backup private key could not be read."),
                          olm_pk_decryption_last_error(dec(m_buf)));
    return key;
}

Result<QByteArray> PkDecryption::decrypt(const PkMessage &message)
{
    if (!m_buf)
        return moved();
    if (message.ephemeral.size() != static_cast<qsizetype>(olm_pk_key_length()))
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The backed-up key's ephemeral key has the wrong length."),
            QStringLiteral("BAD_KEY_SIZE"));
    // libolm's AES-CBC writes whole 16-byte blocks past the end of a truncated ciphertext (a heap overflow),
    // and its MAC for this scheme covers the empty string, not the ciphertext (as the spec notes), so
    // nothing else would stop it: check the length ourselves first.
    const auto raw = base64Decode(message.ciphertext);
    if (!raw || raw->isEmpty() || raw->size() % 16 != 0)
        return inputError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The backed-up key is malformed or truncated."),
            QStringLiteral("BAD_MESSAGE_FORMAT"));
    QByteArray ciphertext = message.ciphertext; // libolm decodes in place
    ciphertext.detach();
    const size_t max = olm_pk_max_plaintext_length(dec(m_buf), olm::len(ciphertext));
    if (olm::failed(max))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The backed-up key is malformed."),
                          olm_pk_decryption_last_error(dec(m_buf)));
    QByteArray plain(static_cast<qsizetype>(max) + 1, '\0');
    const size_t n = olm_pk_decrypt(dec(m_buf), message.ephemeral.constData(), olm::len(message.ephemeral),
                                    message.mac.constData(), olm::len(message.mac), ciphertext.data(),
                                    olm::len(ciphertext), plain.data(), olm::len(plain));
    if (olm::failed(n))
        return olm::error(QT_TRANSLATE_NOOP("lattice::Crypto", "The backed-up key could not be decrypted."),
                          olm_pk_decryption_last_error(dec(m_buf)));
    plain.truncate(static_cast<qsizetype>(n));
    return plain;
}

} // namespace lattice::crypto
