// The PickleKey in the OS keyring (real keyring, real Synapse): made at login in the same keyring entry as
// the access token, restored on restart, added to an older entry that lacks it, kept when the server ends
// the session, and removed with the entry on logout. It never reaches a file.
#include "async_wait.h"
#include "client/keyring.h"
#include "client/session.h"
#include "logged_in_account.h"
#include "test_homeserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

QString entryName(Session &s)
{
    return s.userId() + QLatin1Char('/') + s.reader().meta(QStringLiteral("account_key"));
}

std::optional<QJsonObject> keyringEntry(const QString &name)
{
    Keyring keyring(kTestKeyringService);
    auto secret = await<std::optional<QByteArray>>([&](auto done) { keyring.read(name, done); });
    if (!secret)
        qFatal("keyring read failed: %s", qPrintable(secret.error().describe()));
    if (!secret->has_value())
        return std::nullopt;
    return QJsonDocument::fromJson(**secret).object();
}

QByteArray keyBytes(const Session &s)
{
    return s.pickleKey() ? s.pickleKey()->toBytes() : QByteArray();
}

// No file under `dir` holds the key, raw or in base64.
bool keyInNoFile(const QString &dir, const QByteArray &key)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        const QByteArray all = f.readAll();
        if (all.contains(key) || all.contains(key.toBase64()) ||
            all.contains(key.toBase64(QByteArray::OmitTrailingEquals)))
            return false;
    }
    return true;
}

} // namespace

class TestIntegrationPickleKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loginRestartLogout()
    {
        Account a = loggedIn(QStringLiteral("pickle"));
        QCOMPARE(a.session->state(), Session::State::Ready);
        const QByteArray key = keyBytes(*a.session);
        QCOMPARE(key.size(), crypto::PickleKey::kSize);
        const QString name = entryName(*a.session);
        auto entry = keyringEntry(name);
        QVERIFY(entry.has_value());
        QVERIFY(!entry->value(QLatin1String("access_token")).toString().isEmpty()); // one entry holds both
        QCOMPARE(QByteArray::fromBase64(entry->value(QLatin1String("pickle_key")).toString().toLatin1()),
                 key);

        const QString dir = a.dir->path();
        a.session.reset();
        QVERIFY(keyInNoFile(dir, key));

        Session restored(dir, kTestKeyringService);
        QVERIFY(!restored.pickleKey()); // null until Ready
        QVERIFY(awaitStatus([&](auto done) { restored.open(done); }).ok());
        QCOMPARE(restored.state(), Session::State::Ready);
        QCOMPARE(keyBytes(restored), key);

        QVERIFY(awaitStatus([&](auto done) { restored.logout(done); }).ok());
        QVERIFY(!restored.pickleKey());
        QVERIFY(!keyringEntry(name).has_value());
    }

    void olderEntryGetsAKey()
    {
        Account a = loggedIn(QStringLiteral("legacy"));
        const QString name = entryName(*a.session);
        const QByteArray first = keyBytes(*a.session);
        QJsonObject entry = *keyringEntry(name);
        entry.remove(QStringLiteral("pickle_key")); // what Lattice wrote before end-to-end encryption
        Keyring keyring(kTestKeyringService);
        QVERIFY(awaitStatus([&](auto done) {
                    keyring.write(name, QJsonDocument(entry).toJson(QJsonDocument::Compact), done);
                }).ok());
        const QString dir = a.dir->path();
        a.session.reset();

        Session upgraded(dir, kTestKeyringService);
        QVERIFY(awaitStatus([&](auto done) { upgraded.open(done); }).ok());
        QCOMPARE(upgraded.state(), Session::State::Ready);
        const QByteArray key = keyBytes(upgraded);
        QCOMPARE(key.size(), crypto::PickleKey::kSize);
        QVERIFY(key != first);
        auto written = keyringEntry(name);
        QCOMPARE(QByteArray::fromBase64(written->value(QLatin1String("pickle_key")).toString().toLatin1()),
                 key);
        QCOMPARE(written->value(QLatin1String("access_token")), entry.value(QLatin1String("access_token")));

        Session again(dir, kTestKeyringService);
        QVERIFY(awaitStatus([&](auto done) { again.open(done); }).ok());
        QCOMPARE(keyBytes(again), key);
        QVERIFY(awaitStatus([&](auto done) { again.logout(done); }).ok());
    }

    void endedSessionKeepsTheKey()
    {
        Account a = loggedIn(QStringLiteral("ended"));
        const QString name = entryName(*a.session);
        const QByteArray key = keyBytes(*a.session);
        const QString token = keyringEntry(name)->value(QLatin1String("access_token")).toString();
        // Another client logs this device out: the server now rejects the token.
        QCOMPARE(request("POST", QStringLiteral("/_matrix/client/v3/logout"), {}, token).status, 200);
        QSignalSpy loggedOut(a.session.get(), &Session::loggedOut);
        auto rejected = await<QString>([&](auto done) { a.session->whoami(done); });
        QVERIFY(!rejected.ok());
        QTRY_COMPARE_WITH_TIMEOUT(loggedOut.size(), 1, 10000);
        QCOMPARE(a.session->state(), Session::State::SoftLoggedOut);
        QVERIFY(!a.session->pickleKey());
        QTRY_VERIFY_WITH_TIMEOUT(!keyringEntry(name)->contains(QLatin1String("access_token")), 10000);
        QCOMPARE(QByteArray::fromBase64(
                     keyringEntry(name)->value(QLatin1String("pickle_key")).toString().toLatin1()),
                 key);

        // A restart sees an ended session, not a damaged entry; logging in again keeps the key.
        const QString dir = a.dir->path();
        a.session.reset();
        Session restarted(dir, kTestKeyringService);
        QVERIFY(awaitStatus([&](auto done) { restarted.open(done); }).ok());
        QCOMPARE(restarted.state(), Session::State::SoftLoggedOut);
        QVERIFY(awaitStatus([&](auto done) {
                    restarted.login(homeserverUrl().toString(), a.user.localpart, a.user.password, done);
                }).ok());
        QCOMPARE(restarted.state(), Session::State::Ready);
        QCOMPARE(keyBytes(restarted), key);
        QVERIFY(awaitStatus([&](auto done) { restarted.logout(done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationPickleKey)
#include "tst_integration_pickle_key.moc"
