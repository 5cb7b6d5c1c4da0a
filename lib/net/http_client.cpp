#include "http_client.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace lattice {

HttpRequest HttpRequest::json(QByteArray method, QString path, const QJsonObject &body)
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

void PendingRequest::cancel()
{
    if (done)
        return;
    cancelled = true;
    if (retryTimer)
        retryTimer->stop();
    if (QNetworkReply *r = reply.data())
        r->abort(); // the reply's finished handler reports Cancelled
    else {
        done = true;
        auto cb = std::move(callback);
        deleteLater();
        if (cb)
            cb(Error::make(Error::Kind::Cancelled, QStringLiteral("The request was cancelled.")));
    }
}

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

int HttpClient::backoffMs(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 6);
    return std::min(1000 << exponent, 60000);
}

Error HttpClient::errorFor(int httpStatus, const QByteArray &body, const QString &networkError, bool timedOut)
{
    if (timedOut)
        return Error::make(Error::Kind::Timeout, QStringLiteral("The homeserver did not answer in time."));
    if (httpStatus == 0)
        return Error::make(Error::Kind::Network, QStringLiteral("Cannot reach the homeserver: %1.").arg(networkError));
    Error e;
    e.httpStatus = httpStatus;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.errcode = o.value(QLatin1String("errcode")).toString();
    if (!e.errcode.isEmpty()) {
        e.kind = Error::Kind::Matrix;
        e.message = o.value(QLatin1String("error")).toString();
        if (e.message.isEmpty())
            e.message = QStringLiteral("The homeserver refused the request.");
        e.softLogout = o.value(QLatin1String("soft_logout")).toBool();
        const QJsonValue retry = o.value(QLatin1String("retry_after_ms"));
        if (retry.isDouble())
            e.retryAfterMs = retry.toInt();
    }
    if (httpStatus == 401 && o.contains(QLatin1String("flows")))
        e.uiaFlows = o;
    if (e.errcode.isEmpty()) {
        e.kind = Error::Kind::Http;
        e.message = QStringLiteral("The homeserver answered with HTTP status %1.").arg(httpStatus);
    }
    return e;
}

Error HttpClient::tooLargeError(qint64 size, qint64 limit)
{
    auto mib = [](qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    Error e = Error::make(Error::Kind::Usage,
                          size >= 0 ? QCoreApplication::translate("HttpClient", "The file is too large (%1 MiB; the limit is %2 MiB).")
                                          .arg(mib(size), mib(limit))
                                    : QCoreApplication::translate("HttpClient", "The file is too large (more than the limit of %1 MiB).")
                                          .arg(mib(limit)));
    e.errcode = QStringLiteral("M_TOO_LARGE");
    return e;
}

QUrl HttpClient::urlFor(const HttpRequest &r) const
{
    if (r.absoluteUrl.isValid())
        return r.absoluteUrl;
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + r.path, QUrl::TolerantMode);
    url.setQuery(r.query);
    return url;
}

PendingRequest *HttpClient::send(const HttpRequest &request, std::function<void(Result<HttpResponse>)> callback)
{
    auto *p = new PendingRequest(this);
    p->request = request;
    p->callback = std::move(callback);
    start(p);
    return p;
}

