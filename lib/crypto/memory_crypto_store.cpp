#include "memory_crypto_store.h"

namespace lattice::crypto {
namespace {

QString join(const QString &a, const QString &b, const QString &c)
{
    return a + QLatin1Char('|') + b + QLatin1Char('|') + c;
}

} // namespace

Result<QByteArray> MemoryCryptoStore::account()
{
    return m_account;
}

Status MemoryCryptoStore::saveAccount(const QByteArray &sealedPickle)
{
    m_account = sealedPickle;
    return success();
}

Result<QByteArray> MemoryCryptoStore::value(const QString &name)
{
    return m_values.value(name);
}

Status MemoryCryptoStore::setValue(const QString &name, const QByteArray &value)
{
    m_values.insert(name, value);
    return success();
}

Result<QList<OlmSessionRecord>> MemoryCryptoStore::olmSessions(const QString &senderKey)
{
    return m_olm.value(senderKey).values();
}

Status MemoryCryptoStore::saveOlmSession(const OlmSessionRecord &session)
{
    m_olm[session.senderKey].insert(session.sessionId, session);
    return success();
}

Result<std::optional<InboundGroupSessionRecord>>
MemoryCryptoStore::inboundGroupSession(const QString &roomId, const QString &senderKey,
                                       const QString &sessionId)
{
    auto it = m_inbound.constFind(join(roomId, senderKey, sessionId));
    if (it == m_inbound.constEnd())
        return std::optional<InboundGroupSessionRecord>();
    return std::optional<InboundGroupSessionRecord>(*it);
}

Status MemoryCryptoStore::saveInboundGroupSession(const InboundGroupSessionRecord &session)
{
    m_inbound.insert(join(session.roomId, session.senderKey, session.sessionId), session);
    return success();
}

Result<QList<InboundGroupSessionRecord>> MemoryCryptoStore::inboundGroupSessionsToBackUp(int limit)
{
    QList<InboundGroupSessionRecord> out;
    for (const auto &s : std::as_const(m_inbound)) {
        if (out.size() >= limit)
            break;
        if (!s.backedUp)
            out.append(s);
    }
    return out;
}

Status MemoryCryptoStore::markInboundGroupSessionsBackedUp(const QList<InboundGroupSessionRecord> &sessions)
{
    for (const auto &s : sessions) {
        auto it = m_inbound.find(join(s.roomId, s.senderKey, s.sessionId));
        if (it != m_inbound.end())
            it->backedUp = true;
    }
    return success();
}

Status MemoryCryptoStore::resetInboundGroupSessionsBackedUp()
{
    for (auto &s : m_inbound)
        s.backedUp = false;
    return success();
}

Result<std::optional<OutboundGroupSessionRecord>>
MemoryCryptoStore::outboundGroupSession(const QString &roomId)
{
    auto it = m_outbound.constFind(roomId);
    if (it == m_outbound.constEnd())
        return std::optional<OutboundGroupSessionRecord>();
    return std::optional<OutboundGroupSessionRecord>(*it);
}

Status MemoryCryptoStore::saveOutboundGroupSession(const OutboundGroupSessionRecord &session)
{
    m_outbound.insert(session.roomId, session);
    return success();
}

Status MemoryCryptoStore::removeOutboundGroupSession(const QString &roomId)
{
    m_outbound.remove(roomId);
    return success();
}

Result<QList<DeviceRecord>> MemoryCryptoStore::devices(const QString &userId)
{
    return m_devices.value(userId).values();
}

Status MemoryCryptoStore::saveDevice(const DeviceRecord &device)
{
    m_devices[device.userId].insert(device.deviceId, device);
    return success();
}

Result<QHash<QString, bool>> MemoryCryptoStore::trackedUsers()
{
    return m_tracked;
}

Status MemoryCryptoStore::setTrackedUser(const QString &userId, bool outdated)
{
    m_tracked.insert(userId, outdated);
    return success();
}

Status MemoryCryptoStore::removeTrackedUser(const QString &userId)
{
    m_tracked.remove(userId);
    return success();
}

Result<std::optional<QString>>
MemoryCryptoStore::megolmIndexUse(const QString &senderKey, const QString &sessionId, uint32_t messageIndex)
{
    auto it = m_indexUse.constFind(join(senderKey, sessionId, QString::number(messageIndex)));
    if (it == m_indexUse.constEnd())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Status MemoryCryptoStore::recordMegolmIndexUse(const QString &senderKey, const QString &sessionId,
                                               uint32_t messageIndex, const QString &eventId)
{
    m_indexUse.insert(join(senderKey, sessionId, QString::number(messageIndex)), eventId);
    return success();
}

Result<std::optional<WithheldRecord>>
MemoryCryptoStore::withheld(const QString &roomId, const QString &senderKey, const QString &sessionId)
{
    auto it = m_withheld.constFind(join(roomId, senderKey, sessionId));
    if (it == m_withheld.constEnd())
        return std::optional<WithheldRecord>();
    return std::optional<WithheldRecord>(*it);
}

Status MemoryCryptoStore::saveWithheld(const WithheldRecord &record)
{
    m_withheld.insert(join(record.roomId, record.senderKey, record.sessionId), record);
    return success();
}

} // namespace lattice::crypto
