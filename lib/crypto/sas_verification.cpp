#include "crypto/sas_verification.h"

#include "crypto/base64.h"
#include "crypto/digest.h"
#include "crypto/sas_verification_emoji_p.h"
#include "protocol/canonical_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lattice::crypto {

namespace {

const QString kSasV1 = QStringLiteral("m.sas.v1");
const QString kKeyAgreement = QStringLiteral("curve25519-hkdf-sha256");
const QString kHash = QStringLiteral("sha256");
const QString kMac = QStringLiteral("hkdf-hmac-sha256.v2");
const QStringList kSasMethods = {QStringLiteral("decimal"), QStringLiteral("emoji")};

const QString kTypeReady = QStringLiteral("m.key.verification.ready");
const QString kTypeStart = QStringLiteral("m.key.verification.start");
const QString kTypeAccept = QStringLiteral("m.key.verification.accept");
const QString kTypeKey = QStringLiteral("m.key.verification.key");
const QString kTypeMac = QStringLiteral("m.key.verification.mac");
const QString kTypeDone = QStringLiteral("m.key.verification.done");
const QString kTypeCancel = QStringLiteral("m.key.verification.cancel");

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

QStringList intersect(const QStringList &theirs, const QStringList &ours)
{
    QStringList out;
    for (const QString &m : ours)
        if (theirs.contains(m))
            out << m;
    return out;
}

// Commitment = unpadded base64 of SHA-256 over the accepting side's public key and the canonical JSON of
// the start content as on the wire (with its transaction_id or m.relates_to).
Result<QString> commitmentOf(const QString &publicKey, const QJsonObject &start)
{
    Result<QByteArray> json = canonicalJson(start);
    if (!json)
        return json.error();
    return QString::fromLatin1(base64Encode(sha256(publicKey.toUtf8() + *json)));
}

Error invalid(const QString &sentence)
{
    Error e = Error::make(Error::Kind::Parse, sentence);
    e.errcode = QStringLiteral("m.invalid_message");
    return e;
}

// The start content must offer what we run: m.sas.v1 and one of each of our options.
QString checkStartOptions(const QJsonObject &start)
{
    if (start.value(QStringLiteral("method")).toString() != kSasV1)
        return QStringLiteral("m.unknown_method");
    if (!stringList(start.value(QStringLiteral("key_agreement_protocols"))).contains(kKeyAgreement) ||
        !stringList(start.value(QStringLiteral("hashes"))).contains(kHash) ||
        !stringList(start.value(QStringLiteral("message_authentication_codes"))).contains(kMac) ||
        intersect(stringList(start.value(QStringLiteral("short_authentication_string"))), kSasMethods)
            .isEmpty())
        return QStringLiteral("m.unknown_method");
    return {};
}

} // namespace

QJsonObject VerificationFlow::decorate(QJsonObject content) const
{
    if (transport == Transport::ToDevice) {
        content.insert(QStringLiteral("transaction_id"), flowId);
    } else {
        content.insert(QStringLiteral("m.relates_to"),
                       QJsonObject{{QStringLiteral("rel_type"), QStringLiteral("m.reference")},
                                   {QStringLiteral("event_id"), flowId}});
    }
    return content;
}

QString VerificationFlow::flowIdOf(const QJsonObject &content, Transport transport)
{
    if (transport == Transport::ToDevice)
        return content.value(QStringLiteral("transaction_id")).toString();
    const QJsonObject rel = content.value(QStringLiteral("m.relates_to")).toObject();
    if (rel.value(QStringLiteral("rel_type")).toString() != QStringLiteral("m.reference"))
        return {};
    return rel.value(QStringLiteral("event_id")).toString();
}

VerificationMessage SasVerification::requestMessage(VerificationFlow::Transport transport,
                                                    const QString &ourDeviceId, const QString &toUserId,
                                                    qint64 nowMs, const QStringList &methods)
{
    QJsonObject c{{QStringLiteral("from_device"), ourDeviceId},
                  {QStringLiteral("methods"), QJsonArray::fromStringList(methods)}};
    if (transport == VerificationFlow::Transport::ToDevice) {
        c.insert(QStringLiteral("timestamp"), nowMs);
        return {QStringLiteral("m.key.verification.request"), c};
    }
    c.insert(QStringLiteral("msgtype"), QStringLiteral("m.key.verification.request"));
    c.insert(QStringLiteral("to"), toUserId);
    // The fallback text for clients that do not support verification (protocol text, not UI).
    c.insert(QStringLiteral("body"), QStringLiteral("is requesting to verify your key, but your client does "
                                                    "not support in-chat key verification."));
    return {QStringLiteral("m.room.message"), c};
}

