#pragma once
// HTTP for the Matrix client-server API over QNetworkAccessManager: auth header, typed errors,
// timeouts, cancellation, and back-off retries for transient failures (network, 429, 5xx).
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace lattice {

struct HttpRequest {
    QByteArray method = "GET";
    QString path;      // percent-encoded, e.g. /_matrix/client/v3/rooms/%21a%3Ab/send/m.room.message/txn
    QUrlQuery query;
    QByteArray body;   // JSON, or raw bytes for uploads
    QByteArray contentType = "application/json";
    bool authenticated = true;
    int timeoutMs = 30000;
    int maxAttempts = 1; // > 1: retry transient errors with back-off, honouring retry_after_ms
    QUrl absoluteUrl;    // set for requests outside the homeserver (discovery)
    // >= 0: abort once the announced Content-Length or the bytes received exceed this; the caller
    // gets a Usage error with errcode M_TOO_LARGE (media: never buffer more than we would keep).
    qint64 maxBodyBytes = -1;
    // Progress of the request body going out and of the response coming in (total -1 if unknown).
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    std::function<void(qint64 received, qint64 total)> downloadProgress;

    static HttpRequest json(QByteArray method, QString path, const QJsonObject &body);
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QByteArray contentType;        // the Content-Type header, as sent
    QByteArray contentDisposition; // the Content-Disposition header, as sent (media downloads)
};

class HttpClient;

// A request in flight. Deleting it or calling cancel() aborts it; the callback then gets Cancelled.
class PendingRequest : public QObject {
    Q_OBJECT
public:
    void cancel();

private:
    friend class HttpClient;
    explicit PendingRequest(QObject *parent) : QObject(parent) {}
    HttpRequest request;
    std::function<void(Result<HttpResponse>)> callback;
    QPointer<QNetworkReply> reply;
    QTimer *retryTimer = nullptr;
    int attempt = 0;
    bool done = false;
    bool cancelled = false;
    bool tooLarge = false; // aborted because the body exceeded request.maxBodyBytes
    // The body read so far. Read as it arrives so the reply's buffer never holds a second copy
    // (a readAll() at the end would copy an initial /sync of several MB once more).
    QByteArray body;
};

class HttpClient : public QObject {
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // CA certificates trusted in addition to the system's, on every request. For tests against a
    // loopback TLS server with a throw-away CA: TLS errors are still never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCaCertificates = certificates; }

    // Raw response: the body is handed on untouched (sync bodies go to the worker thread to parse).
    PendingRequest *send(const HttpRequest &request, std::function<void(Result<HttpResponse>)> callback);
    // A JSON object response; any other body is a Parse error.
    PendingRequest *sendJson(const HttpRequest &request, std::function<void(Result<QJsonObject>)> callback);

    // Back-off before attempt `attempt` (1-based): 1 s, 2 s, 4 s ... capped at 60 s.
    static int backoffMs(int attempt);
    // The Error for a finished reply with this status and body (public for unit tests).
    static Error errorFor(int httpStatus, const QByteArray &body, const QString &networkError, bool timedOut);
    // The Error for a body larger than `limit` bytes (public for unit tests).
    static Error tooLargeError(qint64 size, qint64 limit);

Q_SIGNALS:
    // The server said the access token is no longer valid (401 M_UNKNOWN_TOKEN).
    void tokenRejected(const lattice::Error &error);

private:
    void start(PendingRequest *p);
    void finish(PendingRequest *p, Result<HttpResponse> result);
    void watchBody(PendingRequest *p, QNetworkReply *reply);
    // Moves what the reply has buffered into p->body.
    static void readBody(PendingRequest *p, QNetworkReply *reply);
    static constexpr qint64 kReadBufferBytes = qint64(256) << 10; // what Qt may hold for us per reply
    static constexpr qint64 kMaxReserve = qint64(256) << 20; // a Content-Length believed up front
    QUrl urlFor(const HttpRequest &r) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_accessToken;
    QList<QSslCertificate> m_extraCaCertificates;
};

} // namespace lattice
