#include "sync_response.h"

#include "event.h"
#include "json_scan.h"
#include "sync_split.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace lattice {

namespace {

using Validator = bool (*)(const QJsonObject &);

QLatin1String key(const char *k) { return QLatin1String(k); }

// The events of a room as byte ranges of its slice, for storing them without serialising again.
struct RawEvents
{
    std::vector<QByteArrayView> timeline;
    std::vector<QByteArrayView> state;
};

// The elements of room[section].events, as bytes; empty unless the section and its events member
// appear exactly once (the caller then also checks that the counts match the parsed arrays).
std::vector<QByteArrayView> rawSectionEvents(QByteArrayView room, QByteArrayView section)
{
    using namespace jsonscan;
    std::vector<QByteArrayView> out;
    int sections = 0;
    bool ok = true;
    const qsizetype end =
        forEachMember(room, skipSpace(room, 0), [&](QByteArrayView k, qsizetype b, qsizetype) {
            if (k != section)
                return true;
            if (++sections > 1 || room[b] != '{')
                return ok = false;
            int lists = 0;
            return forEachMember(room, b, [&](QByteArrayView ek, qsizetype eb, qsizetype ee) {
                       if (ek != "events")
                           return true;
                       if (++lists > 1 || room[eb] != '[')
                           return ok = false;
                       return forEachElement(room, eb, [&](qsizetype vb, qsizetype ve) {
                                  out.push_back(room.sliced(vb, ve - vb));
                                  return true;
                              }) == ee;
                   }) >= 0;
        });
    if (end < 0 || !ok)
        out.clear();
    return out;
}

// Keeps the objects of `events` that pass `valid`; counts the rest. When `raw` holds the bytes of
// every element, those of the kept ones go to `rawOut`.
QJsonArray validEvents(const QJsonValue &events, Validator valid, int &skipped,
                       const std::vector<QByteArrayView> *raw = nullptr,
                       std::vector<QByteArray> *rawOut = nullptr)
{
    QJsonArray out;
    if (events.isUndefined() || events.isNull())
        return out;
    if (!events.isArray()) {
        ++skipped;
        return out;
    }
    const QJsonArray in = events.toArray();
    const bool keepRaw = raw && rawOut && qsizetype(raw->size()) == in.size();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QJsonValue v = in.at(i);
        if (v.isObject() && valid(v.toObject())) {
            out.append(v);
            if (keepRaw)
                rawOut->emplace_back((*raw)[size_t(i)].toByteArray());
        } else {
            ++skipped;
        }
    }
    return out;
}

QJsonArray eventsOf(const QJsonObject &container, const char *name, Validator valid, int &skipped)
{
    return validEvents(container.value(key(name)).toObject().value(key("events")), valid, skipped);
}

std::optional<int> optionalInt(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(key(name));
    if (!v.isDouble())
        return std::nullopt;
    return v.toInt();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &s : a)
        if (s.isString())
            out.append(s.toString());
    return out;
}

RoomSummaryUpdate parseSummary(const QJsonObject &s)
{
    RoomSummaryUpdate out;
    if (s.value(key("m.heroes")).isArray())
        out.heroes = stringList(s.value(key("m.heroes")));
    out.joinedMemberCount = optionalInt(s, "m.joined_member_count");
    out.invitedMemberCount = optionalInt(s, "m.invited_member_count");
    return out;
}

void parseRoomTimeline(const QJsonObject &room, RoomUpdate &u, int &skipped, const RawEvents *raw)
{
    const QJsonObject timeline = room.value(key("timeline")).toObject();
    u.timeline = validEvents(timeline.value(key("events")), &event::isValidRoomEvent, skipped,
                             raw ? &raw->timeline : nullptr, &u.timelineJson);
    u.limited = timeline.value(key("limited")).toBool();
    u.prevBatch = timeline.value(key("prev_batch")).toString();
    // A state event may arrive in the timeline too; it must have a string state_key then, checked when stored.
    u.state = validEvents(room.value(key("state")).toObject().value(key("events")), &event::isValidStateEvent,
                          skipped, raw ? &raw->state : nullptr, &u.stateJson);
    u.accountData = eventsOf(room, "account_data", &event::isValidBasicEvent, skipped);
}

