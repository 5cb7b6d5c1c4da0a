#pragma once
// Waiting for a Session's end-to-end encryption in tests: started, and every sync batch and key request
// it has begun handled (decrypted what it could, sent what it owed).
#include "client/session.h"

#include <QTest>

namespace lattice::test {

inline bool settle(Session &session, int timeoutMs = 60000)
{
    if (!QTest::qWaitFor([&] { return session.e2ee() && session.e2ee()->isStarted(); }, timeoutMs))
        return false;
    bool idle = false;
    session.e2ee()->whenIdle([&] { idle = true; });
    return QTest::qWaitFor([&] { return idle; }, timeoutMs);
}

} // namespace lattice::test
