// Emoji by category with a search by name; used for reactions and for the composer. The model
// (RoomController.emoji) does the filtering; this only shows it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Popup {
    id: picker

    // An EmojiModel: roles emoji and name; properties category, searchText, categories,
    // categoryIcons, quickReactions.
    property var emojiModel: null
    // Non-empty: a reaction to this event; empty: an emoji for the composer.
    property string targetEventId

    signal picked(string emoji, string targetEventId)

    function openFor(eventId) {
        targetEventId = eventId
        search.text = ""
        open()
        search.forceActiveFocus()
    }

    width: 360
    height: 400
    padding: 8
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onClosed: if (emojiModel) emojiModel.searchText = ""

    contentItem: ColumnLayout {
        spacing: 6

        // Quick reactions, the most used ones, first.
        RowLayout {
            Layout.fillWidth: true
            spacing: 2
            visible: picker.targetEventId !== ""

            Repeater {
                model: picker.emojiModel ? picker.emojiModel.quickReactions : []

                delegate: ToolButton {
                    required property string modelData

                    objectName: "quickReaction"
                    text: modelData
                    font.pixelSize: 20
                    implicitWidth: 40
                    implicitHeight: 36
                    onClicked: picker.choose(modelData)
                }
            }
        }

        TextField {
            id: search

            objectName: "emojiSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search emoji")
            onTextChanged: if (picker.emojiModel) picker.emojiModel.searchText = text
            Keys.onReturnPressed: if (grid.count > 0) picker.choose(grid.itemAtIndex(0).emoji)
        }

        // Category tabs (hidden while searching: the search covers every category).
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            visible: search.text === ""

            Repeater {
                model: picker.emojiModel ? picker.emojiModel.categoryIcons : []

                delegate: ToolButton {
                    required property string modelData
                    required property int index

                    objectName: "emojiCategory"
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: 16
                    checkable: true
                    checked: picker.emojiModel && picker.emojiModel.category === index
                    ToolTip.visible: hovered
                    ToolTip.delay: 400
                    ToolTip.text: picker.emojiModel ? picker.emojiModel.categories[index] : ""
                    Accessible.name: ToolTip.text
                    onClicked: picker.emojiModel.category = index
                }
            }
        }

        GridView {
            id: grid

            objectName: "emojiGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Math.floor(width / 8)
            cellHeight: 40
            model: picker.emojiModel
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                required property string emoji
                required property string name

                width: grid.cellWidth
                height: grid.cellHeight
                padding: 0
                text: emoji
                font.pixelSize: 22
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: name
                Accessible.name: name
                onClicked: picker.choose(emoji)
            }
        }

        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: grid.count === 0
            text: qsTr("No emoji found")
            opacity: 0.6
        }
    }

    function choose(emoji) {
        picked(emoji, targetEventId)
        close()
    }
}
