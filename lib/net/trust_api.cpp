#include "trust_api.h"

#include "client_api.h"

#include <QJsonArray>

namespace lattice::api {

namespace {
constexpr int kRetries = 6; // these are idempotent: a repeat does no harm

HttpRequest getRequest(QString path)
{
    HttpRequest r;
    r.path = std::move(path);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest withVersion(HttpRequest r, const QString &version)
{
    r.query.addQueryItem(QStringLiteral("version"), version);
    return r;
}
} // namespace

HttpRequest deviceSigningUpload(const QJsonObject &body)
{
    return HttpRequest::json(
        "POST",
        clientPath({QStringLiteral("keys"), QStringLiteral("device_signing"), QStringLiteral("upload")}),
        body);
}

HttpRequest signaturesUpload(const QJsonObject &body)
{
    HttpRequest r = HttpRequest::json(
        "POST", clientPath({QStringLiteral("keys"), QStringLiteral("signatures"), QStringLiteral("upload")}),
        body);
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest createBackupVersion(const QJsonObject &body)
{
    return HttpRequest::json("POST", clientPath({QStringLiteral("room_keys"), QStringLiteral("version")}),
                             body);
}

HttpRequest backupVersion(const QString &version)
{
    return getRequest(version.isEmpty()
                          ? clientPath({QStringLiteral("room_keys"), QStringLiteral("version")})
                          : clientPath({QStringLiteral("room_keys"), QStringLiteral("version"), version}));
}

HttpRequest deleteBackupVersion(const QString &version)
{
    HttpRequest r = getRequest(clientPath({QStringLiteral("room_keys"), QStringLiteral("version"), version}));
    r.method = "DELETE";
    return r;
}

HttpRequest putRoomKeys(const QString &version, const QJsonObject &body)
{
    HttpRequest r =
        HttpRequest::json("PUT", clientPath({QStringLiteral("room_keys"), QStringLiteral("keys")}), body);
    r.maxAttempts = kRetries;
    return withVersion(std::move(r), version);
}

HttpRequest roomKeys(const QString &version)
{
    HttpRequest r = getRequest(clientPath({QStringLiteral("room_keys"), QStringLiteral("keys")}));
    r.timeoutMs = 120000; // every session of the account in one answer
    return withVersion(std::move(r), version);
}

HttpRequest accountData(const QString &userId, const QString &type)
{
    return getRequest(clientPath({QStringLiteral("user"), userId, QStringLiteral("account_data"), type}));
}

HttpRequest devices()
{
    return getRequest(clientPath({QStringLiteral("devices")}));
}

HttpRequest renameDevice(const QString &deviceId, const QString &displayName)
{
    HttpRequest r = HttpRequest::json("PUT", clientPath({QStringLiteral("devices"), deviceId}),
                                      {{QStringLiteral("display_name"), displayName}});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest deleteDevices(const QStringList &deviceIds)
{
    return HttpRequest::json("POST", clientPath({QStringLiteral("delete_devices")}),
                             {{QStringLiteral("devices"), QJsonArray::fromStringList(deviceIds)}});
}

} // namespace lattice::api
