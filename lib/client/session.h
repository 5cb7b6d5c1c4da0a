#pragma once
// One Session per account: wires the HTTP client, the store thread, the sync loop and the send
// queue over one data directory. Views and the CLI talk to this; nothing below knows about them.
#include "crypto/pickle_key.h"
#include "e2ee_service.h"
#include "keyring.h"
#include "net/http_client.h"
#include "net/media_client.h"
#include "send_queue.h"
#include "store_thread.h"
#include "sync_loop.h"
#include "trust_services.h"

#include <QObject>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace lattice {

struct Gap;

struct CreateRoomOptions
{
    QString name;
    QString topic;
    QStringList invite;
    bool direct = false;
    bool encrypted = false;
    bool isPublic = false;
    QString alias; // local part for #alias:server
};

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, LoggedOut, Ready, SoftLoggedOut };
    Q_ENUM(State)

    // `keyringService` separates apps (and test runs) in the keyring.
    explicit Session(QString dataDir, QString keyringService = QStringLiteral("Lattice"),
                     QObject *parent = nullptr);
    ~Session() override;

    static QString databasePath(const QString &dataDir);

    // Opens the store and, if an account is stored, its credentials from the keyring. Ends in Ready,
    // LoggedOut (no account here) or an error (keyring locked, database unreadable).
    void open(std::function<void(Status)> done);
    void login(const QString &homeserver, const QString &user, const QString &password,
               std::function<void(Status)> done);
    void logout(std::function<void(Status)> done);
    void whoami(std::function<void(Result<QString>)> done);

    State state() const { return m_state; }
    QString userId() const { return m_userId; }
    QString deviceId() const { return m_deviceId; }
    QUrl homeserver() const { return m_http->baseUrl(); }
    QString dataDir() const { return m_dataDir; }

    HttpClient &http() { return *m_http; }
    StoreThread &store() { return *m_store; }
    SyncLoop &syncLoop() { return *m_sync; }
    SendQueue &sendQueue() { return *m_sendQueue; }
    // Authenticated media, cached under dataDir/media-cache.
    MediaClient &media() { return *m_media; }
    // End-to-end encryption; null until the session is Ready with its pickle key.
    E2eeService *e2ee() { return m_e2ee.get(); }
    // Cross-signing, secret storage, key backup, verification and secure backup; null while e2ee() is.
    TrustServices *trust() { return m_trust.get(); }
    // The room's m.room.encryption content, nullopt when it is not encrypted. Asks the server when the
    // store does not hold the room's state yet, so a new room is never taken for an unencrypted one.
    void roomEncryption(const QString &roomId, std::function<void(Result<std::optional<QJsonObject>>)> done);
    // The key that seals this device's crypto pickles, kept in the keyring beside the access token; null
    // until Ready. Never log it or write it anywhere else.
    const crypto::PickleKey *pickleKey() const
    {
        return m_state == State::Ready && m_pickleKey ? &*m_pickleKey : nullptr;
    }
    // The GUI-thread read connection (pages of rows only; all writes go through store()).
    Database &reader();

    // Rooms
    void resolveRoom(const QString &idOrAlias, std::function<void(Result<QString>)> done);
    void joinRoom(const QString &idOrAlias, std::function<void(Result<QString>)> done);
    void leaveRoom(const QString &roomId, std::function<void(Status)> done);
    void inviteUser(const QString &roomId, const QString &userId, std::function<void(Status)> done);
    void createRoom(const CreateRoomOptions &options, std::function<void(Result<QString>)> done);
    void setRoomName(const QString &roomId, const QString &name, std::function<void(Status)> done);
    void setRoomTopic(const QString &roomId, const QString &topic, std::function<void(Status)> done);
    void sendReadReceipt(const QString &roomId, const QString &eventId, std::function<void(Status)> done);
    // The read marker (m.fully_read) and the read receipt (m.read) in one request; an empty ID
    // leaves that one where it is.
    void setReadMarkers(const QString &roomId, const QString &fullyRead, const QString &read,
                        std::function<void(Status)> done);
    void setTyping(const QString &roomId, bool typing, std::function<void(Status)> done);
    // Markdown text as m.room.message (m.text, or m.emote / m.notice), through the send queue.
    void sendText(const QString &roomId, const QString &markdown,
                  std::function<void(Result<QueuedEvent>)> done,
                  const QString &msgtype = QStringLiteral("m.text"));
    // Relations (room_relations.cpp): a reply to `inReplyTo`, an edit (m.replace) of one's own
    // message, a reaction (m.annotation), all through the send queue; a redaction; one event by ID
    // (e.g. the original of a reply that the store does not have).
    void sendReply(const QString &roomId, const QString &markdown, const QString &inReplyTo,
                   std::function<void(Result<QueuedEvent>)> done,
                   const QString &msgtype = QStringLiteral("m.text"));
    void sendEdit(const QString &roomId, const QString &originalEventId, const QString &markdown,
                  std::function<void(Result<QueuedEvent>)> done,
                  const QString &msgtype = QStringLiteral("m.text"));
    void sendReaction(const QString &roomId, const QString &eventId, const QString &key,
                      std::function<void(Result<QueuedEvent>)> done);
    void redactEvent(const QString &roomId, const QString &eventId, const QString &reason,
                     std::function<void(Status)> done);
    void fetchEvent(const QString &roomId, const QString &eventId,
                    std::function<void(Result<QJsonObject>)> done);
    // How backPaginate's requests survive a network failure: retried by the HTTP client for a few
    // minutes before `done` hears of it, or tried once (the caller shows the error and backs off).
    enum class Retries { Automatic, ByCaller };
    // Fills gaps from the server until `wanted` events without a hole are stored (or the room starts).
    void backPaginate(const QString &roomId, int wanted, std::function<void(Status)> done,
                      Retries retries = Retries::Automatic);
    // Fills the room's holes, newest first, until `eventId` is stored (true), the whole history is
    // stored (false), `maxPages` requests were made (false) or `cancelled` says so (false).
    void backPaginateUntil(const QString &roomId, const QString &eventId, int maxPages,
                           std::function<bool()> cancelled, std::function<void(Result<bool>)> done);