RoomUpdate parseRoom(const QJsonObject &room, const QString &roomId, Membership membership, int &skipped,
                     const RawEvents *raw = nullptr)
{
    RoomUpdate u;
    u.roomId = roomId;
    u.membership = membership;
    switch (membership) {
    case Membership::Invite:
        u.state = eventsOf(room, "invite_state", &event::isValidBasicEvent, skipped);
        break;
    case Membership::Knock:
        u.state = eventsOf(room, "knock_state", &event::isValidBasicEvent, skipped);
        break;
    case Membership::Join: {
        parseRoomTimeline(room, u, skipped, raw);
        u.ephemeral = eventsOf(room, "ephemeral", &event::isValidBasicEvent, skipped);
        u.summary = parseSummary(room.value(key("summary")).toObject());
        const QJsonObject counts = room.value(key("unread_notifications")).toObject();
        u.notificationCount = optionalInt(counts, "notification_count");
        u.highlightCount = optionalInt(counts, "highlight_count");
        break;
    }
    case Membership::Leave:
        parseRoomTimeline(room, u, skipped, raw);
        break;
    }
    return u;
}

Error notJson(const QJsonParseError &err, qsizetype offset)
{
    return Error::make(Error::Kind::Parse,
                       QStringLiteral("The server sent a sync response that is not valid JSON (%1 at byte %2).")
                           .arg(err.errorString())
                           .arg(offset));
}

// Parses one room's object from its slice of the body; the slice is not copied.
Result<RoomUpdate> parseRoomSlice(const QByteArray &body, const PendingRoom &p, int &skipped)
{
    QJsonParseError err;
    const QByteArrayView slice(body.constData() + p.offset, p.length);
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(slice.data(), slice.size()), &err);
    if (err.error != QJsonParseError::NoError)
        return notJson(err, p.offset + err.offset);
    RawEvents raw;
    if (p.membership == Membership::Join || p.membership == Membership::Leave) {
        raw.timeline = rawSectionEvents(slice, "timeline");
        raw.state = rawSectionEvents(slice, "state");
    }
    return parseRoom(doc.object(), p.roomId, p.membership, skipped, &raw);
}

// `split` is set when the rooms were replaced by indexes into split->rooms (see sync_split.h);
// those rooms are parsed now (`lazy` false) or left as pending slices of the body.
Status parseRoomsOf(const QJsonObject &rooms, const char *section, Membership membership,
                    const std::optional<SyncSplit> &split, bool lazy, const QByteArray &body, SyncResponse &out)
{
    const QJsonObject byId = rooms.value(key(section)).toObject();
    const bool indexes = split && split->splitSection[int(membership)];
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (!it.key().startsWith(QLatin1Char('!'))) {
            ++out.skippedEvents;
            continue;
        }
        if (indexes && v.isDouble()) {
            const qsizetype i = v.toInteger(-1);
            if (i < 0 || size_t(i) >= split->rooms.size() || split->rooms[size_t(i)].membership != membership)
                return Error::make(Error::Kind::Parse,
                                   QStringLiteral("The server sent a sync response whose rooms could not be read."));
            const SyncSplit::Room &r = split->rooms[size_t(i)];
            PendingRoom p{it.key(), membership, r.offset, r.length};
            if (lazy) {
                out.pendingRooms.push_back(std::move(p));
                continue;
            }
            auto u = parseRoomSlice(body, p, out.skippedEvents);
            if (!u)
                return u.error();
            out.rooms.push_back(std::move(*u));
            continue;
        }
        if (!v.isObject()) {
            ++out.skippedEvents;
            continue;
        }
        out.rooms.push_back(parseRoom(v.toObject(), it.key(), membership, out.skippedEvents));
    }
    return success();
}

