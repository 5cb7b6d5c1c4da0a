// Cross-signing against a real Synapse, through CrossSigningService over each Session's E2EE service:
// bootstrap with user-interactive auth, what another account's /keys/query shows, a second device of the
// same user importing the private keys and signing itself, and verifying another user so that account's
// machine trusts all of our cross-signed devices.
#include "async_wait.h"
#include "e2ee_settle.h"
#include "client/cross_signing_service.h"
#include "logged_in_account.h"
#include "net/client_api.h"

#include <QJsonArray>
#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 60000;

// The Session's E2EE service is started and has uploaded its keys.
// Another device of an account that exists: a second Session logging in with the same password.
Account secondDevice(const Account &first)
{
    Account a;
    a.user = first.user;
    a.session = std::make_unique<Session>(a.dir->path(), kTestKeyringService);
    Status s = awaitStatus([&](auto done) {
        a.session->login(homeserverUrl().toString(), a.user.localpart, a.user.password, done);
    });
    if (!s)
        qFatal("second login failed: %s", qPrintable(s.error().describe()));
    return a;
}

Result<bool> deviceVerified(Session &session, const QString &user, const QString &device)
{
    return await<bool>([&](auto done) {
        session.e2ee()->runner().run<bool>(
            [user, device](crypto::OlmMachine &machine, Database &) {
                return machine.isDeviceVerified(user, device);
            },
            done);
    });
}

} // namespace

class TestIntegrationCrossSigning : public QObject
{
    Q_OBJECT
    Account m_alice;
    Account m_alice2;
    Account m_bob;
    std::unique_ptr<CrossSigningService> m_aliceXs;
    std::unique_ptr<CrossSigningService> m_alice2Xs;
    std::unique_ptr<CrossSigningService> m_bobXs;
    crypto::CrossSigningSecrets m_secrets;
    int m_prompts = 0;

    PasswordPrompt passwordOf(const TestUser &user)
    {
        return [this, password = user.password](std::function<void(std::optional<QString>)> answer) {
            ++m_prompts;
            answer(password);
        };
    }

    Result<crypto::UserIdentity> identity(CrossSigningService &xs, const QString &user)
    {
        return await<crypto::UserIdentity>([&](auto done) { xs.identity(user, done); });
    }

    // POST /keys/query as `viewer` (raw, for what the server publishes).
    QJsonObject keysQuery(Session &viewer, const QString &user)
    {
        auto r = await<QJsonObject>([&](auto done) {
            viewer.http().sendJson(api::keysQuery(QJsonObject{
                                       {QStringLiteral("device_keys"), QJsonObject{{user, QJsonArray{}}}}}),
                                   done);
        });
        if (!r)
            qFatal("keys/query failed: %s", qPrintable(r.error().describe()));
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = loggedIn(QStringLiteral("xsalice"));
        m_bob = loggedIn(QStringLiteral("xsbob"));
        QVERIFY(settle(*m_alice.session));
        QVERIFY(settle(*m_bob.session));
        m_aliceXs = std::make_unique<CrossSigningService>(*m_alice.session->e2ee(), m_alice.session->http());
        m_bobXs = std::make_unique<CrossSigningService>(*m_bob.session->e2ee(), m_bob.session->http());
    }

    void bootstrapPublishesKeysAndSignsDevice()
    {
        Status made = awaitStatus([&](auto done) { m_aliceXs->bootstrap(passwordOf(m_alice.user), done); });
        QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        auto mine = identity(*m_aliceXs, m_alice.user.userId);
        QVERIFY(mine);
        QVERIFY(!mine->masterKey.isEmpty());
        QVERIFY(mine->verified);
        QVERIFY(!mine->userSigningKey.isEmpty());

        // What Bob's account gets from the server: Alice's master key, and her device signed by her
        // self-signing key.
        const QJsonObject answer = keysQuery(*m_bob.session, m_alice.user.userId);
        const QJsonObject master =
            answer.value(QLatin1String("master_keys")).toObject().value(m_alice.user.userId).toObject();
        QCOMPARE(master.value(QLatin1String("keys"))
                     .toObject()
                     .value(QLatin1String("ed25519:") + mine->masterKey)
                     .toString(),
                 mine->masterKey);
        const QJsonObject ssk =
            answer.value(QLatin1String("self_signing_keys")).toObject().value(m_alice.user.userId).toObject();
        QVERIFY(ssk.value(QLatin1String("keys"))
                    .toObject()
                    .contains(QLatin1String("ed25519:") + mine->selfSigningKey));
        QVERIFY(!answer.value(QLatin1String("user_signing_keys")).toObject().contains(m_alice.user.userId));
        const QJsonObject device = answer.value(QLatin1String("device_keys"))
                                       .toObject()
                                       .value(m_alice.user.userId)
                                       .toObject()
                                       .value(m_alice.session->e2ee()->deviceId())
                                       .toObject();
        QVERIFY(device.value(QLatin1String("signatures"))
                    .toObject()
                    .value(m_alice.user.userId)
                    .toObject()
                    .contains(QLatin1String("ed25519:") + mine->selfSigningKey));

        auto secrets = await<crypto::CrossSigningSecrets>([&](auto done) { m_aliceXs->exportSecrets(done); });
        QVERIFY(secrets);
        QVERIFY(!secrets->master.isEmpty() && !secrets->selfSigning.isEmpty() &&
                !secrets->userSigning.isEmpty());
        m_secrets = *secrets;
    }

