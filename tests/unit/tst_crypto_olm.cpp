// Olm and Megolm through our libolm wrappers: round trips, pickling, and clean failures on bad input.
#include "crypto/base64.h"
#include "crypto/ed25519.h"
#include "crypto/megolm_session.h"
#include "crypto/olm_account.h"
#include "crypto/olm_session.h"
#include "crypto/replay_guard.h"

#include <QJsonArray>
#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;

namespace {

template <typename T> T take(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().errcode));
    return std::move(r.value());
}

QString firstOneTimeKey(const OlmAccount &account)
{
    return take(account.oneTimeKeys()).first();
}

} // namespace

class TestCryptoOlm : public QObject
{
    Q_OBJECT
private slots:
    void accountKeysAndSignedUploads()
    {
        OlmAccount alice = take(OlmAccount::create());
        const IdentityKeys ids = take(alice.identityKeys());
        QCOMPARE(take(base64Decode(ids.curve25519.toLatin1())).size(), 32);
        QCOMPARE(take(base64Decode(ids.ed25519.toLatin1())).size(), 32);
        QVERIFY(alice.maxOneTimeKeys() >= 50);

        const QString user = QStringLiteral("@alice:example.org");
        const QString device = QStringLiteral("ALICEDEV");
        const QJsonObject deviceKeys = take(alice.deviceKeys(user, device));
        QCOMPARE(deviceKeys.value(QLatin1String("algorithms")).toArray(),
                 (QJsonArray{QStringLiteral("m.olm.v1.curve25519-aes-sha2"),
                             QStringLiteral("m.megolm.v1.aes-sha2")}));
        QCOMPARE(deviceKeys.value(QLatin1String("keys"))
                     .toObject()
                     .value(QLatin1String("ed25519:ALICEDEV"))
                     .toString(),
                 ids.ed25519);
        QVERIFY(verifySignedJson(deviceKeys, user, QStringLiteral("ed25519:ALICEDEV"), ids.ed25519));

        QVERIFY(alice.generateOneTimeKeys(3));
        const QJsonObject otks = take(alice.signedOneTimeKeys(user, device));
        QCOMPARE(otks.size(), 3);
        for (auto it = otks.begin(); it != otks.end(); ++it) {
            QVERIFY(it.key().startsWith(QLatin1String("signed_curve25519:")));
            QVERIFY(verifySignedJson(it.value().toObject(), user, QStringLiteral("ed25519:ALICEDEV"),
                                     ids.ed25519));
        }
        QVERIFY(alice.markKeysAsPublished());
        QVERIFY(take(alice.oneTimeKeys()).isEmpty());

        QVERIFY(alice.generateFallbackKey());
        const QJsonObject fallback = take(alice.signedFallbackKeys(user, device));
        QCOMPARE(fallback.size(), 1);
        const QJsonObject fb = fallback.begin().value().toObject();
        QCOMPARE(fb.value(QLatin1String("fallback")).toBool(), true);
        QVERIFY(verifySignedJson(fb, user, QStringLiteral("ed25519:ALICEDEV"), ids.ed25519));
        // A signature from another account's key does not verify.
        OlmAccount mallory = take(OlmAccount::create());
        QVERIFY(!verifySignedJson(deviceKeys, user, QStringLiteral("ed25519:ALICEDEV"),
                                  take(mallory.identityKeys()).ed25519));
    }

