#pragma once
// lattice-cli: the commands, each an asynchronous function over one Session.
#include "client/session.h"
#include "exit_codes.h"
#include "store/timeline_store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSize>
#include <QTextStream>

namespace lattice::cli {

class CliApp : public QObject {
    Q_OBJECT
public:
    CliApp(QCommandLineParser &parser, QObject *parent = nullptr);
    // Runs the command named by the positional arguments; the exit code comes via finished().
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Handler = void (CliApp::*)(const QStringList &args);
    void login(const QStringList &args);
    void logout(const QStringList &args);
    void whoami(const QStringList &args);
    void rooms(const QStringList &args);
    void createRoom(const QStringList &args);
    void join(const QStringList &args);
    void invite(const QStringList &args);
    void leave(const QStringList &args);
    void send(const QStringList &args);
    void flush(const QStringList &args);
    void history(const QStringList &args);
    void tail(const QStringList &args);
    void sync(const QStringList &args);
    void upload(const QStringList &args);   // cli_media.cpp
    void download(const QStringList &args); // cli_media.cpp
    void uploadTo(const QString &roomId, const std::shared_ptr<QFile> &file, const QFileInfo &info,
                  const QString &mimetype, const QSize &imageSize); // cli_media.cpp
    void verify(const QStringList &args);   // cli_verify.cpp
    void afterOwnDeviceVerified();          // cli_verify.cpp
    void secureBackup(const QStringList &args); // cli_secure_backup.cpp
    void devices(const QStringList &args);  // cli_devices.cpp

    // Opens the session and requires a logged-in account, then calls `next`.
    void withSession(std::function<void()> next);
    // One quick sync so the store is current; when offline, warns and continues with the cache.
    void refresh(std::function<void()> next);
    // Waits until the E2EE service has handled every stored sync batch (decrypted what it could).
    void settleE2ee(std::function<void()> next);
    void withRoom(const QString &idOrAlias, std::function<void(const QString &roomId)> next);
    void waitForQueue(std::function<bool(const QString &txnId)> isMine, const QString &what);
    void printEvent(const QJsonObject &event);
    // The clear event with "decrypted": true, or the encrypted one with "decryption_error".
    void printStored(const StoredEvent &event);
    void fail(const Error &e);
    void fail(ExitCode code, const QString &message);
    void done(ExitCode code = Ok);
    int timeoutSeconds() const;

    QCommandLineParser &m_parser;
    std::unique_ptr<Session> m_session;
    QTextStream m_out;
    bool m_finished = false;
};

} // namespace lattice::cli
