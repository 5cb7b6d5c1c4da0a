#pragma once
// What the "Join room" field accepts: a room ID, an alias, a matrix.to link or a matrix: URI,
// with the servers to join through (the link's via= parameters).
#include "protocol/error.h"

#include <QStringList>

namespace lattice {

struct JoinTarget
{
    QString idOrAlias; // !room:server or #alias:server
    QStringList via;   // servers to try the join through (may be empty)
};

// The target of `text`, or a Usage error with one sentence saying what was expected.
Result<JoinTarget> parseJoinTarget(const QString &text);

} // namespace lattice
