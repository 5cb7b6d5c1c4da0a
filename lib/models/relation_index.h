#pragma once
// The edits and reactions among a set of events, by the event they relate to: what TimelineModel
// looks up to show an event's latest content and its reaction chips.
#include "protocol/relations.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace lattice {

class RelationIndex
{
public:
    void clear();
    // Remembers `event` if it is an edit (m.replace) or a reaction (m.annotation); others are ignored.
    // The same event ID twice counts once.
    void add(const QJsonObject &event);
    QList<QJsonObject> edits(const QString &eventId) const { return m_edits.value(eventId); }
    QList<QJsonObject> reactions(const QString &eventId) const { return m_reactions.value(eventId); }

    // The event `event` relates to as an edit or a reaction, or empty.
    static QString targetOf(const QJsonObject &event);

private:
    QHash<QString, QList<QJsonObject>> m_edits;
    QHash<QString, QList<QJsonObject>> m_reactions;
    QSet<QString> m_seen;
};

} // namespace lattice
