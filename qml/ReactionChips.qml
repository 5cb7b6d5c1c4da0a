// The reactions under a message: one chip per key with its count, highlighted when the user
// reacted; a tooltip names who reacted; clicking toggles the user's own reaction.
import QtQuick
import QtQuick.Controls

Flow {
    id: chips

    // [{key, count, reactedByMe, toolTip}]
    required property var reactions

    signal toggled(string key)
    signal addRequested()

    spacing: 4

    Repeater {
        model: chips.reactions

        delegate: Rectangle {
            id: chip

            required property var modelData

            objectName: "reactionChip"
            implicitWidth: chipRow.implicitWidth + 14
            implicitHeight: 24
            radius: height / 2
            color: modelData.reactedByMe ? Qt.rgba(chips.palette.highlight.r, chips.palette.highlight.g, chips.palette.highlight.b, 0.22)
                   : chipHover.hovered ? Qt.rgba(chips.palette.text.r, chips.palette.text.g, chips.palette.text.b, 0.12) : Qt.rgba(chips.palette.text.r, chips.palette.text.g, chips.palette.text.b, 0.06)
            border.width: 1
            border.color: modelData.reactedByMe ? chips.palette.highlight : "transparent"
            Accessible.role: Accessible.Button
            Accessible.name: modelData.toolTip

            Row {
                id: chipRow

                anchors.centerIn: parent
                spacing: 4

                Text {
                    text: chip.modelData.key
                    font.pixelSize: 14
                    color: chips.palette.text
                }
                Text {
                    objectName: "reactionCount"
                    anchors.verticalCenter: parent.verticalCenter
                    text: chip.modelData.count
                    font.pixelSize: 12
                    font.bold: chip.modelData.reactedByMe
                    color: chips.palette.text
                }
            }

            ToolTip.visible: chipHover.hovered
            ToolTip.delay: 400
            ToolTip.text: modelData.toolTip

            HoverHandler {
                id: chipHover

                cursorShape: Qt.PointingHandCursor
            }
            TapHandler {
                onTapped: chips.toggled(chip.modelData.key)
            }
        }
    }

    // Adds another reaction (opens the picker).
    Rectangle {
        objectName: "addReaction"
        visible: chips.reactions.length > 0
        implicitWidth: 30
        implicitHeight: 24
        radius: height / 2
        color: addHover.hovered ? Qt.rgba(chips.palette.text.r, chips.palette.text.g, chips.palette.text.b, 0.12) : Qt.rgba(chips.palette.text.r, chips.palette.text.g, chips.palette.text.b, 0.06)
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Add reaction")
        ToolTip.visible: addHover.hovered
        ToolTip.delay: 400
        ToolTip.text: qsTr("Add reaction")

        Text {
            anchors.centerIn: parent
            text: "+"
            font.pixelSize: 14
            color: chips.palette.text
            opacity: 0.7
        }
        HoverHandler {
            id: addHover

            cursorShape: Qt.PointingHandCursor
        }
        TapHandler {
            onTapped: chips.addRequested()
        }
    }
}
