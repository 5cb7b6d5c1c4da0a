#include "notification_policy.h"

#include "client/event_text.h"
#include "protocol/event.h"
#include "store/event_lookup.h"
#include "store/member_queries.h"
#include "store/notification_queries.h"
#include "store/room_queries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lattice::desktop {

PushRuleSet storedPushRules(Database &db, const QString &ownUserId)
{
    const auto content = accountDataContent(db, QStringLiteral("m.push_rules"));
    if (!content || content->isEmpty())
        return PushRuleSet::serverDefaults(ownUserId);
    auto rules = PushRuleSet::fromAccountData(*content, ownUserId);
    if (!rules) {
        qWarning("lattice: ignoring the stored push rules: %s", qPrintable(rules.error().message));
        return PushRuleSet::serverDefaults(ownUserId);
    }
    return *rules;
}

namespace {

// An m.room.encrypted event as the rules and the preview should see it: the clear event when this batch's
// write decrypted it (so mentions and keywords in encrypted rooms count), else the encrypted one.
Result<QJsonObject> clearEvent(Database &db, const QJsonObject &e)
{
    if (event::type(e) != QLatin1String("m.room.encrypted"))
        return e;
    auto stored = findEvent(db, event::eventId(e));
    if (!stored)
        return stored.error();
    if (!*stored || !(*stored)->decrypted)
        return e;
    QJsonObject clear = (*stored)->json;
    clear.insert(QStringLiteral("room_id"), e.value(QStringLiteral("room_id")));
    return clear;
}

// What the rules need to know about one room, read once per batch.
Result<PushContext> roomContext(Database &db, const QString &roomId, const QString &ownUserId,
                                int joinedMembers)
{
    PushContext context;
    context.userId = ownUserId;
    context.memberCount = joinedMembers;
    auto me = memberInfo(db, roomId, ownUserId);
    if (!me)
        return me.error();
    context.displayName = me->rawDisplayName;
    auto levels = stateContent(db, roomId, QStringLiteral("m.room.power_levels"));
    if (!levels)
        return levels.error();
    context.powerLevels = *levels;
    return context;
}

// A new invite shows as the m.room.member event the push rules see for it (".m.rule.invite_for_me").
Status appendInviteNotifications(const ChangeSet &changes, Database &db, const QString &ownUserId,
                                 const PushRuleSet &rules, std::vector<Notification> &out)
{
    for (const QString &roomId : changes.changedRooms) {
        auto room = findRoom(db, roomId);
        if (!room)
            return room.error();
        if (!*room || (*room)->membership != QLatin1String("invite"))
            continue;
        const QString inviter = (*room)->inviter;
        const QJsonObject member{{QStringLiteral("type"), QStringLiteral("m.room.member")},
                                 {QStringLiteral("state_key"), ownUserId},
                                 {QStringLiteral("sender"), inviter},
                                 {QStringLiteral("room_id"), roomId},
                                 {QStringLiteral("content"),
                                  QJsonObject{{QStringLiteral("membership"), QStringLiteral("invite")}}}};
        PushContext context;
        context.userId = ownUserId;
        context.memberCount = (*room)->joinedMemberCount;
        const PushActions actions = rules.evaluate(member, context);
        if (!actions.notify)
            continue;
        auto who = memberInfo(db, roomId, inviter);
        const QString name = who && !who->displayName.isEmpty() ? who->displayName : inviter;
        Notification n;
        n.roomId = roomId;
        n.invite = true;
        n.roomName = (*room)->displayName;
        n.senderName = name;
        n.text =
            inviter.isEmpty()
                ? QCoreApplication::translate("Notifications", "You were invited to join this room.")
                : QCoreApplication::translate("Notifications", "%1 invited you to join this room.").arg(name);
        n.highlight = actions.highlight;
        n.sound = actions.sound;
        out.push_back(n);
    }
    return success();
}

} // namespace

Result<std::vector<Notification>> notificationsFor(const ChangeSet &changes, Database &db,
                                                   const QString &ownUserId, const QString &quietRoomId)
{
    std::vector<Notification> out;
    if (changes.initial)
        return out;
    const PushRuleSet rules = storedPushRules(db, ownUserId);
    if (Status s = appendInviteNotifications(changes, db, ownUserId, rules, out); !s)
        return s.error();
    for (const TimelineAppend &append : changes.appended) {
        if (append.roomId == quietRoomId)
            continue;
        auto room = findRoom(db, append.roomId);
        if (!room)
            return room.error();
        if (!*room || (*room)->membership != QLatin1String("join"))
            continue;
        auto context = roomContext(db, append.roomId, ownUserId, (*room)->joinedMemberCount);
        if (!context)
            return context.error();
        std::optional<Notification> latest;
        int count = 0;
        for (const QJsonValue &value : append.events) {
            QJsonObject e = value.toObject();
            const QString sender = event::sender(e);
            if (sender == ownUserId)
                continue;
            e.insert(QStringLiteral("room_id"), append.roomId); // sync omits it; room rules need it
            auto clear = clearEvent(db, e);
            if (!clear)
                return clear.error();
            e = *clear;
            const PushActions actions = rules.evaluate(e, *context);
            if (!actions.notify)
                continue;
            auto who = memberInfo(db, append.roomId, sender);
            if (!who)
                return who.error();
            Notification n;
            n.roomId = append.roomId;
            n.eventId = event::eventId(e);
            n.roomName = (*room)->displayName;
            n.senderName = who->displayName;
            n.text = messagePreview(e, who->displayName);
            n.undecrypted = event::type(e) == QLatin1String("m.room.encrypted");
            // A highlight anywhere in the batch keeps the room's notification highlighted.
            n.highlight = actions.highlight || (latest && latest->highlight);
            n.sound = actions.sound.isEmpty() && latest ? latest->sound : actions.sound;
            latest = n;
            ++count;
        }
        if (latest) {
            latest->count = count;
            out.push_back(*latest);
        }
    }
    return out;
}

} // namespace lattice::desktop
