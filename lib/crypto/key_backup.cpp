// Server-side key backup in the state machine (m.megolm_backup.v1.curve25519-aes-sha2). Placeholder until
// the key backup work lands: every call fails with NO_KEY_BACKUP.
#include "olm_machine.h"

#include "crypto_error.h"
#include "olm_machine_p.h"

namespace lattice::crypto {

namespace {
Error unavailable()
{
    return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "Key backup is not available on this device."),
                      QStringLiteral("NO_KEY_BACKUP"));
}
} // namespace

Status OlmMachine::Private::markBackedUp(const OutgoingRequest &) { return unavailable(); }
Status OlmMachine::enableBackup(const BackupInfo &) { return unavailable(); }
Status OlmMachine::disableBackup() { return unavailable(); }
Result<std::optional<BackupInfo>> OlmMachine::backup() { return unavailable(); }
Result<std::optional<OutgoingRequest>> OlmMachine::backupRequest(int) { return unavailable(); }
Result<QJsonObject> OlmMachine::signBackupAuthData(const QString &) { return unavailable(); }
Result<bool> OlmMachine::isBackupTrusted(const QJsonObject &) { return unavailable(); }
Result<int> OlmMachine::importRoomKeys(const QList<QJsonObject> &, bool) { return unavailable(); }
Result<QJsonObject> OlmMachine::exportRoomKey(const QString &, const QString &, const QString &)
{
    return unavailable();
}

} // namespace lattice::crypto
