#pragma once
// Endpoints about people: profiles, the user directory, and moderation (kick, ban).
#include "http_client.h"

namespace lattice::api {

HttpRequest profile(const QString &userId);
HttpRequest setDisplayName(const QString &userId, const QString &displayName);
HttpRequest setAvatarUrl(const QString &userId, const QString &avatarUrl);
HttpRequest searchUserDirectory(const QString &term, int limit);
HttpRequest kickUser(const QString &roomId, const QString &userId, const QString &reason);
HttpRequest banUser(const QString &roomId, const QString &userId, const QString &reason);

} // namespace lattice::api
