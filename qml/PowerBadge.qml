// "Admin" or "Mod" next to a member's name (role from MemberListModel: admin, moderator, user).
import QtQuick
import QtQuick.Controls

Label {
    id: badge

    property string role

    visible: role === "admin" || role === "moderator"
    text: role === "admin" ? qsTr("Admin") : qsTr("Mod")
    font.pixelSize: 10
    font.bold: true
    leftPadding: 6
    rightPadding: 6
    topPadding: 1
    bottomPadding: 1
    color: role === "admin" ? "#ffffff" : badge.palette.windowText
    background: Rectangle {
        radius: height / 2
        color: badge.role === "admin" ? "#c0574a" : Qt.rgba(0.45, 0.55, 0.85, 0.35)
    }
}
