// The rooms of the account (name and unread count) beside the latest messages of the selected one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

SplitView {
    id: page

    required property var controller

    orientation: Qt.Horizontal

    Pane {
        id: roomPane

        SplitView.preferredWidth: 280
        SplitView.minimumWidth: 200
        padding: 0

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 12
                spacing: 2

                Label {
                    text: qsTr("Rooms")
                    font.pixelSize: 18
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: page.controller.userId
                    elide: Text.ElideRight
                    opacity: 0.7
                }
            }

            MenuSeparator {
                Layout.fillWidth: true
                padding: 0
            }

            ListView {
                id: roomList

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.controller.rooms
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: roomDelegate

                    required property string roomId
                    required property string displayName
                    required property int unreadCount
                    required property int highlightCount
                    required property bool isInvite

                    width: ListView.view.width
                    leftPadding: 12
                    rightPadding: 12
                    highlighted: roomId === page.controller.currentRoomId
                    Accessible.name: unreadCount > 0
                                     ? qsTr("%1, %n unread", "", unreadCount).arg(displayName)
                                     : displayName
                    onClicked: page.controller.selectRoom(roomId)

                    // Flat rows on the sidebar; only the selected room stands out.
                    background: Rectangle {
                        color: roomDelegate.highlighted ? roomDelegate.palette.highlight
                             : roomDelegate.down ? roomDelegate.palette.midlight
                             : roomDelegate.hovered ? Qt.darker(roomDelegate.palette.window, 1.04)
                             : "transparent"
                    }

                    contentItem: RowLayout {
                        spacing: 8

                        Label {
                            Layout.fillWidth: true
                            text: roomDelegate.displayName
                            elide: Text.ElideRight
                            font.bold: roomDelegate.unreadCount > 0
                            color: roomDelegate.highlighted ? roomDelegate.palette.highlightedText
                                                            : roomDelegate.palette.text
                        }
                        Label {
                            visible: roomDelegate.isInvite
                            text: qsTr("Invited")
                            opacity: 0.7
                            color: roomDelegate.highlighted ? roomDelegate.palette.highlightedText
                                                            : roomDelegate.palette.text
                        }
                        Label {
                            visible: roomDelegate.unreadCount > 0
                            leftPadding: 6
                            rightPadding: 6
                            topPadding: 1
                            bottomPadding: 1
                            text: roomDelegate.unreadCount
                            color: "white"
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            Layout.minimumWidth: implicitHeight

                            background: Rectangle {
                                radius: height / 2
                                color: roomDelegate.highlightCount > 0 ? "#b3261e" : "#5c6b7a"
                            }
                        }
                    }
                }

                ColumnLayout {
                    anchors.centerIn: parent
                    width: roomList.width - 24
                    visible: roomList.count === 0
                    spacing: 12

                    BusyIndicator {
                        Layout.alignment: Qt.AlignHCenter
                        visible: !page.controller.roomsLoaded
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.controller.roomsLoaded ? qsTr("You have not joined any rooms yet.")
                                                          : qsTr("Loading your rooms…")
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        opacity: 0.7
                    }
                }
            }
        }
    }

    Pane {
        id: messagePane

        SplitView.fillWidth: true
        SplitView.minimumWidth: 240
        padding: 0

        background: Rectangle {
            color: messagePane.palette.base
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            visible: page.controller.currentRoomId !== ""

            Label {
                Layout.fillWidth: true
                Layout.margins: 12
                text: page.controller.currentRoomName
                font.pixelSize: 18
                font.bold: true
                elide: Text.ElideRight
            }

            MenuSeparator {
                Layout.fillWidth: true
                padding: 0
            }

            ListView {
                id: messageList

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 12
                topMargin: 12
                bottomMargin: 12
                model: page.controller.currentEvents
                ScrollBar.vertical: ScrollBar {}
                // Show the newest messages; the list is replaced whole when a message arrives.
                onModelChanged: Qt.callLater(positionViewAtEnd)

                delegate: ColumnLayout {
                    id: message

                    required property var modelData

                    x: 12
                    width: ListView.view.width - 24
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: message.modelData.sender
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: message.modelData.body
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.italic: message.modelData.placeholder
                        opacity: message.modelData.placeholder ? 0.7 : 1
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: messageList.count === 0
                    text: qsTr("No messages yet.")
                    opacity: 0.7
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 24
            visible: page.controller.currentRoomId === ""
            text: qsTr("Select a room to read its latest messages.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
        }
    }
}
