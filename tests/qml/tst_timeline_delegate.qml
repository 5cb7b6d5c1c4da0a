// The timeline row shows what the model's display roles say: sentences centred, messages with
// their sender at the start of a run, pending and failed local echoes, day separators.
import QtQuick
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "TimelineDelegate"
    width: 500
    height: 400
    visible: true
    when: windowShown

    Component {
        id: rowComponent

        TimelineDelegate {
            width: 480
        }
    }

    // A stand-in for RoomController's retry(); records what was asked.
    QtObject {
        id: fakeRoom

        property string retried
        function retry(txnId) { retried = txnId }
        property string toggled
        function toggleReaction(eventId, key) { toggled = eventId + " " + key }
    }

    function makeRow(overrides) {
        const props = {
            room: fakeRoom, displayText: "hello", isRichText: false, kind: "message", showSender: true,
            dayLabel: "", timeText: "12:00", sender: "@alice:localhost", senderDisplayName: "Alice",
            sendState: "remote", sendError: "", txnId: "", media: ({}), senderAvatarUrl: "",
            eventId: "$e1", reply: ({}), reactionChips: [], readers: [], unreadMarker: false,
            isEdited: false, isOwn: false, canEdit: false, senderTrust: -1
        }
        for (const k in overrides)
            props[k] = overrides[k]
        const row = createTemporaryObject(rowComponent, testCase, props)
        verify(row, "the delegate could not be created")
        return row
    }

    // Parts a row does not show are not made at all (Loaders), so absent counts as hidden.
    function shown(row, name) {
        const part = findChild(row, name)
        return part !== null && part.visible
    }

    function test_message_with_sender() {
        const row = makeRow({})
        const name = findChild(row, "senderName")
        verify(name.visible)
        compare(name.text, "Alice")
        compare(findChild(row, "body").text, "hello")
        verify(!shown(row, "summary"))
        verify(!shown(row, "dayLabel"))
    }

    function test_grouped_message_hides_sender() {
        const row = makeRow({ showSender: false })
        verify(!shown(row, "senderName"))
        verify(findChild(row, "body").visible)
    }

    function test_state_event_is_a_centred_sentence() {
        const row = makeRow({ kind: "summary", displayText: "Alice joined the room" })
        const summary = findChild(row, "summary")
        verify(summary.visible)
        compare(summary.text, "Alice joined the room")
        compare(summary.horizontalAlignment, Text.AlignHCenter)
        verify(!shown(row, "body"))
    }

    function test_rich_text_is_rendered_as_rich_text() {
        const row = makeRow({ isRichText: true, displayText: "<b>bold</b>" })
        const body = findChild(row, "body")
        compare(body.textFormat, TextEdit.RichText)
        compare(body.getText(0, body.length), "bold")
        const plain = makeRow({ displayText: "<b>bold</b>" })
        compare(findChild(plain, "body").textFormat, TextEdit.PlainText)
    }

    function test_day_separator() {
        const row = makeRow({ dayLabel: "Monday, 23 November 2026" })
        const label = findChild(row, "dayLabel")
        verify(label.visible)
        compare(label.text, "Monday, 23 November 2026")
    }

    function test_local_echo_states() {
        const pending = makeRow({ sendState: "queued", txnId: "t1" })
        verify(findChild(pending, "sendStatus").visible)
        verify(findChild(pending, "body").opacity < 1)
        verify(!shown(pending, "retryButton"))

        const failed = makeRow({ sendState: "failed", txnId: "t2", sendError: "No network" })
        verify(findChild(failed, "retryButton").visible)
        mouseClick(findChild(failed, "retryButton"))
        compare(fakeRoom.retried, "t2")

        const sent = makeRow({ sendState: "remote" })
        verify(!shown(sent, "sendStatus"))
    }

    function test_notice_is_dimmed() {
        const row = makeRow({ kind: "notice" })
        verify(findChild(row, "body").opacity < 1)
    }

    function test_conversation_parts() {
        const plain = makeRow({})
        verify(!shown(plain, "replyQuote"))
        verify(!shown(plain, "editedMark"))
        verify(!shown(plain, "reactions"))
        verify(!shown(plain, "readReceipts"))
        verify(!shown(plain, "unreadMarker"))

        const row = makeRow({
            reply: { eventId: "$q", senderName: "Bob", text: "the question", state: "loaded" },
            isEdited: true, unreadMarker: true,
            reactionChips: [{ key: "👍", count: 1, reactedByMe: false, toolTip: "Bob reacted with 👍" }],
            readers: [{ userId: "@bob:x", name: "Bob", avatarUrl: "" }]
        })
        verify(findChild(row, "replyQuote").visible)
        verify(findChild(row, "editedMark").visible)
        verify(findChild(row, "readReceipts").visible)
        verify(findChild(row, "unreadMarker").visible)
        const chips = findChild(row, "reactions")
        verify(chips.visible)
        waitForRendering(row)
        mouseClick(findChild(chips, "reactionChip"))
        compare(fakeRoom.toggled, "$e1 👍")

        spy.clear(); spy.target = row; spy.signalName = "replyQuoteClicked"
        mouseClick(findChild(row, "replyQuote"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "$q")
    }

    SignalSpy { id: spy }
}
