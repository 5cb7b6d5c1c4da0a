// Account menu → Sessions: the devices signed in to this account, each with its trust (a shield),
// its fingerprint and when it was last seen; this device first. Rename in place, sign other devices
// out (the password is asked here), and ask to verify an unverified one (DeviceTrustController).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    property var trust: null
    property string errorText
    property string notice

    title: qsTr("Sessions")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(560, parent ? parent.width - 40 : 560)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        errorText = ""
        notice = ""
        if (trust)
            trust.refreshOwnDevices()
    }

    Connections {
        target: dialog.trust
        function onActionSucceeded(action) {
            if (action === "rename")
                dialog.notice = qsTr("Device renamed.")
            else if (action === "signOut") {
                dialog.notice = qsTr("The device was signed out.")
                signOut.close()
            }
        }
        function onActionFailed(action, message) {
            if (action === "signOut" && signOut.opened)
                signOut.errorText = message
            else
                dialog.errorText = message
        }
    }

    contentItem: ColumnLayout {
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: qsTr("Devices signed in to your account. Verify the ones you use, and sign out those you do not recognise.")
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        Label {
            objectName: "unavailableLabel"
            Layout.fillWidth: true
            visible: dialog.trust !== null && !dialog.trust.available
            text: qsTr("Encryption is not running in this session, so the devices' keys and trust are unknown.")
            wrapMode: Text.Wrap
            color: "#d9822b"
        }

        ListView {
            id: list
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: dialog.trust ? dialog.trust.ownDevices : null
            ScrollBar.vertical: ScrollBar {}

            delegate: Frame {
                id: row

                required property string deviceId
                required property string displayName
                required property string fingerprint
                required property bool verified
                required property bool hasKeys
                required property bool isThisDevice
                required property string trustText
                required property string lastSeen
                property bool editing: false

                width: ListView.view.width - 8
                padding: 10

                contentItem: RowLayout {
                    spacing: 10

                    DeviceShield {
                        Layout.alignment: Qt.AlignTop
                        trust: !row.hasKeys ? "none" : row.verified ? "verified" : "unverified"
                        toolTipText: row.trustText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        RowLayout {
                            Layout.fillWidth: true
                            visible: !row.editing
                            spacing: 6
                            Label {
                                objectName: "deviceName"
                                Layout.fillWidth: true
                                text: row.displayName
                                font.bold: true
                                elide: Text.ElideRight
                            }
                            Label {
                                visible: row.isThisDevice
                                text: qsTr("This device")
                                font.pixelSize: 11
                                padding: 2
                                leftPadding: 6
                                rightPadding: 6
                                color: row.palette.highlightedText
                                background: Rectangle { radius: 8; color: row.palette.highlight }
                            }
                        }
                        TextField {
                            id: nameField
                            objectName: "renameField"
                            Layout.fillWidth: true
                            visible: row.editing
                            placeholderText: qsTr("Device name")
                            onAccepted: {
                                dialog.trust.renameDevice(row.deviceId, text)
                                row.editing = false
                            }
                            Keys.onEscapePressed: row.editing = false
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.verified ? qsTr("Verified · %1").arg(row.deviceId)
                                  : row.hasKeys ? qsTr("Not verified · %1").arg(row.deviceId)
                                  : qsTr("No encryption keys · %1").arg(row.deviceId)
                            font.pixelSize: 12
                            opacity: 0.75
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "fingerprint"
                            Layout.fillWidth: true
                            visible: row.fingerprint !== ""
                            text: row.fingerprint
                            font.family: "monospace"
                            font.pixelSize: 11
                            opacity: 0.6
                            wrapMode: Text.WrapAnywhere
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.lastSeen !== ""
                            text: row.lastSeen
                            font.pixelSize: 11
                            opacity: 0.6
                        }
                    }
                    ColumnLayout {
                        Layout.alignment: Qt.AlignTop
                        spacing: 4
                        Button {
                            objectName: "verifyButton"
                            Layout.fillWidth: true
                            visible: !row.isThisDevice && row.hasKeys && !row.verified
                            text: qsTr("Verify")
                            highlighted: true
                            onClicked: dialog.trust.verifyDevice("", row.deviceId)
                        }
                        Button {
                            objectName: "renameButton"
                            Layout.fillWidth: true
                            text: row.editing ? qsTr("Save") : qsTr("Rename")
                            enabled: dialog.trust !== null && !dialog.trust.busy
                            onClicked: {
                                if (row.editing) {
                                    dialog.trust.renameDevice(row.deviceId, nameField.text)
                                    row.editing = false
                                } else {
                                    nameField.text = row.displayName === row.deviceId ? "" : row.displayName
                                    row.editing = true
                                    nameField.forceActiveFocus()
                                }
                            }
                        }
                        Button {
                            objectName: "signOutButton"
                            Layout.fillWidth: true
                            visible: !row.isThisDevice
                            text: qsTr("Sign out")
                            enabled: dialog.trust !== null && !dialog.trust.busy
                            onClicked: signOut.ask(row.deviceId, row.displayName)
                        }
                    }
                }
            }
        }

        Label {
            objectName: "noticeLabel"
            Layout.fillWidth: true
            visible: dialog.notice !== "" && dialog.errorText === ""
            text: dialog.notice
            opacity: 0.75
        }
        Label {
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: dialog.errorText !== ""
            text: dialog.errorText
            color: "#d04040"
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    // Signing a device out needs the account password (user-interactive authentication).
    Dialog {
        id: signOut
        objectName: "signOutDeviceDialog"

        property string deviceId
        property string deviceName
        property string errorText

        function ask(id, name) {
            deviceId = id
            deviceName = name
            errorText = ""
            password.text = ""
            open()
            password.forceActiveFocus()
        }
        function confirm() {
            errorText = ""
            dialog.trust.signOutDevice(deviceId, password.text)
            password.text = ""
        }

        parent: dialog.parent
        title: qsTr("Sign out a device")
        header: DialogTitle { text: signOut.title }
        modal: true
        width: Math.min(400, dialog.width)
        anchors.centerIn: parent
        padding: 20

        contentItem: ColumnLayout {
            spacing: 10
            Label {
                Layout.fillWidth: true
                text: qsTr("Sign “%1” out? It will no longer receive messages. Enter your password to confirm.").arg(signOut.deviceName)
                wrapMode: Text.Wrap
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                onAccepted: if (text !== "") signOut.confirm()
            }
            Label {
                objectName: "errorLabel"
                Layout.fillWidth: true
                visible: signOut.errorText !== ""
                text: signOut.errorText
                color: "#d04040"
                wrapMode: Text.Wrap
            }
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmSignOutButton"
                text: qsTr("Sign out")
                enabled: password.text !== "" && dialog.trust !== null && !dialog.trust.busy
                DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
                onClicked: signOut.confirm()
            }
        }
    }
}
