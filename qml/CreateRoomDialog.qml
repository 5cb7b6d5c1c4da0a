// "+" → New room: name, topic, optional address, who can join, encryption and people to invite.
// AccountController::createRoom does the work; the dialog closes when the room exists.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    required property var account
    property string errorText

    title: qsTr("New room")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(460, parent ? parent.width - 40 : 460)
    anchors.centerIn: parent
    padding: 20

    function create() {
        errorText = ""
        account.createRoom({ name: nameField.text, topic: topicField.text, alias: aliasField.text,
                             isPublic: publicButton.checked, encrypted: encryption.checked,
                             invite: inviteList.ids() })
    }

    onOpened: {
        nameField.text = ""
        topicField.text = ""
        aliasField.text = ""
        privateButton.checked = true
        encryption.checked = true
        inviteField.text = ""
        invites.clear()
        errorText = ""
        nameField.forceActiveFocus()
    }

    Connections {
        target: dialog.account
        function onActionSucceeded(action, roomId) { if (action === "create" && dialog.opened) dialog.close() }
        function onActionFailed(action, message) { if (action === "create") dialog.errorText = message }
    }

    ListModel { id: invites }

    contentItem: ColumnLayout {
        spacing: 10

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Weekend plans")
            onAccepted: dialog.create()
        }
        Label { text: qsTr("Topic (optional)") }
        TextField {
            id: topicField
            objectName: "topicField"
            Layout.fillWidth: true
            placeholderText: qsTr("What is this room about?")
        }

        Label { text: qsTr("Who can join") }
        RowLayout {
            spacing: 16
            RadioButton {
                id: privateButton
                objectName: "privateButton"
                text: qsTr("Only people invited")
                checked: true
                onToggled: if (checked) encryption.checked = true
            }
            RadioButton {
                id: publicButton
                objectName: "publicButton"
                text: qsTr("Anyone (public)")
                onToggled: if (checked) encryption.checked = false
            }
        }

        Label {
            visible: publicButton.checked
            text: qsTr("Address (optional)")
        }
        RowLayout {
            visible: publicButton.checked
            Layout.fillWidth: true
            spacing: 4
            Label { text: "#"; opacity: 0.7 }
            TextField {
                id: aliasField
                objectName: "aliasField"
                Layout.fillWidth: true
                placeholderText: qsTr("weekend-plans")
            }
            Label {
                text: ":" + dialog.account.userId.split(":").slice(1).join(":")
                opacity: 0.7
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
            text: encryption.checked
                  ? qsTr("Only the people in the room can read its messages. This cannot be turned off later.")
                  : publicButton.checked ? qsTr("Public rooms are usually not encrypted: anyone can join and read them.")
                                         : qsTr("The server can read the messages of this room.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            opacity: 0.7
        }

        Label { text: qsTr("Invite people (optional)") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: inviteField
                objectName: "inviteField"
                Layout.fillWidth: true
                placeholderText: qsTr("@name:server")
                onAccepted: addButton.clicked()
            }
            Button {
                id: addButton
                text: qsTr("Add")
                enabled: /^@[^:\s]+:\S+$/.test(inviteField.text.trim())
                onClicked: {
                    if (!enabled)
                        return
                    invites.append({ userId: inviteField.text.trim() })
                    inviteField.text = ""
                }
            }
        }
        Flow {
            id: inviteList
            objectName: "inviteList"
            Layout.fillWidth: true
            spacing: 6
            visible: invites.count > 0

            function ids() {
                const out = []
                for (let i = 0; i < invites.count; ++i)
                    out.push(invites.get(i).userId)
                return out
            }

            Repeater {
                model: invites
                delegate: Button {
                    required property int index
                    required property string userId
                    text: userId + "  ✕"
                    flat: true
                    font.pixelSize: 11
                    Accessible.name: qsTr("Remove %1").arg(userId)
                    onClicked: invites.remove(index)
                }
            }
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
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "createButton"
            text: dialog.account.busy ? qsTr("Creating…") : qsTr("Create room")
            highlighted: true
            enabled: nameField.text.trim() !== "" && !dialog.account.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.create()
        }
    }
}
