#pragma once
// Finds the homeserver's base URL from what the user typed: a URL, a server name or a user ID
// (client-server API: "Server Discovery"), and checks it answers /versions.
#include "http_client.h"

namespace lattice {

struct DiscoveredServer
{
    QUrl baseUrl;
    QStringList versions;
};

// The spec's two outcomes of a failed discovery, carried in Error::errcode: FAIL_PROMPT (the
// server name's .well-known is unusable: ask the user for the homeserver URL) and FAIL_ERROR (it
// named a homeserver that cannot be used: stop, no further guesses).
inline constexpr QLatin1String kDiscoveryFailPrompt("FAIL_PROMPT");
inline constexpr QLatin1String kDiscoveryFailError("FAIL_ERROR");

// A URL (http:// or https://) is checked as it is. Otherwise the server name (of a user ID, or the
// text itself, port included) is looked up at https://NAME/.well-known/matrix/client: a 404 or no
// answer at all falls back to https://NAME; anything else unusable fails as the spec says.
void discoverHomeserver(HttpClient &http, const QString &input,
                        std::function<void(Result<DiscoveredServer>)> done);

} // namespace lattice
