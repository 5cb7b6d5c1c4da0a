#pragma once
// Splits a /sync body into a small "skeleton" and one byte range per room. The skeleton is the
// body with each room's object under rooms.join/invite/knock/leave replaced by its index in
// `rooms`, so QJsonDocument still checks everything around the rooms and decodes the room ids.
#include "sync_response.h"

namespace lattice {

struct SyncSplit
{
    struct Room
    {
        Membership membership;
        qsizetype offset; // in the body
        qsizetype length;
    };
    QByteArray skeleton;
    std::vector<Room> rooms;
    bool splitSection[4] = {false, false, false, false}; // by Membership: values there are indexes
    // For mapping a parse error's offset in the skeleton back to the body: where each replaced
    // room ends, in the skeleton and in the body.
    std::vector<std::pair<qsizetype, qsizetype>> ends;

    qsizetype bodyOffset(qsizetype skeletonOffset) const;
};

// std::nullopt when the scanner cannot follow the body (malformed, cut off, or an unusual shape):
// the caller then parses the whole body as one document, which gives the exact error.
std::optional<SyncSplit> splitSyncBody(const QByteArray &body);

} // namespace lattice
