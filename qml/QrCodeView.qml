// A verification QR code (image://qr, rendered by QrImageProvider) with a caption under it. The code
// sits on white whatever the colour scheme, with its quiet zone, at whole pixels per module: scanners
// need the contrast and the sharp edges.
import QtQuick
import QtQuick.Controls

Column {
    id: view

    // The code's bytes in base64url without padding (QrImageProvider::idFor).
    property string payload
    property int codeSize: 240
    property string caption: qsTr("Scan this code with your other device")

    readonly property string imageSource: payload !== "" ? "image://qr/" + payload : ""
    readonly property bool ready: code.status === Image.Ready
    readonly property bool failed: payload !== "" && code.status === Image.Error

    spacing: 12

    Rectangle {
        objectName: "qrBackground"
        anchors.horizontalCenter: parent.horizontalCenter
        width: view.codeSize
        height: view.codeSize
        color: "white"
        radius: 4

        Image {
            id: code
            objectName: "qrImage"
            anchors.centerIn: parent
            source: view.imageSource
            sourceSize: Qt.size(view.codeSize, view.codeSize)
            // The provider picks the largest whole number of pixels per module that fits: show it 1:1.
            width: implicitWidth
            height: implicitHeight
            smooth: false
            mipmap: false
            cache: false // it carries the verification's one-time secret
            Accessible.name: view.caption
        }

        Label {
            objectName: "qrError"
            anchors.fill: parent
            anchors.margins: 12
            visible: view.failed
            text: qsTr("This code cannot be shown.")
            color: "black"
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    Label {
        objectName: "qrCaption"
        width: Math.min(implicitWidth, Math.max(view.codeSize, 320))
        anchors.horizontalCenter: parent.horizontalCenter
        text: view.caption
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
