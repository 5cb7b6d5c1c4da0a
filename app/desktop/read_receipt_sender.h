#pragma once
// Our public read receipt (m.read) in one room: where it is, and moving it forward as the user
// reads. Positions are compared in the stored timeline, never by timestamps, so a receipt never
// goes back (the spec's receipts are "up to" markers). m.fully_read is not touched here.
#include "client/session.h"

#include <QString>
#include <limits>
#include <memory>

namespace lattice::desktop {

class ReadReceiptSender
{
public:
    // Starts from the own receipt that the store holds for the room (from sync). `session`
    // outlives this object.
    ReadReceiptSender(Session &session, const QString &roomId);
    ~ReadReceiptSender();
    ReadReceiptSender(const ReadReceiptSender &) = delete;
    ReadReceiptSender &operator=(const ReadReceiptSender &) = delete;

    // The event the server holds our m.read on, as far as we know; empty if none.
    QString eventId() const { return m_eventId; }
    // Sends m.read (alone) to the stored event `eventId` if it lies after the receipt and after
    // one still on its way; false when nothing was sent.
    bool moveTo(const QString &eventId);
    // The server took m.read at `eventId` from a request sent elsewhere (with m.fully_read).
    void sent(const QString &eventId);

private:
    static constexpr qint64 kNowhere = std::numeric_limits<qint64>::min();
    // The event's place in the stored timeline; kNowhere if the store does not have it.
    qint64 positionOf(const QString &eventId) const;
    void taken(const QString &eventId, qint64 position);

    Session &m_session;
    QString m_roomId;
    QString m_eventId;
    qint64 m_position = kNowhere;
    qint64 m_pendingPosition = kNowhere; // a request on its way
    // Callbacks may outlive this object; they check this token.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
