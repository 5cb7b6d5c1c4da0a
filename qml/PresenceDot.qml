// A small dot for m.presence: green online, amber unavailable, nothing when offline or unknown.
import QtQuick

Rectangle {
    property string presence

    width: 10
    height: 10
    radius: 5
    visible: presence === "online" || presence === "unavailable"
    color: presence === "online" ? "#2fa84f" : "#e0a030"
    border.width: 2
    border.color: palette.window
}
