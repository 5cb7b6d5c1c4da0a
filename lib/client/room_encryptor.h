#pragma once
// Encrypts one event for a room's members (spec "Sending an encrypted message event"): fetches the full
// member list, queries their devices, claims one-time keys for devices without an Olm session, shares the
// room's Megolm key with every device that lacks it, and only then encrypts.
#include "crypto_requests.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace lattice {

// The room's m.room.encryption content as the machine's settings; an error for an algorithm we lack.
Result<crypto::RoomEncryptionSettings> encryptionSettings(const QJsonObject &encryptionContent);

class RoomEncryptor : public QObject
{
    Q_OBJECT
public:
    RoomEncryptor(QString ownUserId, HttpClient &http, CryptoRunner &runner, CryptoRequests &requests,
                  QObject *parent = nullptr);

    // The m.room.encrypted content for (eventType, content), with the room key shared first.
    // `encryptionContent` is the room's m.room.encryption state content.
    void encrypt(const QString &roomId, const QJsonObject &encryptionContent, const QString &eventType,
                 const QJsonObject &content, std::function<void(Result<QJsonObject>)> done);

    // Members of encrypted rooms learned from /members (a lazy-loading sync does not list them all); the
    // service keeps tracking them.
    QSet<QString> fetchedMembers() const;
    // Forgets a room's fetched members (someone left: the next send fetches them again).
    void forgetMembers(const QString &roomId) { m_members.remove(roomId); }
    // The users the machine must track: members of encrypted rooms in the store plus fetched ones, and us.
    static Result<QStringList> trackedUsers(Database &db, const QString &ownUserId,
                                            const QSet<QString> &fetched);

private:
    void withMembers(const QString &roomId, std::function<void(Result<QStringList>)> next);
    void shareAndEncrypt(const QString &roomId, const QStringList &members,
                         const crypto::RoomEncryptionSettings &settings, const QString &eventType,
                         const QJsonObject &content, std::function<void(Result<QJsonObject>)> done);

    QString m_ownUserId;
    HttpClient &m_http;
    CryptoRunner &m_runner;
    CryptoRequests &m_requests;
    QHash<QString, QStringList> m_members; // room -> joined and invited members, as /members said
};

} // namespace lattice
