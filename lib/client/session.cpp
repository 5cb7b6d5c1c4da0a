#include "session.h"

#include "media_cache.h"
#include "net/client_api.h"
#include "net/discovery.h"
#include "sql_crypto_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QUuid>

namespace lattice {

namespace {
const QString kUserId = QStringLiteral("user_id");
const QString kHomeserver = QStringLiteral("homeserver");
const QString kDeviceId = QStringLiteral("device_id");
const QString kAccountKey = QStringLiteral("account_key");

struct StoredAccount
{
    QString userId, homeserver, deviceId, accountKey, nextBatch;
};
} // namespace

Session::Session(QString dataDir, QString keyringService, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_nam(new QNetworkAccessManager(this)),
      m_http(std::make_unique<HttpClient>(m_nam)),
      m_store(std::make_unique<StoreThread>(databasePath(m_dataDir))),
      m_sync(std::make_unique<SyncLoop>(*m_http, *m_store)),
      m_sendQueue(std::make_unique<SendQueue>(*m_http, *m_store)),
      m_keyring(std::make_unique<Keyring>(std::move(keyringService))),
      m_media(std::make_unique<MediaClient>(
          *m_http, std::make_unique<MediaCache>(QDir(m_dataDir).filePath(QStringLiteral("media-cache")))))
{
    connect(m_http.get(), &HttpClient::tokenRejected, this, &Session::onTokenRejected);
    // When the connection comes back, deliver what waited instead of sitting out the back-off.
    connect(m_sync.get(), &SyncLoop::connectionRestored, m_sendQueue.get(), &SendQueue::retryNow);
    // Encrypted rooms get m.room.encrypted; every sync batch feeds the E2EE machine.
    m_sendQueue->setEncryptor(
        [this](const QueuedEvent &event, auto done) { encryptForQueue(event, std::move(done)); });
    connect(m_sync.get(), &SyncLoop::synced, this, [this](const ChangeSet &changes) {
        if (!m_e2ee)
            return Q_EMIT syncDecrypted(changes);
        m_e2ee->processSync(changes, [this, changes] { Q_EMIT syncDecrypted(changes); });
    });
}

Session::~Session()
{
    m_sync->stop();
    m_reader.reset();
}

QString Session::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("lattice.sqlite3"));
}

Database &Session::reader()
{
    if (!m_reader) {
        auto db = Database::open(m_store->databasePath());
        if (!db)
            qFatal("Cannot open the read connection: %s", qPrintable(db.error().message));
        m_reader = std::move(*db);
    }
    return *m_reader;
}

void Session::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    if (s == State::Ready)
        maybeStartE2ee();
    Q_EMIT stateChanged(s);
}

QString Session::keyringKey() const
{
    return QStringLiteral("%1/%2").arg(m_userId, m_accountKey);
}

// One keyring entry holds every secret of the account, so start-up reads the keyring once. Without a
// token (the server ended the session) the pickle key stays, so logging in again keeps the crypto state.
QByteArray Session::keyringSecret(const QString &accessToken) const
{
    QJsonObject secret{{QStringLiteral("device_id"), m_deviceId}};
    if (!accessToken.isEmpty())
        secret.insert(QStringLiteral("access_token"), accessToken);
    if (m_pickleKey)
        secret.insert(QStringLiteral("pickle_key"), QString::fromLatin1(m_pickleKey->toBytes().toBase64()));
    return QJsonDocument(secret).toJson(QJsonDocument::Compact);
}

void Session::postStatus(std::function<Status(Database &)> job, std::function<void(Status)> done)
{
    m_store->post<Unit>(std::move(job), this, std::move(done));
}

