#include "megolm_session.h"

#include "olm_support_p.h"

#include <olm/inbound_group_session.h>

namespace lattice::crypto {
namespace {

::OlmInboundGroupSession *ptr(const detail::OlmBuffer &b)
{
    return static_cast<::OlmInboundGroupSession *>(b.get());
}

Error inboundError(const char *sentence, const detail::OlmBuffer &b)
{
    return olm::error(sentence, olm_inbound_group_session_last_error(ptr(b)));
}

Error moved()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session is no longer valid (it was moved)."));
}

} // namespace

MegolmInboundSession::MegolmInboundSession() : m_buf(olm_inbound_group_session_size())
{
    olm_inbound_group_session(m_buf.get());
}

Result<MegolmInboundSession> MegolmInboundSession::fromSessionKey(const QByteArray &sessionKey)
{
    MegolmInboundSession s;
    if (olm::failed(olm_init_inbound_group_session(ptr(s.m_buf), olm::u8(sessionKey), olm::len(sessionKey))))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session key is invalid."),
                            s.m_buf);
    return s;
}

Result<MegolmInboundSession> MegolmInboundSession::importSession(const QByteArray &exportedKey)
{
    MegolmInboundSession s;
    if (olm::failed(
            olm_import_inbound_group_session(ptr(s.m_buf), olm::u8(exportedKey), olm::len(exportedKey))))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The exported Megolm key is invalid."),
                            s.m_buf);
    return s;
}

Result<MegolmInboundSession> MegolmInboundSession::unpickle(const PickleKey &key, const QByteArray &sealed)
{
    auto opened = openPickle(key, sealed);
    if (!opened)
        return opened.error();
    MegolmInboundSession s;
    const QByteArray inner = olm::innerPickleKey();
    const size_t r = olm_unpickle_inbound_group_session(ptr(s.m_buf), inner.constData(), olm::len(inner),
                                                        opened->data(), olm::len(*opened));
    wipe(*opened);
    if (olm::failed(r))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The stored Megolm session is damaged."),
                            s.m_buf);
    return s;
}

Result<QByteArray> MegolmInboundSession::pickle(const PickleKey &key) const
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_pickle_inbound_group_session_length(ptr(m_buf))), '\0');
    const QByteArray inner = olm::innerPickleKey();
    if (olm::failed(olm_pickle_inbound_group_session(ptr(m_buf), inner.constData(), olm::len(inner),
                                                     out.data(), olm::len(out))))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session could not be saved."),
                            m_buf);
    QByteArray sealed = sealPickle(key, out);
    wipe(out);
    return sealed;
}

Result<QString> MegolmInboundSession::sessionId() const
{
    if (!m_buf)
        return moved();
    QByteArray id(static_cast<qsizetype>(olm_inbound_group_session_id_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_inbound_group_session_id(ptr(m_buf), olm::u8(id), olm::len(id))))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session ID could not be read."),
                            m_buf);
    return QString::fromLatin1(id);
}

uint32_t MegolmInboundSession::firstKnownIndex() const
{
    return m_buf ? olm_inbound_group_session_first_known_index(ptr(m_buf)) : 0;
}

bool MegolmInboundSession::isVerified() const
{
    return m_buf && olm_inbound_group_session_is_verified(ptr(m_buf)) != 0;
}

Result<MegolmDecrypted> MegolmInboundSession::decrypt(const QByteArray &ciphertext)
{
    if (!m_buf)
        return moved();
    // libolm decodes the message in place, so each call gets its own copy.
    QByteArray scratch = ciphertext;
    scratch.detach();
    const size_t max =
        olm_group_decrypt_max_plaintext_length(ptr(m_buf), olm::u8(scratch), olm::len(scratch));
    if (olm::failed(max))
        return inboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm message is malformed."), m_buf);
    scratch = ciphertext;
    scratch.detach();
    QByteArray plain(static_cast<qsizetype>(max), '\0');
    uint32_t index = 0;
    const size_t n = olm_group_decrypt(ptr(m_buf), olm::u8(scratch), olm::len(scratch), olm::u8(plain),
                                       olm::len(plain), &index);
    if (olm::failed(n))
        return inboundError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm message could not be decrypted."), m_buf);
    plain.truncate(static_cast<qsizetype>(n));
    return MegolmDecrypted{plain, index};
}

Result<QByteArray> MegolmInboundSession::exportAt(uint32_t messageIndex) const
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_export_inbound_group_session_length(ptr(m_buf))), '\0');
    const size_t n = olm_export_inbound_group_session(ptr(m_buf), olm::u8(out), olm::len(out), messageIndex);
    if (olm::failed(n))
        return inboundError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session could not be exported at that index."),
            m_buf);
    out.truncate(static_cast<qsizetype>(n));
    return out;
}

} // namespace lattice::crypto
