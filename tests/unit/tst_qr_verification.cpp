// QR code verification: the payload codec (spec "QR code format") and the show/scan flow between two
// in-memory sides, including tampered secrets and keys that do not match.
#include "crypto/base64.h"
#include "crypto/qr_verification.h"
#include "crypto/random.h"

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

QByteArray sequence(int first, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out.append(static_cast<char>(first + i));
    return out;
}

QString newKey()
{
    return QString::fromLatin1(base64Encode(randomBytes(32)));
}

// Alice and Bob, each with a master key, and two devices of Alice's (A1 trusts the master key, A2 not yet).
struct World
{
    QString aliceMaster = newKey();
    QString bobMaster = newKey();
    QString a1Key = newKey();
    QString a2Key = newKey();
    QString bobDeviceKey = newKey();

    QrParties aliceVerifiesBob() const
    {
        return {QStringLiteral("@alice:x"), QStringLiteral("A1"), a1Key,        aliceMaster, true,
                QStringLiteral("@bob:x"),   QStringLiteral("B1"), bobDeviceKey, bobMaster};
    }
    QrParties bobVerifiesAlice() const
    {
        return {QStringLiteral("@bob:x"),   QStringLiteral("B1"), bobDeviceKey, bobMaster,  true,
                QStringLiteral("@alice:x"), QStringLiteral("A1"), a1Key,        aliceMaster};
    }
    QrParties a1VerifiesA2() const
    {
        return {QStringLiteral("@alice:x"), QStringLiteral("A1"), a1Key, aliceMaster, true,
                QStringLiteral("@alice:x"), QStringLiteral("A2"), a2Key, {}};
    }
    QrParties a2VerifiesA1() const
    {
        return {QStringLiteral("@alice:x"), QStringLiteral("A2"), a2Key, aliceMaster, false,
                QStringLiteral("@alice:x"), QStringLiteral("A1"), a1Key, {}};
    }
};

const QString flow = QStringLiteral("$request:x");

QrMessage single(QrVerification &v)
{
    const QList<QrMessage> messages = v.takeMessages();
    if (messages.size() != 1)
        qFatal("expected one message, got %lld", static_cast<long long>(messages.size()));
    return messages.first();
}

void expectCancel(QrVerification &v, const QString &code)
{
    QCOMPARE(v.state(), QrVerification::State::Cancelled);
    const QrMessage cancel = single(v);
    QCOMPARE(cancel.type, QStringLiteral("m.key.verification.cancel"));
    QCOMPARE(cancel.content.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!cancel.content.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(!cancel.content.contains(QStringLiteral("transaction_id")));
    QVERIFY(v.cancelError().has_value());
    QCOMPARE(v.cancelError()->errcode, code);
    QVERIFY(!v.cancelError()->message.isEmpty());
    QVERIFY(!v.trusted().has_value());
}

} // namespace

