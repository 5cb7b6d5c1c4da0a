#pragma once
// "Secure your account" for QML: the account's secure backup state (secret storage, cross-signing keys on
// this device, key backup), setting it up (the recovery key is shown once) and restoring it on a new
// device with the recovery key or passphrase, with progress. Over the Session's SecureBackup.
#include "client/session.h"

#include <QObject>
#include <QPointer>

namespace lattice::desktop {

class SecureBackupController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool known READ known NOTIFY changed) // the state was read at least once
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool hasSecretStorage READ hasSecretStorage NOTIFY changed)
    Q_PROPERTY(bool hasCrossSigningKeys READ hasCrossSigningKeys NOTIFY changed)
    Q_PROPERTY(bool backupEnabled READ backupEnabled NOTIFY changed)
    // Set up nowhere yet, or set up but not on this device: the first-run prompt should show.
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY changed)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY changed) // after setup only; cleared on forget
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString resultText READ resultText NOTIFY changed)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY changed)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY changed)

public:
    explicit SecureBackupController(Session &session, QObject *parent = nullptr);

    bool available() const { return m_session.state() == Session::State::Ready && m_session.trust(); }
    bool known() const { return m_known; }
    bool busy() const { return m_busy; }
    bool hasSecretStorage() const { return m_state.secretStorage; }
    bool hasCrossSigningKeys() const { return m_state.crossSigningKeys; }
    bool backupEnabled() const { return m_state.backupEnabled; }
    bool needsAttention() const { return m_known && (!m_state.secretStorage || !m_state.crossSigningKeys); }
    QString recoveryKey() const { return m_recoveryKey; }
    QString errorText() const { return m_errorText; }
    QString resultText() const { return m_resultText; }
    int progressDone() const { return m_progressDone; }
    int progressTotal() const { return m_progressTotal; }

    Q_INVOKABLE void refresh();
    // passphrase may be empty (recovery key only); password answers the server's authentication, if asked.
    Q_INVOKABLE void setUp(const QString &passphrase, const QString &password);
    Q_INVOKABLE void restore(const QString &recoveryKeyOrPassphrase);
    // The user wrote the recovery key down: drop it from memory.
    Q_INVOKABLE void forgetRecoveryKey();

Q_SIGNALS:
    void changed();

private:
    void fail(const Error &error);

    Session &m_session;
    SecureBackupState m_state;
    bool m_known = false;
    bool m_busy = false;
    QString m_recoveryKey;
    QString m_errorText;
    QString m_resultText;
    int m_progressDone = 0;
    int m_progressTotal = 0;
};

} // namespace lattice::desktop
