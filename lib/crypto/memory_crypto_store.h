#pragma once
// A CryptoStore in memory, for unit tests and tools that need no persistence. Nothing survives the object.
#include "crypto/crypto_store.h"

#include <QHash>
#include <QMap>

namespace lattice::crypto {

class MemoryCryptoStore : public CryptoStore
{
public:
    Result<QByteArray> account() override;
    Status saveAccount(const QByteArray &sealedPickle) override;
    Result<QByteArray> value(const QString &name) override;
    Status setValue(const QString &name, const QByteArray &value) override;

    Result<QList<OlmSessionRecord>> olmSessions(const QString &senderKey) override;
    Status saveOlmSession(const OlmSessionRecord &session) override;

    Result<std::optional<InboundGroupSessionRecord>>
    inboundGroupSession(const QString &roomId, const QString &senderKey, const QString &sessionId) override;
    Status saveInboundGroupSession(const InboundGroupSessionRecord &session) override;
    Result<QList<InboundGroupSessionRecord>> inboundGroupSessionsToBackUp(int limit) override;
    Status markInboundGroupSessionsBackedUp(const QList<InboundGroupSessionRecord> &sessions) override;
    Status resetInboundGroupSessionsBackedUp() override;

    Result<std::optional<OutboundGroupSessionRecord>> outboundGroupSession(const QString &roomId) override;
    Status saveOutboundGroupSession(const OutboundGroupSessionRecord &session) override;
    Status removeOutboundGroupSession(const QString &roomId) override;

    Result<QList<DeviceRecord>> devices(const QString &userId) override;
    Status saveDevice(const DeviceRecord &device) override;

    Result<QHash<QString, bool>> trackedUsers() override;
    Status setTrackedUser(const QString &userId, bool outdated) override;
    Status removeTrackedUser(const QString &userId) override;

    Result<std::optional<QString>> megolmIndexUse(const QString &senderKey, const QString &sessionId,
                                                  uint32_t messageIndex) override;
    Status recordMegolmIndexUse(const QString &senderKey, const QString &sessionId, uint32_t messageIndex,
                                const QString &eventId) override;

    Result<std::optional<WithheldRecord>> withheld(const QString &roomId, const QString &senderKey,
                                                   const QString &sessionId) override;
    Status saveWithheld(const WithheldRecord &record) override;

private:
    QByteArray m_account;
    QHash<QString, QByteArray> m_values;
    QHash<QString, QMap<QString, OlmSessionRecord>> m_olm; // sender key -> session ID -> record
    QMap<QString, InboundGroupSessionRecord> m_inbound;    // "room|senderKey|session"
    QHash<QString, OutboundGroupSessionRecord> m_outbound;
    QHash<QString, QMap<QString, DeviceRecord>> m_devices;
    QHash<QString, bool> m_tracked;
    QHash<QString, QString> m_indexUse;
    QHash<QString, WithheldRecord> m_withheld;
};

} // namespace lattice::crypto
