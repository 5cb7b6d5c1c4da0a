// A member's card (from the member panel): name, user ID, picture, power level; "Message" opens or
// starts the DM; moderators can invite, remove or ban with a reason.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: popup

    required property var account
    property var room: null
    property var trust: null
    property string userId
    property var info: ({})
    property string errorText

    function show(id) {
        userId = id
        info = room ? room.people.member(id) : ({ userId: id, displayName: id })
        errorText = ""
        reason.text = ""
        if (trust)
            trust.showUser(id)
        open()
    }

    modal: true
    focus: true
    width: Math.min(360, parent ? parent.width - 40 : 360)
    anchors.centerIn: parent
    padding: 20

    Connections {
        target: popup.room ? popup.room.people : null
        function onActionSucceeded(action) {
            if (action === "kick" || action === "ban" || action === "invite")
                popup.close()
        }
        function onActionFailed(action, message) {
            if (action === "kick" || action === "ban" || action === "invite")
                popup.errorText = message
        }
    }
    Connections {
        target: popup.account
        function onActionSucceeded(action) { if (action === "direct" && popup.opened) popup.close() }
        function onActionFailed(action, message) { if (action === "direct") popup.errorText = message }
    }

    contentItem: ColumnLayout {
        spacing: 8

        UserAvatar {
            Layout.alignment: Qt.AlignHCenter
            name: popup.info.displayName || popup.userId
            seed: popup.userId
            source: popup.info.avatarUrl || ""
            size: 72
            maskColor: popup.palette.window
        }
        Label {
            objectName: "nameLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: popup.info.displayName || popup.userId
            font.pixelSize: 18
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "userIdLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: popup.userId
            opacity: 0.7
            elide: Text.ElideMiddle
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 6
            PowerBadge { role: popup.info.role || "" }
            Label {
                objectName: "powerLabel"
                text: qsTr("Power level %1").arg(popup.info.powerLevel !== undefined ? popup.info.powerLevel : 0)
                font.pixelSize: 11
                opacity: 0.7
            }
        }

        // Their identity and devices, one click from the member panel.
        MenuSeparator { Layout.fillWidth: true; padding: 0; visible: popup.trust !== null }
        UserDevicesView {
            objectName: "userDevices"
            Layout.fillWidth: true
            visible: popup.trust !== null
            trust: popup.trust
            userId: popup.userId
            isMe: !!popup.info.isMe
        }

        Button {
            objectName: "messageButton"
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: !popup.info.isMe
            highlighted: true
            text: qsTr("Message")
            enabled: !popup.account.busy
            onClicked: popup.account.startDirectChat(popup.userId, true)
        }
        Button {
            objectName: "inviteButton"
            Layout.fillWidth: true
            visible: !popup.info.isMe && popup.room !== null && popup.room.people.canInvite
                     && popup.info.membership !== "join" && popup.info.membership !== "invite"
            text: qsTr("Invite to this room")
            onClicked: popup.room.people.invite(popup.userId)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: !!(popup.info.canKick || popup.info.canBan)
            spacing: 6

            MenuSeparator { Layout.fillWidth: true; padding: 0 }
            TextField {
                id: reason
                objectName: "reasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (optional)")
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "kickButton"
                    Layout.fillWidth: true
                    visible: !!popup.info.canKick && popup.info.membership !== ""
                    text: popup.info.membership === "invite" ? qsTr("Withdraw invite") : qsTr("Remove")
                    onClicked: popup.room.people.kick(popup.userId, reason.text)
                }
                Button {
                    objectName: "banButton"
                    Layout.fillWidth: true
                    visible: !!popup.info.canBan
                    text: qsTr("Ban")
                    onClicked: popup.room.people.ban(popup.userId, reason.text)
                }
            }
        }

        Label {
            objectName: "errorLabel"
            Layout.fillWidth: true
            visible: popup.errorText !== ""
            text: popup.errorText
            color: "#d04040"
            wrapMode: Text.Wrap
        }
    }
}
