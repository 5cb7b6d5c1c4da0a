#include "olm_account.h"

#include "olm_support_p.h"
#include "protocol/canonical_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice::crypto {
namespace {

::OlmAccount *ptr(const detail::OlmBuffer &b)
{
    return static_cast<::OlmAccount *>(b.get());
}

Error accountError(const char *sentence, const detail::OlmBuffer &b)
{
    return olm::error(sentence, olm_account_last_error(ptr(b)));
}

Error moved()
{
    return usageError(
        QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm account is no longer valid (it was moved)."));
}

// libolm answers with {"curve25519": {"AAAAAQ": "key", ...}}; we return the inner map.
Result<QMap<QString, QString>> parseKeyMap(const QByteArray &json)
{
    const QJsonObject keys =
        QJsonDocument::fromJson(json).object().value(QLatin1String("curve25519")).toObject();
    QMap<QString, QString> out;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

OlmAccount::OlmAccount() : m_buf(olm_account_size())
{
    olm_account(m_buf.get());
}

Result<OlmAccount> OlmAccount::create()
{
    OlmAccount account;
    olm::Random random(olm_create_account_random_length(ptr(account.m_buf)));
    if (olm::failed(olm_create_account(ptr(account.m_buf), random.data(), random.size())))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm account could not be created."),
                            account.m_buf);
    return account;
}

Result<OlmAccount> OlmAccount::unpickle(const PickleKey &key, const QByteArray &sealed)
{
    auto opened = openPickle(key, sealed);
    if (!opened)
        return opened.error();
    OlmAccount account;
    const QByteArray inner = olm::innerPickleKey();
    const size_t r = olm_unpickle_account(ptr(account.m_buf), inner.constData(), olm::len(inner),
                                          opened->data(), olm::len(*opened));
    wipe(*opened);
    if (olm::failed(r))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The stored Olm account is damaged."),
                            account.m_buf);
    return account;
}

Result<QByteArray> OlmAccount::pickle(const PickleKey &key) const
{
    if (!m_buf)
        return moved();
    QByteArray out(static_cast<qsizetype>(olm_pickle_account_length(ptr(m_buf))), '\0');
    const QByteArray inner = olm::innerPickleKey();
    if (olm::failed(
            olm_pickle_account(ptr(m_buf), inner.constData(), olm::len(inner), out.data(), olm::len(out))))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm account could not be saved."),
                            m_buf);
    QByteArray sealed = sealPickle(key, out);
    wipe(out);
    return sealed;
}

Result<IdentityKeys> OlmAccount::identityKeys() const
{
    if (!m_buf)
        return moved();
    QByteArray json(static_cast<qsizetype>(olm_account_identity_keys_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_account_identity_keys(ptr(m_buf), json.data(), olm::len(json))))
        return accountError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The Olm account's identity keys could not be read."),
            m_buf);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    return IdentityKeys{o.value(QLatin1String("curve25519")).toString(),
                        o.value(QLatin1String("ed25519")).toString()};
}

Result<QString> OlmAccount::sign(const QByteArray &message) const
{
    if (!m_buf)
        return moved();
    QByteArray sig(static_cast<qsizetype>(olm_account_signature_length(ptr(m_buf))), '\0');
    if (olm::failed(
            olm_account_sign(ptr(m_buf), message.constData(), olm::len(message), sig.data(), olm::len(sig))))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The message could not be signed."), m_buf);
    return QString::fromLatin1(sig);
}

Status OlmAccount::signJson(QJsonObject &object, const QString &userId, const QString &deviceId) const
{
    auto bytes = signingJson(object);
    if (!bytes)
        return bytes.error();
    auto sig = sign(*bytes);
    if (!sig)
        return sig.error();
    QJsonObject signatures = object.value(QLatin1String("signatures")).toObject();
    QJsonObject mine = signatures.value(userId).toObject();
    mine.insert(QLatin1String("ed25519:") + deviceId, *sig);
    signatures.insert(userId, mine);
    object.insert(QLatin1String("signatures"), signatures);
    return success();
}

