#pragma once
// The /sync response as value types. Events stay JSON objects: the store keeps them verbatim and
// typed accessors read them on demand, so unknown event types survive untouched.
#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace lattice {

enum class Membership { Join, Invite, Leave, Knock };
QString membershipName(Membership m);
std::optional<Membership> membershipFromName(const QString &name);

struct RoomSummaryUpdate {
    std::optional<QStringList> heroes; // m.heroes
    std::optional<int> joinedMemberCount;
    std::optional<int> invitedMemberCount;
};

struct RoomUpdate {
    QString roomId;
    Membership membership = Membership::Join;
    QJsonArray state;       // state (joined/left) or invite_state/knock_state (stripped) events
    QJsonArray timeline;    // timeline events, oldest first
    bool limited = false;   // true when events were left out before `timeline`
    QString prevBatch;      // token to paginate backwards from the first timeline event
    QJsonArray ephemeral;   // m.typing, m.receipt
    QJsonArray accountData; // per-room account data (m.tag, m.fully_read, ...)
    RoomSummaryUpdate summary;
    std::optional<int> notificationCount;
    std::optional<int> highlightCount;
    // Each kept state/timeline event's bytes as the server sent them, index-aligned with `state` and
    // `timeline`, so the store need not serialise them again. Empty when not known (then it does).
    std::vector<QByteArray> stateJson;
    std::vector<QByteArray> timelineJson;
};

// A room that parseSyncResponseByRoom left as a slice of the body, parsed when it is stored.
struct PendingRoom {
    QString roomId;
    Membership membership = Membership::Join;
    qsizetype offset = 0; // of the room's JSON object in SyncResponse::body
    qsizetype length = 0;
};

struct SyncResponse {
    QString nextBatch;
    std::vector<RoomUpdate> rooms;
    QJsonArray accountData; // global account data (m.direct, m.push_rules, ...)
    QJsonArray presence;
    QJsonArray toDevice;
    QStringList deviceListsChanged;
    QStringList deviceListsLeft;
    QHash<QString, int> oneTimeKeyCounts;
    std::optional<QStringList> unusedFallbackKeyTypes;
    int skippedEvents = 0; // malformed events left out (counted, never silently)
    // Rooms not parsed yet (parseSyncResponseByRoom): slices of `body`, which is shared, not copied.
    QByteArray body;
    std::vector<PendingRoom> pendingRooms;
};

// Parses and validates a /sync body. Malformed JSON or a body without next_batch is an Error;
// individual events that lack required fields are skipped and counted in skippedEvents.
Result<SyncResponse> parseSyncResponse(const QByteArray &body);

// The same checks, but each room's JSON is only located, not parsed: an initial sync's rooms are
// then parsed one at a time by forEachRoom, so memory holds the body plus one room, not the whole
// body as a QJsonDocument (several times its size). A malformed room is reported by forEachRoom.
Result<SyncResponse> parseSyncResponseByRoom(const QByteArray &body);

// Calls `fn` for each room of `sync`: first `rooms`, then each pending room parsed in turn (and
// released after `fn`). Stops at the first error, from parsing or from `fn`. Events skipped while
// parsing pending rooms are added to `skippedEvents`.
Status forEachRoom(const SyncResponse &sync, int &skippedEvents, const std::function<Status(const RoomUpdate &)> &fn);

} // namespace lattice
