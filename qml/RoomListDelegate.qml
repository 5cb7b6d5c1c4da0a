// One room of the sidebar: avatar, name, last message, time, unread and highlight badges;
// invites show Accept and Decline.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row

    required property var controller
    required property string roomId
    required property string displayName
    required property string lastMessagePreview
    required property var lastActivityTs
    required property int unreadCount
    required property int highlightCount
    required property bool isInvite
    required property string inviter
    required property string avatarUrl

    readonly property bool selected: roomId === controller.currentRoomId
    readonly property color fg: selected ? palette.highlightedText : palette.windowText

    leftPadding: 10
    rightPadding: 10
    topPadding: 6
    bottomPadding: 6
    Accessible.name: unreadCount > 0 ? qsTr("%1, %n unread", "", unreadCount).arg(displayName) : displayName
    onClicked: controller.selectRoom(roomId)

    background: Rectangle {
        color: row.selected ? row.palette.highlight
             : row.down ? row.palette.midlight
             : row.hovered ? Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.06)
             : "transparent"
    }

    contentItem: RowLayout {
        spacing: 10

        Avatar {
            Layout.alignment: Qt.AlignTop
            name: row.displayName
            seed: row.roomId
            avatarUrl: row.avatarUrl
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: row.displayName
                    elide: Text.ElideRight
                    font.bold: row.unreadCount > 0 || row.isInvite
                    color: row.fg
                }
                Label {
                    text: row.controller.activityTime(row.lastActivityTs)
                    font.pixelSize: 11
                    color: row.fg
                    opacity: 0.6
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Label {
                    Layout.fillWidth: true
                    text: row.isInvite ? (row.inviter !== "" ? qsTr("Invited by %1").arg(row.inviter) : qsTr("Invited"))
                                       : row.lastMessagePreview
                    textFormat: Text.PlainText
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: row.fg
                    opacity: 0.7
                }
                Label {
                    visible: row.unreadCount > 0 || row.highlightCount > 0
                    leftPadding: 6
                    rightPadding: 6
                    text: row.highlightCount > 0 ? row.highlightCount : row.unreadCount
                    color: "white"
                    font.pixelSize: 11
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    Layout.minimumWidth: implicitHeight

                    background: Rectangle {
                        radius: height / 2
                        // Mentions stand out in red; other unread messages use the accent colour.
                        color: row.highlightCount > 0 ? "#d93f3f" : Qt.darker(row.palette.highlight, row.selected ? 1.4 : 1.0)
                    }
                }
            }
            RowLayout {
                visible: row.isInvite
                spacing: 6

                Button {
                    text: qsTr("Accept")
                    highlighted: true
                    onClicked: row.controller.acceptInvite(row.roomId)
                }
                Button {
                    text: qsTr("Decline")
                    onClicked: row.controller.declineInvite(row.roomId)
                }
            }
        }
    }
}
