// Every dialog of the account and room menus, created once in MainView and shown on `overlay`
// (the window's Overlay.overlay). The sidebar's menus and the room header call the open…
// functions; memberPanelVisible toggles the member list. A QtObject, so that containers such
// as MainView's SplitView do not take it for one of their panes.
import QtQuick
import QtQuick.Controls

QtObject {
    id: dialogs

    objectName: "appDialogs"
    required property var controller
    required property Item overlay
    property bool memberPanelVisible: false
    readonly property var room: controller.room
    // Devices and trust (DeviceTrustController, the "deviceTrust" context property of the app).
    readonly property var trust: typeof deviceTrust !== "undefined" ? deviceTrust : null

    function openCreateRoom() { createRoom.open() }
    function openDirectChat() { directChat.open() }
    function openJoinRoom() { joinRoom.open() }
    function openProfile() { profile.open() }
    function openLogout() { logout.open() }
    function openInvite() { if (room) invite.open() }
    function openLeave() { if (room) leave.open() }
    function openRoomSettings() { if (room) settings.open() }
    function openMember(userId) { if (room) userInfo.show(userId) }
    function openSessions() { sessions.open() }
    function openSecureBackup() { secureBackupDialog.open() }

    // By name, for the app's hidden --show option (screenshots): "member:@user:server" opens a card.
    function openByName(name) {
        const table = { createRoom: openCreateRoom, directChat: openDirectChat, joinRoom: openJoinRoom,
                        profile: openProfile, logout: openLogout, invite: openInvite, leave: openLeave,
                        roomSettings: openRoomSettings, members: () => memberPanelVisible = true,
                        sessions: openSessions, secureBackup: openSecureBackup }
        if (name.startsWith("member:")) {
            memberPanelVisible = true
            openMember(name.substring(7))
        } else if (table[name]) {
            table[name]()
        }
    }

    // A list, not a default property: a document cannot fill the default property it declares.
    property list<QtObject> content: [
        CreateRoomDialog { id: createRoom; parent: dialogs.overlay; objectName: "createRoomDialog"; account: dialogs.controller.account },
        DirectChatDialog { id: directChat; parent: dialogs.overlay; objectName: "directChatDialog"; account: dialogs.controller.account },
        JoinRoomDialog { id: joinRoom; parent: dialogs.overlay; objectName: "joinRoomDialog"; account: dialogs.controller.account },
        ProfileDialog { id: profile; parent: dialogs.overlay; objectName: "profileDialog"; account: dialogs.controller.account },
        LogoutDialog { id: logout; parent: dialogs.overlay; objectName: "logoutDialog"; controller: dialogs.controller },
        InviteDialog { id: invite; parent: dialogs.overlay; objectName: "inviteDialog"; account: dialogs.controller.account; room: dialogs.room },
        RoomSettingsDialog { id: settings; parent: dialogs.overlay; objectName: "roomSettingsDialog"; room: dialogs.room },
        UserInfoPopup { id: userInfo; parent: dialogs.overlay; objectName: "userInfoPopup"; account: dialogs.controller.account; room: dialogs.room; trust: dialogs.trust },
        SessionsDialog { id: sessions; parent: dialogs.overlay; objectName: "sessionsDialog"; trust: dialogs.trust },
        SecureBackupDialog { id: secureBackupDialog; parent: dialogs.overlay; objectName: "secureBackupDialog"; backup: dialogs.controller ? dialogs.controller.secureBackup : null },
        VerificationDialog {
            id: verificationDialog
            objectName: "verificationDialog"
            parent: dialogs.overlay
            controller: dialogs.controller.verification
            verification: dialogs.controller.verification ? dialogs.controller.verification.current : null
        },
        LeaveRoomDialog {
            id: leave
            objectName: "leaveRoomDialog"
            parent: dialogs.overlay
            room: dialogs.room
            onLeft: Qt.callLater(dialogs.controller.selectRoom, "")
        }
    ]
}
