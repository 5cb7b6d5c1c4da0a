// Driving the timeline from the keyboard, as Element and Nheko users expect. PageUp/PageDown scroll
// a little less than a page, from the timeline and from the composer (which keeps its focus); Up/Down
// scroll a line. In the timeline, Home goes to the oldest loaded message and End (Ctrl+End from the
// composer) to the newest, following new ones again; a printable key goes on in the composer, so the
// user never has to click it first. Scrolling only moves contentY: the view's own handlers load
// older history near the top and newer pages at the bottom, as they do for the mouse wheel.
import QtQuick

QtObject {
    id: keys

    // RoomView's ListView (with its stickToEnd) and the composer's TextArea.
    required property ListView listView
    required property Item textArea

    // The overlap kept between two pages, so the eye finds its place.
    readonly property real pageStep: Math.max(listView.height * 0.85, listView.height - 120)
    readonly property real lineStep: 48

    // Keys the timeline (or a row's read-only text, which passes them on) did not use.
    function timelineKey(event) {
        const mods = event.modifiers & ~Qt.KeypadModifier
        const plain = mods === Qt.NoModifier
        if (plain && event.key === Qt.Key_PageUp) {
            scrollBy(-pageStep)
        } else if (plain && event.key === Qt.Key_PageDown) {
            scrollBy(pageStep)
        } else if (plain && event.key === Qt.Key_Up) {
            scrollBy(-lineStep)
        } else if (plain && event.key === Qt.Key_Down) {
            scrollBy(lineStep)
        } else if ((plain || mods === Qt.ControlModifier) && event.key === Qt.Key_Home) {
            toOldest()
        } else if ((plain || mods === Qt.ControlModifier) && event.key === Qt.Key_End) {
            toNewest()
        } else if (typesText(event)) {
            textArea.forceActiveFocus()
            textArea.insert(textArea.cursorPosition, event.text)
        } else {
            return false
        }
        event.accepted = true
        return true
    }

    // Keys the composer gives away; everything else stays text editing (Home/End move the cursor).
    function composerKey(event) {
        const mods = event.modifiers & ~Qt.KeypadModifier
        if (mods === Qt.NoModifier && event.key === Qt.Key_PageUp)
            scrollBy(-pageStep)
        else if (mods === Qt.NoModifier && event.key === Qt.Key_PageDown)
            scrollBy(pageStep)
        else if (mods === Qt.ControlModifier && event.key === Qt.Key_End)
            toNewest()
        else
            return false
        event.accepted = true
        return true
    }

    // A key that types something: not a control character, not a shortcut (Ctrl+K stays the
    // switcher's). Ctrl+Alt is AltGr on Windows, which types characters too.
    function typesText(event) {
        const mods = event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)
        if (mods !== Qt.NoModifier && mods !== (Qt.ControlModifier | Qt.AltModifier))
            return false
        if (event.text.length === 0)
            return false
        for (let i = 0; i < event.text.length; ++i) {
            const c = event.text.charCodeAt(i)
            if (c < 0x20 || c === 0x7f)
                return false
        }
        return true
    }

    // Within the content: from the header (top margin included) to the last row's bottom margin.
    function scrollBy(dy) {
        const v = listView
        if (v.count === 0)
            return
        v.cancelFlick()
        const top = v.originY - v.topMargin
        const bottom = Math.max(top, v.originY + v.contentHeight + v.bottomMargin - v.height)
        v.stickToEnd = false
        v.contentY = Math.max(top, Math.min(bottom, v.contentY + dy))
        Qt.callLater(holdEndIfThere)
    }
    function toOldest() {
        if (listView.count === 0)
            return
        listView.cancelFlick()
        listView.stickToEnd = false
        listView.positionViewAtBeginning()
        Qt.callLater(holdEndIfThere)
    }
    function toNewest() {
        listView.cancelFlick()
        listView.stickToEnd = true
        listView.positionViewAtEnd()
    }
    // As when a flick stops: at the end the view follows new messages again (a short history
    // that fits in the view is always at its end).
    function holdEndIfThere() { listView.stickToEnd = listView.atYEnd }
}