class TestQrVerification : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("flowId");
        QTest::addColumn<int>("secretLength");
        QTest::newRow("another user, event ID") << 0 << QStringLiteral("$ev3nt:example.org") << 8;
        QTest::newRow("self trusted, txn ID") << 1 << QStringLiteral("txn-1234") << 16;
        QTest::newRow("self untrusted, long secret") << 2 << QStringLiteral("t") << 200;
        QTest::newRow("non-ASCII ID") << 0 << QStringLiteral("$évé😀nt") << 9;
    }
    void roundTrip()
    {
        QFETCH(int, mode);
        QFETCH(QString, flowId);
        QFETCH(int, secretLength);
        QrCodeData data{static_cast<QrMode>(mode), flowId, randomBytes(32), randomBytes(32),
                        randomBytes(secretLength)};
        const QByteArray bytes = take(encodeQrCode(data));
        QCOMPARE(bytes.size(), 10 + flowId.toUtf8().size() + 64 + secretLength);
        QCOMPARE(static_cast<quint8>(bytes.at(7)), static_cast<quint8>(mode));
        QCOMPARE(take(decodeQrCode(bytes)), data);
    }

    // The spec's example laid out byte by byte: mode 0x00, a 45-byte event ID "!ABCD...", first key
    // 00 01 02 ..., second key 10 11 12 ..., secret 20 21 ... 27.
    void specVector()
    {
        const QString eventId = QStringLiteral("!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop:x");
        QCOMPARE(eventId.size(), 45);
        QByteArray expected =
            QByteArray::fromHex("4D4154524958"
                                "02"
                                "00"
                                "002D"
                                "214142434445464748494A4B4C4D4E4F505152535455565758595A"
                                "6162636465666768696A6B6C6D6E6F703A78"
                                "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"
                                "101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F"
                                "2021222324252627");
        QCOMPARE(expected.size(), 6 + 1 + 1 + 2 + 45 + 32 + 32 + 8);
        QrCodeData data{QrMode::VerifyingAnotherUser, eventId, sequence(0x00, 32), sequence(0x10, 32),
                        sequence(0x20, 8)};
        QCOMPARE(take(encodeQrCode(data)), expected);
        const QrCodeData decoded = take(decodeQrCode(expected));
        QCOMPARE(decoded, data);
        // The base64 forms the spec quotes for the same bytes.
        QVERIFY(base64Encode(decoded.firstKey).startsWith("AAECAwQFBg"));
        QVERIFY(base64Encode(decoded.secondKey).startsWith("EBESExQVFh"));
        QCOMPARE(base64Encode(decoded.sharedSecret), QByteArray("ICEiIyQlJic"));
    }

    void decodeRejects_data()
    {
        const QByteArray keys = sequence(0, 64);
        const QByteArray secret = sequence(0x20, 8);
        const QByteArray good = QByteArray("MATRIX\x02\x00\x00\x01", 10) + "t" + keys + secret;
        QVERIFY(decodeQrCode(good)); // the baseline the rows below break one way each
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("errcode");
        QTest::newRow("empty") << QByteArray() << "QR_TRUNCATED";
        QTest::newRow("half a header") << QByteArray("MATR") << "QR_TRUNCATED";
        QTest::newRow("a URL") << QByteArray("https://matrix.to/#/@alice:x") << "QR_BAD_HEADER";
        QTest::newRow("lower-case header") << QByteArray("matrix") + good.mid(6) << "QR_BAD_HEADER";
        QTest::newRow("header only") << QByteArray("MATRIX") << "QR_TRUNCATED";
        QTest::newRow("version 1") << QByteArray("MATRIX\x01", 7) + good.mid(7) << "QR_BAD_VERSION";
        QTest::newRow("version 3") << QByteArray("MATRIX\x03", 7) + good.mid(7) << "QR_BAD_VERSION";
        QTest::newRow("no mode") << good.left(7) << "QR_TRUNCATED";
        QTest::newRow("mode 3") << good.left(7) + '\x03' + good.mid(8) << "QR_BAD_MODE";
        QTest::newRow("mode 0xFF") << good.left(7) + '\xFF' + good.mid(8) << "QR_BAD_MODE";
        QTest::newRow("half a length") << good.left(9) << "QR_TRUNCATED";
        QTest::newRow("ID longer than payload")
            << good.left(8) + QByteArray("\x01\x00", 2) + good.mid(10) << "QR_TRUNCATED";
        QTest::newRow("empty ID") << good.left(8) + QByteArray("\x00\x00", 2) + keys + secret
                                  << "QR_BAD_FLOW_ID";
        QTest::newRow("ID not UTF-8") << good.left(10) + '\xC3' + keys + secret << "QR_BAD_FLOW_ID";
        QTest::newRow("second key cut") << good.left(11 + 50) << "QR_TRUNCATED";
        QTest::newRow("no secret") << good.left(11 + 64) << "QR_SHORT_SECRET";
        QTest::newRow("7-byte secret") << good.left(good.size() - 1) << "QR_SHORT_SECRET";
    }
    void decodeRejects()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, errcode);
        const Result<QrCodeData> r = decodeQrCode(payload);
        QVERIFY(!r);
        QCOMPARE(r.error().errcode, errcode);
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        QVERIFY(!r.error().message.isEmpty());
    }

    void encodeRejects()
    {
        const QrCodeData good{QrMode::SelfVerifyingTrusted, flow, randomBytes(32), randomBytes(32),
                              randomBytes(8)};
        QVERIFY(encodeQrCode(good));
        const auto code = [](QrCodeData d) { return encodeQrCode(d).error().errcode; };
        QrCodeData d = good;
        d.firstKey.chop(1);
        QCOMPARE(code(d), QStringLiteral("QR_BAD_KEY_SIZE"));
        d = good;
        d.secondKey.append('x');
        QCOMPARE(code(d), QStringLiteral("QR_BAD_KEY_SIZE"));
        d = good;
        d.sharedSecret.chop(1);
        QCOMPARE(code(d), QStringLiteral("QR_SHORT_SECRET"));
        d = good;
        d.flowId.clear();
        QCOMPARE(code(d), QStringLiteral("QR_BAD_FLOW_ID"));
        d = good;
        d.flowId = QString(65536, QLatin1Char('a'));
        QCOMPARE(code(d), QStringLiteral("QR_BAD_FLOW_ID"));
        d.flowId = QString(65535, QLatin1Char('a')); // the largest the 16-bit length can carry
        QCOMPARE(take(decodeQrCode(take(encodeQrCode(d)))).flowId.size(), 65535);
        d = good;
        d.mode = static_cast<QrMode>(3);
        QCOMPARE(code(d), QStringLiteral("QR_BAD_MODE"));
    }

    void verifyingAnotherUser()
    {
        World w;
        QrVerification alice = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        QCOMPARE(alice.mode(), QrMode::VerifyingAnotherUser);
        QCOMPARE(alice.code().firstKey, take(base64Decode(w.aliceMaster.toLatin1())));
        QCOMPARE(alice.code().secondKey, take(base64Decode(w.bobMaster.toLatin1())));
        QVERIFY(alice.code().sharedSecret.size() >= qrMinSecretLength);
        QVERIFY(alice.takeMessages().isEmpty());

        QrVerification bob = take(QrVerification::scan(w.bobVerifiesAlice(), flow, alice.payload()));
        QCOMPARE(bob.state(), QrVerification::State::Reciprocated);
        const QrMessage start = single(bob);
        QCOMPARE(start.type, QStringLiteral("m.key.verification.start"));
        QCOMPARE(start.content, alice.expectedStartContent());
        QCOMPARE(start.content.value(QStringLiteral("method")).toString(),
                 QStringLiteral("m.reciprocate.v1"));
        QVERIFY(!start.content.contains(QStringLiteral("transaction_id")));
        QVERIFY(!start.content.contains(QStringLiteral("m.relates_to")));
        QVERIFY(!bob.trusted()); // only once done

        alice.receiveStart(start.content);
        QCOMPARE(alice.state(), QrVerification::State::AwaitingConfirmation);
        QVERIFY(alice.takeMessages().isEmpty());
        QVERIFY(alice.confirmScanned());
        QCOMPARE(alice.state(), QrVerification::State::Confirmed);
        QCOMPARE(single(alice).type, QStringLiteral("m.key.verification.done"));

        bob.receiveDone();
        QCOMPARE(bob.state(), QrVerification::State::Done);
        QCOMPARE(single(bob).type, QStringLiteral("m.key.verification.done"));
        alice.receiveDone();
        QCOMPARE(alice.state(), QrVerification::State::Done);
        QVERIFY(alice.takeMessages().isEmpty());

        QCOMPARE(*alice.trusted(),
                 (QrTrust{QrTrust::Kind::MasterKey, QStringLiteral("@bob:x"), {}, w.bobMaster}));
        QCOMPARE(*bob.trusted(),
                 (QrTrust{QrTrust::Kind::MasterKey, QStringLiteral("@alice:x"), {}, w.aliceMaster}));
    }

    void selfVerificationShownByTrustingDevice()
    {
        World w;
        QrVerification a1 = take(QrVerification::show(w.a1VerifiesA2(), flow));
        QCOMPARE(a1.mode(), QrMode::SelfVerifyingTrusted);
        QrVerification a2 = take(QrVerification::scan(w.a2VerifiesA1(), flow, a1.payload()));
        a1.receiveStart(single(a2).content);
        QVERIFY(a1.confirmScanned());
        a2.receiveDone();
        a1.receiveDone();
        QCOMPARE(a1.state(), QrVerification::State::Done);
        QCOMPARE(a2.state(), QrVerification::State::Done);
        // A1 vouches for A2's device key; A2 learns the master key.
        QCOMPARE(*a1.trusted(), (QrTrust{QrTrust::Kind::DeviceKey, QStringLiteral("@alice:x"),
                                         QStringLiteral("A2"), w.a2Key}));
        QCOMPARE(*a2.trusted(),
                 (QrTrust{QrTrust::Kind::MasterKey, QStringLiteral("@alice:x"), {}, w.aliceMaster}));
    }

    void selfVerificationShownByNewDevice()
    {
        World w;
        QrVerification a2 = take(QrVerification::show(w.a2VerifiesA1(), flow));
        QCOMPARE(a2.mode(), QrMode::SelfVerifyingUntrusted);
        QCOMPARE(a2.code().firstKey, take(base64Decode(w.a2Key.toLatin1())));
        QrVerification a1 = take(QrVerification::scan(w.a1VerifiesA2(), flow, a2.payload()));
        QCOMPARE(a1.state(), QrVerification::State::Reciprocated);
        a2.receiveStart(single(a1).content);
        QVERIFY(a2.confirmScanned());
        a1.receiveDone();
        a2.receiveDone();
        QCOMPARE(*a2.trusted(),
                 (QrTrust{QrTrust::Kind::MasterKey, QStringLiteral("@alice:x"), {}, w.aliceMaster}));
        QCOMPARE(*a1.trusted(), (QrTrust{QrTrust::Kind::DeviceKey, QStringLiteral("@alice:x"),
                                         QStringLiteral("A2"), w.a2Key}));
    }

    // Some scanners send done right after their start; the shower still waits for its user.
    void scannerDoneBeforeConfirmation()
    {
        World w;
        QrVerification alice = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        QrVerification bob = take(QrVerification::scan(w.bobVerifiesAlice(), flow, alice.payload()));
        alice.receiveStart(single(bob).content);
        alice.receiveDone();
        QCOMPARE(alice.state(), QrVerification::State::AwaitingConfirmation);
        QVERIFY(alice.takeMessages().isEmpty());
        QVERIFY(!alice.trusted());
        QVERIFY(alice.confirmScanned());
        QCOMPARE(alice.state(), QrVerification::State::Done);
        QCOMPARE(single(alice).type, QStringLiteral("m.key.verification.done"));
        QCOMPARE(alice.trusted()->key, w.bobMaster);
    }

    void tamperedSecretIsAnAttack()
    {
        World w;
        QrVerification alice = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        QJsonObject start = alice.expectedStartContent();
        QByteArray secret = take(base64Decode(start.value(QStringLiteral("secret")).toString().toLatin1()));
        secret[0] = static_cast<char>(secret.at(0) ^ 1);
        start.insert(QStringLiteral("secret"), QString::fromLatin1(base64Encode(secret)));
        alice.receiveStart(start);
        expectCancel(alice, QStringLiteral("m.key_mismatch"));
        QVERIFY(!alice.confirmScanned()); // nothing to confirm after an attack
    }

    void malformedStarts()
    {
        World w;
        const auto startWith = [&](const QString &key, const QJsonValue &value) {
            QrVerification v = take(QrVerification::show(w.aliceVerifiesBob(), flow));
            QJsonObject start = v.expectedStartContent();
            if (value.isUndefined())
                start.remove(key);
            else
                start.insert(key, value);
            v.receiveStart(start);
            return v;
        };
        QrVerification v = startWith(QStringLiteral("method"), QStringLiteral("m.sas.v1"));
        expectCancel(v, QStringLiteral("m.unknown_method"));
        v = startWith(QStringLiteral("secret"), QJsonValue::Undefined);
        expectCancel(v, QStringLiteral("m.invalid_message"));
        v = startWith(QStringLiteral("secret"), QStringLiteral("not base64!"));
        expectCancel(v, QStringLiteral("m.invalid_message"));
        v = startWith(QStringLiteral("secret"), QString()); // an empty secret never matches
        expectCancel(v, QStringLiteral("m.key_mismatch"));
        v = startWith(QStringLiteral("from_device"), QStringLiteral("OTHER"));
        expectCancel(v, QStringLiteral("m.unexpected_message"));
    }

    void wrongKeysAreCancelled()
    {
        World w;
        const QByteArray aliceCode = take(QrVerification::show(w.aliceVerifiesBob(), flow)).payload();
        // Bob's directory gives another master key for Alice than the one her device shows.
        QrParties bob = w.bobVerifiesAlice();
        bob.theirMasterKey = newKey();
        QrVerification v = take(QrVerification::scan(bob, flow, aliceCode));
        expectCancel(v, QStringLiteral("m.key_mismatch"));
        // Alice thinks Bob's master key is another one than Bob's own.
        bob = w.bobVerifiesAlice();
        bob.ownMasterKey = newKey();
        v = take(QrVerification::scan(bob, flow, aliceCode));
        expectCancel(v, QStringLiteral("m.key_mismatch"));
        // Bob does not know Alice's master key at all.
        bob = w.bobVerifiesAlice();
        bob.theirMasterKey.clear();
        v = take(QrVerification::scan(bob, flow, aliceCode));
        expectCancel(v, QStringLiteral("m.key_mismatch"));

        // Self-verification: A1 shows a code with a device key for A2 that is not A2's.
        QrParties a1 = w.a1VerifiesA2();
        a1.theirDeviceKey = newKey();
        const QByteArray wrongDevice = take(QrVerification::show(a1, flow)).payload();
        v = take(QrVerification::scan(w.a2VerifiesA1(), flow, wrongDevice));
        expectCancel(v, QStringLiteral("m.key_mismatch"));
        // A new device's code (mode 0x02) scanned by a device that does not trust the master key either.
        const QByteArray newDeviceCode = take(QrVerification::show(w.a2VerifiesA1(), flow)).payload();
        a1 = w.a1VerifiesA2();
        a1.ownMasterKeyTrusted = false;
        v = take(QrVerification::scan(a1, flow, newDeviceCode));
        expectCancel(v, QStringLiteral("m.key_mismatch"));
    }

    void userMismatch()
    {
        World w;
        // Alice's self-verification code scanned by Bob.
        const QByteArray selfCode = take(QrVerification::show(w.a1VerifiesA2(), flow)).payload();
        QrVerification v = take(QrVerification::scan(w.bobVerifiesAlice(), flow, selfCode));
        expectCancel(v, QStringLiteral("m.user_mismatch"));
        // Alice's code for Bob scanned by her own other device.
        const QByteArray otherUserCode = take(QrVerification::show(w.aliceVerifiesBob(), flow)).payload();
        v = take(QrVerification::scan(w.a2VerifiesA1(), flow, otherUserCode));
        expectCancel(v, QStringLiteral("m.user_mismatch"));
    }

    void codeOfAnotherRequest()
    {
        World w;
        const QByteArray code = take(QrVerification::show(w.aliceVerifiesBob(), flow)).payload();
        QrVerification v = take(QrVerification::scan(w.bobVerifiesAlice(), QStringLiteral("$other:x"), code));
        expectCancel(v, QStringLiteral("m.unexpected_message"));
    }

    void notAVerificationCode()
    {
        World w;
        const Result<QrVerification> r =
            QrVerification::scan(w.bobVerifiesAlice(), flow, QByteArray("https://example.org/"));
        QVERIFY(!r);
        QCOMPARE(r.error().errcode, QStringLiteral("QR_BAD_HEADER"));
    }

    void showNeedsKeys()
    {
        World w;
        QrParties p = w.aliceVerifiesBob();
        p.theirMasterKey.clear();
        QCOMPARE(QrVerification::show(p, flow).error().errcode, QStringLiteral("QR_MISSING_KEY"));
        p = w.aliceVerifiesBob();
        p.ownMasterKeyTrusted = false; // never show another user a master key we do not trust ourselves
        QCOMPARE(QrVerification::show(p, flow).error().errcode, QStringLiteral("QR_MISSING_KEY"));
        p = w.a1VerifiesA2();
        p.theirDeviceKey = QStringLiteral("c2hvcnQ"); // not 32 bytes
        QCOMPARE(QrVerification::show(p, flow).error().errcode, QStringLiteral("QR_MISSING_KEY"));
        p = w.a2VerifiesA1();
        p.ownMasterKey.clear();
        QCOMPARE(QrVerification::show(p, flow).error().errcode, QStringLiteral("QR_MISSING_KEY"));
        QCOMPARE(QrVerification::show(w.aliceVerifiesBob(), QString()).error().errcode,
                 QStringLiteral("QR_BAD_FLOW_ID"));
    }

    void outOfOrderAndCancels()
    {
        World w;
        QrVerification alice = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        QCOMPARE(alice.confirmScanned().error().errcode, QStringLiteral("QR_NOT_SCANNED"));
        alice.receiveDone();
        expectCancel(alice, QStringLiteral("m.unexpected_message"));

        QrVerification bob = take(QrVerification::scan(
            w.bobVerifiesAlice(), flow, take(QrVerification::show(w.aliceVerifiesBob(), flow)).payload()));
        bob.takeMessages();
        bob.receiveStart(QJsonObject{}); // the scanner never receives a start
        expectCancel(bob, QStringLiteral("m.unexpected_message"));

        QrVerification shown = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        shown.cancel(QStringLiteral("m.user"), QStringLiteral("The user cancelled."));
        expectCancel(shown, QStringLiteral("m.user"));
        shown.cancel(QStringLiteral("m.timeout"), QStringLiteral("late")); // once cancelled, nothing more
        QVERIFY(shown.takeMessages().isEmpty());

        QrVerification other = take(QrVerification::show(w.aliceVerifiesBob(), flow));
        other.receiveCancel({{QStringLiteral("code"), QStringLiteral("m.timeout")},
                             {QStringLiteral("reason"), QStringLiteral("slow")}});
        QCOMPARE(other.state(), QrVerification::State::Cancelled);
        QCOMPARE(other.cancelError()->errcode, QStringLiteral("m.timeout"));
        QVERIFY(other.takeMessages().isEmpty()); // no cancel answers a cancel
    }
};

QTEST_GUILESS_MAIN(TestQrVerification)
#include "tst_qr_verification.moc"
