#include "user_interactive_auth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace lattice {

namespace {

struct AuthRun
{
    HttpClient &http;
    QString userId;
    HttpRequest request;
    QJsonObject body;
    PasswordPrompt password;
    std::function<void(Result<QJsonObject>)> done;
    int rounds = 0;
};

bool supported(const QString &stage)
{
    return stage == QLatin1String("m.login.password") || stage == QLatin1String("m.login.dummy");
}

// The first stage still to do in the first flow made only of stages we can do.
Result<QString> nextStage(const QJsonObject &uia)
{
    QStringList completed;
    for (const QJsonValue &c : uia.value(QLatin1String("completed")).toArray())
        completed << c.toString();
    QStringList unsupported;
    for (const QJsonValue &flow : uia.value(QLatin1String("flows")).toArray()) {
        const QJsonArray stages = flow.toObject().value(QLatin1String("stages")).toArray();
        bool usable = !stages.isEmpty();
        for (const QJsonValue &stage : stages) {
            if (!supported(stage.toString())) {
                usable = false;
                unsupported << stage.toString();
            }
        }
        if (!usable)
            continue;
        for (const QJsonValue &stage : stages)
            if (!completed.contains(stage.toString()))
                return stage.toString();
    }
    return Error::make(Error::Kind::Usage,
                       QCoreApplication::translate("UserInteractiveAuth",
                                                   "The homeserver asks for an authentication step Lattice "
                                                   "cannot do here (%1); use another client for this action.")
                           .arg(unsupported.join(QLatin1String(", "))));
}

void attempt(std::shared_ptr<AuthRun> run, const QJsonObject &auth);

void answer(std::shared_ptr<AuthRun> run, Result<QJsonObject> result)
{
    if (result)
        return run->done(std::move(result));
    const Error &error = result.error();
    if (error.httpStatus != 401 || error.uiaFlows.isEmpty() || ++run->rounds > 6)
        return run->done(std::move(result));
    // A wrong password comes back as 401 + flows + M_FORBIDDEN: report it rather than asking forever.
    if (error.errcode == QLatin1String("M_FORBIDDEN") && run->rounds > 1)
        return run->done(std::move(result));
    const QString session = error.uiaFlows.value(QLatin1String("session")).toString();
    Result<QString> stage = nextStage(error.uiaFlows);
    if (!stage)
        return run->done(stage.error());
    if (*stage == QLatin1String("m.login.dummy"))
        return attempt(run, {{QStringLiteral("type"), *stage}, {QStringLiteral("session"), session}});
    run->password([run, session](std::optional<QString> password) {
        if (!password)
            return run->done(Error::make(
                Error::Kind::Cancelled,
                QCoreApplication::translate("UserInteractiveAuth", "Authentication was cancelled.")));
        attempt(run, {{QStringLiteral("type"), QStringLiteral("m.login.password")},
                      {QStringLiteral("identifier"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("m.id.user")},
                                   {QStringLiteral("user"), run->userId}}},
                      {QStringLiteral("password"), *password},
                      {QStringLiteral("session"), session}});
    });
}

void attempt(std::shared_ptr<AuthRun> run, const QJsonObject &auth)
{
    HttpRequest request = run->request;
    QJsonObject body = run->body;
    if (!auth.isEmpty())
        body.insert(QStringLiteral("auth"), auth);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    run->http.sendJson(request, [run](Result<QJsonObject> result) { answer(run, std::move(result)); });
}

} // namespace

void sendWithAuth(HttpClient &http, const QString &userId, const HttpRequest &request,
                  PasswordPrompt password, std::function<void(Result<QJsonObject>)> done)
{
    auto run = std::make_shared<AuthRun>(AuthRun{http, userId, request,
                                                 QJsonDocument::fromJson(request.body).object(),
                                                 std::move(password), std::move(done)});
    attempt(run, {});
}

} // namespace lattice
