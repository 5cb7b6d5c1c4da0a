// Play/pause, position and duration for a MediaPlayer (or, before it exists, the duration from
// the event's info). `onPlayRequested` lets the owner fetch the file first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import "MediaText.js" as MediaText

RowLayout {
    id: transport

    property var player: null
    property real fallbackDuration: 0
    property color iconColor: palette.buttonText
    property color textColor: palette.text
    readonly property bool playing: player !== null && player.playbackState === MediaPlayer.PlayingState
    readonly property real duration: player !== null && player.duration > 0 ? player.duration : fallbackDuration
    readonly property real position: player !== null ? player.position : 0

    signal playRequested()

    spacing: 6

    ToolButton {
        objectName: "playButton"
        icon.source: transport.playing ? "icons/pause.svg" : "icons/play.svg"
        icon.color: transport.iconColor
        Accessible.name: transport.playing ? qsTr("Pause") : qsTr("Play")
        onClicked: {
            if (transport.playing)
                transport.player.pause()
            else if (transport.player !== null && transport.player.source.toString() !== "")
                transport.player.play()
            else
                transport.playRequested()
        }
    }
    Slider {
        objectName: "positionSlider"
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, transport.duration)
        value: transport.position
        enabled: transport.player !== null && transport.player.seekable
        onMoved: transport.player.position = value
    }
    Label {
        objectName: "timeLabel"
        text: qsTr("%1 / %2").arg(MediaText.formatDuration(transport.position))
                              .arg(transport.duration > 0 ? MediaText.formatLength(transport.duration) : "–:––")
        color: transport.textColor
        font.pixelSize: 11
    }
}
