#pragma once
// User-interactive authentication (client-server-api "User-Interactive Authentication API") for the
// endpoints that demand it: cross-signing key upload, device deletion. Offers the m.login.password and
// m.login.dummy stages; a flow that needs anything else (email, captcha, SSO) is an error that names it.
#include "net/http_client.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace lattice {

// Asked once when a password stage comes up; answer nullopt to give up (the request then fails with
// Error::Kind::Cancelled). The password is used for this request only and never stored.
using PasswordPrompt = std::function<void(std::function<void(std::optional<QString>)> answer)>;

// Sends `request` (a JSON body); when the server answers 401 with flows, completes the stages and sends
// it again with "auth". A wrong password fails with the server's M_FORBIDDEN sentence.
void sendWithAuth(HttpClient &http, const QString &userId, const HttpRequest &request,
                  PasswordPrompt password, std::function<void(Result<QJsonObject>)> done);

} // namespace lattice
