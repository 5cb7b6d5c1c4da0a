// The device list the sessions page and member cards show: roles, trust sentences, last-seen text,
// in-place updates (a rename or a verification keeps the rows) and resets (a device went away),
// checked by QAbstractItemModelTester.
#include "device_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;

namespace {

DeviceInfo device(const QString &id, bool verified, bool thisDevice = false)
{
    DeviceInfo d;
    d.userId = QStringLiteral("@alice:localhost");
    d.deviceId = id;
    d.ed25519 = QStringLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/abcde");
    d.hasKeys = true;
    d.verified = verified;
    d.isThisDevice = thisDevice;
    return d;
}

} // namespace

class TestDeviceModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesAndUpdates()
    {
        DeviceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy count(&model, &DeviceListModel::countChanged);
        QCOMPARE(model.rowCount(), 0);

        DeviceInfo laptop = device(QStringLiteral("LAPTOP"), false, true);
        laptop.displayName = QStringLiteral("Laptop");
        DeviceInfo phone = device(QStringLiteral("PHONE"), true);
        DeviceInfo old = device(QStringLiteral("OLD"), false);
        old.hasKeys = false;
        old.ed25519.clear();
        model.setDevices({laptop, phone, old});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(count.size(), 1);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(DeviceListModel::DisplayNameRole).toString(), QStringLiteral("Laptop"));
        QCOMPARE(first.data(DeviceListModel::DeviceIdRole).toString(), QStringLiteral("LAPTOP"));
        QCOMPARE(first.data(DeviceListModel::FingerprintRole).toString(),
                 QStringLiteral("AbCd EfGh IjKl MnOp QrSt UvWx Yz01 2345 6789 +/ab cde"));
        QVERIFY(first.data(DeviceListModel::IsThisDeviceRole).toBool());
        QVERIFY(!first.data(DeviceListModel::VerifiedRole).toBool());
        QCOMPARE(first.data(DeviceListModel::UserIdRole).toString(), QStringLiteral("@alice:localhost"));
        // A device without a name shows its ID.
        QCOMPARE(model.index(1).data(DeviceListModel::DisplayNameRole).toString(), QStringLiteral("PHONE"));
        QVERIFY(model.index(1).data(DeviceListModel::VerifiedRole).toBool());
        QVERIFY(!model.index(2).data(DeviceListModel::HasKeysRole).toBool());
        QCOMPARE(model.index(2).data(DeviceListModel::FingerprintRole).toString(), QString());

        // Each state has its own sentence.
        const QString self = first.data(DeviceListModel::TrustTextRole).toString();
        const QString verified = model.index(1).data(DeviceListModel::TrustTextRole).toString();
        const QString noKeys = model.index(2).data(DeviceListModel::TrustTextRole).toString();
        QVERIFY(verified.startsWith(QStringLiteral("Verified")));
        QVERIFY(noKeys.contains(QStringLiteral("no encryption keys")));
        QVERIFY(self.startsWith(QStringLiteral("This device")));
        QVERIFY(DeviceListModel::trustText(device(QStringLiteral("X"), false))
                    .startsWith(QStringLiteral("Not verified")));

        // Same devices again, one renamed and verified: rows stay (no reset), data changes.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        phone.displayName = QStringLiteral("Phone");
        phone.verified = false;
        model.setDevices({laptop, phone, old});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1).data(DeviceListModel::DisplayNameRole).toString(), QStringLiteral("Phone"));
        QVERIFY(!model.index(1).data(DeviceListModel::VerifiedRole).toBool());

        // A device went away: the list is replaced.
        model.setDevices({laptop, phone});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 2);
        model.setDevices({});
        QCOMPARE(model.rowCount(), 0);
    }

    void lastSeen()
    {
        DeviceListModel model;
        const QDateTime now(QDate(2026, 11, 23), QTime(18, 0));
        model.setNow([now] { return now; });
        DeviceInfo d = device(QStringLiteral("D"), false);
        QCOMPARE(model.lastSeenText(d), QString()); // other users' devices: nothing known
        d.lastSeenMs = QDateTime(QDate(2026, 11, 23), QTime(14, 5)).toMSecsSinceEpoch();
        d.lastSeenIp = QStringLiteral("192.0.2.1");
        const QLocale locale;
        QCOMPARE(model.lastSeenText(d), QStringLiteral("Last seen %1 from 192.0.2.1")
                                            .arg(locale.toString(QTime(14, 5), QLocale::ShortFormat)));
        d.lastSeenMs = QDateTime(QDate(2026, 11, 2), QTime(9, 0)).toMSecsSinceEpoch();
        d.lastSeenIp.clear();
        QCOMPARE(
            model.lastSeenText(d),
            QStringLiteral("Last seen %1").arg(locale.toString(QDate(2026, 11, 2), QLocale::ShortFormat)));
        model.setDevices({d});
        QCOMPARE(model.index(0).data(DeviceListModel::LastSeenRole).toString(), model.lastSeenText(d));
    }
};

QTEST_GUILESS_MAIN(TestDeviceModels)
#include "test_device_models.moc"
