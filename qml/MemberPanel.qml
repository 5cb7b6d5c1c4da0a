// The member list beside the timeline (room header → Members): filter field, joined members by
// power level with Admin/Mod badges and presence, invited ones in their own section.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: panel

    property var room: null
    readonly property var members: room ? room.people.members : null

    signal memberClicked(string userId)
    signal closeRequested()

    padding: 0
    background: Rectangle {
        color: panel.palette.window
        Rectangle {
            width: 1
            height: parent.height
            color: panel.palette.mid
            opacity: 0.5
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.bottomMargin: 6
            Label {
                Layout.fillWidth: true
                text: panel.members ? qsTr("Members (%1)").arg(panel.room.memberCount) : qsTr("Members")
                font.bold: true
                font.pixelSize: 14
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Close the member list")
                onClicked: panel.closeRequested()
            }
        }
        TextField {
            id: filter
            objectName: "memberFilter"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            placeholderText: qsTr("Filter members")
            onTextEdited: if (panel.members) panel.members.filterText = text
            Keys.onEscapePressed: { text = ""; if (panel.members) panel.members.filterText = "" }
        }

        ListView {
            id: list
            objectName: "memberList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 6
            clip: true
            model: panel.members
            ScrollBar.vertical: ScrollBar {}

            section.property: "membership"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                leftPadding: 12
                topPadding: 8
                bottomPadding: 4
                text: section === "invite" ? qsTr("Invited") : qsTr("Joined")
                font.pixelSize: 11
                font.bold: true
                font.capitalization: Font.AllUppercase
                opacity: 0.6
            }

            delegate: ItemDelegate {
                id: row
                required property string userId
                required property string displayName
                required property string avatarUrl
                required property string role
                required property string presence
                required property string membership

                width: ListView.view.width
                leftPadding: 12
                rightPadding: 12
                opacity: membership === "invite" ? 0.75 : 1
                onClicked: panel.memberClicked(userId)
                ToolTip.visible: hovered
                ToolTip.delay: 800
                ToolTip.text: userId

                contentItem: RowLayout {
                    spacing: 10
                    Item {
                        implicitWidth: 32
                        implicitHeight: 32
                        UserAvatar {
                            name: row.displayName
                            seed: row.userId
                            source: row.avatarUrl
                            size: 32
                            maskColor: row.hovered ? Qt.darker(panel.palette.window, 1.05) : panel.palette.window
                        }
                        PresenceDot {
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            presence: row.presence
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.displayName
                        elide: Text.ElideRight
                    }
                    PowerBadge { role: row.role }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: filter.text !== "" ? qsTr("Nobody matches.") : qsTr("No members known yet.")
                opacity: 0.7
            }
        }
    }
}
