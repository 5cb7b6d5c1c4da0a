#pragma once
// Finds the homeserver's base URL from what the user typed: a URL, a server name or a user ID
// (client-server API: "Server Discovery"), and checks it answers /versions.
#include "http_client.h"

namespace lattice {

struct DiscoveredServer {
    QUrl baseUrl;
    QStringList versions;
};

void discoverHomeserver(HttpClient &http, const QString &input,
                        std::function<void(Result<DiscoveredServer>)> done);

} // namespace lattice
