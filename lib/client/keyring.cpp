#include "keyring.h"

#include <qt6keychain/keychain.h>

namespace lattice {

namespace {

Error keyringError(QKeychain::Job *job, const char *action)
{
    // A locked or absent Secret Service shows up as NoBackendAvailable or OtherError: say what to do.
    QString hint;
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError)
        hint = QStringLiteral(" Make sure a keyring (Secret Service, e.g. GNOME Keyring or KWallet) is running and "
                              "unlocked.");
    return Error::make(Error::Kind::Keyring, QStringLiteral("The OS keyring could not %1 the secret: %2.%3")
                                                 .arg(QLatin1String(action), job->errorString(), hint));
}

} // namespace

void Keyring::write(const QString &key, const QByteArray &secret, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    job->setInsecureFallback(false); // never a plain file
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? success() : Status(keyringError(j, "store")));
    });
    job->start();
}

void Keyring::read(const QString &key, std::function<void(Result<std::optional<QByteArray>>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            return done(std::optional<QByteArray>());
        if (j->error() != QKeychain::NoError)
            return done(keyringError(j, "read"));
        done(std::optional<QByteArray>(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
    });
    job->start();
}

void Keyring::remove(const QString &key, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? success() : Status(keyringError(j, "delete")));
    });
    job->start();
}

} // namespace lattice
