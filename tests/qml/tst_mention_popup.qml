// The @-mention popup over a TextArea: opens on "@" at a word start, follows the text typed after
// it, keys select, Enter/Tab insert the chosen name in place of "@query", Esc and spaces close it.
import QtQuick
import QtQuick.Controls
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "MentionPopup"
    width: 500
    height: 400
    visible: true
    when: windowShown

    // Stands in for MentionCompletionModel: rows, the query it was given, choose(row).
    ListModel {
        id: completion

        property string query
        property var chosen: []
        onQueryChanged: {
            clear()
            for (const p of [{ userId: "@bob:x", displayName: "Bob" }, { userId: "@bea:x", displayName: "Bea Arthur" }])
                if (p.displayName.toLowerCase().startsWith(query.toLowerCase()))
                    append({ userId: p.userId, displayName: p.displayName, avatarUrl: "", isRoom: false })
        }
        function choose(row) {
            chosen.push(get(row).userId)
            return get(row).displayName
        }
    }

    Component {
        id: editor

        Item {
            property alias area: area
            property alias popup: popup
            anchors.fill: parent

            TextArea {
                id: area
                y: 300
                width: 400
                height: 60
                Keys.onPressed: event => {
                    if (popup.handleKey(event))
                        return
                }
                MentionPopup {
                    id: popup
                    textArea: area
                    model: completion
                }
            }
        }
    }

    function makeEditor() {
        completion.query = "\u0000" // reset
        completion.chosen = []
        const e = createTemporaryObject(editor, testCase)
        e.area.forceActiveFocus()
        return e
    }

    function test_opens_filters_and_inserts_with_enter() {
        const e = makeEditor()
        keyClick(Qt.Key_H); keyClick(Qt.Key_I); keyClick(Qt.Key_Space)
        verify(!e.popup.opened)
        keyClick(Qt.Key_At, Qt.ShiftModifier)
        tryVerify(() => e.popup.opened)
        compare(completion.count, 2)
        keyClick(Qt.Key_B); keyClick(Qt.Key_E)
        compare(completion.query, "be")
        compare(completion.count, 1)
        keyClick(Qt.Key_Return)
        verify(!e.popup.opened)
        compare(e.area.text, "hi Bea Arthur ")
        compare(completion.chosen, ["@bea:x"])
        compare(e.area.cursorPosition, e.area.text.length)
    }

    function test_arrow_keys_and_tab() {
        const e = makeEditor()
        keyClick(Qt.Key_At, Qt.ShiftModifier)
        tryVerify(() => e.popup.opened)
        keyClick(Qt.Key_Down)
        compare(e.popup.currentIndex, 1)
        keyClick(Qt.Key_Down)
        compare(e.popup.currentIndex, 0) // wraps
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Tab)
        compare(e.area.text, "Bea Arthur ")
    }

    function test_escape_and_no_match_close() {
        const e = makeEditor()
        keyClick(Qt.Key_At, Qt.ShiftModifier)
        tryVerify(() => e.popup.opened)
        keyClick(Qt.Key_Escape)
        verify(!e.popup.opened)
        keyClick(Qt.Key_Z)
        verify(!e.popup.opened) // "@z" matches nobody
        compare(e.area.text, "@z")
    }

    function test_not_inside_a_word() {
        const e = makeEditor()
        e.area.insert(0, "mail")
        e.area.cursorPosition = 4
        keyClick(Qt.Key_At, Qt.ShiftModifier)
        verify(!e.popup.opened) // "mail@" is an address, not a mention
    }
}
