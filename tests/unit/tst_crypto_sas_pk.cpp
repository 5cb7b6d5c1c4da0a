// SAS, PK (key backup and cross-signing keys) and encrypted attachments.
#include "crypto/base64.h"
#include "crypto/digest.h"
#include "crypto/ed25519.h"
#include "crypto/encrypted_attachment.h"
#include "crypto/pk.h"
#include "crypto/sas.h"

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

} // namespace

class TestCryptoSasPk : public QObject
{
    Q_OBJECT
private slots:
    void sasBothSidesAgree()
    {
        Sas alice = take(Sas::create());
        Sas bob = take(Sas::create());
        QVERIFY(!alice.generateBytes("info", 6)); // their key not set yet: a clean Error
        QVERIFY(alice.setTheirKey(take(bob.publicKey())));
        QVERIFY(bob.setTheirKey(take(alice.publicKey())));
        const QByteArray info = "MATRIX_KEY_VERIFICATION_SAS|@a:x|ADEV|akey|@b:x|BDEV|bkey|$txn";
        const QByteArray a = take(alice.generateBytes(info, 6));
        const QByteArray b = take(bob.generateBytes(info, 6));
        QCOMPARE(a, b);
        QCOMPARE(take(sasEmojiIndices(a)), take(sasEmojiIndices(b)));
        QCOMPARE(take(sasDecimals(a.left(5))), take(sasDecimals(b.left(5))));
        QVERIFY(take(alice.generateBytes("other info", 6)) != a);

        const QByteArray macInfo = "MATRIX_KEY_VERIFICATION_MAC@a:xADEV@b:xBDEV$txnKEY_IDS";
        const QString macA = take(alice.calculateMac("ed25519:ADEV", macInfo));
        QCOMPARE(macA, take(bob.calculateMac("ed25519:ADEV", macInfo)));
        // hkdf-hmac-sha256.v2: standard unpadded base64 of a 32-byte HMAC.
        QCOMPARE(macA.size(), 43);
        QCOMPARE(take(base64Decode(macA.toLatin1())).size(), 32);
        QVERIFY(take(alice.calculateMac("ed25519:OTHER", macInfo)) != macA);

        // A third party with its own key computes different bytes.
        Sas eve = take(Sas::create());
        QVERIFY(eve.setTheirKey(take(alice.publicKey())));
        QVERIFY(take(eve.generateBytes(info, 6)) != a);
        QVERIFY(!alice.setTheirKey(QStringLiteral("not a key")));
    }

