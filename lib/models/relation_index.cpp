#include "relation_index.h"

#include "protocol/event.h"

namespace lattice {

void RelationIndex::clear()
{
    m_edits.clear();
    m_reactions.clear();
    m_seen.clear();
}

QString RelationIndex::targetOf(const QJsonObject &event)
{
    const relations::RelatesTo r = relations::parseRelatesTo(event::content(event));
    if (r.isEdit() || (r.isAnnotation() && event::type(event) == QLatin1String("m.reaction")))
        return r.eventId;
    return {};
}

void RelationIndex::add(const QJsonObject &event)
{
    const relations::RelatesTo r = relations::parseRelatesTo(event::content(event));
    const bool reaction = r.isAnnotation() && event::type(event) == QLatin1String("m.reaction");
    if (!r.isEdit() && !reaction)
        return;
    const QString id = event::eventId(event);
    if (!id.isEmpty()) {
        if (m_seen.contains(id))
            return;
        m_seen.insert(id);
    }
    (reaction ? m_reactions : m_edits)[r.eventId].append(event);
}

} // namespace lattice
