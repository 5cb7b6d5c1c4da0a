#include "crypto_runner.h"

#include "sql_crypto_store.h"

#include <QCoreApplication>

namespace lattice {

CryptoRunner::CryptoRunner(StoreThread &store, QObject *context)
    : m_store(store), m_context(context), m_state(std::make_shared<State>())
{}

CryptoRunner::~CryptoRunner()
{
    // The store wraps the store thread's connection: let it go there, after any job still queued.
    std::shared_ptr<State> state = std::move(m_state);
    m_store.post<Unit>(
        [state](Database &) -> Status {
            state->machine.reset();
            state->store.reset();
            return success();
        },
        nullptr, [](Status) {});
}

Error CryptoRunner::notOpen()
{
    return Error::make(
        Error::Kind::Usage,
        QCoreApplication::translate("CryptoRunner", "End-to-end encryption is not set up for this session."));
}

void CryptoRunner::open(const QString &userId, const QString &deviceId, const crypto::PickleKey &pickleKey,
                        std::function<void(Status)> done)
{
    std::shared_ptr<State> state = m_state;
    m_store.post<Unit>(
        [state, userId, deviceId, pickleKey](Database &db) -> Status {
            if (state->machine)
                return success();
            auto store = std::make_unique<SqlCryptoStore>(db);
            if (Status s = db.begin(); !s)
                return s;
            auto machine = crypto::OlmMachine::open(userId, deviceId, pickleKey, *store);
            if (!machine) {
                db.rollback();
                return machine.error();
            }
            if (Status s = db.commit(); !s)
                return s;
            state->store = std::move(store);
            state->machine = std::move(*machine);
            return success();
        },
        m_context,
        [this, done = std::move(done)](Status s) {
            m_open = s.ok();
            done(s);
        });
}

} // namespace lattice
