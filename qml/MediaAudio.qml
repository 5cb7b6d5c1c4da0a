// An audio clip in the timeline: a card with its name, play/pause, position and duration.
// Playing fetches the file through the authenticated media client first (with progress).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import "MediaText.js" as MediaText

Rectangle {
    id: root

    required property var media
    property var downloads: null
    property real maxWidth: 400

    readonly property var download: downloads ? downloads.forPlayback(media.fileRef, media.filename) : null
    readonly property string state: download ? download.state : "idle"
    property bool wantPlay: false
    property string playError: ""
    readonly property var player: playerLoader.item

    function play() {
        if (!download)
            return
        wantPlay = true
        if (state === "ready")
            playerLoader.active = true
        else
            download.start()
    }

    onStateChanged: if (state === "ready" && wantPlay) playerLoader.active = true

    objectName: "audioCard"
    implicitWidth: Math.min(maxWidth, 380)
    implicitHeight: column.implicitHeight + 20
    radius: 10
    color: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.06)
    border.width: 1
    border.color: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.12)

    Loader {
        id: playerLoader

        active: false
        sourceComponent: MediaPlayer {
            source: root.download ? root.download.localUrl : ""
            audioOutput: AudioOutput {}
            Component.onCompleted: if (root.wantPlay) play()
            // Destroying a playing pipeline crashes Qt 6.4's GStreamer backend later: stop first.
            Component.onDestruction: stop()
            onErrorOccurred: (error, message) => root.playError = message
        }
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: 10
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Rectangle {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                radius: 6
                color: Qt.rgba(root.palette.highlight.r, root.palette.highlight.g, root.palette.highlight.b, 0.18)

                Image {
                    anchors.centerIn: parent
                    width: 16
                    height: 16
                    source: "icons/music.svg"
                    sourceSize: Qt.size(32, 32)
                    opacity: 0.75
                }
            }
            Label {
                objectName: "fileName"
                Layout.fillWidth: true
                text: root.media.filename
                elide: Text.ElideMiddle
                font.bold: true
            }
            Label {
                text: MediaText.formatSize(root.media.size)
                font.pixelSize: 11
                opacity: 0.6
            }
        }

        MediaTransport {
            Layout.fillWidth: true
            visible: root.state !== "downloading"
            player: root.player
            fallbackDuration: root.media.duration
            onPlayRequested: root.play()
        }
        ProgressBar {
            objectName: "fetchProgress"
            Layout.fillWidth: true
            Layout.topMargin: 8
            Layout.bottomMargin: 8
            visible: root.state === "downloading"
            value: root.download ? root.download.progress : 0
        }
        Label {
            objectName: "mediaError"
            Layout.fillWidth: true
            visible: root.state === "failed" || root.playError !== ""
            text: root.playError !== "" ? qsTr("The audio cannot be played: %1").arg(root.playError)
                : root.download ? qsTr("The audio could not be downloaded: %1").arg(root.download.errorText) : ""
            color: "#d93f3f"
            wrapMode: Text.Wrap
            font.pixelSize: 11
        }
        Label {
            objectName: "mediaCaption"
            Layout.fillWidth: true
            visible: root.media.caption !== ""
            text: root.media.caption
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
