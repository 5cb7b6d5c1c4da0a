// lattice-cli secure-backup: set up secret storage, cross-signing and key backup (printing the recovery key
// once), restore them on a new device from the recovery key, or show their state.
#include "cli_app.h"

#include "client/trust_services.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace lattice::cli {

namespace {

// One line of standard input without its line break; nullopt at the end of input.
std::optional<QString> readLine()
{
    char line[1024] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return std::nullopt;
    QString text = QString::fromUtf8(line);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

} // namespace

void CliApp::secureBackup(const QStringList &args)
{
    const QString action = args.value(0);
    if (action != QLatin1String("setup") && action != QLatin1String("restore") &&
        action != QLatin1String("status"))
        return fail(UsageError, QStringLiteral("secure-backup takes setup, restore or status; see --help."));
    std::optional<QString> passphrase;
    std::optional<QString> recovery;
    // Read what stdin holds for us before any network round trip, in the documented order.
    if (action == QLatin1String("setup") && m_parser.isSet(QStringLiteral("passphrase"))) {
        passphrase = readLine();
        if (!passphrase || passphrase->isEmpty())
            return fail(UsageError,
                        QStringLiteral("--passphrase: the passphrase is read from standard input."));
    }
    if (action == QLatin1String("restore")) {
        recovery = readLine();
        if (!recovery || recovery->trimmed().isEmpty())
            return fail(
                UsageError,
                QStringLiteral("restore reads the recovery key (or passphrase) from standard input."));
    }
    withSession([this, action, passphrase, recovery] {
        refresh([this, action, passphrase, recovery] {
            settleE2ee([this, action, passphrase, recovery] {
                TrustServices *trust = m_session->trust();
                if (!trust)
                    return fail(Failed,
                                QStringLiteral("End-to-end encryption is not available for this account."));
                SecureBackup &backup = trust->secureBackup();
                if (action == QLatin1String("status")) {
                    return backup.state([this](Result<SecureBackupState> st) {
                        if (!st)
                            return fail(st.error());
                        const QJsonObject o{{QStringLiteral("secret_storage"), st->secretStorage},
                                            {QStringLiteral("cross_signing_keys"), st->crossSigningKeys},
                                            {QStringLiteral("backup_on_server"), st->backupOnServer},
                                            {QStringLiteral("backup_enabled"), st->backupEnabled}};
                        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                        done();
                    });
                }
                if (action == QLatin1String("setup")) {
                    auto password = [](std::function<void(std::optional<QString>)> answer) {
                        std::fputs("The server asks for your account password: ", stderr);
                        std::fflush(stderr);
                        answer(readLine());
                    };
                    return backup.setup(passphrase, password, [this, trust](Result<QString> key) {
                        if (!key)
                            return fail(key.error());
                        m_out << "Recovery key: " << *key << '\n'
                              << "Write it down and keep it safe: it is shown only this once, and it unlocks "
                                 "your encrypted messages on a new device.\n";
                        m_out.flush();
                        // The new backup holds every key before the process ends.
                        trust->keyBackup().uploadNow([this](Status uploaded) {
                            if (!uploaded)
                                return fail(uploaded.error());
                            done();
                        });
                    });
                }
                backup.restore(
                    *recovery,
                    [](int handled, int total) {
                        std::fprintf(stderr, "Restoring keys: %d of %d\n", handled, total);
                        std::fflush(stderr);
                    },
                    [this](Result<SecureBackupRestore> restored) {
                        if (!restored)
                            return fail(restored.error());
                        const QJsonObject o{
                            {QStringLiteral("cross_signing"), restored->crossSigning},
                            {QStringLiteral("backup"), restored->backup},
                            {QStringLiteral("keys_total"), restored->keys.total},
                            {QStringLiteral("keys_imported"), restored->keys.imported},
                            {QStringLiteral("keys_failed"), restored->keys.failed},
                            {QStringLiteral("events_decrypted"), restored->keys.decryptedEvents}};
                        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
                        settleE2ee([this] { done(); });
                    });
            });
        });
    });
}

} // namespace lattice::cli
