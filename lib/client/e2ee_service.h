#pragma once
// End-to-end encryption for one Session: the state machine on the store thread, fed after every stored
// sync batch (to-device events, device lists, key counts), its requests sent, new encrypted events
// decrypted and stored, and outgoing events encrypted for the send queue.
#include "crypto_requests.h"
#include "crypto_runner.h"
#include "e2ee_sync.h"
#include "room_encryptor.h"

#include <QObject>

namespace lattice {

class E2eeService : public QObject
{
    Q_OBJECT
public:
    E2eeService(QString userId, QString deviceId, HttpClient &http, StoreThread &store,
                QObject *parent = nullptr);
    ~E2eeService() override;

    // Opens the machine (a new Olm account on first use) and uploads its keys.
    void start(const crypto::PickleKey &pickleKey, std::function<void(Status)> done);
    bool isStarted() const { return m_runner.isOpen(); }
    QString userId() const { return m_userId; }
    QString deviceId() const { return m_deviceId; }

    // One stored sync batch (SyncLoop::synced). `handled` runs once its events are decrypted where keys
    // allowed (or it failed), before the requests it caused are sent.
    void processSync(const ChangeSet &changes, std::function<void()> handled = {});
    // Decrypts the stored encrypted events of a room never tried before (after back-pagination).
    void decryptStored(const QString &roomId, std::function<void(Status)> done);
    // The m.room.encrypted content of one event for the room's members (room key shared first).
    void encrypt(const QString &roomId, const QJsonObject &encryptionContent, const QString &eventType,
                 const QJsonObject &content, std::function<void(Result<QJsonObject>)> done);
    // Calls `next` once every sync batch and key request started so far is handled.
    void whenIdle(std::function<void()> next);

    // For jobs of the layers above (devices, verification) that need the machine.
    CryptoRunner &runner() { return m_runner; }
    CryptoRequests &requests() { return *m_requests; }

Q_SIGNALS:
    // Clear forms of these events are now stored: models showing these rooms refresh.
    void eventsDecrypted(const QStringList &roomIds, const QStringList &eventIds);
    // A to-device event the machine did not consume (m.key.verification.*, m.secret.request, m.secret.send),
    // after the batch that carried it was committed. Decrypted ones carry "sender_key" and "sender_device".
    void toDeviceReceived(const QJsonObject &event);
    // These users' device lists changed (a device was added, removed or changed keys).
    void devicesChanged(const QStringList &userIds);
    // Something failed that no caller waits for (a sync batch, a key upload); already logged.
    void errorOccurred(const lattice::Error &error);

private:
    void beginWork() { ++m_pending; }
    void endWork();
    void report(const Error &error);
    void announce(const E2eeSyncResult &result);

    QString m_userId;
    QString m_deviceId;
    CryptoRunner m_runner;
    std::unique_ptr<CryptoRequests> m_requests;
    std::unique_ptr<RoomEncryptor> m_encryptor;
    int m_pending = 0;
    std::vector<std::function<void()>> m_idleWaiters;
};

} // namespace lattice
