// End to end: desktop notifications and the tray icon of the real `lattice` app on an X display,
// against the real Synapse, a real notification service (dunst) and a real XEmbed tray (trayer).
// A second account (lattice-cli and the client-server API) writes; the test reads what dunst
// received (`dunstctl history`) and what the tray shows (the embedded icon's pixels).
#include "app_process.h"
#include "notification_daemon.h"
#include "test_homeserver.h"
#include "tray_host.h"
#include "x_session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace lattice::test;
using Shown = NotificationDaemon::Shown;

namespace {

constexpr int kStepTimeoutMs = 60000;

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(LATTICE_ARTIFACTS_DIR "/e2e")).absoluteFilePath(name);
}

QString escaped(const QString &roomId)
{
    return QRegularExpression::escape(roomId);
}

// Pixels of the badge colour (tray_icon.cpp paints the count on #d93025; the app icon has no red).
int badgePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 170 && c.green() < 90 && c.blue() < 90)
                ++n;
        }
    return n;
}

// The app's mapped top-level windows (xwininfo -root -tree: root's children, "lattice" WM_CLASS).
QStringList topLevelWindows(const XSession &x)
{
    QByteArray out;
    if (!x.run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-children")}, 10000,
               &out))
        return {};
    static const QRegularExpression re(QStringLiteral("^\\s+(0x[0-9a-f]+) .*\\(\"lattice\" "),
                                       QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = re.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const QString id = it.next().captured(1);
        QByteArray attributes;
        if (x.run(QStringLiteral("xwininfo"), {QStringLiteral("-id"), id}, 10000, &attributes) &&
            attributes.contains("IsViewable"))
            ids << id;
    }
    return ids;
}

QString describe(const QList<Shown> &shown)
{
    QStringList lines;
    for (const Shown &s : shown)
        lines << QStringLiteral("[%1] %2 | %3 | %4").arg(s.urgency, s.summary, s.body, s.defaultAction);
    return lines.isEmpty() ? QStringLiteral("(none)") : lines.join(QLatin1Char('\n'));
}

} // namespace

class E2eNotifications : public QObject
{
    Q_OBJECT

private slots:
    void notificationsAndTray();

private:
    // Waits until `expected` bubbles are on screen, gives strays a moment, closes them all and
    // returns the ones that appeared since the last call (newest first).
    QList<Shown> collect(NotificationDaemon &dunst, int expected);
    int m_historySize = 0;
};

QList<Shown> E2eNotifications::collect(NotificationDaemon &dunst, int expected)
{
    (void)QTest::qWaitFor([&] { return dunst.displayedCount() >= expected; }, kStepTimeoutMs);
    QTest::qWait(2000); // a duplicate would come with the same sync batch or the next one
    if (!dunst.closeAll())
        return {};
    QTest::qWait(200);
    bool ok = false;
    const QList<Shown> all = dunst.history(&ok);
    if (!ok)
        qWarning("dunstctl history failed");
    const QList<Shown> fresh = all.mid(0, all.size() - m_historySize);
    m_historySize = int(all.size());
    qInfo("dunst received:\n%s", qPrintable(describe(fresh)));
    return fresh;
}

