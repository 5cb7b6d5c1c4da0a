// "+" → Join room: an address (#name:server), a room ID, or a matrix.to / matrix: link.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    required property var account
    property string errorText

    title: qsTr("Join a room")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(440, parent ? parent.width - 40 : 440)
    anchors.centerIn: parent
    padding: 20

    function join() {
        errorText = ""
        account.joinRoom(field.text)
    }

    onOpened: {
        field.text = ""
        errorText = ""
        field.forceActiveFocus()
    }

    Connections {
        target: dialog.account
        function onActionSucceeded(action, roomId) { if (action === "join" && dialog.opened) dialog.close() }
        function onActionFailed(action, message) { if (action === "join") dialog.errorText = message }
    }

    contentItem: ColumnLayout {
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: qsTr("Room address, room ID or link")
        }
        TextField {
            id: field
            objectName: "addressField"
            Layout.fillWidth: true
            placeholderText: qsTr("#room:example.org or https://matrix.to/#/…")
            onAccepted: if (text.trim() !== "") dialog.join()
            onTextEdited: dialog.errorText = ""
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
            objectName: "joinButton"
            text: dialog.account.busy ? qsTr("Joining…") : qsTr("Join")
            highlighted: true
            enabled: field.text.trim() !== "" && !dialog.account.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.join()
        }
    }
}
