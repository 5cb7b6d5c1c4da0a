// The left column: the account, a search field, category tabs and the room list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: sidebar

    required property var controller
    // AppDialogs (the account and "+" menus open them).
    property var dialogs: null

    padding: 0

    function focusSearch() { search.forceActiveFocus() }

    background: Rectangle {
        color: sidebar.palette.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SidebarActions {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.rightMargin: 6
            controller: sidebar.controller
            dialogs: sidebar.dialogs
        }

        TextField {
            id: search

            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            placeholderText: qsTr("Search rooms (Ctrl+K)")
            text: sidebar.controller.rooms.filterText
            onTextEdited: sidebar.controller.rooms.filterText = text
            Keys.onEscapePressed: {
                text = ""
                sidebar.controller.rooms.filterText = ""
            }
        }

        // Category chips; the values are RoomListFilterModel::Category (All, Favourites, People, Rooms, Invites).
        Flow {
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.topMargin: 8
            Layout.bottomMargin: 8
            spacing: 6

            Repeater {
                model: [{ label: qsTr("All"), category: 0 }, { label: qsTr("People"), category: 2 },
                        { label: qsTr("Rooms"), category: 3 }, { label: qsTr("Favourites"), category: 1 },
                        { label: qsTr("Invites"), category: 4 }]

                AbstractButton {
                    id: chip

                    required property var modelData
                    readonly property bool active: sidebar.controller.rooms.category === modelData.category

                    text: modelData.label
                    leftPadding: 10
                    rightPadding: 10
                    topPadding: 3
                    bottomPadding: 3
                    focusPolicy: Qt.TabFocus
                    onClicked: sidebar.controller.rooms.category = modelData.category

                    contentItem: Label {
                        text: chip.text
                        font.pixelSize: 12
                        color: chip.active ? chip.palette.highlightedText : chip.palette.windowText
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: chip.active ? chip.palette.highlight
                             : chip.hovered ? Qt.rgba(chip.palette.windowText.r, chip.palette.windowText.g,
                                                      chip.palette.windowText.b, 0.08)
                             : "transparent"
                        border.width: chip.active ? 0 : 1
                        border.color: chip.visualFocus ? chip.palette.highlight : chip.palette.mid
                    }
                }
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
            padding: 0
        }

        ListView {
            id: roomList

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: sidebar.controller.rooms
            ScrollBar.vertical: ScrollBar {}
            keyNavigationEnabled: false

            delegate: RoomListDelegate {
                width: ListView.view.width
                controller: sidebar.controller
            }

            ColumnLayout {
                anchors.centerIn: parent
                width: roomList.width - 24
                visible: roomList.count === 0
                spacing: 12

                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    visible: !sidebar.controller.roomsLoaded
                }
                Label {
                    Layout.fillWidth: true
                    text: !sidebar.controller.roomsLoaded ? qsTr("Loading your rooms…")
                          : sidebar.controller.rooms.filterText !== "" ? qsTr("No rooms match your search.")
                          : qsTr("Nothing here yet.")
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    opacity: 0.7
                }
            }
        }

        // The first-run nudge to secure the account (a banner, never a dialog that takes the keyboard).
        Pane {
            id: secureBanner
            objectName: "secureBackupBanner"
            readonly property var backup: sidebar.controller.secureBackup
            Layout.fillWidth: true
            visible: backup !== null && backup.available && backup.needsAttention
            padding: 10
            background: Rectangle { color: palette.alternateBase }

            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.bold: true
                    text: secureBanner.backup && secureBanner.backup.hasSecretStorage
                          ? qsTr("Verify this device") : qsTr("Secure your account")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    opacity: 0.8
                    text: secureBanner.backup && secureBanner.backup.hasSecretStorage
                          ? qsTr("Unlock secure backup to read your earlier encrypted messages here.")
                          : qsTr("Set up a recovery key so that you never lose access to your encrypted messages.")
                }
                Button {
                    text: secureBanner.backup && secureBanner.backup.hasSecretStorage ? qsTr("Unlock…") : qsTr("Set up…")
                    onClicked: if (sidebar.dialogs) sidebar.dialogs.openSecureBackup()
                }
            }
        }
    }
}
