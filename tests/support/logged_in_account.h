#pragma once
// A fresh user on the test homeserver with a Session logged in over its own temporary data dir.
#include "async_wait.h"
#include "client/session.h"
#include "test_homeserver.h"

#include <QTemporaryDir>
#include <memory>

namespace lattice::test {

// Keeps test runs apart from a real Lattice account in the keyring.
inline const QString kTestKeyringService = QStringLiteral("LatticeTests");

struct Account
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Session> session;
    TestUser user;
};

// Registers a user named after `prefix` and logs a Session in; qFatal if that fails.
inline Account loggedIn(const QString &prefix)
{
    Account a;
    a.user = registerUser(prefix);
    a.session = std::make_unique<Session>(a.dir->path(), kTestKeyringService);
    Status s = awaitStatus([&](auto done) {
        a.session->login(homeserverUrl().toString(), a.user.localpart, a.user.password, done);
    });
    if (!s)
        qFatal("login failed: %s", qPrintable(s.error().describe()));
    return a;
}

// `owner` creates a room with `options`, inviting `guest`, who joins; both sessions then sync once, so
// each store holds the room. Returns the room ID.
inline Result<QString> sharedRoom(Account &owner, Account &guest, CreateRoomOptions options)
{
    options.invite.append(guest.user.userId);
    auto roomId = await<QString>([&](auto done) { owner.session->createRoom(options, done); });
    if (!roomId)
        return roomId;
    if (auto joined = await<QString>([&](auto done) { guest.session->joinRoom(*roomId, done); }); !joined)
        return joined.error();
    for (Account *a : {&owner, &guest})
        if (auto synced = await<ChangeSet>([&](auto done) { a->session->syncLoop().syncOnce(0, done); });
            !synced)
            return synced.error();
    return roomId;
}

} // namespace lattice::test
