// Push rules: the server-default rules, merging with account data, and evaluation in spec order.
#include "push_rules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace lattice {

namespace {

constexpr auto kUserPlaceholder = "[the user's Matrix ID]";

// The spec's server-default rules (push.md, "Predefined Rules"), written as the spec shows them.
// The legacy body-based mention rules (.m.rule.contains_display_name, .m.rule.roomnotif, ...) were
// removed from the spec in v1.17; a server that still sends them in m.push_rules is obeyed.
constexpr auto kDefaultOverride = R"([
 {"rule_id": ".m.rule.master", "default": true, "enabled": false, "conditions": [], "actions": []},
 {"rule_id": ".m.rule.suppress_notices", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "content.msgtype", "pattern": "m.notice"}], "actions": []},
 {"rule_id": ".m.rule.invite_for_me", "default": true, "enabled": true,
  "conditions": [{"key": "type", "kind": "event_match", "pattern": "m.room.member"},
                 {"key": "content.membership", "kind": "event_match", "pattern": "invite"},
                 {"key": "state_key", "kind": "event_match", "pattern": "[the user's Matrix ID]"}],
  "actions": ["notify", {"set_tweak": "sound", "value": "default"}]},
 {"rule_id": ".m.rule.member_event", "default": true, "enabled": true,
  "conditions": [{"key": "type", "kind": "event_match", "pattern": "m.room.member"}], "actions": []},
 {"rule_id": ".m.rule.is_user_mention", "default": true, "enabled": true,
  "conditions": [{"kind": "event_property_contains", "key": "content.m\\.mentions.user_ids",
                  "value": "[the user's Matrix ID]"}],
  "actions": ["notify", {"set_tweak": "sound", "value": "default"}, {"set_tweak": "highlight"}]},
 {"rule_id": ".m.rule.is_room_mention", "default": true, "enabled": true,
  "conditions": [{"kind": "event_property_is", "key": "content.m\\.mentions.room", "value": true},
                 {"kind": "sender_notification_permission", "key": "room"}],
  "actions": ["notify", {"set_tweak": "highlight"}]},
 {"rule_id": ".m.rule.tombstone", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.tombstone"},
                 {"kind": "event_match", "key": "state_key", "pattern": ""}],
  "actions": ["notify", {"set_tweak": "highlight"}]},
 {"rule_id": ".m.rule.reaction", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.reaction"}], "actions": []},
 {"rule_id": ".m.rule.room.server_acl", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.server_acl"},
                 {"kind": "event_match", "key": "state_key", "pattern": ""}], "actions": []},
 {"rule_id": ".m.rule.suppress_edits", "default": true, "enabled": true,
  "conditions": [{"kind": "event_property_is", "key": "content.m\\.relates_to.rel_type", "value": "m.replace"}],
  "actions": []}
])";

constexpr auto kDefaultUnderride = R"([
 {"rule_id": ".m.rule.call", "default": true, "enabled": true,
  "conditions": [{"key": "type", "kind": "event_match", "pattern": "m.call.invite"}],
  "actions": ["notify", {"set_tweak": "sound", "value": "ring"}]},
 {"rule_id": ".m.rule.encrypted_room_one_to_one", "default": true, "enabled": true,
  "conditions": [{"kind": "room_member_count", "is": "2"},
                 {"kind": "event_match", "key": "type", "pattern": "m.room.encrypted"}],
  "actions": ["notify", {"set_tweak": "sound", "value": "default"}]},
 {"rule_id": ".m.rule.room_one_to_one", "default": true, "enabled": true,
  "conditions": [{"kind": "room_member_count", "is": "2"},
                 {"kind": "event_match", "key": "type", "pattern": "m.room.message"}],
  "actions": ["notify", {"set_tweak": "sound", "value": "default"}]},
 {"rule_id": ".m.rule.message", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.message"}], "actions": ["notify"]},
 {"rule_id": ".m.rule.encrypted", "default": true, "enabled": true,
  "conditions": [{"kind": "event_match", "key": "type", "pattern": "m.room.encrypted"}], "actions": ["notify"]}
])";

struct KindName
{
    PushRuleKind kind;
    const char *name;
};
constexpr std::array<KindName, 5> kKinds{{{PushRuleKind::Override, "override"},
                                          {PushRuleKind::Content, "content"},
                                          {PushRuleKind::Room, "room"},
                                          {PushRuleKind::Sender, "sender"},
                                          {PushRuleKind::Underride, "underride"}}};

