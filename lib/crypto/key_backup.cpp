// Server-side key backup in the state machine (spec: end_to_end_encryption.md "Server-side key backups",
// m.megolm_backup.v1.curve25519-aes-sha2): which backup version we upload to, the batches of sessions not
// yet in it, and whether a version's auth_data can be trusted. Importing and exporting keys is in
// key_backup_import.cpp; the session_data format in backup_encryption.cpp.
#include "olm_machine_p.h"

#include "crypto/backup_encryption.h"
#include "crypto/base64.h"
#include "crypto/ed25519.h"
#include "crypto/random.h"

namespace lattice::crypto {

namespace {

// The version whose backed-up flags the store holds, and the public key we upload to (empty: disabled).
const QString kBackupVersion = QStringLiteral("backup.version");
const QString kBackupPublicKey = QStringLiteral("backup.public_key");

// Who created a session, by its Curve25519 key, for KeyBackupData.is_verified.
struct SenderDevice
{
    QString userId;
    QString deviceId;
    QString ed25519;
};

} // namespace

Status OlmMachine::enableBackup(const BackupInfo &backup)
{
    if (backup.version.isEmpty())
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "A key backup needs a version."),
                          QStringLiteral("BAD_BACKUP_DATA"));
    if (auto encryption = PkEncryption::create(backup.publicKey); !encryption)
        return encryption.error();
    auto previous = d->store.value(kBackupVersion);
    if (!previous)
        return previous.error();
    if (QString::fromUtf8(*previous) != backup.version) {
        // Another version holds none of our keys: every session goes up again. Before any version was
        // enabled, only keys restored from the server's current backup count as backed up: they stay so.
        if (!previous->isEmpty())
            if (auto st = d->store.resetInboundGroupSessionsBackedUp(); !st)
                return st;
        d->backupsInFlight.clear();
        if (auto st = d->store.setValue(kBackupVersion, backup.version.toUtf8()); !st)
            return st;
    }
    return d->store.setValue(kBackupPublicKey, backup.publicKey.toUtf8());
}

Status OlmMachine::disableBackup()
{
    // The version stays: enabling the same one again need not upload what it already holds.
    d->backupsInFlight.clear();
    return d->store.setValue(kBackupPublicKey, {});
}

Result<std::optional<BackupInfo>> OlmMachine::backup()
{
    auto key = d->store.value(kBackupPublicKey);
    if (!key)
        return key.error();
    if (key->isEmpty())
        return std::optional<BackupInfo>();
    auto version = d->store.value(kBackupVersion);
    if (!version)
        return version.error();
    return std::optional<BackupInfo>(BackupInfo{QString::fromUtf8(*version), QString::fromUtf8(*key)});
}

Result<std::optional<OutgoingRequest>> OlmMachine::backupRequest(int maxSessions)
{
    auto info = backup();
    if (!info)
        return info.error();
    if (!*info)
        return std::optional<OutgoingRequest>();
    auto records = d->store.inboundGroupSessionsToBackUp(std::max(1, maxSessions));
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<OutgoingRequest>();
    auto encryption = PkEncryption::create((*info)->publicKey);
    if (!encryption)
        return encryption.error();

    // is_verified: whether we verified the device that created the session (the server prefers such
    // copies). The devices of every user we track, by Curve25519 key, read once per batch.
    std::optional<QHash<QString, SenderDevice>> senders;
    auto senderVerified = [&](const InboundGroupSessionRecord &r) -> Result<bool> {
        if (r.senderKey == d->ids.curve25519)
            return true;
        if (!senders) {
            senders.emplace();
            auto users = d->store.trackedUsers();
            if (!users)
                return users.error();
            for (auto it = users->begin(); it != users->end(); ++it) {
                auto devs = d->store.devices(it.key());
                if (!devs)
                    return devs.error();
                for (const DeviceRecord &dev : *devs)
                    senders->insert(dev.curve25519, SenderDevice{dev.userId, dev.deviceId, dev.ed25519});
            }
        }
        const auto found = senders->constFind(r.senderKey);
        if (found == senders->constEnd() || found->ed25519 != r.senderClaimedEd25519)
            return false;
        return isDeviceVerified(found->userId, found->deviceId);
    };

    QJsonObject rooms;
    for (const InboundGroupSessionRecord &r : *records) {
        auto data = d->exportedKey(r);
        if (!data)
            return data.error();
        // BackedUpSessionData: the export format without what the request's structure already says.
        data->remove(QStringLiteral("room_id"));
        data->remove(QStringLiteral("session_id"));
        auto sessionData = encryptSessionData(*encryption, *data);
        if (!sessionData)
            return sessionData.error();
        auto verified = senderVerified(r);
        if (!verified)
            return verified.error();
        QJsonObject room = rooms.value(r.roomId).toObject();
        QJsonObject sessions = room.value(QLatin1String("sessions")).toObject();
        sessions.insert(
            r.sessionId,
            QJsonObject{{QStringLiteral("first_message_index"), qint64(r.firstKnownIndex)},
                        {QStringLiteral("forwarded_count"), r.forwardingCurve25519KeyChain.size()},
                        {QStringLiteral("is_verified"), *verified && !r.imported},
                        {QStringLiteral("session_data"), *sessionData}});
        room.insert(QStringLiteral("sessions"), sessions);
        rooms.insert(r.roomId, room);
    }
    OutgoingRequest request;
    request.id = d->newRequestId();
    request.kind = OutgoingRequest::Kind::KeysBackup;
    request.body = QJsonObject{{QStringLiteral("rooms"), rooms}};
    request.backupVersion = (*info)->version;
    // Batches go up one at a time: an older request that was never answered is sent again later anyway.
    d->backupsInFlight.clear();
    d->backupsInFlight.insert(request.id, *records);
    return std::optional<OutgoingRequest>(request);
}

