#include "megolm_session.h"

#include "olm_support_p.h"

#include <olm/outbound_group_session.h>

namespace lattice::crypto {
namespace {

::OlmOutboundGroupSession *ptr(const detail::OlmBuffer &b)
{
    return static_cast<::OlmOutboundGroupSession *>(b.get());
}

Error outboundError(const char *sentence, const detail::OlmBuffer &b)
{
    return olm::error(sentence, olm_outbound_group_session_last_error(ptr(b)));
}

Error moved()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session is no longer valid (it was moved)."));
}

} // namespace

MegolmOutboundSession::MegolmOutboundSession() : m_buf(olm_outbound_group_session_size())
{
    olm_outbound_group_session(m_buf.get());
}

Result<MegolmOutboundSession> MegolmOutboundSession::create()
{
    MegolmOutboundSession s;
    olm::Random random(olm_init_outbound_group_session_random_length(ptr(s.m_buf)));
    if (olm::failed(olm_init_outbound_group_session(ptr(s.m_buf), static_cast<uint8_t *>(random.data()),
                                                    random.size())))
        return outboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "A Megolm session could not be created."),
                             s.m_buf);
    return s;
}

Result<MegolmOutboundSession> MegolmOutboundSession::unpickle(const PickleKey &key, const QByteArray &sealed)
{
    auto opened = openPickle(key, sealed);
    if (!opened)
        return opened.error();
    MegolmOutboundSession s;
    const QByteArray inner = olm::innerPickleKey();
    const size_t r = olm_unpickle_outbound_group_session(ptr(s.m_buf), inner.constData(), olm::len(inner),
                                                         opened->data(), olm::len(*opened));
    wipe(*opened);
    if (olm::failed(r))
        return outboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The stored Megolm session is damaged."),
                             s.m_buf);
    return s;
}

Result<QByteArray> MegolmOutboundSession::pickle(const PickleKey &key) const
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_pickle_outbound_group_session_length(ptr(m_buf))), '\0');
    const QByteArray inner = olm::innerPickleKey();
    if (olm::failed(olm_pickle_outbound_group_session(ptr(m_buf), inner.constData(), olm::len(inner),
                                                      out.data(), olm::len(out))))
        return outboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session could not be saved."),
                             m_buf);
    QByteArray sealed = sealPickle(key, out);
    wipe(out);
    return sealed;
}

Result<QString> MegolmOutboundSession::sessionId() const
{
    if (!m_buf)
        return moved();
    QByteArray id(static_cast<qsizetype>(olm_outbound_group_session_id_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_outbound_group_session_id(ptr(m_buf), olm::u8(id), olm::len(id))))
        return outboundError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session ID could not be read."),
                             m_buf);
    return QString::fromLatin1(id);
}

Result<QByteArray> MegolmOutboundSession::sessionKey() const
{
    if (!m_buf)
        return moved();
    QByteArray key(static_cast<qsizetype>(olm_outbound_group_session_key_length(ptr(m_buf))), '\0');
    const size_t n = olm_outbound_group_session_key(ptr(m_buf), olm::u8(key), olm::len(key));
    if (olm::failed(n))
        return outboundError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm session key could not be read."), m_buf);
    key.truncate(static_cast<qsizetype>(n));
    return key;
}

uint32_t MegolmOutboundSession::messageIndex() const
{
    return m_buf ? olm_outbound_group_session_message_index(ptr(m_buf)) : 0;
}

Result<QByteArray> MegolmOutboundSession::encrypt(const QByteArray &plaintext)
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_group_encrypt_message_length(ptr(m_buf), olm::len(plaintext))),
                   '\0');
    const size_t n =
        olm_group_encrypt(ptr(m_buf), olm::u8(plaintext), olm::len(plaintext), olm::u8(out), olm::len(out));
    if (olm::failed(n))
        return outboundError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Megolm message could not be encrypted."), m_buf);
    out.truncate(static_cast<qsizetype>(n));
    return out;
}

} // namespace lattice::crypto
