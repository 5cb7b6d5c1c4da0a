// Secret storage primitives (crypto/secret_storage.h). The spec gives no test vectors for SSSS, so the
// fixed vectors here were computed with matrix-js-sdk 43 (tests/interop/js): encodeRecoveryKey,
// deriveRecoveryKeyFromPassphrase, calculateKeyCheck and encryptAESSecretStorageItem, for the key
// 00 01 02 ... 1f and the IV 00 01 ... 0f.
#include "crypto/base64.h"
#include "crypto/secret_storage.h"

#include <QJsonObject>
#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;

namespace {

QByteArray countingKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < 32; ++i)
        key[i] = static_cast<char>(i);
    return key;
}

QByteArray countingIv()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
}

const char kCountingRecoveryKey[] = "EsSz ykH7 LCZx 7Cae cmKD wcmY JRXi Ybtu 8iQ3 t8Ez nRwK pUY1";

QString flipLastChar(QString text)
{
    QChar &c = text[text.size() - 1];
    c = c == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
    return text;
}

} // namespace

class TestSecretStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoveryKeyVectors()
    {
        QCOMPARE(encodeRecoveryKey(countingKey()), QString::fromLatin1(kCountingRecoveryKey));
        QCOMPARE(encodeRecoveryKey(QByteArray(32, '\xff')),
                 QStringLiteral("EsUK 2TRo ZKTB CKmv wEDA o6rq tTYu aKzp eJ9f 95nM 3VHk Xbnq"));
        Result<QByteArray> key = decodeRecoveryKey(QString::fromLatin1(kCountingRecoveryKey));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(*key, countingKey());
    }

    void recoveryKeyIgnoresWhitespace()
    {
        QString messy = QString::fromLatin1(kCountingRecoveryKey).remove(QLatin1Char(' '));
        messy.insert(7, QStringLiteral("\n  "));
        messy.prepend(QStringLiteral("\t "));
        messy.append(QStringLiteral("  "));
        Result<QByteArray> key = decodeRecoveryKey(messy);
        QVERIFY(key.ok());
        QCOMPARE(*key, countingKey());
    }

    void recoveryKeyRoundTrip()
    {
        for (int i = 0; i < 20; ++i) {
            QByteArray key(32, '\0');
            for (int j = 0; j < 32; ++j)
                key[j] = static_cast<char>((i * 37 + j * 11) & 0xFF);
            if (i == 0)
                key.fill('\0'); // leading zero bytes after the prefix
            const QString text = encodeRecoveryKey(key);
            // Groups of four separated by single spaces.
            const QStringList groups = text.split(QLatin1Char(' '));
            for (int g = 0; g < groups.size() - 1; ++g)
                QCOMPARE(groups[g].size(), 4);
            Result<QByteArray> back = decodeRecoveryKey(text);
            QVERIFY(back.ok());
            QCOMPARE(*back, key);
        }
    }

    void recoveryKeyBadParity()
    {
        Result<QByteArray> key = decodeRecoveryKey(flipLastChar(QString::fromLatin1(kCountingRecoveryKey)));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().errcode, QStringLiteral("BAD_RECOVERY_KEY"));
        QVERIFY(key.error().message.contains(QStringLiteral("mistyped")));
    }

    void recoveryKeyBadInputs()
    {
        const QStringList bad = {
            QString(),
            QStringLiteral("   "),
            QStringLiteral("EsSz ykH7 LCZx 7Cae cmKD wcmY JRXi Ybtu 8iQ3 t8Ez nRwK"),      // truncated
            QString::fromLatin1(kCountingRecoveryKey) + QStringLiteral(" abcd"),           // too long
            QStringLiteral("EsSz ykH7 LCZx 7Cae cmKD wcmY JRXi Ybtu 8iQ3 t8Ez nRwK pUY0"), // '0' not base58
            QStringLiteral("EsSz ykH7 LCZx 7Cae cmKD wcmY JRXi Ybtu 8iQ3 t8Ez nRwK pUYl"), // 'l' not base58
            QStringLiteral("EsSz ykH7 LCZx 7Cae cmKD wcmY JRXi Ybtu 8iQ3 t8Ez nRwK pUY\u00e9"),
            QStringLiteral("correct horse battery staple"),
        };
        for (const QString &text : bad) {
            Result<QByteArray> key = decodeRecoveryKey(text);
            QVERIFY2(!key.ok(), qPrintable(text));
            QCOMPARE(key.error().errcode, QStringLiteral("BAD_RECOVERY_KEY"));
            QVERIFY(!key.error().message.isEmpty());
        }
        // Right length and parity, but prefix 8B 02 (made with bs58 in node).
        Result<QByteArray> other =
            decodeRecoveryKey(QStringLiteral("EsUK2XMzQ91XMHMNdsnA6YDRpvsEX2ddqzUFhASF8FFp2KYc"));
        QVERIFY(!other.ok());
        QVERIFY(other.error().message.contains(QStringLiteral("prefix")));
    }

    void passphraseVector()
    {
        PassphraseInfo info;
        info.salt = QStringLiteral("MmMsAlty");
        info.iterations = 1000;
        info.bits = 256;
        Result<QByteArray> key = keyFromPassphrase(QStringLiteral("correct horse battery staple"), info);
        QVERIFY(key.ok());
        QCOMPARE(key->toHex(),
                 QByteArray("2321998332a004103e526592d93c08adce8ec2b6a0f9ffe00ab4f9b757d320af"));
    }

    void passphraseInfoJson()
    {
        const PassphraseInfo fresh = PassphraseInfo::generate();
        QCOMPARE(fresh.salt.size(), 32);
        QCOMPARE(fresh.iterations, kPbkdf2Iterations);
        Result<PassphraseInfo> back = PassphraseInfo::fromJson(fresh.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->salt, fresh.salt);
        QCOMPARE(back->iterations, fresh.iterations);
        QCOMPARE(back->bits, 256);
        // bits defaults to 256.
        Result<PassphraseInfo> noBits =
            PassphraseInfo::fromJson(QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.pbkdf2")},
                                                 {QStringLiteral("salt"), QStringLiteral("x")},
                                                 {QStringLiteral("iterations"), 10}});
        QVERIFY(noBits.ok());
        QCOMPARE(noBits->bits, 256);
        Result<PassphraseInfo> other =
            PassphraseInfo::fromJson(QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.argon2")},
                                                 {QStringLiteral("salt"), QStringLiteral("x")},
                                                 {QStringLiteral("iterations"), 10}});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().errcode, QStringLiteral("UNSUPPORTED_ALGORITHM"));
        Result<PassphraseInfo> noSalt = PassphraseInfo::fromJson(QJsonObject{
            {QStringLiteral("algorithm"), QStringLiteral("m.pbkdf2")}, {QStringLiteral("iterations"), 10}});
        QVERIFY(!noSalt.ok());
        QCOMPARE(noSalt.error().errcode, QStringLiteral("BAD_SECRET_FORMAT"));
    }

    void keyCheckVector()
    {
        // matrix-js-sdk's calculateKeyCheck(key, iv), written with padded base64 as js-sdk writes it.
        const QJsonObject description{
            {QStringLiteral("algorithm"), QStringLiteral("m.secret_storage.v1.aes-hmac-sha2")},
            {QStringLiteral("iv"), QStringLiteral("AAECAwQFBgcICQoLDA0ODw==")},
            {QStringLiteral("mac"), QStringLiteral("ONrOSgDDUXMzIvXsfYBi1m8m075MdjPldfXCxIpU7IY=")}};
        Result<KeyDescription> parsed = KeyDescription::fromJson(description);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->iv, countingIv());
        QVERIFY(checkKey(countingKey(), *parsed).ok());
        QByteArray wrong = countingKey();
        wrong[31] = '\x42';
        Status bad = checkKey(wrong, *parsed);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().errcode, QStringLiteral("BAD_SECRET_STORAGE_KEY"));
        Status shortKey = checkKey(QByteArray(16, 'k'), *parsed);
        QVERIFY(!shortKey.ok());
    }

    void describeNewKey()
    {
        const QByteArray key = countingKey();
        PassphraseInfo pp = PassphraseInfo::generate();
        Result<KeyDescription> d = describeKey(key, QStringLiteral("m.default"), pp);
        QVERIFY(d.ok());
        QCOMPARE(d->algorithm, QString(kSecretStorageAlgorithm));
        QCOMPARE(d->iv.size(), 16);
        QCOMPARE(d->iv[8] & 0x80, 0); // bit 63 cleared
        QCOMPARE(d->mac.size(), 32);
        const QJsonObject json = d->toJson();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("m.default"));
        QVERIFY(!json.value(QStringLiteral("iv")).toString().endsWith(QLatin1Char('='))); // unpadded
        QCOMPARE(json.value(QStringLiteral("passphrase")).toObject().value(QStringLiteral("salt")).toString(),
                 pp.salt);
        Result<KeyDescription> back = KeyDescription::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back->passphrase.has_value());
        QVERIFY(checkKey(key, *back).ok());
        QVERIFY(!checkKey(QByteArray(32, 'x'), *back).ok());
    }

    void descriptionWithoutCheckAcceptsAnyKey()
    {
        Result<KeyDescription> d = KeyDescription::fromJson(
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.secret_storage.v1.aes-hmac-sha2")}});
        QVERIFY(d.ok());
        QVERIFY(checkKey(QByteArray(32, 'x'), *d).ok());
    }

    void descriptionErrors()
    {
        QVERIFY(!KeyDescription::fromJson(QJsonObject{}).ok());
        Result<KeyDescription> badIv = KeyDescription::fromJson(
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.secret_storage.v1.aes-hmac-sha2")},
                        {QStringLiteral("iv"), QStringLiteral("not base64!")},
                        {QStringLiteral("mac"), QStringLiteral("AAAA")}});
        QVERIFY(!badIv.ok());
        QCOMPARE(badIv.error().errcode, QStringLiteral("BAD_SECRET_FORMAT"));
        Result<KeyDescription> other = KeyDescription::fromJson(
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("m.secret_storage.v2.other")}});
        QVERIFY(other.ok());
        Status s = checkKey(countingKey(), *other);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().errcode, QStringLiteral("UNSUPPORTED_ALGORITHM"));
    }

    void secretVector()
    {
        const QJsonObject encrypted{
            {QStringLiteral("iv"), QStringLiteral("AAECAwQFBgcICQoLDA0ODw==")},
            {QStringLiteral("ciphertext"), QStringLiteral("JamlhFZ/0IkxSnCknNqv")},
            {QStringLiteral("mac"), QStringLiteral("tR7EcH6/OWGn5CDlMV/l4n7lYT15WrBdKWCQToxvUPY=")}};
        Result<QByteArray> plain =
            decryptSecret(countingKey(), QStringLiteral("m.cross_signing.master"), encrypted);
        QVERIFY(plain.ok());
        QCOMPARE(*plain, QByteArray("my secret value"));
        Result<QJsonObject> ours = encryptSecretWithIv(
            countingKey(), QStringLiteral("m.cross_signing.master"), "my secret value", countingIv());
        QVERIFY(ours.ok());
        QCOMPARE(ours->value(QStringLiteral("ciphertext")).toString(),
                 QStringLiteral("JamlhFZ/0IkxSnCknNqv"));
        QCOMPARE(ours->value(QStringLiteral("mac")).toString(),
                 QStringLiteral("tR7EcH6/OWGn5CDlMV/l4n7lYT15WrBdKWCQToxvUPY"));
        // The secret name is the HKDF info: the same data under another name does not authenticate.
        Result<QByteArray> otherName =
            decryptSecret(countingKey(), QStringLiteral("m.megolm_backup.v1"), encrypted);
        QVERIFY(!otherName.ok());
        QCOMPARE(otherName.error().errcode, QStringLiteral("BAD_SECRET_MAC"));
    }

    void secretRoundTrip()
    {
        const QByteArray key = countingKey();
        const QByteArray secret = "dGhpcyBpcyBhIGJhc2U2NCBzZWVk\xc3\xa9";
        Result<QJsonObject> e = encryptSecret(key, QStringLiteral("m.megolm_backup.v1"), secret);
        QVERIFY(e.ok());
        Result<QByteArray> iv = base64Decode(e->value(QStringLiteral("iv")).toString().toLatin1());
        QVERIFY(iv.ok());
        QCOMPARE(iv->size(), 16);
        QCOMPARE(iv->at(8) & 0x80, 0);
        Result<QByteArray> d = decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), *e);
        QVERIFY(d.ok());
        QCOMPARE(*d, secret);
        // Two encryptions differ (fresh IV).
        Result<QJsonObject> e2 = encryptSecret(key, QStringLiteral("m.megolm_backup.v1"), secret);
        QVERIFY(e2->value(QStringLiteral("iv")) != e->value(QStringLiteral("iv")));
        // An IV with bit 63 set given on purpose is cleared.
        Result<QJsonObject> e3 =
            encryptSecretWithIv(key, QStringLiteral("x"), secret, QByteArray(16, '\xff'));
        QCOMPARE(base64Decode(e3->value(QStringLiteral("iv")).toString().toLatin1())->at(8),
                 static_cast<char>(0x7F));
        // Empty secret.
        Result<QJsonObject> empty = encryptSecret(key, QStringLiteral("x"), QByteArray());
        QVERIFY(empty.ok());
        QCOMPARE(*decryptSecret(key, QStringLiteral("x"), *empty), QByteArray());
    }

    void secretFailures()
    {
        const QByteArray key = countingKey();
        Result<QJsonObject> e = encryptSecret(key, QStringLiteral("m.megolm_backup.v1"), "secret value");
        QVERIFY(e.ok());

        QByteArray wrongKey = key;
        wrongKey[0] = '\x7f';
        Result<QByteArray> wrong = decryptSecret(wrongKey, QStringLiteral("m.megolm_backup.v1"), *e);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().errcode, QStringLiteral("BAD_SECRET_MAC"));

        // A flipped ciphertext byte fails the MAC (checked before decryption).
        QJsonObject tampered = *e;
        QByteArray ct = *base64Decode(e->value(QStringLiteral("ciphertext")).toString().toLatin1());
        ct[0] = static_cast<char>(ct[0] ^ 1);
        tampered[QStringLiteral("ciphertext")] = QString::fromLatin1(base64Encode(ct));
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), tampered).error().errcode,
                 QStringLiteral("BAD_SECRET_MAC"));

        // A truncated ciphertext.
        QJsonObject truncated = *e;
        truncated[QStringLiteral("ciphertext")] = QString::fromLatin1(base64Encode(ct.left(4)));
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), truncated).error().errcode,
                 QStringLiteral("BAD_SECRET_MAC"));

        // A wrong MAC.
        QJsonObject badMac = *e;
        badMac[QStringLiteral("mac")] = QString::fromLatin1(base64Encode(QByteArray(32, 'm')));
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), badMac).error().errcode,
                 QStringLiteral("BAD_SECRET_MAC"));

        // Garbage and missing fields.
        QJsonObject garbage = *e;
        garbage[QStringLiteral("ciphertext")] = QStringLiteral("%%%not base64%%%");
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), garbage).error().errcode,
                 QStringLiteral("BAD_SECRET_FORMAT"));
        QJsonObject noMac = *e;
        noMac.remove(QStringLiteral("mac"));
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), noMac).error().errcode,
                 QStringLiteral("BAD_SECRET_FORMAT"));
        QJsonObject shortIv = *e;
        shortIv[QStringLiteral("iv")] = QString::fromLatin1(base64Encode(QByteArray(8, 'i')));
        QCOMPARE(decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), shortIv).error().errcode,
                 QStringLiteral("BAD_SECRET_FORMAT"));
        QVERIFY(!decryptSecret(key, QStringLiteral("m.megolm_backup.v1"), QJsonObject{}).ok());
        // A key of the wrong size is refused, not used.
        QVERIFY(!decryptSecret(QByteArray(31, 'k'), QStringLiteral("m.megolm_backup.v1"), *e).ok());
        QVERIFY(!encryptSecret(QByteArray(33, 'k'), QStringLiteral("x"), "v").ok());
    }

    void keyIds()
    {
        const QString a = newSecretStorageKeyId();
        const QString b = newSecretStorageKeyId();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        for (QChar c : a)
            QVERIFY(c.isLetterOrNumber() && c.unicode() < 128);
    }
};

QTEST_GUILESS_MAIN(TestSecretStorage)
#include "tst_secret_storage.moc"