size_t OlmAccount::maxOneTimeKeys() const
{
    return m_buf ? olm_account_max_number_of_one_time_keys(ptr(m_buf)) : 0;
}

Status OlmAccount::generateOneTimeKeys(size_t count)
{
    if (!m_buf)
        return moved();
    olm::Random random(olm_account_generate_one_time_keys_random_length(ptr(m_buf), count));
    if (olm::failed(olm_account_generate_one_time_keys(ptr(m_buf), count, random.data(), random.size())))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "One-time keys could not be generated."),
                            m_buf);
    return success();
}

Result<QMap<QString, QString>> OlmAccount::oneTimeKeys() const
{
    if (!m_buf)
        return moved();
    QByteArray json(static_cast<qsizetype>(olm_account_one_time_keys_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_account_one_time_keys(ptr(m_buf), json.data(), olm::len(json))))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The one-time keys could not be read."),
                            m_buf);
    return parseKeyMap(json);
}

Status OlmAccount::markKeysAsPublished()
{
    if (!m_buf)
        return moved();
    if (olm::failed(olm_account_mark_keys_as_published(ptr(m_buf))))
        return accountError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "The keys could not be marked as published."), m_buf);
    return success();
}

Status OlmAccount::generateFallbackKey()
{
    if (!m_buf)
        return moved();
    olm::Random random(olm_account_generate_fallback_key_random_length(ptr(m_buf)));
    if (olm::failed(olm_account_generate_fallback_key(ptr(m_buf), random.data(), random.size())))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "A fallback key could not be generated."),
                            m_buf);
    return success();
}

Result<QMap<QString, QString>> OlmAccount::unpublishedFallbackKey() const
{
    if (!m_buf)
        return moved();
    QByteArray json(static_cast<qsizetype>(olm_account_unpublished_fallback_key_length(ptr(m_buf))), '\0');
    if (olm::failed(olm_account_unpublished_fallback_key(ptr(m_buf), json.data(), olm::len(json))))
        return accountError(QT_TRANSLATE_NOOP("lattice::Crypto", "The fallback key could not be read."),
                            m_buf);
    return parseKeyMap(json);
}

void OlmAccount::forgetOldFallbackKey()
{
    if (m_buf)
        olm_account_forget_old_fallback_key(ptr(m_buf));
}

Result<QJsonObject> OlmAccount::deviceKeys(const QString &userId, const QString &deviceId) const
{
    auto ids = identityKeys();
    if (!ids)
        return ids.error();
    QJsonObject keys{{QLatin1String("curve25519:") + deviceId, ids->curve25519},
                     {QLatin1String("ed25519:") + deviceId, ids->ed25519}};
    QJsonObject object{
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("algorithms"),
         QJsonArray{QStringLiteral("m.olm.v1.curve25519-aes-sha2"), QStringLiteral("m.megolm.v1.aes-sha2")}},
        {QStringLiteral("keys"), keys},
    };
    if (auto st = signJson(object, userId, deviceId); !st)
        return st.error();
    return object;
}

Result<QJsonObject> OlmAccount::signedKeys(const QMap<QString, QString> &keys, const QString &userId,
                                           const QString &deviceId, bool fallback) const
{
    QJsonObject out;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        QJsonObject key{{QStringLiteral("key"), it.value()}};
        if (fallback)
            key.insert(QStringLiteral("fallback"), true);
        if (auto st = signJson(key, userId, deviceId); !st)
            return st.error();
        out.insert(QLatin1String("signed_curve25519:") + it.key(), key);
    }
    return out;
}

Result<QJsonObject> OlmAccount::signedOneTimeKeys(const QString &userId, const QString &deviceId) const
{
    auto keys = oneTimeKeys();
    if (!keys)
        return keys.error();
    return signedKeys(*keys, userId, deviceId, false);
}

Result<QJsonObject> OlmAccount::signedFallbackKeys(const QString &userId, const QString &deviceId) const
{
    auto keys = unpublishedFallbackKey();
    if (!keys)
        return keys.error();
    return signedKeys(*keys, userId, deviceId, true);
}

} // namespace lattice::crypto
