#pragma once
// Sending a message through a Session and reading back what this device can read, for E2EE tests.
#include "client/session.h"
#include "store/timeline_store.h"

#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace lattice::test {

// Queues an event with `enqueue` (a Session or SendQueue call taking the queued-event callback) and
// waits for the server's event ID.
inline Result<QString> sendWith(Session &session,
                                const std::function<void(std::function<void(Result<QueuedEvent>)>)> &enqueue,
                                int timeoutMs = 60000)
{
    auto txn = std::make_shared<QString>();
    std::optional<Result<QString>> out;
    QObject guard;
    QObject::connect(&session.sendQueue(), &SendQueue::sent, &guard,
                     [&, txn](const QString &txnId, const QString &eventId) {
                         if (txnId == *txn)
                             out.emplace(eventId);
                     });
    QObject::connect(&session.sendQueue(), &SendQueue::failed, &guard,
                     [&, txn](const QString &txnId, const Error &e) {
                         if (txnId == *txn || txnId.isEmpty())
                             out.emplace(e);
                     });
    enqueue([&, txn](Result<QueuedEvent> r) {
        if (!r)
            out.emplace(r.error());
        else
            *txn = r->txnId;
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return Error::make(Error::Kind::Timeout, QStringLiteral("the message was not sent in time"));
    return *out;
}

// Sends a text message through the Session's send queue and waits for the server's event ID.
inline Result<QString> sendText(Session &session, const QString &room, const QString &body,
                                int timeoutMs = 60000)
{
    return sendWith(
        session, [&](auto done) { session.sendText(room, body, done); }, timeoutMs);
}

// Bodies of the room's latest messages that this device decrypted.
inline QStringList readableBodies(Session &session, const QString &room)
{
    QStringList bodies;
    auto events = latestEvents(session.reader(), room, 100);
    if (!events)
        return bodies;
    for (const StoredEvent &e : *events)
        if (e.json.value(QLatin1String("type")).toString() == QLatin1String("m.room.message") && e.decrypted)
            bodies
                << e.json.value(QLatin1String("content")).toObject().value(QLatin1String("body")).toString();
    return bodies;
}

} // namespace lattice::test
