#include "event.h"

namespace lattice::event {

bool isValidBasicEvent(const QJsonObject &e)
{
    return e.value(QLatin1String("type")).isString() && e.value(QLatin1String("content")).isObject();
}

bool isValidRoomEvent(const QJsonObject &e)
{
    return isValidBasicEvent(e) && e.value(QLatin1String("event_id")).isString()
        && e.value(QLatin1String("sender")).isString() && e.value(QLatin1String("origin_server_ts")).isDouble();
}

bool isValidStateEvent(const QJsonObject &e)
{
    return isValidRoomEvent(e) && isState(e);
}

} // namespace lattice::event
