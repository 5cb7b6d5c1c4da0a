// The small mark beside a decrypted message whose sender's device is not verified (nothing for a
// verified device or a message that was not encrypted). trust is crypto::SenderTrust as the timeline's
// senderTrust role gives it: -1 not encrypted, 0 verified, 1 unverified, 2 unknown device, 3 imported key.
import QtQuick
import QtQuick.Controls

Item {
    id: mark

    property int trust: -1
    property int size: 14
    readonly property string explanation: {
        switch (trust) {
        case 1: return qsTr("Encrypted by a device its owner has not verified.")
        case 2: return qsTr("Encrypted by an unknown or deleted device: the sender cannot be confirmed.")
        case 3: return qsTr("The key for this message was shared by another device or restored from a backup, so its authenticity cannot be guaranteed.")
        default: return ""
        }
    }

    objectName: "trustMark"
    visible: trust >= 1 && trust <= 3
    implicitWidth: visible ? size : 0
    implicitHeight: size

    Image {
        anchors.fill: parent
        source: mark.trust === 2 ? "icons/shield-warning.svg"
              : mark.trust === 3 ? "icons/shield-info.svg" : "icons/shield.svg"
        sourceSize: Qt.size(mark.size * 2, mark.size * 2)
        opacity: mark.trust === 2 ? 1 : 0.7
    }
    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && explanation !== ""
    ToolTip.text: explanation
    ToolTip.delay: 300
    Accessible.role: Accessible.StaticText
    Accessible.name: explanation
}
