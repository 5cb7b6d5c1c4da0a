// Session::backPaginate and backPaginateUntil: fill holes in a room's stored timeline from /messages.
#include "session.h"

#include "net/client_api.h"
#include "store/event_lookup.h"
#include "store/timeline_store.h"

#include <QJsonArray>

namespace lattice {

namespace {
constexpr int kMaxRounds = 200; // a bound on requests for one call, whatever the server answers
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

// Where a search for one event stands: stored already, or the hole to fill next (none: the
// room's whole history is stored).
struct SearchState
{
    bool stored = false;
    std::optional<Gap> next;
};

Result<SearchState> searchState(Database &db, const QString &roomId, const QString &eventId)
{
    auto found = findEvent(db, eventId);
    if (!found)
        return found.error();
    if (found->has_value())
        return SearchState{true, {}};
    auto gap = highestGapFrom(db, roomId, std::numeric_limits<qint64>::min());
    if (!gap)
        return gap.error();
    return SearchState{false, *gap};
}
} // namespace

void Session::backPaginate(const QString &roomId, int wanted, std::function<void(Status)> done,
                           Retries retries)
{
    fillGapStep(roomId, wanted, 0, retries, [this, roomId, done = std::move(done)](Status filled) {
        // Encrypted events that came with the pages are decrypted before the caller reads them.
        if (!m_e2ee)
            return done(filled);
        m_e2ee->decryptStored(roomId,
                              [done, filled](Status decrypted) { done(!filled ? filled : decrypted); });
    });
}

void Session::fillGapStep(const QString &roomId, int wanted, int rounds, Retries retries,
                          std::function<void(Status)> done)
{
    m_store->post<std::optional<Gap>>(
        [roomId, wanted](Database &db) { return blockingGap(db, roomId, wanted); }, this,
        [=, this](Result<std::optional<Gap>> gap) {
            if (!gap)
                return done(gap.error());
            if (!gap->has_value() || rounds >= kMaxRounds)
                return done(success());
            fillGap(roomId, **gap, retries, [=, this](Status filled) {
                if (!filled)
                    return done(filled);
                fillGapStep(roomId, wanted, rounds + 1, retries, done);
            });
        });
}

void Session::fillGap(const QString &roomId, const Gap &gap, Retries retries, std::function<void(Status)> done)
{
    HttpRequest request = api::messages(roomId, gap.prevBatch, kPageSize, QString());
    if (retries == Retries::ByCaller)
        request.maxAttempts = 1;
    m_http->send(request, [=, this](Result<HttpResponse> reply) {
        if (!reply)
            return done(reply.error());
        // Parsed with each event's bytes, which the store keeps as the server sent them. No `end`:
        // the start of the room; an empty chunk with an `end` is not (the spec's /messages).
        Result<MessagesPage> parsed = parseMessagesPage(reply->body);
        if (!parsed)
            return done(parsed.error());
        const MessagesPage page = std::move(*parsed);
        m_store->post<BackfillResult>(
            [=](Database &db) { return storeBackfill(db, roomId, gap, page); }, this,
            [done](Result<BackfillResult> stored) { done(stored ? success() : Status(stored.error())); });
    });
}

void Session::backPaginateUntil(const QString &roomId, const QString &eventId, int maxPages,
                                std::function<bool()> cancelled, std::function<void(Result<bool>)> done)
{
    searchStep(roomId, eventId, maxPages, std::move(cancelled), [this, roomId, done](Result<bool> found) {
        if (!found || !*found || !m_e2ee)
            return done(found);
        m_e2ee->decryptStored(roomId, [done](Status) { done(true); }); // shown even if it stays encrypted
    });
}

void Session::searchStep(const QString &roomId, const QString &eventId, int pagesLeft,
                         std::function<bool()> cancelled, std::function<void(Result<bool>)> done)
{
    m_store->post<SearchState>([roomId, eventId](Database &db) { return searchState(db, roomId, eventId); },
                               this,
                               [=, this](Result<SearchState> state) {
                                   if (!state)
                                       return done(state.error());
                                   if (state->stored)
                                       return done(true);
                                   if (!state->next || pagesLeft <= 0 || cancelled())
                                       return done(false);
                                   fillGap(roomId, *state->next, Retries::Automatic, [=, this](Status filled) {
                                       if (!filled)
                                           return done(filled.error());
                                       searchStep(roomId, eventId, pagesLeft - 1, cancelled, done);
                                   });
                               });
}

} // namespace lattice
