#pragma once
// Runs jobs against the E2EE state machine on the store thread. The machine and its SqlCryptoStore live
// there (over that thread's Database) and are touched by nothing else; each job runs inside one
// transaction, so a crash mid-way leaves the crypto state as it was before the job.
#include "crypto/olm_machine.h"
#include "store_thread.h"

#include <QObject>
#include <memory>

namespace lattice {

class CryptoRunner
{
public:
    // `context` receives the results (the GUI thread's Session or service).
    CryptoRunner(StoreThread &store, QObject *context);
    ~CryptoRunner(); // destroys the machine on the store thread

    // Opens the machine (creating the Olm account on first use) for this user and device.
    void open(const QString &userId, const QString &deviceId, const crypto::PickleKey &pickleKey,
              std::function<void(Status)> done);
    bool isOpen() const { return m_open; }

    // Runs `job` with the machine in a transaction: committed when it succeeds, rolled back otherwise.
    template <typename T>
    void run(std::function<Result<T>(crypto::OlmMachine &, Database &)> job,
             std::function<void(Result<T>)> done)
    {
        std::shared_ptr<State> state = m_state;
        m_store.post<T>(
            [state, job = std::move(job)](Database &db) -> Result<T> {
                if (!state->machine)
                    return notOpen();
                if (Status s = db.begin(); !s)
                    return s.error();
                Result<T> r = job(*state->machine, db);
                if (!r) {
                    db.rollback();
                    return r;
                }
                if (Status s = db.commit(); !s)
                    return s.error();
                return r;
            },
            m_context, std::move(done));
    }

private:
    struct State
    { // only the store thread touches these
        std::unique_ptr<crypto::CryptoStore> store;
        std::unique_ptr<crypto::OlmMachine> machine;
    };
    static Error notOpen();

    StoreThread &m_store;
    QObject *m_context;
    std::shared_ptr<State> m_state;
    bool m_open = false;
};

} // namespace lattice
