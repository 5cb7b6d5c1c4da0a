// Every dialog of the account and room menus, each made on its first open and shown on `overlay`
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
    function openMember(userId) { if (room) userInfo.create().show(userId) }
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
    // Each one is made on its first open (LazyDialog): start-up creates none of them.
    property list<QtObject> content: [
        LazyDialog { id: createRoom; objectName: "createRoomDialog"; overlay: dialogs.overlay
            component: Component { CreateRoomDialog { objectName: "createRoomDialog"; account: dialogs.controller.account } } },
        LazyDialog { id: directChat; objectName: "directChatDialog"; overlay: dialogs.overlay
            component: Component { DirectChatDialog { objectName: "directChatDialog"; account: dialogs.controller.account } } },
        LazyDialog { id: joinRoom; objectName: "joinRoomDialog"; overlay: dialogs.overlay
            component: Component { JoinRoomDialog { objectName: "joinRoomDialog"; account: dialogs.controller.account } } },
        LazyDialog { id: profile; objectName: "profileDialog"; overlay: dialogs.overlay
            component: Component { ProfileDialog { objectName: "profileDialog"; account: dialogs.controller.account } } },
        LazyDialog { id: logout; objectName: "logoutDialog"; overlay: dialogs.overlay
            component: Component { LogoutDialog { objectName: "logoutDialog"; controller: dialogs.controller } } },
        LazyDialog { id: invite; objectName: "inviteDialog"; overlay: dialogs.overlay
            component: Component { InviteDialog { objectName: "inviteDialog"; account: dialogs.controller.account; room: dialogs.room } } },
        LazyDialog { id: settings; objectName: "roomSettingsDialog"; overlay: dialogs.overlay
            component: Component { RoomSettingsDialog { objectName: "roomSettingsDialog"; room: dialogs.room } } },
        LazyDialog { id: userInfo; objectName: "userInfoPopup"; overlay: dialogs.overlay
            component: Component { UserInfoPopup { objectName: "userInfoPopup"; account: dialogs.controller.account; room: dialogs.room; trust: dialogs.trust } } },
        LazyDialog { id: sessions; objectName: "sessionsDialog"; overlay: dialogs.overlay
            component: Component { SessionsDialog { objectName: "sessionsDialog"; trust: dialogs.trust } } },
        LazyDialog { id: secureBackupDialog; objectName: "secureBackupDialog"; overlay: dialogs.overlay
            component: Component { SecureBackupDialog { objectName: "secureBackupDialog"; backup: dialogs.controller ? dialogs.controller.secureBackup : null } } },
        // Opens itself while a verification is under way: made when the first one starts.
        LazyDialog {
            id: verificationDialog
            objectName: "verificationDialog"
            overlay: dialogs.overlay
            wanted: dialogs.controller.verification !== null && dialogs.controller.verification !== undefined
                    && dialogs.controller.verification.current !== null
            component: Component {
                VerificationDialog {
                    objectName: "verificationDialog"
                    controller: dialogs.controller.verification
                    verification: dialogs.controller.verification ? dialogs.controller.verification.current : null
                }
            }
        },
        LazyDialog {
            id: leave
            objectName: "leaveRoomDialog"
            overlay: dialogs.overlay
            component: Component {
                LeaveRoomDialog {
                    objectName: "leaveRoomDialog"
                    room: dialogs.room
                    onLeft: Qt.callLater(dialogs.controller.selectRoom, "")
                }
            }
        }
    ]
}
