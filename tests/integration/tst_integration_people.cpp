// Rooms and people against a real Synapse: a room created with encryption on, joining by alias,
// by matrix.to link and a failed join's sentence, profile changes (name, uploaded avatar), the
// user directory search, and a direct chat reused from m.direct instead of made twice.
#include "async_wait.h"
#include "client/people.h"
#include "logged_in_account.h"
#include "test_homeserver.h"

#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {
bool syncOnce(Session &s)
{
    return await<ChangeSet>([&](auto done) { s.syncLoop().syncOnce(0, done); }).ok();
}

QString describe(const Error &e)
{
    return e.describe();
}

QString serverOf(const TestUser &u)
{
    return u.userId.section(u':', 1);
}

RawReply roomState(const QString &roomId, const QString &type, const TestUser &as)
{
    return request("GET",
                   QStringLiteral("/_matrix/client/v3/rooms/%1/state/%2/")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), type),
                   {}, as.accessToken);
}

QString createPublicRoom(const TestUser &owner, const QString &alias)
{
    const RawReply r = request("POST", QStringLiteral("/_matrix/client/v3/createRoom"),
                               {{QStringLiteral("preset"), QStringLiteral("public_chat")},
                                {QStringLiteral("room_alias_name"), alias},
                                {QStringLiteral("name"), alias}},
                               owner.accessToken);
    if (r.status != 200)
        qFatal("createRoom failed: %d", r.status);
    return r.body.value(QLatin1String("room_id")).toString();
}
} // namespace