void Session::open(std::function<void(Status)> done)
{
    m_store->open(this, [this, done = std::move(done)](Status opened) {
        if (!opened)
            return done(opened);
        m_store->post<StoredAccount>(
            [](Database &db) -> Result<StoredAccount> {
                return StoredAccount{db.meta(kUserId), db.meta(kHomeserver), db.meta(kDeviceId),
                                     db.meta(kAccountKey), db.meta(QStringLiteral("next_batch"))};
            },
            this,
            [this, done](Result<StoredAccount> account) {
                if (!account)
                    return done(account.error());
                m_userId = account->userId;
                m_deviceId = account->deviceId;
                m_accountKey = account->accountKey;
                m_http->setBaseUrl(QUrl(account->homeserver));
                m_sync->setSince(account->nextBatch);
                if (m_userId.isEmpty() || m_accountKey.isEmpty()) {
                    setState(State::LoggedOut);
                    return done(success());
                }
                m_keyring->read(keyringKey(), [this, done](Result<std::optional<QByteArray>> secret) {
                    if (!secret)
                        return done(secret.error());
                    if (!secret->has_value()) {
                        // Stored account, no token: signed out elsewhere or the keyring was cleared.
                        setState(State::SoftLoggedOut);
                        return done(success());
                    }
                    finishRestore(**secret, done);
                });
            });
    });
}

void Session::finishRestore(const QByteArray &secret, std::function<void(Status)> done)
{
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    const QString token = o.value(QLatin1String("access_token")).toString();
    if (const QString key = o.value(QLatin1String("pickle_key")).toString(); !key.isEmpty()) {
        auto bytes = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        auto pickleKey = bytes ? crypto::PickleKey::fromBytes(*bytes) : Result<crypto::PickleKey>(Error());
        if (!pickleKey) {
            setState(State::SoftLoggedOut);
            const QString what =
                tr("The encryption key in the keyring entry for %1 is damaged.").arg(m_userId);
            return done(Error::make(Error::Kind::Keyring, what));
        }
        m_pickleKey = *pickleKey;
    }
    if (token.isEmpty() && m_pickleKey) {
        setState(State::SoftLoggedOut); // the server ended the session; the keys wait for the next login
        return done(success());
    }
    if (token.isEmpty()) {
        setState(State::SoftLoggedOut);
        return done(
            Error::make(Error::Kind::Keyring,
                        QStringLiteral("The keyring entry for %1 is damaged; log in again.").arg(m_userId)));
    }
    m_http->setAccessToken(token);
    m_deviceId = o.value(QLatin1String("device_id")).toString(m_deviceId);
    if (m_pickleKey) {
        setState(State::Ready);
        return done(success());
    }
    // A secret from before end-to-end encryption: add a pickle key to it before anything is sealed.
    m_pickleKey = crypto::PickleKey::generate();
    m_keyring->write(keyringKey(), keyringSecret(token), [this, done](Status stored) {
        if (!stored) {
            m_pickleKey.reset();
            return done(stored);
        }
        setState(State::Ready);
        done(success());
    });
}

void Session::login(const QString &homeserver, const QString &user, const QString &password,
                    std::function<void(Status)> done)
{
    m_store->open(this, [=, this](Status opened) {
        if (!opened)
            return done(opened);
        discoverHomeserver(*m_http, homeserver, [=, this](Result<DiscoveredServer> server) {
            if (!server)
                return done(server.error());
            m_http->setBaseUrl(server->baseUrl);
            const QString deviceName = QStringLiteral("Lattice on %1").arg(QSysInfo::machineHostName());
            // After a soft logout the same device continues, keeping its keys and history.
            m_http->sendJson(
                api::loginWithPassword(user, password, m_deviceId, deviceName),
                [=, this](Result<QJsonObject> reply) {
                    if (!reply)
                        return done(reply.error());
                    const QString newUser = reply->value(QLatin1String("user_id")).toString();
                    if (!m_userId.isEmpty() && newUser != m_userId)
                        return done(Error::make(
                            Error::Kind::Usage,
                            QStringLiteral("This data directory belongs to %1; use another one for %2.")
                                .arg(m_userId, newUser)));
                    storeCredentials(server->baseUrl.toString(), *reply, done);
                });
        });
    });
}

