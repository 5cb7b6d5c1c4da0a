// Session::backPaginate: fills holes in a room's stored timeline from /messages.
#include "session.h"

#include "net/client_api.h"
#include "store/timeline_store.h"

#include <QJsonArray>

namespace lattice {

namespace {
constexpr int kMaxRounds = 200;   // a bound on requests for one call, whatever the server answers
constexpr int kPageSize = 100;

// The gap that keeps the newest `wanted` events from being contiguous, if any.
Result<std::optional<Gap>> blockingGap(Database &db, const QString &roomId, int wanted)
{
    auto window = latestEvents(db, roomId, wanted);
    if (!window)
        return window.error();
    if (window->empty())
        return highestGapFrom(db, roomId, std::numeric_limits<qint64>::min());
    const qint64 lowest = window->front().idx;
    // A gap right at the bottom of a full window does not matter; inside it, or below a short one, it does.
    const qint64 from = int(window->size()) < wanted ? lowest : lowest + 1;
    return highestGapFrom(db, roomId, from);
}
} // namespace

void Session::backPaginate(const QString &roomId, int wanted, std::function<void(Status)> done)
{
    fillGapStep(roomId, wanted, 0, [this, roomId, done = std::move(done)](Status filled) {
        // Encrypted events that came with the pages are decrypted before the caller reads them.
        if (!m_e2ee)
            return done(filled);
        m_e2ee->decryptStored(roomId, [done, filled](Status decrypted) { done(!filled ? filled : decrypted); });
    });
}

void Session::fillGapStep(const QString &roomId, int wanted, int rounds, std::function<void(Status)> done)
{
    m_store->post<std::optional<Gap>>(
        [roomId, wanted](Database &db) { return blockingGap(db, roomId, wanted); }, this,
        [=, this](Result<std::optional<Gap>> gap) {
            if (!gap)
                return done(gap.error());
            if (!gap->has_value() || rounds >= kMaxRounds)
                return done(success());
            const Gap g = **gap;
            m_http->send(api::messages(roomId, g.prevBatch, kPageSize, QString()),
                         [=, this](Result<HttpResponse> reply) {
                             if (!reply)
                                 return done(reply.error());
                             // Parsed with each event's bytes, which the store keeps as the server sent them.
                             Result<MessagesPage> parsed = parseMessagesPage(reply->body);
                             if (!parsed)
                                 return done(parsed.error());
                             const MessagesPage page = std::move(*parsed);
                             m_store->post<BackfillResult>(
                                 [=](Database &db) { return storeBackfill(db, roomId, g, page); }, this,
                                 [=, this](Result<BackfillResult> stored) {
                                     if (!stored)
                                         return done(stored.error());
                                     fillGapStep(roomId, wanted, rounds + 1, done);
                                 });
                         });
        });
}

} // namespace lattice
