// A round avatar: the initials of a name on a colour derived from an ID, so a room or a person
// keeps its colour everywhere. (Pictures come with the media provider.)
import QtQuick

Rectangle {
    id: avatar

    property string name
    property string seed // the room or user ID the colour comes from
    property int size: 36

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
        color: "white"
        font.pixelSize: avatar.size * 0.42
        font.bold: true
        text: {
            // Skip the sigil of IDs and aliases ("@alice:x", "#room:x").
            const n = avatar.name.replace(/^[@#!+]/, "").trim()
            return n.length > 0 ? n.charAt(0).toUpperCase() : "?"
        }
    }
}
