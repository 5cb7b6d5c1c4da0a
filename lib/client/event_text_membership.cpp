#include "client/event_text_membership.h"

#include "client/event_text_tr.h"
#include "protocol/event.h"

#include <QCoreApplication>
#include <QHash>

namespace lattice {

namespace {

using event_text_detail::k;
using event_text_detail::tr;

QString oneLine(QString s)
{
    s = s.simplified();
    return s.size() > 200 ? s.left(199) + QChar(0x2026) : s;
}

QString withReason(const QString &sentence, const QJsonObject &content)
{
    const QString reason = oneLine(content.value(k("reason")).toString());
    return reason.isEmpty() ? sentence : tr("%1: %2").arg(sentence, reason);
}

QString profileChange(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    const QJsonValue nameValue = c.value(k("displayname"));
    const QString name = oneLine(nameValue.toString());
    const QString prevName = oneLine(prev.value(k("displayname")).toString());
    const QString avatar = c.value(k("avatar_url")).toString();
    const QString prevAvatar = prev.value(k("avatar_url")).toString();
    if (name != prevName && (nameValue.isString() || nameValue.isUndefined() || nameValue.isNull())) {
        if (prevName.isEmpty())
            return tr("%1 set their display name to %2").arg(who, name);
        if (name.isEmpty())
            return tr("%1 removed their display name (%2)").arg(who, prevName);
        return tr("%1 changed their display name from %2 to %3").arg(who, prevName, name);
    }
    if (avatar != prevAvatar) {
        if (prevAvatar.isEmpty())
            return tr("%1 set their avatar").arg(who);
        if (avatar.isEmpty())
            return tr("%1 removed their avatar").arg(who);
        return tr("%1 changed their avatar").arg(who);
    }
    return tr("%1 updated their profile").arg(who);
}

} // namespace

QString displayName(const QString &userId, const NameLookup &names)
{
    if (userId.isEmpty())
        return tr("Someone");
    const QString name = names ? names(userId) : QString();
    return name.isEmpty() ? userId : name;
}

QString membershipSentence(const QJsonObject &e, const NameLookup &names)
{
    const QJsonObject c = event::content(e);
    const QJsonObject prev = event::prevContent(e);
    const QString senderId = event::sender(e);
    const QString targetId = e.value(k("state_key")).toString();
    const QString sender = displayName(senderId, names);
    QString target = targetId.isEmpty() ? QString() : displayName(targetId, names);
    if (target == targetId && c.value(k("displayname")).isString() &&
        !c.value(k("displayname")).toString().isEmpty())
        target = oneLine(c.value(k("displayname")).toString());
    if (target.isEmpty())
        return tr("%1 changed a membership").arg(sender);
    const QString membership = c.value(k("membership")).toString();
    const QString was = prev.value(k("membership")).toString();
    const bool self = senderId == targetId;

    if (membership == QLatin1String("join")) {
        if (was == QLatin1String("join"))
            return profileChange(target, c, prev);
        return tr("%1 joined the room").arg(target);
    }
    if (membership == QLatin1String("invite"))
        return withReason(tr("%1 invited %2").arg(sender, target), c);
    if (membership == QLatin1String("knock"))
        return withReason(tr("%1 asked to join").arg(target), c);
    if (membership == QLatin1String("ban"))
        return withReason(tr("%1 banned %2").arg(sender, target), c);
    if (membership == QLatin1String("leave")) {
        if (self) {
            if (was == QLatin1String("invite"))
                return withReason(tr("%1 rejected the invitation").arg(target), c);
            if (was == QLatin1String("knock"))
                return withReason(tr("%1 withdrew their request to join").arg(target), c);
            return withReason(tr("%1 left the room").arg(target), c);
        }
        if (was == QLatin1String("ban"))
            return withReason(tr("%1 unbanned %2").arg(sender, target), c);
        if (was == QLatin1String("invite"))
            return withReason(tr("%1 withdrew the invitation for %2").arg(sender, target), c);
        if (was == QLatin1String("knock"))
            return withReason(tr("%1 declined the request to join from %2").arg(sender, target), c);
        return withReason(tr("%1 removed %2").arg(sender, target), c);
    }
    return tr("%1 changed the membership of %2").arg(sender, target);
}

namespace {

// What a run did to one user overall.
enum class RunOutcome { Joined, Left, JoinedAndLeft, LeftAndRejoined, Invited, Banned, Changed };

QString nameList(const QStringList &names)
{
    const qsizetype n = names.size();
    if (n == 1)
        return names[0];
    if (n == 2)
        return tr("%1 and %2").arg(names[0], names[1]);
    if (n == 3)
        return tr("%1, %2 and %3").arg(names[0], names[1], names[2]);
    const int others = static_cast<int>(n) - 2; // inline, the cast hides the string from lupdate
    return QCoreApplication::translate("EventText", "%1, %2 and %n others", nullptr, others).arg(names[0], names[1]);
}

QString outcomeSentence(RunOutcome outcome, const QStringList &people)
{
    const QString who = nameList(people);
    const bool one = people.size() == 1;
    switch (outcome) {
    case RunOutcome::Joined:
        return tr("%1 joined").arg(who);
    case RunOutcome::Left:
        return tr("%1 left").arg(who);
    case RunOutcome::JoinedAndLeft:
        return tr("%1 joined and left").arg(who);
    case RunOutcome::LeftAndRejoined:
        return tr("%1 left and rejoined").arg(who);
    case RunOutcome::Invited:
        return one ? tr("%1 was invited").arg(who) : tr("%1 were invited").arg(who);
    case RunOutcome::Banned:
        return one ? tr("%1 was banned").arg(who) : tr("%1 were banned").arg(who);
    case RunOutcome::Changed:
        return tr("%1 changed their profile").arg(who);
    }
    return who;
}

} // namespace

QString collapseMembershipRun(const QList<QJsonObject> &memberEvents, const NameLookup &names)
{
    struct Person
    {
        QString first; // the first transition seen: "join" or "leave" or other membership
        QString last;
        QString firstPrev;
    };
    QStringList order;
    QHash<QString, Person> people;
    for (const QJsonObject &e : memberEvents) {
        const QString id = e.value(k("state_key")).toString();
        if (id.isEmpty())
            continue;
        QString membership = event::content(e).value(k("membership")).toString();
        const QString was = event::prevContent(e).value(k("membership")).toString();
        if (membership == QLatin1String("join") && was == QLatin1String("join"))
            membership = QStringLiteral("profile");
        auto it = people.find(id);
        if (it == people.end()) {
            order.append(id);
            people.insert(id, Person{membership, membership, was});
        } else if (!(membership == QLatin1String("profile") && it->last == QLatin1String("join"))) {
            it->last = membership; // a profile change after joining is still a join
        }
    }
    QList<RunOutcome> outcomes = {RunOutcome::Joined,          RunOutcome::Left,    RunOutcome::JoinedAndLeft,
                                  RunOutcome::LeftAndRejoined, RunOutcome::Invited, RunOutcome::Banned,
                                  RunOutcome::Changed};
    QHash<int, QStringList> byOutcome;
    for (const QString &id : order) {
        const Person &p = people[id];
        RunOutcome o = RunOutcome::Changed;
        const bool startsJoin = p.first == QLatin1String("join");
        const bool startsLeave = p.first == QLatin1String("leave") || p.first == QLatin1String("ban");
        if (p.last == QLatin1String("join"))
            o = startsLeave && p.firstPrev == QLatin1String("join") ? RunOutcome::LeftAndRejoined
                                                                    : RunOutcome::Joined;
        else if (p.last == QLatin1String("leave"))
            o = startsJoin && p.firstPrev != QLatin1String("join") ? RunOutcome::JoinedAndLeft
                                                                   : RunOutcome::Left;
        else if (p.last == QLatin1String("invite"))
            o = RunOutcome::Invited;
        else if (p.last == QLatin1String("ban"))
            o = RunOutcome::Banned;
        byOutcome[int(o)].append(displayName(id, names));
    }
    QStringList parts;
    for (RunOutcome o : outcomes) {
        if (byOutcome.contains(int(o)))
            parts.append(outcomeSentence(o, byOutcome.value(int(o))));
    }
    if (parts.isEmpty())
        return tr("No membership changes");
    return parts.join(tr("; "));
}

} // namespace lattice