bool SasVerification::isRequestTimely(qint64 sentMs, qint64 nowMs)
{
    return verification::isRequestTimely(sentMs, nowMs);
}

VerificationMessage SasVerification::cancelMessage(const QString &code, const QString &reason)
{
    return {kTypeCancel, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("reason"), reason}}};
}

SasVerification::SasVerification(VerificationFlow flow, VerificationKeys ours, QString otherUserId,
                                 QString otherDeviceId, qint64 nowMs, QStringList ourMethods)
    : m_flow(std::move(flow)), m_ours(std::move(ours)), m_otherUserId(std::move(otherUserId)),
      m_otherDeviceId(std::move(otherDeviceId)), m_createdMs(nowMs), m_weRequested(true),
      m_ourMethods(ourMethods), m_offeredMethods(std::move(ourMethods))
{}

Result<SasVerification> SasVerification::fromRequest(VerificationFlow flow, VerificationKeys ours,
                                                     const QString &senderUserId, const QJsonObject &request,
                                                     qint64 sentMs, qint64 nowMs, QStringList ourMethods)
{
    const QString fromDevice = request.value(QStringLiteral("from_device")).toString();
    if (fromDevice.isEmpty() || !request.value(QStringLiteral("methods")).isArray())
        return invalid(QCoreApplication::translate(
            "SasVerification", "The verification request has no from_device or methods."));
    if (!isRequestTimely(sentMs, nowMs)) {
        Error e =
            Error::make(Error::Kind::Usage,
                        QCoreApplication::translate(
                            "SasVerification", "The verification request is too old or from the future."));
        e.errcode = QStringLiteral("m.timeout");
        return e;
    }
    SasVerification v;
    v.m_flow = std::move(flow);
    v.m_ours = std::move(ours);
    v.m_otherUserId = senderUserId;
    v.m_otherDeviceId = fromDevice;
    v.m_createdMs = nowMs;
    v.m_theirMethods = stringList(request.value(QStringLiteral("methods")));
    v.m_offeredMethods = std::move(ourMethods);
    v.m_requestSentMs = sentMs;
    return v;
}

Result<SasVerification> SasVerification::fromStart(VerificationFlow flow, VerificationKeys ours,
                                                   const QString &senderUserId, const QJsonObject &start,
                                                   qint64 nowMs)
{
    const QString fromDevice = start.value(QStringLiteral("from_device")).toString();
    if (fromDevice.isEmpty())
        return invalid(
            QCoreApplication::translate("SasVerification", "The verification start has no from_device."));
    SasVerification v;
    v.m_flow = std::move(flow);
    v.m_ours = std::move(ours);
    v.m_otherUserId = senderUserId;
    v.m_otherDeviceId = fromDevice;
    v.m_createdMs = nowMs;
    v.m_requestless = true;
    v.m_theirMethods = {start.value(QStringLiteral("method")).toString()};
    v.m_startContent = start;
    return v;
}

void SasVerification::setOtherKeys(const QString &deviceEd25519, const QString &masterKey)
{
    m_otherDeviceEd25519 = deviceEd25519;
    m_otherMasterKey = masterKey;
}

std::vector<VerificationMessage> SasVerification::fail(const QString &code, const QString &reason)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return {};
    m_state = State::Cancelled;
    m_cancelCode = code;
    m_cancelReason = reason;
    m_cancelledByUs = true;
    m_sas.reset();
    return {cancelMessage(code, reason)};
}

std::vector<VerificationMessage> SasVerification::accept()
{
    if (m_state != State::Requested || m_weRequested)
        return {};
    if (m_requestless) {
        if (const QString code = checkStartOptions(m_startContent); !code.isEmpty())
            return fail(code, QStringLiteral("No common SAS options"));
        m_sasMethods = intersect(
            stringList(m_startContent.value(QStringLiteral("short_authentication_string"))), kSasMethods);
        m_state = State::Started;
        return acceptStart();
    }
    const QStringList common = verification::readyMethods(m_theirMethods, m_offeredMethods);
    if (common.isEmpty())
        return fail(QStringLiteral("m.unknown_method"), QStringLiteral("No common verification method"));
    m_ourMethods = common;
    m_state = State::Ready;
    return {{kTypeReady, QJsonObject{{QStringLiteral("from_device"), m_ours.deviceId},
                                     {QStringLiteral("methods"), QJsonArray::fromStringList(common)}}}};
}

