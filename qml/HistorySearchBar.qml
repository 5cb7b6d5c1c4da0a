// Shown while the history is searched for a reply's original (HistorySearch): what is going on,
// and a way to stop it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: bar

    // RoomController.historySearch, or null.
    property var search: null

    visible: search !== null && search.searching
    implicitWidth: row.implicitWidth + 20
    implicitHeight: visible ? 40 : 0
    radius: 8
    color: palette.window
    border.color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 6
        spacing: 8

        BusyIndicator {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            running: bar.visible
        }
        Label {
            objectName: "historySearchText"
            text: qsTr("Searching the history for the original message…")
            font.pixelSize: 12
        }
        Button {
            objectName: "cancelHistorySearch"
            text: qsTr("Cancel")
            flat: true
            onClicked: bar.search.cancel()
        }
    }
}
