#include "identifiers.h"

namespace lattice::id {

namespace {
bool hasSigilAndServer(const QString &s, QChar sigil)
{
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    return s.size() > 3 && s.size() <= 255 && s.front() == sigil && colon > 1 && colon < s.size() - 1;
}
} // namespace

bool isUserId(const QString &s) { return hasSigilAndServer(s, QLatin1Char('@')); }
bool isRoomAlias(const QString &s) { return hasSigilAndServer(s, QLatin1Char('#')); }
bool isRoomId(const QString &s) { return s.size() > 1 && s.size() <= 255 && s.front() == QLatin1Char('!'); }
bool isEventId(const QString &s) { return s.size() > 1 && s.size() <= 255 && s.front() == QLatin1Char('$'); }

QString serverName(const QString &userId)
{
    const qsizetype colon = userId.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : userId.mid(colon + 1);
}

} // namespace lattice::id