std::vector<VerificationMessage> SasVerification::startSas()
{
    if (m_state != State::Ready || m_weSentStart || !m_theirMethods.contains(kSasV1))
        return {};
    auto sas = Sas::create();
    if (!sas)
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    m_sas.emplace(std::move(*sas));
    const QJsonObject start{
        {QStringLiteral("from_device"), m_ours.deviceId},
        {QStringLiteral("method"), kSasV1},
        {QStringLiteral("key_agreement_protocols"), QJsonArray{kKeyAgreement}},
        {QStringLiteral("hashes"), QJsonArray{kHash}},
        {QStringLiteral("message_authentication_codes"), QJsonArray{kMac}},
        {QStringLiteral("short_authentication_string"), QJsonArray::fromStringList(kSasMethods)},
    };
    m_startContent = m_flow.decorate(start);
    m_weSentStart = true;
    m_state = State::Started;
    return {{kTypeStart, start}};
}

std::vector<VerificationMessage> SasVerification::acceptStart()
{
    auto sas = Sas::create();
    if (!sas)
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    m_sas.emplace(std::move(*sas));
    Result<QString> key = m_sas->publicKey();
    if (!key)
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    Result<QString> commitment = commitmentOf(*key, m_startContent);
    if (!commitment)
        return fail(QStringLiteral("m.invalid_message"),
                    QStringLiteral("The start has no canonical JSON form"));
    return {{kTypeAccept,
             QJsonObject{
                 {QStringLiteral("method"), kSasV1},
                 {QStringLiteral("key_agreement_protocol"), kKeyAgreement},
                 {QStringLiteral("hash"), kHash},
                 {QStringLiteral("message_authentication_code"), kMac},
                 {QStringLiteral("short_authentication_string"), QJsonArray::fromStringList(m_sasMethods)},
                 {QStringLiteral("commitment"), *commitment},
             }}};
}

std::vector<VerificationMessage> SasVerification::receive(const QString &type, const QJsonObject &content,
                                                          const QString &senderUserId)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return {};
    if (senderUserId != m_otherUserId) {
        // In a room, our own other device answering the request means it was accepted elsewhere.
        if (senderUserId == m_ours.userId && m_flow.transport == VerificationFlow::Transport::InRoom &&
            content.value(QStringLiteral("from_device")).toString() != m_ours.deviceId) {
            if (type == kTypeReady || type == kTypeCancel) {
                m_state = State::Cancelled;
                m_cancelCode = type == kTypeReady ? QStringLiteral("m.accepted") : QStringLiteral("m.user");
                m_cancelReason = QStringLiteral("Answered on another device");
                m_cancelledByUs = false;
            }
            return {};
        }
        return fail(QStringLiteral("m.user_mismatch"),
                    QStringLiteral("The message came from an unexpected user"));
    }
    if (type == kTypeCancel) {
        m_state = State::Cancelled;
        m_cancelCode = content.value(QStringLiteral("code")).toString();
        if (m_cancelCode.isEmpty())
            m_cancelCode = QStringLiteral("m.user");
        m_cancelReason = content.value(QStringLiteral("reason")).toString();
        m_cancelledByUs = false;
        m_sas.reset();
        return {};
    }
    if (type == kTypeReady)
        return onReady(content, senderUserId);
    if (type == kTypeStart)
        return onStart(content);
    if (type == kTypeAccept)
        return onAccept(content);
    if (type == kTypeKey)
        return onKey(content);
    if (type == kTypeMac)
        return onMac(content);
    if (type == kTypeDone)
        return onDone();
    return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected message ") + type);
}

std::vector<VerificationMessage> SasVerification::onReady(const QJsonObject &content, const QString &)
{
    if (!m_weRequested || m_state != State::Requested)
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected ready"));
    const QString fromDevice = content.value(QStringLiteral("from_device")).toString();
    if (fromDevice.isEmpty() || !content.value(QStringLiteral("methods")).isArray())
        return fail(QStringLiteral("m.invalid_message"),
                    QStringLiteral("The ready has no from_device or methods"));
    if (!m_otherDeviceId.isEmpty() && fromDevice != m_otherDeviceId)
        return fail(QStringLiteral("m.user_mismatch"),
                    QStringLiteral("The ready came from an unexpected device"));
    m_otherDeviceId = fromDevice;
    m_theirMethods = stringList(content.value(QStringLiteral("methods")));
    if (verification::readyMethods(m_theirMethods, m_ourMethods).isEmpty())
        return fail(QStringLiteral("m.unknown_method"), QStringLiteral("No common verification method"));
    m_state = State::Ready;
    return {};
}

