// "Alice is typing…" above the composer, with three pulsing dots; keeps its height when empty so
// the timeline does not jump.
import QtQuick
import QtQuick.Controls

Item {
    id: typing

    property string text

    implicitHeight: 18

    Row {
        anchors.verticalCenter: parent.verticalCenter
        spacing: 6
        visible: typing.text !== ""

        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: 3

            Repeater {
                model: 3

                delegate: Rectangle {
                    required property int index

                    width: 5
                    height: 5
                    radius: 2.5
                    color: typing.palette.text
                    opacity: 0.3

                    SequentialAnimation on opacity {
                        running: typing.visible && typing.text !== ""
                        loops: Animation.Infinite
                        PauseAnimation { duration: index * 150 }
                        NumberAnimation { to: 0.8; duration: 300 }
                        NumberAnimation { to: 0.3; duration: 300 }
                        PauseAnimation { duration: (2 - index) * 150 }
                    }
                }
            }
        }
        Label {
            objectName: "typingText"
            width: typing.width - 30
            text: typing.text
            font.pixelSize: 11
            font.italic: true
            opacity: 0.7
            elide: Text.ElideRight
        }
    }
}