void E2eNotifications::notificationsAndTray()
{
    const QString homeserver = homeserverUrl().toString();
    const TestUser alice = registerUser(QStringLiteral("notealice"));
    const TestUser bob = registerUser(QStringLiteral("notebob"));

    QTemporaryDir bobDir;
    auto bobCli = [&](const QStringList &args, const QByteArray &input = {}) {
        return runCli(QStringList{QStringLiteral("--data-dir"), bobDir.path()} + args, input);
    };
    CliResult r = bobCli({QStringLiteral("login"), QStringLiteral("--homeserver"), homeserver,
                          QStringLiteral("--user"), bob.localpart},
                         bob.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Bob's rooms, each with Alice invited; she joins them all before the app starts.
    auto createRoom = [&](const QString &name, bool encrypted) {
        QStringList args{QStringLiteral("create-room"), QStringLiteral("--name"), name,
                         QStringLiteral("--invite"), alice.userId};
        if (encrypted)
            args << QStringLiteral("--encrypted");
        const CliResult c = bobCli(args);
        const QString roomId = QString::fromUtf8(c.out).trimmed();
        if (c.exitCode != 0 || !roomId.startsWith(QLatin1Char('!')))
            qWarning("create-room %s failed: %s", qPrintable(name), c.err.constData());
        const RawReply joined = request("POST",
                                        QStringLiteral("/_matrix/client/v3/join/") +
                                            QString::fromUtf8(QUrl::toPercentEncoding(roomId)),
                                        {}, alice.accessToken);
        return joined.status == 200 ? roomId : QString();
    };
    const QString weekend = createRoom(QStringLiteral("Weekend plans"), false);
    const QString quiet = createRoom(QStringLiteral("Quiet corner"), false);
    const QString garden = createRoom(QStringLiteral("Secret garden"), true);
    const QString club = createRoom(QStringLiteral("Book club"), false);
    QVERIFY2(!weekend.isEmpty() && !quiet.isEmpty() && !garden.isEmpty() && !club.isEmpty(),
             "Bob's rooms could not be set up");

    // "Quiet corner" muted the way the spec's push rules say (a room rule without actions), as
    // other clients set it; the app reads the account's m.push_rules. It has no setting of its own.
    const RawReply muted = request("PUT",
                                   QStringLiteral("/_matrix/client/v3/pushrules/global/room/") +
                                       QString::fromUtf8(QUrl::toPercentEncoding(quiet)),
                                   QJsonObject{{QStringLiteral("actions"), QJsonArray{}}}, alice.accessToken);
    QVERIFY2(muted.status == 200, muted.bytes.constData());

    // A keyword of hers, as other clients set one (a content rule that highlights).
    const RawReply keyword = request(
        "PUT", QStringLiteral("/_matrix/client/v3/pushrules/global/content/lighthouse"),
        QJsonObject{{QStringLiteral("pattern"), QStringLiteral("lighthouse")},
                    {QStringLiteral("actions"),
                     QJsonArray{QStringLiteral("notify"),
                                QJsonObject{{QStringLiteral("set_tweak"), QStringLiteral("highlight")}}}}},
        alice.accessToken);
    QVERIFY2(keyword.status == 200, keyword.bytes.constData());

    // Alice signs in with lattice-cli; the app opens that account from the same data dir.
    QTemporaryDir aliceDir;
    r = runCli({QStringLiteral("--data-dir"), aliceDir.path(), QStringLiteral("login"),
                QStringLiteral("--homeserver"), homeserver, QStringLiteral("--user"), alice.localpart},
               alice.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());

    XSession x;
    NotificationDaemon dunst(x);
    TrayHost tray(x); // before the app: Qt looks for a tray when the icon is created
    AppProcess app(QStringLiteral(LATTICE_APP), x.environment(), aliceDir.path());
    const int listed = app.waitFor(QStringLiteral("^\\d+ room-list-shown rows=[1-9]"));
    QVERIFY2(listed >= 0, "the room list never showed");
    QVERIFY2(x.focusWindow(QStringLiteral("^Lattice")), "no Lattice window appeared on the display");

    // The tray icon: embedded in trayer through XEmbed, no badge while nothing is unread.
    const QString icon = tray.embeddedWindow(QStringLiteral("\\(\"lattice\""));
    QVERIFY2(!icon.isEmpty(), qPrintable(QStringLiteral("no Lattice icon in the tray:\n") + tray.tree()));
    QVERIFY2(tray.speaksXEmbed(icon), "the tray icon window has no _XEMBED_INFO");
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ tray unread=0 tooltip=Lattice$")) >= 0,
             "the tray never got the unread total");
    QImage pixels = tray.grab(icon);
    QVERIFY2(!pixels.isNull(), "cannot grab the tray icon");
    pixels.save(artifact(QStringLiteral("tray-read.png")));
    QCOMPARE(badgePixels(pixels), 0);
    QCOMPARE(dunst.displayedCount(), 0); // the initial sync notifies nothing

    // 1. Bob writes in a room Alice is not looking at: one bubble, room in the summary, sender and
    // text in the body, the default action offered; the tray shows a badge.
    const QString hello = QStringLiteral("Are we still on for Saturday?");
    const int unreadFrom = app.lines(); // before sending: the app may trace while the CLI runs
    r = bobCli({QStringLiteral("send"), weekend, hello});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QTest::qWaitFor([&] { return dunst.displayedCount() >= 1; }, kStepTimeoutMs),
             "Bob's message never reached the notification service");
    const int raised = app.waitFor(QStringLiteral("^\\d+ tray unread=[1-9]"), unreadFrom);
    QVERIFY2(raised >= 0, "the tray's unread total did not rise");
    // The tooltip says the same total: "tray unread=N tooltip=Lattice: N unread".
    const QRegularExpressionMatch total = QRegularExpression(QStringLiteral("unread=(\\d+) tooltip=(.*)$"))
                                              .match(app.matching(QStringLiteral("."), raised).first());
    QVERIFY2(total.captured(2).contains(total.captured(1)) && total.captured(2) != QStringLiteral("Lattice"),
             qPrintable(total.captured(0)));
    QTest::qWait(500); // the badge repaints
    pixels = tray.grab(icon);
    pixels.save(artifact(QStringLiteral("tray-unread.png")));
    QVERIFY2(badgePixels(pixels) > 0, "the tray icon shows no unread badge");

    // Hovering the icon shows that tooltip: a new top-level window of the app (saved to look at).
    const QStringList windowsBefore = topLevelWindows(x);
    QVERIFY(x.run(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QStringLiteral("--window"), icon,
                                              QStringLiteral("10"), QStringLiteral("10")}));
    QString tip;
    (void)QTest::qWaitFor(
        [&] {
            const QStringList now = topLevelWindows(x);
            for (const QString &w : now)
                if (!windowsBefore.contains(w))
                    tip = w;
            return !tip.isEmpty();
        },
        10000);
    QVERIFY2(!tip.isEmpty(), "hovering the tray icon showed no tooltip");
    QVERIFY(x.run(QStringLiteral("import"),
                  {QStringLiteral("-window"), tip, artifact(QStringLiteral("tray-tooltip.png"))}));
    QVERIFY(x.run(QStringLiteral("xdotool"),
                  {QStringLiteral("mousemove"), QStringLiteral("600"), QStringLiteral("700")}));

    // Clicking the bubble (its default action) opens the room in the window.
    const int beforeAction = app.lines();
    QVERIFY(dunst.invokeNewestAction());
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ room-(selected|shown) %1( |$)").arg(escaped(weekend)),
                         beforeAction) >= 0,
             "the notification's default action did not open the room");
    QVERIFY2(x.focusWindow(QStringLiteral("^Lattice")), "the window cannot take the focus");
    QList<Shown> shown = collect(dunst, 0);
    QVERIFY2(shown.size() == 1, qPrintable(describe(shown)));
    QCOMPARE(shown[0].summary, QStringLiteral("Weekend plans"));
    QVERIFY2(shown[0].body.contains(hello), qPrintable(shown[0].body));
    QVERIFY2(shown[0].body.contains(bob.localpart), qPrintable(shown[0].body));
    QCOMPARE(shown[0].urgency, QStringLiteral("normal"));
    QCOMPARE(shown[0].defaultAction, QStringLiteral("default"));
    QCOMPARE(shown[0].appName, QStringLiteral("lattice"));

    // Read in the open room: the unread total and the badge go back to nothing.
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ tray unread=0 tooltip=Lattice$"), unreadFrom) >= 0,
             "the tray's unread total did not fall after the room was read");
    QTest::qWait(500);
    pixels = tray.grab(icon);
    QCOMPARE(badgePixels(pixels), 0);

    // 2 and 4. A message in the open, focused room is quiet; one in the encrypted room that
    // follows it notifies with the decrypted text.
    r = bobCli({QStringLiteral("send"), weekend, QStringLiteral("I see you are here already.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString seenId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ timeline %1 rows=\\d+ last=%2( |$)")
                             .arg(escaped(weekend), QRegularExpression::escape(seenId)),
                         beforeAction) >= 0,
             "Bob's message never reached the open room");
    const QString secret = QStringLiteral("The roses bloom at dawn.");
    r = bobCli({QStringLiteral("send"), garden, secret});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    shown = collect(dunst, 1);
    QVERIFY2(shown.size() == 1, qPrintable(describe(shown)));
    QCOMPARE(shown[0].summary, QStringLiteral("Secret garden"));
    QVERIFY2(shown[0].body.contains(secret), qPrintable(shown[0].body));
    QCOMPARE(shown[0].urgency, QStringLiteral("normal"));

    // 2. Her keyword inside an encrypted message: only the decrypted text can match it.
    const QString beacon = QStringLiteral("Meet me at the lighthouse at nine.");
    r = bobCli({QStringLiteral("send"), garden, beacon});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    shown = collect(dunst, 1);
    QVERIFY2(shown.size() == 1, qPrintable(describe(shown)));
    QCOMPARE(shown[0].summary, QStringLiteral("Secret garden"));
    QVERIFY2(shown[0].body.contains(beacon), qPrintable(shown[0].body));
    QCOMPARE(shown[0].urgency, QStringLiteral("critical"));

    // 3. The muted room stays silent; a mention in another room right after it notifies, urgent.
    r = bobCli({QStringLiteral("send"), quiet, QStringLiteral("Nobody should be woken by this.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString mention = QStringLiteral("%1: can you bring the second volume?").arg(alice.localpart);
    const RawReply sent =
        request("PUT",
                QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/mention1")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(club))),
                QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")},
                            {QStringLiteral("body"), mention},
                            {QStringLiteral("m.mentions"),
                             QJsonObject{{QStringLiteral("user_ids"), QJsonArray{alice.userId}}}}},
                bob.accessToken);
    QVERIFY2(sent.status == 200, sent.bytes.constData());
    shown = collect(dunst, 1);
    QVERIFY2(shown.size() == 1, qPrintable(describe(shown)));
    QCOMPARE(shown[0].summary, QStringLiteral("Book club"));
    QVERIFY2(shown[0].body.contains(mention), qPrintable(shown[0].body));
    QCOMPARE(shown[0].urgency, QStringLiteral("critical"));

    // 4. Alice's own message (from another of her devices) is silent; Bob's answer after it is not.
    const QString own = QStringLiteral("I will bring it.");
    const RawReply ownSent = request(
        "PUT",
        QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.message/own1")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(club))),
        QJsonObject{{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), own}},
        alice.accessToken);
    QVERIFY2(ownSent.status == 200, ownSent.bytes.constData());
    const QString thanks = QStringLiteral("Thanks, see you on Thursday.");
    r = bobCli({QStringLiteral("send"), club, thanks});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    shown = collect(dunst, 1);
    QVERIFY2(shown.size() == 1, qPrintable(describe(shown)));
    QCOMPARE(shown[0].summary, QStringLiteral("Book club"));
    QVERIFY2(shown[0].body.contains(thanks) && !shown[0].body.contains(own), qPrintable(shown[0].body));
    QCOMPARE(shown[0].urgency, QStringLiteral("normal"));

    QVERIFY(x.screenshot(QStringLiteral("^Lattice"), artifact(QStringLiteral("notifications-window.png"))));
    QVERIFY2(app.bindingLoops().isEmpty(), qPrintable(app.bindingLoops().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(E2eNotifications)
#include "tst_e2e_notifications.moc"
