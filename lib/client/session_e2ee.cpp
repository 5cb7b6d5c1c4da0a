// The Session's end-to-end encryption wiring: the E2EE service's life cycle and the send queue's
// encryption step (never plaintext into an encrypted room).
#include "session.h"

#include "net/client_api.h"
#include "store/member_queries.h"

#include <QCoreApplication>

namespace lattice {

namespace {
const QString kEncryption = QStringLiteral("m.room.encryption");

struct StoredEncryption
{
    QJsonObject encryption;  // empty when the store has none
    bool knowsState = false; // the store holds the room's state (its m.room.create)
};
} // namespace

void Session::maybeStartE2ee()
{
    // Without the key from the keyring nothing could be unsealed: encrypted rooms then refuse to send.
    if (const crypto::PickleKey *key = pickleKey())
        startE2ee(*key);
    else
        qWarning("lattice: no pickle key for %s; end-to-end encryption is off in this session.", qPrintable(m_userId));
}

void Session::startE2ee(const crypto::PickleKey &pickleKey)
{
    if (m_e2ee)
        return;
    m_e2ee = std::make_unique<E2eeService>(m_userId, m_deviceId, *m_http, *m_store);
    connect(m_e2ee.get(), &E2eeService::eventsDecrypted, this, &Session::eventsDecrypted);
    m_e2ee->start(pickleKey, [](Status) {}); // failures are reported through errorOccurred and logged
    m_trust = std::make_unique<TrustServices>(*this, *m_e2ee);
}

void Session::roomEncryption(const QString &roomId,
                             std::function<void(Result<std::optional<QJsonObject>>)> done)
{
    m_store->post<StoredEncryption>(
        [roomId](Database &db) -> Result<StoredEncryption> {
            auto encryption = stateContent(db, roomId, kEncryption);
            if (!encryption)
                return encryption.error();
            auto create = stateContent(db, roomId, QStringLiteral("m.room.create"));
            if (!create)
                return create.error();
            return StoredEncryption{*encryption, !create->isEmpty()};
        },
        this,
        [this, roomId, done = std::move(done)](Result<StoredEncryption> stored) {
            if (!stored)
                return done(stored.error());
            if (!stored->encryption.isEmpty())
                return done(std::optional<QJsonObject>(stored->encryption));
            if (stored->knowsState)
                return done(std::optional<QJsonObject>());
            // Not synced yet (a room created or joined a moment ago): ask the server rather than guess.
            m_http->sendJson(api::roomState(roomId, kEncryption, QString()),
                             [done](Result<QJsonObject> reply) {
                                 if (reply)
                                     return done(std::optional<QJsonObject>(*reply));
                                 if (reply.error().errcode == QLatin1String("M_NOT_FOUND"))
                                     return done(std::optional<QJsonObject>());
                                 done(reply.error());
                             });
        });
}

void Session::encryptForQueue(const QueuedEvent &event,
                              std::function<void(Result<SendQueue::WireEvent>)> done)
{
    roomEncryption(event.roomId, [this, event,
                                  done = std::move(done)](Result<std::optional<QJsonObject>> encryption) {
        if (!encryption)
            return done(encryption.error());
        if (!encryption->has_value())
            return done(SendQueue::WireEvent{event.eventType, event.content});
        if (!m_e2ee)
            return done(Error::make(
                Error::Kind::Usage,
                QCoreApplication::translate("Session", "The room is encrypted, but encryption is not "
                                                       "set up in this session; the message was not sent.")));
        m_e2ee->encrypt(event.roomId, **encryption, event.eventType, event.content,
                        [done](Result<QJsonObject> content) {
                            if (!content)
                                return done(content.error());
                            done(SendQueue::WireEvent{QStringLiteral("m.room.encrypted"), *content});
                        });
    });
}

} // namespace lattice
