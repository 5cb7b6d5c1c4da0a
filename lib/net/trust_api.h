#pragma once
// Endpoints of the trust layer: cross-signing uploads, server-side key backup, account data reads (secret
// storage), and the account's devices (client-server-api "Cross-signing", "Server-side key backups",
// "Device management"). Each builds the HttpRequest; nothing is sent here.
#include "http_client.h"

namespace lattice::api {

// POST /keys/device_signing/upload: needs user-interactive auth (client/user_interactive_auth.h).
HttpRequest deviceSigningUpload(const QJsonObject &body);
// POST /keys/signatures/upload: {user: {key id or device id: signed object}}.
HttpRequest signaturesUpload(const QJsonObject &body);

// Key backup versions: create (POST), the current one (GET /room_keys/version, 404 M_NOT_FOUND when
// none), one by version, delete.
HttpRequest createBackupVersion(const QJsonObject &body);
HttpRequest backupVersion(const QString &version = QString());
HttpRequest deleteBackupVersion(const QString &version);
// PUT /room_keys/keys?version=V with {"rooms": ...}; GET /room_keys/keys?version=V (every session).
HttpRequest putRoomKeys(const QString &version, const QJsonObject &body);
HttpRequest roomKeys(const QString &version);

// GET /user/{userId}/account_data/{type} (404 M_NOT_FOUND when unset).
HttpRequest accountData(const QString &userId, const QString &type);

// GET /devices, PUT /devices/{id} {display_name}, POST /delete_devices {devices} (needs user-interactive
// auth).
HttpRequest devices();
HttpRequest renameDevice(const QString &deviceId, const QString &displayName);
HttpRequest deleteDevices(const QStringList &deviceIds);

} // namespace lattice::api
