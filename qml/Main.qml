// The Lattice main window: one page at a time, chosen by the controller (see AppController::page).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window

    // The AppController from main.cpp; owned in C++.
    required property var controller
    // True when a tray icon can bring the window back: closing it then only hides it.
    property bool hideOnClose: false

    width: 960
    height: 640
    minimumWidth: 520
    minimumHeight: 400
    visible: true
    title: controller.page === "rooms" && controller.userId !== ""
           ? qsTr("Lattice — %1").arg(controller.userId)
           : qsTr("Lattice")

    onClosing: close => {
        if (window.hideOnClose) {
            close.accepted = false
            window.hide()
        }
    }

    footer: Pane {
        visible: window.controller.page === "rooms" && window.controller.syncStatus !== ""
        padding: 6
        leftPadding: 12
        rightPadding: 12

        Label {
            width: parent.width
            text: window.controller.syncStatus
            elide: Text.ElideRight
        }
    }

    Loader {
        anchors.fill: parent
        sourceComponent: {
            switch (window.controller.page) {
            case "login":
                return loginPage
            case "rooms":
                return mainView
            case "failed":
                return failedPage
            default:
                return openingPage
            }
        }
    }

    Component {
        id: openingPage

        Pane {
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 12

                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Opening your account…")
                }
            }
        }
    }

    Component {
        id: failedPage

        Pane {
            id: failed

            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(420, failed.availableWidth)
                spacing: 12

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Lattice could not open your account")
                    font.pixelSize: 20
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: window.controller.errorText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Try again")
                    onClicked: window.controller.retry()
                }
            }
        }
    }

    Component {
        id: loginPage

        LoginPage {
            controller: window.controller
        }
    }

    Component {
        id: mainView

        MainView {
            controller: window.controller
        }
    }
}
