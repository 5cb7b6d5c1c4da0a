// The open room: header, timeline and composer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: view

    // The RoomController (owned in C++), or null when no room is open.
    required property var room

    padding: 0

    function focusComposer() { composer.forceActiveFocus() }

    background: Rectangle {
        color: view.palette.base
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: view.room !== null

        // Header.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            Layout.leftMargin: 16
            spacing: 10

            Avatar {
                name: view.room ? view.room.displayName : ""
                seed: view.room ? view.room.roomId : ""
                size: 36
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                RowLayout {
                    spacing: 6

                    Label {
                        Layout.fillWidth: true
                        text: view.room ? view.room.displayName : ""
                        font.pixelSize: 16
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        visible: view.room !== null && view.room.isEncrypted
                        text: "🔒"
                        Accessible.name: qsTr("Encrypted")
                        ToolTip.visible: lockHover.hovered
                        ToolTip.text: qsTr("Messages in this room are end-to-end encrypted.")

                        HoverHandler { id: lockHover }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: view.room && view.room.topic !== "" ? view.room.topic
                          : view.room ? qsTr("%n member(s)", "", view.room.memberCount) : ""
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    font.pixelSize: 12
                    opacity: 0.7
                }
            }
            Label {
                visible: view.room !== null && view.room.topic !== ""
                text: view.room ? qsTr("%n member(s)", "", view.room.memberCount) : ""
                font.pixelSize: 12
                opacity: 0.7
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
            padding: 0
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: timeline
                objectName: "timelineView"

                // Follow new messages only while the newest one is in view.
                property bool stickToEnd: true

                // A short history sits at the bottom, next to the composer, as in every chat app.
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: Math.min(parent.height, contentHeight + topMargin + bottomMargin)
                clip: true
                model: view.room ? view.room.timeline : null
                topMargin: 8
                bottomMargin: 8
                reuseItems: false
                ScrollBar.vertical: ScrollBar {}

                delegate: TimelineDelegate {
                    x: 16
                    width: ListView.view.width - 32
                    room: view.room
                }

                header: Item {
                    width: timeline.width
                    height: view.room && (view.room.loadingHistory || view.room.atRoomStart) ? 36 : 0

                    BusyIndicator {
                        anchors.centerIn: parent
                        height: 28
                        visible: view.room !== null && view.room.loadingHistory
                        running: visible
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: view.room !== null && view.room.atRoomStart && !view.room.loadingHistory
                        text: qsTr("This is the beginning of the room.")
                        font.pixelSize: 11
                        opacity: 0.6
                    }
                }

                onModelChanged: {
                    stickToEnd = true
                    Qt.callLater(positionViewAtEnd)
                }
                onCountChanged: if (stickToEnd) Qt.callLater(positionViewAtEnd)
                onMovementEnded: stickToEnd = atYEnd
                onContentYChanged: {
                    if (view.room && count > 0 && contentY - originY < 200 && !view.room.loadingHistory)
                        view.room.loadOlder()
                }

                Label {
                    parent: timeline.parent
                    anchors.centerIn: parent
                    visible: timeline.count === 0 && view.room !== null && !view.room.loadingHistory
                    text: qsTr("No messages yet.")
                    opacity: 0.7
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.preferredHeight: 18
            text: view.room ? view.room.typingText : ""
            font.pixelSize: 11
            font.italic: true
            opacity: 0.7
            elide: Text.ElideRight
        }

        // Composer: Enter sends, Shift+Enter starts a new line.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 8

            ScrollView {
                Layout.fillWidth: true
                Layout.maximumHeight: 160

                TextArea {
                    id: composer

                    background: Rectangle {
                        radius: 8
                        color: view.palette.window
                        border.width: composer.activeFocus ? 2 : 1
                        border.color: composer.activeFocus ? view.palette.highlight : view.palette.mid
                    }
                    placeholderText: view.room ? qsTr("Message %1…").arg(view.room.displayName) : ""
                    wrapMode: TextArea.Wrap
                    textFormat: TextArea.PlainText
                    onTextChanged: if (view.room) view.room.composerEdited(text.length > 0)
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && !(event.modifiers & Qt.ShiftModifier)) {
                            event.accepted = true
                            if (view.room && view.room.send(text)) {
                                timeline.stickToEnd = true
                                clear()
                            }
                        }
                    }
                }
            }
            Button {
                Layout.alignment: Qt.AlignBottom
                highlighted: true
                text: qsTr("Send")
                enabled: composer.text.trim().length > 0
                onClicked: {
                    if (view.room && view.room.send(composer.text)) {
                        timeline.stickToEnd = true
                        composer.clear()
                    }
                    composer.forceActiveFocus()
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 24
        visible: view.room === null
        text: qsTr("Select a room to start chatting.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.7
    }
}
