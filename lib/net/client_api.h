#pragma once
// One function per client-server endpoint: each builds the HttpRequest, nothing is sent here.
#include "http_client.h"

#include <QJsonArray>
#include <QStringList>

namespace lattice::api {

// "/_matrix/client/v3/" + each segment percent-encoded.
QString clientPath(std::initializer_list<QString> segments);

HttpRequest versions();
HttpRequest wellKnown(const QString &serverName);
HttpRequest loginWithPassword(const QString &user, const QString &password, const QString &deviceId,
                              const QString &deviceDisplayName);
HttpRequest logout();
HttpRequest whoami();

// Long-poll sync. `since` empty for the initial sync; `filter` is inline JSON.
HttpRequest sync(const QString &since, const QString &filter, int timeoutMs);
QString defaultSyncFilter();

HttpRequest sendEvent(const QString &roomId, const QString &eventType, const QString &txnId,
                      const QJsonObject &content);
HttpRequest setState(const QString &roomId, const QString &eventType, const QString &stateKey,
                     const QJsonObject &content);
// GET /rooms/{roomId}/state/{eventType}/{stateKey}: the content of one state event (404 M_NOT_FOUND: none).
HttpRequest roomState(const QString &roomId, const QString &eventType, const QString &stateKey);
HttpRequest joinRoom(const QString &roomIdOrAlias, const QStringList &viaServers);
HttpRequest leaveRoom(const QString &roomId);
HttpRequest inviteUser(const QString &roomId, const QString &userId);
HttpRequest createRoom(const QJsonObject &body);
HttpRequest resolveAlias(const QString &alias);
HttpRequest readReceipt(const QString &roomId, const QString &eventId, const QString &receiptType);
HttpRequest readMarkers(const QString &roomId, const QString &fullyRead, const QString &read);
HttpRequest typing(const QString &roomId, const QString &userId, bool typing, int timeoutMs);
HttpRequest messages(const QString &roomId, const QString &from, int limit, const QString &filter);
HttpRequest setAccountData(const QString &userId, const QString &type, const QJsonObject &content);
// Joined and invited members of a room (GET /rooms/{roomId}/members?not_membership=leave): the full list,
// which a lazy-loading sync does not give, for encrypting to every member's devices.
HttpRequest roomMembers(const QString &roomId);

// End-to-end encryption (client-server-api "Key management API"). Bodies come from the crypto state
// machine as the spec defines them; these only address them. All are safe to retry.
HttpRequest keysUpload(const QJsonObject &body);
HttpRequest keysQuery(const QJsonObject &body);
HttpRequest keysClaim(const QJsonObject &body);
// `body` is {"messages": {user: {device: content}}}; the same txnId on a retry is delivered once.
HttpRequest sendToDevice(const QString &eventType, const QString &txnId, const QJsonObject &body);

} // namespace lattice::api
