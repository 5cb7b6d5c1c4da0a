// A video in the timeline: a box of the video's aspect ratio with its thumbnail (when the sender
// gave one) and a play button. Playing fetches the file through the authenticated media client
// (with progress) and plays the local copy with Qt Multimedia; nothing is streamed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import QtMultimedia
import "MediaText.js" as MediaText

ColumnLayout {
    id: root

    required property var media
    property var downloads: null
    property real maxWidth: 400

    readonly property var download: downloads ? downloads.forPlayback(media.fileRef, media.filename) : null
    readonly property string state: download ? download.state : "idle"
    readonly property var box: MediaText.fitSize(media.width, media.height, Math.min(maxWidth, 400), 300, 120, 320, 180)
    // Play as soon as the file is here.
    property bool wantPlay: false
    readonly property var player: playerLoader.item

    spacing: 4

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
    // Destroying a playing pipeline while its video sink goes too crashes Qt 6.4's GStreamer
    // backend later: stop and detach the output first (the whole row goes at once).
    Component.onDestruction: {
        if (player) {
            player.stop()
            player.videoOutput = null
        }
    }

    Rectangle {
        objectName: "videoFrame"
        Layout.preferredWidth: root.box.width
        Layout.preferredHeight: root.box.height
        radius: 8
        color: "#1b1b1f"
        clip: true

        Image {
            id: thumbnail

            objectName: "videoThumbnail"
            anchors.fill: parent
            visible: status === Image.Ready && (root.player === null || root.player.position === 0)
            source: root.media.thumbnail
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            sourceSize: Qt.size(Math.ceil(root.box.width * Screen.devicePixelRatio),
                                Math.ceil(root.box.height * Screen.devicePixelRatio))
        }
        // Without a picture (none sent, or it failed) the dark box at least names the file.
        Label {
            objectName: "videoName"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 10
            visible: root.player === null && thumbnail.status !== Image.Ready && thumbnail.status !== Image.Loading
            text: root.media.filename
            elide: Text.ElideMiddle
            color: "white"
            opacity: 0.8
            font.pixelSize: 12
        }

        VideoOutput {
            id: output

            anchors.fill: parent
            visible: root.player !== null
        }

        Loader {
            id: playerLoader

            active: false
            sourceComponent: MediaPlayer {
                source: root.download ? root.download.localUrl : ""
                videoOutput: output
                audioOutput: AudioOutput {}
                Component.onCompleted: if (root.wantPlay) play()
                onErrorOccurred: (error, message) => root.playError = message
            }
        }

        // The big play button, and the fetch's progress around it.
        RoundButton {
            objectName: "bigPlayButton"
            anchors.centerIn: parent
            width: 56
            height: 56
            visible: root.player === null && root.state !== "failed"
            enabled: root.state !== "downloading"
            icon.source: "icons/play.svg"
            icon.color: "white"
            icon.width: 24
            icon.height: 24
            Accessible.name: qsTr("Play")
            // Dark enough to read on any thumbnail (a translucent one takes the picture's colour).
            background: Rectangle {
                radius: width / 2
                color: "#d9101014"
                border.color: "#66ffffff"
            }
            onClicked: root.play()
        }
        ProgressBar {
            objectName: "fetchProgress"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 10
            visible: root.state === "downloading"
            value: root.download ? root.download.progress : 0
            indeterminate: root.download !== null && root.download.bytesTotal <= 0
        }
        Label {
            objectName: "mediaError"
            anchors.centerIn: parent
            width: parent.width - 24
            visible: root.state === "failed" || root.playError !== ""
            text: root.playError !== "" ? qsTr("The video cannot be played: %1").arg(root.playError)
                : root.download ? qsTr("The video could not be downloaded: %1").arg(root.download.errorText) : ""
            color: "white"
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: 12
        }
        Label {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: 8
            visible: root.player === null && root.state !== "downloading" && text !== ""
            objectName: "videoLength"
            text: root.media.duration > 0 ? MediaText.formatLength(root.media.duration)
                                          : MediaText.formatSize(root.media.size)
            color: "white"
            font.pixelSize: 11
            leftPadding: 6
            rightPadding: 6
            topPadding: 2
            bottomPadding: 2
            background: Rectangle { radius: 4; color: "#99000000" }
        }
        // An outline over everything, so the dark box stands out from a dark theme's timeline.
        Rectangle {
            anchors.fill: parent
            radius: parent.radius
            color: "transparent"
            border.width: 1
            border.color: Qt.rgba(root.palette.text.r, root.palette.text.g, root.palette.text.b, 0.14)
        }
        TapHandler {
            enabled: root.player !== null
            onTapped: root.player.playbackState === MediaPlayer.PlayingState ? root.player.pause() : root.player.play()
        }
    }

    property string playError: ""

    MediaTransport {
        Layout.preferredWidth: root.box.width
        visible: root.player !== null
        player: root.player
        fallbackDuration: root.media.duration
        onPlayRequested: root.play()
    }

    Label {
        objectName: "mediaCaption"
        Layout.maximumWidth: root.maxWidth
        visible: root.media.caption !== ""
        text: root.media.caption
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }
}