void SasVerification::markDone()
{
    if (m_state != State::Cancelled)
        m_state = State::Done;
}

void SasVerification::markCancelled(const QString &code, const QString &reason, bool byUs)
{
    if (m_state == State::Done || m_state == State::Cancelled)
        return;
    m_state = State::Cancelled;
    m_cancelCode = code;
    m_cancelReason = reason;
    m_cancelledByUs = byUs;
    m_sas.reset();
}

std::vector<VerificationMessage> SasVerification::onStart(const QJsonObject &content)
{
    const bool glare = m_weSentStart && m_state == State::Started && m_commitment.isEmpty();
    if (m_state != State::Ready && !glare)
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected start"));
    if (content.value(QStringLiteral("from_device")).toString() != m_otherDeviceId)
        return fail(QStringLiteral("m.user_mismatch"),
                    QStringLiteral("The start came from an unexpected device"));
    if (glare) {
        // Both sides started: the start of the smaller user ID (device ID for one user) is used.
        if (content.value(QStringLiteral("method")).toString() != kSasV1)
            return fail(QStringLiteral("m.unexpected_message"),
                        QStringLiteral("Both sides started different methods"));
        const bool theirsWins = m_otherUserId != m_ours.userId ? m_otherUserId < m_ours.userId
                                                               : m_otherDeviceId < m_ours.deviceId;
        if (!theirsWins)
            return {};
        m_weSentStart = false;
        m_sas.reset();
    }
    if (const QString code = checkStartOptions(content); !code.isEmpty())
        return fail(code, QStringLiteral("No common SAS options"));
    m_startContent = content;
    m_sasMethods =
        intersect(stringList(content.value(QStringLiteral("short_authentication_string"))), kSasMethods);
    m_state = State::Started;
    return acceptStart(); // our user accepted the request already
}

std::vector<VerificationMessage> SasVerification::onAccept(const QJsonObject &content)
{
    if (!m_weSentStart || m_state != State::Started || !m_commitment.isEmpty())
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected accept"));
    const QString commitment = content.value(QStringLiteral("commitment")).toString();
    if (commitment.isEmpty())
        return fail(QStringLiteral("m.invalid_message"), QStringLiteral("The accept has no commitment"));
    m_sasMethods =
        intersect(stringList(content.value(QStringLiteral("short_authentication_string"))), kSasMethods);
    if (content.value(QStringLiteral("key_agreement_protocol")).toString() != kKeyAgreement ||
        content.value(QStringLiteral("hash")).toString() != kHash ||
        content.value(QStringLiteral("message_authentication_code")).toString() != kMac ||
        m_sasMethods.isEmpty())
        return fail(QStringLiteral("m.unknown_method"),
                    QStringLiteral("The accept chose options we did not offer"));
    m_commitment = commitment;
    return keyMessage();
}

std::vector<VerificationMessage> SasVerification::keyMessage()
{
    Result<QString> key = m_sas->publicKey();
    if (!key)
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    m_sentKey = true;
    return {{kTypeKey, QJsonObject{{QStringLiteral("key"), *key}}}};
}

std::vector<VerificationMessage> SasVerification::onKey(const QJsonObject &content)
{
    const bool expected =
        m_state == State::Started && m_sas && m_theirKey.isEmpty() && (m_weSentStart ? m_sentKey : true);
    if (!expected)
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected key"));
    const QString key = content.value(QStringLiteral("key")).toString();
    if (key.isEmpty())
        return fail(QStringLiteral("m.invalid_message"), QStringLiteral("The key message has no key"));
    std::vector<VerificationMessage> out;
    if (m_weSentStart) {
        Result<QString> expectedCommitment = commitmentOf(key, m_startContent);
        if (!expectedCommitment || *expectedCommitment != m_commitment)
            return fail(QStringLiteral("m.mismatched_commitment"),
                        QStringLiteral("The commitment did not match"));
    } else {
        out = keyMessage();
        if (m_state == State::Cancelled)
            return out;
    }
    m_theirKey = key;
    if (!m_sas->setTheirKey(key))
        return fail(QStringLiteral("m.invalid_message"), QStringLiteral("The key is not a Curve25519 key"));
    if (!computeSas())
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    m_state = State::ShowingSas;
    return out;
}

