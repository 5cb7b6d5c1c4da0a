// In-room SAS verification between two Lattice accounts over the real test Synapse: the request is an
// m.room.message in their encrypted direct chat, the flow's events reference it and travel encrypted;
// both sides show the same emoji and trust each other's device afterwards; a mismatch cancels both.
#include "async_wait.h"
#include "client/verification_service.h"
#include "logged_in_account.h"
#include "store/event_lookup.h"

#include <QTest>

using namespace lattice;
using namespace lattice::test;

namespace {

const int kWaitMs = 60000;

bool waitState(VerificationSession *session, VerificationSession::State state)
{
    return QTest::qWaitFor(
               [&] {
                   return session->state() == state || session->state() == VerificationSession::Cancelled;
               },
               kWaitMs) &&
           session->state() == state;
}

QString describe(VerificationSession *s)
{
    return QStringLiteral("state %1, cancel %2 (%3)")
        .arg(int(s->state()))
        .arg(s->cancelCode(), s->cancelReason());
}

} // namespace

class TestIntegrationVerification : public QObject
{
    Q_OBJECT

    Account m_alice;
    Account m_bob;
    std::unique_ptr<VerificationService> m_aliceService;
    std::unique_ptr<VerificationService> m_bobService;
    QString m_room;

    static bool settle(Session &session)
    {
        bool idle = false;
        session.e2ee()->whenIdle([&] { idle = true; });
        return QTest::qWaitFor([&] { return idle; }, kWaitMs);
    }

    static Result<bool> trusts(Session &session, const QString &user, const QString &device)
    {
        return await<bool>([&](auto done) {
            session.e2ee()->runner().run<bool>(
                [user, device](crypto::OlmMachine &m, Database &) {
                    return m.isDeviceVerified(user, device);
                },
                done);
        });
    }

    // Alice asks in the room, Bob accepts; both end up showing the SAS.
    std::pair<VerificationSession *, VerificationSession *> startFlow()
    {
        VerificationSession *bobSide = nullptr;
        auto c = connect(m_bobService.get(), &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { bobSide = s; });
        VerificationSession *aliceSide = m_aliceService->requestUserVerification(m_room, m_bob.user.userId);
        const bool arrived = QTest::qWaitFor([&] { return bobSide != nullptr; }, kWaitMs);
        disconnect(c);
        if (!arrived)
            return {aliceSide, nullptr};
        bobSide->accept();
        return {aliceSide, bobSide};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = loggedIn(QStringLiteral("verifa"));
        m_bob = loggedIn(QStringLiteral("verifb"));
        QVERIFY(m_alice.session->e2ee() && m_bob.session->e2ee());
        QVERIFY(settle(*m_alice.session) && settle(*m_bob.session));
        m_aliceService = std::make_unique<VerificationService>(*m_alice.session->e2ee(),
                                                               m_alice.session->http(), m_alice.user.userId);
        m_aliceService->attach(*m_alice.session);
        m_bobService = std::make_unique<VerificationService>(*m_bob.session->e2ee(), m_bob.session->http(),
                                                             m_bob.user.userId);
        m_bobService->attach(*m_bob.session);

        CreateRoomOptions options;
        options.direct = true;
        options.encrypted = true;
        options.invite = {m_bob.user.userId};
        auto room = await<QString>([&](auto done) { m_alice.session->createRoom(options, done); });
        QVERIFY2(room, qPrintable(room ? QString() : room.error().describe()));
        m_room = *room;
        auto joined = await<QString>([&](auto done) { m_bob.session->joinRoom(m_room, done); });
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.error().describe()));
        m_alice.session->syncLoop().start(1000);
        m_bob.session->syncLoop().start(1000);
    }

    void cleanupTestCase()
    {
        m_aliceService.reset();
        m_bobService.reset();
        if (m_alice.session)
            m_alice.session->syncLoop().stop();
        if (m_bob.session)
            m_bob.session->syncLoop().stop();
    }

    void inRoomVerification()
    {
        auto [alice, bob] = startFlow();
        QVERIFY2(bob, "Bob never saw Alice's request");
        QVERIFY(alice->inRoom());
        QCOMPARE(bob->roomId(), m_room);
        QCOMPARE(bob->otherUserId(), m_alice.user.userId);
        QCOMPARE(bob->otherDeviceId(), m_alice.session->deviceId());
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::ShowingSas), qPrintable(describe(bob)));
        QCOMPARE(alice->otherDeviceId(), m_bob.session->deviceId());
        QCOMPARE(alice->emoji().size(), 7);
        QCOMPARE(alice->emoji(), bob->emoji());
        QCOMPARE(alice->decimals(), bob->decimals());

        // The request went out encrypted (the room is) and Bob stored its clear form.
        auto request = findEvent(m_bob.session->reader(), alice->flowId());
        QVERIFY(request && *request);
        QVERIFY2((*request)->decrypted, "the verification request was not encrypted in an encrypted room");

        alice->confirm();
        bob->confirm();
        QVERIFY2(waitState(alice, VerificationSession::Done), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::Done), qPrintable(describe(bob)));
        auto aliceTrust = trusts(*m_alice.session, m_bob.user.userId, m_bob.session->deviceId());
        auto bobTrust = trusts(*m_bob.session, m_alice.user.userId, m_alice.session->deviceId());
        QVERIFY(aliceTrust && *aliceTrust);
        QVERIFY(bobTrust && *bobTrust);
    }

    void inRoomMismatch()
    {
        auto [alice, bob] = startFlow();
        QVERIFY2(bob, "Bob never saw Alice's request");
        QVERIFY2(waitState(alice, VerificationSession::ShowingSas), qPrintable(describe(alice)));
        QVERIFY2(waitState(bob, VerificationSession::ShowingSas), qPrintable(describe(bob)));
        bob->mismatch();
        QVERIFY2(waitState(alice, VerificationSession::Cancelled), qPrintable(describe(alice)));
        QCOMPARE(alice->cancelCode(), QStringLiteral("m.mismatched_sas"));
        QVERIFY(!alice->cancelledByUs());
        QCOMPARE(bob->cancelCode(), QStringLiteral("m.mismatched_sas"));
    }

    void declinedRequest()
    {
        VerificationSession *bobSide = nullptr;
        auto c = connect(m_bobService.get(), &VerificationService::incomingRequest, this,
                         [&](VerificationSession *s) { bobSide = s; });
        VerificationSession *alice = m_aliceService->requestUserVerification(m_room, m_bob.user.userId);
        QVERIFY(QTest::qWaitFor([&] { return bobSide != nullptr; }, kWaitMs));
        disconnect(c);
        bobSide->cancel();
        QVERIFY2(waitState(alice, VerificationSession::Cancelled), qPrintable(describe(alice)));
        QCOMPARE(alice->cancelCode(), QStringLiteral("m.user"));
    }
};

QTEST_MAIN(TestIntegrationVerification)
#include "tst_integration_verification.moc"
