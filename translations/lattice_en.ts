<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DesktopNotifications</name>
    <message numerus="yes">
        <location filename="../app/desktop/desktop_notifications.cpp" line="+52"/>
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n new message)</numerusform>
            <numerusform>%1 (%n new messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message numerus="yes">
        <location filename="../lib/client/event_text.cpp" line="+150"/>
        <source>%1 changed the power levels of %n people</source>
        <translation>
            <numerusform>%1 changed the power level of %n person</numerusform>
            <numerusform>%1 changed the power levels of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/client/event_text_membership.cpp" line="+124"/>
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 and %n other</numerusform>
            <numerusform>%1, %2 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomListDelegate</name>
    <message numerus="yes">
        <location filename="../qml/RoomListDelegate.qml" line="+28"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomName</name>
    <message numerus="yes">
        <location filename="../lib/protocol/room_name.cpp" line="+34"/>
        <source>%1 and %n other</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message numerus="yes">
        <location filename="../qml/RoomView.qml" line="+221"/>
        <location line="+10"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::SecretGossip</name>
    <message numerus="yes">
        <location filename="../lib/client/secret_gossip.cpp" line="+195"/>
        <source>Received your cross-signing keys and key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Received your cross-signing keys and key backup from your other device; %n key restored.</numerusform>
            <numerusform>Received your cross-signing keys and key backup from your other device; %n keys restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received your key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Received your key backup from your other device; %n key restored.</numerusform>
            <numerusform>Received your key backup from your other device; %n keys restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::ConversationRoles</name>
    <message numerus="yes">
        <location filename="../app/desktop/conversation_roles.cpp" line="+132"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::RoomController</name>
    <message numerus="yes">
        <location filename="../app/desktop/room_controller.cpp" line="+469"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1 and %n other are typing…</numerusform>
            <numerusform>%1 and %n others are typing…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::SecureBackupController</name>
    <message numerus="yes">
        <location filename="../app/desktop/secure_backup_controller.cpp" line="+98"/>
        <source>This device is verified, and %n message key(s) were restored from the backup.</source>
        <translation>
            <numerusform>This device is verified, and %n message key was restored from the backup.</numerusform>
            <numerusform>This device is verified, and %n message keys were restored from the backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::TrayIcon</name>
    <message numerus="yes">
        <location filename="../app/desktop/tray_icon.cpp" line="+85"/>
        <source>Lattice: %n unread</source>
        <translation>
            <numerusform>Lattice: %n unread</numerusform>
            <numerusform>Lattice: %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
