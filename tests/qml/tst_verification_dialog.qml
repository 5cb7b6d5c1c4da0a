// The verification dialog: which buttons each state offers, what they call on the session, the seven
// emoji with their names and the numbers, the cancel reason; a screenshot of the emoji step goes to
// verification-dialog.png in the working directory (the build tree under ctest).
import QtQuick
import QtQuick.Controls
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "VerificationDialog"
    width: 700
    height: 560
    visible: true
    when: windowShown

    // Stands in for a VerificationSession (its properties and invokables), recording calls.
    QtObject {
        id: session

        property int state: 0
        property string otherUserId: "@bob:example.org"
        property string otherDeviceId: "BOBPHONE"
        property bool weStarted: false
        property bool canAccept: true
        property var emoji: []
        property var decimals: []
        property string cancelCode: ""
        property string cancelReason: ""
        property var calls: []
        function accept() { calls.push("accept") }
        function confirm() { calls.push("confirm") }
        function mismatch() { calls.push("mismatch") }
        function cancel() { calls.push("cancel") }
    }
    QtObject {
        id: controller
        property int dismissed: 0
        property bool secretsPending: false
        property string secretsNotice: ""
        function dismiss() { dismissed++ }
    }

    Item {
        id: overlay
        anchors.fill: parent
    }

    VerificationDialog {
        id: dialog
        parent: overlay
        controller: controller
    }

    // The buttons sit in a RowLayout, which places them when polished: wait for that before a click.
    function button(name) {
        const b = findChild(dialog, name)
        if (b && b.parent)
            waitForItemPolished(b.parent)
        return b
    }

    function init() {
        session.state = 0
        session.weStarted = false
        session.canAccept = true
        session.calls = []
        session.emoji = []
        session.decimals = []
        dialog.verification = session
        tryCompare(dialog, "opened", true)
    }

    function cleanup() {
        dialog.verification = null
    }

    function test_incomingRequest() {
        verify(button("acceptButton").visible)
        verify(button("declineButton").visible)
        verify(!button("matchButton").visible)
        compare(dialog.title, "Verification request")
        mouseClick(button("acceptButton"))
        compare(session.calls, ["accept"])
        mouseClick(button("declineButton"))
        compare(session.calls, ["accept", "cancel"])
    }

    // A request naming no method we support: the user is told and may only decline (spec: not cancelled
    // by itself, another device may answer it).
    function test_unsupportedMethodsOnlyDecline() {
        session.canAccept = false
        verify(!button("acceptButton").visible)
        verify(button("declineButton").visible)
        verify(findChild(dialog, "verificationMessage").text.indexOf("does not support") > 0)
        compare(session.calls, [])
        mouseClick(button("declineButton"))
        compare(session.calls, ["cancel"])
    }

    function test_outgoingWaits() {
        session.weStarted = true
        verify(!button("acceptButton").visible)
        verify(button("cancelButton").visible)
        verify(findChild(dialog, "verificationMessage").text.indexOf("Waiting for @bob:example.org") === 0)
    }

    function test_emojiAndDecision() {
        session.emoji = [{symbol: "🐶", name: "Dog"}, {symbol: "🐱", name: "Cat"}, {symbol: "🦁", name: "Lion"},
                         {symbol: "🐎", name: "Horse"}, {symbol: "🦄", name: "Unicorn"}, {symbol: "🐷", name: "Pig"},
                         {symbol: "🐘", name: "Elephant"}]
        session.decimals = [4021, 1337, 8190]
        session.state = 3
        const grid = findChild(dialog, "emojiGrid")
        verify(grid.visible)
        compare(findChild(dialog, "decimals").text, "Or compare the numbers: 4021  1337  8190")
        verify(button("matchButton").visible)
        verify(button("mismatchButton").visible)
        waitForRendering(dialog.contentItem)
        // A picture of this step for people to look at (ctest runs in the build tree).
        grabImage(overlay).save("verification-dialog.png")
        mouseClick(button("matchButton"))
        compare(session.calls, ["confirm"])
        mouseClick(button("mismatchButton"))
        compare(session.calls, ["confirm", "mismatch"])
    }

    function test_outcomes() {
        session.state = 5
        verify(button("closeButton").visible)
        verify(!button("matchButton").visible)
        mouseClick(button("closeButton"))
        compare(controller.dismissed, 1)
        session.state = 6
        session.cancelReason = "The emoji did not match."
        compare(findChild(dialog, "verificationMessage").text, "The emoji did not match.")
        verify(button("closeButton").visible)
    }

    function test_secretsFromOwnDevice() {
        session.otherUserId = "@me:example.org"
        session.state = 5
        const notice = findChild(dialog, "secretsNotice")
        verify(!notice.parent.visible)
        controller.secretsPending = true
        controller.secretsNotice = "Asking your other device for your encryption keys…"
        verify(notice.parent.visible)
        controller.secretsPending = false
        controller.secretsNotice = "Received your cross-signing keys and key backup from your other device; 12 key(s) restored."
        compare(notice.text, controller.secretsNotice)
        verify(notice.visible)
        waitForRendering(dialog.contentItem)
        grabImage(overlay).save("verification-secrets.png")
        controller.secretsNotice = ""
        session.otherUserId = "@bob:example.org"
    }
}