void Session::storeCredentials(const QString &homeserver, const QJsonObject &login,
                               std::function<void(Status)> done)
{
    m_userId = login.value(QLatin1String("user_id")).toString();
    m_deviceId = login.value(QLatin1String("device_id")).toString();
    const QString token = login.value(QLatin1String("access_token")).toString();
    if (m_userId.isEmpty() || token.isEmpty())
        return done(
            Error::make(Error::Kind::Parse,
                        QStringLiteral("The homeserver's login answer lacks user_id or access_token.")));
    if (m_accountKey.isEmpty())
        m_accountKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool freshKey = !m_pickleKey;
    if (freshKey)
        m_pickleKey = crypto::PickleKey::generate();
    m_keyring->write(keyringKey(), keyringSecret(token), [=, this](Status stored) {
        if (!stored)
            return done(stored); // never fall back to a plain file
        const QString userId = m_userId, deviceId = m_deviceId, accountKey = m_accountKey;
        postStatus(
            [=](Database &db) -> Status {
                // Pickles sealed with a key the keyring no longer holds can never be opened again.
                if (freshKey)
                    if (Status s = forgetSealedCryptoState(db); !s)
                        return s;
                for (auto [key, value] : {std::pair{kUserId, userId}, std::pair{kHomeserver, homeserver},
                                          std::pair{kDeviceId, deviceId}, std::pair{kAccountKey, accountKey}})
                    if (Status s = db.setMeta(key, value); !s)
                        return s;
                return success();
            },
            [=, this](Status s) {
                if (!s)
                    return done(s);
                m_http->setAccessToken(token);
                setState(State::Ready);
                done(success());
            });
    });
}

void Session::logout(std::function<void(Status)> done)
{
    m_sync->stop();
    // Requests still in flight (key uploads, queries) may come back 401 once the server has dropped the
    // token; that is this logout, not the server ending the session, so it must not rewrite the keyring.
    m_loggingOut = true;
    auto forget = [this, done](Status serverResult) {
        m_keyring->remove(keyringKey(), [this, done, serverResult](Status removed) {
            m_http->setAccessToken(QString());
            m_pickleKey.reset();
            // Spec: a client discards its data on logout. The database goes; the data dir stays.
            postStatus(
                [](Database &db) -> Status {
                    for (const char *table : {"meta",
                                              "rooms",
                                              "state",
                                              "stripped_state",
                                              "events",
                                              "gaps",
                                              "account_data",
                                              "receipts",
                                              "send_queue",
                                              "to_device_inbox",
                                              "crypto_account",
                                              "crypto_values",
                                              "crypto_olm_sessions",
                                              "crypto_inbound_group_sessions",
                                              "crypto_outbound_group_sessions",
                                              "crypto_devices",
                                              "crypto_tracked_users",
                                              "crypto_megolm_index_uses",
                                              "crypto_withheld",
                                              "decrypted_events",
                                              "decryption_failures"})
                        if (auto r = db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !r)
                            return r.error();
                    return success();
                },
                [this, done, serverResult, removed](Status wiped) {
                    m_trust.reset();
                    m_e2ee.reset();
                    m_userId.clear();
                    m_deviceId.clear();
                    m_accountKey.clear();
                    m_sync->setSince(QString());
                    m_loggingOut = false;
                    setState(State::LoggedOut);
                    done(!serverResult ? serverResult : !removed ? removed : wiped);
                });
        });
    };
    if (!m_http->hasAccessToken())
        return forget(success());
    m_http->sendJson(api::logout(), [forget](Result<QJsonObject> r) {
        // An already invalid token is logged out as far as the server is concerned.
        if (!r && r.error().errcode != QLatin1String("M_UNKNOWN_TOKEN"))
            return forget(r.error());
        forget(success());
    });
}

void Session::whoami(std::function<void(Result<QString>)> done)
{
    m_http->sendJson(api::whoami(), [done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(r->value(QLatin1String("user_id")).toString());
    });
}

void Session::onTokenRejected(const Error &error)
{
    if (m_state != State::Ready || m_loggingOut)
        return;
    m_sync->stop();
    m_http->setAccessToken(QString());
    if (!error.softLogout) {
        // A hard logout: the device is gone on the server, so the next login must make a new one
        // (reusing its ID would pair new keys with an identity others may have verified). Its Olm
        // identity goes with it; received room keys stay for the history.
        m_deviceId.clear();
        postStatus(
            [](Database &db) -> Status {
                if (Status s = forgetCryptoDevice(db); !s)
                    return s;
                return db.setMeta(kDeviceId, QString());
            },
            [](Status) {});
    }
    // The token is dead either way; the pickle key stays for the next login.
    m_keyring->write(keyringKey(), keyringSecret(QString()), [](Status) {});
    // Soft: the store and device stay, and logging in again resumes where we were.
    setState(State::SoftLoggedOut);
    Q_EMIT loggedOut(error.softLogout, error);
}

} // namespace lattice
