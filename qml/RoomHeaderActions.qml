// The room header's buttons: the member list toggle and the room menu (invite, settings, leave).
import QtQuick
import QtQuick.Controls

Row {
    id: actions

    property var room: null
    property var dialogs: null

    spacing: 2
    visible: room !== null && dialogs !== null

    ToolButton {
        objectName: "membersButton"
        text: qsTr("Members")
        font.pixelSize: 12
        checkable: true
        checked: actions.dialogs !== null && actions.dialogs.memberPanelVisible
        onClicked: actions.dialogs.memberPanelVisible = !actions.dialogs.memberPanelVisible
        Accessible.name: qsTr("Members")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Show or hide the member list")
    }
    ToolButton {
        id: menuButton
        objectName: "roomMenuButton"
        text: "⋮"
        font.pixelSize: 18
        Accessible.name: qsTr("Room menu")
        onClicked: menu.popup(menuButton, 0, menuButton.height)

        Menu {
            id: menu
            MenuItem {
                text: qsTr("Invite people…")
                enabled: actions.room !== null && actions.room.people.canInvite
                onTriggered: actions.dialogs.openInvite()
            }
            MenuItem {
                text: qsTr("Members")
                onTriggered: actions.dialogs.memberPanelVisible = true
            }
            MenuItem {
                text: qsTr("Settings…")
                onTriggered: actions.dialogs.openRoomSettings()
            }
            MenuSeparator {}
            MenuItem {
                text: qsTr("Leave room…")
                onTriggered: actions.dialogs.openLeave()
            }
        }
    }
}
