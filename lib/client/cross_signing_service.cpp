#include "cross_signing_service.h"

#include "net/trust_api.h"

#include <QCoreApplication>
#include <QPointer>

namespace lattice {

namespace {

// The server's "failures" of /keys/signatures/upload ({user: {key: {errcode, error}}}) as one Error.
std::optional<Error> signatureFailure(const QJsonObject &response)
{
    const QJsonObject failures = response.value(QLatin1String("failures")).toObject();
    if (failures.isEmpty())
        return std::nullopt;
    Error e = Error::make(Error::Kind::Matrix,
                          QCoreApplication::translate("CrossSigning", "The server refused a cross-signing "
                                                                      "signature."));
    const QJsonObject perUser = failures.begin().value().toObject();
    if (!perUser.isEmpty()) {
        const QJsonObject first = perUser.begin().value().toObject();
        e.errcode = first.value(QLatin1String("errcode")).toString();
        const QString reason = first.value(QLatin1String("error")).toString();
        if (!reason.isEmpty())
            e.message = QCoreApplication::translate("CrossSigning",
                                                    "The server refused a cross-signing signature: %1")
                            .arg(reason);
    }
    return e;
}

} // namespace

CrossSigningService::CrossSigningService(E2eeService &e2ee, HttpClient &http, QObject *parent)
    : QObject(parent), m_e2ee(e2ee), m_http(http)
{}

void CrossSigningService::bootstrap(PasswordPrompt password, std::function<void(Status)> done)
{
    QPointer<CrossSigningService> self(this);
    m_e2ee.runner().run<crypto::CrossSigningBootstrap>(
        [](crypto::OlmMachine &machine, Database &) { return machine.bootstrapCrossSigning(); },
        [this, self, password = std::move(password), done](Result<crypto::CrossSigningBootstrap> made) {
            if (!self)
                return;
            if (!made)
                return done(made.error());
            const crypto::OutgoingRequest signOwn = made->signOwnDevice;
            sendWithAuth(m_http, m_e2ee.userId(), api::deviceSigningUpload(made->deviceSigningUpload),
                         password, [this, self, signOwn, done](Result<QJsonObject> uploaded) {
                             if (!self)
                                 return;
                             if (!uploaded)
                                 return done(uploaded.error());
                             uploadSignatures(signOwn, [this, self, done](Status signedOwn) {
                                 if (!self)
                                     return;
                                 if (!signedOwn)
                                     return done(signedOwn);
                                 // The machine marked our keys outdated: this queries them again.
                                 m_e2ee.requests().flush(done);
                             });
                         });
        });
}

void CrossSigningService::identity(const QString &userId,
                                   std::function<void(Result<crypto::UserIdentity>)> done)
{
    QPointer<CrossSigningService> self(this);
    m_e2ee.runner().run<Unit>(
        [userId](crypto::OlmMachine &machine, Database &) { return machine.updateTrackedUsers({userId}); },
        [this, self, userId, done](Status tracked) {
            if (!self)
                return;
            if (!tracked)
                return done(tracked.error());
            m_e2ee.requests().flush([this, self, userId, done](Status flushed) {
                if (!self)
                    return;
                if (!flushed)
                    return done(flushed.error());
                m_e2ee.runner().run<crypto::UserIdentity>(
                    [userId](crypto::OlmMachine &machine, Database &) {
                        return machine.userIdentity(userId);
                    },
                    done);
            });
        });
}

void CrossSigningService::verifyUser(const QString &userId, std::function<void(Status)> done)
{
    runAndUpload([userId](crypto::OlmMachine &machine) { return machine.signUser(userId); }, std::move(done));
}

void CrossSigningService::signOwnDevice(const QString &deviceId, std::function<void(Status)> done)
{
    runAndUpload([deviceId](crypto::OlmMachine &machine) { return machine.signOwnDevice(deviceId); },
                 std::move(done));
}

void CrossSigningService::acknowledgeIdentityChange(const QString &userId, std::function<void(Status)> done)
{
    m_e2ee.runner().run<Unit>([userId](crypto::OlmMachine &machine,
                                       Database &) { return machine.acknowledgeIdentityChange(userId); },
                              std::move(done));
}

void CrossSigningService::importSecrets(const crypto::CrossSigningSecrets &secrets,
                                        std::function<void(Status)> done)
{
    m_e2ee.runner().run<Unit>([secrets](crypto::OlmMachine &machine,
                                        Database &) { return machine.importCrossSigningSecrets(secrets); },
                              std::move(done));
}

void CrossSigningService::exportSecrets(std::function<void(Result<crypto::CrossSigningSecrets>)> done)
{
    m_e2ee.runner().run<crypto::CrossSigningSecrets>(
        [](crypto::OlmMachine &machine, Database &) { return machine.exportCrossSigningSecrets(); },
        std::move(done));
}

void CrossSigningService::runAndUpload(
    std::function<Result<crypto::OutgoingRequest>(crypto::OlmMachine &)> sign,
    std::function<void(Status)> done)
{
    QPointer<CrossSigningService> self(this);
    m_e2ee.runner().run<crypto::OutgoingRequest>(
        [sign = std::move(sign)](crypto::OlmMachine &machine, Database &) { return sign(machine); },
        [this, self, done](Result<crypto::OutgoingRequest> request) {
            if (!self)
                return;
            if (!request)
                return done(request.error());
            uploadSignatures(*request, done);
        });
}

void CrossSigningService::uploadSignatures(const crypto::OutgoingRequest &request,
                                           std::function<void(Status)> done)
{
    QPointer<CrossSigningService> self(this);
    m_http.sendJson(api::signaturesUpload(request.body),
                    [this, self, request, done](Result<QJsonObject> answer) {
                        if (!self)
                            return;
                        if (!answer)
                            return done(answer.error());
                        if (auto failure = signatureFailure(*answer))
                            return done(*failure);
                        m_e2ee.runner().run<Unit>(
                            [request, response = *answer](crypto::OlmMachine &machine, Database &) {
                                return machine.markRequestAsSent(request, response);
                            },
                            done);
                    });
}

} // namespace lattice
