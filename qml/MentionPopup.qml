// @-mention completion for a TextArea: typing "@" and part of a name lists matching members
// (MentionCompletionModel); Up/Down select, Enter/Tab insert the name, Esc closes. The composer
// calls handleKey(event) first in its Keys.onPressed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Popup {
    id: popup

    property Item textArea: null
    property var model: null
    // Where the "@" of the mention being typed is, or -1.
    property int mentionStart: -1
    property int currentIndex: 0

    // Call from the composer's Keys.onPressed; true when the key was used here.
    function handleKey(event) {
        if (!opened || !model || model.count === 0)
            return false
        if (event.key === Qt.Key_Down) {
            currentIndex = (currentIndex + 1) % model.count
        } else if (event.key === Qt.Key_Up) {
            currentIndex = (currentIndex + model.count - 1) % model.count
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Tab) {
            choose(currentIndex)
        } else if (event.key === Qt.Key_Escape) {
            mentionStart = -1
            close()
        } else {
            return false
        }
        event.accepted = true
        return true
    }

    function choose(row) {
        if (!textArea || mentionStart < 0)
            return
        const name = model.choose(row)
        const end = textArea.cursorPosition
        const start = mentionStart
        mentionStart = -1
        close()
        textArea.remove(start, end)
        textArea.insert(start, name + " ")
        textArea.cursorPosition = start + name.length + 1
        textArea.forceActiveFocus()
    }

    // The "@word" just before the cursor, if it starts at the beginning or after a space.
    function update() {
        if (!textArea || !model)
            return
        const before = textArea.text.substring(0, textArea.cursorPosition)
        const match = before.match(/(^|\s)@([^\s@]*)$/)
        if (!match) {
            mentionStart = -1
            close()
            return
        }
        mentionStart = before.length - match[2].length - 1
        model.query = match[2]
        currentIndex = 0
        if (model.count > 0)
            open()
        else
            close()
    }

    Connections {
        target: popup.textArea
        function onTextChanged() { popup.update() }
        function onCursorPositionChanged() { if (popup.opened) popup.update() }
    }

    parent: textArea
    x: 0
    y: -height - 6
    width: Math.min(320, textArea ? textArea.width : 320)
    padding: 4
    focus: false
    closePolicy: Popup.CloseOnPressOutside

    contentItem: ListView {
        id: list
        objectName: "mentionList"
        implicitHeight: Math.min(contentHeight, 8 * 40)
        clip: true
        model: popup.model
        currentIndex: popup.currentIndex
        highlightMoveDuration: 0

        delegate: ItemDelegate {
            required property int index
            required property string userId
            required property string displayName
            required property string avatarUrl
            required property bool isRoom

            width: ListView.view.width
            height: 40
            highlighted: index === popup.currentIndex
            onClicked: popup.choose(index)

            contentItem: RowLayout {
                spacing: 8
                UserAvatar {
                    name: isRoom ? "@" : displayName
                    seed: isRoom ? "@room" : userId
                    source: avatarUrl
                    size: 24
                    maskColor: popup.palette.window
                }
                Label {
                    text: displayName
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.maximumWidth: 160
                }
                Label {
                    Layout.fillWidth: true
                    text: isRoom ? qsTr("Notify everyone in the room") : userId
                    font.pixelSize: 11
                    opacity: 0.6
                    elide: Text.ElideRight
                }
            }
        }
    }
}
