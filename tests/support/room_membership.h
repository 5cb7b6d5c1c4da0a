#pragma once
// Whether a Session's store shows a user joined to a room, for tests that wait on membership.
#include "client/session.h"
#include "store/member_queries.h"

namespace lattice::test {

inline bool isJoined(Session &session, const QString &room, const QString &user)
{
    auto members = roomMembers(session.reader(), room);
    if (!members)
        return false;
    for (const MemberRow &m : *members)
        if (m.userId == user)
            return m.membership == QLatin1String("join");
    return false;
}

} // namespace lattice::test
