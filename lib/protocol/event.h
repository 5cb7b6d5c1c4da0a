#pragma once
// Checks and accessors over raw event JSON (spec: "Room Events", "State Events").
#include <QJsonObject>
#include <QString>

namespace lattice::event {

inline QString type(const QJsonObject &e) { return e.value(QLatin1String("type")).toString(); }
inline QString eventId(const QJsonObject &e) { return e.value(QLatin1String("event_id")).toString(); }
inline QString sender(const QJsonObject &e) { return e.value(QLatin1String("sender")).toString(); }
inline QJsonObject content(const QJsonObject &e) { return e.value(QLatin1String("content")).toObject(); }
inline qint64 originServerTs(const QJsonObject &e)
{
    return e.value(QLatin1String("origin_server_ts")).toInteger();
}
inline bool isState(const QJsonObject &e) { return e.value(QLatin1String("state_key")).isString(); }
inline QString stateKey(const QJsonObject &e)
{
    const QString key = e.value(QLatin1String("state_key")).toString();
    return key.isNull() ? QString(QLatin1String("")) : key; // "" is a real key; null would store as NULL
}
// Redacted events carry the redaction in unsigned.redacted_because (spec: "Redactions").
inline bool isRedacted(const QJsonObject &e)
{
    return e.value(QLatin1String("unsigned")).toObject().contains(QLatin1String("redacted_because"));
}
// The state event's previous content: unsigned.prev_content, or the top-level prev_content that
// older servers still send.
inline QJsonObject prevContent(const QJsonObject &e)
{
    const QJsonValue inUnsigned =
        e.value(QLatin1String("unsigned")).toObject().value(QLatin1String("prev_content"));
    return inUnsigned.isObject() ? inUnsigned.toObject() : e.value(QLatin1String("prev_content")).toObject();
}
inline QString transactionId(const QJsonObject &e)
{
    return e.value(QLatin1String("unsigned")).toObject().value(QLatin1String("transaction_id")).toString();
}

// A room event as the timeline needs it: event_id, sender, type, origin_server_ts, content.
bool isValidRoomEvent(const QJsonObject &e);
// A state event in a `state` block: a room event with a string state_key.
bool isValidStateEvent(const QJsonObject &e);
// Stripped state (invites), account data, ephemeral and to-device events: type and content.
bool isValidBasicEvent(const QJsonObject &e);

} // namespace lattice::event