class TestIntegrationPeople : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createRoomWithEncryptionOn()
    {
        Account alice = loggedIn(QStringLiteral("enc"));
        CreateRoomOptions o;
        o.name = QStringLiteral("Secret plans");
        o.topic = QStringLiteral("shh");
        o.encrypted = true;
        auto roomId = await<QString>([&](auto done) { alice.session->createRoom(o, done); });
        QVERIFY2(roomId, qPrintable(roomId ? QString() : describe(roomId.error())));
        const RawReply enc = roomState(*roomId, QStringLiteral("m.room.encryption"), alice.user);
        QCOMPARE(enc.status, 200);
        QCOMPARE(enc.body.value(QLatin1String("algorithm")).toString(),
                 QStringLiteral("m.megolm.v1.aes-sha2"));
        QCOMPARE(roomState(*roomId, QStringLiteral("m.room.topic"), alice.user)
                     .body.value(QLatin1String("topic"))
                     .toString(),
                 QStringLiteral("shh"));
    }

    void joinByAliasByLinkAndFailure()
    {
        Account alice = loggedIn(QStringLiteral("joiner"));
        const TestUser owner = registerUser(QStringLiteral("owner"));
        const QString alias1 = QStringLiteral("garden%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString alias2 = alias1 + QStringLiteral("b");
        const QString room1 = createPublicRoom(owner, alias1);
        const QString room2 = createPublicRoom(owner, alias2);

        auto byAlias = await<QString>([&](auto done) {
            joinRoomByText(*alice.session, QStringLiteral("#%1:%2").arg(alias1, serverOf(owner)), done);
        });
        QVERIFY2(byAlias, qPrintable(byAlias ? QString() : describe(byAlias.error())));
        QCOMPARE(*byAlias, room1);

        const QString link = QStringLiteral("https://matrix.to/#/%1?via=%2")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                          QStringLiteral("#%1:%2").arg(alias2, serverOf(owner)))),
                                      serverOf(owner));
        auto byLink = await<QString>([&](auto done) { joinRoomByText(*alice.session, link, done); });
        QVERIFY2(byLink, qPrintable(byLink ? QString() : describe(byLink.error())));
        QCOMPARE(*byLink, room2);
        QCOMPARE(request("GET", QStringLiteral("/_matrix/client/v3/joined_rooms"), {}, alice.user.accessToken)
                     .body.value(QLatin1String("joined_rooms"))
                     .toArray()
                     .size(),
                 2);

        const QString missing = QStringLiteral("#nowhere%1:%2").arg(alias1, serverOf(owner));
        auto failed = await<QString>([&](auto done) { joinRoomByText(*alice.session, missing, done); });
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.startsWith(QStringLiteral("Could not join %1: ").arg(missing)),
                 qPrintable(failed.error().message));
        auto garbage = await<QString>(
            [&](auto done) { joinRoomByText(*alice.session, QStringLiteral("garden"), done); });
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().kind, Error::Kind::Usage);
    }

    void profileNameAndAvatar()
    {
        Account alice = loggedIn(QStringLiteral("profile"));
        QVERIFY(awaitStatus(
            [&](auto done) { setDisplayName(*alice.session, QStringLiteral("  Alice Liddell "), done); }));
        auto p = await<Profile>([&](auto done) { getProfile(*alice.session, alice.user.userId, done); });
        QVERIFY2(p, qPrintable(p ? QString() : describe(p.error())));
        QCOMPARE(p->displayName, QStringLiteral("Alice Liddell"));

        // A 1x1 PNG through the real media upload, then set as the avatar.
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        auto mxc = await<MxcUri>([&](auto done) {
            alice.session->media().upload(png, QStringLiteral("image/png"), QStringLiteral("me.png"), done);
        });
        QVERIFY2(mxc, qPrintable(mxc ? QString() : describe(mxc.error())));
        QVERIFY(awaitStatus([&](auto done) { setAvatarUrl(*alice.session, mxc->toString(), done); }));
        p = await<Profile>([&](auto done) { getProfile(*alice.session, alice.user.userId, done); });
        QCOMPARE(p->avatarUrl, mxc->toString());

        const Status bad = awaitStatus(
            [&](auto done) { setAvatarUrl(*alice.session, QStringLiteral("https://x/y.png"), done); });
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Usage);
        auto nobody = await<Profile>(
            [&](auto done) { getProfile(*alice.session, QStringLiteral("not-a-user"), done); });
        QVERIFY(!nobody);
    }

    void userDirectorySearch()
    {
        Account alice = loggedIn(QStringLiteral("searcher"));
        Account bob = loggedIn(QStringLiteral("findme"));
        QVERIFY(awaitStatus(
            [&](auto done) { setDisplayName(*bob.session, QStringLiteral("Bartholomew Quill"), done); }));
        // The directory lists people who share a room with the searcher (or sit in public rooms).
        const QString room =
            createPublicRoom(bob.user, QStringLiteral("quill%1").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(await<QString>([&](auto done) { alice.session->joinRoom(room, done); }));

        std::vector<Profile> found;
        for (int attempt = 0; attempt < 40 && found.empty(); ++attempt) {
            auto r = await<std::vector<Profile>>(
                [&](auto done) { searchUserDirectory(*alice.session, QStringLiteral("Barthol"), 10, done); });
            QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
            found = *r;
            if (found.empty())
                QTest::qWait(250); // Synapse updates its directory in the background
        }
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].userId, bob.user.userId);
        QCOMPARE(found[0].displayName, QStringLiteral("Bartholomew Quill"));
    }

    void directChatIsReused()
    {
        Account alice = loggedIn(QStringLiteral("dmalice"));
        Account bob = loggedIn(QStringLiteral("dmbob"));
        QVERIFY(syncOnce(*alice.session));
        QCOMPARE(existingDirectChat(*alice.session, bob.user.userId), QString());

        auto first =
            await<QString>([&](auto done) { openDirectChat(*alice.session, bob.user.userId, true, done); });
        QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
        QCOMPARE(roomState(*first, QStringLiteral("m.room.encryption"), alice.user).status, 200);
        // Once the sync stored m.direct and the room, the same DM comes back.
        QTRY_VERIFY_WITH_TIMEOUT(
            syncOnce(*alice.session) && existingDirectChat(*alice.session, bob.user.userId) == *first, 30000);
        auto second =
            await<QString>([&](auto done) { openDirectChat(*alice.session, bob.user.userId, true, done); });
        QVERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(request("GET", QStringLiteral("/_matrix/client/v3/joined_rooms"), {}, alice.user.accessToken)
                     .body.value(QLatin1String("joined_rooms"))
                     .toArray()
                     .size(),
                 1);

        auto self =
            await<QString>([&](auto done) { openDirectChat(*alice.session, alice.user.userId, true, done); });
        QVERIFY(!self);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationPeople)
#include "tst_integration_people.moc"
