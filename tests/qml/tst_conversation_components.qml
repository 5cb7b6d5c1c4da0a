// The conversation components show what they are given and report what the user does: reply
// quotes, reaction chips, read receipts, the typing line, the composer's mode bar, the emoji
// picker and the message menu.
import QtQuick
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "ConversationComponents"
    width: 600
    height: 500
    visible: true
    when: windowShown

    Component { id: quoteComponent; ReplyQuote {} }
    Component { id: chipsComponent; ReactionChips { width: 400 } }
    Component { id: receiptsComponent; ReadReceipts {} }
    Component { id: typingComponent; TypingIndicator { width: 300 } }
    Component { id: modeBarComponent; ComposerModeBar { width: 400 } }
    Component { id: pickerComponent; EmojiPicker {} }
    Component { id: menuComponent; MessageMenu {} }

    SignalSpy { id: spy }

    // Stand-in for the EmojiModel: the same roles and properties, filtering by name.
    ListModel {
        id: fakeEmoji

        property int category: 0
        property string searchText
        property var categories: ["Smileys & Emotion", "Animals & Nature"]
        property var categoryIcons: ["😀", "🐵"]
        property var quickReactions: ["👍", "❤️"]

        ListElement { emoji: "😀"; name: "grinning face" }
        ListElement { emoji: "👍"; name: "thumbs up" }
    }

    // Stand-in for the RoomController's calls the menu makes.
    QtObject {
        id: fakeRoom

        property string copied
        property string redacted
        function copyText(id) { copied = id }
        function redact(id) { redacted = id }
        function eventSource(id) { return "{\"event_id\": \"" + id + "\"}" }
    }

    function make(component, props) {
        const obj = createTemporaryObject(component, testCase, props)
        verify(obj, "could not create the component")
        return obj
    }

    function test_reply_quote_loaded_jumps_on_click() {
        const quote = make(quoteComponent, { reply: { eventId: "$q", sender: "@bob:x", senderName: "Bob",
                                                      text: "the question", state: "loaded" } })
        compare(findChild(quote, "replySender").text, "Bob")
        compare(findChild(quote, "replyText").text, "the question")
        spy.clear(); spy.target = quote; spy.signalName = "activated"
        mouseClick(quote)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "$q")
    }

    function test_reply_quote_loading_is_not_clickable() {
        const quote = make(quoteComponent, { reply: { eventId: "$q", senderName: "", text: "Loading…",
                                                      state: "loading" } })
        verify(!findChild(quote, "replySender").visible)
        verify(findChild(quote, "replyText").font.italic)
        spy.clear(); spy.target = quote; spy.signalName = "activated"
        mouseClick(quote)
        compare(spy.count, 0)
    }

    function test_reaction_chips_show_counts_and_toggle() {
        const chips = make(chipsComponent, { reactions: [
            { key: "👍", count: 2, reactedByMe: true, toolTip: "Bob, You reacted with 👍" },
            { key: "🎉", count: 1, reactedByMe: false, toolTip: "Carol reacted with 🎉" }] })
        waitForRendering(chips)
        const first = findChild(chips, "reactionChip")
        verify(first)
        compare(findChild(first, "reactionCount").text, "2")
        verify(first.border.color !== Qt.color("transparent")) // the user's own reaction stands out
        spy.clear(); spy.target = chips; spy.signalName = "toggled"
        mouseClick(first)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "👍")
        spy.clear(); spy.signalName = "addRequested"
        mouseClick(findChild(chips, "addReaction"))
        compare(spy.count, 1)
    }

    function test_read_receipts_cap_at_three() {
        const readers = []
        for (const n of ["Ann", "Ben", "Cat", "Dan", "Eve"])
            readers.push({ userId: "@" + n.toLowerCase() + ":x", name: n, avatarUrl: "" })
        const receipts = make(receiptsComponent, { readers: readers })
        waitForRendering(receipts)
        let avatars = 0
        for (let i = 0; i < receipts.children.length; ++i)
            if (receipts.children[i].objectName === "readerAvatar")
                ++avatars
        compare(avatars, 3)
        const more = findChild(receipts, "moreReaders")
        verify(more.visible)
        compare(more.text, "+2")
        verify(receipts.toolTipText().indexOf("Eve") >= 0)

        const few = make(receiptsComponent, { readers: readers.slice(0, 2) })
        verify(!findChild(few, "moreReaders").visible)
    }

    function test_typing_indicator() {
        const typing = make(typingComponent, { text: "Alice is typing…" })
        const label = findChild(typing, "typingText")
        compare(label.text, "Alice is typing…")
        verify(label.parent.visible)
        typing.text = ""
        verify(!label.parent.visible)
        verify(typing.implicitHeight > 0) // keeps its place
    }

    function test_composer_mode_bar() {
        const bar = make(modeBarComponent, {})
        verify(!bar.visible)
        bar.replyingToName = "Bob"
        verify(bar.visible)
        verify(findChild(bar, "modeText").text.indexOf("Bob") >= 0)
        bar.replyingToName = ""
        bar.editing = true
        verify(bar.visible)
        spy.clear(); spy.target = bar; spy.signalName = "cancelled"
        mouseClick(findChild(bar, "cancelMode"))
        compare(spy.count, 1)
    }

    function test_emoji_picker_searches_and_picks() {
        const picker = make(pickerComponent, { emojiModel: fakeEmoji })
        picker.openFor("$target")
        tryCompare(picker, "opened", true)
        findChild(picker.contentItem, "emojiSearch").text = "thumbs"
        compare(fakeEmoji.searchText, "thumbs")
        spy.clear(); spy.target = picker; spy.signalName = "picked"
        const quick = findChild(picker.contentItem, "quickReaction")
        verify(quick && quick.visible)
        quick.clicked()
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "👍")
        compare(spy.signalArguments[0][1], "$target")
        tryCompare(picker, "opened", false)
        compare(fakeEmoji.searchText, "") // reset for the next time

        // For the composer: no quick reactions, the grid picks.
        picker.openFor("")
        tryCompare(picker, "opened", true)
        verify(!findChild(picker.contentItem, "quickReaction").parent.visible)
        const grid = findChild(picker.contentItem, "emojiGrid")
        tryVerify(() => grid.count === 2 && grid.itemAtIndex(0) !== null && grid.itemAtIndex(0).width > 0)
        spy.clear()
        grid.itemAtIndex(0).clicked()
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "😀")
        compare(spy.signalArguments[0][1], "")
    }

    function test_message_menu_actions() {
        const menu = make(menuComponent, { room: fakeRoom })
        const popup = findChild(menu, "messageMenu")
        menu.openFor("$m", false, false)
        tryCompare(popup, "opened", true)
        verify(!findChild(popup, "editAction").visible) // not own: no edit, no remove
        verify(!findChild(popup, "removeAction").visible)
        spy.clear(); spy.target = menu; spy.signalName = "replyRequested"
        findChild(popup, "replyAction").triggered()
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "$m")
        findChild(popup, "copyAction").triggered()
        compare(fakeRoom.copied, "$m")

        menu.openFor("$own", true, true)
        tryCompare(popup, "opened", true)
        verify(findChild(popup, "editAction").visible)
        spy.clear(); spy.signalName = "editRequested"
        findChild(popup, "editAction").triggered()
        compare(spy.signalArguments[0][0], "$own")
        // Removing asks first.
        findChild(popup, "removeAction").triggered()
        const confirm = findChild(menu, "confirmRemove")
        tryCompare(confirm, "opened", true)
        compare(fakeRoom.redacted, "")
        confirm.accept()
        compare(fakeRoom.redacted, "$own")
    }
}
