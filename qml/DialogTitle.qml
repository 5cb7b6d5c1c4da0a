// The title row of Lattice's dialogs: larger and with the same margins as the content below it.
import QtQuick
import QtQuick.Controls

Label {
    objectName: "dialogTitle"
    leftPadding: 20
    rightPadding: 20
    topPadding: 18
    bottomPadding: 2
    font.pixelSize: 17
    font.bold: true
    elide: Text.ElideRight
}