PendingRequest *HttpClient::sendJson(const HttpRequest &request, std::function<void(Result<QJsonObject>)> callback)
{
    return send(request, [cb = std::move(callback)](Result<HttpResponse> r) {
        if (!r)
            return cb(r.error());
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(r->body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return cb(Error::make(Error::Kind::Parse,
                                  QStringLiteral("The homeserver sent a response that is not a JSON object.")));
        cb(doc.object());
    });
}

void HttpClient::start(PendingRequest *p)
{
    ++p->attempt;
    QNetworkRequest req(urlFor(p->request));
    req.setTransferTimeout(p->request.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        req.setSslConfiguration(tls);
    }
    if (!p->request.body.isEmpty() || p->request.method == "POST" || p->request.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, p->request.contentType);
    if (p->request.authenticated && !m_accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    QByteArray body = p->request.body;
    if (body.isEmpty() && (p->request.method == "POST" || p->request.method == "PUT") &&
        p->request.contentType == "application/json")
        body = "{}";
    // A GET has no upload device, so Qt hands it to its HTTP thread at once and the read buffer
    // limit set next reaches that thread (with a device, even an empty one, the start is queued and
    // a limit set before it is lost: QNetworkReplyHttpImpl forwards only later changes to the thread).
    // The limit makes the HTTP thread stop reading the socket while that much waits for us, instead
    // of queueing a whole chunked /sync body in small pieces (12 MiB for a 6 MB body at 500 rooms).
    const bool noBody = body.isEmpty() && p->request.method != "POST" && p->request.method != "PUT";
    QNetworkReply *reply =
        noBody ? m_nam->sendCustomRequest(req, p->request.method, static_cast<QIODevice *>(nullptr))
               : m_nam->sendCustomRequest(req, p->request.method, body);
    reply->setReadBufferSize(kReadBufferBytes);
    p->reply = reply;
    p->body.clear();
    watchBody(p, reply);
    connect(reply, &QNetworkReply::readyRead, p, [p, reply] { readBody(p, reply); });
    connect(reply, &QNetworkReply::finished, p, [this, p, reply] {
        reply->deleteLater();
        p->reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError netError = reply->error();
        if (p->tooLarge) {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            return finish(p, tooLargeError(length.isValid() ? length.toLongLong() : -1, p->request.maxBodyBytes));
        }
        readBody(p, reply);
        const QByteArray bytes = std::exchange(p->body, QByteArray());
        if (status >= 200 && status < 300) {
            HttpResponse response;
            response.status = status;
            response.body = bytes;
            response.contentType = reply->rawHeader("Content-Type");
            response.contentDisposition = reply->rawHeader("Content-Disposition");
            return finish(p, std::move(response));
        }
        // QNetworkReply reports both abort() and transfer timeouts as OperationCanceledError.
        if (p->cancelled)
            return finish(p, Error::make(Error::Kind::Cancelled, QStringLiteral("The request was cancelled.")));
        const bool timedOut = netError == QNetworkReply::OperationCanceledError && status == 0;
        Error e = errorFor(status, bytes, reply->errorString(), timedOut);
        if (e.errcode == QLatin1String("M_UNKNOWN_TOKEN") && status == 401) {
            // The caller hears of it first; the session then reacts (and may cancel other requests).
            finish(p, e);
            Q_EMIT tokenRejected(e);
            return;
        }
        if (e.isTransient() && p->attempt < p->request.maxAttempts) {
            const int delay = e.retryAfterMs > 0 ? e.retryAfterMs : backoffMs(p->attempt);
            if (!p->retryTimer) {
                p->retryTimer = new QTimer(p);
                p->retryTimer->setSingleShot(true);
                connect(p->retryTimer, &QTimer::timeout, this, [this, p] { start(p); });
            }
            p->retryTimer->start(delay);
            return;
        }
        finish(p, e);
    });
}

void HttpClient::readBody(PendingRequest *p, QNetworkReply *reply)
{
    if (p->tooLarge || !reply->isOpen())
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (p->body.isEmpty()) {
        // One allocation of the announced size, not a buffer grown (and copied) step by step.
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const qint64 limit = p->request.maxBodyBytes >= 0 ? p->request.maxBodyBytes : kMaxReserve;
        if (length > available && length <= std::min(limit, kMaxReserve))
            p->body.reserve(qsizetype(length));
    }
    const qsizetype old = p->body.size();
    p->body.resize(old + qsizetype(available));
    const qint64 got = reply->read(p->body.data() + old, available);
    p->body.truncate(old + qsizetype(std::max<qint64>(got, 0)));
}

void HttpClient::watchBody(PendingRequest *p, QNetworkReply *reply)
{
    const HttpRequest &r = p->request;
    if (r.uploadProgress)
        connect(reply, &QNetworkReply::uploadProgress, p, [p](qint64 sent, qint64 total) {
            // Qt ends with (0, 0) once the body is out; that is not progress.
            if (!p->done && !p->cancelled && total != 0)
                p->request.uploadProgress(sent, total);
        });
    if (r.downloadProgress)
        connect(reply, &QNetworkReply::downloadProgress, p, [p](qint64 received, qint64 total) {
            if (!p->done && !p->cancelled && !p->tooLarge)
                p->request.downloadProgress(received, total);
        });
    if (r.maxBodyBytes < 0)
        return;
    // Refuse as soon as the headers announce too much, and again if the body outgrows the limit
    // (no Content-Length, or a server that sends more than it announced).
    auto exceeded = [p, reply](qint64 received) {
        if (p->tooLarge)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool success = status >= 200 && status < 300;
        if ((success && length.isValid() && length.toLongLong() > p->request.maxBodyBytes) ||
            received > p->request.maxBodyBytes) {
            p->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, p, [exceeded] { exceeded(0); });
    connect(reply, &QNetworkReply::downloadProgress, p, [exceeded](qint64 received, qint64) { exceeded(received); });
}

void HttpClient::finish(PendingRequest *p, Result<HttpResponse> result)
{
    if (p->done)
        return;
    p->done = true;
    auto cb = std::move(p->callback);
    p->deleteLater();
    if (cb)
        cb(std::move(result));
}

} // namespace lattice
