// Devices and trust in the views: the timeline's mark (none for verified or plain messages, a
// tooltip sentence otherwise), the new-device banner, the sessions page (verify, rename, sign out
// with the password and its error) and a member's devices, all over a stand-in controller.
import QtQuick
import QtQuick.Controls
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "TrustComponents"
    width: 700
    height: 700
    visible: true
    when: windowShown

    // Stands in for DeviceTrustController: records calls, the test emits its result signals.
    QtObject {
        id: fakeTrust

        property bool available: true
        property bool busy: false
        property var ownDevices: ListModel {}
        property var userDevices: ListModel {}
        property string shownUserId: ""
        property bool userHasIdentity: false
        property bool userVerified: false
        property bool userIdentityChanged: false
        property string userError: ""
        property string warningUserId: ""
        property string warningUserName: ""
        property string warningDeviceId: ""
        property string warningDeviceName: ""
        property var calls: []
        signal actionSucceeded(string action)
        signal actionFailed(string action, string message)
        function refreshOwnDevices() { calls.push(["refresh"]) }
        function renameDevice(id, name) { calls.push(["rename", id, name]) }
        function signOutDevice(id, password) { calls.push(["signOut", id, password]) }
        function verifyDevice(user, id) { calls.push(["verify", user, id]) }
        function showUser(id) { shownUserId = id }
        function acknowledgeIdentityChange(id) { calls.push(["acknowledge", id]) }
        function dismissWarning() { calls.push(["dismiss"]); warningDeviceId = "" }
    }

    function deviceRow(id, name, verified, isThis) {
        return { deviceId: id, displayName: name, fingerprint: "AbCd EfGh", verified: verified, hasKeys: true,
                 isThisDevice: isThis, trustText: verified ? "Verified" : "Not verified", lastSeen: "Last seen 14:05",
                 userId: "@me:example.org" }
    }

    Component { id: markComponent; TrustMark {} }
    Component { id: bannerComponent; NewDeviceBanner { width: 600; trust: fakeTrust } }
    Component { id: sessionsComponent; SessionsDialog { trust: fakeTrust } }
    Component { id: userDevicesComponent; UserDevicesView { width: 360; trust: fakeTrust } }

    function test_trust_mark_only_for_doubtful_messages() {
        const mark = createTemporaryObject(markComponent, testCase)
        for (const t of [-1, 0]) {
            mark.trust = t
            verify(!mark.visible, "no mark for trust " + t)
            compare(mark.explanation, "")
        }
        const sentences = {}
        for (const t of [1, 2, 3]) {
            mark.trust = t
            verify(mark.visible, "a mark for trust " + t)
            verify(mark.explanation.length > 20)
            sentences[mark.explanation] = true
        }
        compare(Object.keys(sentences).length, 3)
        mark.trust = 1
        verify(mark.explanation.indexOf("not verified") >= 0)
    }

    function test_banner_names_user_and_device() {
        fakeTrust.calls = []
        const banner = createTemporaryObject(bannerComponent, testCase)
        verify(!banner.visible)
        let shown = ""
        banner.showDevices.connect(u => shown = u)
        fakeTrust.warningUserName = "Sam"
        fakeTrust.warningUserId = "@sam:example.org"
        fakeTrust.warningDeviceName = "Sam's phone"
        fakeTrust.warningDeviceId = "NEWDEV"
        verify(banner.visible)
        const text = findChild(banner, "newDeviceText").text
        verify(text.indexOf("Sam") === 0, text)
        verify(text.indexOf("Sam's phone") > 0 && text.indexOf("NEWDEV") > 0, text)
        mouseClick(findChild(banner, "showDevicesButton"))
        compare(shown, "@sam:example.org")
        mouseClick(findChild(banner, "dismissButton"))
        compare(fakeTrust.calls, [["dismiss"]])
        verify(!banner.visible)
    }

    function test_sessions_verify_rename_and_sign_out() {
        fakeTrust.ownDevices.clear()
        fakeTrust.ownDevices.append(deviceRow("THIS", "Laptop", false, true))
        fakeTrust.ownDevices.append(deviceRow("OTHER", "Phone", false, false))
        fakeTrust.calls = []
        const d = createTemporaryObject(sessionsComponent, testCase)
        d.open()
        tryVerify(() => d.opened)
        compare(fakeTrust.calls, [["refresh"]])
        const list = findChild(d, "sessionList")
        tryVerify(() => list.count === 2 && list.itemAtIndex(1) !== null)
        const mine = list.itemAtIndex(0)
        const other = list.itemAtIndex(1)
        // This device: no verify or sign-out button of its own.
        verify(!findChild(mine, "verifyButton").visible)
        verify(!findChild(mine, "signOutButton").visible)
        verify(findChild(other, "verifyButton").visible)
        compare(findChild(other, "fingerprint").text, "AbCd EfGh")

        mouseClick(findChild(other, "verifyButton"))
        compare(fakeTrust.calls[1], ["verify", "", "OTHER"])

        mouseClick(findChild(other, "renameButton"))
        const field = findChild(other, "renameField")
        tryVerify(() => field.visible)
        compare(field.text, "Phone")
        field.text = "Old phone"
        mouseClick(findChild(other, "renameButton"))
        compare(fakeTrust.calls[2], ["rename", "OTHER", "Old phone"])

        mouseClick(findChild(other, "signOutButton"))
        const ask = findChild(d, "signOutDeviceDialog")
        tryVerify(() => ask.opened)
        const confirm = findChild(ask, "confirmSignOutButton")
        verify(!confirm.enabled) // no password yet
        findChild(ask, "passwordField").text = "hunter2"
        verify(confirm.enabled)
        mouseClick(confirm)
        compare(fakeTrust.calls[3], ["signOut", "OTHER", "hunter2"])
        compare(findChild(ask, "passwordField").text, "") // not kept
        fakeTrust.actionFailed("signOut", "The password is wrong. The device is still signed in.")
        compare(findChild(ask, "errorLabel").text, "The password is wrong. The device is still signed in.")
        verify(ask.opened)
        fakeTrust.actionSucceeded("signOut")
        tryVerify(() => !ask.visible)
    }

    function test_member_devices_and_changed_identity() {
        fakeTrust.calls = []
        fakeTrust.userDevices.clear()
        fakeTrust.userDevices.append(deviceRow("A1", "Desktop", true, false))
        fakeTrust.userDevices.append(deviceRow("B2", "Phone", false, false))
        const v = createTemporaryObject(userDevicesComponent, testCase, { userId: "@sam:example.org" })
        fakeTrust.showUser("@sam:example.org")
        verify(findChild(v, "identityLabel").text.indexOf("cross-signing") >= 0)
        const list = findChild(v, "userDeviceList")
        tryVerify(() => list.count === 2 && list.itemAtIndex(1) !== null)
        verify(!findChild(list.itemAtIndex(0), "verifyDeviceButton").visible)
        mouseClick(findChild(list.itemAtIndex(1), "verifyDeviceButton"))
        compare(fakeTrust.calls, [["verify", "@sam:example.org", "B2"]])

        verify(!findChild(v, "identityChangedWarning").visible)
        fakeTrust.userHasIdentity = true
        fakeTrust.userIdentityChanged = true
        verify(findChild(v, "identityChangedWarning").visible)
        fakeTrust.userVerified = true
        verify(findChild(v, "identityLabel").text.indexOf("Verified") === 0)
        fakeTrust.userHasIdentity = false
        fakeTrust.userIdentityChanged = false
        fakeTrust.userVerified = false
    }
}
