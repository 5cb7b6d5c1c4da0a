// A device's or a person's trust as a shield: green with a check when verified, orange with an
// exclamation mark when not, grey when there is nothing to verify (no keys, no identity).
import QtQuick
import QtQuick.Controls

Image {
    id: shield

    // "verified", "unverified" or "none".
    property string trust: "none"
    property int size: 18
    property string toolTipText: ""

    source: trust === "verified" ? "icons/shield-check.svg"
          : trust === "unverified" ? "icons/shield-warning.svg" : "icons/shield.svg"
    sourceSize: Qt.size(size * 2, size * 2)
    width: size
    height: size
    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && toolTipText !== ""
    ToolTip.text: toolTipText
    Accessible.role: Accessible.StaticText
    Accessible.name: toolTipText
}
