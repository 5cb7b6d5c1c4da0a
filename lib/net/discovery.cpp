#include "discovery.h"

#include "client_api.h"
#include "protocol/identifiers.h"

#include <QJsonArray>

namespace lattice {

namespace {

void checkVersions(HttpClient &http, const QUrl &baseUrl, std::function<void(Result<DiscoveredServer>)> done)
{
    HttpRequest r = api::versions();
    r.absoluteUrl = baseUrl;
    r.absoluteUrl.setPath(baseUrl.path().chopped(baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                          QStringLiteral("/_matrix/client/versions"));
    http.sendJson(r, [baseUrl, done = std::move(done)](Result<QJsonObject> reply) {
        if (!reply) {
            Error e = reply.error();
            e.message = QStringLiteral("%1 is not a Matrix homeserver that answers: %2")
                            .arg(baseUrl.toDisplayString(), e.describe());
            return done(e);
        }
        DiscoveredServer s{baseUrl, {}};
        for (const QJsonValue &v : reply->value(QLatin1String("versions")).toArray())
            s.versions.append(v.toString());
        if (s.versions.isEmpty())
            return done(Error::make(Error::Kind::Parse,
                                    QStringLiteral("%1 answered, but lists no Matrix versions.").arg(baseUrl.toDisplayString())));
        done(s);
    });
}

} // namespace

void discoverHomeserver(HttpClient &http, const QString &input, std::function<void(Result<DiscoveredServer>)> done)
{
    const QString text = input.trimmed();
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty())
            return done(Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" is not a valid URL.").arg(text)));
        return checkVersions(http, url, std::move(done));
    }
    const QString serverName = text.startsWith(QLatin1Char('@')) ? id::serverName(text) : text;
    if (serverName.isEmpty())
        return done(Error::make(Error::Kind::Usage, QStringLiteral("\"%1\" names no homeserver.").arg(text)));
    http.sendJson(api::wellKnown(serverName), [&http, serverName, done = std::move(done)](Result<QJsonObject> r) {
        QUrl base;
        if (r) {
            base = QUrl(r->value(QLatin1String("m.homeserver")).toObject().value(QLatin1String("base_url")).toString());
            if (!base.isValid() || base.scheme().isEmpty())
                return done(Error::make(Error::Kind::Parse,
                                        QStringLiteral("%1 publishes a .well-known/matrix/client without a valid "
                                                       "m.homeserver base_url.")
                                            .arg(serverName)));
        } else {
            // No .well-known (404 or unreachable): the spec says try the server name itself.
            base = QUrl(QStringLiteral("https://%1").arg(serverName));
        }
        checkVersions(http, base, done);
    });
}

} // namespace lattice
