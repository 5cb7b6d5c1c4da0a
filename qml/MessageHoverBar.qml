// The small bar over a hovered message: react, reply, more actions.
import QtQuick
import QtQuick.Controls

Rectangle {
    id: bar

    readonly property bool hovered: barHover.hovered

    signal reactClicked()
    signal replyClicked()
    signal menuClicked()

    implicitWidth: buttons.implicitWidth + 4
    implicitHeight: buttons.implicitHeight + 4
    width: implicitWidth
    height: implicitHeight
    radius: 6
    color: palette.window
    border.width: 1
    border.color: palette.mid

    HoverHandler { id: barHover }

    Row {
        id: buttons

        anchors.centerIn: parent

        ToolButton {
            objectName: "hoverReact"
            text: "☺"
            font.pixelSize: 15
            implicitWidth: 30
            implicitHeight: 26
            Accessible.name: qsTr("React")
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: qsTr("React")
            onClicked: bar.reactClicked()
        }
        ToolButton {
            objectName: "hoverReply"
            text: "↩"
            font.pixelSize: 15
            implicitWidth: 30
            implicitHeight: 26
            Accessible.name: qsTr("Reply")
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: qsTr("Reply")
            onClicked: bar.replyClicked()
        }
        ToolButton {
            objectName: "hoverMenu"
            text: "⋯"
            font.pixelSize: 15
            implicitWidth: 30
            implicitHeight: 26
            Accessible.name: qsTr("More actions")
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: qsTr("More actions")
            onClicked: bar.menuClicked()
        }
    }
}
