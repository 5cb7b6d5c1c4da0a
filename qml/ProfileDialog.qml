// Account menu → Your profile: display name and picture (AccountController).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Dialog {
    id: dialog

    required property var account
    property string errorText
    property string notice

    title: qsTr("Your profile")
    header: DialogTitle { text: dialog.title }
    modal: true
    focus: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    anchors.centerIn: parent
    padding: 20

    onOpened: {
        errorText = ""
        notice = ""
        account.refreshProfile()
        nameField.text = account.displayName
        nameField.forceActiveFocus()
    }

    Connections {
        target: dialog.account
        function onProfileChanged() { if (!nameField.activeFocus || nameField.text === "") nameField.text = dialog.account.displayName }
        function onActionSucceeded(action) {
            if (action === "displayName")
                dialog.notice = qsTr("Display name saved.")
            else if (action === "avatar")
                dialog.notice = qsTr("Picture changed.")
        }
        function onActionFailed(action, message) {
            if (action === "displayName" || action === "avatar")
                dialog.errorText = message
        }
    }

    FileDialog {
        id: picker
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onAccepted: {
            dialog.errorText = ""
            dialog.notice = ""
            dialog.account.setAvatar(selectedFile)
        }
    }

    contentItem: ColumnLayout {
        spacing: 12

        RowLayout {
            spacing: 16
            UserAvatar {
                name: dialog.account.displayName !== "" ? dialog.account.displayName : dialog.account.userId
                seed: dialog.account.userId
                source: dialog.account.avatarUrl
                size: 72
                maskColor: dialog.palette.window
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: dialog.account.userId
                    elide: Text.ElideRight
                    opacity: 0.8
                }
                Button {
                    objectName: "changePictureButton"
                    text: qsTr("Change picture…")
                    enabled: !dialog.account.busy
                    onClicked: picker.open()
                }
            }
        }
        Label { text: qsTr("Display name") }
        TextField {
            id: nameField
            objectName: "displayNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("How others see you")
            onAccepted: saveButton.clicked()
        }
        Label {
            objectName: "noticeLabel"
            Layout.fillWidth: true
            visible: dialog.notice !== "" && dialog.errorText === ""
            text: dialog.notice
            color: "#2f9a4f"
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
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: saveButton
            objectName: "saveButton"
            text: qsTr("Save")
            highlighted: true
            enabled: !dialog.account.busy && nameField.text.trim() !== "" && nameField.text.trim() !== dialog.account.displayName
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                dialog.errorText = ""
                dialog.notice = ""
                dialog.account.setDisplayName(nameField.text)
            }
        }
    }
}
