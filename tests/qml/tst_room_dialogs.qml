// The room and account dialogs: what they ask the controllers to do with what was typed, the
// error sentence they show, closing on success, and read-only settings without the power level.
import QtQuick
import QtQuick.Controls
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "RoomDialogs"
    width: 700
    height: 700
    visible: true
    when: windowShown

    // Stands in for AccountController: records calls, and the test emits its result signals.
    QtObject {
        id: fakeAccount

        property string userId: "@me:example.org"
        property string displayName: "Me"
        property string avatarUrl: ""
        property bool busy: false
        property var people: ListModel {
            property string query
            property bool busy: false
            property string errorText: ""
        }
        property var calls: []
        signal actionSucceeded(string action, string roomId)
        signal actionFailed(string action, string message)
        signal profileChanged()
        function createRoom(o) { calls.push(["create", o]) }
        function startDirectChat(u, e) { calls.push(["direct", u, e]) }
        function joinRoom(t) { calls.push(["join", t]) }
        function setDisplayName(n) { calls.push(["displayName", n]) }
        function refreshProfile() {}
        function existingDirectChat(u) { return "" }
    }

    // Stands in for RoomController with its RoomPeople.
    QtObject {
        id: fakeRoom

        property string roomId: "!r:example.org"
        property string displayName: "Garden"
        property var people: QtObject {
            property string name: "Garden"
            property string topic: "Roses"
            property string avatarUrl: ""
            property bool encrypted: true
            property bool canSetName: false
            property bool canSetTopic: false
            property bool canSetAvatar: false
            property bool canInvite: true
            property bool busy: false
            property var calls: []
            signal actionSucceeded(string action)
            signal actionFailed(string action, string message)
            function leave() { calls.push(["leave"]) }
            function saveSettings(n, t) { calls.push(["settings", n, t]) }
            function invite(u) { calls.push(["invite", u]) }
        }
    }

    QtObject {
        id: fakeController

        property string userId: "@me:example.org"
        property bool busy: false
        property var account: fakeAccount
        property var room: fakeRoom
        function selectRoom(id) {}
        function logout() {}
    }
    Component { id: dialogsComponent; AppDialogs { controller: fakeController; overlay: testCase } }
    Component { id: createComponent; CreateRoomDialog { account: fakeAccount } }
    Component { id: joinComponent; JoinRoomDialog { account: fakeAccount } }
    Component { id: directComponent; DirectChatDialog { account: fakeAccount } }
    Component { id: leaveComponent; LeaveRoomDialog { room: fakeRoom } }
    Component { id: settingsComponent; RoomSettingsDialog { room: fakeRoom } }
    Component { id: profileComponent; ProfileDialog { account: fakeAccount } }

    function openDialog(component) {
        fakeAccount.calls = []
        fakeRoom.people.calls = []
        const d = createTemporaryObject(component, testCase)
        d.open()
        tryVerify(() => d.opened)
        return d
    }

    function test_menus_open_dialogs_by_name() {
        const dialogs = createTemporaryObject(dialogsComponent, testCase)
        verify(dialogs)
        for (const [name, objectName] of [["createRoom", "createRoomDialog"], ["joinRoom", "joinRoomDialog"],
                                           ["roomSettings", "roomSettingsDialog"], ["leave", "leaveRoomDialog"]]) {
            dialogs.openByName(name)
            const d = Array.from(dialogs.content).find(o => o.objectName === objectName)
            verify(d, objectName)
            tryVerify(() => d.opened, 2000, objectName)
            d.close()
            tryVerify(() => !d.visible)
        }
        dialogs.openByName("members")
        verify(dialogs.memberPanelVisible)
    }

    function test_create_room_defaults_to_encrypted_private() {
        const d = openDialog(createComponent)
        verify(findChild(d, "encryptionSwitch").checked)
        findChild(d, "nameField").text = "Plans"
        findChild(d, "topicField").text = "Weekend"
        findChild(d, "inviteField").text = "@bob:example.org"
        findChild(d, "inviteList") // exists
        d.create()
        compare(fakeAccount.calls.length, 1)
        const o = fakeAccount.calls[0][1]
        compare(o.name, "Plans")
        compare(o.topic, "Weekend")
        compare(o.isPublic, false)
        compare(o.encrypted, true)
    }

    function test_create_room_public_turns_encryption_off_and_shows_errors() {
        const d = openDialog(createComponent)
        mouseClick(findChild(d, "publicButton"))
        verify(!findChild(d, "encryptionSwitch").checked)
        findChild(d, "nameField").text = "Lobby"
        findChild(d, "aliasField").text = "lobby"
        d.create()
        compare(fakeAccount.calls[0][1].isPublic, true)
        compare(fakeAccount.calls[0][1].alias, "lobby")
        fakeAccount.actionFailed("create", "Could not create the room: alias taken.")
        compare(findChild(d, "errorLabel").text, "Could not create the room: alias taken.")
        verify(findChild(d, "errorLabel").visible)
        fakeAccount.actionSucceeded("create", "!new:example.org")
        tryVerify(() => !d.visible)
    }

    function test_join_sends_the_text_and_shows_the_sentence() {
        const d = openDialog(joinComponent)
        const field = findChild(d, "addressField")
        field.forceActiveFocus()
        field.text = "https://matrix.to/#/#room:example.org"
        d.join()
        compare(fakeAccount.calls, [["join", "https://matrix.to/#/#room:example.org"]])
        fakeAccount.actionFailed("join", "Could not join #room:example.org: no room has this address.")
        compare(findChild(d, "errorLabel").text, "Could not join #room:example.org: no room has this address.")
        fakeAccount.actionSucceeded("join", "!x:example.org")
        tryVerify(() => !d.visible)
    }

    function test_direct_chat_encrypts_by_default() {
        const d = openDialog(directComponent)
        verify(findChild(d, "encryptionSwitch").checked)
        fakeAccount.people.append({ userId: "@bob:example.org", displayName: "Bob", avatarUrl: "" })
        const list = findChild(d, "results")
        tryVerify(() => list.count === 1)
        tryVerify(() => list.itemAtIndex(0) !== null)
        mouseClick(list.itemAtIndex(0))
        compare(fakeAccount.calls, [["direct", "@bob:example.org", true]])
        fakeAccount.people.clear()
    }

    function test_leave_asks_first() {
        const d = openDialog(leaveComponent)
        compare(fakeRoom.people.calls.length, 0)
        mouseClick(findChild(d, "actionButton"))
        compare(fakeRoom.people.calls, [["leave"]])
        fakeRoom.people.actionSucceeded("leave")
        tryVerify(() => !d.visible)
    }

    function test_settings_read_only_without_power() {
        const d = openDialog(settingsComponent)
        verify(findChild(d, "nameField").readOnly)
        verify(findChild(d, "topicField").readOnly)
        verify(findChild(d, "permissionLabel").visible)
        verify(!findChild(d, "saveButton").visible)
        verify(!findChild(d, "changePictureButton").visible)
        compare(findChild(d, "encryptionLabel").text, "Messages in this room are end-to-end encrypted.")
        d.close()
        fakeRoom.people.canSetName = true
        fakeRoom.people.canSetTopic = true
        const e = openDialog(settingsComponent)
        verify(!findChild(e, "nameField").readOnly)
        findChild(e, "nameField").text = "Rose garden"
        verify(findChild(e, "saveButton").enabled)
        mouseClick(findChild(e, "saveButton"))
        compare(fakeRoom.people.calls, [["settings", "Rose garden", "Roses"]])
        fakeRoom.people.canSetName = false
        fakeRoom.people.canSetTopic = false
    }

    function test_profile_saves_the_name() {
        const d = openDialog(profileComponent)
        const field = findChild(d, "displayNameField")
        compare(field.text, "Me")
        verify(!findChild(d, "saveButton").enabled) // unchanged
        field.text = "Me Myself"
        mouseClick(findChild(d, "saveButton"))
        compare(fakeAccount.calls, [["displayName", "Me Myself"]])
        fakeAccount.actionSucceeded("displayName", "")
        compare(findChild(d, "noticeLabel").text, "Display name saved.")
    }
}