    void accountPickleRoundTripAndWrongKey()
    {
        OlmAccount account = take(OlmAccount::create());
        const PickleKey key = PickleKey::generate();
        const QByteArray sealed = take(account.pickle(key));
        OlmAccount back = take(OlmAccount::unpickle(key, sealed));
        QCOMPARE(take(back.identityKeys()).ed25519, take(account.identityKeys()).ed25519);
        const auto wrong = OlmAccount::unpickle(PickleKey::generate(), sealed);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().errcode, QStringLiteral("BAD_PICKLE_MAC"));
        QVERIFY(!OlmAccount::unpickle(key, sealed.left(20)));
        // A moved-from account answers with an Error, not a crash.
        OlmAccount moved = std::move(back);
        QVERIFY(!back.identityKeys()); // NOLINT(bugprone-use-after-move): tested on purpose
        QVERIFY(moved.identityKeys());
    }

    void olmRoundTripBothDirections()
    {
        OlmAccount alice = take(OlmAccount::create());
        OlmAccount bob = take(OlmAccount::create());
        QVERIFY(bob.generateOneTimeKeys(1));
        const QString bobIdentity = take(bob.identityKeys()).curve25519;
        const QString aliceIdentity = take(alice.identityKeys()).curve25519;

        OlmSession aliceSession = take(OlmSession::createOutbound(alice, bobIdentity, firstOneTimeKey(bob)));
        const OlmMessage first = take(aliceSession.encrypt("hello bob"));
        QCOMPARE(first.type, int(OlmMessage::PreKey));

        OlmSession bobSession = take(OlmSession::createInbound(bob, first.body, aliceIdentity));
        QVERIFY(bobSession.removeUsedOneTimeKey(bob));
        QVERIFY(take(bob.oneTimeKeys()).isEmpty());
        QCOMPARE(take(bobSession.sessionId()), take(aliceSession.sessionId()));
        QVERIFY(take(bobSession.matchesInbound(first.body)));
        QVERIFY(take(bobSession.matchesInbound(first.body, aliceIdentity)));
        QVERIFY(!take(bobSession.matchesInbound(first.body, bobIdentity)));
        QCOMPARE(take(bobSession.decrypt(first.type, first.body)), QByteArray("hello bob"));

        // Alice keeps sending pre-key messages until she hears back.
        const OlmMessage second = take(aliceSession.encrypt("still there?"));
        QCOMPARE(second.type, int(OlmMessage::PreKey));
        QCOMPARE(take(bobSession.decrypt(second.type, second.body)), QByteArray("still there?"));

        const OlmMessage reply = take(bobSession.encrypt("hi alice"));
        QCOMPARE(reply.type, int(OlmMessage::Normal));
        QCOMPARE(take(aliceSession.decrypt(reply.type, reply.body)), QByteArray("hi alice"));
        QVERIFY(aliceSession.hasReceivedMessage());

        const OlmMessage third = take(aliceSession.encrypt("now normal"));
        QCOMPARE(third.type, int(OlmMessage::Normal));
        QCOMPARE(take(bobSession.decrypt(third.type, third.body)), QByteArray("now normal"));

        // Pickled sessions keep working.
        const PickleKey key = PickleKey::generate();
        OlmSession bobAgain = take(OlmSession::unpickle(key, take(bobSession.pickle(key))));
        const OlmMessage fourth = take(aliceSession.encrypt("after restart"));
        QCOMPARE(take(bobAgain.decrypt(fourth.type, fourth.body)), QByteArray("after restart"));
        QVERIFY(!OlmSession::unpickle(PickleKey::generate(), take(bobSession.pickle(key))));
    }

    void olmInboundWithoutIdentityKeyAndFallback()
    {
        OlmAccount alice = take(OlmAccount::create());
        OlmAccount bob = take(OlmAccount::create());
        QVERIFY(bob.generateFallbackKey());
        const QString fallbackKey = take(bob.unpublishedFallbackKey()).first();
        QVERIFY(bob.markKeysAsPublished()); // uploaded
        QVERIFY(take(bob.unpublishedFallbackKey()).isEmpty());
        OlmSession out =
            take(OlmSession::createOutbound(alice, take(bob.identityKeys()).curve25519, fallbackKey));
        const OlmMessage m = take(out.encrypt("via fallback"));
        OlmSession in = take(OlmSession::createInbound(bob, m.body));
        QVERIFY(in.removeUsedOneTimeKey(bob)); // the fallback key is not a one-time key: not an error
        QCOMPARE(take(in.decrypt(m.type, m.body)), QByteArray("via fallback"));
    }

    void olmBadInputFailsCleanly()
    {
        OlmAccount alice = take(OlmAccount::create());
        OlmAccount bob = take(OlmAccount::create());
        QVERIFY(bob.generateOneTimeKeys(1));
        QVERIFY(!OlmSession::createOutbound(alice, QStringLiteral("notakey"), firstOneTimeKey(bob)));
        OlmSession out = take(
            OlmSession::createOutbound(alice, take(bob.identityKeys()).curve25519, firstOneTimeKey(bob)));
        const OlmMessage m = take(out.encrypt("payload"));
        QVERIFY(!OlmSession::createInbound(bob, m.body.left(m.body.size() / 2))); // truncated
        QVERIFY(!OlmSession::createInbound(bob, QByteArray("!!!not base64!!!"))); // corrupted base64
        OlmSession in = take(OlmSession::createInbound(bob, m.body));
        QVERIFY(!in.decrypt(7, m.body));
        QVERIFY(!in.decrypt(m.type, m.body.left(m.body.size() - 10)));
        QByteArray flipped = m.body;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
        const auto bad = in.decrypt(m.type, flipped);
        QVERIFY(!bad);
        QVERIFY(!bad.error().errcode.isEmpty());
        QCOMPARE(take(in.decrypt(m.type, m.body)), QByteArray("payload")); // the session survived
    }

    void megolmRoundTripIndexesAndExport()
    {
        MegolmOutboundSession out = take(MegolmOutboundSession::create());
        QCOMPARE(out.messageIndex(), 0u);
        MegolmInboundSession in = take(MegolmInboundSession::fromSessionKey(take(out.sessionKey())));
        QCOMPARE(take(in.sessionId()), take(out.sessionId()));
        QVERIFY(in.isVerified());

        QList<QByteArray> ciphertexts;
        for (int i = 0; i < 4; ++i)
            ciphertexts << take(out.encrypt(QByteArray("message ") + QByteArray::number(i)));
        QCOMPARE(out.messageIndex(), 4u);
        for (int i = 0; i < 4; ++i) {
            const MegolmDecrypted d = take(in.decrypt(ciphertexts[i]));
            QCOMPARE(d.messageIndex, uint32_t(i));
            QCOMPARE(d.plaintext, QByteArray("message ") + QByteArray::number(i));
        }

        // Exported at index 2, a session cannot read messages 0 and 1, but reads 2 and 3.
        MegolmInboundSession imported = take(MegolmInboundSession::importSession(take(in.exportAt(2))));
        QCOMPARE(imported.firstKnownIndex(), 2u);
        QVERIFY(!imported.isVerified());
        const auto early = imported.decrypt(ciphertexts[1]);
        QVERIFY(!early);
        QCOMPARE(early.error().errcode, QStringLiteral("UNKNOWN_MESSAGE_INDEX"));
        QCOMPARE(take(imported.decrypt(ciphertexts[3])).messageIndex, 3u);

        // Pickles of both ends survive; a wrong key does not open them.
        const PickleKey key = PickleKey::generate();
        MegolmOutboundSession outAgain = take(MegolmOutboundSession::unpickle(key, take(out.pickle(key))));
        QCOMPARE(outAgain.messageIndex(), 4u);
        MegolmInboundSession inAgain = take(MegolmInboundSession::unpickle(key, take(in.pickle(key))));
        QCOMPARE(take(inAgain.decrypt(take(outAgain.encrypt("five")))).plaintext, QByteArray("five"));
        QVERIFY(!MegolmInboundSession::unpickle(PickleKey::generate(), take(in.pickle(key))));
        QVERIFY(!MegolmOutboundSession::unpickle(PickleKey::generate(), take(out.pickle(key))));
    }

    void megolmBadInputFailsCleanly()
    {
        MegolmOutboundSession out = take(MegolmOutboundSession::create());
        MegolmInboundSession in = take(MegolmInboundSession::fromSessionKey(take(out.sessionKey())));
        const QByteArray c = take(out.encrypt("secret"));
        QVERIFY(!in.decrypt(c.left(c.size() - 20)));       // truncated
        QVERIFY(!in.decrypt(QByteArray("***garbage***"))); // corrupted base64
        QVERIFY(!in.decrypt(QByteArray()));
        QByteArray flipped = c;
        flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
        QVERIFY(!in.decrypt(flipped));
        QVERIFY(!MegolmInboundSession::fromSessionKey("not a session key"));
        QVERIFY(!MegolmInboundSession::importSession(take(out.sessionKey()).left(30)));
        // A different session cannot read it.
        MegolmOutboundSession other = take(MegolmOutboundSession::create());
        MegolmInboundSession otherIn = take(MegolmInboundSession::fromSessionKey(take(other.sessionKey())));
        QVERIFY(!otherIn.decrypt(c));
        QCOMPARE(take(in.decrypt(c)).plaintext, QByteArray("secret"));
    }

    void replayGuard()
    {
        ReplayGuard guard;
        const QString sender = QStringLiteral("senderkey");
        QVERIFY(guard.check(sender, QStringLiteral("s1"), 0, QStringLiteral("$a")));
        QVERIFY(guard.check(sender, QStringLiteral("s1"), 0, QStringLiteral("$a"))); // same event again
        const auto replay = guard.check(sender, QStringLiteral("s1"), 0, QStringLiteral("$b"));
        QVERIFY(!replay);
        QCOMPARE(replay.error().errcode, QStringLiteral("REPLAYED_MESSAGE_INDEX"));
        QVERIFY(guard.check(sender, QStringLiteral("s1"), 1, QStringLiteral("$b")));
        QVERIFY(guard.check(sender, QStringLiteral("s2"), 0, QStringLiteral("$c")));
        QVERIFY(guard.check(QStringLiteral("other"), QStringLiteral("s1"), 0, QStringLiteral("$d")));
        QCOMPARE(guard.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCryptoOlm)
#include "tst_crypto_olm.moc"
