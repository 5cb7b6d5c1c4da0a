// The SAS verification state machine: two instances talking in memory over both transports and in both
// roles, one side played by hand with the raw Sas primitive (to check the spec's info strings, commitment
// and MACs independently), tampering, mismatches, unexpected messages, glare and timeouts.
#include "crypto/base64.h"
#include "crypto/digest.h"
#include "crypto/sas_verification.h"
#include "protocol/canonical_json.h"

#include <QJsonArray>
#include <QtTest>

using namespace lattice;
using namespace lattice::crypto;
using Transport = VerificationFlow::Transport;
using State = SasVerification::State;

namespace {

const qint64 kNow = 1'700'000'000'000;
const VerificationKeys kAlice{QStringLiteral("@alice:example.org"), QStringLiteral("ALICEDEV"),
                              QStringLiteral("AliceDeviceEd25519Key"), QStringLiteral("AliceMasterKey")};
const VerificationKeys kBob{QStringLiteral("@bob:example.org"), QStringLiteral("BOBDEV"),
                            QStringLiteral("BobDeviceEd25519Key"), QStringLiteral("BobMasterKey")};

template <typename T> T take(Result<T> r)
{
    if (!r)
        qFatal("unexpected error: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().errcode));
    return std::move(r.value());
}

VerificationFlow flowFor(Transport t)
{
    return {t, t == Transport::ToDevice ? QStringLiteral("txn-42") : QStringLiteral("$request:example.org")};
}

// Delivers `messages` from `from` to `to` as the transport would (decorated with the flow ID); returns
// what `to` answered.
std::vector<VerificationMessage> deliver(const std::vector<VerificationMessage> &messages,
                                         SasVerification &to, const QString &senderUserId)
{
    std::vector<VerificationMessage> answers;
    for (const VerificationMessage &m : messages) {
        QJsonObject wire = to.flow().decorate(m.content);
        auto out = to.receive(m.type, wire, senderUserId);
        answers.insert(answers.end(), out.begin(), out.end());
    }
    return answers;
}

// Runs messages back and forth until neither side has anything to say.
void pump(std::vector<VerificationMessage> fromA, SasVerification &a, SasVerification &b)
{
    std::vector<VerificationMessage> fromB;
    for (int round = 0; round < 20 && (!fromA.empty() || !fromB.empty()); ++round) {
        fromB = deliver(fromA, b, b.otherUserId());
        fromA = deliver(fromB, a, a.otherUserId());
    }
}

struct Pair
{
    SasVerification alice; // initiator
    SasVerification bob;   // responder
};

// Alice requests, Bob accepts: both Ready.
Pair readyPair(Transport t)
{
    const VerificationFlow flow = flowFor(t);
    const VerificationMessage request =
        SasVerification::requestMessage(t, kAlice.deviceId, kBob.userId, kNow);
    SasVerification alice(flow, kAlice, kBob.userId, t == Transport::ToDevice ? kBob.deviceId : QString(),
                          kNow);
    SasVerification bob = take(
        SasVerification::fromRequest(flow, kBob, kAlice.userId, flow.decorate(request.content), kNow, kNow));
    alice.setOtherKeys(kBob.deviceEd25519, kBob.masterKey);
    bob.setOtherKeys(kAlice.deviceEd25519, kAlice.masterKey);
    auto ready = bob.accept();
    if (ready.size() != 1 || ready[0].type != QStringLiteral("m.key.verification.ready"))
        qFatal("no ready");
    if (!deliver(ready, alice, kBob.userId).empty())
        qFatal("ready was answered");
    return {std::move(alice), std::move(bob)};
}

QStringList methodsOf(const QJsonObject &content)
{
    QStringList out;
    for (const QJsonValue &v : content.value(QStringLiteral("methods")).toArray())
        out << v.toString();
    return out;
}

QString lastSentCancelCode(const std::vector<VerificationMessage> &out)
{
    for (auto it = out.rbegin(); it != out.rend(); ++it)
        if (it->type == QStringLiteral("m.key.verification.cancel"))
            return it->content.value(QStringLiteral("code")).toString();
    return {};
}

} // namespace

class TestSasVerification : public QObject
{
    Q_OBJECT
private slots:
    void fullFlow_data()
    {
        QTest::addColumn<bool>("inRoom");
        QTest::addColumn<bool>("initiatorStarts");
        QTest::newRow("to-device, initiator starts") << false << true;
        QTest::newRow("to-device, responder starts") << false << false;
        QTest::newRow("in-room, initiator starts") << true << true;
        QTest::newRow("in-room, responder starts") << true << false;
    }
    void fullFlow()
    {
        QFETCH(bool, inRoom);
        QFETCH(bool, initiatorStarts);
        Pair p = readyPair(inRoom ? Transport::InRoom : Transport::ToDevice);
        QCOMPARE(p.alice.state(), State::Ready);
        QCOMPARE(p.bob.state(), State::Ready);
        QCOMPARE(p.alice.otherDeviceId(), kBob.deviceId);
        QVERIFY(p.alice.weStarted());
        QVERIFY(!p.bob.weStarted());

        SasVerification &starter = initiatorStarts ? p.alice : p.bob;
        SasVerification &other = initiatorStarts ? p.bob : p.alice;
        auto start = starter.startSas();
        QCOMPARE(start.size(), size_t(1));
        QCOMPARE(start[0].content.value(QStringLiteral("method")).toString(), QStringLiteral("m.sas.v1"));
        QVERIFY(!start[0].content.contains(QStringLiteral("transaction_id")));
        QVERIFY(!start[0].content.contains(QStringLiteral("m.relates_to")));
        pump(start, starter, other);
        QCOMPARE(p.alice.state(), State::ShowingSas);
        QCOMPARE(p.bob.state(), State::ShowingSas);
        QCOMPARE(p.alice.emojiIndices(), p.bob.emojiIndices());
        QCOMPARE(p.alice.decimals(), p.bob.decimals());
        QVERIFY(p.alice.showsEmoji());
        for (int d : p.alice.decimals())
            QVERIFY(d >= 1000 && d <= 9191);

        auto aliceMac = p.alice.confirm();
        QCOMPARE(p.alice.state(), State::WaitingForOther);
        QCOMPARE(aliceMac.size(), size_t(1));
        QCOMPARE(aliceMac[0].type, QStringLiteral("m.key.verification.mac"));
        // Bob holds Alice's MAC until his user confirms.
        QVERIFY(deliver(aliceMac, p.bob, kAlice.userId).empty());
        QCOMPARE(p.bob.state(), State::ShowingSas);
        auto bobOut = p.bob.confirm(); // mac + done
        QCOMPARE(bobOut.size(), size_t(2));
        QCOMPARE(bobOut[1].type, QStringLiteral("m.key.verification.done"));
        auto aliceOut = deliver(bobOut, p.alice, kBob.userId); // Alice checks, sends done
        QCOMPARE(p.alice.state(), State::Done);
        QCOMPARE(aliceOut.size(), size_t(1));
        QCOMPARE(aliceOut[0].type, QStringLiteral("m.key.verification.done"));
        QVERIFY(deliver(aliceOut, p.bob, kAlice.userId).empty());
        QCOMPARE(p.bob.state(), State::Done);
        QVERIFY(p.alice.verifiedOtherDevice());
        QVERIFY(p.alice.verifiedOtherMasterKey());
        QVERIFY(p.bob.verifiedOtherDevice());
        QVERIFY(p.bob.verifiedOtherMasterKey());
    }

