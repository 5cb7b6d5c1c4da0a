#include "secure_backup_controller.h"

namespace lattice::desktop {

SecureBackupController::SecureBackupController(Session &session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(&m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::Ready) {
            m_known = false;
            m_recoveryKey.clear();
            Q_EMIT changed();
            return;
        }
        refresh();
    });
}

void SecureBackupController::fail(const Error &error)
{
    m_busy = false;
    m_errorText = error.describe();
    Q_EMIT changed();
}

void SecureBackupController::refresh()
{
    if (!available())
        return;
    QPointer<SecureBackupController> self(this);
    m_session.trust()->secureBackup().state([this, self](Result<SecureBackupState> st) {
        if (!self)
            return;
        if (!st) {
            qWarning("lattice: cannot read the secure backup state: %s", qPrintable(st.error().describe()));
            return;
        }
        m_state = *st;
        m_known = true;
        Q_EMIT changed();
    });
}

void SecureBackupController::setUp(const QString &passphrase, const QString &password)
{
    if (!available() || m_busy)
        return;
    m_busy = true;
    m_errorText.clear();
    m_resultText.clear();
    Q_EMIT changed();
    QPointer<SecureBackupController> self(this);
    auto prompt = [password](std::function<void(std::optional<QString>)> answer) {
        answer(password.isEmpty() ? std::nullopt : std::optional<QString>(password));
    };
    m_session.trust()->secureBackup().setup(passphrase.isEmpty() ? std::nullopt
                                                                 : std::optional<QString>(passphrase),
                                            prompt, [this, self](Result<QString> key) {
                                                if (!self)
                                                    return;
                                                if (!key)
                                                    return fail(key.error());
                                                m_busy = false;
                                                m_recoveryKey = *key;
                                                Q_EMIT changed();
                                                refresh();
                                            });
}

void SecureBackupController::restore(const QString &recoveryKeyOrPassphrase)
{
    if (!available() || m_busy || recoveryKeyOrPassphrase.trimmed().isEmpty())
        return;
    m_busy = true;
    m_errorText.clear();
    m_resultText.clear();
    m_progressDone = 0;
    m_progressTotal = 0;
    Q_EMIT changed();
    QPointer<SecureBackupController> self(this);
    m_session.trust()->secureBackup().restore(
        recoveryKeyOrPassphrase,
        [this, self](int done, int total) {
            if (!self)
                return;
            m_progressDone = done;
            m_progressTotal = total;
            Q_EMIT changed();
        },
        [this, self](Result<SecureBackupRestore> restored) {
            if (!self)
                return;
            if (!restored)
                return fail(restored.error());
            m_busy = false;
            m_resultText =
                restored->backup
                    ? tr("This device is verified, and %n message key(s) were restored from the backup.",
                         nullptr, restored->keys.imported)
                    : tr("This device is verified. The account has no key backup to restore.");
            Q_EMIT changed();
            refresh();
        });
}

void SecureBackupController::forgetRecoveryKey()
{
    m_recoveryKey.clear();
    Q_EMIT changed();
}

} // namespace lattice::desktop
