// The full image over the window: fit to the window or zoom (buttons, Ctrl+wheel, 100 %), drag
// to pan, Save as…, and Esc or the close button to leave.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Popup {
    id: viewer

    required property var media
    property var downloads: null

    // 0: fit the window; otherwise the scale of the original.
    property real zoom: 0
    readonly property real fitScale: full.implicitWidth > 0
        ? Math.min(1, flick.width / full.implicitWidth, flick.height / full.implicitHeight) : 1
    readonly property real viewScale: zoom > 0 ? zoom : fitScale
    property string message

    function zoomBy(factor) {
        zoom = Math.max(0.05, Math.min(8, viewScale * factor))
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 800
    height: parent ? parent.height : 600
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        color: "#e6101014"
    }

    Flickable {
        id: flick

        anchors.fill: parent
        anchors.topMargin: toolbar.height
        clip: true
        contentWidth: Math.max(width, full.implicitWidth * viewer.viewScale)
        contentHeight: Math.max(height, full.implicitHeight * viewer.viewScale)
        boundsBehavior: Flickable.StopAtBounds

        Image {
            id: full

            objectName: "viewerImage"
            anchors.centerIn: parent
            width: implicitWidth * viewer.viewScale
            height: implicitHeight * viewer.viewScale
            source: viewer.media.source
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            smooth: true
            mipmap: true
        }

        WheelHandler {
            acceptedModifiers: Qt.ControlModifier
            onWheel: event => viewer.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8)
        }
        TapHandler {
            onDoubleTapped: viewer.zoom = viewer.zoom > 0 ? 0 : 1
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: full.status === Image.Loading
    }
    Label {
        anchors.centerIn: parent
        visible: full.status === Image.Error
        text: qsTr("The image could not be loaded.")
        color: "white"
    }

    Rectangle {
        id: toolbar

        width: parent.width
        height: 48
        color: "#cc000000"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: viewer.media.filename
                color: "white"
                elide: Text.ElideMiddle
                font.bold: true
            }
            Label {
                visible: viewer.message !== ""
                text: viewer.message
                color: "#dddddd"
                font.pixelSize: 12
                Layout.maximumWidth: 320
                elide: Text.ElideMiddle
            }
            ToolButton {
                text: qsTr("Fit")
                font.bold: viewer.zoom === 0
                onClicked: viewer.zoom = 0
                palette.buttonText: "white"
            }
            ToolButton {
                text: qsTr("100 %")
                onClicked: viewer.zoom = 1
                palette.buttonText: "white"
            }
            ToolButton {
                text: "−"
                Accessible.name: qsTr("Zoom out")
                onClicked: viewer.zoomBy(0.8)
                palette.buttonText: "white"
            }
            Label {
                text: qsTr("%1 %").arg(Math.round(viewer.viewScale * 100))
                color: "white"
                Layout.minimumWidth: 44
                horizontalAlignment: Text.AlignHCenter
            }
            ToolButton {
                text: "+"
                Accessible.name: qsTr("Zoom in")
                onClicked: viewer.zoomBy(1.25)
                palette.buttonText: "white"
            }
            ToolButton {
                objectName: "saveAsButton"
                text: qsTr("Save as…")
                enabled: viewer.downloads !== null
                onClicked: saveDialog.open()
                palette.buttonText: "white"
            }
            ToolButton {
                objectName: "closeButton"
                icon.source: "icons/close.svg"
                icon.color: "white"
                Accessible.name: qsTr("Close")
                onClicked: viewer.close()
            }
        }
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save image")
        fileMode: FileDialog.SaveFile
        onAccepted: viewer.downloads.saveAs(viewer.media.fileRef, selectedFile)
    }

    Connections {
        target: viewer.downloads
        ignoreUnknownSignals: true
        function onSaved(path) { viewer.message = qsTr("Saved to %1").arg(path) }
        function onErrorOccurred(message) { viewer.message = message }
    }
}
