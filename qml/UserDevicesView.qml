// A person's trust on their member card: whether their cross-signing identity is verified, a warning
// when it changed, and each of their devices with its own state and a "Verify" button.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: view

    property var trust: null
    property string userId
    property bool isMe: false
    readonly property bool shown: trust !== null && trust.shownUserId === userId && userId !== ""

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        DeviceShield {
            objectName: "identityShield"
            trust: !view.shown || !view.trust.userHasIdentity ? "none"
                   : view.trust.userVerified ? "verified" : "unverified"
            toolTipText: identityLabel.text
        }
        Label {
            id: identityLabel
            objectName: "identityLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: {
                if (!view.trust || !view.trust.available)
                    return qsTr("Encryption is not running, so this person's devices are unknown.")
                if (!view.shown || !view.trust.userHasIdentity)
                    return qsTr("Not verified: this person has not set up cross-signing.")
                return view.trust.userVerified ? qsTr("Verified: you confirmed this person's identity.")
                                               : qsTr("Not verified: you have not confirmed this person's identity.")
            }
        }
    }

    // Their master key is not the one we knew: someone may be impersonating them.
    Rectangle {
        objectName: "identityChangedWarning"
        Layout.fillWidth: true
        visible: view.shown && view.trust.userIdentityChanged
        implicitHeight: changedColumn.implicitHeight + 16
        radius: 6
        color: Qt.rgba(0.85, 0.51, 0.17, 0.18)
        border.color: "#d9822b"

        ColumnLayout {
            id: changedColumn
            anchors.fill: parent
            anchors.margins: 8
            spacing: 4
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("This person's identity has changed. If they did not reset their encryption, someone may be impersonating them.")
            }
            Button {
                text: qsTr("I understand")
                onClicked: view.trust.acknowledgeIdentityChange(view.userId)
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: view.shown && view.trust.userError !== ""
        text: view.shown ? view.trust.userError : ""
        color: "#d04040"
        wrapMode: Text.Wrap
    }

    Label {
        text: view.shown ? qsTr("Devices (%1)").arg(view.trust.userDevices.count) : qsTr("Devices")
        font.bold: true
        visible: view.trust !== null && view.trust.available
    }

    ListView {
        id: deviceList
        objectName: "userDeviceList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 180)
        visible: view.shown
        clip: true
        interactive: contentHeight > height
        model: view.shown ? view.trust.userDevices : null
        ScrollBar.vertical: ScrollBar {}

        delegate: RowLayout {
            id: deviceRow

            required property string deviceId
            required property string displayName
            required property string fingerprint
            required property bool verified
            required property bool hasKeys
            required property bool isThisDevice
            required property string trustText

            width: ListView.view.width
            spacing: 8

            DeviceShield {
                trust: !deviceRow.hasKeys ? "none" : deviceRow.verified ? "verified" : "unverified"
                toolTipText: deviceRow.trustText
                size: 16
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: deviceRow.isThisDevice ? qsTr("%1 (this device)").arg(deviceRow.displayName) : deviceRow.displayName
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: (deviceRow.verified ? qsTr("Verified") : qsTr("Not verified")) + " · " + deviceRow.deviceId
                    font.pixelSize: 11
                    opacity: 0.7
                    elide: Text.ElideRight
                    ToolTip.visible: fingerprintHover.hovered && deviceRow.fingerprint !== ""
                    ToolTip.text: qsTr("Fingerprint: %1").arg(deviceRow.fingerprint)
                    HoverHandler { id: fingerprintHover }
                }
            }
            Button {
                objectName: "verifyDeviceButton"
                visible: !deviceRow.verified && deviceRow.hasKeys && !deviceRow.isThisDevice
                text: qsTr("Verify")
                flat: true
                onClicked: view.trust.verifyDevice(view.userId, deviceRow.deviceId)
            }
        }
    }
}
