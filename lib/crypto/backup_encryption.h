#pragma once
// The wire format of server-side key backups with m.megolm_backup.v1.curve25519-aes-sha2 (spec:
// end_to_end_encryption.md "Server-side key backups", key_backup.yaml): the version's auth_data, and the
// session_data of each backed-up key, a BackedUpSessionData object encrypted to the backup's Curve25519
// public key. No state, no I/O: the state machine encrypts with it, the restore path decrypts with it.
#include "crypto/olm_machine.h"
#include "crypto/pk.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lattice::crypto {

QString backupAlgorithm(); // "m.megolm_backup.v1.curve25519-aes-sha2"

// The version and public key of a GET /room_keys/version answer. Errors: UNSUPPORTED_ALGORITHM for
// another backup algorithm, BAD_BACKUP_DATA when version or auth_data.public_key is missing.
Result<BackupInfo> backupInfoFrom(const QJsonObject &versionInfo);

// The decryption side of a backup from its 32-byte private key, checked against the backup's public key
// (errcode WRONG_BACKUP_KEY when the key belongs to another backup).
Result<PkDecryption> backupDecryption(const QByteArray &privateKey, const QString &backupPublicKey);

// {ciphertext, mac, ephemeral} of one BackedUpSessionData object.
Result<QJsonObject> encryptSessionData(PkEncryption &encryption, const QJsonObject &sessionData);
// The BackedUpSessionData inside one session_data object. Errors: BAD_MESSAGE_MAC (another key, or
// tampered), BAD_MESSAGE_FORMAT (truncated), BAD_BACKUP_DATA (fields missing, not a Megolm key).
Result<QJsonObject> decryptSessionData(PkDecryption &decryption, const QJsonObject &sessionData);

// One session of a GET /room_keys/keys answer: where it sits and its KeyBackupData.
struct BackedUpSession
{
    QString roomId;
    QString sessionId;
    QJsonObject keyBackupData; // first_message_index, forwarded_count, is_verified, session_data
};

// Every session of a GET /room_keys/keys answer ({"rooms": {room: {"sessions": {id: KeyBackupData}}}}).
QList<BackedUpSession> backedUpSessions(const QJsonObject &roomKeys);

// The key of one backed-up session in the export format (importRoomKeys): its decrypted session data
// with room_id and session_id added.
Result<QJsonObject> exportedKeyFrom(PkDecryption &decryption, const BackedUpSession &session);

} // namespace lattice::crypto
