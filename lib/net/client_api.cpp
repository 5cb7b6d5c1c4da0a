#include "client_api.h"

#include <QJsonDocument>
#include <QUrl>

namespace lattice::api {

namespace {
constexpr int kRetries = 6; // idempotent requests survive a few minutes of flaky network

HttpRequest get(QString path)
{
    HttpRequest r;
    r.path = std::move(path);
    return r;
}
} // namespace

QString clientPath(std::initializer_list<QString> segments)
{
    QString path = QStringLiteral("/_matrix/client/v3");
    for (const QString &s : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(s));
    return path;
}

HttpRequest versions()
{
    HttpRequest r = get(QStringLiteral("/_matrix/client/versions"));
    r.authenticated = false;
    r.timeoutMs = 15000;
    return r;
}

HttpRequest wellKnown(const QString &serverName)
{
    HttpRequest r;
    r.absoluteUrl = QUrl(QStringLiteral("https://%1/.well-known/matrix/client").arg(serverName));
    r.authenticated = false;
    r.timeoutMs = 15000;
    return r;
}

HttpRequest loginWithPassword(const QString &user, const QString &password, const QString &deviceId,
                              const QString &deviceDisplayName)
{
    QJsonObject identifier{{QStringLiteral("type"), QStringLiteral("m.id.user")}, {QStringLiteral("user"), user}};
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("m.login.password")},
                     {QStringLiteral("identifier"), identifier},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("initial_device_display_name"), deviceDisplayName}};
    if (!deviceId.isEmpty())
        body.insert(QStringLiteral("device_id"), deviceId); // re-login after soft logout keeps the device
    HttpRequest r = HttpRequest::json("POST", clientPath({QStringLiteral("login")}), body);
    r.authenticated = false;
    return r;
}

HttpRequest logout() { return HttpRequest::json("POST", clientPath({QStringLiteral("logout")}), {}); }

HttpRequest whoami()
{
    HttpRequest r = get(clientPath({QStringLiteral("account"), QStringLiteral("whoami")}));
    r.maxAttempts = kRetries;
    return r;
}

QString defaultSyncFilter()
{
    // Lazy-loaded members keep big rooms cheap; the timeline limit bounds the initial sync.
    const QJsonObject stateFilter{{QStringLiteral("lazy_load_members"), true}};
    const QJsonObject timelineFilter{{QStringLiteral("limit"), 20}, {QStringLiteral("lazy_load_members"), true}};
    const QJsonObject room{{QStringLiteral("state"), stateFilter}, {QStringLiteral("timeline"), timelineFilter}};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("room"), room}}).toJson(QJsonDocument::Compact));
}

HttpRequest sync(const QString &since, const QString &filter, int timeoutMs)
{
    HttpRequest r = get(clientPath({QStringLiteral("sync")}));
    if (!since.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), since);
    r.query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    r.query.addQueryItem(QStringLiteral("timeout"), QString::number(timeoutMs));
    // The server holds an incremental request up to timeoutMs. An initial sync of a big account takes
    // the server minutes to build (about 60 s for 2,000 rooms on the benchmark machine): allow 10.
    r.timeoutMs = since.isEmpty() ? 600000 : timeoutMs + 60000;
    return r;
}

HttpRequest sendEvent(const QString &roomId, const QString &eventType, const QString &txnId,
                      const QJsonObject &content)
{
    HttpRequest r = HttpRequest::json(
        "PUT", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("send"), eventType, txnId}), content);
    return r; // the send queue owns retries: it persists them across restarts
}

