// A search field over the user directory (UserDirectoryModel) with its results; `picked(userId)`
// when a row is clicked or Enter is pressed on it. Used by the direct chat and invite dialogs.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: picker

    required property var people
    property string placeholder: qsTr("Search by name or user ID")

    signal picked(string userId, string displayName)

    function reset() {
        field.text = ""
        people.query = ""
        field.forceActiveFocus()
    }

    spacing: 6

    TextField {
        id: field
        objectName: "searchField"
        Layout.fillWidth: true
        placeholderText: picker.placeholder
        onTextEdited: {
            picker.people.query = text
            results.currentIndex = 0
        }
        Keys.onDownPressed: results.incrementCurrentIndex()
        Keys.onUpPressed: results.decrementCurrentIndex()
        onAccepted: if (results.currentItem) results.currentItem.clicked()

        BusyIndicator {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            height: parent.height - 8
            width: height
            running: picker.people.busy
            visible: running
        }
    }

    ListView {
        id: results
        objectName: "results"
        Layout.fillWidth: true
        Layout.preferredHeight: 220
        clip: true
        model: picker.people
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}
        onCountChanged: if (count > 0 && (currentIndex < 0 || currentIndex >= count)) currentIndex = 0

        delegate: ItemDelegate {
            required property int index
            required property string userId
            required property string displayName
            required property string avatarUrl

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: picker.picked(userId, displayName)

            contentItem: RowLayout {
                spacing: 10
                UserAvatar {
                    name: displayName
                    seed: userId
                    source: avatarUrl
                    size: 32
                    maskColor: picker.palette.window
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: displayName
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: displayName !== userId
                        text: userId
                        font.pixelSize: 11
                        opacity: 0.7
                        elide: Text.ElideRight
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 20
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            visible: results.count === 0
            opacity: 0.7
            text: picker.people.errorText !== "" ? picker.people.errorText
                  : picker.people.busy ? qsTr("Searching…")
                  : picker.people.query.trim() !== "" ? qsTr("Nobody found. Type a full user ID, like @name:server.")
                  : qsTr("Type a name or a user ID.")
        }
    }
}