Result<SyncResponse> parse(const QByteArray &body, bool lazy)
{
    // Only the skeleton (the body without the rooms' objects) becomes one document.
    const std::optional<SyncSplit> split = splitSyncBody(body);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(split ? split->skeleton : body, &err);
    if (err.error != QJsonParseError::NoError)
        return notJson(err, split ? split->bodyOffset(err.offset) : err.offset);
    if (!doc.isObject())
        return Error::make(Error::Kind::Parse, QStringLiteral("The server sent a sync response that is not a JSON object."));
    const QJsonObject root = doc.object();
    SyncResponse out;
    out.nextBatch = root.value(key("next_batch")).toString();
    if (out.nextBatch.isEmpty())
        return Error::make(Error::Kind::Parse, QStringLiteral("The server sent a sync response without next_batch."));

    const QJsonObject rooms = root.value(key("rooms")).toObject();
    for (const auto &[section, membership] : {std::pair{"join", Membership::Join}, std::pair{"invite", Membership::Invite},
                                               std::pair{"knock", Membership::Knock}, std::pair{"leave", Membership::Leave}})
        if (Status s = parseRoomsOf(rooms, section, membership, split, lazy, body, out); !s)
            return s.error();
    if (!out.pendingRooms.empty())
        out.body = body;
    out.accountData = eventsOf(root, "account_data", &event::isValidBasicEvent, out.skippedEvents);
    out.presence = eventsOf(root, "presence", &event::isValidBasicEvent, out.skippedEvents);
    // To-device events carry a sender but no event_id; content and type are what the crypto layer needs.
    out.toDevice = eventsOf(root, "to_device", &event::isValidBasicEvent, out.skippedEvents);

    const QJsonObject deviceLists = root.value(key("device_lists")).toObject();
    out.deviceListsChanged = stringList(deviceLists.value(key("changed")));
    out.deviceListsLeft = stringList(deviceLists.value(key("left")));
    const QJsonObject otk = root.value(key("device_one_time_keys_count")).toObject();
    for (auto it = otk.constBegin(); it != otk.constEnd(); ++it)
        out.oneTimeKeyCounts.insert(it.key(), it.value().toInt());
    const QJsonValue fallback = root.value(key("device_unused_fallback_key_types"));
    if (fallback.isArray())
        out.unusedFallbackKeyTypes = stringList(fallback);
    return out;
}
} // namespace

QString membershipName(Membership m)
{
    switch (m) {
    case Membership::Join:
        return QStringLiteral("join");
    case Membership::Invite:
        return QStringLiteral("invite");
    case Membership::Leave:
        return QStringLiteral("leave");
    case Membership::Knock:
        return QStringLiteral("knock");
    }
    return {};
}

std::optional<Membership> membershipFromName(const QString &name)
{
    for (Membership m : {Membership::Join, Membership::Invite, Membership::Leave, Membership::Knock})
        if (membershipName(m) == name)
            return m;
    return std::nullopt;
}


Result<SyncResponse> parseSyncResponse(const QByteArray &body) { return parse(body, false); }

Result<SyncResponse> parseSyncResponseByRoom(const QByteArray &body) { return parse(body, true); }

Status forEachRoom(const SyncResponse &sync, int &skippedEvents, const std::function<Status(const RoomUpdate &)> &fn)
{
    for (const RoomUpdate &room : sync.rooms)
        if (Status s = fn(room); !s)
            return s;
    for (const PendingRoom &p : sync.pendingRooms) {
        auto room = parseRoomSlice(sync.body, p, skippedEvents);
        if (!room)
            return room.error();
        if (Status s = fn(*room); !s)
            return s;
    }
    return success();
}

} // namespace lattice
