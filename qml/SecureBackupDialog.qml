// "Secure your account": set up secure backup (a recovery key, shown once, and an optional passphrase)
// so that a new device can read old messages and be trusted; or, on a new device of an account that has
// it, restore with the recovery key or passphrase. The sidebar shows a banner while the account needs it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    property var backup: null // SecureBackupController
    readonly property bool restoring: backup !== null && backup.hasSecretStorage && !backup.hasCrossSigningKeys
    readonly property bool showingKey: backup !== null && backup.recoveryKey.length > 0

    title: restoring ? qsTr("Unlock your secure backup") : qsTr("Secure your account")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    closePolicy: showingKey ? Popup.NoAutoClose : Popup.CloseOnEscape
    width: Math.min(520, parent ? parent.width - 40 : 520)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        passphrase.text = ""
        password.text = ""
        recovery.text = ""
    }

    contentItem: ColumnLayout {
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !dialog.showingKey && dialog.backup && dialog.backup.resultText.length === 0
            text: dialog.restoring
                  ? qsTr("This account keeps its encryption keys in secure backup. Enter your recovery key (or passphrase) to verify this device and read your earlier encrypted messages.")
                  : qsTr("Set up secure backup so that you can read your encrypted messages on a new device, and so that others can trust your devices. You get a recovery key: keep it somewhere safe.")
        }

        // Set up
        TextField {
            id: passphrase
            objectName: "passphraseField"
            Layout.fillWidth: true
            visible: !dialog.restoring && !dialog.showingKey
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase (optional, a second way to unlock)")
        }
        TextField {
            id: password
            objectName: "passwordField"
            Layout.fillWidth: true
            visible: !dialog.restoring && !dialog.showingKey
            echoMode: TextInput.Password
            placeholderText: qsTr("Your account password")
        }

        // The recovery key, once
        Label {
            Layout.fillWidth: true
            visible: dialog.showingKey
            wrapMode: Text.Wrap
            text: qsTr("Your recovery key. Write it down or save it in a password manager: it is shown only now.")
        }
        TextArea {
            objectName: "recoveryKeyText"
            Layout.fillWidth: true
            visible: dialog.showingKey
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            font.family: "monospace"
            font.pixelSize: 16
            text: dialog.backup ? dialog.backup.recoveryKey : ""
        }

        // Restore
        TextField {
            id: recovery
            objectName: "recoveryField"
            Layout.fillWidth: true
            visible: dialog.restoring && dialog.backup && dialog.backup.resultText.length === 0
            echoMode: TextInput.Password
            placeholderText: qsTr("Recovery key or passphrase")
            onAccepted: if (text.length > 0) dialog.backup.restore(text)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: dialog.restoring && dialog.backup && dialog.backup.busy && dialog.backup.progressTotal > 0
            from: 0
            to: dialog.backup ? Math.max(1, dialog.backup.progressTotal) : 1
            value: dialog.backup ? dialog.backup.progressDone : 0
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.backup !== null && dialog.backup.busy
            running: visible
        }
        Label {
            objectName: "resultLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            text: dialog.backup ? dialog.backup.resultText : ""
        }
        Label {
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: "#c62828"
            text: dialog.backup ? dialog.backup.errorText : ""
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Later")
                flat: true
                visible: !dialog.showingKey && dialog.backup && dialog.backup.resultText.length === 0
                onClicked: dialog.close()
            }
            Button {
                objectName: "copyButton"
                text: qsTr("Copy")
                visible: dialog.showingKey
                onClicked: {
                    clipboardHelper.text = dialog.backup.recoveryKey
                    clipboardHelper.selectAll()
                    clipboardHelper.copy()
                    clipboardHelper.text = ""
                }
            }
            Button {
                objectName: "primaryButton"
                highlighted: true
                enabled: dialog.backup !== null && !dialog.backup.busy
                text: dialog.showingKey ? qsTr("I saved it")
                      : dialog.backup && dialog.backup.resultText.length > 0 ? qsTr("Done")
                      : dialog.restoring ? qsTr("Unlock")
                      : qsTr("Set up")
                onClicked: {
                    if (dialog.showingKey) {
                        dialog.backup.forgetRecoveryKey()
                        dialog.close()
                    } else if (dialog.backup.resultText.length > 0) {
                        dialog.close()
                    } else if (dialog.restoring) {
                        if (recovery.text.length > 0)
                            dialog.backup.restore(recovery.text)
                    } else {
                        dialog.backup.setUp(passphrase.text, password.text)
                    }
                }
            }
        }
        // Copies without keeping the key in a visible field longer than needed.
        TextEdit { id: clipboardHelper; visible: false }
    }
}
