// An avatar with its picture: the initials circle of Avatar, with the mxc thumbnail on top once it
// has loaded. The picture is masked to a circle by a ring in `maskColor` (the colour behind it),
// since Qt 6.4 has no opacity mask without extra modules.
import QtQuick

Item {
    id: root

    property string name
    property string seed
    property int size: 36
    // An image://mxc/… URL, or an mxc:// URI (turned into a thumbnail request), or empty.
    property string source
    property color maskColor: palette.window

    readonly property string imageUrl: {
        if (source.startsWith("mxc://"))
            return "image://mxc/" + source.substring(6) + "?width=" + size * 2 + "&height=" + size * 2 + "&method=crop"
        return source
    }

    implicitWidth: size
    implicitHeight: size
    width: size
    height: size

    Avatar {
        anchors.fill: parent
        name: root.name
        seed: root.seed
        size: root.size
        visible: picture.status !== Image.Ready
    }

    Image {
        id: picture

        objectName: "picture"
        anchors.fill: parent
        visible: status === Image.Ready
        source: root.imageUrl
        sourceSize.width: root.size * 2
        sourceSize.height: root.size * 2
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: true
    }

    // The ring hides the square corners: its inner edge is the circle, its outer edge covers the corners.
    Rectangle {
        visible: picture.visible
        anchors.centerIn: parent
        width: root.size * 1.5
        height: width
        radius: width / 2
        color: "transparent"
        border.width: (width - root.size) / 2
        border.color: root.maskColor
    }
}