    // Bob played by hand with the raw Sas primitive, so the commitment, the SAS info string (transaction
    // ID to-device, request event ID in a room) and the MAC info follow the spec text, not this class.
    void independentResponder_data()
    {
        QTest::addColumn<bool>("inRoom");
        QTest::newRow("to-device") << false;
        QTest::newRow("in-room") << true;
    }
    void independentResponder()
    {
        QFETCH(bool, inRoom);
        Pair p = readyPair(inRoom ? Transport::InRoom : Transport::ToDevice);
        const QString flowId = p.alice.flow().flowId;
        auto start = p.alice.startSas();
        const QJsonObject wireStart = p.alice.flow().decorate(start[0].content);
        if (inRoom)
            QCOMPARE(wireStart.value(QStringLiteral("m.relates_to"))
                         .toObject()
                         .value(QStringLiteral("event_id"))
                         .toString(),
                     flowId);
        else
            QCOMPARE(wireStart.value(QStringLiteral("transaction_id")).toString(), flowId);

        Sas bob = take(Sas::create());
        const QString bobKey = take(bob.publicKey());
        const QString commitment =
            QString::fromLatin1(base64Encode(sha256(bobKey.toUtf8() + take(canonicalJson(wireStart)))));
        const QJsonObject accept{
            {QStringLiteral("method"), QStringLiteral("m.sas.v1")},
            {QStringLiteral("key_agreement_protocol"), QStringLiteral("curve25519-hkdf-sha256")},
            {QStringLiteral("hash"), QStringLiteral("sha256")},
            {QStringLiteral("message_authentication_code"), QStringLiteral("hkdf-hmac-sha256.v2")},
            {QStringLiteral("short_authentication_string"),
             QJsonArray{QStringLiteral("decimal"), QStringLiteral("emoji")}},
            {QStringLiteral("commitment"), commitment}};
        auto key = deliver({{QStringLiteral("m.key.verification.accept"), accept}}, p.alice, kBob.userId);
        QCOMPARE(key.size(), size_t(1));
        const QString aliceKey = key[0].content.value(QStringLiteral("key")).toString();
        QVERIFY(bob.setTheirKey(aliceKey));
        QVERIFY(deliver({{QStringLiteral("m.key.verification.key"),
                          QJsonObject{{QStringLiteral("key"), bobKey}}}},
                        p.alice, kBob.userId)
                    .empty());
        QCOMPARE(p.alice.state(), State::ShowingSas);

        const QString info = QStringLiteral("MATRIX_KEY_VERIFICATION_SAS|@alice:example.org|ALICEDEV|") +
                             aliceKey + QStringLiteral("|@bob:example.org|BOBDEV|") + bobKey + u'|' + flowId;
        const QByteArray bytes = take(bob.generateBytes(info.toUtf8(), 6));
        QCOMPARE(p.alice.emojiIndices(), take(sasEmojiIndices(bytes)));
        QCOMPARE(p.alice.decimals(), take(sasDecimals(bytes.left(5))));

        // Alice's MAC, checked by hand.
        auto aliceMac = p.alice.confirm();
        const QJsonObject mac = aliceMac[0].content.value(QStringLiteral("mac")).toObject();
        const QString macBase =
            QStringLiteral("MATRIX_KEY_VERIFICATION_MAC@alice:example.orgALICEDEV@bob:example.orgBOBDEV") +
            flowId;
        QCOMPARE(mac.value(QStringLiteral("ed25519:ALICEDEV")).toString(),
                 take(bob.calculateMac(kAlice.deviceEd25519.toUtf8(),
                                       (macBase + QStringLiteral("ed25519:ALICEDEV")).toUtf8())));
        QCOMPARE(mac.value(QStringLiteral("ed25519:AliceMasterKey")).toString(),
                 take(bob.calculateMac(kAlice.masterKey.toUtf8(),
                                       (macBase + QStringLiteral("ed25519:AliceMasterKey")).toUtf8())));
        QCOMPARE(aliceMac[0].content.value(QStringLiteral("keys")).toString(),
                 take(bob.calculateMac("ed25519:ALICEDEV,ed25519:AliceMasterKey",
                                       (macBase + QStringLiteral("KEY_IDS")).toUtf8())));

        // Bob's MAC of his device key only (no master key): Alice verifies the device, not the identity.
        const QString bobBase =
            QStringLiteral("MATRIX_KEY_VERIFICATION_MAC@bob:example.orgBOBDEV@alice:example.orgALICEDEV") +
            flowId;
        const QJsonObject bobMac{
            {QStringLiteral("mac"),
             QJsonObject{{QStringLiteral("ed25519:BOBDEV"),
                          take(bob.calculateMac(kBob.deviceEd25519.toUtf8(),
                                                (bobBase + QStringLiteral("ed25519:BOBDEV")).toUtf8()))}}},
            {QStringLiteral("keys"),
             take(bob.calculateMac("ed25519:BOBDEV", (bobBase + QStringLiteral("KEY_IDS")).toUtf8()))}};
        auto done = deliver({{QStringLiteral("m.key.verification.mac"), bobMac},
                             {QStringLiteral("m.key.verification.done"), QJsonObject{}}},
                            p.alice, kBob.userId);
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done[0].type, QStringLiteral("m.key.verification.done"));
        QCOMPARE(p.alice.state(), State::Done);
        QVERIFY(p.alice.verifiedOtherDevice());
        QVERIFY(!p.alice.verifiedOtherMasterKey());
    }

