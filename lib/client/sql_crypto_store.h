#pragma once
// The CryptoStore of an account over its SQLite database (schema version 3, the crypto_* tables).
// It runs on the store thread with that thread's connection; the caller owns the transactions.
// Pickles arrive sealed with the PickleKey and are stored as opaque text.
#include "crypto/crypto_store.h"
#include "store/database.h"

namespace lattice {

class SqlCryptoStore : public crypto::CryptoStore
{
public:
    explicit SqlCryptoStore(Database &db) : m_db(db) {}

    Result<QByteArray> account() override;
    Status saveAccount(const QByteArray &sealedPickle) override;

    Result<QByteArray> value(const QString &name) override;
    Status setValue(const QString &name, const QByteArray &value) override;

    Result<QList<crypto::OlmSessionRecord>> olmSessions(const QString &senderKey) override;
    Status saveOlmSession(const crypto::OlmSessionRecord &session) override;

    Result<std::optional<crypto::InboundGroupSessionRecord>>
    inboundGroupSession(const QString &roomId, const QString &senderKey, const QString &sessionId) override;
    Status saveInboundGroupSession(const crypto::InboundGroupSessionRecord &session) override;
    Result<QList<crypto::InboundGroupSessionRecord>> inboundGroupSessionsToBackUp(int limit) override;
    Status
    markInboundGroupSessionsBackedUp(const QList<crypto::InboundGroupSessionRecord> &sessions) override;
    Status resetInboundGroupSessionsBackedUp() override;

    Result<std::optional<crypto::OutboundGroupSessionRecord>>
    outboundGroupSession(const QString &roomId) override;
    Status saveOutboundGroupSession(const crypto::OutboundGroupSessionRecord &session) override;
    Status removeOutboundGroupSession(const QString &roomId) override;

    Result<QList<crypto::DeviceRecord>> devices(const QString &userId) override;
    Status saveDevice(const crypto::DeviceRecord &device) override;

    Result<QHash<QString, bool>> trackedUsers() override;
    Status setTrackedUser(const QString &userId, bool outdated) override;
    Status removeTrackedUser(const QString &userId) override;

    Result<std::optional<QString>> megolmIndexUse(const QString &senderKey, const QString &sessionId,
                                                  uint32_t messageIndex) override;
    Status recordMegolmIndexUse(const QString &senderKey, const QString &sessionId, uint32_t messageIndex,
                                const QString &eventId) override;

    Result<std::optional<crypto::WithheldRecord>> withheld(const QString &roomId, const QString &senderKey,
                                                           const QString &sessionId) override;
    Status saveWithheld(const crypto::WithheldRecord &record) override;

private:
    Database &m_db;
};

// Forgets this device's Olm identity (account, Olm sessions, outbound Megolm sessions, values) but keeps
// inbound Megolm sessions, devices and decrypted history: for a new device after a hard logout.
// Part of the caller's transaction.
Status forgetCryptoDevice(Database &db);
// Forgets everything sealed with a pickle key (all of the above and the inbound Megolm sessions): for a
// login that had to make a new key because the keyring lost the old one.
Status forgetSealedCryptoState(Database &db);

} // namespace lattice
