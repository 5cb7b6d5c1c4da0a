// Above the composer: one row per file being sent (name, progress, Cancel) or that failed (the
// reason, Dismiss). `attachments` is the room's AttachmentController.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "MediaText.js" as MediaText

ColumnLayout {
    id: bar

    property var attachments: null

    spacing: 4
    visible: attachments !== null && repeater.count > 0

    Repeater {
        id: repeater

        model: bar.attachments ? bar.attachments.uploads : null

        delegate: Rectangle {
            id: upload

            required property int uploadId
            required property string fileName
            required property real progress
            required property var bytesSent
            required property var bytesTotal
            required property string state
            required property string errorText

            objectName: "uploadRow"
            Layout.fillWidth: true
            implicitHeight: uploadRow.implicitHeight + 12
            radius: 8
            color: upload.state === "failed" ? Qt.rgba(0.85, 0.25, 0.25, 0.12)
                 : Qt.rgba(bar.palette.text.r, bar.palette.text.g, bar.palette.text.b, 0.06)

            RowLayout {
                id: uploadRow

                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 4
                spacing: 10

                Image {
                    Layout.preferredWidth: 18
                    Layout.preferredHeight: 18
                    source: "icons/paperclip.svg"
                    sourceSize: Qt.size(36, 36)
                    opacity: 0.6
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true

                        Label {
                            objectName: "uploadName"
                            Layout.fillWidth: true
                            text: upload.fileName
                            elide: Text.ElideMiddle
                            font.pixelSize: 12
                            font.bold: true
                        }
                        Label {
                            objectName: "uploadStatus"
                            text: {
                                switch (upload.state) {
                                case "preparing":
                                    return qsTr("Preparing…")
                                case "uploading":
                                    return qsTr("%1 of %2").arg(MediaText.formatSize(upload.bytesSent))
                                                           .arg(MediaText.formatSize(upload.bytesTotal))
                                case "sending":
                                    return qsTr("Sending…")
                                }
                                return ""
                            }
                            font.pixelSize: 11
                            opacity: 0.65
                        }
                    }
                    ProgressBar {
                        objectName: "uploadProgress"
                        Layout.fillWidth: true
                        visible: upload.state !== "failed"
                        indeterminate: upload.state === "preparing"
                        value: upload.state === "sending" ? 1 : upload.progress
                    }
                    Label {
                        objectName: "uploadError"
                        Layout.fillWidth: true
                        visible: upload.state === "failed"
                        text: upload.errorText
                        color: "#d93f3f"
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                    }
                }
                ToolButton {
                    objectName: "uploadCancel"
                    icon.source: "icons/close.svg"
                    icon.width: 14
                    icon.height: 14
                    visible: upload.state !== "sending"
                    Accessible.name: upload.state === "failed" ? qsTr("Dismiss") : qsTr("Cancel")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                    onClicked: bar.attachments.cancel(upload.uploadId)
                }
            }
        }
    }
}