// Replaces the spec's placeholder for the user's ID in condition values and patterns.
QJsonValue substituteUser(const QJsonValue &v, const QString &userId)
{
    if (v.isString() && v.toString() == QLatin1String(kUserPlaceholder))
        return userId;
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(substituteUser(x, userId));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substituteUser(it.value(), userId));
        return out;
    }
    return v;
}

std::optional<PushRule> parseRule(PushRuleKind kind, const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QLatin1String("rule_id"));
    const QJsonValue actions = o.value(QLatin1String("actions"));
    if (!id.isString() || id.toString().isEmpty() || !actions.isArray())
        return std::nullopt;
    PushRule rule;
    rule.kind = kind;
    rule.ruleId = id.toString();
    rule.isDefault = o.value(QLatin1String("default")).toBool(false);
    rule.enabled = o.value(QLatin1String("enabled")).toBool(true);
    rule.actions = actions.toArray();
    if (kind == PushRuleKind::Override || kind == PushRuleKind::Underride) {
        const QJsonValue conditions = o.value(QLatin1String("conditions"));
        if (!conditions.isUndefined() && !conditions.isArray())
            return std::nullopt;
        rule.conditions = conditions.toArray();
    } else if (kind == PushRuleKind::Content) {
        const QJsonValue pattern = o.value(QLatin1String("pattern"));
        if (!pattern.isString())
            return std::nullopt;
        rule.pattern = pattern.toString();
    }
    return rule;
}

QList<PushRule> parseDefaults(PushRuleKind kind, const char *json, const QString &userId)
{
    QList<PushRule> rules;
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(json)).array();
    for (const QJsonValue &v : array) {
        if (auto rule = parseRule(kind, substituteUser(v, userId)))
            rules.append(*rule);
    }
    Q_ASSERT(!rules.isEmpty()); // the literals above are valid JSON
    return rules;
}

bool isSimpleValue(const QJsonValue &v)
{
    return v.isString() || v.isDouble() || v.isBool() || v.isNull();
}

int powerLevel(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    bool ok = false;
    const int n = v.toString().toInt(&ok); // older rooms may carry levels as strings
    return ok ? n : fallback;
}

bool senderMayNotify(const QJsonObject &event, const QString &key, const QJsonObject &powerLevels)
{
    // Without a power levels event everyone is at 0 and "room" needs 50 (the spec's defaults).
    const QJsonObject notifications = powerLevels.value(QLatin1String("notifications")).toObject();
    const int required = powerLevel(notifications.value(key), 50);
    const QString sender = event.value(QLatin1String("sender")).toString();
    const int usersDefault = powerLevel(powerLevels.value(QLatin1String("users_default")), 0);
    const int level =
        powerLevel(powerLevels.value(QLatin1String("users")).toObject().value(sender), usersDefault);
    return level >= required;
}

bool conditionHolds(const QJsonObject &c, const QJsonObject &event, const PushContext &context)
{
    const QString kind = c.value(QLatin1String("kind")).toString();
    const QString key = c.value(QLatin1String("key")).toString();
    if (kind == QLatin1String("event_match")) {
        const auto value = push::eventProperty(event, key);
        const QJsonValue pattern = c.value(QLatin1String("pattern"));
        if (!value || !value->isString() || !pattern.isString())
            return false;
        return push::globMatches(pattern.toString(), value->toString(), key == QLatin1String("content.body"));
    }
    if (kind == QLatin1String("event_property_is")) {
        const auto value = push::eventProperty(event, key);
        const QJsonValue wanted = c.value(QLatin1String("value"));
        return value && isSimpleValue(*value) && isSimpleValue(wanted) && *value == wanted;
    }
    if (kind == QLatin1String("event_property_contains")) {
        const auto value = push::eventProperty(event, key);
        const QJsonValue wanted = c.value(QLatin1String("value"));
        if (!value || !value->isArray() || !isSimpleValue(wanted))
            return false;
        for (const QJsonValue &item : value->toArray()) {
            if (isSimpleValue(item) && item == wanted)
                return true;
        }
        return false;
    }
    if (kind == QLatin1String("contains_display_name")) {
        const auto body = push::eventProperty(event, QStringLiteral("content.body"));
        if (context.displayName.isEmpty() || !body || !body->isString())
            return false;
        // The name is literal text, not a glob, matched between word boundaries like a body pattern.
        const QRegularExpression re(QStringLiteral("(?:^|[^A-Za-z0-9_])%1(?:[^A-Za-z0-9_]|$)")
                                        .arg(QRegularExpression::escape(context.displayName)),
                                    QRegularExpression::CaseInsensitiveOption);
        return re.match(body->toString()).hasMatch();
    }
    if (kind == QLatin1String("room_member_count"))
        return push::memberCountMatches(c.value(QLatin1String("is")).toString(), context.memberCount);
    if (kind == QLatin1String("sender_notification_permission"))
        return !key.isEmpty() && senderMayNotify(event, key, context.powerLevels);
    return false; // unrecognised conditions never match
}

} // namespace

