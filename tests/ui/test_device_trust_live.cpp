// The desktop's devices and trust against a real homeserver: DeviceTrustController lists our
// sessions, shows a member's devices, warns when a member of the open encrypted room signs in on a new
// device (named in the warning; dismissed on request), forwards "Verify", and signs a session out
// with the password (a wrong one fails with a sentence and deletes nothing).
#include "app_controller.h"
#include "async_wait.h"
#include "device_trust_controller.h"
#include "logged_in_account.h"
#include "test_homeserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lattice;
using namespace lattice::desktop;
using namespace lattice::test;

namespace {
constexpr int kTimeout = 60000;

QString roomPath(const QString &roomId, const QString &rest)
{
    return QStringLiteral("/_matrix/client/v3/rooms/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(roomId)), rest);
}

void awaitE2ee(Session &s)
{
    QTRY_VERIFY_WITH_TIMEOUT(s.e2ee() && s.e2ee()->isStarted(), kTimeout);
    bool idle = false;
    s.e2ee()->whenIdle([&] { idle = true; });
    QTRY_VERIFY_WITH_TIMEOUT(idle, kTimeout);
}

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out << m.index(i, 0).data(role).toString();
    return out;
}
} // namespace

class TestDeviceTrustLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionsMembersAndNewDeviceWarning();
};

void TestDeviceTrustLive::sessionsMembersAndNewDeviceWarning()
{
    const TestUser me = registerUser(QStringLiteral("uitrust"));
    Account bob = loggedIn(QStringLiteral("uitrustbob"));
    awaitE2ee(*bob.session);
    CreateRoomOptions options;
    options.name = QStringLiteral("Secret garden");
    options.encrypted = true;
    options.invite = {me.userId};
    auto created = await<QString>([&](auto done) { bob.session->createRoom(options, done); });
    QVERIFY(created.ok());
    const QString roomId = *created;
    QCOMPARE(request("POST", roomPath(roomId, QStringLiteral("join")), {}, me.accessToken).status, 200);

    QTemporaryDir dir;
    AppController app(dir.path());
    DeviceTrustController trust(app);
    QVERIFY(!trust.available());
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("login"), kTimeout);
    app.login(homeserverUrl().toString(), me.localpart, me.password);
    QTRY_COMPARE_WITH_TIMEOUT(app.page(), QStringLiteral("rooms"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(trust.available(), kTimeout);
    awaitE2ee(app.session());
    const QString appDevice = app.session().deviceId();

    // Our sessions: this one first, and the one registration made.
    QSignalSpy succeeded(&trust, &DeviceTrustController::actionSucceeded);
    QSignalSpy failed(&trust, &DeviceTrustController::actionFailed);
    trust.refreshOwnDevices();
    QTRY_COMPARE_WITH_TIMEOUT(trust.ownDevices()->rowCount(), 2, kTimeout);
    QCOMPARE(column(*trust.ownDevices(), DeviceListModel::DeviceIdRole).first(), appDevice);
    QVERIFY(trust.ownDevices()->index(0).data(DeviceListModel::IsThisDeviceRole).toBool());
    QVERIFY(!trust.ownDevices()->index(0).data(DeviceListModel::FingerprintRole).toString().isEmpty());
    const QString registrationDevice = column(*trust.ownDevices(), DeviceListModel::DeviceIdRole).at(1);

    // Bob's card: his one device, not verified, no cross-signing identity.
    trust.showUser(bob.session->userId());
    QTRY_COMPARE_WITH_TIMEOUT(trust.userDevices()->rowCount(), 1, kTimeout);
    QCOMPARE(trust.shownUserId(), bob.session->userId());
    QCOMPARE(column(*trust.userDevices(), DeviceListModel::DeviceIdRole),
             QStringList{bob.session->deviceId()});
    QVERIFY(!trust.userDevices()->index(0).data(DeviceListModel::VerifiedRole).toBool());
    QVERIFY(!trust.userHasIdentity());
    QVERIFY(trust.userError().isEmpty());

    // The room is open when Bob signs in somewhere else: the warning names him and the new device.
    app.selectRoom(roomId);
    QVERIFY(app.room());
    QTRY_VERIFY_WITH_TIMEOUT(app.room()->isEncrypted(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        app.room()->people()->member(bob.session->userId()).value(QStringLiteral("membership")) ==
            QStringLiteral("join"),
        kTimeout);
    QCOMPARE(trust.warningDeviceId(), QString());
    QTest::qWait(1100); // firstSeenMs of the new device must come after the room was opened
    Account bobsPhone;
    bobsPhone.user = bob.user;
    bobsPhone.session = std::make_unique<Session>(bobsPhone.dir->path(), kTestKeyringService);
    QVERIFY(awaitStatus([&](auto done) {
        bobsPhone.session->login(homeserverUrl().toString(), bob.user.localpart, bob.user.password, done);
    }));
    awaitE2ee(*bobsPhone.session);
    QTRY_COMPARE_WITH_TIMEOUT(trust.warningDeviceId(), bobsPhone.session->deviceId(), kTimeout);
    QCOMPARE(trust.warningUserId(), bob.session->userId());
    QVERIFY(!trust.warningUserName().isEmpty());

    QSignalSpy verify(&trust, &DeviceTrustController::verifyDeviceRequested);
    trust.verifyDevice(trust.warningUserId(), trust.warningDeviceId());
    QCOMPARE(verify.size(), 1);
    QCOMPARE(verify.at(0).at(0).toString(), bob.session->userId());
    QCOMPARE(verify.at(0).at(1).toString(), bobsPhone.session->deviceId());
    trust.verifyDevice(QString(), registrationDevice); // our own device
    QCOMPARE(verify.at(1).at(0).toString(), me.userId);

    trust.dismissWarning();
    QCOMPARE(trust.warningDeviceId(), QString());

    // Signing the registration's session out: a wrong password keeps it, the right one removes it.
    failed.clear();
    trust.signOutDevice(registrationDevice, QStringLiteral("not it"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeout);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("signOut"));
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("password is wrong")));
    trust.refreshOwnDevices();
    QTRY_VERIFY_WITH_TIMEOUT(!trust.busy(), kTimeout);
    QCOMPARE(trust.ownDevices()->rowCount(), 2);

    succeeded.clear();
    trust.signOutDevice(registrationDevice, me.password);
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.contains(QVariantList{QStringLiteral("signOut")}), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(trust.ownDevices()->rowCount(), 1, kTimeout);

    // Renaming this session shows in the list.
    trust.renameDevice(appDevice, QStringLiteral("Desk"));
    QTRY_COMPARE_WITH_TIMEOUT(trust.ownDevices()->index(0).data(DeviceListModel::DisplayNameRole).toString(),
                              QStringLiteral("Desk"), kTimeout);
}

QTEST_GUILESS_MAIN(TestDeviceTrustLive)
#include "test_device_trust_live.moc"
