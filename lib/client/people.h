#pragma once
// Session operations about people and room administration that the views need beyond
// room_actions.cpp: profiles, the user directory, direct chats (reusing m.direct), joining by link,
// kicking, banning and the room avatar. Free functions over a Session, so Session stays small.
#include "session.h"

#include <vector>

namespace lattice {

struct Profile
{
    QString userId;
    QString displayName; // may be empty
    QString avatarUrl;   // mxc://, may be empty
};

// GET /profile/{userId}.
void getProfile(Session &session, const QString &userId, std::function<void(Result<Profile>)> done);
void setDisplayName(Session &session, const QString &displayName, std::function<void(Status)> done);
// `avatarUrl` is an mxc:// URI (upload first through Session::media()), or empty to remove it.
void setAvatarUrl(Session &session, const QString &avatarUrl, std::function<void(Status)> done);

// POST /user_directory/search. The request can be cancelled (a newer search supersedes it).
PendingRequest *searchUserDirectory(Session &session, const QString &term, int limit,
                                    std::function<void(Result<std::vector<Profile>>)> done);

// The DM with `userId`: an existing one from m.direct that we are in, else a new private room
// (is_direct, trusted_private_chat, encrypted when asked) recorded in m.direct.
void openDirectChat(Session &session, const QString &userId, bool encrypted,
                    std::function<void(Result<QString>)> done);
// The room ID of the DM with `userId` we would reuse, or empty (reads the store).
QString existingDirectChat(Session &session, const QString &userId);

// Joins what the user typed or pasted: a room ID, an alias, a matrix.to link or a matrix: URI
// (see parseJoinTarget). Errors are one sentence naming what failed.
void joinRoomByText(Session &session, const QString &text, std::function<void(Result<QString>)> done);

void kickUser(Session &session, const QString &roomId, const QString &userId, const QString &reason,
              std::function<void(Status)> done);
void banUser(Session &session, const QString &roomId, const QString &userId, const QString &reason,
             std::function<void(Status)> done);
// m.room.avatar with an mxc:// URI.
void setRoomAvatar(Session &session, const QString &roomId, const QString &avatarUrl,
                   std::function<void(Status)> done);

} // namespace lattice
