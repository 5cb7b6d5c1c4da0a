// Room menu → Invite: search people (or type a full user ID) and invite them to the open room.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    required property var account
    property var room: null
    property string errorText
    property string notice

    title: room ? qsTr("Invite to %1").arg(room.displayName) : qsTr("Invite")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(440, parent ? parent.width - 40 : 440)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        errorText = ""
        notice = ""
        picker.reset()
    }
    onClosed: account.people.query = ""

    Connections {
        target: dialog.room ? dialog.room.people : null
        function onActionSucceeded(action) { if (action === "invite") dialog.notice = qsTr("Invitation sent.") }
        function onActionFailed(action, message) { if (action === "invite") dialog.errorText = message }
    }

    contentItem: ColumnLayout {
        spacing: 10

        PeoplePicker {
            id: picker
            Layout.fillWidth: true
            people: dialog.account.people
            onPicked: (userId, displayName) => {
                dialog.errorText = ""
                dialog.notice = ""
                if (dialog.room)
                    dialog.room.people.invite(userId)
            }
        }
        Label {
            objectName: "noticeLabel"
            Layout.fillWidth: true
            visible: dialog.notice !== ""
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
            text: qsTr("Done")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
