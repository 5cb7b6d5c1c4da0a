#include "read_receipt_sender.h"

#include "store/event_lookup.h"
#include "store/receipt_queries.h"

#include <algorithm>

namespace lattice::desktop {

ReadReceiptSender::ReadReceiptSender(Session &session, const QString &roomId)
    : m_session(session), m_roomId(roomId)
{
    auto receipts = readReceipts(m_session.reader(), m_roomId);
    if (!receipts)
        return;
    // Unthreaded and main-timeline receipts both say how far we read: the furthest counts.
    for (const ReadReceipt &r : *receipts) {
        if (r.userId == m_session.userId() && r.receiptType == QLatin1String("m.read"))
            taken(r.eventId, positionOf(r.eventId));
    }
}

ReadReceiptSender::~ReadReceiptSender()
{
    *m_alive = false;
}

qint64 ReadReceiptSender::positionOf(const QString &eventId) const
{
    auto stored = findEvent(m_session.reader(), eventId);
    return stored && stored->has_value() ? (*stored)->idx : kNowhere;
}

void ReadReceiptSender::taken(const QString &eventId, qint64 position)
{
    // An event the store lacks is older than everything stored; it counts only as a start.
    if (!m_eventId.isEmpty() && position <= m_position)
        return;
    m_eventId = eventId;
    m_position = position;
}

bool ReadReceiptSender::moveTo(const QString &eventId)
{
    const qint64 position = positionOf(eventId);
    if (position == kNowhere || position <= std::max(m_position, m_pendingPosition))
        return false;
    m_pendingPosition = position;
    std::weak_ptr<bool> alive = m_alive;
    m_session.setReadMarkers(m_roomId, QString(), eventId, [this, alive, eventId, position](Status s) {
        if (alive.expired())
            return;
        if (m_pendingPosition == position)
            m_pendingPosition = kNowhere; // a failure is tried again when the view next rests
        if (s)
            taken(eventId, position);
    });
    return true;
}

void ReadReceiptSender::sent(const QString &eventId)
{
    taken(eventId, positionOf(eventId));
}

} // namespace lattice::desktop
