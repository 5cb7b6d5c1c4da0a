#include "people_api.h"

#include "client_api.h"

namespace lattice::api {

namespace {
constexpr int kRetries = 6;

HttpRequest membershipChange(const QString &roomId, const char *action, const QString &userId,
                             const QString &reason)
{
    QJsonObject body{{QStringLiteral("user_id"), userId}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    HttpRequest r = HttpRequest::json(
        "POST", clientPath({QStringLiteral("rooms"), roomId, QString::fromLatin1(action)}), body);
    r.maxAttempts = kRetries;
    return r;
}
} // namespace

HttpRequest profile(const QString &userId)
{
    HttpRequest r;
    r.path = clientPath({QStringLiteral("profile"), userId});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest setDisplayName(const QString &userId, const QString &displayName)
{
    HttpRequest r = HttpRequest::json(
        "PUT", clientPath({QStringLiteral("profile"), userId, QStringLiteral("displayname")}),
        {{QStringLiteral("displayname"), displayName}});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest setAvatarUrl(const QString &userId, const QString &avatarUrl)
{
    HttpRequest r = HttpRequest::json(
        "PUT", clientPath({QStringLiteral("profile"), userId, QStringLiteral("avatar_url")}),
        {{QStringLiteral("avatar_url"), avatarUrl}});
    r.maxAttempts = kRetries;
    return r;
}

HttpRequest searchUserDirectory(const QString &term, int limit)
{
    // A search is superseded by the next keystroke: no retries.
    return HttpRequest::json("POST", clientPath({QStringLiteral("user_directory"), QStringLiteral("search")}),
                             {{QStringLiteral("search_term"), term}, {QStringLiteral("limit"), limit}});
}

HttpRequest kickUser(const QString &roomId, const QString &userId, const QString &reason)
{
    return membershipChange(roomId, "kick", userId, reason);
}

HttpRequest banUser(const QString &roomId, const QString &userId, const QString &reason)
{
    return membershipChange(roomId, "ban", userId, reason);
}

} // namespace lattice::api