std::vector<VerificationMessage> SasVerification::confirm()
{
    if (m_state != State::ShowingSas)
        return {};
    Result<QJsonObject> mac = macContent();
    if (!mac)
        return fail(QStringLiteral("m.user"), QStringLiteral("Internal error"));
    m_confirmed = true;
    m_state = State::WaitingForOther;
    std::vector<VerificationMessage> out{{kTypeMac, *mac}};
    if (!m_theirMac.isEmpty()) {
        if (Status s = checkTheirMac(); !s) {
            auto cancel =
                fail(s.error().errcode.isEmpty() ? QStringLiteral("m.key_mismatch") : s.error().errcode,
                     s.error().message);
            out.insert(out.end(), cancel.begin(), cancel.end());
            return out;
        }
    }
    auto done = finishIfComplete();
    out.insert(out.end(), done.begin(), done.end());
    return out;
}

std::vector<VerificationMessage> SasVerification::onMac(const QJsonObject &content)
{
    if ((m_state != State::ShowingSas && m_state != State::WaitingForOther) || !m_theirMac.isEmpty())
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected MAC"));
    m_theirMac = content;
    if (m_theirMac.isEmpty())
        return fail(QStringLiteral("m.invalid_message"), QStringLiteral("The MAC message is empty"));
    if (!m_confirmed)
        return {}; // checked once our user confirms the SAS
    if (Status s = checkTheirMac(); !s)
        return fail(s.error().errcode.isEmpty() ? QStringLiteral("m.key_mismatch") : s.error().errcode,
                    s.error().message);
    return finishIfComplete();
}

std::vector<VerificationMessage> SasVerification::onDone()
{
    if (m_theirMac.isEmpty() || (m_state != State::ShowingSas && m_state != State::WaitingForOther))
        return fail(QStringLiteral("m.unexpected_message"), QStringLiteral("Unexpected done"));
    m_theirDone = true;
    return finishIfComplete();
}

std::vector<VerificationMessage> SasVerification::finishIfComplete()
{
    if (!m_confirmed || !m_theirMacChecked)
        return {};
    std::vector<VerificationMessage> out;
    if (!m_sentDone) {
        m_sentDone = true;
        out.push_back({kTypeDone, QJsonObject{}});
    }
    // A request-less (legacy) start predates m.key.verification.done: the MACs end it.
    if (m_theirDone || m_requestless)
        m_state = State::Done;
    return out;
}

std::vector<VerificationMessage> SasVerification::mismatch()
{
    if (m_state != State::ShowingSas && m_state != State::WaitingForOther)
        return {};
    return fail(QStringLiteral("m.mismatched_sas"),
                QStringLiteral("The short authentication strings did not match"));
}

std::vector<VerificationMessage> SasVerification::cancel(const QString &code, const QString &reason)
{
    return fail(code, reason.isEmpty() ? QStringLiteral("The user cancelled the verification") : reason);
}

std::vector<VerificationMessage> SasVerification::checkTimeout(qint64 nowMs)
{
    if (m_state == State::Requested && !m_weRequested && !m_requestless && nowMs >= requestExpiresMs()) {
        markCancelled(QStringLiteral("m.timeout"), QStringLiteral("The request was not answered in time"),
                      true);
        return {};
    }
    if (nowMs - m_createdMs < kTimeoutMs)
        return {};
    return fail(QStringLiteral("m.timeout"), QStringLiteral("The verification timed out"));
}

qint64 SasVerification::requestExpiresMs() const
{
    return std::min(m_requestSentMs + kTimeoutMs, m_createdMs + verification::kPromptAfterReceiptMs);
}

bool SasVerification::hasCommonMethod() const
{
    return m_requestless || !verification::readyMethods(m_theirMethods, m_offeredMethods).isEmpty();
}

SasEmoji sasEmoji(int index, const QLocale &locale)
{
    if (index < 0 || index >= 64)
        return {};
    const detail::SasEmojiRow &row = detail::kSasEmojiTable[index];
    SasEmoji e{QString::fromUtf8(row.symbol), QString::fromUtf8(row.description)};
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return e;
    // The spec names languages as "de", "pt_BR", "nb_NO", "zh_Hans": try the most specific first.
    QString script;
    if (locale.script() == QLocale::SimplifiedHanScript)
        script = QStringLiteral("zh_Hans");
    else if (locale.script() == QLocale::TraditionalHanScript)
        script = QStringLiteral("zh_Hant");
    const QString name = locale.name();
    const QStringList candidates{script, name, name.section(u'_', 0, 0)};
    const QStringList lines = QString::fromUtf8(row.translated).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &want : candidates) {
        if (want.isEmpty())
            continue;
        for (const QString &line : lines) {
            if (line.section(u'\t', 0, 0) == want) {
                e.description = line.section(u'\t', 1);
                return e;
            }
        }
    }
    return e;
}

} // namespace lattice::crypto
