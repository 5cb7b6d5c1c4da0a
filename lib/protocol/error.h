#pragma once
// Errors are values at the library boundary: every failure that reaches a caller is one of these.
#include <QJsonObject>
#include <QString>
#include <variant>
#include <utility>

namespace lattice {

struct Error {
    enum class Kind {
        Network,   // no connection, DNS, TLS, reset: worth retrying
        Timeout,   // the request took longer than allowed
        Http,      // an HTTP status without a Matrix error body
        Matrix,    // the server answered with {errcode, error}
        Parse,     // the server's JSON was malformed or did not match the spec
        Cancelled, // the caller gave up
        Keyring,   // the OS keyring did not answer or refused
        Storage,   // the local database failed
        Usage,     // the caller asked for something impossible (bad room ID, not logged in)
    };
    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString errcode;        // M_FORBIDDEN, M_UNKNOWN_TOKEN, ...
    QString message;        // one clear sentence for humans
    int retryAfterMs = -1;  // from 429 responses
    bool softLogout = false;
    // A 401 that asks for user-interactive authentication: the body's flows, params, session and
    // completed stages (see client/user_interactive_auth.h); empty otherwise.
    QJsonObject uiaFlows;

    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || httpStatus == 429 || httpStatus >= 500;
    }
    QString describe() const;
    static Error make(Kind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
};

// A value or an Error. Deliberately small: std::expected is C++23.
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Unit {};
using Status = Result<Unit>;
inline Status success() { return Unit{}; }

} // namespace lattice