Q_SIGNALS:
    void stateChanged(lattice::Session::State state);
    // The server ended this session. soft: log in again with the same device keeps everything.
    void loggedOut(bool soft, const lattice::Error &reason);
    // Clear forms of these encrypted events are now stored (see E2eeService).
    void eventsDecrypted(const QStringList &roomIds, const QStringList &eventIds);
    // After SyncLoop::synced: this stored batch's encrypted events are decrypted where their keys allowed
    // (at once when the session has no encryption). For readers of message text, such as notifications.
    void syncDecrypted(const lattice::ChangeSet &changes);

private:
    void setState(State s);
    void onTokenRejected(const Error &error);
    void storeCredentials(const QString &homeserver, const QJsonObject &login,
                          std::function<void(Status)> done);
    void finishRestore(const QByteArray &secret, std::function<void(Status)> done);
    void fillGapStep(const QString &roomId, int wanted, int rounds, Retries retries,
                     std::function<void(Status)> done);
    void fillGap(const QString &roomId, const Gap &gap, Retries retries, std::function<void(Status)> done);
    void searchStep(const QString &roomId, const QString &eventId, int pagesLeft,
                    std::function<bool()> cancelled, std::function<void(Result<bool>)> done);
    QString keyringKey() const;
    void maybeStartE2ee(); // session_e2ee.cpp
    void startE2ee(const crypto::PickleKey &pickleKey);
    void encryptForQueue(const QueuedEvent &event, std::function<void(Result<SendQueue::WireEvent>)> done);
    QByteArray keyringSecret(const QString &accessToken) const;
    void postStatus(std::function<Status(Database &)> job, std::function<void(Status)> done);

    QString m_dataDir;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<SyncLoop> m_sync;
    std::unique_ptr<SendQueue> m_sendQueue;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<MediaClient> m_media;
    State m_state = State::Closed;
    bool m_loggingOut = false; // between logout() and LoggedOut: a 401 then is our own doing
    QString m_userId;
    QString m_deviceId;
    QString m_accountKey;                   // names the keyring entry; not secret
    std::unique_ptr<E2eeService> m_e2ee;    // near last: it posts its clean-up to the store thread
    std::unique_ptr<TrustServices> m_trust; // last: its services hold references to m_e2ee
    std::optional<crypto::PickleKey> m_pickleKey;
};

} // namespace lattice
