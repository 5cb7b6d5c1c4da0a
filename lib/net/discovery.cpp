#include "discovery.h"

#include "client_api.h"
#include "protocol/identifiers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lattice {

namespace {

Error failPrompt(const QString &message)
{
    Error e = Error::make(Error::Kind::Parse, message);
    e.errcode = kDiscoveryFailPrompt;
    return e;
}

// `fromWellKnown`: the URL came from .well-known, so a failure is FAIL_ERROR (no more guesses).
void checkVersions(HttpClient &http, const QUrl &baseUrl, bool fromWellKnown,
                   std::function<void(Result<DiscoveredServer>)> done)
{
    HttpRequest r = api::versions();
    r.absoluteUrl = baseUrl;
    // base_url may end in a slash; both forms name the same server.
    r.absoluteUrl.setPath(baseUrl.path().chopped(baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                          QStringLiteral("/_matrix/client/versions"));
    http.sendJson(r, [baseUrl, fromWellKnown, done = std::move(done)](Result<QJsonObject> reply) {
        auto fail = [&](Error e) {
            if (fromWellKnown) {
                e.kind = e.kind == Error::Kind::Matrix ? Error::Kind::Http : e.kind;
                e.errcode = kDiscoveryFailError;
            }
            done(e);
        };
        if (!reply) {
            Error e = reply.error();
            e.message =
                QCoreApplication::translate("Discovery", "%1 is not a Matrix homeserver that answers: %2")
                    .arg(baseUrl.toDisplayString(), e.describe());
            return fail(e);
        }
        DiscoveredServer s{baseUrl, {}};
        for (const QJsonValue &v : reply->value(QLatin1String("versions")).toArray())
            s.versions.append(v.toString());
        if (s.versions.isEmpty())
            return fail(Error::make(
                Error::Kind::Parse,
                QCoreApplication::translate("Discovery", "%1 answered, but lists no Matrix versions.")
                    .arg(baseUrl.toDisplayString())));
        done(s);
    });
}

// Steps 3.2 to 5.1 of the spec's auto-discovery on a .well-known answer; the base URL or the failure.
Result<QUrl> baseUrlFromWellKnown(const QString &serverName, const HttpResponse &reply)
{
    if (reply.body.trimmed().isEmpty())
        return failPrompt(
            QCoreApplication::translate(
                "Discovery",
                "%1 publishes an empty .well-known/matrix/client. Enter the homeserver's URL instead.")
                .arg(serverName));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return failPrompt(QCoreApplication::translate(
                              "Discovery",
                              "%1 publishes a .well-known/matrix/client that is not a JSON object. Enter the "
                              "homeserver's URL instead.")
                              .arg(serverName));
    const QJsonValue baseUrl =
        doc.object().value(QLatin1String("m.homeserver")).toObject().value(QLatin1String("base_url"));
    if (!baseUrl.isString() || baseUrl.toString().isEmpty())
        return failPrompt(
            QCoreApplication::translate(
                "Discovery",
                "%1 publishes a .well-known/matrix/client without m.homeserver.base_url. Enter the "
                "homeserver's URL instead.")
                .arg(serverName));
    const QJsonValue identity = doc.object().value(QLatin1String("m.identity_server"));
    if (!identity.isUndefined() && !identity.toObject().value(QLatin1String("base_url")).isString())
        return failPrompt(
            QCoreApplication::translate(
                "Discovery",
                "%1 publishes a .well-known/matrix/client whose m.identity_server has no base_url. "
                "Enter the homeserver's URL instead.")
                .arg(serverName));
    const QUrl url(baseUrl.toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        Error e = Error::make(
            Error::Kind::Parse,
            QCoreApplication::translate("Discovery", "%1 names \"%2\" as its homeserver, which is not a URL.")
                .arg(serverName, baseUrl.toString()));
        e.errcode = kDiscoveryFailError;
        return e;
    }
    return url;
}

} // namespace

void discoverHomeserver(HttpClient &http, const QString &input,
                        std::function<void(Result<DiscoveredServer>)> done)
{
    const QString text = input.trimmed();
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty())
            return done(Error::make(
                Error::Kind::Usage,
                QCoreApplication::translate("Discovery", "\"%1\" is not a valid URL.").arg(text)));
        return checkVersions(http, url, false, std::move(done));
    }
    const QString serverName = text.startsWith(QLatin1Char('@')) ? id::serverName(text) : text;
    if (serverName.isEmpty())
        return done(
            Error::make(Error::Kind::Usage,
                        QCoreApplication::translate("Discovery", "\"%1\" names no homeserver.").arg(text)));
    http.send(api::wellKnown(serverName), [&http, serverName,
                                           done = std::move(done)](Result<HttpResponse> r) {
        if (r) {
            auto base = baseUrlFromWellKnown(serverName, *r);
            if (!base)
                return done(base.error());
            return checkVersions(http, *base, true, done);
        }
        const int status = r.error().httpStatus;
        if (status != 0 && status != 404)
            return done(failPrompt(QCoreApplication::translate(
                                       "Discovery",
                                       "%1 answered HTTP status %2 for .well-known/matrix/client. Enter the "
                                       "homeserver's URL instead.")
                                       .arg(serverName)
                                       .arg(status)));
        // 404 (the spec's IGNORE) or no answer at all: try the server name itself.
        checkVersions(http, QUrl(QStringLiteral("https://%1").arg(serverName)), false, done);
    });
}

} // namespace lattice
