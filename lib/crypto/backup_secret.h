#pragma once
// The key backup's private key as a secret (m.megolm_backup.v1, client-server-api/modules/secrets.md):
// unpadded base64 of its 32 bytes, as secret storage keeps it and m.secret.send carries it. A value that
// arrives from elsewhere is only taken when it opens the backup we know of.
#include "crypto/olm_machine.h"

namespace lattice::crypto {

// The 32-byte key in `secret`, checked against the backup's public key. Errors: BAD_BACKUP_KEY when it is
// not base64 of 32 bytes, WRONG_BACKUP_KEY when it belongs to another backup.
Result<QByteArray> backupKeyFromSecret(const QString &secret, const QString &backupPublicKey);
// The secret form of a 32-byte key.
QString backupKeySecret(const QByteArray &privateKey);

} // namespace lattice::crypto
