#pragma once
// Megolm replay detection (spec: end_to_end_encryption.md "m.megolm.v1.aes-sha2": clients must guard
// against replay by remembering the message index of each session). A (session, index) pair decrypted
// before is accepted again only for the same event ID (the same event seen twice, e.g. after a re-sync);
// any other event reusing it is a replay. Pure: the E2EE state machine persists entries through the store.
#include "protocol/error.h"

#include <QHash>
#include <QString>
#include <cstdint>

namespace lattice::crypto {

class ReplayGuard
{
public:
    // Records the pair on first sight; an Error (errcode REPLAYED_MESSAGE_INDEX) when another event
    // already used it. The sender key is part of the identity: session IDs are only unique per sender.
    Status check(const QString &senderKey, const QString &sessionId, uint32_t messageIndex,
                 const QString &eventId);
    qsizetype size() const { return m_seen.size(); }

private:
    QHash<QString, QString> m_seen; // "senderKey|sessionId|index" -> event ID
};

} // namespace lattice::crypto
