// The main window's content once signed in: the room sidebar beside the open room.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

SplitView {
    id: page

    required property var controller

    objectName: "mainView"
    orientation: Qt.Horizontal

    // The app's hidden --show option (screenshots) opens a dialog or panel by name.
    // "jump:EVENT_ID" jumps to a message as a click on a reply's quote does (screenshots of the search).
    function showByName(name) {
        if (name.startsWith("jump:"))
            roomView.jumpTo(name.substring(5))
        else
            dialogs.openByName(name)
    }

    Shortcut {
        sequence: "Ctrl+K"
        onActivated: switcher.open()
    }
    Shortcut {
        sequence: "Alt+Up"
        onActivated: page.controller.selectAdjacentRoom(-1)
    }
    Shortcut {
        sequence: "Alt+Down"
        onActivated: page.controller.selectAdjacentRoom(1)
    }

    RoomSidebar {
        SplitView.preferredWidth: 300
        SplitView.minimumWidth: 220
        controller: page.controller
        dialogs: dialogs
    }

    RoomView {
        id: roomView

        SplitView.fillWidth: true
        SplitView.minimumWidth: 300
        room: page.controller.room
        dialogs: dialogs
        onRoomChanged: if (room) Qt.callLater(focusComposer)
    }

    MemberPanel {
        SplitView.preferredWidth: 260
        SplitView.minimumWidth: 200
        visible: dialogs.memberPanelVisible && page.controller.room !== null
        room: page.controller.room
        onMemberClicked: userId => dialogs.openMember(userId)
        onCloseRequested: dialogs.memberPanelVisible = false
    }

    AppDialogs {
        id: dialogs

        overlay: page.Overlay.overlay
        controller: page.controller
    }

    QuickSwitcher {
        id: switcher

        parent: Overlay.overlay
        controller: page.controller
    }
}
