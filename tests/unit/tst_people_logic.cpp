// The logic behind the rooms-and-people views: mention encoding (body, formatted_body with
// matrix.to links, m.mentions), what "Join room" accepts, DM reuse from m.direct, and what the
// power levels allow.
#include "client/direct_chats.h"
#include "client/mentions.h"
#include "protocol/join_target.h"
#include "protocol/room_permissions.h"

#include <QJsonArray>
#include <QTest>

using namespace lattice;

class TestPeopleLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mentionBecomesLinkAndMentionsList()
    {
        const QJsonObject c = messageContentWithMentions(
            QStringLiteral("Alice Smith: lunch?"),
            {{QStringLiteral("@alice:example.org"), QStringLiteral("Alice Smith")}}, false);
        QCOMPARE(c.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.text"));
        QCOMPARE(c.value(QLatin1String("body")).toString(), QStringLiteral("Alice Smith: lunch?"));
        QCOMPARE(c.value(QLatin1String("format")).toString(), QStringLiteral("org.matrix.custom.html"));
        const QString html = c.value(QLatin1String("formatted_body")).toString();
        QVERIFY2(html.contains(QStringLiteral(
                     "<a href=\"https://matrix.to/#/@alice:example.org\">Alice Smith</a>: lunch?")),
                 qPrintable(html));
        const QJsonObject mentions = c.value(QLatin1String("m.mentions")).toObject();
        QCOMPARE(mentions.value(QLatin1String("user_ids")).toArray(),
                 QJsonArray{QStringLiteral("@alice:example.org")});
        QVERIFY(!mentions.contains(QLatin1String("room")));
    }

    void mentionRemovedFromTextIsNotSent()
    {
        const QJsonObject c = messageContentWithMentions(
            QStringLiteral("never mind"), {{QStringLiteral("@bob:x.org"), QStringLiteral("Bob")}}, false);
        QCOMPARE(c.value(QLatin1String("body")).toString(), QStringLiteral("never mind"));
        QVERIFY(!c.contains(QLatin1String("formatted_body")));
        // m.mentions is always there (so servers do not fall back to keyword matching), here empty.
        QVERIFY(c.contains(QLatin1String("m.mentions")));
        QVERIFY(c.value(QLatin1String("m.mentions")).toObject().isEmpty());
    }

    void markdownInNamesIsLiteralAndHtmlEscaped()
    {
        const QString name = QStringLiteral("*Eve* <b>[x]</b>");
        const QJsonObject c = messageContentWithMentions(name + QStringLiteral(" and **bold**"),
                                                         {{QStringLiteral("@eve:x.org"), name}}, false);
        const QString html = c.value(QLatin1String("formatted_body")).toString();
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://matrix.to/#/@eve:x.org\">*Eve* "
                                              "&lt;b&gt;[x]&lt;/b&gt;</a> and <strong>bold</strong>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
    }

    void severalMentionsEachLinkedOnceListedOnce()
    {
        const QList<Mention> chosen{{QStringLiteral("@ann:x.org"), QStringLiteral("Ann")},
                                    {QStringLiteral("@annabel:x.org"), QStringLiteral("Annabel")}};
        const QJsonObject c = messageContentWithMentions(QStringLiteral("Annabel, Ann, Ann"), chosen, false);
        const QString html = c.value(QLatin1String("formatted_body")).toString();
        QCOMPARE(html.count(QStringLiteral("href=\"https://matrix.to/#/@annabel:x.org\"")), 1);
        QCOMPARE(html.count(QStringLiteral("href=\"https://matrix.to/#/@ann:x.org\"")), 2);
        QCOMPARE(c.value(QLatin1String("m.mentions")).toObject().value(QLatin1String("user_ids")).toArray(),
                 (QJsonArray{QStringLiteral("@annabel:x.org"), QStringLiteral("@ann:x.org")}));
    }

    void atRoomOnlyWhenAllowed()
    {
        const QJsonObject allowed = messageContentWithMentions(QStringLiteral("@room meeting now"), {}, true);
        QCOMPARE(allowed.value(QLatin1String("m.mentions")).toObject().value(QLatin1String("room")),
                 QJsonValue(true));
        const QJsonObject denied = messageContentWithMentions(QStringLiteral("@room meeting now"), {}, false);
        QVERIFY(!denied.value(QLatin1String("m.mentions")).toObject().contains(QLatin1String("room")));
        const QJsonObject absent = messageContentWithMentions(QStringLiteral("no one"), {}, true);
        QVERIFY(!absent.value(QLatin1String("m.mentions")).toObject().contains(QLatin1String("room")));
    }

    void emoteKeepsItsMsgtype()
    {
        const QJsonObject c = messageContentWithMentions(
            QStringLiteral("waves at Bob"), {{QStringLiteral("@bob:x.org"), QStringLiteral("Bob")}}, false,
            QStringLiteral("m.emote"));
        QCOMPARE(c.value(QLatin1String("msgtype")).toString(), QStringLiteral("m.emote"));
    }

    void joinTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("via");
        QTest::newRow("alias") << QStringLiteral("  #plans:example.org ")
                               << QStringLiteral("#plans:example.org") << QStringList();
        QTest::newRow("room id") << QStringLiteral("!abc:example.org") << QStringLiteral("!abc:example.org")
                                 << QStringList();
        QTest::newRow("matrix.to alias") << QStringLiteral("https://matrix.to/#/%23plans%3Aexample.org")
                                         << QStringLiteral("#plans:example.org") << QStringList();
        QTest::newRow("matrix.to room with via")
            << QStringLiteral("https://matrix.to/#/!abc:example.org?via=one.org&via=two.org")
            << QStringLiteral("!abc:example.org")
            << QStringList{QStringLiteral("one.org"), QStringLiteral("two.org")};
        QTest::newRow("matrix.to event")
            << QStringLiteral("https://matrix.to/#/!abc:example.org/$ev?via=one.org")
            << QStringLiteral("!abc:example.org") << QStringList{QStringLiteral("one.org")};
        QTest::newRow("matrix: alias") << QStringLiteral("matrix:r/plans:example.org")
                                       << QStringLiteral("#plans:example.org") << QStringList();
        QTest::newRow("matrix: roomid with via")
            << QStringLiteral("matrix:roomid/abc:example.org?via=three.org")
            << QStringLiteral("!abc:example.org") << QStringList{QStringLiteral("three.org")};
    }
    void joinTargets()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QStringList, via);
        auto t = parseJoinTarget(text);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->idOrAlias, target);
        QCOMPARE(t->via, via);
    }

    void joinTargetErrorsAreSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("Enter a room address");
        QTest::newRow("user link") << QStringLiteral("https://matrix.to/#/@bob:x.org")
                                   << QStringLiteral("@bob:x.org");
        QTest::newRow("no server") << QStringLiteral("#plans") << QStringLiteral("has no server");
        QTest::newRow("junk") << QStringLiteral("plans") << QStringLiteral("is not a room address");
        QTest::newRow("other site") << QStringLiteral("https://example.org/#/!a:b")
                                    << QStringLiteral("is not a room address");
    }
    void joinTargetErrorsAreSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto t = parseJoinTarget(text);
        QVERIFY(!t);
        QCOMPARE(t.error().kind, Error::Kind::Usage);
        QVERIFY2(t.error().message.contains(mentions), qPrintable(t.error().message));
        QVERIFY(t.error().message.endsWith(u'.'));
    }

    void directRoomReuse()
    {
        const QJsonObject direct{{QStringLiteral("@bob:x.org"),
                                  QJsonArray{QStringLiteral("!old:x.org"), QStringLiteral("!left:x.org"),
                                             QStringLiteral("!invited:x.org")}},
                                 {QStringLiteral("@carol:x.org"), QJsonArray{QStringLiteral("!gone:x.org")}}};
        const QHash<QString, QString> membership{{QStringLiteral("!old:x.org"), QStringLiteral("join")},
                                                 {QStringLiteral("!left:x.org"), QStringLiteral("leave")},
                                                 {QStringLiteral("!invited:x.org"), QStringLiteral("invite")},
                                                 {QStringLiteral("!gone:x.org"), QStringLiteral("leave")}};
        const auto of = [&membership](const QString &room) { return membership.value(room); };
        // A joined DM beats a newer invite; a left one is never reused.
        QCOMPARE(existingDirectRoom(direct, QStringLiteral("@bob:x.org"), of), QStringLiteral("!old:x.org"));
        QCOMPARE(existingDirectRoom(direct, QStringLiteral("@carol:x.org"), of), QString());
        QCOMPARE(existingDirectRoom(direct, QStringLiteral("@dave:x.org"), of), QString());
        const QHash<QString, QString> onlyInvite{
            {QStringLiteral("!invited:x.org"), QStringLiteral("invite")}};
        QCOMPARE(existingDirectRoom(direct, QStringLiteral("@bob:x.org"),
                                    [&onlyInvite](const QString &r) { return onlyInvite.value(r); }),
                 QStringLiteral("!invited:x.org"));
    }

    void powerLevels()
    {
        const QJsonObject content{
            {QStringLiteral("users"),
             QJsonObject{{QStringLiteral("@admin:x"), 100}, {QStringLiteral("@mod:x"), 50}}},
            {QStringLiteral("users_default"), 0},
            {QStringLiteral("events"), QJsonObject{{QStringLiteral("m.room.topic"), 0}}},
            {QStringLiteral("state_default"), 50},
            {QStringLiteral("kick"), 50},
            {QStringLiteral("ban"), 50},
            {QStringLiteral("invite"), 0},
            {QStringLiteral("notifications"), QJsonObject{{QStringLiteral("room"), 100}}}};
        const RoomPermissions p = RoomPermissions::fromContent(content);
        QCOMPARE(p.levelOf(QStringLiteral("@mod:x")), 50);
        QVERIFY(p.canSendState(QStringLiteral("@mod:x"), QStringLiteral("m.room.name")));
        QVERIFY(!p.canSendState(QStringLiteral("@user:x"), QStringLiteral("m.room.name")));
        QVERIFY(p.canSendState(QStringLiteral("@user:x"), QStringLiteral("m.room.topic"))); // events override
        QVERIFY(p.canKick(QStringLiteral("@mod:x"), QStringLiteral("@user:x")));
        QVERIFY(!p.canKick(QStringLiteral("@mod:x"), QStringLiteral("@admin:x"))); // not above the target
        QVERIFY(!p.canBan(QStringLiteral("@user:x"), QStringLiteral("@other:x")));
        QVERIFY(p.canInvite(QStringLiteral("@user:x")));
        QVERIFY(p.canMentionRoom(QStringLiteral("@admin:x")));
        QVERIFY(!p.canMentionRoom(QStringLiteral("@mod:x")));

        // No power levels event: the creator has 100, state needs 0.
        const RoomPermissions none = RoomPermissions::fromContent({}, QStringLiteral("@creator:x"));
        QCOMPARE(none.levelOf(QStringLiteral("@creator:x")), 100);
        QVERIFY(none.canSendState(QStringLiteral("@anyone:x"), QStringLiteral("m.room.name")));
        QVERIFY(!none.canKick(QStringLiteral("@anyone:x"), QStringLiteral("@other:x")));
        // Old rooms write levels as strings.
        const RoomPermissions strings = RoomPermissions::fromContent(
            {{QStringLiteral("users"), QJsonObject{{QStringLiteral("@a:x"), QStringLiteral("75")}}}});
        QCOMPARE(strings.levelOf(QStringLiteral("@a:x")), 75);
    }
};

QTEST_GUILESS_MAIN(TestPeopleLogic)
#include "tst_people_logic.moc"
