#include "e2ee_retry.h"

#include "store/decrypted_events.h"

namespace lattice {

Status retryFailedDecryptions(crypto::OlmMachine &machine, Database &db,
                              const std::vector<std::pair<QString, QString>> &sessions,
                              E2eeSyncResult &result)
{
    for (const auto &[roomId, sessionId] : sessions) {
        auto failed = failedEventsOfSession(db, roomId, sessionId);
        if (!failed)
            return failed.error();
        if (failed->empty())
            continue;
        std::vector<QJsonObject> events;
        events.reserve(failed->size());
        for (const StoredEvent &e : *failed)
            events.push_back(e.json);
        if (Status s = decryptAndStore(machine, db, roomId, events, result); !s)
            return s;
    }
    result.rooms.removeDuplicates();
    return success();
}

} // namespace lattice