    void sasConversionsFollowTheSpec()
    {
        // Bits 000000 000001 000010 ... give indices 0..6; 0xff bytes give 63s.
        const QByteArray bytes = QByteArray::fromHex("001083105180");
        QCOMPARE(take(sasEmojiIndices(bytes)), (std::array<int, 7>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(take(sasEmojiIndices(QByteArray(6, '\xff'))),
                 (std::array<int, 7>{63, 63, 63, 63, 63, 63, 63}));
        QCOMPARE(take(sasDecimals(QByteArray(5, '\0'))), (std::array<int, 3>{1000, 1000, 1000}));
        QCOMPARE(take(sasDecimals(QByteArray(5, '\xff'))), (std::array<int, 3>{9191, 9191, 9191}));
        // 13-bit groups of 0x01 0x23 0x45 0x67 0x89: 0b0000000100100=36, 0b0110100010101=3349,
        // 0b1001111000100=5060.
        QCOMPARE(take(sasDecimals(QByteArray::fromHex("0123456789"))),
                 (std::array<int, 3>{1036, 4349, 6060}));
        QVERIFY(!sasEmojiIndices("short"));
        QVERIFY(!sasDecimals("four"));
    }

    void pkBackupRoundTripAndTampering()
    {
        PkDecryption backup = take(PkDecryption::generate());
        PkEncryption enc = take(PkEncryption::create(backup.publicKey()));
        const QByteArray sessionData = R"({"algorithm":"m.megolm.v1.aes-sha2","session_key":"AQAAAA"})";
        const PkMessage m = take(enc.encrypt(sessionData));
        QCOMPARE(take(backup.decrypt(m)), sessionData);

        // The same private key (as restored from a recovery key) decrypts too.
        PkDecryption restored = take(PkDecryption::fromPrivateKey(take(backup.privateKey())));
        QCOMPARE(restored.publicKey(), backup.publicKey());
        QCOMPARE(take(restored.decrypt(m)), sessionData);

        PkMessage flipped = m;
        QByteArray rawMac = take(base64Decode(m.mac));
        rawMac[0] = static_cast<char>(rawMac[0] ^ 1);
        flipped.mac = base64Encode(rawMac);
        const auto bad = backup.decrypt(flipped);
        QVERIFY(!bad);
        QCOMPARE(bad.error().errcode, QStringLiteral("BAD_MESSAGE_MAC"));

        PkMessage truncated = m;
        truncated.ciphertext.chop(8); // not whole AES blocks: libolm alone would overflow its output
        QVERIFY(!backup.decrypt(truncated));
        PkMessage garbage = m;
        garbage.ciphertext = "@@@@";
        QVERIFY(!backup.decrypt(garbage));
        PkMessage badKey = m;
        badKey.ephemeral.chop(2);
        QVERIFY(!backup.decrypt(badKey));

        PkDecryption other = take(PkDecryption::generate());
        QVERIFY(!other.decrypt(m));
        QVERIFY(!PkEncryption::create(QStringLiteral("tooshort")));
        QVERIFY(!PkDecryption::fromPrivateKey("short"));
    }

    void pkSigningMatchesSpecVectorAndVerifiesWithOpenSsl()
    {
        // Appendix "Cryptographic Test Vectors": the signing key from this seed signs {} as below.
        const QByteArray seed = take(base64Decode("YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1"));
        PkSigning key = take(PkSigning::fromSeed(seed));
        QCOMPARE(key.publicKey(), QStringLiteral("XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"));
        QCOMPARE(
            take(key.sign("{}")),
            QStringLiteral(
                "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ"));

        QJsonObject crossSigningKey{
            {QStringLiteral("user_id"), QStringLiteral("@a:x")},
            {QStringLiteral("usage"), QJsonArray{QStringLiteral("master")}},
            {QStringLiteral("keys"),
             QJsonObject{{QStringLiteral("ed25519:") + key.publicKey(), key.publicKey()}}}};
        QVERIFY(key.signJson(crossSigningKey, QStringLiteral("@a:x")));
        QVERIFY(verifySignedJson(crossSigningKey, QStringLiteral("@a:x"),
                                 QStringLiteral("ed25519:") + key.publicKey(), key.publicKey()));
        QVERIFY(!PkSigning::fromSeed("short"));
        PkSigning fresh = take(PkSigning::fromSeed(PkSigning::generateSeed()));
        QVERIFY(fresh.publicKey() != key.publicKey());
    }

    void attachmentRoundTrip()
    {
        const QByteArray image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x');
        const EncryptedAttachment enc = encryptAttachment(image);
        QVERIFY(enc.ciphertext != image);
        QCOMPARE(enc.ciphertext.size(), image.size());
        const QJsonObject &f = enc.file;
        QCOMPARE(f.value(QLatin1String("v")).toString(), QStringLiteral("v2"));
        const QJsonObject jwk = f.value(QLatin1String("key")).toObject();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("oct"));
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("A256CTR"));
        QCOMPARE(jwk.value(QLatin1String("ext")).toBool(), true);
        QCOMPARE(jwk.value(QLatin1String("key_ops")).toArray(),
                 (QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt")}));
        QCOMPARE(take(base64UrlDecode(jwk.value(QLatin1String("k")).toString().toLatin1())).size(), 32);
        const QByteArray iv = take(base64Decode(f.value(QLatin1String("iv")).toString().toLatin1()));
        QCOMPARE(iv.size(), 16);
        QCOMPARE(iv.right(8), QByteArray(8, '\0'));
        QCOMPARE(take(base64Decode(f.value(QLatin1String("hashes"))
                                       .toObject()
                                       .value(QLatin1String("sha256"))
                                       .toString()
                                       .toLatin1())),
                 sha256(enc.ciphertext));
        QCOMPARE(take(decryptAttachment(enc.ciphertext, f)), image);
        // Two encryptions never share key or IV.
        const EncryptedAttachment again = encryptAttachment(image);
        QVERIFY(again.file.value(QLatin1String("iv")) != f.value(QLatin1String("iv")));
        QVERIFY(again.ciphertext != enc.ciphertext);
    }

    void attachmentRejectsBadInput()
    {
        const EncryptedAttachment enc = encryptAttachment("attachment body");
        QByteArray altered = enc.ciphertext;
        altered[0] = static_cast<char>(altered[0] ^ 1);
        QCOMPARE(decryptAttachment(altered, enc.file).error().errcode, QStringLiteral("HASH_MISMATCH"));
        QCOMPARE(decryptAttachment(enc.ciphertext.left(5), enc.file).error().errcode,
                 QStringLiteral("HASH_MISMATCH"));

        QJsonObject noHash = enc.file;
        noHash.remove(QStringLiteral("hashes"));
        QCOMPARE(decryptAttachment(enc.ciphertext, noHash).error().errcode,
                 QStringLiteral("BAD_ENCRYPTED_FILE"));
        QJsonObject v1 = enc.file;
        v1.insert(QStringLiteral("v"), QStringLiteral("v1"));
        QCOMPARE(decryptAttachment(enc.ciphertext, v1).error().errcode,
                 QStringLiteral("UNSUPPORTED_VERSION"));
        QJsonObject shortKey = enc.file;
        QJsonObject jwk = shortKey.value(QLatin1String("key")).toObject();
        jwk.insert(QStringLiteral("k"), QString::fromLatin1(base64UrlEncode(QByteArray(16, 'k'))));
        shortKey.insert(QStringLiteral("key"), jwk);
        QCOMPARE(decryptAttachment(enc.ciphertext, shortKey).error().errcode, QStringLiteral("BAD_KEY"));
        QJsonObject badIv = enc.file;
        badIv.insert(QStringLiteral("iv"), QStringLiteral("AAAA"));
        QCOMPARE(decryptAttachment(enc.ciphertext, badIv).error().errcode,
                 QStringLiteral("BAD_ENCRYPTED_FILE"));
        QJsonObject badB64 = enc.file;
        badB64.insert(QStringLiteral("hashes"),
                      QJsonObject{{QStringLiteral("sha256"), QStringLiteral("!!")}});
        QCOMPARE(decryptAttachment(enc.ciphertext, badB64).error().errcode,
                 QStringLiteral("BAD_ENCRYPTED_FILE"));
        QVERIFY(!decryptAttachment(enc.ciphertext, QJsonObject()));
        QCOMPARE(take(decryptAttachment(enc.ciphertext, enc.file)), QByteArray("attachment body"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoSasPk)
#include "tst_crypto_sas_pk.moc"
