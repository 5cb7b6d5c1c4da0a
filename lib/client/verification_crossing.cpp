// Two requests crossing (spec end_to_end_encryption.md "Key verification framework"): both sides asked to
// verify each other at about the same time. One verification must result; as for two starts, the request
// of the smaller user ID (device ID when both are one user's) wins. The side whose request loses drops it
// and its session takes over the winner's flow, accepted at once (its user already asked to verify); the
// winner ignores the losing request.
#include "verification_service.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVerification)

namespace lattice {

using crypto::SasVerification;

bool VerificationService::resolveCrossing(const QString &roomId, const QString &sender,
                                          const QString &fromDevice, SasVerification &theirs)
{
    VerificationSession *ours = nullptr;
    for (VerificationSession *s : activeSessions()) {
        if (!s->weStarted() || !s->m_sas || s->roomId() != roomId || s->otherUserId() != sender)
            continue;
        // To-device: the device we asked, or any of ours when we asked them all.
        const bool sameDevice = !roomId.isEmpty() || s->otherDeviceId() == fromDevice ||
                                (s->otherDeviceId().isEmpty() && s->m_toAllDevicesSent);
        if (sameDevice)
            ours = s;
    }
    if (!ours)
        return false;
    const bool theirsWins = sender != m_userId ? sender < m_userId : fromDevice < m_e2ee.deviceId();
    if (!theirsWins) {
        qCInfo(lcVerification) << "two requests crossed; ours stands";
        return true;
    }
    if (ours->m_sas->state() != SasVerification::State::Requested)
        return false; // ours already runs: theirs is a new request
    qCInfo(lcVerification) << "two requests crossed; following theirs";
    if (ours->m_toAllDevicesSent)
        cancelOtherDevices(ours, QStringLiteral("m.accepted")); // the other devices' prompts go away
    const QString scope = roomId.isEmpty() ? ours->otherUserId() : roomId;
    m_flows.remove(flowKey(scope, ours->flowId()));
    ours->m_toAllDevices = false;
    ours->m_toAllDevicesSent = false;
    adopt(ours, std::move(theirs));
    afterChange(ours, ours->m_sas->accept());
    return true;
}

} // namespace lattice
