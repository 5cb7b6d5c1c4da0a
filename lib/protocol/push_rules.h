#pragma once
// Push rules (spec: client-server-api/modules/push.md): the server-default rules, merged with the
// account's m.push_rules account data, and a pure evaluator that says whether and how an event
// notifies. The client evaluates them itself so desktop notifications follow the user's settings.
#include "protocol/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace lattice {

// In the order the spec checks them.
enum class PushRuleKind { Override, Content, Room, Sender, Underride };

struct PushRule
{
    PushRuleKind kind = PushRuleKind::Underride;
    QString ruleId;
    bool isDefault = false; // a server-default rule (its ID starts with '.')
    bool enabled = true;
    QJsonArray conditions; // override and underride
    QString pattern;       // content rules: a glob matched against content.body
    QJsonArray actions;
};

// What an event is evaluated against besides itself.
struct PushContext
{
    QString userId;          // the account's own Matrix ID
    QString displayName;     // the account's display name in the room (contains_display_name)
    int memberCount = 0;     // joined members of the room (room_member_count)
    QJsonObject powerLevels; // content of the room's m.room.power_levels (empty: none)
};

// The outcome: the tweaks of the first matching rule.
struct PushActions
{
    QString ruleId; // the matching rule; empty when none matched
    bool notify = false;
    bool highlight = false;
    QString sound; // empty: silent; "default" or a named sound
};

class PushRuleSet
{
public:
    // The spec's server-default rules for this user.
    static PushRuleSet serverDefaults(const QString &userId);
    // The rules in the content of an m.push_rules account data event ({"global": {...}}), with the
    // server-default rules it lacks added after the user's own. Malformed rules are left out (and
    // counted in skippedRules()); content without a "global" object is an error.
    static Result<PushRuleSet> fromAccountData(const QJsonObject &content, const QString &userId);

    // The first enabled rule that matches, in the spec's order; no match means no notification.
    PushActions evaluate(const QJsonObject &event, const PushContext &context) const;

    // Every rule in evaluation order (.m.rule.master first).
    const QList<PushRule> &rules() const { return m_rules; }
    int skippedRules() const { return m_skipped; }

private:
    void addMissingDefaults(const QString &userId);
    bool matches(const PushRule &rule, const QJsonObject &event, const PushContext &context) const;

    QList<PushRule> m_rules;
    int m_skipped = 0;
};

// The building blocks, public for their tests.
namespace push {

// A property of the event by a dot-separated path ("content.m\.relates_to.rel_type"); nullopt when
// absent (a JSON null is present).
std::optional<QJsonValue> eventProperty(const QJsonObject &event, const QString &path);

// The spec's glob ('*' any run, '?' one character), case-insensitive. Whole value, or with
// wordBoundaries any substring that starts and ends at a word boundary (content.body).
bool globMatches(const QString &pattern, const QString &value, bool wordBoundaries);

// room_member_count's "is": "2", "==2", "<10", ">1", ">=3", "<=10".
bool memberCountMatches(const QString &is, int memberCount);

// The tweaks of an actions array (historical actions ignored).
PushActions parseActions(const QJsonArray &actions);

} // namespace push
} // namespace lattice
