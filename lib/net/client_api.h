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

} // namespace lattice::api
