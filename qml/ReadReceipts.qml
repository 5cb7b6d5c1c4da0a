// Who has read up to this message: up to three small avatars, then "+N"; a tooltip names them all.
import QtQuick
import QtQuick.Controls

Row {
    id: receipts

    // [{userId, name, avatarUrl}]
    required property var readers
    property int maxShown: 3

    spacing: -4
    layoutDirection: Qt.RightToLeft
    Accessible.name: toolTipText()

    function toolTipText() {
        const names = []
        for (let i = 0; i < readers.length; ++i)
            names.push(readers[i].name)
        return qsTr("Read by %1").arg(names.join(", "))
    }

    Label {
        objectName: "moreReaders"
        visible: receipts.readers.length > receipts.maxShown
        leftPadding: 6
        text: qsTr("+%1").arg(receipts.readers.length - receipts.maxShown)
        font.pixelSize: 10
        opacity: 0.7
    }
    Repeater {
        model: receipts.readers.slice(0, receipts.maxShown)

        delegate: Rectangle {
            required property var modelData

            objectName: "readerAvatar"
            width: 18
            height: 18
            radius: 9
            color: receipts.palette.base

            Avatar {
                anchors.centerIn: parent
                size: 16
                name: parent.modelData.name
                seed: parent.modelData.userId
            }
        }
    }

    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && readers.length > 0
    ToolTip.delay: 400
    ToolTip.text: toolTipText()
}
