// Scrolling through unread messages reads them: once the timeline rests for half a second, the read
// receipt creeps to the newest message wholly in view (as in Element). The read marker stays for the
// "New messages" line (RoomView). Restart it whenever the view scrolls or the app's state changes.
import QtQuick

Timer {
    id: creep

    // RoomView's ListView (with its `settled`) and the room's controller.
    required property ListView listView
    property var room: null

    interval: 500
    onTriggered: {
        if (!room || !listView.settled || room.loadingHistory || listView.count === 0
                || Qt.application.state !== Qt.ApplicationActive)
            return
        if (listView.moving) {
            restart()
            return
        }
        const row = newestFullyShownRow()
        if (row >= 0)
            room.markSeenUpTo(row)
    }

    // The newest row wholly inside the viewport, or -1.
    function newestFullyShownRow() {
        const top = listView.contentY
        const bottom = top + listView.height
        let row = listView.indexAt(listView.width / 2, bottom - 1)
        if (row < 0)
            row = listView.count - 1 // the bottom margin, or a short history
        for (; row >= 0; --row) {
            const item = listView.itemAtIndex(row)
            if (!item)
                continue
            if (item.y + item.height <= top)
                return -1
            if (item.y >= top - 0.5 && item.y + item.height <= bottom + 0.5)
                return row
        }
        return -1
    }
}
