// Device / user verification: an incoming request to accept or decline; once both are ready our QR code
// for the other device to scan (with "Compare emoji instead"), and the question whether the other device
// reported success once it scanned it; or the seven emoji with their names and the three numbers to
// compare (SAS); then the outcome. Bound to a VerificationSession
// (`verification`, from VerificationController.current); opens while one is set.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    property var verification: null
    property var controller: null // VerificationController: dismiss() when closed

    // VerificationSession::State
    readonly property int stRequested: 0
    readonly property int stReady: 1
    readonly property int stStarted: 2
    readonly property int stShowingSas: 3
    readonly property int stWaiting: 4
    readonly property int stDone: 5
    readonly property int stCancelled: 6
    readonly property int stQrScanned: 7
    readonly property int state: verification ? verification.state : -1
    readonly property bool incoming: verification !== null && !verification.weStarted
    // Our QR code (image://qr id) while Ready and both sides can use one.
    readonly property string qrPayload: verification && controller && state === stReady ? controller.qrImageId(verification.qrCode) : ""
    readonly property bool showingQr: qrPayload !== ""
    readonly property string who: verification
        ? (verification.otherDeviceId !== "" ? qsTr("%1 (device %2)").arg(verification.otherUserId).arg(verification.otherDeviceId)
                                              : verification.otherUserId)
        : ""

    objectName: "verificationDialog"
    title: incoming && state === stRequested ? qsTr("Verification request") : qsTr("Verify %1").arg(verification ? verification.otherUserId : "")
    header: DialogTitle { text: dialog.title }
    modal: true
    closePolicy: Popup.NoAutoClose
    visible: verification !== null
    width: Math.min(520, parent ? parent.width - 40 : 520)
    anchors.centerIn: parent
    padding: 20

    function finish() {
        if (controller)
            controller.dismiss()
        else
            close()
    }

    contentItem: ColumnLayout {
        spacing: 14

        Label {
            objectName: "verificationMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: {
                switch (dialog.state) {
                case dialog.stRequested:
                    if (dialog.incoming && !dialog.verification.canAccept)
                        return qsTr("%1 wants to verify this device with a method Lattice does not support. Use another device, or decline.").arg(dialog.who)
                    return dialog.incoming ? qsTr("%1 wants to verify this device. Accept only if you are talking with them now (in person or on a call you trust).").arg(dialog.who)
                                           : qsTr("Waiting for %1 to accept the request…").arg(dialog.who)
                case dialog.stReady:
                    if (dialog.showingQr)
                        return qsTr("Scan this code with %1. If it cannot scan, compare emoji instead.").arg(dialog.who)
                    return qsTr("Exchanging keys with %1…").arg(dialog.who)
                case dialog.stStarted:
                    return qsTr("Exchanging keys with %1…").arg(dialog.who)
                case dialog.stQrScanned:
                    return qsTr("%1 scanned this code. Does it show that the verification succeeded (a green shield or a check mark)?").arg(dialog.who)
                case dialog.stShowingSas:
                    return qsTr("Compare these emoji with the ones shown on the other device, in the same order.")
                case dialog.stWaiting:
                    return qsTr("Waiting for %1 to confirm…").arg(dialog.who)
                case dialog.stDone:
                    return qsTr("Verified. Messages from %1 can be trusted.").arg(dialog.who)
                case dialog.stCancelled:
                    return dialog.verification.cancelReason
                }
                return ""
            }
        }

        QrCodeView {
            objectName: "verificationQrCode"
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.showingQr
            payload: dialog.qrPayload
            codeSize: 240
            caption: qsTr("Waiting for the other device to scan this code…")
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: (dialog.state === dialog.stReady && !dialog.showingQr) || dialog.state === dialog.stStarted || dialog.state === dialog.stWaiting
                     || (dialog.state === dialog.stRequested && !dialog.incoming)
            running: visible
        }

        // The seven emoji, large, each with its name.
        GridLayout {
            objectName: "emojiGrid"
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.state === dialog.stShowingSas && dialog.verification.emoji.length > 0
            columns: 7
            columnSpacing: 6
            rowSpacing: 0
            Repeater {
                model: dialog.verification ? dialog.verification.emoji : []
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 2
                    Layout.preferredWidth: 64
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: modelData.symbol
                        font.pixelSize: 40
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: 64
                        text: modelData.name
                        font.pixelSize: 12
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignHCenter
                    }
                }
            }
        }

        Label {
            objectName: "decimals"
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.state === dialog.stShowingSas && dialog.verification.decimals.length === 3
            text: dialog.verification ? qsTr("Or compare the numbers: %1").arg(dialog.verification.decimals.join("  ")) : ""
            opacity: 0.75
        }

        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.state === dialog.stDone
            text: "✓"
            color: "#2e9d5b"
            font.pixelSize: 48
        }
        // One of our own devices verified: the keys this device asked it for (cross-signing, key backup).
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.state === dialog.stDone && dialog.controller !== null
                     && (dialog.controller.secretsPending || dialog.controller.secretsNotice !== "")
            spacing: 8
            BusyIndicator {
                visible: dialog.controller !== null && dialog.controller.secretsPending
                running: visible
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                objectName: "secretsNotice"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.controller ? dialog.controller.secretsNotice : ""
                opacity: 0.85
            }
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: dialog.state === dialog.stCancelled
            text: "✕"
            color: "#d04040"
            font.pixelSize: 48
        }
    }

    // A RowLayout, not a DialogButtonBox: the box keeps room for its hidden buttons, which pushed
    // the visible ones out of the dialog.
    footer: Pane {
        background: null
        padding: dialog.padding
        topPadding: 0
        contentItem: RowLayout {
            spacing: 8
            Item { Layout.fillWidth: true }
            // Incoming request: decline / accept.
            Button {
                objectName: "declineButton"
                visible: dialog.state === dialog.stRequested && dialog.incoming
                text: qsTr("Decline")
                onClicked: dialog.verification.cancel()
            }
            Button {
                objectName: "acceptButton"
                visible: dialog.state === dialog.stRequested && dialog.incoming && dialog.verification.canAccept
                text: qsTr("Accept")
                highlighted: true
                onClicked: dialog.verification.accept()
            }
            // Showing our code: SAS remains one click away. Without a code (neither side can scan), either
            // side may start SAS: the other one may wait for its user to.
            Button {
                objectName: "compareEmojiButton"
                visible: dialog.state === dialog.stReady && dialog.verification.canStartSas
                text: dialog.showingQr ? qsTr("Compare emoji instead") : qsTr("Compare emoji")
                onClicked: dialog.verification.startSas()
            }
            // The other device scanned our code: did it report success?
            Button {
                objectName: "qrDenyButton"
                visible: dialog.state === dialog.stQrScanned
                text: qsTr("No")
                onClicked: dialog.verification.denyQrScanned()
            }
            Button {
                objectName: "qrConfirmButton"
                visible: dialog.state === dialog.stQrScanned
                text: qsTr("Yes, it succeeded")
                highlighted: true
                onClicked: dialog.verification.confirmQrScanned()
            }
            // Comparing.
            Button {
                objectName: "mismatchButton"
                visible: dialog.state === dialog.stShowingSas
                text: qsTr("They don't match")
                onClicked: dialog.verification.mismatch()
            }
            Button {
                objectName: "matchButton"
                visible: dialog.state === dialog.stShowingSas
                text: qsTr("They match")
                highlighted: true
                onClicked: dialog.verification.confirm()
            }
            // Anything in flight can be cancelled; a finished flow closes.
            Button {
                objectName: "cancelButton"
                visible: (dialog.state === dialog.stRequested && !dialog.incoming) || dialog.state === dialog.stReady
                         || dialog.state === dialog.stStarted || dialog.state === dialog.stWaiting
                text: qsTr("Cancel")
                onClicked: dialog.verification.cancel()
            }
            Button {
                objectName: "closeButton"
                visible: dialog.state === dialog.stDone || dialog.state === dialog.stCancelled
                text: qsTr("Close")
                onClicked: dialog.finish()
            }
        }
    }
}
