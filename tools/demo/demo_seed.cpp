// lattice-demo-seed: creates the demo account's world on a fresh test homeserver, through the
// library: the demo user and a second member (Sam), two named rooms with a topic and a realistic
// history (formatted messages, a reply, an emote, a notice, joins) and a direct chat.
// Used once by tools/demo; the homeserver's data is then kept, so later runs skip this.
//
//   lattice-demo-seed --homeserver URL --work-dir DIR --user demo --password PASSWORD
#include "demo_steps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <cstdlib>

using namespace lattice;
using namespace lattice::demo;

namespace {

constexpr char kKeyringService[] = "LatticeDemoSeed"; // its sessions log out at the end

[[noreturn]] void fail(const char *step, const Error &e)
{
    std::fprintf(stderr, "lattice-demo-seed: %s: %s\n", step, qPrintable(e.describe()));
    std::exit(1);
}

template <typename T> T check(const char *step, Result<T> r)
{
    if (!r)
        fail(step, r.error());
    return std::move(*r);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a test homeserver with Lattice's demo account."));
    parser.addHelpOption();
    const QCommandLineOption hsOption(QStringLiteral("homeserver"), QStringLiteral("Homeserver URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption dirOption(QStringLiteral("work-dir"), QStringLiteral("Scratch directory."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The demo account's name."),
                                        QStringLiteral("NAME"), QStringLiteral("demo"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("The demo account's password."),
                                            QStringLiteral("PASSWORD"));
    parser.addOptions({hsOption, dirOption, userOption, passwordOption});
    parser.process(app);
    if (!parser.isSet(hsOption) || !parser.isSet(dirOption) || !parser.isSet(passwordOption)) {
        std::fprintf(stderr, "lattice-demo-seed: --homeserver, --work-dir and --password are required\n");
        return 2;
    }
    const QString hs = parser.value(hsOption);
    const QString user = parser.value(userOption);
    const QString password = parser.value(passwordOption);
    const QString samPassword = password + QStringLiteral("-sam");
    const QDir work(parser.value(dirOption));

    check("register the demo user", registerUser(QUrl(hs), user, password));
    check("register Sam", registerUser(QUrl(hs), QStringLiteral("sam"), samPassword));

    Session me(work.filePath(QStringLiteral("demo")), QString::fromLatin1(kKeyringService));
    Session sam(work.filePath(QStringLiteral("sam")), QString::fromLatin1(kKeyringService));
    check("log in as the demo user", login(me, hs, user, password));
    check("log in as Sam", login(sam, hs, QStringLiteral("sam"), samPassword));
    check("set the demo user's name", setDisplayName(me, QStringLiteral("Alex Demo")));
    check("set Sam's name", setDisplayName(sam, QStringLiteral("Sam Rivera")));

    // A room Sam runs: topic, a formatted invitation, a reply, an emote.
    CreateRoomOptions hike;
    hike.name = QStringLiteral("Weekend hike");
    hike.topic = QStringLiteral("Saturday: Ridge trail, 14 km. Bring water!");
    hike.invite = {me.userId()};
    const QString hikeId = check("create Weekend hike", createRoom(sam, hike));
    check("join Weekend hike", joinRoom(me, hikeId));
    check("send", send(sam, hikeId, QStringLiteral("Who's up for the **Ridge trail** on Saturday? 🥾")));
    const QString countMeIn =
        check("send", send(me, hikeId, QStringLiteral("Count me in! I'll bring _snacks_ and the map.")));
    check("reply", reply(sam, hikeId, countMeIn, QStringLiteral("Perfect. Meet at the trailhead at 8:00.")));
    check("emote",
          send(sam, hikeId, QStringLiteral("checks the forecast: sunny, 18 °C"), QStringLiteral("m.emote")));
    check("send", send(me, hikeId,
                       QStringLiteral(
                           "Packing list:\n\n- water (2 l)\n- rain jacket\n- `offline maps` on the phone")));

    // A room the demo user runs, with a notice from a "bot" and a link.
    CreateRoomOptions release;
    release.name = QStringLiteral("Release planning");
    release.invite = {sam.userId()};
    const QString releaseId = check("create Release planning", createRoom(me, release));
    check("topic", setTopic(me, releaseId, QStringLiteral("Lattice 1.0: what is left, who does it")));
    check("join Release planning", joinRoom(sam, releaseId));
    check("send",
          send(me, releaseId,
               QStringLiteral("Status for **1.0**:\n\n1. sync and storage ✅\n2. end-to-end encryption ⏳\n"
                              "3. packaging")));
    check("notice", send(sam, releaseId, QStringLiteral("CI: build 214 passed all tests on `main`."),
                         QStringLiteral("m.notice")));
    check("send",
          send(sam, releaseId,
               QStringLiteral("Release notes draft: [spec.matrix.org](https://spec.matrix.org) has the "
                              "wording we need.")));

    // A direct chat from Sam.
    CreateRoomOptions dm;
    dm.direct = true;
    dm.invite = {me.userId()};
    const QString dmId = check("create the direct chat", createRoom(sam, dm));
    check("join the direct chat", joinRoom(me, dmId));
    check("send", send(sam, dmId, QStringLiteral("Hey! Did you see the new room list? It's *fast*.")));
    check("send", send(me, dmId, QStringLiteral("Yes, 500 rooms in no time.")));

    const QString seeded = me.userId();
    check("log out Sam", logout(sam));
    check("log out the demo user", logout(me));
    std::printf("seeded %s\n", qPrintable(seeded));
    return 0;
}
