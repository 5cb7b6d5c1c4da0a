#pragma once
// Waiting on verification and device lists in E2EE tests: one definition for the SAS, QR and
// secret-sharing tests against Synapse and the independent peers.
#include "async_wait.h"
#include "client/session.h"
#include "client/verification_session.h"

#include <QTest>

namespace lattice::test {

// True once `session` reaches `state`; false on timeout or when it is cancelled first.
inline bool waitState(VerificationSession *session, VerificationSession::State state, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
               [&] {
                   return session->state() == state || session->state() == VerificationSession::Cancelled;
               },
               timeoutMs) &&
           session->state() == state;
}

// A failure message: where the flow stands and why it was cancelled.
inline QString describe(VerificationSession *s)
{
    return QStringLiteral("state %1, cancel %2 (%3)")
        .arg(int(s->state()))
        .arg(s->cancelCode(), s->cancelReason());
}

// Whether `session` has downloaded the keys of the (undeleted) device `deviceId` of `userId`, by
// default its own user (a room key goes only to known devices).
inline bool knowsDevice(Session &session, const QString &deviceId, const QString &userId = {})
{
    const QString user = userId.isEmpty() ? session.userId() : userId;
    auto devices = await<QList<crypto::DeviceRecord>>([&](auto done) {
        session.e2ee()->runner().run<QList<crypto::DeviceRecord>>(
            [user](crypto::OlmMachine &machine, Database &) { return machine.devices(user); }, done);
    });
    if (!devices)
        return false;
    for (const crypto::DeviceRecord &d : *devices)
        if (d.deviceId == deviceId && !d.deleted)
            return true;
    return false;
}

} // namespace lattice::test
