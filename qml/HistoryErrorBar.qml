// At the top of the timeline when older messages could not be loaded (RoomController.historyError):
// why, and Retry. The controller tries again by itself meanwhile, each time a little later.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: bar

    // The open RoomController, or null.
    property var room: null
    readonly property string error: room ? room.historyError : ""

    objectName: "historyErrorBar"
    visible: error !== ""
    implicitHeight: visible ? row.implicitHeight + 8 : 0
    radius: 6
    color: Qt.rgba(0.85, 0.51, 0.17, 0.16)
    border.color: "#d9822b"

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 4
        spacing: 8

        Label {
            objectName: "historyErrorText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
            text: qsTr("Couldn't load older messages: %1").arg(bar.error)
        }
        BusyIndicator {
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
            visible: bar.room !== null && bar.room.loadingHistory
            running: visible
        }
        Button {
            objectName: "retryHistoryButton"
            text: qsTr("Retry")
            flat: true
            enabled: bar.room !== null && !bar.room.loadingHistory
            onClicked: bar.room.retryHistory()
        }
    }
}
