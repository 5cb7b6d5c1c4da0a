#pragma once
// Access to the real test homeserver named by MATRIX_TEST_HOMESERVER (tools/test starts one).
// Without it, integration tests fail loudly; they never skip.
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace lattice::test {

// The homeserver's base URL; qFatal when MATRIX_TEST_HOMESERVER is not set.
QUrl homeserverUrl();

struct TestUser {
    QString localpart;
    QString userId;
    QString password;
    QString accessToken;
};

// Registers a fresh user (unique name from `prefix`) with m.login.dummy.
TestUser registerUser(const QString &prefix);

struct RawReply {
    int status = 0;
    QJsonObject body;
    QByteArray bytes; // the body as received
};
// A blocking client-server request, for setting up what the test needs (not the code under test).
RawReply request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                 const QString &accessToken = {}, const QUrl &base = {});
// The same with the request body as bytes (a QJsonObject would sort its keys).
RawReply requestBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QString &accessToken = {}, const QUrl &base = {});

// Runs lattice-cli with `args`, feeding `input` on stdin; returns exit code, stdout and stderr.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliResult runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000);

} // namespace lattice::test
