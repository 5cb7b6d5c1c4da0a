// A yes/no question with one action button (leave a room, sign out).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    property string message
    property string actionText
    property bool destructive: true
    property bool busy: false
    property string errorText

    signal confirmed()

    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(400, parent ? parent.width - 40 : 400)
    anchors.centerIn: parent
    padding: 20
    onOpened: errorText = ""

    contentItem: ColumnLayout {
        spacing: 10
        Label {
            Layout.fillWidth: true
            text: dialog.message
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: dialog.errorText !== ""
            text: dialog.errorText
            color: "#d04040"
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: actionButton
            objectName: "actionButton"
            text: dialog.actionText
            enabled: !dialog.busy
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.confirmed()
            contentItem: Label {
                text: actionButton.text
                color: dialog.destructive ? "#ffffff" : actionButton.palette.buttonText
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
            }
            background: Rectangle {
                implicitWidth: 90
                implicitHeight: 32
                radius: 4
                color: dialog.destructive ? (actionButton.down ? "#a83a30" : "#c8483c") : actionButton.palette.button
            }
        }
    }
}