Status OlmMachine::Private::markBackedUp(const OutgoingRequest &request)
{
    const QList<InboundGroupSessionRecord> sent = backupsInFlight.take(request.id);
    auto version = store.value(kBackupVersion);
    if (!version)
        return version.error();
    if (sent.isEmpty() || QString::fromUtf8(*version) != request.backupVersion)
        return success(); // from before a restart or for a version we no longer upload to
    QList<InboundGroupSessionRecord> done;
    for (const InboundGroupSessionRecord &r : sent) {
        auto current = store.inboundGroupSession(r.roomId, r.senderKey, r.sessionId);
        if (!current)
            return current.error();
        // A better copy (an earlier first index) that arrived meanwhile still has to go up.
        if (*current && (*current)->firstKnownIndex == r.firstKnownIndex)
            done.append(r);
    }
    return store.markInboundGroupSessionsBackedUp(done);
}

Result<QJsonObject> OlmMachine::signBackupAuthData(const QString &publicKey)
{
    if (auto encryption = PkEncryption::create(publicKey); !encryption)
        return encryption.error();
    QJsonObject authData{{QStringLiteral("public_key"), publicKey}};
    if (auto st = d->account.signJson(authData, d->userId, d->deviceId); !st)
        return st.error();
    // Our master key signs too when this device holds it (other clients trust the backup through it).
    auto secrets = exportCrossSigningSecrets();
    if (secrets && !secrets->master.isEmpty()) {
        auto seed = base64Decode(secrets->master.toLatin1());
        if (!seed)
            return seed.error();
        auto master = PkSigning::fromSeed(*seed);
        wipe(*seed);
        if (!master)
            return master.error();
        if (auto st = master->signJson(authData, d->userId); !st)
            return st.error();
    }
    return authData;
}

Result<bool> OlmMachine::isBackupTrusted(const QJsonObject &versionInfo)
{
    if (!backupInfoFrom(versionInfo))
        return false;
    const QJsonObject authData = versionInfo.value(QLatin1String("auth_data")).toObject();
    const QJsonObject ours =
        authData.value(QLatin1String("signatures")).toObject().value(d->userId).toObject();
    if (ours.isEmpty())
        return false;
    auto devices = d->store.devices(d->userId);
    if (!devices)
        return devices.error();
    // Only consulted when a signature names a key that is not one of our devices.
    std::optional<UserIdentity> identity;
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        const QString keyId = it.key();
        if (!keyId.startsWith(QLatin1String("ed25519:")))
            continue;
        const QString id = keyId.mid(8);
        QString signingKey;
        if (id == d->deviceId) {
            signingKey = d->ids.ed25519;
        } else {
            for (const DeviceRecord &dev : *devices) {
                if (dev.deviceId != id)
                    continue;
                auto verified = isDeviceVerified(d->userId, id);
                if (!verified)
                    return verified.error();
                if (*verified)
                    signingKey = dev.ed25519;
            }
            if (signingKey.isEmpty()) {
                if (!identity) {
                    // No cross-signing (yet) is no master key: only the devices count.
                    auto found = userIdentity(d->userId);
                    identity = found ? *found : UserIdentity{};
                }
                if (identity->verified && !identity->masterKey.isEmpty() && identity->masterKey == id)
                    signingKey = identity->masterKey;
            }
        }
        if (!signingKey.isEmpty() && verifySignedJson(authData, d->userId, keyId, signingKey))
            return true;
    }
    return false;
}

} // namespace lattice::crypto
