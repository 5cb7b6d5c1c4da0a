#include "room_name.h"

#include <QCoreApplication>

namespace lattice {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("RoomName", text, nullptr, n); }

QString joinNames(const QStringList &names)
{
    if (names.size() == 1)
        return names.first();
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}
} // namespace

QString computeRoomDisplayName(const RoomNameInputs &in)
{
    if (!in.name.trimmed().isEmpty())
        return in.name.trimmed();
    if (!in.canonicalAlias.isEmpty())
        return in.canonicalAlias;
    const int others = in.joinedMemberCount + in.invitedMemberCount - 1; // members besides us
    if (in.heroNames.isEmpty())
        return tr("Empty Room");
    if (others <= 0)
        return tr("Empty Room (was %1)").arg(joinNames(in.heroNames));
    if (in.heroNames.size() < others) {
        const int rest = others - int(in.heroNames.size());
        return tr(rest == 1 ? "%1 and %n other" : "%1 and %n others", rest).arg(in.heroNames.join(QStringLiteral(", ")));
    }
    return joinNames(in.heroNames);
}

QString memberDisplayName(const QString &userId, const QString &displayName, bool ambiguous)
{
    if (displayName.trimmed().isEmpty())
        return userId;
    return ambiguous ? QStringLiteral("%1 (%2)").arg(displayName, userId) : displayName;
}

} // namespace lattice
