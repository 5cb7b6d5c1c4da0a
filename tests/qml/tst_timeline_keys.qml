// TimelineKeys wired as RoomView wires it, over a list of fixed rows: PageUp/PageDown by a little less
// than a page from the list and from the text area (which keeps the focus), Home/End and Ctrl+End,
// following the end only there, printable keys moving on to the text area, shortcuts and Esc left alone.
import QtQuick
import QtQuick.Controls
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "TimelineKeys"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: roomComponent

        Item {
            id: room

            property alias list: list
            property alias area: area
            property alias keys: keys
            property int escapes: 0
            anchors.fill: parent

            ListView {
                id: list

                property bool stickToEnd: true
                width: 300
                height: 300
                clip: true
                model: testCase.rowCount
                keyNavigationEnabled: false
                delegate: Rectangle {
                    required property int index
                    width: 300
                    height: 30
                    color: index % 2 ? "lightgray" : "white"
                }
                Keys.onEscapePressed: room.escapes++
                Keys.onPressed: event => keys.timelineKey(event)
            }
            TextArea {
                id: area
                y: 320
                width: 300
                Keys.onPressed: event => keys.composerKey(event)
            }
            TimelineKeys {
                id: keys
                listView: list
                textArea: area
            }
        }
    }

    property int rowCount: 100

    function makeRoom(rows) {
        rowCount = rows
        const room = createTemporaryObject(roomComponent, testCase)
        room.list.positionViewAtEnd()
        return room
    }

    function test_page_keys_from_the_text_area() {
        const room = makeRoom(100)
        room.area.forceActiveFocus()
        const bottom = room.list.contentY
        verify(room.list.atYEnd)
        keyClick(Qt.Key_PageUp)
        const step = bottom - room.list.contentY
        verify(step > 150 && step < 300, "a page up was " + step)
        verify(room.area.activeFocus)
        verify(!room.list.stickToEnd)
        keyClick(Qt.Key_PageDown)
        compare(room.list.contentY, bottom)
        verify(room.area.activeFocus)
        tryVerify(() => room.list.stickToEnd) // back at the end: new rows are followed again
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_End, Qt.ControlModifier)
        verify(room.list.atYEnd)
        verify(room.list.stickToEnd)
        compare(room.area.text, "")
    }

    function test_home_end_and_lines_in_the_list() {
        const room = makeRoom(100)
        room.list.forceActiveFocus()
        keyClick(Qt.Key_Home)
        verify(room.list.atYBeginning)
        compare(room.list.indexAt(10, room.list.contentY + 5), 0)
        tryVerify(() => !room.list.stickToEnd)
        keyClick(Qt.Key_Down)
        compare(room.list.indexAt(10, room.list.contentY + 5), 1)
        keyClick(Qt.Key_Up)
        verify(room.list.atYBeginning)
        keyClick(Qt.Key_PageUp) // at the top already: stays there
        verify(room.list.atYBeginning)
        keyClick(Qt.Key_End)
        verify(room.list.atYEnd)
        verify(room.list.stickToEnd)
        compare(room.list.indexAt(10, room.list.contentY + room.list.height - 5), 99)
        verify(room.list.activeFocus)
    }

    function test_short_history_keeps_following() {
        const room = makeRoom(3)
        room.list.forceActiveFocus()
        keyClick(Qt.Key_PageUp)
        keyClick(Qt.Key_Home)
        wait(50) // the view looks where it is once the key is handled
        verify(room.list.stickToEnd)
    }

    function test_typing_goes_on_in_the_text_area() {
        const room = makeRoom(100)
        room.list.forceActiveFocus()
        keyClick(Qt.Key_K, Qt.ControlModifier)
        keyClick(Qt.Key_Escape)
        keyClick(Qt.Key_Tab)
        compare(room.escapes, 1)
        compare(room.area.text, "")
        room.list.forceActiveFocus()
        keyClick("h")
        verify(room.area.activeFocus)
        compare(room.area.text, "h")
        keyClick("i")
        compare(room.area.text, "hi")
    }

    // Keys as QML sees them: which of them type text.
    function test_types_text_data() {
        return [
            { tag: "letter", text: "h", modifiers: Qt.NoModifier, types: true },
            { tag: "capital", text: "H", modifiers: Qt.ShiftModifier, types: true },
            { tag: "accented", text: "é", modifiers: Qt.NoModifier, types: true },
            { tag: "space", text: " ", modifiers: Qt.NoModifier, types: true },
            { tag: "AltGr on Windows", text: "@", modifiers: Qt.ControlModifier | Qt.AltModifier, types: true },
            { tag: "Ctrl+K", text: "k", modifiers: Qt.ControlModifier, types: false },
            { tag: "Alt+x", text: "x", modifiers: Qt.AltModifier, types: false },
            { tag: "tab", text: "\t", modifiers: Qt.NoModifier, types: false },
            { tag: "escape", text: "\u001b", modifiers: Qt.NoModifier, types: false },
            { tag: "backspace", text: "\b", modifiers: Qt.NoModifier, types: false },
            { tag: "delete", text: "\u007f", modifiers: Qt.NoModifier, types: false },
            { tag: "no text", text: "", modifiers: Qt.NoModifier, types: false }
        ]
    }
    function test_types_text(data) {
        const room = makeRoom(1)
        compare(room.keys.typesText({ text: data.text, modifiers: data.modifiers }), data.types)
    }
}
