// Above the composer of an encrypted room: a member has a new device nobody verified, so what is
// written here will be readable there too. "Show devices" opens the member's card with their devices.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: banner

    property var trust: null
    readonly property bool active: trust !== null && trust.warningDeviceId !== ""

    signal showDevices(string userId)

    objectName: "newDeviceBanner"
    visible: active
    implicitHeight: active ? row.implicitHeight + 12 : 0
    radius: 6
    color: Qt.rgba(0.85, 0.51, 0.17, 0.16)
    border.color: "#d9822b"

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 10
        anchors.rightMargin: 6
        spacing: 8

        DeviceShield {
            trust: "unverified"
            size: 18
        }
        Label {
            objectName: "newDeviceText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: banner.active
                  ? qsTr("%1 has a new device that is not verified: “%2” (%3). It can read what is sent here from now on.")
                        .arg(banner.trust.warningUserName).arg(banner.trust.warningDeviceName).arg(banner.trust.warningDeviceId)
                  : ""
        }
        Button {
            objectName: "showDevicesButton"
            text: qsTr("Show devices")
            onClicked: banner.showDevices(banner.trust.warningUserId)
        }
        Button {
            objectName: "dismissButton"
            text: qsTr("Dismiss")
            flat: true
            onClicked: banner.trust.dismissWarning()
        }
    }
}
