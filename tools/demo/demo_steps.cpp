#include "demo_steps.h"

#include "client/send_queue.h"
#include "net/http_client.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

namespace lattice::demo {

namespace {

constexpr int kStepTimeoutMs = 60000;

template <typename T> Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    call([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(kStepTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return Error::make(Error::Kind::Timeout, QStringLiteral("The homeserver did not answer in time."));
    return std::move(*out);
}

Status waitStatus(const std::function<void(std::function<void(Status)>)> &call)
{
    return wait<Unit>(call);
}

QString encoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Enqueues and waits for the queue's `sent` (or `failed`) for that transaction.
Result<QString> enqueueAndWait(Session &session, const QString &roomId, const QJsonObject &content)
{
    SendQueue &queue = session.sendQueue();
    QString txnId;
    std::optional<Result<QString>> out;
    QEventLoop loop;
    auto sent = QObject::connect(&queue, &SendQueue::sent, &loop,
                                 [&](const QString &txn, const QString &eventId, const QString &) {
                                     if (txn == txnId) {
                                         out.emplace(eventId);
                                         loop.quit();
                                     }
                                 });
    auto failed =
        QObject::connect(&queue, &SendQueue::failed, &loop, [&](const QString &txn, const Error &e) {
            if (txn == txnId) {
                out.emplace(e);
                loop.quit();
            }
        });
    queue.enqueue(roomId, QStringLiteral("m.room.message"), content, [&](Result<QueuedEvent> r) {
        if (!r) {
            out.emplace(r.error());
            loop.quit();
            return;
        }
        txnId = r->txnId;
    });
    QTimer::singleShot(kStepTimeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    QObject::disconnect(sent);
    QObject::disconnect(failed);
    if (!out)
        return Error::make(Error::Kind::Timeout,
                           QStringLiteral("The homeserver did not accept a message in time."));
    return std::move(*out);
}

} // namespace

Status registerUser(const QUrl &homeserver, const QString &localpart, const QString &password)
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setBaseUrl(homeserver);
    HttpRequest request = HttpRequest::json(
        "POST", QStringLiteral("/_matrix/client/v3/register"),
        {{QStringLiteral("username"), localpart},
         {QStringLiteral("password"), password},
         {QStringLiteral("inhibit_login"), true},
         {QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.dummy")}}}});
    request.authenticated = false;
    auto r = wait<QJsonObject>([&](auto done) { http.sendJson(request, done); });
    return r ? success() : Status{r.error()};
}

Status login(Session &session, const QString &homeserver, const QString &user, const QString &password)
{
    return waitStatus([&](auto done) { session.login(homeserver, user, password, done); });
}

Status logout(Session &session)
{
    return waitStatus([&](auto done) { session.logout(done); });
}

Status setDisplayName(Session &session, const QString &name)
{
    const HttpRequest request = HttpRequest::json(
        "PUT", QStringLiteral("/_matrix/client/v3/profile/%1/displayname").arg(encoded(session.userId())),
        {{QStringLiteral("displayname"), name}});
    auto r = wait<QJsonObject>([&](auto done) { session.http().sendJson(request, done); });
    return r ? success() : Status{r.error()};
}

Result<QString> createRoom(Session &session, const CreateRoomOptions &options)
{
    return wait<QString>([&](auto done) { session.createRoom(options, done); });
}

Result<QString> joinRoom(Session &session, const QString &roomId)
{
    return wait<QString>([&](auto done) { session.joinRoom(roomId, done); });
}

Status setTopic(Session &session, const QString &roomId, const QString &topic)
{
    return waitStatus([&](auto done) { session.setRoomTopic(roomId, topic, done); });
}

Result<QString> send(Session &session, const QString &roomId, const QString &markdown, const QString &msgtype)
{
    // sendText renders the markdown (formatted_body) and queues it; wait for the server's event ID.
    SendQueue &queue = session.sendQueue();
    std::optional<Result<QString>> out;
    QString txnId;
    QEventLoop loop;
    auto sent = QObject::connect(&queue, &SendQueue::sent, &loop,
                                 [&](const QString &txn, const QString &eventId, const QString &) {
                                     if (txn == txnId) {
                                         out.emplace(eventId);
                                         loop.quit();
                                     }
                                 });
    session.sendText(
        roomId, markdown,
        [&](Result<QueuedEvent> r) {
            if (!r) {
                out.emplace(r.error());
                loop.quit();
            } else if (r->state == QLatin1String("sent")) {
                out.emplace(r->eventId);
                loop.quit();
            } else {
                txnId = r->txnId;
            }
        },
        msgtype);
    QTimer::singleShot(kStepTimeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    QObject::disconnect(sent);
    if (!out)
        return Error::make(Error::Kind::Timeout,
                           QStringLiteral("The homeserver did not accept a message in time."));
    return std::move(*out);
}

Result<QString> reply(Session &session, const QString &roomId, const QString &eventId, const QString &text)
{
    const QJsonObject content{
        {QStringLiteral("msgtype"), QStringLiteral("m.text")},
        {QStringLiteral("body"), text},
        {QStringLiteral("m.relates_to"),
         QJsonObject{{QStringLiteral("m.in_reply_to"), QJsonObject{{QStringLiteral("event_id"), eventId}}}}}};
    return enqueueAndWait(session, roomId, content);
}

} // namespace lattice::demo
