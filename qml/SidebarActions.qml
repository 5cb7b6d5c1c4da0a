// The sidebar's top row: your avatar and name (the account menu: profile, sign out) and the "+"
// menu (new room, direct chat, join).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: actions

    required property var controller
    property var dialogs: null
    readonly property var account: controller.account

    spacing: 8

    AbstractButton {
        id: accountButton
        objectName: "accountButton"
        Layout.fillWidth: true
        Accessible.name: qsTr("Account menu")
        onClicked: accountMenu.popup(accountButton, 0, accountButton.height)
        hoverEnabled: true

        background: Rectangle {
            radius: 6
            color: accountButton.hovered ? Qt.rgba(accountButton.palette.windowText.r, accountButton.palette.windowText.g,
                                                   accountButton.palette.windowText.b, 0.06) : "transparent"
        }
        contentItem: RowLayout {
            spacing: 8
            UserAvatar {
                name: actions.account.displayName !== "" ? actions.account.displayName : actions.controller.userId
                seed: actions.controller.userId
                source: actions.account.avatarUrl
                size: 32
                maskColor: accountButton.hovered ? Qt.darker(actions.palette.window, 1.06) : actions.palette.window
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: actions.account.displayName !== "" ? actions.account.displayName : actions.controller.userId
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: actions.controller.syncStatus !== "" ? qsTr("Offline") : actions.controller.userId
                    font.pixelSize: 11
                    opacity: 0.6
                    elide: Text.ElideRight
                }
            }
        }

        Menu {
            id: accountMenu
            MenuItem { text: qsTr("Your profile…"); onTriggered: actions.dialogs.openProfile() }
            MenuItem { text: qsTr("Sessions…"); onTriggered: actions.dialogs.openSessions() }
            MenuItem { text: qsTr("Secure backup…"); onTriggered: actions.dialogs.openSecureBackup() }
            MenuSeparator {}
            MenuItem { text: qsTr("Sign out…"); onTriggered: actions.dialogs.openLogout() }
        }
    }

    ToolButton {
        id: plusButton
        objectName: "plusButton"
        text: "+"
        font.pixelSize: 20
        Accessible.name: qsTr("New room, direct chat or join")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("New room, direct chat or join")
        onClicked: plusMenu.popup(plusButton, 0, plusButton.height)

        Menu {
            id: plusMenu
            MenuItem { text: qsTr("New room…"); onTriggered: actions.dialogs.openCreateRoom() }
            MenuItem { text: qsTr("Start a direct chat…"); onTriggered: actions.dialogs.openDirectChat() }
            MenuItem { text: qsTr("Join a room…"); onTriggered: actions.dialogs.openJoinRoom() }
        }
    }
}
