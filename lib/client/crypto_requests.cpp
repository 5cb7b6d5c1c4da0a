#include "crypto_requests.h"

#include "net/client_api.h"
#include "net/trust_api.h"

#include <QPointer>

namespace lattice {

namespace {
// A machine that keeps answering with new requests after this many rounds is stuck on a failing one;
// the next sync flushes again.
constexpr int kMaxRounds = 4;
} // namespace

HttpRequest httpRequestFor(const crypto::OutgoingRequest &request)
{
    using Kind = crypto::OutgoingRequest::Kind;
    switch (request.kind) {
    case Kind::KeysUpload:
        return api::keysUpload(request.body);
    case Kind::KeysQuery:
        return api::keysQuery(request.body);
    case Kind::KeysClaim:
        return api::keysClaim(request.body);
    case Kind::ToDevice:
        return api::sendToDevice(request.eventType, request.txnId, request.body);
    case Kind::SignaturesUpload:
        return api::signaturesUpload(request.body);
    case Kind::KeysBackup:
        return api::putRoomKeys(request.backupVersion, request.body);
    }
    return api::keysQuery(request.body); // unreachable: every kind is handled above
}

CryptoRequests::CryptoRequests(HttpClient &http, CryptoRunner &runner, QObject *parent)
    : QObject(parent), m_http(http), m_runner(runner)
{}

void CryptoRequests::flush(std::function<void(Status)> done)
{
    if (m_flushing) {
        m_waiting.push_back(std::move(done));
        return;
    }
    m_flushing = true;
    m_running.push_back(std::move(done));
    flushRound(0);
}

void CryptoRequests::flushRound(int round)
{
    m_runner.run<std::vector<crypto::OutgoingRequest>>(
        [](crypto::OlmMachine &machine, Database &) { return machine.outgoingRequests(); },
        [this, round](Result<std::vector<crypto::OutgoingRequest>> due) {
            if (!due)
                return finishFlush(due.error());
            if (due->empty() || round >= kMaxRounds)
                return finishFlush(success());
            sendAll(std::move(*due), [this, round](Status s) {
                if (!s)
                    return finishFlush(s);
                flushRound(round + 1); // answers (a keys query) can make new requests due
            });
        });
}

void CryptoRequests::finishFlush(const Status &status)
{
    auto waiters = std::move(m_running);
    m_running.clear();
    m_flushing = false;
    if (!m_waiting.empty()) {
        // Their calls came after this round read the machine's requests: they get a round of their own.
        m_running = std::move(m_waiting);
        m_waiting.clear();
        m_flushing = true;
        flushRound(0);
    }
    for (auto &done : waiters)
        if (done)
            done(status);
    if (!m_flushing)
        Q_EMIT idle();
}

void CryptoRequests::sendAll(std::vector<crypto::OutgoingRequest> requests, std::function<void(Status)> done)
{
    sendFrom(std::make_shared<std::vector<crypto::OutgoingRequest>>(std::move(requests)), 0, std::move(done));
}

void CryptoRequests::sendFrom(std::shared_ptr<std::vector<crypto::OutgoingRequest>> requests, size_t i,
                              std::function<void(Status)> done)
{
    if (i >= requests->size())
        return done(success());
    const crypto::OutgoingRequest &request = requests->at(i);
    // The service (and this object) goes at logout while replies may still arrive: they are dropped.
    QPointer<CryptoRequests> self(this);
    m_http.sendJson(httpRequestFor(request), [this, self, requests, i, done](Result<QJsonObject> reply) {
        if (!self)
            return;
        if (!reply)
            return done(reply.error());
        const crypto::OutgoingRequest sent = requests->at(i);
        m_runner.run<Unit>(
            [sent, answer = *reply](crypto::OlmMachine &machine, Database &) {
                return machine.markRequestAsSent(sent, answer);
            },
            [this, requests, i, done](Status marked) {
                if (!marked)
                    return done(marked);
                sendFrom(requests, i + 1, done);
            });
    });
}

} // namespace lattice
