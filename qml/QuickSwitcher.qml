// Ctrl+K: type part of a room's name, Enter opens the first (or selected) match, Esc closes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Popup {
    id: switcher

    required property var controller

    modal: true
    focus: true
    width: Math.min(480, parent.width - 40)
    height: Math.min(420, parent.height - 80)
    x: (parent.width - width) / 2
    y: 60
    padding: 8
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        query.text = ""
        controller.switcherRooms.filterText = ""
        results.currentIndex = 0
        query.forceActiveFocus()
    }

    function openCurrent() {
        if (results.currentItem)
            controller.selectRoom(results.currentItem.roomId)
        close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            id: query

            Layout.fillWidth: true
            placeholderText: qsTr("Jump to a room…")
            onTextEdited: {
                switcher.controller.switcherRooms.filterText = text
                results.currentIndex = 0
            }
            Keys.onReturnPressed: switcher.openCurrent()
            Keys.onEnterPressed: switcher.openCurrent()
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
        }

        ListView {
            id: results

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: switcher.controller.switcherRooms
            highlightMoveDuration: 0

            delegate: ItemDelegate {
                id: switcherRow

                required property int index
                required property string roomId
                required property string displayName
                required property string avatarUrl

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    results.currentIndex = index
                    switcher.openCurrent()
                }

                contentItem: RowLayout {
                    spacing: 8

                    Avatar {
                        name: displayName
                        seed: roomId
                        avatarUrl: switcherRow.avatarUrl
                        size: 24
                    }
                    Label {
                        Layout.fillWidth: true
                        text: displayName
                        elide: Text.ElideRight
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: results.count === 0
                text: qsTr("No rooms match.")
                opacity: 0.7
            }
        }
    }
}
