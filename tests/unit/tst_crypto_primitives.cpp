// The OpenSSL-backed primitives and canonical JSON, against published test vectors.
#include "crypto/aes_ctr.h"
#include "crypto/base64.h"
#include "crypto/digest.h"
#include "crypto/ed25519.h"
#include "crypto/pickle_key.h"
#include "crypto/random.h"
#include "protocol/canonical_json.h"

#include <QJsonDocument>
#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

QJsonObject parse(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", json);
    return doc.object();
}

QByteArray canon(const char *json)
{
    auto r = canonicalJson(parse(json));
    if (!r)
        qFatal("canonicalJson failed: %s", qPrintable(r.error().message));
    return *r;
}

// RFC 8032 section 7.1, TEST 1 and TEST 2.
const char *kPub1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char *kSig1 =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd"
    "25bf5f0595bbe24655141438e7a100b";
const char *kPub2 = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
const char *kSig2 =
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8"
    "c387b2eaeb4302aeeb00d291612bb0c00";

} // namespace

class TestCryptoPrimitives : public QObject
{
    Q_OBJECT
private slots:
    // moc cannot parse raw string literals inside QCOMPARE, so the JSON lives in data rows.
    void canonicalJsonAppendixExamples_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray("{}") << QByteArray("{}");
        QTest::newRow("whitespace") << QByteArray("{\n \"one\": 1,\n \"two\": \"Two\"\n}")
                                    << QByteArray(R"({"one":1,"two":"Two"})");
        QTest::newRow("order") << QByteArray(R"({"b": "2", "a": "1"})") << QByteArray(R"({"a":"1","b":"2"})");
        QTest::newRow("nested")
            << QByteArray(R"({"auth": {"success": true, "mxid": "@john.doe:example.com", "profile": {
                 "display_name": "John Doe", "three_pids": [{"medium": "email", "address": "john.doe@example.org"},
                 {"medium": "msisdn", "address": "123456789"}]}}})")
            << QByteArray(R"({"auth":{"mxid":"@john.doe:example.com","profile":{"display_name":"John Doe",)"
                          R"("three_pids":[{"address":"john.doe@example.org","medium":"email"},)"
                          R"({"address":"123456789","medium":"msisdn"}]},"success":true}})");
        QTest::newRow("utf8 value") << QByteArray("{\"a\": \"日本語\"}") << QByteArray("{\"a\":\"日本語\"}");
        QTest::newRow("utf8 keys") << QByteArray("{\"本\": 2, \"日\": 1}")
                                   << QByteArray("{\"日\":1,\"本\":2}");
        QTest::newRow("escape") << QByteArray(R"({"a": "\u65E5"})") << QByteArray("{\"a\":\"日\"}");
        QTest::newRow("null") << QByteArray(R"({"a": null})") << QByteArray(R"({"a":null})");
        QTest::newRow("numbers") << QByteArray(R"({"a": -0, "b": 1e10})")
                                 << QByteArray(R"({"a":0,"b":10000000000})");
        // Beyond the appendix: control characters and code-point (not UTF-16) key order.
        QTest::newRow("controls") << QByteArray("{\"a\": \"q\\\"b\\\\s\\n\\t\\u0001\\u001f/\"}")
                                  << QByteArray("{\"a\":\"q\\\"b\\\\s\\n\\t\\u0001\\u001f/\"}");
        QTest::newRow("astral order") << QByteArray("{\"\xF0\x9F\x98\x80\": 1, \"\xEF\xBF\xBD\": 2}")
                                      << QByteArray("{\"\xEF\xBF\xBD\":2,\"\xF0\x9F\x98\x80\":1}");
    }

    void canonicalJsonAppendixExamples()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        QCOMPARE(canon(input.constData()), canonical);
    }

    void canonicalJsonRejectsFloatsAndHugeIntegers()
    {
        const QJsonObject fraction = parse("{\"a\": 1.5}");
        const QJsonObject tooBig = parse("{\"a\": 9007199254740992}");
        const QJsonObject smallest = parse("{\"a\": -9007199254740991}");
        QVERIFY(!canonicalJson(fraction));
        QVERIFY(!canonicalJson(tooBig));
        QVERIFY(canonicalJson(smallest));
    }

    void signingJsonStripsSignaturesAndUnsigned()
    {
        const auto r =
            signingJson(parse(R"({"b": 1, "signatures": {"x": {}}, "unsigned": {"age": 5}, "a": [true]})"));
        const QByteArray expected = R"({"a":[true],"b":1})";
        QVERIFY(r);
        QCOMPARE(*r, expected);
    }

    void spec_signingJsonVectors()
    {
        // Appendix "Cryptographic Test Vectors": key from seed YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1
        // (the public key computed from that seed by an independent Ed25519 implementation).
        const QString pub = QStringLiteral("XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI");
        const QJsonObject empty = parse(R"({"signatures": {"domain": {"ed25519:1":
            "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ"}}})");
        const auto st = verifySignedJson(empty, QStringLiteral("domain"), QStringLiteral("ed25519:1"), pub);
        QVERIFY2(st, qPrintable(st.ok() ? QString() : st.error().message));
        QJsonObject data = parse(R"({"one": 1, "signatures": {"domain": {"ed25519:1":
            "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw"}},
            "two": "Two", "unsigned": {"age_ts": 5}})");
        QVERIFY(verifySignedJson(data, QStringLiteral("domain"), QStringLiteral("ed25519:1"), pub));
        data.insert(QStringLiteral("two"), QStringLiteral("Three"));
        const auto tampered =
            verifySignedJson(data, QStringLiteral("domain"), QStringLiteral("ed25519:1"), pub);
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().errcode, QStringLiteral("BAD_SIGNATURE"));
        QCOMPARE(
            verifySignedJson(data, QStringLiteral("other"), QStringLiteral("ed25519:1"), pub).error().errcode,
            QStringLiteral("MISSING_SIGNATURE"));
    }

    void base64RoundTripAndErrors()
    {
        QCOMPARE(base64Encode(QByteArray()), QByteArray());
        QCOMPARE(base64Encode("f"), QByteArray("Zg"));
        QCOMPARE(base64Encode("fo"), QByteArray("Zm8"));
        QCOMPARE(base64Encode("foo"), QByteArray("Zm9v"));
        QCOMPARE(base64Encode("foobar"), QByteArray("Zm9vYmFy"));
        QCOMPARE(base64Encode(hex("fbff")), QByteArray("+/8"));
        QCOMPARE(base64UrlEncode(hex("fbff")), QByteArray("-_8"));
        QCOMPARE(*base64Decode("Zm9vYg"), QByteArray("foob"));
        QCOMPARE(*base64Decode("Zm9vYg=="), QByteArray("foob"));
        QCOMPARE(*base64UrlDecode("-_8"), hex("fbff"));
        for (int n = 0; n < 70; ++n) {
            const QByteArray bytes = randomBytes(n);
            QCOMPARE(*base64Decode(base64Encode(bytes)), bytes);
            QCOMPARE(*base64Decode(bytes.toBase64()), bytes); // agrees with Qt's decoder
            QCOMPARE(*base64UrlDecode(base64UrlEncode(bytes)), bytes);
        }
        QVERIFY(!base64Decode("Zm9v!g"));
        QVERIFY(!base64Decode("Zm9vY")); // impossible length
        QVERIFY(!base64Decode("-_8"));   // URL alphabet in standard base64
        QVERIFY(!base64UrlDecode("+/8"));
        QCOMPARE(base64Decode("Zm 9v").error().errcode, QStringLiteral("BAD_BASE64"));
    }

    void sha256Vectors()
    {
        QCOMPARE(sha256("abc"), hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256(QByteArray()),
                 hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacRfc4231()
    {
        QCOMPARE(hmacSha256(QByteArray(20, '\x0b'), "Hi There"),
                 hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(hmacSha256("Jefe", "what do ya want for nothing?"),
                 hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(
            hmacSha256(QByteArray(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"),
            hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    }

    void hkdfRfc5869()
    {
        const auto t1 = hkdfSha256(QByteArray(22, '\x0b'), hex("000102030405060708090a0b0c"),
                                   hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(t1);
        QCOMPARE(*t1,
                 hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
        const auto t3 = hkdfSha256(QByteArray(22, '\x0b'), {}, {}, 42);
        QVERIFY(t3);
        QCOMPARE(*t3,
                 hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
        QVERIFY(!hkdfSha256("k", {}, {}, 255 * 32 + 1));
    }

    void pbkdf2Sha512Vectors()
    {
        QCOMPARE(
            *pbkdf2Sha512("password", "salt", 1, 64),
            hex("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe94"
                "3c08f050235d7d68b1da55e63f73b60a57fce"));
        QCOMPARE(
            *pbkdf2Sha512("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 64),
            hex("8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71115b59f9e60cd9532fa33e0f75a"
                "efe30225c583a186cd82bd4daea9724a3d3b8"));
        QVERIFY(!pbkdf2Sha512("p", "s", 0, 32));
    }

    void aes256CtrNistSp80038A()
    {
        // SP 800-38A F.5.5 (CTR-AES256.Encrypt) and F.5.6 (Decrypt).
        const QByteArray key = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        const QByteArray plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                     "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        const QByteArray cipher = hex("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
                                      "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
        QCOMPARE(*aes256Ctr(key, iv, plain), cipher);
        QCOMPARE(*aes256Ctr(key, iv, cipher), plain);
        QCOMPARE(aes256Ctr(key.left(16), iv, plain).error().errcode, QStringLiteral("BAD_KEY_SIZE"));
        QCOMPARE(aes256Ctr(key, iv.left(8), plain).error().errcode, QStringLiteral("BAD_IV_SIZE"));
    }

    void ed25519Rfc8032()
    {
        QVERIFY(verifyEd25519(hex(kPub1), QByteArray(), hex(kSig1)));
        QVERIFY(verifyEd25519(hex(kPub2), hex("72"), hex(kSig2)));
        QVERIFY(!verifyEd25519(hex(kPub2), hex("73"), hex(kSig2))); // other message
        QVERIFY(!verifyEd25519(hex(kPub1), hex("72"), hex(kSig2))); // wrong key
        QByteArray tampered = hex(kSig2);
        tampered[5] = static_cast<char>(tampered[5] ^ 1);
        QVERIFY(!verifyEd25519(hex(kPub2), hex("72"), tampered));
        QCOMPARE(verifyEd25519(hex(kPub2), hex("72"), hex(kSig2).left(63)).error().errcode,
                 QStringLiteral("BAD_SIGNATURE")); // truncated
        QVERIFY(!verifyEd25519(hex(kPub2).left(31), hex("72"), hex(kSig2)));
    }

    void ed25519RejectsMalleableS()
    {
        // S + L is the same scalar mod L, so a lax verifier (libolm, CVE-2024-45193) accepts it.
        const QByteArray l = hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        QByteArray sig = hex(kSig2);
        int carry = 0;
        for (int i = 0; i < 32; ++i) {
            const int sum =
                static_cast<unsigned char>(sig[32 + i]) + static_cast<unsigned char>(l[i]) + carry;
            sig[32 + i] = static_cast<char>(sum & 0xff);
            carry = sum >> 8;
        }
        QCOMPARE(carry, 0);
        QVERIFY(sig != hex(kSig2));
        QVERIFY(!verifyEd25519(hex(kPub2), hex("72"), sig));
    }

    void randomAndCompare()
    {
        QCOMPARE(randomBytes(32).size(), 32);
        QVERIFY(randomBytes(32) != randomBytes(32));
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
    }

    void pickleSealing()
    {
        const PickleKey key = PickleKey::generate();
        const QByteArray sealed = sealPickle(key, "secret pickle");
        QVERIFY(!sealed.contains("secret"));
        QCOMPARE(*openPickle(key, sealed), QByteArray("secret pickle"));
        QCOMPARE(openPickle(PickleKey::generate(), sealed).error().errcode, QStringLiteral("BAD_PICKLE_MAC"));
        QVERIFY(!openPickle(key, sealed.left(sealed.size() - 4)));
        QVERIFY(!openPickle(key, "%%%"));
        QVERIFY(!PickleKey::fromBytes("short"));
        QCOMPARE(*openPickle(*PickleKey::fromBytes(key.toBytes()), sealed), QByteArray("secret pickle"));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_crypto_primitives.moc"
