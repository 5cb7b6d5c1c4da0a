// Room menu → Leave: confirm, then RoomPeople::leave(); `left()` once the server agreed.
import QtQuick
import QtQuick.Controls

ConfirmDialog {
    id: dialog

    property var room: null

    signal left()

    title: qsTr("Leave room")
    message: room ? qsTr("Leave %1? You will need a new invitation to come back if the room is private.").arg(room.displayName) : ""
    actionText: qsTr("Leave")
    busy: room !== null && room.people.busy
    onConfirmed: if (room) room.people.leave()

    Connections {
        target: dialog.room ? dialog.room.people : null
        function onActionSucceeded(action) {
            if (action === "leave") {
                dialog.close()
                dialog.left()
            }
        }
        function onActionFailed(action, message) { if (action === "leave") dialog.errorText = message }
    }
}
