<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ComposerModeBar</name>
    <message>
        <location filename="../qml/ComposerModeBar.qml" line="+28"/>
        <source>Editing message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc to cancel</source>
        <translation>Esc zum Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="+44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../qml/CreateRoomDialog.qml" line="+13"/>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Weekend plans</source>
        <translation>z.&#xa0;B. Pläne fürs Wochenende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic (optional)</source>
        <translation>Thema (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is this room about?</source>
        <translation>Worum geht es in diesem Raum?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people invited</source>
        <translation>Nur eingeladene Personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone (public)</source>
        <translation>Alle (öffentlich)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address (optional)</source>
        <translation>Adresse (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>weekend-plans</source>
        <translation>plaene-wochenende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypt messages</source>
        <translation>Nachrichten verschlüsseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the people in the room can read its messages. This cannot be turned off later.</source>
        <translation>Nur die Personen im Raum können seine Nachrichten lesen. Dies kann später nicht mehr deaktiviert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public rooms are usually not encrypted: anyone can join and read them.</source>
        <translation>Öffentliche Räume sind meist nicht verschlüsselt: Jeder kann ihnen beitreten und sie lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server can read the messages of this room.</source>
        <translation>Der Server kann die Nachrichten dieses Raums lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite people (optional)</source>
        <translation>Personen einladen (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>@name:server</source>
        <translation>@name:server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Raum erstellen</translation>
    </message>
</context>
<context>
    <name>CrossSigning</name>
    <message>
        <location filename="../lib/client/cross_signing_service.cpp" line="+19"/>
        <source>The server refused a cross-signing signature.</source>
        <translation>Der Server hat eine Cross-Signing-Signatur abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a cross-signing signature: %1</source>
        <translation>Der Server hat eine Cross-Signing-Signatur abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>CryptoRunner</name>
    <message>
        <location filename="../lib/client/crypto_runner.cpp" line="+30"/>
        <source>End-to-end encryption is not set up for this session.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung ist für diese Sitzung nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message numerus="yes">
        <location filename="../app/desktop/desktop_notifications.cpp" line="+52"/>
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n neue Nachricht)</numerusform>
            <numerusform>%1 (%n neue Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open the room</source>
        <translation>Raum öffnen</translation>
    </message>
</context>
<context>
    <name>DeviceManager</name>
    <message>
        <location filename="../lib/client/device_manager.cpp" line="+108"/>
        <source>End-to-end encryption is not running in this session, so device keys and their trust are unknown.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung ist in dieser Sitzung nicht aktiv, daher sind die Geräteschlüssel und ihre Vertrauensstufe unbekannt.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+15"/>
        <source>No device was named.</source>
        <translation>Es wurde kein Gerät angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the device you are using; log out instead of deleting it.</source>
        <translation>Dies ist das Gerät, das Sie gerade verwenden. Melden Sie sich ab, statt es zu löschen.</translation>
    </message>
</context>
<context>
    <name>DirectChatDialog</name>
    <message>
        <location filename="../qml/DirectChatDialog.qml" line="+13"/>
        <source>Start a direct chat</source>
        <translation>Direktchat beginnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Encrypt messages</source>
        <translation>Nachrichten verschlüsseln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you already have a direct chat with this person, it opens instead of a new one.</source>
        <translation>Wenn Sie bereits einen Direktchat mit dieser Person haben, wird dieser geöffnet statt eines neuen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <location filename="../lib/net/discovery.cpp" line="+41"/>
        <source>%1 is not a Matrix homeserver that answers: %2</source>
        <translation>%1 ist kein erreichbarer Matrix-Homeserver: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered, but lists no Matrix versions.</source>
        <translation>%1 hat geantwortet, nennt aber keine Matrix-Versionen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 publishes an empty .well-known/matrix/client. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 veröffentlicht eine leere .well-known/matrix/client. Geben Sie stattdessen die URL des Homeservers ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 publishes a .well-known/matrix/client that is not a JSON object. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 veröffentlicht eine .well-known/matrix/client, die kein JSON-Objekt ist. Geben Sie stattdessen die URL des Homeservers ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 publishes a .well-known/matrix/client without m.homeserver.base_url. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 veröffentlicht eine .well-known/matrix/client ohne m.homeserver.base_url. Geben Sie stattdessen die URL des Homeservers ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 publishes a .well-known/matrix/client whose m.identity_server has no base_url. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 veröffentlicht eine .well-known/matrix/client, deren m.identity_server keine base_url hat. Geben Sie stattdessen die URL des Homeservers ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 names &quot;%2&quot; as its homeserver, which is not a URL.</source>
        <translation>%1 nennt „%2“ als Homeserver, das ist aber keine URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; names no homeserver.</source>
        <translation>„%1“ nennt keinen Homeserver.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP status %2 for .well-known/matrix/client. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 hat für .well-known/matrix/client mit dem HTTP-Status %2 geantwortet. Geben Sie stattdessen die URL des Homeservers ein.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../qml/EmojiPicker.qml" line="+64"/>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No emoji found</source>
        <translation>Kein Emoji gefunden</translation>
    </message>
</context>
<context>
    <name>EncryptedMedia</name>
    <message>
        <location filename="../lib/client/encrypted_media.cpp" line="+33"/>
        <source>The encrypted file has no valid mxc:// address in its &quot;url&quot;.</source>
        <translation>Die verschlüsselte Datei hat keine gültige mxc://-Adresse in ihrem „url“-Feld.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message numerus="yes">
        <location filename="../lib/client/event_text.cpp" line="+150"/>
        <source>%1 changed the power levels of %n people</source>
        <translation>
            <numerusform>%1 hat die Berechtigungsstufe von %n Person geändert</numerusform>
            <numerusform>%1 hat die Berechtigungsstufen von %n Personen geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/protocol/html_sanitizer.cpp" line="+382"/>
        <source>[spoiler]</source>
        <translation>[Spoiler]</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/client/event_text_membership.cpp" line="+124"/>
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person</numerusform>
            <numerusform>%1, %2 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryErrorBar</name>
    <message>
        <location filename="../qml/HistoryErrorBar.qml" line="+35"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation>Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>HistorySearchBar</name>
    <message>
        <location filename="../qml/HistorySearchBar.qml" line="+50"/>
        <source>Searching the history for the original message…</source>
        <translation>Suche nach der ursprünglichen Nachricht im Verlauf…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../lib/net/http_client.cpp" line="+81"/>
        <source>The file is too large (%1 MiB; the limit is %2 MiB).</source>
        <translation>Die Datei ist zu groß (%1 MiB; die Grenze liegt bei %2 MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large (more than the limit of %1 MiB).</source>
        <translation>Die Datei ist zu groß (mehr als die Grenze von %1 MiB).</translation>
    </message>
</context>
<context>
    <name>ImageUpload</name>
    <message>
        <location filename="../app/desktop/image_upload.cpp" line="+15"/>
        <source>Choose a picture on this computer.</source>
        <translation>Wählen Sie ein Bild auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a picture.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="+79"/>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/InviteDialog.qml" line="+14"/>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation sent.</source>
        <translation>Einladung gesendet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/JoinRoomDialog.qml" line="+12"/>
        <source>Join a room</source>
        <translation>Einem Raum beitreten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Room address, room ID or link</source>
        <translation>Raumadresse, Raum-ID oder Link</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#room:example.org or https://matrix.to/#/…</source>
        <translation>#raum:example.org oder https://matrix.to/#/…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining…</source>
        <translation>Beitritt läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>JoinTarget</name>
    <message>
        <location filename="../lib/protocol/join_target.cpp" line="+40"/>
        <source>Enter a room address, a room ID or a link.</source>
        <translation>Geben Sie eine Raumadresse, eine Raum-ID oder einen Link ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This link points to a person (%1), not a room: start a direct chat instead.</source>
        <translation>Dieser Link verweist auf eine Person (%1), nicht auf einen Raum: Beginnen Sie stattdessen einen Direktchat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no server: a room address looks like #name:example.org.</source>
        <translation>„%1“ enthält keinen Server: Eine Raumadresse sieht aus wie #name:example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a room address (#name:server), a room ID (!id:server) or a matrix.to link.</source>
        <translation>„%1“ ist weder eine Raumadresse (#name:server) noch eine Raum-ID (!id:server) noch ein matrix.to-Link.</translation>
    </message>
</context>
<context>
    <name>LeaveRoomDialog</name>
    <message>
        <location filename="../qml/LeaveRoomDialog.qml" line="+12"/>
        <source>Leave room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave %1? You will need a new invitation to come back if the room is private.</source>
        <translation>%1 verlassen? Wenn der Raum privat ist, brauchen Sie eine neue Einladung, um zurückzukehren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/LoginPage.qml" line="+38"/>
        <source>Sign in to Matrix</source>
        <translation>Bei Matrix anmelden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Ihre Sitzung ist abgelaufen. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>alice or @alice:example.org</source>
        <translation>alice oder @alice:example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/LogoutDialog.qml" line="+10"/>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sign out of %1? Your messages stay on the server; this device forgets them.</source>
        <translation>Von %1 abmelden? Ihre Nachrichten bleiben auf dem Server; dieses Gerät vergisst sie.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+20"/>
        <source>Lattice — %1</source>
        <translation>Lattice – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice</source>
        <translation>Lattice</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opening your account…</source>
        <translation>Ihr Konto wird geöffnet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lattice could not open your account</source>
        <translation>Lattice konnte Ihr Konto nicht öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>MediaAudio</name>
    <message>
        <source>Encrypted audio cannot be played yet.</source>
        <translation type="vanished">Verschlüsselte Audiodateien können noch nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../qml/MediaAudio.qml" line="+115"/>
        <source>The audio cannot be played: %1</source>
        <translation>Die Audiodatei kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audio could not be downloaded: %1</source>
        <translation>Die Audiodatei konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>MediaClient</name>
    <message>
        <location filename="../lib/net/media_client.cpp" line="+48"/>
        <source>“%1” is not a valid mxc:// media address.</source>
        <translation>„%1“ ist keine gültige mxc://-Medienadresse.</translation>
    </message>
</context>
<context>
    <name>MediaDownloads</name>
    <message>
        <location filename="../app/desktop/media_downloads.cpp" line="+23"/>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <location filename="../qml/MediaFile.qml" line="+69"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Encrypted files cannot be downloaded yet.</source>
        <translation type="vanished">Verschlüsselte Dateien können noch nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown size</source>
        <translation>Unbekannte Größe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MediaImage</name>
    <message>
        <source>Encrypted images cannot be shown yet.</source>
        <translation type="vanished">Verschlüsselte Bilder können noch nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../qml/MediaImage.qml" line="+59"/>
        <source>The image could not be loaded.</source>
        <translation>Das Bild konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>MediaTransport</name>
    <message>
        <location filename="../qml/MediaTransport.qml" line="+28"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>MediaVideo</name>
    <message>
        <location filename="../qml/MediaVideo.qml" line="+114"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Encrypted videos cannot be played yet.</source>
        <translation type="vanished">Verschlüsselte Videos können noch nicht abgespielt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video could not be downloaded: %1</source>
        <translation>Das Video konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../qml/MemberPanel.qml" line="+37"/>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the member list</source>
        <translation>Mitgliederliste schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nobody matches.</source>
        <translation>Niemand passt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No members known yet.</source>
        <translation>Noch keine Mitglieder bekannt.</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <location filename="../qml/MentionPopup.qml" line="+123"/>
        <source>Notify everyone in the room</source>
        <translation>Alle im Raum benachrichtigen</translation>
    </message>
</context>
<context>
    <name>MessageHoverBar</name>
    <message>
        <location filename="../qml/MessageHoverBar.qml" line="+36"/>
        <location line="+3"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>MessageMenu</name>
    <message>
        <location filename="../qml/MessageMenu.qml" line="+34"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>React…</source>
        <translation>Reagieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message will be removed for everyone in the room. This cannot be undone.</source>
        <translation>Die Nachricht wird für alle im Raum gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event source</source>
        <translation>Ereignis-Quelltext</translation>
    </message>
</context>
<context>
    <name>NewDeviceBanner</name>
    <message>
        <location filename="../qml/NewDeviceBanner.qml" line="+38"/>
        <source>%1 has a new device that is not verified: “%2” (%3). It can read what is sent here from now on.</source>
        <translation>%1 hat ein neues, nicht verifiziertes Gerät: „%2“ (%3). Es kann ab jetzt lesen, was hier gesendet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show devices</source>
        <translation>Geräte anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../app/desktop/notification_policy.cpp" line="+96"/>
        <source>You were invited to join this room.</source>
        <translation>Sie wurden eingeladen, diesem Raum beizutreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited you to join this room.</source>
        <translation>%1 hat Sie eingeladen, diesem Raum beizutreten.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../lib/client/people.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a user ID (@name:server).</source>
        <translation>„%1“ ist keine Benutzer-ID (@name:server).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not an mxc:// URI.</source>
        <translation>„%1“ ist keine mxc://-URI.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You cannot start a direct chat with yourself.</source>
        <translation>Sie können keinen Direktchat mit sich selbst beginnen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no room has this address.</source>
        <translation>Kein Raum hat diese Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are not allowed to join it.</source>
        <translation>Sie dürfen ihm nicht beitreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not join %1: %2</source>
        <translation>Beitritt zu %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../qml/PeoplePicker.qml" line="+11"/>
        <source>Search by name or user ID</source>
        <translation>Nach Name oder Benutzer-ID suchen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody found. Type a full user ID, like @name:server.</source>
        <translation>Niemand gefunden. Geben Sie eine vollständige Benutzer-ID ein, etwa @name:server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or a user ID.</source>
        <translation>Geben Sie einen Namen oder eine Benutzer-ID ein.</translation>
    </message>
</context>
<context>
    <name>PowerBadge</name>
    <message>
        <location filename="../qml/PowerBadge.qml" line="+11"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mod</source>
        <translation>Mod</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../qml/ProfileDialog.qml" line="+14"/>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Display name saved.</source>
        <translation>Anzeigename gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture changed.</source>
        <translation>Bild geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How others see you</source>
        <translation>So sehen andere Sie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <location filename="../lib/protocol/push_rules.cpp" line="+226"/>
        <source>The push rules have no &quot;global&quot; rule set.</source>
        <translation>Die Push-Regeln enthalten keinen „global“-Regelsatz.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <location filename="../qml/QrCodeView.qml" line="+13"/>
        <source>Scan this code with your other device</source>
        <translation>Scannen Sie diesen Code mit Ihrem anderen Gerät</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This code cannot be shown.</source>
        <translation>Dieser Code kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../qml/QuickSwitcher.qml" line="+41"/>
        <source>Jump to a room…</source>
        <translation>Zu einem Raum springen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rooms match.</source>
        <translation>Keine passenden Räume.</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <location filename="../qml/ReactionChips.qml" line="+81"/>
        <location line="+3"/>
        <source>Add reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <location filename="../qml/ReadReceipts.qml" line="+20"/>
        <source>Read by %1</source>
        <translation>Gelesen von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>ReplyQuote</name>
    <message>
        <location filename="../qml/ReplyQuote.qml" line="+21"/>
        <source>In reply to %1: %2</source>
        <translation>Als Antwort an %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomHeaderActions</name>
    <message>
        <location filename="../qml/RoomHeaderActions.qml" line="+16"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Show or hide the member list</source>
        <translation>Mitgliederliste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room menu</source>
        <translation>Raummenü</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite people…</source>
        <translation>Personen einladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room…</source>
        <translation>Raum verlassen…</translation>
    </message>
</context>
<context>
    <name>RoomListDelegate</name>
    <message numerus="yes">
        <location filename="../qml/RoomListDelegate.qml" line="+28"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Invited by %1</source>
        <translation>Eingeladen von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>RoomName</name>
    <message numerus="yes">
        <location filename="../lib/protocol/room_name.cpp" line="+34"/>
        <source>%1 and %n other</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../qml/RoomSettingsDialog.qml" line="+16"/>
        <source>Room settings</source>
        <translation>Raumeinstellungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture changed.</source>
        <translation>Bild geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a picture for the room</source>
        <translation>Bild für den Raum auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your power level in this room does not allow changing these settings.</source>
        <translation>Ihre Berechtigungsstufe in diesem Raum erlaubt es nicht, diese Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Nachrichten in diesem Raum sind Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in this room are not encrypted.</source>
        <translation>Nachrichten in diesem Raum sind nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>RoomSidebar</name>
    <message>
        <source>Offline</source>
        <translation type="vanished">Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="vanished">Online</translation>
    </message>
    <message>
        <location filename="../qml/RoomSidebar.qml" line="+39"/>
        <source>Search rooms (Ctrl+K)</source>
        <translation>Räume suchen (Strg+K)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invites</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading your rooms…</source>
        <translation>Ihre Räume werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rooms match your search.</source>
        <translation>Keine Räume passen zu Ihrer Suche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verify this device</source>
        <translation>Dieses Gerät verifizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secure your account</source>
        <translation>Sichern Sie Ihr Konto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock secure backup to read your earlier encrypted messages here.</source>
        <translation>Entsperren Sie die sichere Sicherung, um Ihre früheren verschlüsselten Nachrichten hier zu lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a recovery key so that you never lose access to your encrypted messages.</source>
        <translation>Richten Sie einen Wiederherstellungsschlüssel ein, damit Sie nie den Zugriff auf Ihre verschlüsselten Nachrichten verlieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../qml/RoomView.qml" line="+211"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Nachrichten in diesem Raum sind Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location line="+10"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>This is the beginning of the room.</source>
        <translation>Hier beginnt der Raum.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Message %1…</source>
        <translation>Nachricht an %1…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drop files to send them to %1</source>
        <translation>Dateien hier ablegen, um sie an %1 zu senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a room to start chatting.</source>
        <translation>Wählen Sie einen Raum, um zu chatten.</translation>
    </message>
</context>
<context>
    <name>SasVerification</name>
    <message>
        <location filename="../lib/crypto/sas_verification.cpp" line="+143"/>
        <source>The verification request has no from_device or methods.</source>
        <translation>Der Verifizierungsanfrage fehlen from_device oder methods.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verification request is too old or from the future.</source>
        <translation>Die Verifizierungsanfrage ist zu alt oder stammt aus der Zukunft.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The verification start has no from_device.</source>
        <translation>Dem Verifizierungsstart fehlt from_device.</translation>
    </message>
</context>
<context>
    <name>SecureBackup</name>
    <message>
        <location filename="../lib/client/secure_backup.cpp" line="+175"/>
        <source>The key backup&apos;s key in secret storage is malformed.</source>
        <translation>Der Schlüssel der Schlüsselsicherung im geheimen Speicher ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>SecureBackupDialog</name>
    <message>
        <location filename="../qml/SecureBackupDialog.qml" line="+15"/>
        <source>Unlock your secure backup</source>
        <translation>Ihre sichere Sicherung entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secure your account</source>
        <translation>Sichern Sie Ihr Konto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This account keeps its encryption keys in secure backup. Enter your recovery key (or passphrase) to verify this device and read your earlier encrypted messages.</source>
        <translation>Dieses Konto bewahrt seine Verschlüsselungsschlüssel in der sicheren Sicherung auf. Geben Sie Ihren Wiederherstellungsschlüssel (oder Ihre Passphrase) ein, um dieses Gerät zu verifizieren und Ihre früheren verschlüsselten Nachrichten zu lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up secure backup so that you can read your encrypted messages on a new device, and so that others can trust your devices. You get a recovery key: keep it somewhere safe.</source>
        <translation>Richten Sie die sichere Sicherung ein, damit Sie Ihre verschlüsselten Nachrichten auf einem neuen Gerät lesen können und andere Ihren Geräten vertrauen können. Sie erhalten einen Wiederherstellungsschlüssel: Bewahren Sie ihn an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase (optional, a second way to unlock)</source>
        <translation>Passphrase (optional, eine zweite Möglichkeit zum Entsperren)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account password</source>
        <translation>Ihr Kontopasswort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your recovery key. Write it down or save it in a password manager: it is shown only now.</source>
        <translation>Ihr Wiederherstellungsschlüssel. Notieren Sie ihn oder speichern Sie ihn in einem Passwortmanager: Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery key or passphrase</source>
        <translation>Wiederherstellungsschlüssel oder Passphrase</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I saved it</source>
        <translation>Ich habe ihn gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../lib/client/session_e2ee.cpp" line="+86"/>
        <source>The room is encrypted, but encryption is not set up in this session; the message was not sent.</source>
        <translation>Der Raum ist verschlüsselt, aber in dieser Sitzung ist keine Verschlüsselung eingerichtet; die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../qml/SessionsDialog.qml" line="+15"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Device renamed.</source>
        <translation>Gerät umbenannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device was signed out.</source>
        <translation>Das Gerät wurde abgemeldet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Devices signed in to your account. Verify the ones you use, and sign out those you do not recognise.</source>
        <translation>Bei Ihrem Konto angemeldete Geräte. Verifizieren Sie die, die Sie verwenden, und melden Sie die ab, die Sie nicht kennen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encryption is not running in this session, so the devices&apos; keys and trust are unknown.</source>
        <translation>Die Verschlüsselung ist in dieser Sitzung nicht aktiv, daher sind die Schlüssel der Geräte und ihre Vertrauensstufe unbekannt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified · %1</source>
        <translation>Verifiziert · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified · %1</source>
        <translation>Nicht verifiziert · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption keys · %1</source>
        <translation>Keine Verschlüsselungsschlüssel · %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+95"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign out a device</source>
        <translation>Ein Gerät abmelden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign “%1” out? It will no longer receive messages. Enter your password to confirm.</source>
        <translation>„%1“ abmelden? Es empfängt dann keine Nachrichten mehr. Geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SidebarActions</name>
    <message>
        <location filename="../qml/SidebarActions.qml" line="+20"/>
        <source>Account menu</source>
        <translation>Kontomenü</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your profile…</source>
        <translation>Ihr Profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions…</source>
        <translation>Sitzungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure backup…</source>
        <translation>Sichere Sicherung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>New room, direct chat or join</source>
        <translation>Neuer Raum, Direktchat oder beitreten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New room…</source>
        <translation>Neuer Raum…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a direct chat…</source>
        <translation>Direktchat beginnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room…</source>
        <translation>Einem Raum beitreten…</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../qml/TimelineDelegate.qml" line="+237"/>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failed to send</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
</context>
<context>
    <name>TrustMark</name>
    <message>
        <location filename="../qml/TrustMark.qml" line="+14"/>
        <source>Encrypted by a device its owner has not verified.</source>
        <translation>Von einem Gerät verschlüsselt, das sein Besitzer nicht verifiziert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted by an unknown or deleted device: the sender cannot be confirmed.</source>
        <translation>Von einem unbekannten oder gelöschten Gerät verschlüsselt: Der Absender kann nicht bestätigt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key for this message was shared by another device or restored from a backup, so its authenticity cannot be guaranteed.</source>
        <translation>Der Schlüssel für diese Nachricht wurde von einem anderen Gerät geteilt oder aus einer Sicherung wiederhergestellt, daher kann ihre Echtheit nicht garantiert werden.</translation>
    </message>
</context>
<context>
    <name>UnreadPill</name>
    <message>
        <location filename="../qml/UnreadPill.qml" line="+68"/>
        <source>Jump to first unread</source>
        <translation>Zur ersten ungelesenen Nachricht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark all as read (Esc)</source>
        <translation>Alle als gelesen markieren (Esc)</translation>
    </message>
</context>
<context>
    <name>UploadBar</name>
    <message>
        <location filename="../qml/UploadBar.qml" line="+74"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>UserDevicesView</name>
    <message>
        <location filename="../qml/UserDevicesView.qml" line="+33"/>
        <source>Encryption is not running, so this person&apos;s devices are unknown.</source>
        <translation>Die Verschlüsselung ist nicht aktiv, daher sind die Geräte dieser Person unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: this person has not set up cross-signing.</source>
        <translation>Nicht verifiziert: Diese Person hat Cross-Signing nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: you confirmed this person&apos;s identity.</source>
        <translation>Verifiziert: Sie haben die Identität dieser Person bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: you have not confirmed this person&apos;s identity.</source>
        <translation>Nicht verifiziert: Sie haben die Identität dieser Person nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This person&apos;s identity has changed. If they did not reset their encryption, someone may be impersonating them.</source>
        <translation>Die Identität dieser Person hat sich geändert. Falls sie ihre Verschlüsselung nicht zurückgesetzt hat, gibt sich möglicherweise jemand als sie aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices (%1)</source>
        <translation>Geräte (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
</context>
<context>
    <name>UserInfoPopup</name>
    <message>
        <location filename="../qml/UserInfoPopup.qml" line="+84"/>
        <source>Power level %1</source>
        <translation>Berechtigungsstufe %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite to this room</source>
        <translation>In diesen Raum einladen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw invite</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
</context>
<context>
    <name>UserInteractiveAuth</name>
    <message>
        <location filename="../lib/client/user_interactive_auth.cpp" line="+51"/>
        <source>The homeserver asks for an authentication step Lattice cannot do here (%1); use another client for this action.</source>
        <translation>Der Heimserver verlangt einen Authentifizierungsschritt, den Lattice hier nicht ausführen kann (%1). Verwenden Sie für diese Aktion einen anderen Client.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Authentication was cancelled.</source>
        <translation>Die Authentifizierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../qml/VerificationDialog.qml" line="+31"/>
        <source>%1 (device %2)</source>
        <translation>%1 (Gerät %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification request</source>
        <translation>Verifizierungsanfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 wants to verify this device with a method Lattice does not support. Use another device, or decline.</source>
        <translation>%1 möchte dieses Gerät mit einer Methode verifizieren, die Lattice nicht unterstützt. Verwenden Sie ein anderes Gerät oder lehnen Sie ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wants to verify this device. Accept only if you are talking with them now (in person or on a call you trust).</source>
        <translation>%1 möchte dieses Gerät verifizieren. Nehmen Sie nur an, wenn Sie gerade mit dieser Person sprechen (persönlich oder in einem vertrauenswürdigen Anruf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1 to accept the request…</source>
        <translation>Warten, bis %1 die Anfrage annimmt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan this code with %1. If it cannot scan, compare emoji instead.</source>
        <translation>Scanne diesen Code mit %1. Falls das nicht geht, vergleicht stattdessen Emojis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Exchanging keys with %1…</source>
        <translation>Schlüssel werden mit %1 ausgetauscht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 scanned this code. Does it show that the verification succeeded (a green shield or a check mark)?</source>
        <translation>%1 hat diesen Code gescannt. Zeigt es an, dass die Verifizierung erfolgreich war (ein grünes Schild oder ein Häkchen)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare these emoji with the ones shown on the other device, in the same order.</source>
        <translation>Vergleichen Sie diese Emojis mit denen auf dem anderen Gerät, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>Warten auf die Bestätigung von %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified. Messages from %1 can be trusted.</source>
        <translation>Verifiziert. Nachrichten von %1 sind vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the other device to scan this code…</source>
        <translation>Warte darauf, dass das andere Gerät diesen Code scannt…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Or compare the numbers: %1</source>
        <translation>Oder vergleichen Sie die Zahlen: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare emoji instead</source>
        <translation>Stattdessen Emojis vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare emoji</source>
        <translation>Emoji vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, it succeeded</source>
        <translation>Ja, erfolgreich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They don&apos;t match</source>
        <translation>Sie stimmen nicht überein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They match</source>
        <translation>Sie stimmen überein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lattice</name>
    <message>
        <location filename="../lib/client/event_text.cpp" line="-104"/>
        <source>%1 removed the room name</source>
        <translation>%1 hat den Raumnamen entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the room name</source>
        <translation>%1 hat den Raumnamen geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the room name to %2</source>
        <translation>%1 hat den Raum in %2 umbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the room name to %2</source>
        <translation>%1 hat den Raumnamen auf %2 gesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed the topic</source>
        <translation>%1 hat das Thema entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the topic</source>
        <translation>%1 hat das Thema geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the topic to %2</source>
        <translation>%1 hat das Thema in %2 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the topic to %2</source>
        <translation>%1 hat das Thema auf %2 gesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 removed the room avatar</source>
        <translation>%1 hat das Raumbild entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>%1 changed the room avatar</source>
        <translation>%1 hat das Raumbild geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the room avatar</source>
        <translation>%1 hat ein Raumbild festgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made the room history visible to anyone</source>
        <translation>%1 hat den Raumverlauf für alle sichtbar gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to all members</source>
        <translation>%1 hat den Raumverlauf für alle Mitglieder sichtbar gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to members from when they were invited</source>
        <translation>%1 hat den Raumverlauf für Mitglieder ab ihrer Einladung sichtbar gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to members from when they joined</source>
        <translation>%1 hat den Raumverlauf für Mitglieder ab ihrem Beitritt sichtbar gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed who can read the room history</source>
        <translation>%1 hat geändert, wer den Raumverlauf lesen kann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made the room public</source>
        <translation>%1 hat den Raum öffentlich gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room invite only</source>
        <translation>%1 hat den Raum nur auf Einladung zugänglich gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allowed people to ask to join</source>
        <translation>%1 hat Beitrittsanfragen erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allowed members of selected spaces to join</source>
        <translation>%1 hat Mitgliedern ausgewählter Spaces den Beitritt erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed who can join the room</source>
        <translation>%1 hat geändert, wer dem Raum beitreten kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 changed the power level of %2 from %3 to %4</source>
        <translation>%1 hat die Berechtigungsstufe von %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed the room&apos;s permissions</source>
        <translation>%1 hat die Berechtigungen des Raums geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 set the main address to %2</source>
        <translation>%1 hat die Hauptadresse auf %2 gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed the main address</source>
        <translation>%1 hat die Hauptadresse entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the room addresses</source>
        <translation>%1 hat die Raumadressen geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>%1 changed the pinned messages</source>
        <translation>%1 hat die angehefteten Nachrichten geändert</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 pinned a message</source>
        <translation>%1 hat eine Nachricht angeheftet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unpinned a message</source>
        <translation>%1 hat eine Nachricht losgelöst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 placed a video call</source>
        <translation>%1 hat einen Videoanruf gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 placed a voice call</source>
        <translation>%1 hat einen Sprachanruf gestartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the call</source>
        <translation>%1 hat den Anruf angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 declined the call</source>
        <translation>%1 hat den Anruf abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended the call</source>
        <translation>%1 hat den Anruf beendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+59"/>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1&apos;s change to the room was deleted</source>
        <translation>Die Änderung von %1 am Raum wurde gelöscht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 created the space</source>
        <translation>%1 hat den Space erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 created the room</source>
        <translation>%1 hat den Raum erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 hat die Ende-zu-Ende-Verschlüsselung aktiviert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 upgraded this room; the conversation continues in a new room</source>
        <translation>%1 hat diesen Raum aktualisiert; das Gespräch geht in einem neuen Raum weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the server access rules</source>
        <translation>%1 hat die Server-Zugriffsregeln festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the server access rules</source>
        <translation>%1 hat die Server-Zugriffsregeln geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed guests to join</source>
        <translation>%1 hat Gästen den Beitritt erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped guests from joining</source>
        <translation>%1 hat Gästen den Beitritt verwehrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted message: the key to read it has not arrived</source>
        <translation>Verschlüsselte Nachricht: Der Schlüssel zum Lesen ist noch nicht angekommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reacted to a message</source>
        <translation>%1 hat auf eine Nachricht reagiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 deleted a message</source>
        <translation>%1 hat eine Nachricht gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the room state (%2)</source>
        <translation>%1 hat den Raumzustand geändert (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an event this app cannot show</source>
        <translation>%1 hat ein Ereignis gesendet, das diese App nicht anzeigen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent an event this app cannot show (%2)</source>
        <translation>%1 hat ein Ereignis gesendet, das diese App nicht anzeigen kann (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: Encrypted message</source>
        <translation>%1: Verschlüsselte Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a sticker</source>
        <translation>%1 hat einen Sticker gesendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 started a poll</source>
        <translation>%1 hat eine Umfrage gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 started a poll: %2</source>
        <translation>%1 hat eine Umfrage gestartet: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* %1 %2</source>
        <translation>* %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an image</source>
        <translation>%1 hat ein Bild gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a video</source>
        <translation>%1 hat ein Video gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an audio message</source>
        <translation>%1 hat eine Sprachnachricht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a file</source>
        <translation>%1 hat eine Datei gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shared a location</source>
        <translation>%1 hat einen Standort geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a message</source>
        <translation>%1 hat eine Nachricht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/client/event_text_membership.cpp" line="-99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../lib/client/event_text_membership.cpp" line="+12"/>
        <source>%1 set their display name to %2</source>
        <translation>%1 hat den Anzeigenamen %2 festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed their display name (%2)</source>
        <translation>%1 hat den Anzeigenamen entfernt (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed their display name from %2 to %3</source>
        <translation>%1 hat den Anzeigenamen von %2 in %3 geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 set their avatar</source>
        <translation>%1 hat ein Profilbild festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed their avatar</source>
        <translation>%1 hat das Profilbild entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed their avatar</source>
        <translation>%1 hat das Profilbild geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 updated their profile</source>
        <translation>%1 hat das Profil aktualisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 changed a membership</source>
        <translation>%1 hat eine Mitgliedschaft geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 joined the room</source>
        <translation>%1 ist dem Raum beigetreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invited %2</source>
        <translation>%1 hat %2 eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 banned %2</source>
        <translation>%1 hat %2 gebannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rejected the invitation</source>
        <translation>%1 hat die Einladung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 hat die Beitrittsanfrage zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left the room</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unbanned %2</source>
        <translation>%1 hat den Bann von %2 aufgehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 hat die Einladung für %2 zurückgezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 declined the request to join from %2</source>
        <translation>%1 hat die Beitrittsanfrage von %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the membership of %2</source>
        <translation>%1 hat die Mitgliedschaft von %2 geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../lib/protocol/room_name.cpp" line="-20"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined and left</source>
        <translation>%1 ist beigetreten und hat den Raum wieder verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left and rejoined</source>
        <translation>%1 hat den Raum verlassen und ist wieder beigetreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was invited</source>
        <translation>%1 wurde eingeladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 were invited</source>
        <translation>%1 wurden eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 wurde gebannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 were banned</source>
        <translation>%1 wurden gebannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed their profile</source>
        <translation>%1 hat das Profil geändert</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No membership changes</source>
        <translation>Keine Änderungen der Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../lib/protocol/room_name.cpp" line="+12"/>
        <source>Empty Room</source>
        <translation>Leerer Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty Room (was %1)</source>
        <translation>Leerer Raum (früher %1)</translation>
    </message>
    <message>
        <location filename="../lib/client/room_encryptor.cpp" line="+28"/>
        <source>The room is encrypted with &quot;%1&quot;, which Lattice does not support; the message was not sent.</source>
        <translation>Der Raum ist mit „%1“ verschlüsselt, was Lattice nicht unterstützt; die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>lattice-cli</name>
    <message>
        <location filename="../app/cli/cli_media.cpp" line="+94"/>
        <source>Cannot read the EncryptedFile JSON from %1.</source>
        <translation>Das EncryptedFile-JSON aus %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--file-json needs an EncryptedFile JSON object (%1).</source>
        <translation>--file-json erwartet ein EncryptedFile-JSON-Objekt (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download takes MXC OUT, or --file-json JSON OUT; see --help.</source>
        <translation>download erwartet MXC OUT oder --file-json JSON OUT; siehe --help.</translation>
    </message>
</context>
<context>
    <name>lattice::CanonicalJson</name>
    <message>
        <location filename="../lib/protocol/canonical_json.cpp" line="+98"/>
        <source>Canonical JSON allows only integers between -(2^53)+1 and 2^53-1.</source>
        <translation>Kanonisches JSON erlaubt nur ganze Zahlen zwischen -(2^53)+1 und 2^53-1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An undefined JSON value has no encoding.</source>
        <translation>Ein undefinierter JSON-Wert hat keine Kodierung.</translation>
    </message>
</context>
<context>
    <name>lattice::Crypto</name>
    <message>
        <location filename="../lib/crypto/aes_ctr.cpp" line="+12"/>
        <source>An AES-256 key must be 32 bytes long.</source>
        <translation>Ein AES-256-Schlüssel muss 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An AES-CTR initial counter must be 16 bytes long.</source>
        <translation>Ein AES-CTR-Startzähler muss 16 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AES-256-CTR failed in OpenSSL.</source>
        <translation>AES-256-CTR ist in OpenSSL fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/base64.cpp" line="+90"/>
        <source>The base64 text has an impossible length.</source>
        <translation>Der Base64-Text hat eine unmögliche Länge.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The base64 text contains an invalid character.</source>
        <translation>Der Base64-Text enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/digest.cpp" line="+43"/>
        <source>HKDF-SHA256 cannot produce that many bytes.</source>
        <translation>HKDF-SHA256 kann nicht so viele Bytes erzeugen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HKDF-SHA256 failed in OpenSSL.</source>
        <translation>HKDF-SHA256 ist in OpenSSL fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PBKDF2 needs a positive iteration count and length.</source>
        <translation>PBKDF2 braucht eine positive Anzahl an Iterationen und eine positive Länge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBKDF2-HMAC-SHA512 failed in OpenSSL.</source>
        <translation>PBKDF2-HMAC-SHA512 ist in OpenSSL fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/ed25519.cpp" line="+15"/>
        <source>An Ed25519 public key must be 32 bytes long.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel muss 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Ed25519 signature must be 64 bytes long.</source>
        <translation>Eine Ed25519-Signatur muss 64 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Ed25519 public key is not a valid curve point.</source>
        <translation>Der öffentliche Ed25519-Schlüssel ist kein gültiger Punkt der Kurve.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Ed25519 signature does not match.</source>
        <translation>Die Ed25519-Signatur stimmt nicht überein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only ed25519 signatures can be checked.</source>
        <translation>Nur ed25519-Signaturen können geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The object carries no signature by that key.</source>
        <translation>Das Objekt trägt keine Signatur mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/encrypted_attachment.cpp" line="+55"/>
        <source>The encrypted file description is incomplete.</source>
        <translation>Die Beschreibung der verschlüsselten Datei ist unvollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted file uses an unsupported version.</source>
        <translation>Die verschlüsselte Datei verwendet eine nicht unterstützte Version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted file&apos;s key is not an AES-256-CTR key.</source>
        <translation>Der Schlüssel der verschlüsselten Datei ist kein AES-256-CTR-Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted file&apos;s key is not 256 bits long.</source>
        <translation>Der Schlüssel der verschlüsselten Datei ist nicht 256 Bit lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted file&apos;s IV is not 16 bytes long.</source>
        <translation>Der IV der verschlüsselten Datei ist nicht 16 Bytes lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted file has no valid SHA-256 hash.</source>
        <translation>Die verschlüsselte Datei hat keinen gültigen SHA-256-Hash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded file does not match its hash: it was altered or is incomplete.</source>
        <translation>Die heruntergeladene Datei passt nicht zu ihrem Hash: Sie wurde verändert oder ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/megolm_inbound.cpp" line="+23"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+23"/>
        <source>The Megolm session is no longer valid (it was moved).</source>
        <translation>Die Megolm-Sitzung ist nicht mehr gültig (sie wurde verschoben).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Megolm session key is invalid.</source>
        <translation>Der Megolm-Sitzungsschlüssel ist ungültig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The exported Megolm key is invalid.</source>
        <translation>Der exportierte Megolm-Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+32"/>
        <source>The stored Megolm session is damaged.</source>
        <translation>Die gespeicherte Megolm-Sitzung ist beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+13"/>
        <source>The Megolm session could not be saved.</source>
        <translation>Die Megolm-Sitzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+13"/>
        <source>The Megolm session ID could not be read.</source>
        <translation>Die Megolm-Sitzungs-ID konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Megolm message is malformed.</source>
        <translation>Die Megolm-Nachricht ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Megolm message could not be decrypted.</source>
        <translation>Die Megolm-Nachricht konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Megolm session could not be exported at that index.</source>
        <translation>Die Megolm-Sitzung konnte an diesem Index nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="-42"/>
        <source>A Megolm session could not be created.</source>
        <translation>Eine Megolm-Sitzung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The Megolm session key could not be read.</source>
        <translation>Der Megolm-Sitzungsschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Megolm message could not be encrypted.</source>
        <translation>Die Megolm-Nachricht konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_account.cpp" line="+25"/>
        <location filename="../lib/crypto/olm_session.cpp" line="+30"/>
        <source>The Olm account is no longer valid (it was moved).</source>
        <translation>Das Olm-Konto ist nicht mehr gültig (es wurde verschoben).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Olm account could not be created.</source>
        <translation>Das Olm-Konto konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored Olm account is damaged.</source>
        <translation>Das gespeicherte Olm-Konto ist beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Olm account could not be saved.</source>
        <translation>Das Olm-Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Olm account&apos;s identity keys could not be read.</source>
        <translation>Die Identitätsschlüssel des Olm-Kontos konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../lib/crypto/pk_signing.cpp" line="+55"/>
        <source>The message could not be signed.</source>
        <translation>Die Nachricht konnte nicht signiert werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One-time keys could not be generated.</source>
        <translation>Einmalschlüssel konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The one-time keys could not be read.</source>
        <translation>Die Einmalschlüssel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keys could not be marked as published.</source>
        <translation>Die Schlüssel konnten nicht als veröffentlicht markiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A fallback key could not be generated.</source>
        <translation>Ein Ersatzschlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fallback key could not be read.</source>
        <translation>Der Ersatzschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_session.cpp" line="-5"/>
        <source>The Olm session is no longer valid (it was moved).</source>
        <translation>Die Olm-Sitzung ist nicht mehr gültig (sie wurde verschoben).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An Olm session could not be started with that device&apos;s keys.</source>
        <translation>Mit den Schlüsseln dieses Geräts konnte keine Olm-Sitzung begonnen werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pre-key message could not start an Olm session.</source>
        <translation>Die Pre-Key-Nachricht konnte keine Olm-Sitzung beginnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The used one-time key could not be removed.</source>
        <translation>Der verwendete Einmalschlüssel konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored Olm session is damaged.</source>
        <translation>Die gespeicherte Olm-Sitzung ist beschädigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Olm session could not be saved.</source>
        <translation>Die Olm-Sitzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The pre-key message is malformed.</source>
        <translation>Die Pre-Key-Nachricht ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Olm session ID could not be read.</source>
        <translation>Die Olm-Sitzungs-ID konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>The Olm message could not be encrypted.</source>
        <translation>Die Olm-Nachricht konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Olm message type is neither 0 nor 1.</source>
        <translation>Der Olm-Nachrichtentyp ist weder 0 noch 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Olm message is malformed.</source>
        <translation>Die Olm-Nachricht ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Olm message could not be decrypted.</source>
        <translation>Die Olm-Nachricht konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pickle_key.cpp" line="+43"/>
        <source>A pickle key must be 32 bytes long.</source>
        <translation>Ein Pickle-Schlüssel muss 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The stored encrypted data is damaged.</source>
        <translation>Die gespeicherten verschlüsselten Daten sind beschädigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored encrypted data could not be opened: the key is wrong or the data was altered.</source>
        <translation>Die gespeicherten verschlüsselten Daten konnten nicht geöffnet werden: Der Schlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pk_encryption.cpp" line="+23"/>
        <source>The backup key is no longer valid (it was moved).</source>
        <translation>Der Sicherungsschlüssel ist nicht mehr gültig (er wurde verschoben).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup public key has the wrong length.</source>
        <translation>Der öffentliche Sicherungsschlüssel hat die falsche Länge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup public key is invalid.</source>
        <translation>Der öffentliche Sicherungsschlüssel ist ungültig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key could not be encrypted for backup.</source>
        <translation>Der Schlüssel konnte nicht für die Sicherung verschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup private key must be 32 bytes long.</source>
        <translation>Ein privater Sicherungsschlüssel muss 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup private key is invalid.</source>
        <translation>Der private Sicherungsschlüssel ist ungültig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup private key could not be read.</source>
        <translation>Der private Sicherungsschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backed-up key&apos;s ephemeral key has the wrong length.</source>
        <translation>Der ephemere Schlüssel des gesicherten Schlüssels hat die falsche Länge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backed-up key is malformed or truncated.</source>
        <translation>Der gesicherte Schlüssel ist fehlerhaft oder abgeschnitten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backed-up key is malformed.</source>
        <translation>Der gesicherte Schlüssel ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backed-up key could not be decrypted.</source>
        <translation>Der gesicherte Schlüssel konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pk_signing.cpp" line="-24"/>
        <source>A signing key seed must be 32 bytes long.</source>
        <translation>Ein Startwert für einen Signaturschlüssel muss 32 Bytes lang sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signing key could not be created.</source>
        <translation>Der Signaturschlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signing key is no longer valid (it was moved).</source>
        <translation>Der Signaturschlüssel ist nicht mehr gültig (er wurde verschoben).</translation>
    </message>
    <message>
        <location filename="../lib/crypto/replay_guard.cpp" line="+20"/>
        <source>This message reuses a message index of an earlier message: it may be a replay attack.</source>
        <translation>Diese Nachricht verwendet den Nachrichtenindex einer früheren Nachricht erneut: Es könnte sich um einen Replay-Angriff handeln.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/sas.cpp" line="+22"/>
        <source>The verification key agreement is no longer valid (it was moved).</source>
        <translation>Die Schlüsselvereinbarung der Verifizierung ist nicht mehr gültig (sie wurde verschoben).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The verification key could not be created.</source>
        <translation>Der Verifizierungsschlüssel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The verification key could not be read.</source>
        <translation>Der Verifizierungsschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other device&apos;s verification key is invalid.</source>
        <translation>Der Verifizierungsschlüssel des anderen Geräts ist ungültig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>The other device&apos;s verification key has not been received yet.</source>
        <translation>Der Verifizierungsschlüssel des anderen Geräts ist noch nicht angekommen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ask for at least one SAS byte.</source>
        <translation>Fordern Sie mindestens ein SAS-Byte an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The short authentication string could not be computed.</source>
        <translation>Die Kurzauthentifizierungszeichenfolge konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The verification MAC could not be computed.</source>
        <translation>Der Verifizierungs-MAC konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The emoji method needs 6 bytes of SAS output.</source>
        <translation>Die Emoji-Methode braucht 6 Bytes SAS-Ausgabe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The decimal method needs 5 bytes of SAS output.</source>
        <translation>Die Dezimal-Methode braucht 5 Bytes SAS-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/group_sessions.cpp" line="+66"/>
        <source>The room uses an encryption algorithm Lattice does not support.</source>
        <translation>Der Raum verwendet einen Verschlüsselungsalgorithmus, den Lattice nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The room key must be shared before a message is encrypted.</source>
        <translation>Der Raumschlüssel muss geteilt werden, bevor eine Nachricht verschlüsselt wird.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The message uses an encryption algorithm Lattice does not support.</source>
        <translation>Die Nachricht verwendet einen Verschlüsselungsalgorithmus, den Lattice nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted message lacks its sender key, session or ciphertext.</source>
        <translation>Der verschlüsselten Nachricht fehlen Absenderschlüssel, Sitzung oder Geheimtext.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key to decrypt this message has not arrived.</source>
        <translation>Der Schlüssel zum Entschlüsseln dieser Nachricht ist nicht angekommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender withheld the key to decrypt this message (%1%2).</source>
        <translation>Der Absender hat den Schlüssel zum Entschlüsseln dieser Nachricht zurückgehalten (%1%2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This message reuses the encryption of an earlier one and was rejected as a replay.</source>
        <translation>Diese Nachricht verwendet die Verschlüsselung einer früheren erneut und wurde als Replay-Angriff abgewiesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The decrypted message is not a JSON object.</source>
        <translation>Die entschlüsselte Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The decrypted message belongs to another room.</source>
        <translation>Die entschlüsselte Nachricht gehört zu einem anderen Raum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decrypted message has no type.</source>
        <translation>Die entschlüsselte Nachricht hat keinen Typ.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A room key for an unsupported algorithm was ignored.</source>
        <translation>Ein Raumschlüssel für einen nicht unterstützten Algorithmus wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room key lacks its room, session or key.</source>
        <translation>Einem Raumschlüssel fehlen Raum, Sitzung oder Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A room key&apos;s session ID does not match its key.</source>
        <translation>Die Sitzungs-ID eines Raumschlüssels passt nicht zu seinem Schlüssel.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A withheld-key notice that names another device&apos;s key was ignored.</source>
        <translation>Ein Hinweis auf einen zurückgehaltenen Schlüssel, der den Schlüssel eines anderen Geräts nennt, wurde ignoriert.</translation>
    </message>
    <message>
        <source>A withheld-key notice from an unknown device was ignored.</source>
        <translation type="vanished">Eine Mitteilung über einen zurückgehaltenen Schlüssel von einem unbekannten Gerät wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_machine.cpp" line="+47"/>
        <source>Encryption needs a user ID and a device ID.</source>
        <translation>Die Verschlüsselung braucht eine Benutzer-ID und eine Geräte-ID.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A room key arrived without Olm encryption and was ignored.</source>
        <translation>Ein Raumschlüssel ist ohne Olm-Verschlüsselung angekommen und wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>That device is not known, so its trust cannot be set.</source>
        <translation>Dieses Gerät ist unbekannt, daher kann sein Vertrauensstatus nicht festgelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_to_device.cpp" line="+152"/>
        <source>There is no Olm session with that device yet: claim a one-time key first.</source>
        <translation>Es gibt noch keine Olm-Sitzung mit diesem Gerät: Fordern Sie zuerst einen Einmalschlüssel an.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An encrypted to-device message uses an algorithm Lattice does not support.</source>
        <translation>Eine verschlüsselte Gerät-zu-Gerät-Nachricht verwendet einen Algorithmus, den Lattice nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An encrypted to-device message was not encrypted for this device.</source>
        <translation>Eine verschlüsselte Gerät-zu-Gerät-Nachricht wurde nicht für dieses Gerät verschlüsselt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>An encrypted to-device message is malformed.</source>
        <translation>Eine verschlüsselte Gerät-zu-Gerät-Nachricht ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An encrypted to-device message could not be decrypted.</source>
        <translation>Eine verschlüsselte Gerät-zu-Gerät-Nachricht konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted to-device message from %1 could not be decrypted (%2).</source>
        <translation>Eine verschlüsselte Gerät-zu-Gerät-Nachricht von %1 konnte nicht entschlüsselt werden (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A decrypted to-device message is not a JSON object.</source>
        <translation>Eine entschlüsselte Gerät-zu-Gerät-Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A to-device message claims another sender inside its encryption.</source>
        <translation>Eine Gerät-zu-Gerät-Nachricht gibt in ihrem verschlüsselten Inhalt einen anderen Absender an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A to-device message was encrypted for another recipient.</source>
        <translation>Eine Gerät-zu-Gerät-Nachricht wurde für einen anderen Empfänger verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decrypted to-device message lacks its type or sender keys.</source>
        <translation>Einer entschlüsselten Gerät-zu-Gerät-Nachricht fehlen Typ oder Absenderschlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A to-device message&apos;s keys do not match the sending device&apos;s keys.</source>
        <translation>Die Schlüssel einer Gerät-zu-Gerät-Nachricht passen nicht zu denen des sendenden Geräts.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That device is not known, so nothing can be encrypted for it.</source>
        <translation>Dieses Gerät ist unbekannt, daher kann nichts für es verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/room_key_requests.cpp" line="+37"/>
        <source>The key of this event cannot be requested: it is not a Megolm event.</source>
        <translation>Der Schlüssel dieses Ereignisses kann nicht angefordert werden: Es ist kein Megolm-Ereignis.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A forwarded room key from a device that is not one of our verified devices was refused.</source>
        <translation>Ein weitergeleiteter Raumschlüssel von einem Gerät, das nicht zu unseren verifizierten Geräten gehört, wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A forwarded room key is incomplete.</source>
        <translation>Ein weitergeleiteter Raumschlüssel ist unvollständig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A forwarded room key that Lattice did not request was refused.</source>
        <translation>Ein weitergeleiteter Raumschlüssel, den Lattice nicht angefordert hat, wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A forwarded room key&apos;s session ID does not match its key.</source>
        <translation>Die Sitzungs-ID eines weitergeleiteten Raumschlüssels passt nicht zu seinem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/backup_encryption.cpp" line="+33"/>
        <source>The key backup uses an algorithm Lattice does not support.</source>
        <translation>Die Schlüsselsicherung verwendet einen Algorithmus, den Lattice nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key backup lacks its version or public key.</source>
        <translation>Der Schlüsselsicherung fehlt die Version oder der öffentliche Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This key does not open the server&apos;s key backup.</source>
        <translation>Dieser Schlüssel öffnet die Schlüsselsicherung des Servers nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A backed-up key lacks its ciphertext, MAC or ephemeral key.</source>
        <translation>Einem gesicherten Schlüssel fehlt der Geheimtext, der MAC oder der ephemere Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backed-up key did not decrypt to a JSON object.</source>
        <translation>Ein gesicherter Schlüssel ergab beim Entschlüsseln kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backed-up key is not a complete Megolm key.</source>
        <translation>Ein gesicherter Schlüssel ist kein vollständiger Megolm-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing.cpp" line="+127"/>
        <source>That user has no cross-signing identity to sign yet.</source>
        <translation>Dieser Benutzer hat noch keine Cross-Signing-Identität, die signiert werden kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device does not hold the user-signing key, so it cannot sign other users.</source>
        <translation>Dieses Gerät besitzt den Benutzer-Signaturschlüssel nicht und kann daher keine anderen Benutzer signieren.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This device does not hold the self-signing key, so it cannot sign our devices.</source>
        <translation>Dieses Gerät besitzt den Selbstsignaturschlüssel nicht und kann daher unsere Geräte nicht signieren.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That device is not one of ours that we know.</source>
        <translation>Dieses Gerät gehört nicht zu unseren bekannten Geräten.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing_keys.cpp" line="+144"/>
        <source>The cross-signing keys cannot be imported before the server&apos;s copy of our identity is known.</source>
        <translation>Die Cross-Signing-Schlüssel können erst importiert werden, wenn die Kopie unserer Identität auf dem Server bekannt ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A cross-signing key is not valid base64.</source>
        <translation>Ein Cross-Signing-Schlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cross-signing key does not match the one the server published for this account, so it was not imported.</source>
        <translation>Ein Cross-Signing-Schlüssel stimmt nicht mit dem vom Server für dieses Konto veröffentlichten überein und wurde daher nicht importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cross-signing key was given to import.</source>
        <translation>Es wurde kein Cross-Signing-Schlüssel zum Importieren angegeben.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing_trust.cpp" line="+122"/>
        <source>That user has no known cross-signing identity.</source>
        <translation>Dieser Benutzer hat keine bekannte Cross-Signing-Identität.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup.cpp" line="+33"/>
        <source>A key backup needs a version.</source>
        <translation>Eine Schlüsselsicherung benötigt eine Version.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup_import.cpp" line="+25"/>
        <source>An imported room key is for an algorithm Lattice does not support.</source>
        <translation>Ein importierter Raumschlüssel ist für einen Algorithmus, den Lattice nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An imported room key lacks its room, sender, session or key.</source>
        <translation>Einem importierten Raumschlüssel fehlt der Raum, der Absender, die Sitzung oder der Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An imported room key has a malformed forwarding chain.</source>
        <translation>Ein importierter Raumschlüssel hat eine fehlerhafte Weiterleitungskette.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An imported room key&apos;s session ID does not match its key.</source>
        <translation>Die Sitzungs-ID eines importierten Raumschlüssels passt nicht zu seinem Schlüssel.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no such room key to export.</source>
        <translation>Dieser Raumschlüssel existiert nicht und kann nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/qr_verification.cpp" line="+56"/>
        <source>This device does not have a trusted cross-signing key to show.</source>
        <translation>Dieses Gerät hat keinen vertrauenswürdigen Cross-Signing-Schlüssel zum Anzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other user has no cross-signing key to verify.</source>
        <translation>Der andere Benutzer hat keinen Cross-Signing-Schlüssel zum Verifizieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no cross-signing key to show.</source>
        <translation>Dieses Konto hat keinen Cross-Signing-Schlüssel zum Anzeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device&apos;s signing key is not known yet.</source>
        <translation>Der Signaturschlüssel des anderen Geräts ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This device&apos;s signing key is not known.</source>
        <translation>Der Signaturschlüssel dieses Geräts ist unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no cross-signing key to verify.</source>
        <translation>Dieses Konto hat keinen Cross-Signing-Schlüssel zum Verifizieren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The scanned code belongs to another verification.</source>
        <translation>Der gescannte Code gehört zu einer anderen Verifizierung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scanned code is for verifying another user, not this account.</source>
        <translation>Der gescannte Code dient zum Verifizieren eines anderen Benutzers, nicht dieses Kontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned code is for verifying one&apos;s own devices.</source>
        <translation>Der gescannte Code dient zum Verifizieren der eigenen Geräte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The keys in the scanned code do not match the keys this device knows.</source>
        <translation>Die Schlüssel im gescannten Code stimmen nicht mit den diesem Gerät bekannten Schlüsseln überein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The other device started the verification out of order.</source>
        <translation>Das andere Gerät hat die Verifizierung in falscher Reihenfolge gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device chose a method other than the QR code.</source>
        <translation>Das andere Gerät hat eine andere Methode als den QR-Code gewählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other device&apos;s start message is malformed.</source>
        <translation>Die Startnachricht des anderen Geräts ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start message came from another device.</source>
        <translation>Die Startnachricht kam von einem anderen Gerät.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device did not send the secret from this code: someone may be attempting an attack.</source>
        <translation>Das andere Gerät hat nicht das Geheimnis aus diesem Code gesendet: Möglicherweise versucht jemand einen Angriff.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other device has not scanned this code yet.</source>
        <translation>Das andere Gerät hat diesen Code noch nicht gescannt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The other device finished before the code was confirmed.</source>
        <translation>Das andere Gerät hat abgeschlossen, bevor der Code bestätigt wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other device cancelled: %1</source>
        <translation>Das andere Gerät hat abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../lib/crypto/qr_verification_codec.cpp" line="+18"/>
        <source>The verification code&apos;s request ID is empty, too long or not valid UTF-8.</source>
        <translation>Die Anfrage-ID des Verifizierungscodes ist leer, zu lang oder kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+53"/>
        <source>The verification code&apos;s mode is unknown.</source>
        <translation>Der Modus des Verifizierungscodes ist unbekannt.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>A key in a verification code must be 32 bytes.</source>
        <translation>Ein Schlüssel in einem Verifizierungscode muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>The verification code&apos;s shared secret is shorter than 8 bytes.</source>
        <translation>Das gemeinsame Geheimnis des Verifizierungscodes ist kürzer als 8 Byte.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The verification code is cut short.</source>
        <translation>Der Verifizierungscode ist unvollständig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a Matrix verification code.</source>
        <translation>Dies ist kein Matrix-Verifizierungscode.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The verification code has a version this app does not know.</source>
        <translation>Der Verifizierungscode hat eine Version, die diese App nicht kennt.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/secret_storage.cpp" line="+36"/>
        <source>A secret storage key must be 32 bytes long.</source>
        <translation>Ein Schlüssel für den geheimen Speicher muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secret storage data lacks a required field.</source>
        <translation>Den Daten des geheimen Speichers fehlt ein erforderliches Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret storage data has a field that is not valid base64.</source>
        <translation>Die Daten des geheimen Speichers enthalten ein Feld, das kein gültiges Base64 ist.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>The key&apos;s passphrase uses an algorithm this client does not support.</source>
        <translation>Die Passphrase des Schlüssels verwendet einen Algorithmus, den dieser Client nicht unterstützt.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>The key&apos;s passphrase settings are incomplete or invalid.</source>
        <translation>Die Passphrase-Einstellungen des Schlüssels sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret storage key description has no algorithm.</source>
        <translation>Die Beschreibung des Schlüssels für den geheimen Speicher enthält keinen Algorithmus.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The secret storage key uses an algorithm this client does not support.</source>
        <translation>Der Schlüssel für den geheimen Speicher verwendet einen Algorithmus, den dieser Client nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>This is not the key of the secret storage.</source>
        <translation>Dies ist nicht der Schlüssel des geheimen Speichers.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The secret storage key description has an invalid check.</source>
        <translation>Die Beschreibung des Schlüssels für den geheimen Speicher enthält eine ungültige Prüfung.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The stored secret&apos;s IV is not 16 bytes long.</source>
        <translation>Der IV des gespeicherten Geheimnisses ist nicht 16 Byte lang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored secret could not be authenticated: the key is wrong or the data was altered.</source>
        <translation>Das gespeicherte Geheimnis konnte nicht authentifiziert werden: Der Schlüssel ist falsch oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/secret_storage_recovery_key.cpp" line="+114"/>
        <location line="+9"/>
        <source>The recovery key contains a character that cannot be in one.</source>
        <translation>Der Wiederherstellungsschlüssel enthält ein Zeichen, das darin nicht vorkommen kann.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The recovery key is empty.</source>
        <translation>Der Wiederherstellungsschlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recovery key has the wrong length: check for missing or extra characters.</source>
        <translation>Der Wiederherstellungsschlüssel hat die falsche Länge: Prüfen Sie ihn auf fehlende oder überzählige Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a recovery key (its prefix is wrong).</source>
        <translation>Dies ist kein Wiederherstellungsschlüssel (sein Präfix ist falsch).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key&apos;s check digit does not match: a character was mistyped.</source>
        <translation>Die Prüfziffer des Wiederherstellungsschlüssels stimmt nicht: Ein Zeichen wurde falsch eingegeben.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup_secret.cpp" line="+24"/>
        <source>The key backup&apos;s key is malformed.</source>
        <translation>Der Schlüssel der Schlüsselsicherung ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>lattice::KeyBackupService</name>
    <message>
        <location filename="../lib/client/key_backup_restore.cpp" line="+82"/>
        <location filename="../lib/client/key_backup_service.cpp" line="+139"/>
        <source>The server has no key backup.</source>
        <translation>Der Server hat keine Schlüsselsicherung.</translation>
    </message>
    <message>
        <location filename="../lib/client/key_backup_service.cpp" line="-57"/>
        <source>The server did not say which key backup version it created.</source>
        <translation>Der Server hat nicht angegeben, welche Version der Schlüsselsicherung er erstellt hat.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The key backup is not signed by one of your verified devices, so keys are not uploaded to it.</source>
        <translation>Die Schlüsselsicherung ist von keinem Ihrer verifizierten Geräte signiert, daher werden keine Schlüssel hochgeladen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>End-to-end encryption has stopped for this account.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung wurde für dieses Konto beendet.</translation>
    </message>
</context>
<context>
    <name>lattice::MediaClient</name>
    <message>
        <location filename="../lib/net/media_client.cpp" line="+80"/>
        <source>A thumbnail needs a width and height between 1 and 10000.</source>
        <translation>Ein Vorschaubild braucht eine Breite und Höhe zwischen 1 und 10000.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The upload was cancelled.</source>
        <translation>Der Upload wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The homeserver answered the upload without a valid content_uri.</source>
        <translation>Der Homeserver hat den Upload ohne gültige content_uri beantwortet.</translation>
    </message>
</context>
<context>
    <name>lattice::QrCode</name>
    <message>
        <location filename="../lib/client/qr_matrix.cpp" line="+38"/>
        <source>There is nothing to show as a QR code.</source>
        <translation>Es gibt nichts, was als QR-Code angezeigt werden kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data is too long for a QR code.</source>
        <translation>Die Daten sind zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>lattice::RoomEncryptor</name>
    <message>
        <location filename="../lib/client/room_encryptor.cpp" line="+106"/>
        <source>You are not a member of %1; the message was not sent.</source>
        <translation>Sie sind kein Mitglied von %1; die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>lattice::SecretGossip</name>
    <message>
        <location filename="../lib/client/secret_gossip.cpp" line="+87"/>
        <source>Asking your other device for your encryption keys…</source>
        <translation>Deine Verschlüsselungsschlüssel werden von deinem anderen Gerät angefordert…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The cross-signing keys your other device sent do not match your account&apos;s, so they were not used.</source>
        <translation>Die Cross-Signing-Schlüssel deines anderen Geräts passen nicht zu denen deines Kontos und wurden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key backup&apos;s key your other device sent does not open your backup, so it was not used.</source>
        <translation>Der Sicherungsschlüssel deines anderen Geräts öffnet deine Sicherung nicht und wurde nicht verwendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Received your cross-signing keys and key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Cross-Signing-Schlüssel und Schlüsselsicherung von deinem anderen Gerät erhalten; %n Schlüssel wiederhergestellt.</numerusform>
            <numerusform>Cross-Signing-Schlüssel und Schlüsselsicherung von deinem anderen Gerät erhalten; %n Schlüssel wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received your cross-signing keys from your other device.</source>
        <translation>Cross-Signing-Schlüssel von deinem anderen Gerät erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Received your key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Schlüsselsicherung von deinem anderen Gerät erhalten; %n Schlüssel wiederhergestellt.</numerusform>
            <numerusform>Schlüsselsicherung von deinem anderen Gerät erhalten; %n Schlüssel wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not get your encryption keys from your other device: %1</source>
        <translation>Deine Verschlüsselungsschlüssel konnten nicht von deinem anderen Gerät geholt werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::SecretSharing</name>
    <message>
        <location filename="../lib/client/secret_sharing.cpp" line="+67"/>
        <source>Secrets are shared only with one&apos;s own devices.</source>
        <translation>Geheimnisse werden nur mit den eigenen Geräten geteilt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The requesting device is not verified.</source>
        <translation>Das anfragende Gerät ist nicht verifiziert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device shares no secrets.</source>
        <translation>Dieses Gerät teilt keine Geheimnisse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device does not hold that secret.</source>
        <translation>Dieses Gerät besitzt dieses Geheimnis nicht.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A secret arrived without Olm encryption.</source>
        <translation>Ein Geheimnis kam ohne Olm-Verschlüsselung an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret arrived from another user.</source>
        <translation>Ein Geheimnis kam von einem anderen Benutzer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret arrived that this device did not ask that device for.</source>
        <translation>Ein Geheimnis kam an, das dieses Gerät bei jenem Gerät nicht angefragt hatte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret arrived without a value.</source>
        <translation>Ein Geheimnis kam ohne Wert an.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A secret arrived from a device this device does not know.</source>
        <translation>Ein Geheimnis kam von einem Gerät, das dieses Gerät nicht kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret arrived from a device that is not verified.</source>
        <translation>Ein Geheimnis kam von einem nicht verifizierten Gerät.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This account has no other device to ask for the secret.</source>
        <translation>Dieses Konto hat kein anderes Gerät, das nach dem Geheimnis gefragt werden kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None of this account&apos;s other devices sent the secret in time.</source>
        <translation>Keines der anderen Geräte dieses Kontos hat das Geheimnis rechtzeitig gesendet.</translation>
    </message>
</context>
<context>
    <name>lattice::SecretStorage</name>
    <message>
        <location filename="../lib/client/secret_storage.cpp" line="+121"/>
        <source>The secret storage key is missing from the account.</source>
        <translation>Der Schlüssel für den geheimen Speicher fehlt im Konto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This account has no secret storage yet.</source>
        <translation>Dieses Konto hat noch keinen geheimen Speicher.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This recovery key does not unlock the account&apos;s secret storage.</source>
        <translation>Dieser Wiederherstellungsschlüssel entsperrt den geheimen Speicher des Kontos nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret storage has no passphrase: enter the recovery key.</source>
        <translation>Der geheime Speicher hat keine Passphrase: Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This passphrase does not unlock the account&apos;s secret storage.</source>
        <translation>Diese Passphrase entsperrt den geheimen Speicher des Kontos nicht.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This secret is not stored with the unlocked secret storage key.</source>
        <translation>Dieses Geheimnis ist nicht mit dem entsperrten Schlüssel des geheimen Speichers gespeichert.</translation>
    </message>
</context>
<context>
    <name>lattice::Session</name>
    <message>
        <location filename="../lib/client/session.cpp" line="+153"/>
        <source>The encryption key in the keyring entry for %1 is damaged.</source>
        <translation>Der Verschlüsselungsschlüssel im Schlüsselbund-Eintrag für %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>lattice::VerificationService</name>
    <message>
        <location filename="../lib/client/verification_service.cpp" line="+59"/>
        <source>The session is closed.</source>
        <translation>Die Sitzung ist geschlossen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not send the verification request: %1</source>
        <translation>Die Verifizierungsanfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The device was verified but its trust could not be stored: %1</source>
        <translation>Das Gerät wurde verifiziert, aber seine Vertrauensstufe konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not send a verification message: %1</source>
        <translation>Eine Verifizierungsnachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server did not return an event ID.</source>
        <translation>Der Server hat keine Ereignis-ID zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>lattice::VerificationSession</name>
    <message>
        <location filename="../lib/client/verification_session.cpp" line="+183"/>
        <source>You cancelled the verification.</source>
        <translation>Sie haben die Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The verification was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification took too long and timed out.</source>
        <translation>Die Verifizierung hat zu lange gedauert und ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other device did not know this verification.</source>
        <translation>Das andere Gerät kannte diese Verifizierung nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The devices could not agree on a verification method.</source>
        <translation>Die Geräte konnten sich nicht auf eine Verifizierungsmethode einigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device sent a message out of order.</source>
        <translation>Ein Gerät hat eine Nachricht in falscher Reihenfolge gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keys did not match: the other device may not be who it claims to be.</source>
        <translation>Die Schlüssel stimmten nicht überein: Das andere Gerät ist möglicherweise nicht das, für das es sich ausgibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message came from an unexpected user or device.</source>
        <translation>Eine Nachricht kam von einem unerwarteten Benutzer oder Gerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device sent an invalid verification message.</source>
        <translation>Ein Gerät hat eine ungültige Verifizierungsnachricht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was answered on another device.</source>
        <translation>Die Anfrage wurde auf einem anderen Gerät beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key commitment did not match: the verification may have been tampered with.</source>
        <translation>Die Schlüsselzusage stimmte nicht überein: Die Verifizierung wurde möglicherweise manipuliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The emoji did not match.</source>
        <translation>Die Emojis stimmten nicht überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verification was cancelled (%1).</source>
        <translation>Die Verifizierung wurde abgebrochen (%1).</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AccountController</name>
    <message>
        <location filename="../app/desktop/account_controller.cpp" line="+43"/>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not change your display name: %1</source>
        <translation>Ihr Anzeigename konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change your picture: %1</source>
        <translation>Ihr Bild konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the room: %1</source>
        <translation>Der Raum konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start the chat: %1</source>
        <translation>Der Chat konnte nicht begonnen werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/app_controller.cpp" line="+14"/>
        <source>Your session has ended: %1 Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen: %1 Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been signed out: %1</source>
        <translation>Sie wurden abgemeldet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: %1 Retrying.</source>
        <translation>Offline: %1 Neuer Versuch läuft.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Could not join the room: %1</source>
        <translation>Beitritt zum Raum fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not decline the invite: %1</source>
        <translation>Die Einladung konnte nicht abgelehnt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not sign out: %1</source>
        <translation>Abmelden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AttachmentController</name>
    <message>
        <location filename="../app/desktop/attachment_controller.cpp" line="+137"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Nur Dateien auf diesem Computer können gesendet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not a file.</source>
        <translation>Das ist keine Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pasted image %1.png</source>
        <translation>Eingefügtes Bild %1.png</translation>
    </message>
    <message>
        <source>Files cannot be sent to encrypted rooms yet.</source>
        <translation type="vanished">Dateien können noch nicht in verschlüsselte Räume gesendet werden.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>“%1” could not be sent: %2</source>
        <translation>„%1“ konnte nicht gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::ConversationRoles</name>
    <message>
        <location filename="../app/desktop/conversation_roles.cpp" line="+80"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message not available</source>
        <translation>Nachricht nicht verfügbar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reacted with %2</source>
        <translation>Mit %2 reagiert: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::DeviceListModel</name>
    <message>
        <location filename="../app/desktop/device_list_model.cpp" line="+36"/>
        <source>This device has no encryption keys: it cannot read encrypted messages.</source>
        <translation>Dieses Gerät hat keine Verschlüsselungsschlüssel: Es kann keine verschlüsselten Nachrichten lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device; verified.</source>
        <translation>Dieses Gerät; verifiziert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This device.</source>
        <translation>Dieses Gerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: you confirmed this device belongs to its owner.</source>
        <translation>Verifiziert: Sie haben bestätigt, dass dieses Gerät seinem Besitzer gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: compare its fingerprint with its owner, or verify it, before trusting it.</source>
        <translation>Nicht verifiziert: Vergleichen Sie seinen Fingerabdruck mit dem Besitzer oder verifizieren Sie es, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last seen %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen %1 from %2</source>
        <translation>Zuletzt aktiv: %1 von %2</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::DeviceTrustController</name>
    <message>
        <location filename="../app/desktop/device_trust_controller.cpp" line="+66"/>
        <source>Could not read your devices: %1</source>
        <translation>Ihre Geräte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not rename the device: %1</source>
        <translation>Das Gerät konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password is wrong. The device is still signed in.</source>
        <translation>Das Passwort ist falsch. Das Gerät ist weiterhin angemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The homeserver asks for your password to sign a device out.</source>
        <translation>Der Heimserver verlangt Ihr Passwort, um ein Gerät abzumelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not sign the device out: %1</source>
        <translation>Das Gerät konnte nicht abgemeldet werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not read this person&apos;s identity: %1</source>
        <translation>Die Identität dieser Person konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this person&apos;s devices: %1</source>
        <translation>Die Geräte dieser Person konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::EmojiModel</name>
    <message>
        <location filename="../app/desktop/emoji_model.cpp" line="+12"/>
        <source>The emoji table %1 cannot be read: %2</source>
        <translation>Die Emoji-Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Smileys &amp; Emotion</source>
        <translation>Smileys &amp; Emotionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People &amp; Body</source>
        <translation>Menschen &amp; Körper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animals &amp; Nature</source>
        <translation>Tiere &amp; Natur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food &amp; Drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel &amp; Places</source>
        <translation>Reisen &amp; Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::HistorySearch</name>
    <message>
        <location filename="../app/desktop/history_search.cpp" line="+40"/>
        <source>Could not search the history: %1</source>
        <translation>Der Verlauf konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original message was not found in the room&apos;s history.</source>
        <translation>Die ursprüngliche Nachricht wurde im Verlauf des Raums nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::MediaDownload</name>
    <message>
        <location filename="../app/desktop/media_downloads.cpp" line="+85"/>
        <source>This file was altered after it was sent (its SHA-256 hash does not match), so Lattice does not save or play it.</source>
        <translation>Diese Datei wurde nach dem Senden verändert (ihr SHA-256-Hash stimmt nicht überein), daher wird sie von Lattice weder gespeichert noch abgespielt.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::MediaDownloads</name>
    <message>
        <location line="+62"/>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder cannot be created.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>too many files with this name exist.</source>
        <translation>Es gibt zu viele Dateien mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This encrypted file is not known here any more.</source>
        <translation>Diese verschlüsselte Datei ist hier nicht mehr bekannt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Files can only be saved on this computer.</source>
        <translation>Dateien können nur auf diesem Computer gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be downloaded: %1</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::RoomController</name>
    <message>
        <location filename="../app/desktop/room_controller.cpp" line="+59"/>
        <source>The original message was not found in the room&apos;s history.</source>
        <translation>Die ursprüngliche Nachricht wurde im Verlauf des Raums nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation type="vanished">Ältere Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not send the message: %1</source>
        <translation>Die Nachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Could not remove the message: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The original message is not in the history loaded so far.</source>
        <translation type="vanished">Die ursprüngliche Nachricht ist nicht im bisher geladenen Verlauf.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not mark the room as read: %1</source>
        <translation>Der Raum konnte nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1 und %n weitere Person schreiben…</numerusform>
            <numerusform>%1 und %n weitere Personen schreiben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::RoomPeople</name>
    <message>
        <location filename="../app/desktop/room_people.cpp" line="+119"/>
        <source>Could not invite %1: %2</source>
        <translation>%1 konnte nicht eingeladen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not ban %1: %2</source>
        <translation>%1 konnte nicht verbannt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not leave the room: %1</source>
        <translation>Der Raum konnte nicht verlassen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the room settings: %1</source>
        <translation>Die Raumeinstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change the room picture: %1</source>
        <translation>Das Raumbild konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::SecureBackupController</name>
    <message numerus="yes">
        <location filename="../app/desktop/secure_backup_controller.cpp" line="+98"/>
        <source>This device is verified, and %n message key(s) were restored from the backup.</source>
        <translation>
            <numerusform>Dieses Gerät ist verifiziert, und %n Nachrichtenschlüssel wurde aus der Sicherung wiederhergestellt.</numerusform>
            <numerusform>Dieses Gerät ist verifiziert, und %n Nachrichtenschlüssel wurden aus der Sicherung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is verified. The account has no key backup to restore.</source>
        <translation>Dieses Gerät ist verifiziert. Das Konto hat keine Schlüsselsicherung zum Wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::TimelineViewModel</name>
    <message>
        <location filename="../app/desktop/timeline_view_model.cpp" line="+171"/>
        <source>Encrypted message: waiting for the key to read it…</source>
        <translation>Verschlüsselte Nachricht: Der Schlüssel zum Lesen wird erwartet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to decrypt this message: %1</source>
        <translation>Diese Nachricht kann nicht entschlüsselt werden: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::TrayIcon</name>
    <message>
        <location filename="../app/desktop/tray_icon.cpp" line="+20"/>
        <location line="+75"/>
        <source>Hide Lattice</source>
        <translation>Lattice ausblenden</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <source>Lattice</source>
        <translation>Lattice</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Lattice: %n unread</source>
        <translation>
            <numerusform>Lattice: %n ungelesen</numerusform>
            <numerusform>Lattice: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show Lattice</source>
        <translation>Lattice anzeigen</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::UserDirectoryModel</name>
    <message>
        <location filename="../app/desktop/user_directory_model.cpp" line="+51"/>
        <source>Could not search the user directory: %1</source>
        <translation>Das Benutzerverzeichnis konnte nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+142"/>
        <source>A desktop chat client for Matrix.</source>
        <translation>Ein Desktop-Chat-Client für Matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account&apos;s data directory (default: %1).</source>
        <translation>Das Datenverzeichnis des Kontos (Standard: %1).</translation>
    </message>
</context>
</TS>
