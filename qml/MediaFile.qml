// A file in the timeline: icon, name and size; Download (to the Downloads folder, with progress
// and Cancel), then Open and Show in folder. A failure says why and offers Retry.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "MediaText.js" as MediaText

Rectangle {
    id: root

    required property var media
    property var downloads: null
    property real maxWidth: 400

    readonly property var download: downloads ? downloads.forSaving(media.fileRef, media.filename) : null
    readonly property string state: download ? download.state : "idle"

    objectName: "fileCard"
    implicitWidth: Math.min(maxWidth, 380)
    implicitHeight: row.implicitHeight + 20
    radius: 10
    color: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.06)
    border.width: 1
    border.color: Qt.rgba(palette.text.r, palette.text.g, palette.text.b, 0.12)

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: 10
        spacing: 10

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            radius: 8
            color: Qt.rgba(root.palette.highlight.r, root.palette.highlight.g, root.palette.highlight.b, 0.18)

            Image {
                anchors.centerIn: parent
                width: 22
                height: 22
                source: "icons/file.svg"
                sourceSize: Qt.size(44, 44)
                opacity: 0.75
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                objectName: "fileName"
                Layout.fillWidth: true
                text: root.media.filename
                elide: Text.ElideMiddle
                font.bold: true
            }
            Label {
                objectName: "fileStatus"
                Layout.fillWidth: true
                text: {
                    const size = MediaText.formatSize(root.media.size)
                    switch (root.state) {
                    case "downloading":
                        return root.download.bytesTotal > 0
                            ? qsTr("%1 of %2").arg(MediaText.formatSize(root.download.bytesReceived))
                                              .arg(MediaText.formatSize(root.download.bytesTotal))
                            : qsTr("Downloading…")
                    case "ready":
                        return qsTr("Saved as %1").arg(root.download.localPath)
                    case "failed":
                        return root.download.errorText
                    }
                    return size !== "" ? size : qsTr("Unknown size")
                }
                color: root.state === "failed" ? "#d93f3f" : root.palette.text
                opacity: root.state === "failed" ? 1 : 0.65
                font.pixelSize: 11
                elide: root.state === "ready" ? Text.ElideMiddle : Text.ElideNone
                wrapMode: root.state === "ready" ? Text.NoWrap : Text.Wrap
            }
            ProgressBar {
                objectName: "downloadProgress"
                Layout.fillWidth: true
                visible: root.state === "downloading"
                value: root.download ? root.download.progress : 0
                indeterminate: root.download !== null && root.download.bytesTotal <= 0
            }
            RowLayout {
                visible: root.state === "ready"
                spacing: 4

                Button {
                    objectName: "openButton"
                    text: qsTr("Open")
                    flat: true
                    onClicked: root.download.open()
                }
                Button {
                    objectName: "showInFolderButton"
                    text: qsTr("Show in folder")
                    flat: true
                    onClicked: root.download.showInFolder()
                }
            }
        }

        Button {
            objectName: "downloadButton"
            Layout.alignment: Qt.AlignTop
            visible: root.state === "idle" || root.state === "failed"
            enabled: root.download !== null
            icon.source: "icons/download.svg"
            text: root.state === "failed" ? qsTr("Retry") : qsTr("Download")
            onClicked: root.download.start()
        }
        Button {
            objectName: "cancelButton"
            Layout.alignment: Qt.AlignTop
            visible: root.state === "downloading"
            text: qsTr("Cancel")
            onClicked: root.download.cancel()
        }
    }
}
