// The key verification framework's method rules (spec "Key verification framework", "QR codes"): what
// a ready offers given a request, who may show or scan a code, whether the keys allow a code, and which
// requests still count.
#include "crypto/base64.h"
#include "crypto/random.h"
#include "crypto/sas_verification.h"
#include "crypto/verification_framework.h"

#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
namespace vf = lattice::crypto::verification;

namespace {

const QString sas = QStringLiteral("m.sas.v1");
const QString show = QStringLiteral("m.qr_code.show.v1");
const QString scan = QStringLiteral("m.qr_code.scan.v1");
const QString reciprocate = QStringLiteral("m.reciprocate.v1");

QString newKey()
{
    return QString::fromLatin1(base64Encode(randomBytes(32)));
}

} // namespace

class TestVerificationFramework : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weOfferEveryMethod()
    {
        const QStringList ours = vf::supportedMethods();
        QCOMPARE(ours, (QStringList{sas, show, scan, reciprocate}));
        // Our request carries them all.
        const VerificationMessage request = SasVerification::requestMessage(
            VerificationFlow::Transport::ToDevice, QStringLiteral("DEV"), QStringLiteral("@b:x"), 1000);
        QCOMPARE(request.content.value(QStringLiteral("methods")).toVariant().toStringList(), ours);
    }

    void readyMethods_data()
    {
        QTest::addColumn<QStringList>("theirs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QStringList{sas, show, scan, reciprocate}
                                    << QStringList{sas, show, scan, reciprocate};
        QTest::newRow("sas only") << QStringList{sas} << QStringList{sas};
        // They only scan: we show; they only show: we scan.
        QTest::newRow("they scan") << QStringList{scan, reciprocate} << QStringList{show, reciprocate};
        QTest::newRow("they show") << QStringList{sas, show, reciprocate}
                                   << QStringList{sas, scan, reciprocate};
        // Show/scan without reciprocate is no QR method at all.
        QTest::newRow("no reciprocate") << QStringList{sas, show, scan} << QStringList{sas};
        QTest::newRow("reciprocate alone") << QStringList{reciprocate} << QStringList{};
        QTest::newRow("unknown") << QStringList{QStringLiteral("m.future.v9")} << QStringList{};
    }
    void readyMethods()
    {
        QFETCH(QStringList, theirs);
        QFETCH(QStringList, expected);
        QCOMPARE(vf::readyMethods(theirs), expected);
    }

    void readyFromRequestUsesTheFramework()
    {
        auto bob = SasVerification::fromRequest(
            {VerificationFlow::Transport::ToDevice, QStringLiteral("txn")},
            {QStringLiteral("@b:x"), QStringLiteral("B1"), {}, {}}, QStringLiteral("@a:x"),
            QJsonObject{{QStringLiteral("from_device"), QStringLiteral("A1")},
                        {QStringLiteral("methods"), QJsonArray{sas, show, reciprocate}}},
            1000, 1000);
        QVERIFY(bob);
        const auto ready = bob->accept();
        QCOMPARE(ready.size(), size_t(1));
        QCOMPARE(ready[0].content.value(QStringLiteral("methods")).toVariant().toStringList(),
                 (QStringList{sas, scan, reciprocate}));
        QCOMPARE(bob->ourMethods(), (QStringList{sas, scan, reciprocate}));
        QVERIFY(vf::agreeWeScan(bob->ourMethods(), bob->theirMethods()));
        QVERIFY(!vf::agreeWeShow(bob->ourMethods(), bob->theirMethods()));
    }

    void whoShowsAndScans()
    {
        const QStringList all = vf::supportedMethods();
        QVERIFY(vf::agreeWeShow(all, {scan, reciprocate}));
        QVERIFY(!vf::agreeWeScan(all, {scan, reciprocate}));
        QVERIFY(vf::agreeWeScan(all, {show, reciprocate}));
        QVERIFY(!vf::agreeWeShow(all, {show, scan})); // no reciprocate
        QVERIFY(!vf::agreeWeShow({sas, scan, reciprocate}, {scan, reciprocate}));
    }

    void canShowNeedsTheModesKeys()
    {
        const QStringList all = vf::supportedMethods();
        const QStringList theyScan{scan, reciprocate};
        QrParties other{QStringLiteral("@a:x"), QStringLiteral("A1"), newKey(), newKey(), true,
                        QStringLiteral("@b:x"), QStringLiteral("B1"), newKey(), newKey()};
        QVERIFY(vf::canShowQrCode(all, theyScan, other)); // mode 0x00
        QVERIFY(!vf::canShowQrCode(all, {sas}, other));   // they cannot scan
        QrParties untrusted = other;
        untrusted.ownMasterKeyTrusted = false; // 0x00 needs our master key trusted
        QVERIFY(!vf::canShowQrCode(all, theyScan, untrusted));
        QrParties noTheirs = other;
        noTheirs.theirMasterKey.clear(); // nor without their master key
        QVERIFY(!vf::canShowQrCode(all, theyScan, noTheirs));

        QrParties self{QStringLiteral("@a:x"), QStringLiteral("A1"), newKey(), newKey(), true,
                       QStringLiteral("@a:x"), QStringLiteral("A2"), newKey(), {}};
        QVERIFY(vf::canShowQrCode(all, theyScan, self)); // 0x01: master key and their device key
        self.theirDeviceKey.clear();
        QVERIFY(!vf::canShowQrCode(all, theyScan, self));
        self.ownMasterKeyTrusted = false; // 0x02: our device key and the (untrusted) master key
        QVERIFY(vf::canShowQrCode(all, theyScan, self));
        self.ownMasterKey.clear(); // no cross-signing at all
        QVERIFY(!vf::canShowQrCode(all, theyScan, self));
    }

    void requestTimeliness()
    {
        const qint64 now = 1'700'000'000'000;
        QVERIFY(vf::isRequestTimely(now, now));
        QVERIFY(vf::isRequestTimely(now - 9 * 60'000, now));
        QVERIFY(!vf::isRequestTimely(now - 10 * 60'000, now));
        QVERIFY(vf::isRequestTimely(now + 4 * 60'000, now));
        QVERIFY(!vf::isRequestTimely(now + 5 * 60'000, now));
        QCOMPARE(vf::kFlowTimeoutMs, qint64(600'000));
        QCOMPARE(vf::kRequestFutureSlackMs, qint64(300'000));
    }
};

QTEST_GUILESS_MAIN(TestVerificationFramework)
#include "tst_verification_framework.moc"
