// A round avatar: the picture (an mxc:// URL, through the authenticated image://mxc provider as a
// cropped thumbnail) when there is one and it loads, otherwise the initials of a name on a colour
// derived from an ID, so a room or a person keeps its colour everywhere.
import QtQuick
import QtQuick.Window

Rectangle {
    id: avatar

    property string name
    property string seed // the room or user ID the colour comes from
    property string avatarUrl // mxc://server/id, or empty
    property int size: 36

    // The server's crop thumbnails come in 32×32 and 96×96 (Synapse's defaults).
    readonly property int thumbnailSize: size * Screen.devicePixelRatio <= 32 ? 32 : 96
    readonly property string imageSource: avatarUrl.startsWith("mxc://")
        ? "image://mxc/" + avatarUrl.substring(6) + "?width=" + thumbnailSize + "&height=" + thumbnailSize + "&method=crop"
        : ""
    readonly property bool showsPicture: picture.status === Image.Ready

    width: size
    height: size
    radius: size / 2
    color: {
        let h = 0
        const s = seed !== "" ? seed : name
        for (let i = 0; i < s.length; ++i)
            h = (h * 31 + s.charCodeAt(i)) % 360
        return Qt.hsla(h / 360, 0.45, 0.45, 1)
    }

    Text {
        objectName: "initials"
        anchors.centerIn: parent
        visible: !avatar.showsPicture
        color: "white"
        font.pixelSize: avatar.size * 0.42
        font.bold: true
        text: {
            // Skip the sigil of IDs and aliases ("@alice:x", "#room:x").
            const n = avatar.name.replace(/^[@#!+]/, "").trim()
            return n.length > 0 ? n.charAt(0).toUpperCase() : "?"
        }
    }

    // The picture is decoded by an invisible Image (for its status); a Canvas draws the same URL
    // (cached by Qt Quick's pixmap cache) into a circle: Qt 6.4 has no mask effect without
    // Qt5Compat or compiled shaders.
    Image {
        id: picture

        objectName: "avatarImage"
        visible: false
        source: avatar.imageSource
        sourceSize: Qt.size(avatar.thumbnailSize, avatar.thumbnailSize)
        asynchronous: true
    }
    Canvas {
        id: circle

        readonly property string url: avatar.showsPicture ? avatar.imageSource : ""

        anchors.fill: parent
        visible: avatar.showsPicture
        onUrlChanged: {
            if (url === "")
                return requestPaint()
            if (isImageLoaded(url))
                requestPaint()
            else
                loadImage(url)
        }
        onImageLoaded: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            if (url === "" || !isImageLoaded(url))
                return
            ctx.save()
            ctx.beginPath()
            ctx.arc(width / 2, height / 2, Math.min(width, height) / 2, 0, 2 * Math.PI)
            ctx.closePath()
            ctx.clip()
            ctx.drawImage(url, 0, 0, width, height) // the thumbnail is a square crop already
            ctx.restore()
        }
        onWidthChanged: requestPaint()
    }
}
