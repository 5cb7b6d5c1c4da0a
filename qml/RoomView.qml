// The open room: header, timeline and composer.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Pane {
    id: view

    // The RoomController (owned in C++), or null when no room is open.
    required property var room
    // AppDialogs, for the header's member toggle and room menu.
    property var dialogs: null

    padding: 0

    function focusComposer() { composer.forceActiveFocus() }

    // Conversation actions the rows ask for.
    function replyTo(eventId) {
        view.room.startReply(eventId)
        composer.forceActiveFocus()
    }
    function editMessage(eventId) {
        const text = view.room.startEdit(eventId)
        if (text !== "") {
            composer.text = text
            composer.cursorPosition = composer.length
        }
        composer.forceActiveFocus()
    }
    function cancelCompose() {
        if (view.room.editingEventId !== "")
            composer.clear()
        view.room.cancelCompose()
    }
    function jumpTo(eventId) {
        timeline.stickToEnd = false
        showJumped(eventId, view.room.jumpTo(eventId)) // -1: the history is searched (jumpReady)
    }
    function showJumped(eventId, row) {
        if (row < 0)
            return
        // The read marker's row is not what the user looks for: the line below it shows the place.
        const marker = eventId === view.room.unreadEventId
        Qt.callLater(() => {
            timeline.positionViewAtIndex(row, ListView.Center)
            if (!marker) {
                timeline.highlightedEventId = eventId
                highlightTimer.restart()
            }
            view.updateUnread()
        })
    }
    // "Jump to first unread": the "New messages" line, paging back to it if needed.
    function jumpToUnread() {
        if (view.room && view.room.unreadEventId !== "")
            jumpTo(view.room.unreadEventId)
    }
    // Esc: everything is read (the line and the pill go); the view returns to the newest message.
    function markAllRead() {
        if (!view.room)
            return
        view.room.markAllRead()
        if (view.room.atLiveEdge) {
            timeline.stickToEnd = true
            timeline.positionViewAtEnd()
        }
    }
    // Where the "New messages" line is against the viewport: -1 above, 0 in view, 1 below.
    function unreadMarkerPlace() {
        const row = view.room.unreadMarkerRow
        if (row < 0)
            return view.room.unreadBeforeWindow ? -1 : 1
        const item = timeline.itemAtIndex(row)
        if (item) {
            const lineY = item.y + item.height - 6 // the line closes its row
            return lineY < timeline.contentY ? -1 : lineY > timeline.contentY + timeline.height ? 1 : 0
        }
        const middle = timeline.indexAt(timeline.width / 2, timeline.contentY + timeline.height / 2)
        return middle >= 0 && row > middle ? 1 : -1
    }
    // The pill shows while the line is above the viewport; the line on screen counts as seen.
    function updateUnread() {
        const ready = view.room !== null && timeline.settled && !view.room.loadingHistory && timeline.count > 0
        const place = ready && view.room.hasUnread ? unreadMarkerPlace() : 1
        unreadPill.shown = ready && view.room.hasUnread && place < 0
        if (ready && view.room.unreadMarkerRow >= 0 && place === 0) {
            view.room.unreadMarkerSeen()
            view.markReadIfSeen()
        }
    }
    // The user sees the newest message: the read marker and the receipt move there.
    function markReadIfSeen() {
        if (view.room && timeline.stickToEnd && timeline.count > 0 && Qt.application.state === Qt.ApplicationActive)
            view.room.markRead()
    }
    Connections {
        target: view.room
        function onJumpReady(eventId, row) { view.showJumped(eventId, row) }
        function onUnreadChanged() { Qt.callLater(view.updateUnread) }
        function onLoadingHistoryChanged() { Qt.callLater(view.updateUnread) }
    }
    Connections {
        target: Qt.application
        function onStateChanged() {
            view.markReadIfSeen()
            receiptCreep.restart()
        }
    }
    // Messages arriving while the user follows the bottom are seen: one receipt for a burst,
    // sent a moment after the first of it (markRead skips local echoes and repeats).
    Timer {
        id: receiptDelay

        interval: 500
        onTriggered: view.markReadIfSeen()
    }
    ReadReceiptCreep {
        id: receiptCreep

        listView: timeline
        room: view.room
    }
    Timer {
        id: highlightTimer

        interval: 1600
        onTriggered: timeline.highlightedEventId = ""
    }
    TimelineKeys {
        id: timelineKeys

        listView: timeline
        textArea: composer
    }
    // The message menu and the emoji picker are made on first use (LazyDialog), not with the view.
    LazyDialog {
        id: messageMenu

        overlay: view
        component: Component {
            MessageMenu {
                room: view.room
                onReplyRequested: eventId => view.replyTo(eventId)
                onEditRequested: eventId => view.editMessage(eventId)
                onReactRequested: eventId => emojiPicker.create().openFor(eventId)
            }
        }
    }
    LazyDialog {
        id: emojiPicker

        overlay: view.Overlay.overlay
        component: Component {
            EmojiPicker {
                x: parent ? parent.width - width - 24 : 0
                y: parent ? parent.height - height - 80 : 0
                emojiModel: view.room ? view.room.emoji : null
                onPicked: (emoji, eventId) => {
                    if (eventId !== "") {
                        view.room.toggleReaction(eventId, emoji)
                    } else {
                        composer.insert(composer.cursorPosition, emoji)
                        composer.forceActiveFocus()
                    }
                }
            }
        }
    }

    background: Rectangle {
        color: view.palette.base
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: view.room !== null

        // Header.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            Layout.leftMargin: 16
            spacing: 10

            Avatar {
                name: view.room ? view.room.displayName : ""
                seed: view.room ? view.room.roomId : ""
                avatarUrl: view.room ? view.room.avatarUrl : ""
                size: 36
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                RowLayout {
                    spacing: 6

                    Label {
                        Layout.fillWidth: true
                        text: view.room ? view.room.displayName : ""
                        font.pixelSize: 16
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        visible: view.room !== null && view.room.isEncrypted
                        text: "🔒"
                        Accessible.name: qsTr("Encrypted")
                        ToolTip.visible: lockHover.hovered
                        ToolTip.text: qsTr("Messages in this room are end-to-end encrypted.")

                        HoverHandler { id: lockHover }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: view.room && view.room.topic !== "" ? view.room.topic
                          : view.room ? qsTr("%n member(s)", "", view.room.memberCount) : ""
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    maximumLineCount: 1
                    font.pixelSize: 12
                    opacity: 0.7
                }
            }
            Label {
                visible: view.room !== null && view.room.topic !== ""
                text: view.room ? qsTr("%n member(s)", "", view.room.memberCount) : ""
                font.pixelSize: 12
                opacity: 0.7
            }
            RoomHeaderActions {
                room: view.room
                dialogs: view.dialogs
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
            padding: 0
        }

        // Older messages failed to load: why, with Retry (instead of a spinner that never ends).
        HistoryErrorBar {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.topMargin: visible ? 4 : 0
            room: view.room
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: timeline
                objectName: "timelineView"

                // Follow new messages only while the newest one is in view.
                property bool stickToEnd: true
                // The row to highlight briefly after a jump to it.
                property string highlightedEventId
                // Placed at the end after the room opened: from then on what is in view was seen.
                property bool settled: false

                // A short history sits at the bottom, next to the composer, as in every chat app: the
                // top margin takes the free space. It is set after layout, not bound: the view lays
                // out (and estimates contentHeight) by its height and margins, so a binding loops.
                function fitShortHistory() { topMargin = Math.max(8, height - contentHeight - bottomMargin) }
                anchors.fill: parent
                clip: true
                model: view.room ? view.room.timeline : null
                topMargin: 8
                onHeightChanged: Qt.callLater(fitShortHistory)
                bottomMargin: 8
                reuseItems: false
                activeFocusOnTab: true
                // Rows are not selected (TimelineKeys scrolls instead): with no current row the focus
                // stays on the view, and no row is kept made for being current.
                keyNavigationEnabled: false
                currentIndex: -1
                Keys.onEscapePressed: view.markAllRead()
                Keys.onPressed: event => timelineKeys.timelineKey(event)
                ScrollBar.vertical: ScrollBar {}

                // A left press anywhere in the timeline gives it the keys. On `pressed` with the passive
                // grab, not `tapped`: the rows' handlers, links and text selection keep their press, and
                // a row's text that took the focus on it keeps it (the view is its focus scope).
                TapHandler {
                    acceptedButtons: Qt.LeftButton
                    onPressedChanged: {
                        if (pressed && !timeline.activeFocus)
                            timeline.forceActiveFocus(Qt.MouseFocusReason)
                    }
                }

                delegate: TimelineDelegate {
                    x: 16
                    width: ListView.view.width - 32
                    room: view.room
                    onReplyQuoteClicked: eventId => view.jumpTo(eventId)
                    onMenuRequested: (eventId, canEdit, isOwn) => messageMenu.create().openFor(eventId, canEdit, isOwn)
                    onReactRequested: eventId => emojiPicker.create().openFor(eventId)
                    onReplyRequested: eventId => view.replyTo(eventId)
                }

                header: Item {
                    readonly property bool loading: view.room !== null && view.room.loadingHistory
                                                    && view.room.historyError === ""
                    width: timeline.width
                    height: view.room && (loading || view.room.atRoomStart) ? 36 : 0

                    // After a failure the error bar shows the retries instead.
                    BusyIndicator {
                        anchors.centerIn: parent
                        height: 28
                        visible: parent.loading
                        running: visible
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: view.room !== null && view.room.atRoomStart && !view.room.loadingHistory
                        text: qsTr("This is the beginning of the room.")
                        font.pixelSize: 11
                        opacity: 0.6
                    }
                }

                onModelChanged: {
                    stickToEnd = true
                    settled = false
                    unreadPill.shown = false
                    Qt.callLater(() => {
                        positionViewAtEnd()
                        settled = true
                        view.updateUnread()
                    })
                }
                onCountChanged: {
                    Qt.callLater(view.updateUnread)
                    receiptCreep.restart() // rows may come into view without a scroll
                    if (!stickToEnd)
                        return
                    Qt.callLater(positionViewAtEnd)
                    if (!receiptDelay.running)
                        receiptDelay.start()
                }
                // Rows grow after they are added (media, wrapped text): stay at the end.
                onContentHeightChanged: {
                    Qt.callLater(fitShortHistory)
                    if (stickToEnd && !moving)
                        Qt.callLater(positionViewAtEnd)
                }
                // Scrolling lets go of the end (a page of history arriving must not pull the view
                // back down mid-flick); stopping at the end takes hold of it again.
                onMovementStarted: stickToEnd = false
                onMovementEnded: stickToEnd = atYEnd
                onStickToEndChanged: view.markReadIfSeen()
                onAtYEndChanged: if (atYEnd && canFetchNewer()) view.room.loadNewer()
                Component.onCompleted: Qt.callLater(view.markReadIfSeen)
                function canFetchNewer() { return view.room !== null && !view.room.atLiveEdge }
                readonly property bool nearTop: contentY - originY < 200
                onContentYChanged: {
                    Qt.callLater(view.updateUnread)
                    receiptCreep.restart()
                    if (view.room && count > 0 && nearTop && !view.room.loadingHistory)
                        view.room.loadOlder()
                }
                // Failed pages are retried only while the top is in view (or the room is empty).
                Binding {
                    target: view.room
                    when: view.room !== null
                    property: "historyWanted"
                    value: timeline.count === 0 || timeline.nearTop
                }

                HistorySearchBar {
                    id: historySearchBar
                    parent: timeline.parent
                    anchors.top: parent.top
                    anchors.topMargin: 8
                    anchors.horizontalCenter: parent.horizontalCenter
                    z: 2
                    search: view.room ? view.room.historySearch : null
                }
                UnreadPill {
                    id: unreadPill
                    parent: timeline.parent
                    anchors.top: historySearchBar.visible ? historySearchBar.bottom : parent.top
                    anchors.topMargin: 8
                    anchors.horizontalCenter: parent.horizontalCenter
                    z: 2
                    count: view.room ? view.room.unreadCount : 0
                    atLeast: view.room !== null && view.room.unreadCountAtLeast
                    onJumpRequested: view.jumpToUnread()
                    onDismissRequested: if (view.room) view.room.markAllRead()
                }
                Label {
                    parent: timeline.parent
                    anchors.centerIn: parent
                    visible: timeline.count === 0 && view.room !== null && !view.room.loadingHistory
                             && view.room.historyError === ""
                    text: qsTr("No messages yet.")
                    opacity: 0.7
                }
            }
        }

        TypingIndicator {
            objectName: "typingIndicator"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: view.room ? view.room.typingText : ""
        }

        // A member's new unverified device (DeviceTrustController); "Show devices" opens their card.
        NewDeviceBanner {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            trust: view.dialogs ? view.dialogs.trust : null
            onShowDevices: userId => view.dialogs.openMember(userId)
        }

        ComposerModeBar {
            objectName: "composerModeBar"
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            replyingToName: view.room ? view.room.replyingToName : ""
            editing: view.room !== null && view.room.editingEventId !== ""
            onCancelled: view.cancelCompose()
        }

        // Files being sent (AttachmentController), one row each.
        UploadBar {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            attachments: view.room ? view.room.attachments : null
        }

        // Composer: Enter sends, Shift+Enter starts a new line.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 8

            ToolButton {
                objectName: "attachButton"
                Layout.alignment: Qt.AlignBottom
                icon.source: "icons/paperclip.svg"
                Accessible.name: qsTr("Attach files")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: fileDialog.open()

                FileDialog {
                    id: fileDialog

                    title: qsTr("Send files")
                    fileMode: FileDialog.OpenFiles
                    onAccepted: if (view.room) view.room.attachments.sendFiles(selectedFiles)
                }
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.maximumHeight: 160

                TextArea {
                    id: composer
                    objectName: "composer"

                    MentionPopup {
                        id: mentionPopup
                        textArea: composer
                        model: view.room ? view.room.people.mentions : null
                    }

                    background: Rectangle {
                        radius: 8
                        color: view.palette.window
                        border.width: composer.activeFocus ? 2 : 1
                        border.color: composer.activeFocus ? view.palette.highlight : view.palette.mid
                    }
                    placeholderText: view.room ? qsTr("Message %1…").arg(view.room.displayName) : ""
                    wrapMode: TextArea.Wrap
                    textFormat: TextArea.PlainText
                    onTextChanged: if (view.room) view.room.composerEdited(text.length > 0)
                    Keys.onPressed: event => {
                        if (mentionPopup.handleKey(event) || timelineKeys.composerKey(event))
                            return
                        // An image on the clipboard is sent as a file; text pastes as usual.
                        if (event.matches(StandardKey.Paste) && view.room && view.room.attachments.pasteImage()) {
                            event.accepted = true
                            return
                        }
                        // Up in an empty composer edits the last own message; Esc leaves reply/edit mode.
                        if (event.key === Qt.Key_Up && text === "" && view.room) {
                            const last = view.room.editLastOwnMessage()
                            if (last !== "") {
                                event.accepted = true
                                text = last
                                cursorPosition = length
                            }
                            return
                        }
                        if (event.key === Qt.Key_Escape && view.room
                                && (view.room.replyingToEventId !== "" || view.room.editingEventId !== "")) {
                            event.accepted = true
                            view.cancelCompose()
                            return
                        }
                        // Esc with nothing else to leave marks the room read, as in Element.
                        if (event.key === Qt.Key_Escape && view.room) {
                            event.accepted = true
                            view.markAllRead()
                            return
                        }
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && !(event.modifiers & Qt.ShiftModifier)) {
                            event.accepted = true
                            if (view.room && view.room.send(text)) {
                                timeline.stickToEnd = true
                                clear()
                            }
                        }
                    }
                }
            }
            ToolButton {
                objectName: "emojiButton"
                Layout.alignment: Qt.AlignBottom
                text: "☺"
                font.pixelSize: 18
                Accessible.name: qsTr("Insert emoji")
                ToolTip.visible: hovered
                ToolTip.delay: 400
                ToolTip.text: qsTr("Insert emoji")
                onClicked: emojiPicker.create().openFor("")
            }
            Button {
                Layout.alignment: Qt.AlignBottom
                highlighted: true
                text: view.room && view.room.editingEventId !== "" ? qsTr("Save") : qsTr("Send")
                enabled: composer.text.trim().length > 0
                onClicked: {
                    if (view.room && view.room.send(composer.text)) {
                        timeline.stickToEnd = true
                        composer.clear()
                    }
                    composer.forceActiveFocus()
                }
            }
        }
    }

    // Files dropped anywhere on the room are sent to it.
    DropArea {
        id: drop

        anchors.fill: parent
        enabled: view.room !== null
        keys: ["text/uri-list"]
        onDropped: dropEvent => {
            if (dropEvent.hasUrls) {
                view.room.attachments.sendFiles(dropEvent.urls)
                dropEvent.acceptProposedAction()
            }
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: 8
            visible: drop.containsDrag
            radius: 12
            color: Qt.rgba(view.palette.highlight.r, view.palette.highlight.g, view.palette.highlight.b, 0.12)
            border.width: 2
            border.color: view.palette.highlight

            Label {
                anchors.centerIn: parent
                text: view.room ? qsTr("Drop files to send them to %1").arg(view.room.displayName) : ""
                font.pixelSize: 16
            }
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 24
        visible: view.room === null
        text: qsTr("Select a room to start chatting.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.7
    }
}
