#pragma once
// A /messages response (spec: "GET /_matrix/client/v3/rooms/{roomId}/messages") with each event's
// bytes as the server sent them, so back-filled events are stored verbatim like synced ones.
#include "error.h"

#include <QByteArray>
#include <QJsonArray>
#include <vector>

namespace lattice {

struct MessagesPage
{
    QJsonArray chunk; // newest first for dir=b
    QJsonArray state;
    QString end; // empty at the start of the room
    // The bytes of each element of `chunk` and `state`, index-aligned; empty when the body could not
    // be followed byte by byte (then the store serialises the parsed events instead).
    std::vector<QByteArray> chunkJson;
    std::vector<QByteArray> stateJson;
};

// An Error (Kind::Parse) when the body is not a JSON object.
Result<MessagesPage> parseMessagesPage(const QByteArray &body);

} // namespace lattice
