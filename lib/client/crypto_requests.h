#pragma once
// Sends what the E2EE state machine asks for (keys upload/query/claim, to-device messages) and hands each
// answer back to it. Requests go out one at a time, in the machine's order.
#include "crypto_runner.h"
#include "net/http_client.h"

#include <QObject>
#include <vector>

namespace lattice {

// The HTTP request for one of the machine's requests.
HttpRequest httpRequestFor(const crypto::OutgoingRequest &request);

class CryptoRequests : public QObject
{
    Q_OBJECT
public:
    CryptoRequests(HttpClient &http, CryptoRunner &runner, QObject *parent = nullptr);

    // Sends every request the machine has due (outgoingRequests), again until it has none left, then
    // calls `done`. Calls made while a flush runs wait for a fresh round after it.
    void flush(std::function<void(Status)> done);
    // Sends these requests (from missingSessions, shareRoomKey...) in order and marks each as sent;
    // stops at the first failure (the machine hands unmarked ones out again).
    void sendAll(std::vector<crypto::OutgoingRequest> requests, std::function<void(Status)> done);
    bool isBusy() const { return m_flushing; }

Q_SIGNALS:
    void idle(); // a flush ended and none is waiting

private:
    void flushRound(int round);
    void finishFlush(const Status &status);
    void sendFrom(std::shared_ptr<std::vector<crypto::OutgoingRequest>> requests, size_t i,
                  std::function<void(Status)> done);

    HttpClient &m_http;
    CryptoRunner &m_runner;
    bool m_flushing = false;
    std::vector<std::function<void(Status)>> m_running; // waiters of the round in progress
    std::vector<std::function<void(Status)>> m_waiting; // waiters that need a round after it
};

} // namespace lattice
