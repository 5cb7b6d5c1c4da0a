// End to end: a person signs in to the real `lattice` app on an X display, receives a message
// from a second account and answers it, all with the keyboard (focus order and shortcuts, no
// pixel coordinates). The second account is lattice-cli; the server is the real Synapse.
// Screenshots of the login screen and of the conversation go to build/test-artifacts/.
#include "app_process.h"
#include "notification_daemon.h"
#include "test_homeserver.h"
#include "x_session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QUrl>
#include <memory>

using namespace lattice::test;

namespace {

constexpr int kStepTimeoutMs = 60000;

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(LATTICE_ARTIFACTS_DIR "/e2e")).absoluteFilePath(name);
}

} // namespace

class E2eChat : public QObject
{
    Q_OBJECT

private slots:
    void signInReceiveAndAnswer();
};

void E2eChat::signInReceiveAndAnswer()
{
    const QString homeserver = homeserverUrl().toString();
    const TestUser alice = registerUser(QStringLiteral("e2ealice"));
    const TestUser bob = registerUser(QStringLiteral("e2ebob"));

    // Bob (lattice-cli) makes a room and invites Alice; Alice joins it before she signs in.
    QTemporaryDir bobDir;
    auto bobCli = [&](const QStringList &args, const QByteArray &input = {}) {
        return runCli(QStringList{QStringLiteral("--data-dir"), bobDir.path()} + args, input);
    };
    CliResult r = bobCli({QStringLiteral("login"), QStringLiteral("--homeserver"), homeserver,
                          QStringLiteral("--user"), bob.localpart},
                         bob.password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = bobCli({QStringLiteral("create-room"), QStringLiteral("--name"), QStringLiteral("Weekend plans"),
                QStringLiteral("--invite"), alice.userId});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString roomId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(roomId.startsWith(QLatin1Char('!')), r.out.constData());
    const RawReply joined = request("POST",
                                    QStringLiteral("/_matrix/client/v3/join/") +
                                        QString::fromUtf8(QUrl::toPercentEncoding(roomId)),
                                    {}, alice.accessToken);
    QCOMPARE(joined.status, 200);

    // The app, on its own display and an empty data dir.
    XSession x;
    QTemporaryDir aliceDir;
    // The notification service the app's bubbles go to, on this display (not one D-Bus activates
    // without a display).
    NotificationDaemon notifications(x);
    AppProcess app(QStringLiteral(LATTICE_APP), x.environment(), aliceDir.path());
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ page login$")) >= 0, "the login page never showed");
    QVERIFY2(x.focusWindow(QStringLiteral("^Lattice$")), "no Lattice window appeared on the display");

    // The homeserver field has the focus; Enter moves to the next field, Enter on the password signs in.
    QVERIFY(x.type(homeserver));
    QVERIFY(x.key(QStringLiteral("Return")));
    QVERIFY(x.type(alice.localpart));
    QVERIFY(x.key(QStringLiteral("Return")));
    QVERIFY(x.type(alice.password));
    QTest::qWait(300); // let the last keystrokes render
    const QString loginShot = artifact(QStringLiteral("login.png"));
    QVERIFY(x.screenshot(QStringLiteral("^Lattice"), loginShot));
    qInfo("screenshot of the login screen: %s", qPrintable(loginShot));
    QVERIFY(x.key(QStringLiteral("Return")));

    const int listed = app.waitFor(QStringLiteral("^\\d+ room-list-shown rows=[1-9]"));
    QVERIFY2(listed >= 0, "the room list never showed after signing in");

    // Bob writes while Alice's app is running: it must arrive through the app's sync.
    const QString greeting = QStringLiteral("Are we still on for **Saturday**?");
    r = bobCli({QStringLiteral("send"), roomId, greeting});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString greetingId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(greetingId.startsWith(QLatin1Char('$')), r.out.constData());
    qInfo("Bob sent %s to %s", qPrintable(greetingId), qPrintable(roomId));

    // Ctrl+K, part of the room's name, Enter: the room opens with the composer focused.
    QVERIFY(x.key(QStringLiteral("ctrl+k")));
    QTest::qWait(300);
    QVERIFY(x.type(QStringLiteral("weekend")));
    QVERIFY(x.key(QStringLiteral("Return")));
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ room-shown %1 ").arg(QRegularExpression::escape(roomId)),
                         listed) >= 0,
             "the room did not open from the quick switcher");
    const int received =
        app.waitFor(QStringLiteral("^\\d+ (room-shown|timeline) %1 rows=\\d+ last=%2( |$)")
                        .arg(QRegularExpression::escape(roomId), QRegularExpression::escape(greetingId)),
                    listed);
    QVERIFY2(received >= 0, "Bob's message never reached the open room's timeline");

    const QString answer = QStringLiteral("Yes! See you at 10 at the station.");
    QTest::qWait(300); // the composer takes the focus on the next event-loop turn
    QVERIFY(x.type(answer));
    QVERIFY(x.key(QStringLiteral("Return")));
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ timeline %1 ").arg(QRegularExpression::escape(roomId)),
                         received + 1) >= 0,
             "the answer did not appear in the timeline");

    // Bob's side: the answer arrived from Alice, with exactly the text typed.
    bool arrived = false;
    QString seen;
    const bool waited = QTest::qWaitFor(
        [&] {
            const CliResult h = bobCli({QStringLiteral("history"), roomId, QStringLiteral("10")});
            seen = QString::fromUtf8(h.out);
            for (const QByteArray &line : h.out.split('\n')) {
                const QJsonObject e = QJsonDocument::fromJson(line).object();
                if (e.value(QStringLiteral("type")).toString() == QStringLiteral("m.room.message") &&
                    e.value(QStringLiteral("sender")).toString() == alice.userId &&
                    e.value(QStringLiteral("content")).toObject().value(QStringLiteral("body")).toString() ==
                        answer)
                    arrived = true;
            }
            return arrived;
        },
        kStepTimeoutMs);
    QVERIFY2(waited && arrived,
             qPrintable(QStringLiteral("Bob did not get the answer; his history:\n") + seen));

    // Bob writes again while Alice's focused window follows the bottom of the open room: she has
    // seen it, so the server must get her m.read receipt for it without any input from her.
    r = bobCli({QStringLiteral("send"), roomId, QStringLiteral("Bring an umbrella, rain is forecast.")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString laterId = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(laterId.startsWith(QLatin1Char('$')), r.out.constData());
    QVERIFY2(app.waitFor(QStringLiteral("^\\d+ timeline %1 rows=\\d+ last=%2( |$)")
                             .arg(QRegularExpression::escape(roomId), QRegularExpression::escape(laterId)),
                         received + 1) >= 0,
             "Bob's second message never reached the open room's timeline");
    QString readBy;
    int poll = 0;
    const bool receipted = QTest::qWaitFor(
        [&] {
            readBy.clear();
            // The receipt as the server holds it: the ephemeral m.receipt of an initial sync. Synapse
            // caches a sync response for a while, so each poll asks with a filter of its own.
            const QString filter = QStringLiteral("{\"room\":{\"timeline\":{\"limit\":%1}}}").arg(++poll);
            const RawReply sync = request("GET",
                                          QStringLiteral("/_matrix/client/v3/sync?timeout=0&filter=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                                          {}, alice.accessToken);
            const QJsonArray ephemeral = sync.body.value(QStringLiteral("rooms"))
                                             .toObject()
                                             .value(QStringLiteral("join"))
                                             .toObject()
                                             .value(roomId)
                                             .toObject()
                                             .value(QStringLiteral("ephemeral"))
                                             .toObject()
                                             .value(QStringLiteral("events"))
                                             .toArray();
            for (const QJsonValue &e : ephemeral) {
                const QJsonObject content = e.toObject().value(QStringLiteral("content")).toObject();
                readBy += QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
                if (content.value(laterId)
                        .toObject()
                        .value(QStringLiteral("m.read"))
                        .toObject()
                        .contains(alice.userId))
                    return true;
            }
            return false;
        },
        kStepTimeoutMs);
    QVERIFY2(
        receipted,
        qPrintable(QStringLiteral("no m.read receipt from Alice for %1; receipts: %2").arg(laterId, readBy)));

    QTest::qWait(800); // the sent state's tick renders
    const QString chatShot = artifact(QStringLiteral("conversation.png"));
    QVERIFY(x.screenshot(QStringLiteral("^Lattice"), chatShot));
    qInfo("screenshot of the conversation: %s", qPrintable(chatShot));
    QVERIFY2(app.bindingLoops().isEmpty(), qPrintable(app.bindingLoops().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(E2eChat)
#include "tst_e2e_chat.moc"