    void secondDeviceImportsSecretsAndSignsItself()
    {
        m_alice2 = secondDevice(m_alice);
        QVERIFY(settle(*m_alice2.session));
        m_alice2Xs =
            std::make_unique<CrossSigningService>(*m_alice2.session->e2ee(), m_alice2.session->http());
        auto before = identity(*m_alice2Xs, m_alice.user.userId);
        QVERIFY(before);
        QVERIFY(!before->masterKey.isEmpty());
        QVERIFY(!before->verified); // it knows the identity, holds nothing, verified nothing

        // A wrong key is refused; the right ones are taken.
        crypto::CrossSigningSecrets wrong = m_secrets;
        wrong.selfSigning = m_secrets.userSigning;
        Status refused = awaitStatus([&](auto done) { m_alice2Xs->importSecrets(wrong, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().errcode, QStringLiteral("BAD_CROSS_SIGNING_KEY"));
        QVERIFY(awaitStatus([&](auto done) { m_alice2Xs->importSecrets(m_secrets, done); }));
        QVERIFY(identity(*m_alice2Xs, m_alice.user.userId)->verified);

        const QString device2 = m_alice2.session->e2ee()->deviceId();
        Status signedSelf = awaitStatus([&](auto done) { m_alice2Xs->signOwnDevice(device2, done); });
        QVERIFY2(signedSelf, qPrintable(signedSelf ? QString() : signedSelf.error().describe()));
        const QJsonObject device = keysQuery(*m_bob.session, m_alice.user.userId)
                                       .value(QLatin1String("device_keys"))
                                       .toObject()
                                       .value(m_alice.user.userId)
                                       .toObject()
                                       .value(device2)
                                       .toObject();
        QVERIFY(device.value(QLatin1String("signatures"))
                    .toObject()
                    .value(m_alice.user.userId)
                    .toObject()
                    .contains(QLatin1String("ed25519:") + before->selfSigningKey));
    }

    void verifyingAUserTrustsTheirCrossSignedDevices()
    {
        const QString alice = m_alice.user.userId;
        const QString device1 = m_alice.session->e2ee()->deviceId();
        const QString device2 = m_alice2.session->e2ee()->deviceId();
        // Bob learns Alice's identity: cross-signed devices, but not trusted before he verifies her.
        auto seen = identity(*m_bobXs, alice);
        QVERIFY(seen);
        QCOMPARE(seen->masterKey, identity(*m_aliceXs, alice)->masterKey);
        QVERIFY(!seen->verified);
        QCOMPARE(*deviceVerified(*m_bob.session, alice, device1), false);

        Status made = awaitStatus([&](auto done) { m_bobXs->bootstrap(passwordOf(m_bob.user), done); });
        QVERIFY2(made, qPrintable(made ? QString() : made.error().describe()));
        Status verified = awaitStatus([&](auto done) { m_bobXs->verifyUser(alice, done); });
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().describe()));
        QVERIFY(identity(*m_bobXs, alice)->verified);
        QCOMPARE(*deviceVerified(*m_bob.session, alice, device1), true);
        QCOMPARE(*deviceVerified(*m_bob.session, alice, device2), true);

        // The signature is on the server: Bob's own /keys/query shows his user-signing key's signature.
        const QString bobUsk = identity(*m_bobXs, m_bob.user.userId)->userSigningKey;
        const QJsonObject master = keysQuery(*m_bob.session, alice)
                                       .value(QLatin1String("master_keys"))
                                       .toObject()
                                       .value(alice)
                                       .toObject();
        QVERIFY(master.value(QLatin1String("signatures"))
                    .toObject()
                    .value(m_bob.user.userId)
                    .toObject()
                    .contains(QLatin1String("ed25519:") + bobUsk));
    }

    void resetAsksForThePassword()
    {
        // Replacing existing cross-signing keys needs user-interactive auth: a refused prompt cancels.
        Account carol = loggedIn(QStringLiteral("xscarol"));
        QVERIFY(settle(*carol.session));
        CrossSigningService xs(*carol.session->e2ee(), carol.session->http());
        QVERIFY(awaitStatus([&](auto done) { xs.bootstrap(passwordOf(carol.user), done); }));
        const int promptsBefore = m_prompts;
        Status cancelled = awaitStatus([&](auto done) {
            xs.bootstrap([](std::function<void(std::optional<QString>)> answer) { answer(std::nullopt); },
                         done);
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QVERIFY(awaitStatus([&](auto done) { xs.bootstrap(passwordOf(carol.user), done); }));
        QVERIFY(m_prompts > promptsBefore);
        auto mine = identity(xs, carol.user.userId);
        QVERIFY(mine);
        QVERIFY(mine->verified);
        QVERIFY(!mine->changed);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationCrossSigning)
#include "tst_integration_cross_signing.moc"