    void tamperedMacIsKeyMismatch()
    {
        Pair p = readyPair(Transport::ToDevice);
        pump(p.alice.startSas(), p.alice, p.bob);
        auto aliceMac = p.alice.confirm();
        QJsonObject content = aliceMac[0].content;
        QJsonObject mac = content.value(QStringLiteral("mac")).toObject();
        mac.insert(QStringLiteral("ed25519:ALICEDEV"),
                   QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        content.insert(QStringLiteral("mac"), mac);
        QVERIFY(deliver({{aliceMac[0].type, content}}, p.bob, kAlice.userId).empty());
        auto out = p.bob.confirm();
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.key_mismatch"));
        QCOMPARE(p.bob.state(), State::Cancelled);
        QVERIFY(p.bob.cancelledByUs());
        QVERIFY(!p.bob.verifiedOtherDevice());
        // The cancel reaches Alice.
        deliver({out.back()}, p.alice, kBob.userId);
        QCOMPARE(p.alice.state(), State::Cancelled);
        QCOMPARE(p.alice.cancelCode(), QStringLiteral("m.key_mismatch"));
        QVERIFY(!p.alice.cancelledByUs());
    }

    void wrongDeviceKeyIsKeyMismatch()
    {
        Pair p = readyPair(Transport::ToDevice);
        p.bob.setOtherKeys(QStringLiteral("SomeOtherKey"), QString()); // what a MITM's device key looks like
        pump(p.alice.startSas(), p.alice, p.bob);
        auto aliceMac = p.alice.confirm();
        deliver(aliceMac, p.bob, kAlice.userId);
        QCOMPARE(lastSentCancelCode(p.bob.confirm()), QStringLiteral("m.key_mismatch"));
    }

    void wrongCommitmentIsMismatchedCommitment()
    {
        Pair p = readyPair(Transport::InRoom);
        auto accept = deliver(p.alice.startSas(), p.bob, kAlice.userId);
        QCOMPARE(accept.size(), size_t(1));
        accept[0].content.insert(QStringLiteral("commitment"), QStringLiteral("bm90IHRoZSBjb21taXRtZW50"));
        auto aliceKey = deliver(accept, p.alice, kBob.userId);
        auto bobKey = deliver(aliceKey, p.bob, kAlice.userId);
        auto out = deliver(bobKey, p.alice, kBob.userId);
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.mismatched_commitment"));
        QCOMPARE(p.alice.state(), State::Cancelled);
    }

    void userMismatchCancels()
    {
        Pair p = readyPair(Transport::ToDevice);
        auto out = deliver(p.alice.startSas(), p.bob, QStringLiteral("@mallory:example.org"));
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.user_mismatch"));
        QCOMPARE(p.bob.state(), State::Cancelled);
    }

    void readyFromAnotherDeviceIsUserMismatch()
    {
        Pair p = readyPair(Transport::ToDevice);
        auto start = p.bob.startSas();
        start[0].content.insert(QStringLiteral("from_device"), QStringLiteral("OTHERDEV"));
        QCOMPARE(lastSentCancelCode(deliver(start, p.alice, kBob.userId)), QStringLiteral("m.user_mismatch"));
    }

    void unexpectedMessages()
    {
        Pair p = readyPair(Transport::ToDevice);
        // A key before any start.
        auto out = deliver({{QStringLiteral("m.key.verification.key"),
                             QJsonObject{{QStringLiteral("key"), QStringLiteral("abc")}}}},
                           p.bob, kAlice.userId);
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.unexpected_message"));
        // A MAC while keys are being exchanged.
        Pair q = readyPair(Transport::InRoom);
        deliver(q.alice.startSas(), q.bob, kAlice.userId);
        out = deliver({{QStringLiteral("m.key.verification.mac"),
                        QJsonObject{{QStringLiteral("keys"), QStringLiteral("x")}}}},
                      q.bob, kAlice.userId);
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.unexpected_message"));
        // A second ready.
        Pair r = readyPair(Transport::ToDevice);
        out = deliver({{QStringLiteral("m.key.verification.ready"),
                        QJsonObject{{QStringLiteral("from_device"), kBob.deviceId},
                                    {QStringLiteral("methods"), QJsonArray{QStringLiteral("m.sas.v1")}}}}},
                      r.alice, kBob.userId);
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.unexpected_message"));
        // Nothing is answered once cancelled.
        QVERIFY(deliver({{QStringLiteral("m.key.verification.key"), QJsonObject{}}}, r.alice, kBob.userId)
                    .empty());
    }

    void unknownMethodCancels()
    {
        Pair p = readyPair(Transport::ToDevice);
        auto start = p.alice.startSas();
        start[0].content.insert(QStringLiteral("hashes"), QJsonArray{QStringLiteral("sha512")});
        QCOMPARE(lastSentCancelCode(deliver(start, p.bob, kAlice.userId)),
                 QStringLiteral("m.unknown_method"));
        Pair q = readyPair(Transport::ToDevice);
        start = q.alice.startSas();
        start[0].content.insert(QStringLiteral("method"), QStringLiteral("m.reciprocate.v1"));
        QCOMPARE(lastSentCancelCode(deliver(start, q.bob, kAlice.userId)),
                 QStringLiteral("m.unknown_method"));
    }

    void mismatchCancelsBothSides()
    {
        Pair p = readyPair(Transport::InRoom);
        pump(p.bob.startSas(), p.bob, p.alice);
        QCOMPARE(p.bob.state(), State::ShowingSas);
        auto out = p.alice.mismatch();
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.mismatched_sas"));
        deliver(out, p.bob, kAlice.userId);
        QCOMPARE(p.bob.state(), State::Cancelled);
        QCOMPARE(p.bob.cancelCode(), QStringLiteral("m.mismatched_sas"));
    }

    void userCancelAndDecline()
    {
        const VerificationFlow flow = flowFor(Transport::ToDevice);
        auto request =
            SasVerification::requestMessage(Transport::ToDevice, kAlice.deviceId, kBob.userId, kNow);
        SasVerification alice(flow, kAlice, kBob.userId, kBob.deviceId, kNow);
        SasVerification bob =
            take(SasVerification::fromRequest(flow, kBob, kAlice.userId, request.content, kNow, kNow));
        auto decline = bob.cancel();
        QCOMPARE(lastSentCancelCode(decline), QStringLiteral("m.user"));
        deliver(decline, alice, kBob.userId);
        QCOMPARE(alice.state(), State::Cancelled);
        QCOMPARE(alice.cancelCode(), QStringLiteral("m.user"));
    }

    void glareSmallerUserWins()
    {
        Pair p = readyPair(Transport::ToDevice);
        auto aliceStart = p.alice.startSas();
        auto bobStart = p.bob.startSas();
        // @alice < @bob: Bob drops his start and accepts Alice's; Alice ignores Bob's.
        QVERIFY(deliver(bobStart, p.alice, kBob.userId).empty());
        auto accept = deliver(aliceStart, p.bob, kAlice.userId);
        QCOMPARE(accept.size(), size_t(1));
        QCOMPARE(accept[0].type, QStringLiteral("m.key.verification.accept"));
        QVERIFY(!p.bob.weSentStart());
        pump(deliver(accept, p.alice, kBob.userId), p.alice, p.bob);
        QCOMPARE(p.alice.state(), State::ShowingSas);
        QCOMPARE(p.bob.state(), State::ShowingSas);
        QCOMPARE(p.alice.emojiIndices(), p.bob.emojiIndices());
    }

    void acceptedOnAnotherOwnDeviceInRoom()
    {
        Pair p = readyPair(Transport::InRoom);
        SasVerification bob2 = take(SasVerification::fromRequest(
            p.bob.flow(),
            VerificationKeys{kBob.userId, QStringLiteral("BOB2"), QStringLiteral("k"), QString()},
            kAlice.userId,
            SasVerification::requestMessage(Transport::InRoom, kAlice.deviceId, kBob.userId, kNow).content,
            kNow, kNow));
        auto out =
            deliver({{QStringLiteral("m.key.verification.ready"),
                      QJsonObject{{QStringLiteral("from_device"), kBob.deviceId},
                                  {QStringLiteral("methods"), QJsonArray{QStringLiteral("m.sas.v1")}}}}},
                    bob2, kBob.userId);
        QVERIFY(out.empty());
        QCOMPARE(bob2.state(), State::Cancelled);
        QCOMPARE(bob2.cancelCode(), QStringLiteral("m.accepted"));
    }

    void timeouts()
    {
        Pair p = readyPair(Transport::ToDevice);
        QVERIFY(p.alice.checkTimeout(kNow + 60'000).empty());
        QCOMPARE(lastSentCancelCode(p.alice.checkTimeout(kNow + SasVerification::kTimeoutMs)),
                 QStringLiteral("m.timeout"));
        QCOMPARE(p.alice.state(), State::Cancelled);

        QVERIFY(SasVerification::isRequestTimely(kNow - 9 * 60'000, kNow));
        QVERIFY(!SasVerification::isRequestTimely(kNow - 11 * 60'000, kNow));
        QVERIFY(SasVerification::isRequestTimely(kNow + 4 * 60'000, kNow));
        QVERIFY(!SasVerification::isRequestTimely(kNow + 6 * 60'000, kNow));
        auto request =
            SasVerification::requestMessage(Transport::ToDevice, kAlice.deviceId, kBob.userId, kNow);
        auto old = SasVerification::fromRequest(flowFor(Transport::ToDevice), kBob, kAlice.userId,
                                                request.content, kNow - 11 * 60'000, kNow);
        QVERIFY(!old);
        QCOMPARE(old.error().errcode, QStringLiteral("m.timeout"));
        QVERIFY(!SasVerification::fromRequest(flowFor(Transport::ToDevice), kBob, kAlice.userId,
                                              QJsonObject{}, kNow, kNow));
    }

    void requestContents()
    {
        auto toDevice =
            SasVerification::requestMessage(Transport::ToDevice, kAlice.deviceId, kBob.userId, kNow);
        QCOMPARE(toDevice.type, QStringLiteral("m.key.verification.request"));
        QCOMPARE(toDevice.content.value(QStringLiteral("timestamp")).toInteger(), kNow);
        QCOMPARE(toDevice.content.value(QStringLiteral("from_device")).toString(), kAlice.deviceId);
        auto inRoom = SasVerification::requestMessage(Transport::InRoom, kAlice.deviceId, kBob.userId, kNow);
        QCOMPARE(inRoom.type, QStringLiteral("m.room.message"));
        QCOMPARE(inRoom.content.value(QStringLiteral("msgtype")).toString(),
                 QStringLiteral("m.key.verification.request"));
        QCOMPARE(inRoom.content.value(QStringLiteral("to")).toString(), kBob.userId);
        QVERIFY(
            inRoom.content.value(QStringLiteral("methods")).toArray().contains(QStringLiteral("m.sas.v1")));
        QCOMPARE(VerificationFlow::flowIdOf(flowFor(Transport::InRoom).decorate({}), Transport::InRoom),
                 QStringLiteral("$request:example.org"));
    }

    void deviceWithoutCameraOffersNoScan()
    {
        // Two devices that can show a code but not scan one (the desktop app): neither request nor ready
        // names m.qr_code.scan.v1, no QR method is agreed, and SAS runs.
        namespace vf = verification;
        const QStringList app = vf::offeredMethods(false);
        const QString scan = QLatin1String(qrScanMethod);
        QVERIFY(!app.contains(scan));
        QVERIFY(vf::offeredMethods(true).contains(scan));
        for (Transport t : {Transport::ToDevice, Transport::InRoom}) {
            const VerificationFlow flow = flowFor(t);
            auto request = SasVerification::requestMessage(t, kAlice.deviceId, kBob.userId, kNow, app);
            const QStringList requested = methodsOf(request.content);
            QCOMPARE(requested, app);
            SasVerification alice(flow, kAlice, kBob.userId,
                                  t == Transport::ToDevice ? kBob.deviceId : QString(), kNow, app);
            SasVerification bob = take(SasVerification::fromRequest(
                flow, kBob, kAlice.userId, flow.decorate(request.content), kNow, kNow, app));
            alice.setOtherKeys(kBob.deviceEd25519, kBob.masterKey);
            bob.setOtherKeys(kAlice.deviceEd25519, kAlice.masterKey);
            auto ready = bob.accept();
            QCOMPARE(ready.size(), size_t(1));
            QCOMPARE(methodsOf(ready[0].content), QStringList{QStringLiteral("m.sas.v1")});
            QVERIFY(deliver(ready, alice, kBob.userId).empty());
            QVERIFY(!vf::agreeWeShow(alice.ourMethods(), alice.theirMethods()));
            QVERIFY(!vf::agreeWeScan(bob.ourMethods(), bob.theirMethods()));
            // Either side may start SAS (the dialog's "Compare emoji"): here the responder does.
            pump(bob.startSas(), bob, alice);
            QCOMPARE(alice.state(), State::ShowingSas);
            QCOMPARE(alice.emojiIndices(), bob.emojiIndices());

            // A full client (lattice-cli --scan) asking the app: the app's ready offers to show only.
            auto full = SasVerification::requestMessage(t, kBob.deviceId, kAlice.userId, kNow);
            SasVerification onApp = take(SasVerification::fromRequest(
                flow, kAlice, kBob.userId, flow.decorate(full.content), kNow, kNow, app));
            auto appReady = onApp.accept();
            QCOMPARE(appReady.size(), size_t(1));
            const QStringList readyMethods = methodsOf(appReady[0].content);
            QVERIFY(!readyMethods.contains(scan));
            QVERIFY(readyMethods.contains(QLatin1String(qrShowMethod)));
        }
    }

    void unansweredPromptIsDismissed()
    {
        // The spec: the prompt goes away 10 minutes after the request's timestamp or 2 minutes after it
        // arrived, whichever is first, without a cancel (another of our devices may still answer).
        const VerificationFlow flow = flowFor(Transport::ToDevice);
        auto request =
            SasVerification::requestMessage(Transport::ToDevice, kAlice.deviceId, kBob.userId, kNow);
        SasVerification fresh =
            take(SasVerification::fromRequest(flow, kBob, kAlice.userId, request.content, kNow, kNow));
        QCOMPARE(fresh.requestExpiresMs(), kNow + 2 * 60'000);
        QVERIFY(fresh.checkTimeout(kNow + 2 * 60'000 - 1).empty());
        QCOMPARE(fresh.state(), State::Requested);
        QVERIFY(fresh.checkTimeout(kNow + 2 * 60'000).empty()); // nothing sent
        QCOMPARE(fresh.state(), State::Cancelled);
        QCOMPARE(fresh.cancelCode(), QStringLiteral("m.timeout"));
        // Sent 9 minutes before it arrived: gone 1 minute after.
        const qint64 sent = kNow - 9 * 60'000;
        SasVerification late =
            take(SasVerification::fromRequest(flow, kBob, kAlice.userId, request.content, sent, kNow));
        QCOMPARE(late.requestExpiresMs(), kNow + 60'000);
        QVERIFY(late.checkTimeout(kNow + 60'000).empty());
        QCOMPARE(late.state(), State::Cancelled);
        // Once accepted, only the 10-minute limit of the whole flow applies.
        Pair p = readyPair(Transport::ToDevice);
        QVERIFY(p.bob.checkTimeout(kNow + 5 * 60'000).empty());
        QCOMPARE(p.bob.state(), State::Ready);
    }

    void unsupportedMethodsAreNotCancelled()
    {
        // No method in common: the request waits for the user (who may decline with m.user).
        const VerificationFlow flow = flowFor(Transport::InRoom);
        QJsonObject request =
            SasVerification::requestMessage(Transport::InRoom, kAlice.deviceId, kBob.userId, kNow).content;
        request.insert(QStringLiteral("methods"), QJsonArray{QStringLiteral("org.example.telepathy.v1")});
        SasVerification bob =
            take(SasVerification::fromRequest(flow, kBob, kAlice.userId, request, kNow, kNow));
        QCOMPARE(bob.state(), State::Requested);
        QVERIFY(!bob.hasCommonMethod());
        QCOMPARE(lastSentCancelCode(bob.cancel()), QStringLiteral("m.user"));
        QVERIFY(take(SasVerification::fromRequest(flow, kBob, kAlice.userId,
                                                  SasVerification::requestMessage(
                                                      Transport::InRoom, kAlice.deviceId, kBob.userId, kNow)
                                                      .content,
                                                  kNow, kNow))
                    .hasCommonMethod());
    }

    void startsOfDifferentMethodsCancel()
    {
        // Both sides start, with different methods: m.unexpected_message (spec).
        Pair p = readyPair(Transport::ToDevice);
        QCOMPARE(p.alice.startSas().size(), size_t(1));
        const QJsonObject reciprocate{{QStringLiteral("from_device"), kBob.deviceId},
                                      {QStringLiteral("method"), QLatin1String(qrReciprocateMethod)},
                                      {QStringLiteral("secret"), QStringLiteral("c2VjcmV0")}};
        auto out = deliver({{QStringLiteral("m.key.verification.start"), reciprocate}}, p.alice, kBob.userId);
        QCOMPARE(lastSentCancelCode(out), QStringLiteral("m.unexpected_message"));
        QCOMPARE(p.alice.state(), State::Cancelled);
    }

    void requestlessStart()
    {
        // A deprecated start without a request (matrix-nio): Bob accepts it, then the usual exchange.
        const VerificationFlow flow = flowFor(Transport::ToDevice);
        Pair p = readyPair(Transport::ToDevice);
        auto start = p.alice.startSas();
        SasVerification bob = take(
            SasVerification::fromStart(flow, kBob, kAlice.userId, flow.decorate(start[0].content), kNow));
        bob.setOtherKeys(kAlice.deviceEd25519, QString());
        QCOMPARE(bob.state(), State::Requested);
        pump(deliver(bob.accept(), p.alice, kBob.userId), p.alice, bob);
        QCOMPARE(bob.state(), State::ShowingSas);
        QCOMPARE(p.alice.emojiIndices(), bob.emojiIndices());
        deliver(p.alice.confirm(), bob, kAlice.userId);
        deliver(bob.confirm(), p.alice, kBob.userId);
        QCOMPARE(bob.state(), State::Done);
        QVERIFY(bob.verifiedOtherDevice());
        QVERIFY(!bob.verifiedOtherMasterKey());
    }

    void emojiTable()
    {
        QCOMPARE(sasEmoji(0, QLocale(QLocale::English)).symbol, QStringLiteral("🐶"));
        QCOMPARE(sasEmoji(0, QLocale(QLocale::English)).description, QStringLiteral("Dog"));
        QCOMPARE(sasEmoji(0, QLocale(QStringLiteral("de_DE"))).description, QStringLiteral("Hund"));
        QCOMPARE(sasEmoji(0, QLocale(QStringLiteral("pt_BR"))).description, QStringLiteral("Cachorro"));
        QCOMPARE(sasEmoji(1, QLocale(QStringLiteral("zh_TW"))).description, QStringLiteral("貓"));
        QCOMPARE(sasEmoji(63, QLocale(QLocale::English)).description, QStringLiteral("Pin"));
        QVERIFY(sasEmoji(64).symbol.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSasVerification)
#include "tst_sas_verification.moc"
