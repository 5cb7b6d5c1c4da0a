// One row of the timeline: a day separator when the day changes, then either a centred one-line
// sentence (state events) or a message with the sender's name and avatar at the start of a run.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: item

    required property var room
    required property string displayText
    required property bool isRichText
    required property string kind
    required property bool showSender
    required property string dayLabel
    required property string timeText
    required property string sender
    required property string senderDisplayName
    required property string sendState
    required property string sendError
    required property string txnId
    // The attachment (see media_roles.h; empty for text) and the sender's picture.
    required property var media
    required property string senderAvatarUrl
    // Conversation (replies, edits, reactions, receipts): see TimelineViewModel's roles.
    required property string eventId
    required property var reply
    required property var reactionChips
    required property var readers
    required property bool unreadMarker
    required property bool isEdited
    required property bool isOwn
    required property bool canEdit
    // crypto::SenderTrust of a decrypted message, -1 otherwise (TrustMark).
    required property int senderTrust

    // What the room view does for the row: jump to an original, open the menu or the picker.
    signal replyQuoteClicked(string eventId)
    signal menuRequested(string eventId, bool canEdit, bool isOwn)
    signal reactRequested(string eventId)
    signal replyRequested(string eventId)

    readonly property bool isSummary: kind === "summary"
    readonly property bool pending: sendState === "queued"
    readonly property bool failed: sendState === "failed"
    // Briefly true after a jump to this row (the list view names the row to highlight).
    readonly property bool highlighted: ListView.view !== null && ListView.view.highlightedEventId !== undefined
                                        && eventId !== "" && ListView.view.highlightedEventId === eventId

    spacing: 0

    // Day separator.
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 12
        Layout.bottomMargin: 6
        visible: item.dayLabel !== ""
        spacing: 8

        Rectangle { Layout.fillWidth: true; height: 1; color: item.palette.mid; opacity: 0.5 }
        Label {
            objectName: "dayLabel"
            text: item.dayLabel
            font.pixelSize: 11
            font.bold: true
            opacity: 0.7
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: item.palette.mid; opacity: 0.5 }
    }

    // State events: one small centred line.
    Label {
        objectName: "summary"
        Layout.fillWidth: true
        Layout.topMargin: 2
        Layout.bottomMargin: 2
        visible: item.isSummary
        text: item.displayText
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: 11
        opacity: 0.6
    }

    RowLayout {
        id: messageRow

        Layout.fillWidth: true
        Layout.topMargin: item.showSender ? 10 : 1
        visible: !item.isSummary
        spacing: 10

        HoverHandler { id: messageHover }
        TapHandler {
            acceptedButtons: Qt.RightButton
            enabled: item.eventId !== ""
            onTapped: item.menuRequested(item.eventId, item.canEdit, item.isOwn)
        }

        Item {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 36
            implicitHeight: item.showSender ? 36 : 1
            z: 1

            // A brief highlight behind the row after a jump to it.
            Rectangle {
                x: -6
                y: -3
                z: -1
                width: messageRow.width + 12
                height: messageRow.height + 6
                radius: 6
                color: item.palette.highlight
                opacity: item.highlighted ? 0.18 : 0
                Behavior on opacity { NumberAnimation { duration: 400 } }
            }

            MessageHoverBar {
                x: messageRow.width - width
                y: -height / 2 - 2
                visible: (messageHover.hovered || hovered) && item.eventId !== "" && !item.isSummary
                onReplyClicked: item.replyRequested(item.eventId)
                onReactClicked: item.reactRequested(item.eventId)
                onMenuClicked: item.menuRequested(item.eventId, item.canEdit, item.isOwn)
            }

            Avatar {
                visible: item.showSender
                name: item.senderDisplayName !== "" ? item.senderDisplayName : item.sender
                seed: item.sender
                avatarUrl: item.senderAvatarUrl
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                visible: item.showSender
                spacing: 8

                Label {
                    objectName: "senderName"
                    text: item.senderDisplayName !== "" ? item.senderDisplayName : item.sender
                    font.bold: true
                    color: {
                        let h = 0
                        for (let i = 0; i < item.sender.length; ++i)
                            h = (h * 31 + item.sender.charCodeAt(i)) % 360
                        // Readable on both light and dark backgrounds.
                        const dark = item.palette.base.hslLightness < 0.5
                        return Qt.hsla(h / 360, 0.55, dark ? 0.7 : 0.38, 1)
                    }
                }
                Label {
                    text: item.timeText
                    font.pixelSize: 11
                    opacity: 0.5
                }
            }

            ReplyQuote {
                objectName: "replyQuote"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.topMargin: 2
                visible: item.reply !== undefined && item.reply.eventId !== undefined
                reply: item.reply
                onActivated: eventId => item.replyQuoteClicked(eventId)
            }

            TextEdit {
                objectName: "body"
                Layout.fillWidth: true
                visible: !item.media.kind
                readOnly: true
                selectByMouse: true
                text: item.displayText
                textFormat: item.isRichText ? TextEdit.RichText : TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                color: item.palette.text
                selectionColor: item.palette.highlight
                selectedTextColor: item.palette.highlightedText
                font.italic: item.kind === "emote"
                opacity: item.kind === "notice" || item.pending ? 0.6 : 1
                onLinkActivated: link => Qt.openUrlExternally(link)
            }

            // Images, stickers, video, audio and files.
            MediaContent {
                active: !!item.media.kind
                media: item.media
                room: item.room
                maxWidth: item.width - 46
                opacity: item.pending ? 0.6 : 1
            }

            Label {
                objectName: "editedMark"
                visible: item.isEdited
                text: qsTr("(edited)")
                font.pixelSize: 10
                opacity: 0.5
            }

            ReactionChips {
                objectName: "reactions"
                Layout.fillWidth: true
                Layout.topMargin: 2
                visible: item.reactionChips.length > 0
                reactions: item.reactionChips
                onToggled: key => item.room.toggleReaction(item.eventId, key)
                onAddRequested: item.reactRequested(item.eventId)
            }

            RowLayout {
                visible: item.pending || item.failed
                spacing: 6

                Label {
                    objectName: "sendStatus"
                    text: item.failed ? qsTr("Failed to send") : qsTr("Sending…")
                    font.pixelSize: 11
                    color: item.failed ? "#d93f3f" : item.palette.text
                    opacity: item.failed ? 1 : 0.6
                    ToolTip.visible: item.failed && hover.hovered
                    ToolTip.text: item.sendError

                    HoverHandler { id: hover }
                }
                Button {
                    objectName: "retryButton"
                    visible: item.failed
                    flat: true
                    text: qsTr("Retry")
                    font.pixelSize: 11
                    onClicked: item.room.retry(item.txnId)
                }
            }
        }

        // A decrypted message from a device that is not verified: a small shield, explained on hover.
        TrustMark {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: item.showSender ? 22 : 3
            trust: item.senderTrust
        }
    }

    ReadReceipts {
        objectName: "readReceipts"
        Layout.alignment: Qt.AlignRight
        Layout.topMargin: 2
        visible: item.readers.length > 0
        readers: item.readers
    }

    // "New messages": what follows arrived after the user last read the room.
    RowLayout {
        objectName: "unreadMarker"
        Layout.fillWidth: true
        Layout.topMargin: 8
        Layout.bottomMargin: 4
        visible: item.unreadMarker
        spacing: 8

        Rectangle { Layout.fillWidth: true; height: 1; color: "#e0533d" }
        Label {
            text: qsTr("New messages")
            font.pixelSize: 11
            font.bold: true
            color: "#e0533d"
        }
        Rectangle { Layout.preferredWidth: 24; height: 1; color: "#e0533d" }
    }
}
