// Room menu → Settings: picture, name and topic (read-only where the power levels say no) and
// whether messages are encrypted (RoomPeople).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Dialog {
    id: dialog

    property var room: null
    readonly property var people: room ? room.people : null
    property string errorText
    property string notice

    title: qsTr("Room settings")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(460, parent ? parent.width - 40 : 460)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        errorText = ""
        notice = ""
        nameField.text = people ? people.name : ""
        topicField.text = people ? people.topic : ""
    }

    Connections {
        target: dialog.people
        function onActionSucceeded(action) {
            if (action === "settings")
                dialog.notice = qsTr("Saved.")
            else if (action === "avatar")
                dialog.notice = qsTr("Picture changed.")
        }
        function onActionFailed(action, message) {
            if (action === "settings" || action === "avatar")
                dialog.errorText = message
        }
    }

    FileDialog {
        id: picker
        title: qsTr("Choose a picture for the room")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onAccepted: {
            dialog.errorText = ""
            dialog.notice = ""
            dialog.people.setAvatar(selectedFile)
        }
    }

    contentItem: ColumnLayout {
        spacing: 10

        RowLayout {
            spacing: 16
            UserAvatar {
                name: dialog.room ? dialog.room.displayName : ""
                seed: dialog.room ? dialog.room.roomId : ""
                source: dialog.people ? dialog.people.avatarUrl : ""
                size: 64
                maskColor: dialog.palette.window
            }
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: dialog.room ? dialog.room.roomId : ""
                    font.pixelSize: 11
                    opacity: 0.7
                    elide: Text.ElideMiddle
                }
                Button {
                    objectName: "changePictureButton"
                    text: qsTr("Change picture…")
                    visible: dialog.people !== null && dialog.people.canSetAvatar
                    enabled: dialog.people !== null && !dialog.people.busy
                    onClicked: picker.open()
                }
            }
        }

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            readOnly: !(dialog.people && dialog.people.canSetName)
            opacity: readOnly ? 0.7 : 1
        }
        Label { text: qsTr("Topic") }
        TextArea {
            id: topicField
            objectName: "topicField"
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextArea.Wrap
            background: Rectangle {
                color: topicField.palette.base
                border.width: topicField.activeFocus ? 2 : 1
                border.color: topicField.activeFocus ? topicField.palette.highlight : topicField.palette.mid
                radius: 2
            }
            readOnly: !(dialog.people && dialog.people.canSetTopic)
            opacity: readOnly ? 0.7 : 1
        }
        Label {
            objectName: "permissionLabel"
            Layout.fillWidth: true
            visible: dialog.people !== null && !(dialog.people.canSetName && dialog.people.canSetTopic)
            text: qsTr("Your power level in this room does not allow changing these settings.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            opacity: 0.7
        }

        RowLayout {
            spacing: 8
            Label { text: dialog.people && dialog.people.encrypted ? "🔒" : "🔓" }
            Label {
                objectName: "encryptionLabel"
                Layout.fillWidth: true
                text: dialog.people && dialog.people.encrypted
                      ? qsTr("Messages in this room are end-to-end encrypted.")
                      : qsTr("Messages in this room are not encrypted.")
                wrapMode: Text.Wrap
            }
        }

        Label {
            objectName: "noticeLabel"
            Layout.fillWidth: true
            visible: dialog.notice !== "" && dialog.errorText === ""
            text: dialog.notice
            color: "#2f9a4f"
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
        Button {
            objectName: "saveButton"
            text: qsTr("Save")
            highlighted: true
            visible: dialog.people !== null && (dialog.people.canSetName || dialog.people.canSetTopic)
            enabled: dialog.people !== null && !dialog.people.busy
                     && (nameField.text.trim() !== dialog.people.name || topicField.text.trim() !== dialog.people.topic)
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                dialog.errorText = ""
                dialog.notice = ""
                dialog.people.saveSettings(nameField.text, topicField.text)
            }
        }
    }
}
