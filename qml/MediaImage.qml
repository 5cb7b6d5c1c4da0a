// An image or sticker in the timeline: the thumbnail through image://mxc in a box of the image's
// aspect ratio (from info.w/h), a placeholder of that size while it loads, the caption below.
// A click opens the viewer (images only).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import "MediaText.js" as MediaText

ColumnLayout {
    id: root

    required property var media
    property var downloads: null
    property real maxWidth: 400

    readonly property bool sticker: media.kind === "sticker"
    // Without info.w/h the placeholder's size stays (a box that jumps would move the timeline).
    readonly property var box: MediaText.fitSize(media.width, media.height, Math.min(maxWidth, sticker ? 160 : 400), sticker ? 160 : 320, 32,
        sticker ? 160 : 240, sticker ? 160 : 180)
    // The thumbnail failed (some servers thumbnail no GIF or WebP): the original, capped by the provider.
    property bool useOriginal: false
    readonly property bool loading: shown.status === Image.Loading || shown.status === Image.Null
    readonly property bool failed: shown.status === Image.Error || (media.encrypted === true && media.source === "")

    spacing: 4

    Item {
        id: frame

        objectName: "mediaImageFrame"
        Layout.preferredWidth: root.box.width
        Layout.preferredHeight: root.box.height

        // Placeholder, the size the image will have.
        Rectangle {
            objectName: "mediaPlaceholder"
            anchors.fill: parent
            radius: 8
            visible: root.loading || root.failed
            color: Qt.rgba(root.palette.text.r, root.palette.text.g, root.palette.text.b, 0.08)
            border.width: 1
            border.color: Qt.rgba(root.palette.text.r, root.palette.text.g, root.palette.text.b, 0.12)

            BusyIndicator {
                anchors.centerIn: parent
                width: 32
                height: 32
                visible: root.loading && !root.failed
                running: visible
            }
            Label {
                objectName: "mediaError"
                anchors.centerIn: parent
                width: parent.width - 16
                visible: root.failed
                // An encrypted image says why (e.g. it was altered: its hash does not match).
                text: root.failed && root.downloads && root.downloads.imageError("" + shown.source) !== ""
                      ? root.downloads.imageError("" + shown.source) : qsTr("The image could not be loaded.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: 11
                opacity: 0.7
            }
        }

        Image {
            id: shown

            objectName: "mediaImage"
            anchors.fill: parent
            visible: status === Image.Ready
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            smooth: true
            mipmap: true
            sourceSize: Qt.size(Math.ceil(root.box.width * Screen.devicePixelRatio),
                                Math.ceil(root.box.height * Screen.devicePixelRatio))
            source: root.useOriginal || root.media.thumbnail === "" ? root.media.source : root.media.thumbnail
            onStatusChanged: {
                if (status === Image.Error && !root.useOriginal && root.media.source !== "")
                    root.useOriginal = true
            }
        }

        HoverHandler {
            id: hover

            enabled: !root.sticker
            cursorShape: Qt.PointingHandCursor
        }
        TapHandler {
            enabled: !root.sticker && !root.failed
            onTapped: root.openViewer()
        }
        ToolTip.visible: hover.hovered && !root.sticker
        ToolTip.delay: 800
        ToolTip.text: root.media.filename
    }

    Label {
        objectName: "mediaCaption"
        Layout.maximumWidth: root.maxWidth
        visible: !root.sticker && root.media.caption !== ""
        text: root.media.caption
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
    }

    // The open viewer, or null.
    property var viewer: null

    function openViewer() {
        viewer = viewerComponent.createObject(Overlay.overlay, { media: root.media, downloads: root.downloads })
        viewer.closed.connect(() => {
            viewer.destroy()
            viewer = null
        })
        viewer.open()
    }

    Component {
        id: viewerComponent

        ImageViewer {}
    }
}
