// The bar above the composer in reply or edit mode: what the next message will be, and a way out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: bar

    property string replyingToName
    property bool editing: false

    signal cancelled()

    visible: editing || replyingToName !== ""
    implicitHeight: visible ? 32 : 0
    radius: 6
    color: Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.12)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 4
        spacing: 8

        Label {
            objectName: "modeText"
            Layout.fillWidth: true
            text: bar.editing ? qsTr("Editing message") : qsTr("Replying to %1").arg(bar.replyingToName)
            font.pixelSize: 12
            elide: Text.ElideRight
        }
        Label {
            text: qsTr("Esc to cancel")
            font.pixelSize: 11
            opacity: 0.6
        }
        ToolButton {
            objectName: "cancelMode"
            text: "✕"
            font.pixelSize: 12
            implicitWidth: 28
            implicitHeight: 28
            Accessible.name: qsTr("Cancel")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Cancel")
            onClicked: bar.cancelled()
        }
    }
}
