// "Jump to first unread": floats over the top of the timeline while the "New messages" line (or,
// after a gap, the first unread message) is above what the view shows. The label jumps there;
// the × marks the room read. Red like the line it points at.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: pill
    objectName: "jumpToUnreadPill"

    // Messages after the marker (0: not known) and whether there may be more than that.
    property int count: 0
    property bool atLeast: false
    property bool shown: false

    signal jumpRequested()
    signal dismissRequested()

    readonly property color accent: "#e0533d"
    readonly property color faint: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.08)

    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: 120 } }
    implicitWidth: row.implicitWidth + 8
    implicitHeight: 34
    radius: height / 2
    color: palette.window
    border.color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.18)

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: 3
        anchors.rightMargin: 3
        spacing: 0

        AbstractButton {
            id: jump
            objectName: "jumpToUnreadButton"

            Layout.fillHeight: true
            Layout.topMargin: 3
            Layout.bottomMargin: 3
            leftPadding: 10
            rightPadding: 10
            focusPolicy: Qt.NoFocus
            Accessible.name: label.text
            onClicked: pill.jumpRequested()

            background: Rectangle {
                radius: height / 2
                color: jump.down ? Qt.darker(pill.faint, 1.6) : jump.hovered ? pill.faint : "transparent"
            }
            contentItem: RowLayout {
                spacing: 7

                Label {
                    text: "↑"
                    color: pill.accent
                    font.pixelSize: 14
                    font.bold: true
                }
                Label {
                    id: label
                    text: qsTr("Jump to first unread")
                    font.pixelSize: 12
                }
                Rectangle {
                    visible: pill.count > 0
                    Layout.preferredHeight: 18
                    Layout.preferredWidth: Math.max(18, badge.implicitWidth + 10)
                    radius: 9
                    color: pill.accent

                    Label {
                        id: badge
                        anchors.centerIn: parent
                        text: pill.atLeast || pill.count > 999 ? qsTr("%1+").arg(Math.min(pill.count, 999))
                                                               : pill.count
                        color: "white"
                        font.pixelSize: 10
                        font.bold: true
                    }
                }
            }
        }
        Rectangle {
            Layout.preferredWidth: 1
            Layout.preferredHeight: 16
            color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.18)
        }
        AbstractButton {
            id: dismiss
            objectName: "dismissUnreadButton"

            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Mark all as read")
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: qsTr("Mark all as read (Esc)")
            onClicked: pill.dismissRequested()

            background: Rectangle {
                radius: width / 2
                color: dismiss.down ? Qt.darker(pill.faint, 1.6) : dismiss.hovered ? pill.faint : "transparent"
            }
            contentItem: Label {
                text: "×"
                font.pixelSize: 16
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: 0.75
            }
        }
    }
}
