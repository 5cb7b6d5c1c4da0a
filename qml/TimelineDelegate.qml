// One row of the timeline: a day separator when the day changes, then either a centred one-line
// sentence (state events) or a message with the sender's name and avatar at the start of a run.
// The parts few rows have (day separator, avatar and name, reply quote, reactions, receipts, the
// hover bar, send status, unread line) are Loaders made only when the row shows them: a row is
// made on every scroll step, so what it does not show should cost nothing.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: row

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
    Loader {
        Layout.fillWidth: true
        Layout.topMargin: 12
        Layout.bottomMargin: 6
        active: row.dayLabel !== ""
        visible: active

        sourceComponent: RowLayout {
            spacing: 8

            Rectangle { Layout.fillWidth: true; height: 1; color: row.palette.mid; opacity: 0.5 }
            Label {
                objectName: "dayLabel"
                text: row.dayLabel
                font.pixelSize: 11
                font.bold: true
                opacity: 0.7
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: row.palette.mid; opacity: 0.5 }
        }
    }

    // State events: one small centred line.
    Loader {
        Layout.fillWidth: true
        Layout.topMargin: 2
        Layout.bottomMargin: 2
        active: row.isSummary
        visible: active

        sourceComponent: Label {
            objectName: "summary"
            text: row.displayText
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: 11
            opacity: 0.6
        }
    }

    RowLayout {
        id: messageRow

        Layout.fillWidth: true
        Layout.topMargin: row.showSender ? 10 : 1
        visible: !row.isSummary
        spacing: 10

        HoverHandler { id: messageHover }
        TapHandler {
            acceptedButtons: Qt.RightButton
            enabled: row.eventId !== ""
            onTapped: row.menuRequested(row.eventId, row.canEdit, row.isOwn)
        }

        Item {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 36
            implicitHeight: row.showSender ? 36 : 1
            z: 1

            // A brief highlight behind the row after a jump to it.
            Rectangle {
                x: -6
                y: -3
                z: -1
                width: messageRow.width + 12
                height: messageRow.height + 6
                radius: 6
                color: row.palette.highlight
                opacity: row.highlighted ? 0.18 : 0
                visible: opacity > 0
                Behavior on opacity { NumberAnimation { duration: 400 } }
            }

            // Made while the pointer is over the row (or over the bar itself).
            Loader {
                id: hoverBar

                x: messageRow.width - width
                y: -height / 2 - 2
                active: row.eventId !== "" && !row.isSummary
                        && (messageHover.hovered || (hoverBar.item !== null && hoverBar.item.hovered))

                sourceComponent: MessageHoverBar {
                    onReplyClicked: row.replyRequested(row.eventId)
                    onReactClicked: row.reactRequested(row.eventId)
                    onMenuClicked: row.menuRequested(row.eventId, row.canEdit, row.isOwn)
                }
            }

            Loader {
                active: row.showSender

                sourceComponent: Avatar {
                    name: row.senderDisplayName !== "" ? row.senderDisplayName : row.sender
                    seed: row.sender
                    avatarUrl: row.senderAvatarUrl
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Loader {
                active: row.showSender
                visible: active

                sourceComponent: RowLayout {
                    spacing: 8

                    Label {
                        objectName: "senderName"
                        text: row.senderDisplayName !== "" ? row.senderDisplayName : row.sender
                        font.bold: true
                        color: {
                            let h = 0
                            for (let i = 0; i < row.sender.length; ++i)
                                h = (h * 31 + row.sender.charCodeAt(i)) % 360
                            // Readable on both light and dark backgrounds.
                            const dark = row.palette.base.hslLightness < 0.5
                            return Qt.hsla(h / 360, 0.55, dark ? 0.7 : 0.38, 1)
                        }
                    }
                    Label {
                        text: row.timeText
                        font.pixelSize: 11
                        opacity: 0.5
                    }
                }
            }

            Loader {
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.topMargin: 2
                active: row.reply !== undefined && row.reply.eventId !== undefined
                visible: active

                sourceComponent: ReplyQuote {
                    objectName: "replyQuote"
                    reply: row.reply
                    onActivated: eventId => row.replyQuoteClicked(eventId)
                }
            }

            TextEdit {
                objectName: "body"
                Layout.fillWidth: true
                visible: !row.media.kind
                readOnly: true
                selectByMouse: true
                text: row.displayText
                textFormat: row.isRichText ? TextEdit.RichText : TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                color: row.palette.text
                selectionColor: row.palette.highlight
                selectedTextColor: row.palette.highlightedText
                font.italic: row.kind === "emote"
                opacity: row.kind === "notice" || row.pending ? 0.6 : 1
                onLinkActivated: link => Qt.openUrlExternally(link)
            }

            // Images, stickers, video, audio and files.
            MediaContent {
                active: !!row.media.kind
                media: row.media
                room: row.room
                maxWidth: row.width - 46
                opacity: row.pending ? 0.6 : 1
            }

            Loader {
                active: row.isEdited
                visible: active

                sourceComponent: Label {
                    objectName: "editedMark"
                    text: qsTr("(edited)")
                    font.pixelSize: 10
                    opacity: 0.5
                }
            }

            Loader {
                Layout.fillWidth: true
                Layout.topMargin: 2
                active: row.reactionChips.length > 0
                visible: active

                sourceComponent: ReactionChips {
                    objectName: "reactions"
                    reactions: row.reactionChips
                    onToggled: key => row.room.toggleReaction(row.eventId, key)
                    onAddRequested: row.reactRequested(row.eventId)
                }
            }

            Loader {
                active: row.pending || row.failed
                visible: active

                sourceComponent: RowLayout {
                    spacing: 6

                    Label {
                        objectName: "sendStatus"
                        text: row.failed ? qsTr("Failed to send") : qsTr("Sending…")
                        font.pixelSize: 11
                        color: row.failed ? "#d93f3f" : row.palette.text
                        opacity: row.failed ? 1 : 0.6
                        ToolTip.visible: row.failed && hover.hovered
                        ToolTip.text: row.sendError

                        HoverHandler { id: hover }
                    }
                    Button {
                        objectName: "retryButton"
                        visible: row.failed
                        flat: true
                        text: qsTr("Retry")
                        font.pixelSize: 11
                        onClicked: row.room.retry(row.txnId)
                    }
                }
            }
        }

        // A decrypted message from a device that is not verified: a small shield, explained on hover.
        Loader {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: row.showSender ? 22 : 3
            active: row.senderTrust >= 1 && row.senderTrust <= 3
            visible: active

            sourceComponent: TrustMark {
                trust: row.senderTrust
            }
        }
    }

    Loader {
        Layout.alignment: Qt.AlignRight
        Layout.topMargin: 2
        active: row.readers.length > 0
        visible: active

        sourceComponent: ReadReceipts {
            objectName: "readReceipts"
            readers: row.readers
        }
    }

    // "New messages": what follows arrived after the user last read the room.
    Loader {
        Layout.fillWidth: true
        Layout.topMargin: 8
        Layout.bottomMargin: 4
        active: row.unreadMarker
        visible: active

        sourceComponent: RowLayout {
            objectName: "unreadMarker"
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
}