PushRuleSet PushRuleSet::serverDefaults(const QString &userId)
{
    PushRuleSet set;
    set.addMissingDefaults(userId);
    return set;
}

Result<PushRuleSet> PushRuleSet::fromAccountData(const QJsonObject &content, const QString &userId)
{
    const QJsonValue global = content.value(QLatin1String("global"));
    if (!global.isObject())
        return Error::make(
            Error::Kind::Parse,
            QCoreApplication::translate("PushRules", "The push rules have no \"global\" rule set."));
    PushRuleSet set;
    const QJsonObject g = global.toObject();
    for (const KindName &k : kKinds) {
        for (const QJsonValue &v : g.value(QLatin1String(k.name)).toArray()) {
            if (auto rule = parseRule(k.kind, v))
                set.m_rules.append(*rule);
            else
                ++set.m_skipped;
        }
    }
    set.addMissingDefaults(userId);
    return set;
}

// Keeps the account's rules (user rules first, as the server orders them), adds each spec default
// the account lacks after the rules of its kind, and puts .m.rule.master before everything.
void PushRuleSet::addMissingDefaults(const QString &userId)
{
    QList<PushRule> merged;
    for (const KindName &k : kKinds) {
        QList<PushRule> ofKind;
        for (const PushRule &r : std::as_const(m_rules)) {
            if (r.kind == k.kind)
                ofKind.append(r);
        }
        const char *defaults = k.kind == PushRuleKind::Override    ? kDefaultOverride
                               : k.kind == PushRuleKind::Underride ? kDefaultUnderride
                                                                   : nullptr;
        if (defaults) {
            for (const PushRule &d : parseDefaults(k.kind, defaults, userId)) {
                // Older servers file some defaults under another kind: an ID anywhere counts.
                const bool present = std::any_of(m_rules.cbegin(), m_rules.cend(),
                                                 [&d](const PushRule &r) { return r.ruleId == d.ruleId; });
                if (!present)
                    ofKind.append(d);
            }
        }
        merged.append(ofKind);
    }
    const auto master = std::find_if(merged.begin(), merged.end(), [](const PushRule &r) {
        return r.kind == PushRuleKind::Override && r.ruleId == QLatin1String(".m.rule.master");
    });
    if (master != merged.end() && master != merged.begin())
        std::rotate(merged.begin(), master, master + 1);
    m_rules = merged;
}

bool PushRuleSet::matches(const PushRule &rule, const QJsonObject &event, const PushContext &context) const
{
    switch (rule.kind) {
    case PushRuleKind::Override:
    case PushRuleKind::Underride:
        for (const QJsonValue &c : rule.conditions) {
            if (!conditionHolds(c.toObject(), event, context))
                return false;
        }
        return true;
    case PushRuleKind::Content: {
        const auto body = push::eventProperty(event, QStringLiteral("content.body"));
        return body && body->isString() && push::globMatches(rule.pattern, body->toString(), true);
    }
    case PushRuleKind::Room:
        return event.value(QLatin1String("room_id")).toString() == rule.ruleId;
    case PushRuleKind::Sender:
        return event.value(QLatin1String("sender")).toString() == rule.ruleId;
    }
    return false;
}

PushActions PushRuleSet::evaluate(const QJsonObject &event, const PushContext &context) const
{
    for (const PushRule &rule : m_rules) {
        if (!rule.enabled || !matches(rule, event, context))
            continue;
        PushActions actions = push::parseActions(rule.actions);
        actions.ruleId = rule.ruleId;
        return actions;
    }
    return {};
}

} // namespace lattice
