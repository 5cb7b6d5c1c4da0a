// The parts of SAS verification derived from the shared secret: the short authentication string (emoji
// and decimals) and the MACs of the keys each side vouches for (hkdf-hmac-sha256.v2).
#include "crypto/sas_verification.h"

#include "crypto/sas_verification_emoji_p.h"

namespace lattice::crypto {

namespace {

Error invalidMac(const QString &sentence)
{
    Error e = Error::make(Error::Kind::Parse, sentence);
    e.errcode = QStringLiteral("m.invalid_message");
    return e;
}

} // namespace

Status SasVerification::computeSas()
{
    Result<QString> ourKey = m_sas->publicKey();
    if (!ourKey)
        return ourKey.error();
    // The info names the side that sent the start first, then the side that accepted it.
    const bool weStart = m_weSentStart;
    const QString info =
        QStringLiteral("MATRIX_KEY_VERIFICATION_SAS|") + (weStart ? m_ours.userId : m_otherUserId) + u'|' +
        (weStart ? m_ours.deviceId : m_otherDeviceId) + u'|' + (weStart ? *ourKey : m_theirKey) + u'|' +
        (weStart ? m_otherUserId : m_ours.userId) + u'|' + (weStart ? m_otherDeviceId : m_ours.deviceId) +
        u'|' + (weStart ? m_theirKey : *ourKey) + u'|' + m_flow.flowId;
    Result<QByteArray> bytes = m_sas->generateBytes(info.toUtf8(), 6);
    if (!bytes)
        return bytes.error();
    Result<std::array<int, 7>> emoji = sasEmojiIndices(*bytes);
    Result<std::array<int, 3>> decimals = sasDecimals(bytes->left(5));
    if (!emoji)
        return emoji.error();
    if (!decimals)
        return decimals.error();
    m_emoji = *emoji;
    m_decimals = *decimals;
    return success();
}

QByteArray SasVerification::macInfo(const QString &senderUser, const QString &senderDevice,
                                    const QString &receiverUser, const QString &receiverDevice,
                                    const QString &keyId) const
{
    return (QStringLiteral("MATRIX_KEY_VERIFICATION_MAC") + senderUser + senderDevice + receiverUser +
            receiverDevice + m_flow.flowId + keyId)
        .toUtf8();
}

Result<QJsonObject> SasVerification::macContent() const
{
    QHash<QString, QString> keys{{QStringLiteral("ed25519:") + m_ours.deviceId, m_ours.deviceEd25519}};
    if (!m_ours.masterKey.isEmpty())
        keys.insert(QStringLiteral("ed25519:") + m_ours.masterKey, m_ours.masterKey);
    QJsonObject mac;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        Result<QString> m =
            m_sas->calculateMac(it.value().toUtf8(), macInfo(m_ours.userId, m_ours.deviceId, m_otherUserId,
                                                             m_otherDeviceId, it.key()));
        if (!m)
            return m.error();
        mac.insert(it.key(), *m);
    }
    QStringList ids = keys.keys();
    ids.sort();
    Result<QString> keyIds =
        m_sas->calculateMac(ids.join(u',').toUtf8(), macInfo(m_ours.userId, m_ours.deviceId, m_otherUserId,
                                                             m_otherDeviceId, QStringLiteral("KEY_IDS")));
    if (!keyIds)
        return keyIds.error();
    return QJsonObject{{QStringLiteral("mac"), mac}, {QStringLiteral("keys"), *keyIds}};
}

Status SasVerification::checkTheirMac()
{
    auto mismatch = [](const QString &sentence) {
        Error e = Error::make(Error::Kind::Parse, sentence);
        e.errcode = QStringLiteral("m.key_mismatch");
        return e;
    };
    const QJsonObject mac = m_theirMac.value(QStringLiteral("mac")).toObject();
    const QString keysMac = m_theirMac.value(QStringLiteral("keys")).toString();
    if (mac.isEmpty() || keysMac.isEmpty())
        return invalidMac(QStringLiteral("The MAC message has no mac or keys"));
    QStringList ids = mac.keys();
    ids.sort();
    Result<QString> expectedKeys =
        m_sas->calculateMac(ids.join(u',').toUtf8(), macInfo(m_otherUserId, m_otherDeviceId, m_ours.userId,
                                                             m_ours.deviceId, QStringLiteral("KEY_IDS")));
    if (!expectedKeys)
        return expectedKeys.error();
    if (*expectedKeys != keysMac)
        return mismatch(QStringLiteral("The MAC of the key list did not match"));
    const QString deviceKeyId = QStringLiteral("ed25519:") + m_otherDeviceId;
    const QString masterKeyId = QStringLiteral("ed25519:") + m_otherMasterKey;
    bool device = false;
    bool master = false;
    for (const QString &id : ids) {
        QString key;
        if (id == deviceKeyId)
            key = m_otherDeviceEd25519;
        else if (!m_otherMasterKey.isEmpty() && id == masterKeyId)
            key = m_otherMasterKey;
        else
            continue; // a key we do not know (another device, a key we never fetched): neither trusted nor
                      // fatal
        if (key.isEmpty())
            return mismatch(QStringLiteral("The other device's key is not known"));
        Result<QString> expected = m_sas->calculateMac(
            key.toUtf8(), macInfo(m_otherUserId, m_otherDeviceId, m_ours.userId, m_ours.deviceId, id));
        if (!expected)
            return expected.error();
        if (*expected != mac.value(id).toString())
            return mismatch(QStringLiteral("The MAC of key ") + id + QStringLiteral(" did not match"));
        (id == deviceKeyId ? device : master) = true;
    }
    if (!device && !master)
        return mismatch(QStringLiteral("The MAC covered no key we know"));
    m_verifiedDevice = device;
    m_verifiedMaster = master;
    m_theirMacChecked = true;
    return success();
}

} // namespace lattice::crypto
