#include "room_name.h"

#include <QCoreApplication>

namespace lattice {

namespace {
// lupdate files tr() calls in free functions under the namespace's name: the same context here.
QString tr(const char *text) { return QCoreApplication::translate("lattice", text); }

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
        // Two sources so English reads right without a translator (lattice-cli); each has plural forms.
        const QString heroes = in.heroNames.join(QStringLiteral(", "));
        return rest == 1 ? QCoreApplication::translate("RoomName", "%1 and %n other", nullptr, rest).arg(heroes)
                         : QCoreApplication::translate("RoomName", "%1 and %n others", nullptr, rest).arg(heroes);
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
