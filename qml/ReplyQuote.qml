// The quoted original above a reply: its sender and one line of it; clicking jumps to it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: quote

    // {eventId, sender, senderName, text, state: "loaded" | "loading" | "missing"}
    required property var reply

    signal activated(string eventId)

    readonly property bool loaded: reply && reply.state === "loaded"

    implicitWidth: Math.min(row.implicitWidth + 20, 520)
    implicitHeight: row.implicitHeight + 10
    radius: 6
    color: hover.hovered && loaded ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.16) : Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.06)
    Accessible.role: Accessible.Button
    Accessible.name: loaded ? qsTr("In reply to %1: %2").arg(reply.senderName).arg(reply.text) : ""

    Rectangle {
        width: 3
        height: parent.height
        radius: 1.5
        color: quote.palette.highlight
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 11
        anchors.rightMargin: 9
        spacing: 6

        Label {
            objectName: "replySender"
            visible: text !== ""
            text: quote.reply && quote.reply.senderName ? quote.reply.senderName : ""
            font.pixelSize: 12
            font.bold: true
        }
        Label {
            objectName: "replyText"
            Layout.fillWidth: true
            text: quote.reply && quote.reply.text ? quote.reply.text : ""
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 1
            font.pixelSize: 12
            font.italic: !quote.loaded
            opacity: 0.75
        }
    }

    HoverHandler {
        id: hover

        cursorShape: quote.loaded ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
    TapHandler {
        enabled: quote.loaded
        onTapped: quote.activated(quote.reply.eventId)
    }
}
