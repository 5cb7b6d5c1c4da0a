#include "client/event_text.h"

#include "client/event_text_membership.h"
#include "client/event_text_tr.h"
#include "protocol/event.h"
#include "protocol/relations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace lattice {

namespace {

using event_text_detail::k;
using event_text_detail::tr;

// A string field: Absent (missing, null or ""), Text, or Malformed (another JSON type).
enum class Field { Absent, Text, Malformed };
Field field(const QJsonObject &o, const char *key, QString *out = nullptr)
{
    const QJsonValue v = o.value(k(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return Field::Absent;
    if (!v.isString())
        return Field::Malformed;
    if (out)
        *out = v.toString();
    return Field::Text;
}

QString oneLine(QString s, qsizetype max = 200)
{
    s = s.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

QString roomName(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    QString name;
    switch (field(c, "name", &name)) {
    case Field::Absent:
        return tr("%1 removed the room name").arg(who);
    case Field::Malformed:
        return tr("%1 changed the room name").arg(who);
    case Field::Text:
        break;
    }
    if (field(prev, "name") == Field::Text)
        return tr("%1 changed the room name to %2").arg(who, oneLine(name));
    return tr("%1 set the room name to %2").arg(who, oneLine(name));
}

QString topic(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    QString text;
    switch (field(c, "topic", &text)) {
    case Field::Absent:
        return tr("%1 removed the topic").arg(who);
    case Field::Malformed:
        return tr("%1 changed the topic").arg(who);
    case Field::Text:
        break;
    }
    if (field(prev, "topic") == Field::Text)
        return tr("%1 changed the topic to %2").arg(who, oneLine(text));
    return tr("%1 set the topic to %2").arg(who, oneLine(text));
}

QString roomAvatar(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    switch (field(c, "url")) {
    case Field::Absent:
        return tr("%1 removed the room avatar").arg(who);
    case Field::Malformed:
        return tr("%1 changed the room avatar").arg(who);
    case Field::Text:
        break;
    }
    return field(prev, "url") == Field::Text ? tr("%1 changed the room avatar").arg(who)
                                             : tr("%1 set the room avatar").arg(who);
}

QString historyVisibility(const QString &who, const QJsonObject &c)
{
    const QString v = c.value(k("history_visibility")).toString();
    if (v == QLatin1String("world_readable"))
        return tr("%1 made the room history visible to anyone").arg(who);
    if (v == QLatin1String("shared"))
        return tr("%1 made the room history visible to all members").arg(who);
    if (v == QLatin1String("invited"))
        return tr("%1 made the room history visible to members from when they were invited").arg(who);
    if (v == QLatin1String("joined"))
        return tr("%1 made the room history visible to members from when they joined").arg(who);
    return tr("%1 changed who can read the room history").arg(who);
}

QString joinRules(const QString &who, const QJsonObject &c)
{
    const QString rule = c.value(k("join_rule")).toString();
    if (rule == QLatin1String("public"))
        return tr("%1 made the room public").arg(who);
    if (rule == QLatin1String("invite"))
        return tr("%1 made the room invite only").arg(who);
    if (rule == QLatin1String("knock"))
        return tr("%1 allowed people to ask to join").arg(who);
    if (rule == QLatin1String("restricted") || rule == QLatin1String("knock_restricted"))
        return tr("%1 allowed members of selected spaces to join").arg(who);
    return tr("%1 changed who can join the room").arg(who);
}

QString powerLabel(qint64 level, qint64 usersDefault)
{
    if (level == 100)
        return tr("Administrator");
    if (level == 50)
        return tr("Moderator");
    if (level == usersDefault)
        return tr("Default");
    return tr("Custom (%1)").arg(level);
}

QString powerLevels(const QString &who, const QJsonObject &c, const QJsonObject &prev,
                    const NameLookup &names)
{
    const QJsonObject users = c.value(k("users")).toObject();
    const QJsonObject prevUsers = prev.value(k("users")).toObject();
    const qint64 def = c.value(k("users_default")).toInteger(0);
    const qint64 prevDef = prev.value(k("users_default")).toInteger(0);
    QStringList changed;
    QSet<QString> ids;
    for (auto it = users.begin(); it != users.end(); ++it)
        ids.insert(it.key());
    for (auto it = prevUsers.begin(); it != prevUsers.end(); ++it)
        ids.insert(it.key());
    for (const QString &id : ids) {
        if (users.value(id).toInteger(def) != prevUsers.value(id).toInteger(prevDef))
            changed.append(id);
    }
    if (changed.size() == 1 && !prev.isEmpty()) {
        const QString &id = changed.first();
        return tr("%1 changed the power level of %2 from %3 to %4")
            .arg(who, displayName(id, names), powerLabel(prevUsers.value(id).toInteger(prevDef), prevDef),
                 powerLabel(users.value(id).toInteger(def), def));
    }
    if (changed.size() > 1 && !prev.isEmpty())
        return QCoreApplication::translate("EventText", "%1 changed the power levels of %n people", nullptr,
                                           int(changed.size()))
            .arg(who);
    return tr("%1 changed the room's permissions").arg(who);
}

QString canonicalAlias(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    QString alias;
    const Field f = field(c, "alias", &alias);
    const QString prevAlias = prev.value(k("alias")).toString();
    if (f == Field::Text && alias != prevAlias)
        return tr("%1 set the main address to %2").arg(who, oneLine(alias));
    if (f == Field::Absent && !prevAlias.isEmpty())
        return tr("%1 removed the main address").arg(who);
    return tr("%1 changed the room addresses").arg(who);
}

QString pinnedEvents(const QString &who, const QJsonObject &c, const QJsonObject &prev)
{
    if (!c.value(k("pinned")).isArray())
        return tr("%1 changed the pinned messages").arg(who);
    QSet<QString> now, before;
    for (const QJsonValue &v : c.value(k("pinned")).toArray())
        now.insert(v.toString());
    for (const QJsonValue &v : prev.value(k("pinned")).toArray())
        before.insert(v.toString());
    const bool added = !QSet<QString>(now).subtract(before).isEmpty();
    const bool removed = !QSet<QString>(before).subtract(now).isEmpty();
    if (added && !removed)
        return tr("%1 pinned a message").arg(who);
    if (removed && !added)
        return tr("%1 unpinned a message").arg(who);
    return tr("%1 changed the pinned messages").arg(who);
}

QString callEvent(const QString &type, const QString &who, const QJsonObject &c)
{
    if (type == QLatin1String("m.call.invite")) {
        const QString sdp = c.value(k("offer")).toObject().value(k("sdp")).toString();
        return sdp.contains(QLatin1String("m=video")) ? tr("%1 placed a video call").arg(who)
                                                      : tr("%1 placed a voice call").arg(who);
    }
    if (type == QLatin1String("m.call.answer"))
        return tr("%1 answered the call").arg(who);
    if (type == QLatin1String("m.call.reject"))
        return tr("%1 declined the call").arg(who);
    return tr("%1 ended the call").arg(who);
}

} // namespace

QString eventSummary(const QJsonObject &e, const NameLookup &names)
{
    const QString type = event::type(e);
    const QString who = displayName(event::sender(e), names);
    const QJsonObject c = event::content(e);
    const QJsonObject prev = event::prevContent(e);
    if (event::isRedacted(e)) {
        // Redaction keeps the keys these sentences need only for membership and a few room rules.
        const bool keepsMeaning = type == QLatin1String("m.room.member") ||
                                  type == QLatin1String("m.room.create") ||
                                  type == QLatin1String("m.room.join_rules") ||
                                  type == QLatin1String("m.room.history_visibility") ||
                                  type == QLatin1String("m.room.power_levels");
        if (!event::isState(e))
            return tr("Message deleted");
        if (!keepsMeaning)
            return tr("%1's change to the room was deleted").arg(who);
    }
    if (type == QLatin1String("m.room.member"))
        return membershipSentence(e, names);
    if (type == QLatin1String("m.room.name"))
        return roomName(who, c, prev);
    if (type == QLatin1String("m.room.topic"))
        return topic(who, c, prev);
    if (type == QLatin1String("m.room.avatar"))
        return roomAvatar(who, c, prev);
    if (type == QLatin1String("m.room.create"))
        return c.value(k("type")).toString() == QLatin1String("m.space") ? tr("%1 created the space").arg(who)
                                                                         : tr("%1 created the room").arg(who);
    if (type == QLatin1String("m.room.encryption"))
        return tr("%1 turned on end-to-end encryption").arg(who);
    if (type == QLatin1String("m.room.history_visibility"))
        return historyVisibility(who, c);
    if (type == QLatin1String("m.room.join_rules"))
        return joinRules(who, c);
    if (type == QLatin1String("m.room.power_levels"))
        return powerLevels(who, c, prev, names);
    if (type == QLatin1String("m.room.canonical_alias"))
        return canonicalAlias(who, c, prev);
    if (type == QLatin1String("m.room.pinned_events"))
        return pinnedEvents(who, c, prev);
    if (type == QLatin1String("m.room.tombstone"))
        return tr("%1 upgraded this room; the conversation continues in a new room").arg(who);
    if (type == QLatin1String("m.room.server_acl"))
        return prev.isEmpty() ? tr("%1 set the server access rules").arg(who)
                              : tr("%1 changed the server access rules").arg(who);
    if (type == QLatin1String("m.room.guest_access"))
        return c.value(k("guest_access")).toString() == QLatin1String("can_join")
                   ? tr("%1 allowed guests to join").arg(who)
                   : tr("%1 stopped guests from joining").arg(who);
    if (type.startsWith(QLatin1String("m.call.")))
        return callEvent(type, who, c);
    if (type == QLatin1String("m.room.encrypted"))
        return tr("Encrypted message: the key to read it has not arrived");
    if (type == QLatin1String("m.room.message") || type == QLatin1String("m.sticker") ||
        type.contains(QLatin1String("poll.start")))
        return messagePreview(e, who);
    if (type == QLatin1String("m.reaction"))
        return tr("%1 reacted to a message").arg(who);
    if (type == QLatin1String("m.room.redaction"))
        return tr("%1 deleted a message").arg(who);
    if (event::isState(e))
        return tr("%1 changed the room state (%2)").arg(who, oneLine(type, 80));
    if (type.isEmpty())
        return tr("%1 sent an event this app cannot show").arg(who);
    return tr("%1 sent an event this app cannot show (%2)").arg(who, oneLine(type, 80));
}

QString messagePreview(const QJsonObject &e, const QString &senderName)
{
    const QString who = senderName.isEmpty() ? event::sender(e) : senderName;
    const QString type = event::type(e);
    if (event::isRedacted(e) && !event::isState(e))
        return tr("Message deleted");
    if (type == QLatin1String("m.room.encrypted"))
        return tr("%1: Encrypted message").arg(who);
    if (type == QLatin1String("m.sticker"))
        return tr("%1 sent a sticker").arg(who);
    const QJsonObject c = event::content(e);
    if (type.contains(QLatin1String("poll.start"))) {
        const QJsonObject poll = c.value(type).toObject();
        QString question =
            poll.value(k("question")).toObject().value(k("org.matrix.msc1767.text")).toString();
        if (question.isEmpty())
            question = poll.value(k("question")).toObject().value(k("body")).toString();
        return question.isEmpty() ? tr("%1 started a poll").arg(who)
                                  : tr("%1 started a poll: %2").arg(who, oneLine(question));
    }
    if (type != QLatin1String("m.room.message"))
        return eventSummary(e, [&](const QString &id) { return id == event::sender(e) ? who : QString(); });
    const QString msgtype = c.value(k("msgtype")).toString();
    const QString body = oneLine(relations::stripReplyFallback(c).value(k("body")).toString());
    if (msgtype == QLatin1String("m.emote"))
        return tr("* %1 %2").arg(who, body);
    if (msgtype == QLatin1String("m.image"))
        return tr("%1 sent an image").arg(who);
    if (msgtype == QLatin1String("m.video"))
        return tr("%1 sent a video").arg(who);
    if (msgtype == QLatin1String("m.audio"))
        return tr("%1 sent an audio message").arg(who);
    if (msgtype == QLatin1String("m.file"))
        return tr("%1 sent a file").arg(who);
    if (msgtype == QLatin1String("m.location"))
        return tr("%1 shared a location").arg(who);
    if (body.isEmpty())
        return tr("%1 sent a message").arg(who);
    return tr("%1: %2").arg(who, body);
}

} // namespace lattice