HttpRequest setState(const QString &roomId, const QString &eventType, const QString &stateKey,
                     const QJsonObject &content)
{
    HttpRequest r = HttpRequest::json(
        "PUT", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("state"), eventType, stateKey}), content);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest roomState(const QString &roomId, const QString &eventType, const QString &stateKey)
{
    HttpRequest r = get(clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("state"), eventType, stateKey}));
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest joinRoom(const QString &roomIdOrAlias, const QStringList &viaServers)
{
    HttpRequest r = HttpRequest::json("POST", clientPath({QStringLiteral("join"), roomIdOrAlias}), {});
    for (const QString &server : viaServers)
        r.query.addQueryItem(QStringLiteral("via"), server);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest leaveRoom(const QString &roomId)
{
    HttpRequest r = HttpRequest::json("POST", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("leave")}), {});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest inviteUser(const QString &roomId, const QString &userId)
{
    HttpRequest r = HttpRequest::json("POST", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("invite")}),
                                      {{QStringLiteral("user_id"), userId}});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest createRoom(const QJsonObject &body)
{
    return HttpRequest::json("POST", clientPath({QStringLiteral("createRoom")}), body); // not idempotent: no retry
}

HttpRequest resolveAlias(const QString &alias)
{
    HttpRequest r = get(clientPath({QStringLiteral("directory"), QStringLiteral("room"), alias}));
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest readReceipt(const QString &roomId, const QString &eventId, const QString &receiptType)
{
    HttpRequest r = HttpRequest::json(
        "POST", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("receipt"), receiptType, eventId}), {});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest readMarkers(const QString &roomId, const QString &fullyRead, const QString &read)
{
    QJsonObject body;
    if (!fullyRead.isEmpty())
        body.insert(QStringLiteral("m.fully_read"), fullyRead);
    if (!read.isEmpty())
        body.insert(QStringLiteral("m.read"), read);
    HttpRequest r =
        HttpRequest::json("POST", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("read_markers")}), body);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest typing(const QString &roomId, const QString &userId, bool typing, int timeoutMs)
{
    QJsonObject body{{QStringLiteral("typing"), typing}};
    if (typing)
        body.insert(QStringLiteral("timeout"), timeoutMs);
    return HttpRequest::json("PUT", clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("typing"), userId}),
                             body);
}

HttpRequest messages(const QString &roomId, const QString &from, int limit, const QString &filter)
{
    HttpRequest r = get(clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("messages")}));
    r.query.addQueryItem(QStringLiteral("dir"), QStringLiteral("b"));
    if (!from.isEmpty())
        r.query.addQueryItem(QStringLiteral("from"), QString::fromLatin1(QUrl::toPercentEncoding(from)));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!filter.isEmpty())
        r.query.addQueryItem(QStringLiteral("filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest setAccountData(const QString &userId, const QString &type, const QJsonObject &content)
{
    HttpRequest r = HttpRequest::json(
        "PUT", clientPath({QStringLiteral("user"), userId, QStringLiteral("account_data"), type}), content);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest roomMembers(const QString &roomId)
{
    HttpRequest r = get(clientPath({QStringLiteral("rooms"), roomId, QStringLiteral("members")}));
    r.query.addQueryItem(QStringLiteral("not_membership"), QStringLiteral("leave"));
    r.maxAttempts = kRetries;
    return r;
}

namespace {
HttpRequest keysRequest(const char *endpoint, const QJsonObject &body)
{
    HttpRequest r = HttpRequest::json("POST", clientPath({QStringLiteral("keys"), QLatin1String(endpoint)}), body);
    r.maxAttempts = kRetries; // uploading the same keys again or asking again changes nothing
    return r;
}
} // namespace

HttpRequest keysUpload(const QJsonObject &body) { return keysRequest("upload", body); }
HttpRequest keysQuery(const QJsonObject &body) { return keysRequest("query", body); }
HttpRequest keysClaim(const QJsonObject &body) { return keysRequest("claim", body); }

HttpRequest sendToDevice(const QString &eventType, const QString &txnId, const QJsonObject &body)
{
    HttpRequest r = HttpRequest::json("PUT", clientPath({QStringLiteral("sendToDevice"), eventType, txnId}), body);
    r.maxAttempts = kRetries; // the transaction ID makes a repeat harmless
    return r;
}

} // namespace lattice::api
