#include "replay_guard.h"

#include "crypto_error.h"

namespace lattice::crypto {

Status ReplayGuard::check(const QString &senderKey, const QString &sessionId, uint32_t messageIndex,
                          const QString &eventId)
{
    const QString key =
        senderKey + QLatin1Char('|') + sessionId + QLatin1Char('|') + QString::number(messageIndex);
    const auto it = m_seen.constFind(key);
    if (it == m_seen.constEnd()) {
        m_seen.insert(key, eventId);
        return success();
    }
    if (*it == eventId)
        return success();
    return inputError(
        QT_TRANSLATE_NOOP(
            "lattice::Crypto",
            "This message reuses a message index of an earlier message: it may be a replay attack."),
        QStringLiteral("REPLAYED_MESSAGE_INDEX"));
}

} // namespace lattice::crypto
