// Sign in with a password: homeserver, user name, password. Errors come from the controller
// as one sentence (Error::describe()).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: page

    required property var controller

    readonly property bool complete: homeserverField.text.trim() !== "" && userField.text.trim() !== ""
                                     && passwordField.text !== ""

    function submit() {
        if (!complete || controller.busy)
            return
        controller.login(homeserverField.text, userField.text, passwordField.text)
    }

    padding: 24

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(360, page.availableWidth)
        spacing: 12

        Image {
            Layout.alignment: Qt.AlignHCenter
            source: "qrc:/icons/lattice.svg"
            sourceSize.width: 72
            sourceSize.height: 72
        }

        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: resumeNote.visible ? 0 : 12
            text: qsTr("Sign in to Matrix")
            font.pixelSize: 22
            horizontalAlignment: Text.AlignHCenter
        }

        // A stored account without a token: the server or the keyring ended the session.
        Label {
            id: resumeNote
            Layout.fillWidth: true
            Layout.bottomMargin: 12
            visible: page.controller.userId !== ""
            text: qsTr("Your session has ended. Enter your password to continue where you left off.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            Label {
                text: qsTr("Homeserver")
            }
            TextField {
                id: homeserverField
                Layout.fillWidth: true
                text: page.controller.homeserver
                placeholderText: qsTr("example.org")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Homeserver")
                onAccepted: userField.forceActiveFocus()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            Label {
                text: qsTr("User name")
            }
            TextField {
                id: userField
                Layout.fillWidth: true
                text: page.controller.userId
                placeholderText: qsTr("alice or @alice:example.org")
                inputMethodHints: Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("User name")
                onAccepted: passwordField.forceActiveFocus()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            Label {
                text: qsTr("Password")
            }
            TextField {
                id: passwordField
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: page.controller.errorText
            // Error red with enough contrast on light and on dark backgrounds.
            color: page.palette.window.hslLightness < 0.5 ? "#ff8a80" : "#b3261e"
            wrapMode: Text.Wrap
        }

        Button {
            Layout.fillWidth: true
            Layout.topMargin: 12
            text: page.controller.busy ? qsTr("Signing in…") : qsTr("Sign in")
            highlighted: true
            enabled: page.complete && !page.controller.busy
            onClicked: page.submit()
        }
    }

    Component.onCompleted: (homeserverField.text === "" ? homeserverField : passwordField).forceActiveFocus()
}
