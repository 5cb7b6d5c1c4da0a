#include "e2ee_service.h"

#include <QLoggingCategory>

namespace lattice {

namespace {
Q_LOGGING_CATEGORY(lcE2ee, "lattice.e2ee")
}

E2eeService::E2eeService(QString userId, QString deviceId, HttpClient &http, StoreThread &store,
                         QObject *parent)
    : QObject(parent), m_userId(std::move(userId)), m_deviceId(std::move(deviceId)), m_runner(store, this),
      m_requests(std::make_unique<CryptoRequests>(http, m_runner)),
      m_encryptor(std::make_unique<RoomEncryptor>(m_userId, http, m_runner, *m_requests))
{}

E2eeService::~E2eeService() = default;

void E2eeService::start(const crypto::PickleKey &pickleKey, std::function<void(Status)> done)
{
    beginWork();
    m_runner.open(m_userId, m_deviceId, pickleKey, [this, done = std::move(done)](Status opened) {
        if (!opened) {
            report(opened.error());
            endWork();
            return done(opened);
        }
        // Device keys and one-time keys go up now, so others can encrypt for us from the start.
        m_requests->flush([this, done](Status flushed) {
            if (!flushed)
                report(flushed.error());
            endWork();
            done(flushed);
        });
    });
}

void E2eeService::processSync(const ChangeSet &changes, std::function<void()> handled)
{
    beginWork();
    const QString own = m_userId;
    const QSet<QString> fetched = m_encryptor->fetchedMembers();
    m_runner.run<E2eeSyncResult>(
        [changes, own, fetched](crypto::OlmMachine &machine, Database &db) {
            return applySyncToMachine(machine, db, changes, own, fetched);
        },
        [this, handled = std::move(handled)](Result<E2eeSyncResult> result) {
            if (!result) {
                report(result.error());
                if (handled)
                    handled();
                return endWork();
            }
            for (const QString &error : result->errors)
                qCWarning(lcE2ee) << "to-device event not handled:" << error;
            for (const QString &roomId : result->leftRooms)
                m_encryptor->forgetMembers(roomId);
            announce(*result);
            if (handled)
                handled();
            if (!result->devicesChangedFor.isEmpty())
                Q_EMIT devicesChanged(result->devicesChangedFor);
            for (const QJsonObject &event : result->toDevice)
                Q_EMIT toDeviceReceived(event);
            m_requests->flush([this](Status flushed) {
                if (!flushed)
                    report(flushed.error());
                endWork();
            });
        });
}

void E2eeService::decryptStored(const QString &roomId, std::function<void(Status)> done)
{
    beginWork();
    m_runner.run<E2eeSyncResult>([roomId](crypto::OlmMachine &machine,
                                          Database &db) { return decryptStoredEvents(machine, db, roomId); },
                                 [this, done = std::move(done)](Result<E2eeSyncResult> result) {
                                     if (result)
                                         announce(*result);
                                     endWork();
                                     done(result ? success() : Status(result.error()));
                                 });
}

void E2eeService::encrypt(const QString &roomId, const QJsonObject &encryptionContent,
                          const QString &eventType, const QJsonObject &content,
                          std::function<void(Result<QJsonObject>)> done)
{
    m_encryptor->encrypt(roomId, encryptionContent, eventType, content, std::move(done));
}

void E2eeService::whenIdle(std::function<void()> next)
{
    if (m_pending == 0)
        return next();
    m_idleWaiters.push_back(std::move(next));
}

void E2eeService::endWork()
{
    if (--m_pending > 0)
        return;
    auto waiters = std::move(m_idleWaiters);
    m_idleWaiters.clear();
    for (auto &next : waiters)
        next();
}

void E2eeService::report(const Error &error)
{
    qCWarning(lcE2ee) << error.describe();
    Q_EMIT errorOccurred(error);
}

void E2eeService::announce(const E2eeSyncResult &result)
{
    if (!result.eventIds.isEmpty())
        Q_EMIT eventsDecrypted(result.rooms, result.eventIds);
}

} // namespace lattice
