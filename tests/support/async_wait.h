#pragma once
// Runs an asynchronous library call to completion inside a test, with a deadline.
#include "protocol/error.h"

#include <QEventLoop>
#include <QTimer>
#include <functional>
#include <optional>

namespace lattice::test {

template <typename T>
Result<T> await(std::function<void(std::function<void(Result<T>)>)> call, int timeoutMs = 60000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    call([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return Error::make(Error::Kind::Timeout, QStringLiteral("the test gave up waiting"));
    return std::move(*out);
}

inline Status awaitStatus(std::function<void(std::function<void(Status)>)> call, int timeoutMs = 60000)
{
    return await<Unit>(std::move(call), timeoutMs);
}

} // namespace lattice::test
