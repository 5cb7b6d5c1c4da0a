// "+" → Start direct chat: search people (or type a full user ID); choosing one opens the existing
// DM from m.direct or creates an encrypted one (AccountController::startDirectChat).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    required property var account
    property string errorText

    title: qsTr("Start a direct chat")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(440, parent ? parent.width - 40 : 440)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        errorText = ""
        encryption.checked = true
        picker.reset()
    }
    onClosed: account.people.query = ""

    Connections {
        target: dialog.account
        function onActionSucceeded(action, roomId) { if (action === "direct" && dialog.opened) dialog.close() }
        function onActionFailed(action, message) { if (action === "direct") dialog.errorText = message }
    }

    contentItem: ColumnLayout {
        spacing: 10

        PeoplePicker {
            id: picker
            Layout.fillWidth: true
            people: dialog.account.people
            onPicked: userId => {
                dialog.errorText = ""
                dialog.account.startDirectChat(userId, encryption.checked)
            }
        }
        Switch {
            id: encryption
            objectName: "encryptionSwitch"
            Layout.fillWidth: true
            text: qsTr("Encrypt messages")
            checked: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("If you already have a direct chat with this person, it opens instead of a new one.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            opacity: 0.7
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
            text: dialog.account.busy ? qsTr("Opening…") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
