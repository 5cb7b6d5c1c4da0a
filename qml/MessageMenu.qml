// The actions on one message (right click or the "⋯" button): reply, edit, react, copy, remove
// (with a confirmation), view source. Calls the RoomController; reply/edit/react go to the view.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: actions

    // The RoomController.
    required property var room
    property string eventId
    property bool canEdit: false
    property bool isOwn: false

    signal replyRequested(string eventId)
    signal editRequested(string eventId)
    signal reactRequested(string eventId)

    function openFor(eventId, canEdit, isOwn) {
        actions.eventId = eventId
        actions.canEdit = canEdit
        actions.isOwn = isOwn
        menu.popup()
    }

    Menu {
        id: menu

        objectName: "messageMenu"

        MenuItem {
            objectName: "replyAction"
            text: qsTr("Reply")
            onTriggered: actions.replyRequested(actions.eventId)
        }
        MenuItem {
            objectName: "editAction"
            text: qsTr("Edit")
            enabled: actions.canEdit
            height: enabled ? implicitHeight : 0
            visible: enabled
            onTriggered: actions.editRequested(actions.eventId)
        }
        MenuItem {
            objectName: "reactAction"
            text: qsTr("React…")
            onTriggered: actions.reactRequested(actions.eventId)
        }
        MenuItem {
            objectName: "copyAction"
            text: qsTr("Copy text")
            onTriggered: actions.room.copyText(actions.eventId)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "removeAction"
            text: qsTr("Remove…")
            enabled: actions.isOwn
            height: enabled ? implicitHeight : 0
            visible: enabled
            onTriggered: confirmRemove.open()
        }
        MenuItem {
            objectName: "sourceAction"
            text: qsTr("View source")
            onTriggered: {
                sourceText.text = actions.room.eventSource(actions.eventId)
                sourceDialog.open()
            }
        }
    }

    Dialog {
        id: confirmRemove

        objectName: "confirmRemove"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove message?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: actions.room.redact(actions.eventId)

        Label {
            width: 320
            text: qsTr("The message will be removed for everyone in the room. This cannot be undone.")
            wrapMode: Text.Wrap
        }
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Remove")
    }

    Dialog {
        id: sourceDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 640)
        height: Math.min(parent.height - 80, 520)
        modal: true
        title: qsTr("Event source")
        standardButtons: Dialog.Close

        ScrollView {
            anchors.fill: parent

            TextArea {
                id: sourceText

                readOnly: true
                selectByMouse: true
                wrapMode: TextArea.WrapAnywhere
                font.family: "monospace"
                font.pixelSize: 12
            }
        }
    }
}
