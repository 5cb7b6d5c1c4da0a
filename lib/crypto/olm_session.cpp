#include "olm_session.h"

#include "olm_support_p.h"

namespace lattice::crypto {
namespace {

::OlmSession *ptr(const detail::OlmBuffer &b)
{
    return static_cast<::OlmSession *>(b.get());
}
::OlmAccount *acc(const detail::OlmBuffer &b)
{
    return static_cast<::OlmAccount *>(b.get());
}

Error sessionError(const char *sentence, const detail::OlmBuffer &b)
{
    return olm::error(sentence, olm_session_last_error(ptr(b)));
}

Error moved()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm session is no longer valid (it was moved)."));
}
Error noAccount()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm account is no longer valid (it was moved)."));
}

} // namespace

OlmSession::OlmSession() : m_buf(olm_session_size())
{
    olm_session(m_buf.get());
}

Result<OlmSession> OlmSession::createOutbound(const OlmAccount &account, const QString &theirIdentityKey,
                                              const QString &theirOneTimeKey)
{
    if (!account.m_buf)
        return noAccount();
    OlmSession s;
    const QByteArray identity = theirIdentityKey.toLatin1();
    const QByteArray oneTime = theirOneTimeKey.toLatin1();
    olm::Random random(olm_create_outbound_session_random_length(ptr(s.m_buf)));
    if (olm::failed(olm_create_outbound_session(ptr(s.m_buf), acc(account.m_buf), identity.constData(),
                                                olm::len(identity), oneTime.constData(), olm::len(oneTime),
                                                random.data(), random.size())))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                              "An Olm session could not be started with that device's keys."),
                            s.m_buf);
    return s;
}

Result<OlmSession> OlmSession::createInbound(OlmAccount &account, const QByteArray &preKeyBody,
                                             const QString &theirIdentityKey)
{
    if (!account.m_buf)
        return noAccount();
    OlmSession s;
    QByteArray body = preKeyBody; // libolm decodes in place and destroys its input
    body.detach();
    size_t result;
    if (theirIdentityKey.isEmpty()) {
        result = olm_create_inbound_session(ptr(s.m_buf), acc(account.m_buf), body.data(), olm::len(body));
    } else {
        const QByteArray identity = theirIdentityKey.toLatin1();
        result = olm_create_inbound_session_from(ptr(s.m_buf), acc(account.m_buf), identity.constData(),
                                                 olm::len(identity), body.data(), olm::len(body));
    }
    if (olm::failed(result))
        return sessionError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The pre-key message could not start an Olm session."),
            s.m_buf);
    return s;
}

Status OlmSession::removeUsedOneTimeKey(OlmAccount &account) const
{
    if (!m_buf)
        return moved();
    if (!account.m_buf)
        return noAccount();
    // Fails with BAD_MESSAGE_KEY_ID when the session was made with the fallback key, which is not a
    // one-time key and stays until forgetOldFallbackKey(); that is not an error for the caller.
    if (olm::failed(olm_remove_one_time_keys(acc(account.m_buf), ptr(m_buf)))) {
        const QString reason = QString::fromLatin1(olm_account_last_error(acc(account.m_buf)));
        if (reason != QLatin1String("BAD_MESSAGE_KEY_ID"))
            return olm::error(
                QT_TRANSLATE_NOOP("lattice::Crypto", "The used one-time key could not be removed."),
                olm_account_last_error(acc(account.m_buf)));
    }
    return success();
}

Result<OlmSession> OlmSession::unpickle(const PickleKey &key, const QByteArray &sealed)
{
    auto opened = openPickle(key, sealed);
    if (!opened)
        return opened.error();
    OlmSession s;
    const QByteArray inner = olm::innerPickleKey();
    const size_t r = olm_unpickle_session(ptr(s.m_buf), inner.constData(), olm::len(inner), opened->data(),
                                          olm::len(*opened));
    wipe(*opened);
    if (olm::failed(r))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The stored Olm session is damaged."),
                            s.m_buf);
    return s;
}

Result<QByteArray> OlmSession::pickle(const PickleKey &key) const
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_pickle_session_length(ptr(m_buf))), '\0');
    const QByteArray inner = olm::innerPickleKey();
    if (olm::failed(
            olm_pickle_session(ptr(m_buf), inner.constData(), olm::len(inner), out.data(), olm::len(out))))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm session could not be saved."),
                            m_buf);
    QByteArray sealed = sealPickle(key, out);
    wipe(out);
    return sealed;
}

Result<bool> OlmSession::matchesInbound(const QByteArray &preKeyBody, const QString &theirIdentityKey) const
{
    if (!m_buf)
        return moved();
    QByteArray body = preKeyBody;
    body.detach();
    size_t result;
    if (theirIdentityKey.isEmpty()) {
        result = olm_matches_inbound_session(ptr(m_buf), body.data(), olm::len(body));
    } else {
        const QByteArray identity = theirIdentityKey.toLatin1();
        result = olm_matches_inbound_session_from(ptr(m_buf), identity.constData(), olm::len(identity),
                                                  body.data(), olm::len(body));
    }
    if (olm::failed(result))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The pre-key message is malformed."), m_buf);
    return result == 1;
}

Result<QString> OlmSession::sessionId() const
{
    if (!m_buf)
        return moved();
    QByteArray id(static_cast<qsizetype>(olm_session_id_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_session_id(ptr(m_buf), id.data(), olm::len(id))))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm session ID could not be read."),
                            m_buf);
    return QString::fromLatin1(id);
}

bool OlmSession::hasReceivedMessage() const
{
    return m_buf && olm_session_has_received_message(ptr(m_buf)) != 0;
}

Result<OlmMessage> OlmSession::encrypt(const QByteArray &plaintext)
{
    if (!m_buf)
        return moved();
    const size_t type = olm_encrypt_message_type(ptr(m_buf));
    if (olm::failed(type))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm message could not be encrypted."),
                            m_buf);
    olm::Random random(olm_encrypt_random_length(ptr(m_buf)));
    QByteArray body(static_cast<qsizetype>(olm_encrypt_message_length(ptr(m_buf), olm::len(plaintext))),
                    '\0');
    const size_t written = olm_encrypt(ptr(m_buf), plaintext.constData(), olm::len(plaintext), random.data(),
                                       random.size(), body.data(), olm::len(body));
    if (olm::failed(written))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm message could not be encrypted."),
                            m_buf);
    body.truncate(static_cast<qsizetype>(written));
    return OlmMessage{static_cast<int>(type), body};
}

Result<QByteArray> OlmSession::decrypt(int type, const QByteArray &body)
{
    if (!m_buf)
        return moved();
    if (type != OlmMessage::PreKey && type != OlmMessage::Normal)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm message type is neither 0 nor 1."),
                          QStringLiteral("BAD_MESSAGE_TYPE"));
    const auto t = static_cast<size_t>(type);
    QByteArray scratch = body;
    scratch.detach();
    const size_t max = olm_decrypt_max_plaintext_length(ptr(m_buf), t, scratch.data(), olm::len(scratch));
    if (olm::failed(max))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm message is malformed."), m_buf);
    scratch = body;
    scratch.detach();
    QByteArray plain(static_cast<qsizetype>(max), '\0');
    const size_t n =
        olm_decrypt(ptr(m_buf), t, scratch.data(), olm::len(scratch), plain.data(), olm::len(plain));
    if (olm::failed(n))
        return sessionError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm message could not be decrypted."),
                            m_buf);
    plain.truncate(static_cast<qsizetype>(n));
    return plain;
}

} // namespace lattice::crypto
