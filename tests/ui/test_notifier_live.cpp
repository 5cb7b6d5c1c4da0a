// Notifications for an encrypted room on a real Synapse, through the Notifier the app uses: a message is
// judged only after this device decrypted it (so its text and keywords count), and one whose room key
// never comes still notifies, as "Encrypted message", once the wait for the key runs out.
#include "e2ee_settle.h"
#include "logged_in_account.h"
#include "notifier.h"
#include "sent_text.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

class TestNotifierLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encryptedMessagesNotifyOnceDecrypted();
};

void TestNotifierLive::encryptedMessagesNotifyOnceDecrypted()
{
    Account alice = loggedIn(QStringLiteral("notifyalice"));
    Account bob = loggedIn(QStringLiteral("notifybob"));
    CreateRoomOptions options;
    options.name = QStringLiteral("Secret garden");
    options.encrypted = true;
    auto roomId = sharedRoom(alice, bob, options);
    QVERIFY2(roomId.ok(), qPrintable(roomId.ok() ? QString() : roomId.error().describe()));
    QVERIFY(settle(*alice.session) && settle(*bob.session));

    Notifier notifier(*alice.session, [] { return QString(); });
    notifier.setKeyWait(std::chrono::milliseconds(1500));
    QStringList decrypted; // in the order Alice's session announced them
    connect(alice.session.get(), &Session::eventsDecrypted, this,
            [&](const QStringList &, const QStringList &ids) { decrypted << ids; });
    struct Seen
    {
        Notification n;
        bool decryptedBefore;
        qint64 atMs;
    };
    std::vector<Seen> seen;
    QElapsedTimer clock;
    clock.start();
    connect(&notifier, &Notifier::notificationReady, this, [&](const Notification &n) {
        seen.push_back({n, decrypted.contains(n.eventId), clock.elapsed()});
    });
    alice.session->syncLoop().start(3000);
    bob.session->syncLoop().start(3000);

    // A message with its key: the notification carries the clear text, and comes after the decryption.
    for (const QString &text :
         {QStringLiteral("The roses bloom at dawn."), QStringLiteral("Meet me at the lighthouse at nine.")}) {
        seen.clear();
        auto sent = sendText(*bob.session, *roomId, text);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().describe()));
        QVERIFY2(QTest::qWaitFor([&] { return !seen.empty(); }, 30000), "no notification for Bob's message");
        QCOMPARE(seen.size(), size_t(1));
        QCOMPARE(seen[0].n.eventId, *sent);
        QVERIFY2(seen[0].n.text.contains(text), qPrintable(seen[0].n.text));
        QVERIFY(!seen[0].n.undecrypted);
        QVERIFY2(seen[0].decryptedBefore, "the notification was judged before the event was decrypted");
    }

    // A message under a session whose key Alice never gets: held back for the key, then shown anyway.
    const QJsonObject undecryptable{
        {QStringLiteral("algorithm"), QStringLiteral("m.megolm.v1.aes-sha2")},
        {QStringLiteral("sender_key"), QStringLiteral("aGVyZSBpcyBubyBzdWNoIGN1cnZlIGtleSBhdCBhbGwh")},
        {QStringLiteral("device_id"), bob.session->deviceId()},
        {QStringLiteral("session_id"), QStringLiteral("bm8gc3VjaCBzZXNzaW9uIGV4aXN0cyBhbnl3aGVyZQ")},
        {QStringLiteral("ciphertext"), QStringLiteral("AwgAEhCYbm90IHJlYWxseSBjaXBoZXJ0ZXh0")}};
    seen.clear();
    const qint64 sentAt = clock.elapsed();
    const RawReply put = request("PUT",
                                 QStringLiteral("/_matrix/client/v3/rooms/%1/send/m.room.encrypted/lost1")
                                     .arg(QString::fromUtf8(QUrl::toPercentEncoding(*roomId))),
                                 undecryptable, bob.user.accessToken);
    QVERIFY2(put.status == 200, put.bytes.constData());
    QVERIFY2(QTest::qWaitFor([&] { return !seen.empty(); }, 30000),
             "no notification for the undecryptable event");
    QCOMPARE(seen.size(), size_t(1));
    QVERIFY(seen[0].n.undecrypted);
    QVERIFY2(seen[0].n.text.contains(QStringLiteral("Encrypted message")), qPrintable(seen[0].n.text));
    QVERIFY2(seen[0].atMs - sentAt >= 1500, "the notification did not wait for the room key");
}

QTEST_MAIN(TestNotifierLive)
#include "test_notifier_live.moc"
