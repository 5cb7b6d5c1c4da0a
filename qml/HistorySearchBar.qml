// The search of the history for a reply's original (HistorySearch): "searching…" with Cancel while
// older pages come from the server, then why nothing was found, with Close. A found message needs
// no bar: the view jumps to it and highlights it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: bar

    // RoomController.historySearch, or null.
    property var search: null
    readonly property bool searching: search !== null && search.searching
    readonly property string failure: search !== null ? search.failure : ""

    objectName: "historySearchBar"
    visible: searching || failure !== ""
    implicitWidth: Math.min(row.implicitWidth + 20, maximumWidth)
    implicitHeight: visible ? Math.max(40, row.implicitHeight + 12) : 0
    width: implicitWidth
    height: implicitHeight
    // Never wider than the timeline it floats over.
    property real maximumWidth: parent ? parent.width - 32 : 480
    radius: 8
    color: palette.window
    border.color: failure !== "" ? "#d9822b"
                                 : Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.25)

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 6
        spacing: 8

        BusyIndicator {
            Layout.preferredWidth: 24
            Layout.preferredHeight: 24
            visible: bar.searching
            running: visible
        }
        Label {
            objectName: "historySearchText"
            Layout.fillWidth: true
            Layout.maximumWidth: bar.maximumWidth - 140
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: palette.windowText
            text: bar.searching ? qsTr("Searching the history for the original message…") : bar.failure
        }
        Button {
            objectName: "cancelHistorySearch"
            text: bar.searching ? qsTr("Cancel") : qsTr("Close")
            flat: true
            onClicked: bar.searching ? bar.search.cancel() : bar.search.dismiss()
        }
    }
}
