<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ComposerModeBar</name>
    <message>
        <location filename="../qml/ComposerModeBar.qml" line="+28"/>
        <source>Editing message</source>
        <translation>Modification du message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replying to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Esc to cancel</source>
        <translation>Échap pour annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/ConfirmDialog.qml" line="+44"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../qml/CreateRoomDialog.qml" line="+13"/>
        <source>New room</source>
        <translation>Nouveau salon</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Weekend plans</source>
        <translation>p.&#xa0;ex. Projets du week-end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic (optional)</source>
        <translation>Sujet (facultatif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is this room about?</source>
        <translation>De quoi parle ce salon&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can join</source>
        <translation>Qui peut rejoindre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people invited</source>
        <translation>Uniquement les personnes invitées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone (public)</source>
        <translation>Tout le monde (public)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address (optional)</source>
        <translation>Adresse (facultative)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>weekend-plans</source>
        <translation>projets-week-end</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypt messages</source>
        <translation>Chiffrer les messages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the people in the room can read its messages. This cannot be turned off later.</source>
        <translation>Seules les personnes présentes dans le salon peuvent lire ses messages. Ce réglage ne pourra pas être désactivé par la suite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public rooms are usually not encrypted: anyone can join and read them.</source>
        <translation>Les salons publics ne sont généralement pas chiffrés&#xa0;: tout le monde peut les rejoindre et les lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server can read the messages of this room.</source>
        <translation>Le serveur peut lire les messages de ce salon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite people (optional)</source>
        <translation>Inviter des personnes (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>@name:server</source>
        <translation>@nom:serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create room</source>
        <translation>Créer le salon</translation>
    </message>
</context>
<context>
    <name>CrossSigning</name>
    <message>
        <location filename="../lib/client/cross_signing_service.cpp" line="+19"/>
        <source>The server refused a cross-signing signature.</source>
        <translation>Le serveur a refusé une signature croisée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a cross-signing signature: %1</source>
        <translation>Le serveur a refusé une signature croisée : %1</translation>
    </message>
</context>
<context>
    <name>CryptoRunner</name>
    <message>
        <location filename="../lib/client/crypto_runner.cpp" line="+30"/>
        <source>End-to-end encryption is not set up for this session.</source>
        <translation>Le chiffrement de bout en bout n’est pas configuré pour cette session.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message numerus="yes">
        <location filename="../app/desktop/desktop_notifications.cpp" line="+52"/>
        <source>%1 (%n new messages)</source>
        <translation>
            <numerusform>%1 (%n nouveau message)</numerusform>
            <numerusform>%1 (%n nouveaux messages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open the room</source>
        <translation>Ouvrir le salon</translation>
    </message>
</context>
<context>
    <name>DeviceManager</name>
    <message>
        <location filename="../lib/client/device_manager.cpp" line="+108"/>
        <source>End-to-end encryption is not running in this session, so device keys and their trust are unknown.</source>
        <translation>Le chiffrement de bout en bout n’est pas actif dans cette session : les clés des appareils et leur confiance sont inconnues.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+15"/>
        <source>No device was named.</source>
        <translation>Aucun appareil n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the device you are using; log out instead of deleting it.</source>
        <translation>C’est l’appareil que vous utilisez : déconnectez-vous au lieu de le supprimer.</translation>
    </message>
</context>
<context>
    <name>DirectChatDialog</name>
    <message>
        <location filename="../qml/DirectChatDialog.qml" line="+13"/>
        <source>Start a direct chat</source>
        <translation>Démarrer une discussion privée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Encrypt messages</source>
        <translation>Chiffrer les messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you already have a direct chat with this person, it opens instead of a new one.</source>
        <translation>Si vous avez déjà une discussion privée avec cette personne, c’est elle qui s’ouvre, plutôt qu’une nouvelle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <location filename="../lib/net/discovery.cpp" line="+41"/>
        <source>%1 is not a Matrix homeserver that answers: %2</source>
        <translation>%1 n’est pas un serveur d’accueil Matrix qui répond&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered, but lists no Matrix versions.</source>
        <translation>%1 a répondu, mais n’indique aucune version de Matrix.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 publishes an empty .well-known/matrix/client. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 publie un fichier .well-known/matrix/client vide. Saisissez plutôt l’URL du serveur d’accueil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 publishes a .well-known/matrix/client that is not a JSON object. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 publie un fichier .well-known/matrix/client qui n’est pas un objet JSON. Saisissez plutôt l’URL du serveur d’accueil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 publishes a .well-known/matrix/client without m.homeserver.base_url. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 publie un fichier .well-known/matrix/client sans m.homeserver.base_url. Saisissez plutôt l’URL du serveur d’accueil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 publishes a .well-known/matrix/client whose m.identity_server has no base_url. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 publie un fichier .well-known/matrix/client dont le m.identity_server n’a pas de base_url. Saisissez plutôt l’URL du serveur d’accueil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 names &quot;%2&quot; as its homeserver, which is not a URL.</source>
        <translation>%1 indique «&#xa0;%2&#xa0;» comme serveur d’accueil, ce qui n’est pas une URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; names no homeserver.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun serveur d’accueil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP status %2 for .well-known/matrix/client. Enter the homeserver&apos;s URL instead.</source>
        <translation>%1 a répondu avec le statut HTTP %2 pour .well-known/matrix/client. Saisissez plutôt l’URL du serveur d’accueil.</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../qml/EmojiPicker.qml" line="+64"/>
        <source>Search emoji</source>
        <translation>Rechercher un émoji</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No emoji found</source>
        <translation>Aucun émoji trouvé</translation>
    </message>
</context>
<context>
    <name>EncryptedMedia</name>
    <message>
        <location filename="../lib/client/encrypted_media.cpp" line="+33"/>
        <source>The encrypted file has no valid mxc:// address in its &quot;url&quot;.</source>
        <translation>Le fichier chiffré n’a pas d’adresse mxc:// valide dans son champ «&#xa0;url&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message numerus="yes">
        <location filename="../lib/client/event_text.cpp" line="+150"/>
        <source>%1 changed the power levels of %n people</source>
        <translation>
            <numerusform>%1 a modifié le niveau d’autorisation de %n personne</numerusform>
            <numerusform>%1 a modifié les niveaux d’autorisation de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/protocol/html_sanitizer.cpp" line="+382"/>
        <source>[spoiler]</source>
        <translation>[spoiler]</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/client/event_text_membership.cpp" line="+124"/>
        <source>%1, %2 and %n others</source>
        <translation>
            <numerusform>%1, %2 et %n autre personne</numerusform>
            <numerusform>%1, %2 et %n autres personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryErrorBar</name>
    <message>
        <location filename="../qml/HistoryErrorBar.qml" line="+35"/>
        <source>Couldn&apos;t load older messages: %1</source>
        <translation>Impossible de charger les messages plus anciens&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>HistorySearchBar</name>
    <message>
        <location filename="../qml/HistorySearchBar.qml" line="+50"/>
        <source>Searching the history for the original message…</source>
        <translation>Recherche du message d’origine dans l’historique…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../lib/net/http_client.cpp" line="+81"/>
        <source>The file is too large (%1 MiB; the limit is %2 MiB).</source>
        <translation>Le fichier est trop volumineux (%1 Mio&#xa0;; la limite est de %2 Mio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large (more than the limit of %1 MiB).</source>
        <translation>Le fichier est trop volumineux (il dépasse la limite de %1 Mio).</translation>
    </message>
</context>
<context>
    <name>ImageUpload</name>
    <message>
        <location filename="../app/desktop/image_upload.cpp" line="+15"/>
        <source>Choose a picture on this computer.</source>
        <translation>Choisissez une image sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a picture.</source>
        <translation>%1 n’est pas une image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2&#xa0;Mo.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../qml/ImageViewer.qml" line="+79"/>
        <source>The image could not be loaded.</source>
        <translation>L’image n’a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>100 %</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/InviteDialog.qml" line="+14"/>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invitation sent.</source>
        <translation>Invitation envoyée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/JoinRoomDialog.qml" line="+12"/>
        <source>Join a room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Room address, room ID or link</source>
        <translation>Adresse du salon, identifiant de salon ou lien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#room:example.org or https://matrix.to/#/…</source>
        <translation>#salon:example.org ou https://matrix.to/#/…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joining…</source>
        <translation>Accès au salon…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
</context>
<context>
    <name>JoinTarget</name>
    <message>
        <location filename="../lib/protocol/join_target.cpp" line="+40"/>
        <source>Enter a room address, a room ID or a link.</source>
        <translation>Saisissez une adresse de salon, un identifiant de salon ou un lien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This link points to a person (%1), not a room: start a direct chat instead.</source>
        <translation>Ce lien désigne une personne (%1), pas un salon&#xa0;: démarrez plutôt une discussion privée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no server: a room address looks like #name:example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’indique aucun serveur&#xa0;: une adresse de salon ressemble à #nom:example.org.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a room address (#name:server), a room ID (!id:server) or a matrix.to link.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse de salon (#nom:serveur), ni un identifiant de salon (!id:serveur), ni un lien matrix.to.</translation>
    </message>
</context>
<context>
    <name>LeaveRoomDialog</name>
    <message>
        <location filename="../qml/LeaveRoomDialog.qml" line="+12"/>
        <source>Leave room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave %1? You will need a new invitation to come back if the room is private.</source>
        <translation>Quitter %1&#xa0;? Si le salon est privé, il vous faudra une nouvelle invitation pour revenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/LoginPage.qml" line="+38"/>
        <source>Sign in to Matrix</source>
        <translation>Se connecter à Matrix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your session has ended. Enter your password to continue where you left off.</source>
        <translation>Votre session a pris fin. Saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Homeserver</source>
        <translation>Serveur d’accueil</translation>
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
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>alice or @alice:example.org</source>
        <translation>alice ou @alice:example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/LogoutDialog.qml" line="+10"/>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sign out of %1? Your messages stay on the server; this device forgets them.</source>
        <translation>Se déconnecter de %1&#xa0;? Vos messages restent sur le serveur&#xa0;; cet appareil les oublie.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+20"/>
        <source>Lattice — %1</source>
        <translation>Lattice — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lattice</source>
        <translation>Lattice</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opening your account…</source>
        <translation>Ouverture de votre compte…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lattice could not open your account</source>
        <translation>Lattice n’a pas pu ouvrir votre compte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>MediaAudio</name>
    <message>
        <source>Encrypted audio cannot be played yet.</source>
        <translation type="vanished">Les fichiers audio chiffrés ne peuvent pas encore être lus.</translation>
    </message>
    <message>
        <location filename="../qml/MediaAudio.qml" line="+115"/>
        <source>The audio cannot be played: %1</source>
        <translation>Le fichier audio ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audio could not be downloaded: %1</source>
        <translation>Le fichier audio n’a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MediaClient</name>
    <message>
        <location filename="../lib/net/media_client.cpp" line="+48"/>
        <source>“%1” is not a valid mxc:// media address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de média mxc:// valide.</translation>
    </message>
</context>
<context>
    <name>MediaDownloads</name>
    <message>
        <location filename="../app/desktop/media_downloads.cpp" line="+23"/>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <location filename="../qml/MediaFile.qml" line="+69"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Encrypted files cannot be downloaded yet.</source>
        <translation type="vanished">Les fichiers chiffrés ne peuvent pas encore être téléchargés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown size</source>
        <translation>Taille inconnue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MediaImage</name>
    <message>
        <source>Encrypted images cannot be shown yet.</source>
        <translation type="vanished">Les images chiffrées ne peuvent pas encore être affichées.</translation>
    </message>
    <message>
        <location filename="../qml/MediaImage.qml" line="+59"/>
        <source>The image could not be loaded.</source>
        <translation>L’image n’a pas pu être chargée.</translation>
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
        <translation>Lire</translation>
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
        <translation>Lire</translation>
    </message>
    <message>
        <source>Encrypted videos cannot be played yet.</source>
        <translation type="vanished">Les vidéos chiffrées ne peuvent pas encore être lues.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The video cannot be played: %1</source>
        <translation>La vidéo ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video could not be downloaded: %1</source>
        <translation>La vidéo n’a pas pu être téléchargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <location filename="../qml/MemberPanel.qml" line="+37"/>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the member list</source>
        <translation>Fermer la liste des membres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter members</source>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joined</source>
        <translation>Dans le salon</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nobody matches.</source>
        <translation>Personne ne correspond.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No members known yet.</source>
        <translation>Aucun membre connu pour l’instant.</translation>
    </message>
</context>
<context>
    <name>MentionPopup</name>
    <message>
        <location filename="../qml/MentionPopup.qml" line="+123"/>
        <source>Notify everyone in the room</source>
        <translation>Notifier tout le monde dans le salon</translation>
    </message>
</context>
<context>
    <name>MessageHoverBar</name>
    <message>
        <location filename="../qml/MessageHoverBar.qml" line="+36"/>
        <location line="+3"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>MessageMenu</name>
    <message>
        <location filename="../qml/MessageMenu.qml" line="+34"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>React…</source>
        <translation>Réagir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View source</source>
        <translation>Afficher la source</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove message?</source>
        <translation>Supprimer le message&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message will be removed for everyone in the room. This cannot be undone.</source>
        <translation>Le message sera supprimé pour tout le monde dans le salon. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Event source</source>
        <translation>Source de l’évènement</translation>
    </message>
</context>
<context>
    <name>NewDeviceBanner</name>
    <message>
        <location filename="../qml/NewDeviceBanner.qml" line="+38"/>
        <source>%1 has a new device that is not verified: “%2” (%3). It can read what is sent here from now on.</source>
        <translation>%1 a un nouvel appareil non vérifié : « %2 » (%3). Il peut désormais lire ce qui est envoyé ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show devices</source>
        <translation>Afficher les appareils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../app/desktop/notification_policy.cpp" line="+96"/>
        <source>You were invited to join this room.</source>
        <translation>Vous avez été invité à rejoindre ce salon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invited you to join this room.</source>
        <translation>%1 vous a invité à rejoindre ce salon.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../lib/client/people.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a user ID (@name:server).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’utilisateur (@nom:serveur).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not an mxc:// URI.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URI mxc://.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You cannot start a direct chat with yourself.</source>
        <translation>Vous ne pouvez pas démarrer une discussion privée avec vous-même.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no room has this address.</source>
        <translation>aucun salon n’a cette adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are not allowed to join it.</source>
        <translation>vous n’êtes pas autorisé à le rejoindre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not join %1: %2</source>
        <translation>Impossible de rejoindre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../qml/PeoplePicker.qml" line="+11"/>
        <source>Search by name or user ID</source>
        <translation>Rechercher par nom ou identifiant d’utilisateur</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody found. Type a full user ID, like @name:server.</source>
        <translation>Personne n’a été trouvé. Saisissez un identifiant d’utilisateur complet, comme @nom:serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or a user ID.</source>
        <translation>Saisissez un nom ou un identifiant d’utilisateur.</translation>
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
        <translation>Modo</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../qml/ProfileDialog.qml" line="+14"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Display name saved.</source>
        <translation>Nom d’affichage enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture changed.</source>
        <translation>Image modifiée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change picture…</source>
        <translation>Changer d’image…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How others see you</source>
        <translation>La façon dont les autres vous voient</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <location filename="../lib/protocol/push_rules.cpp" line="+226"/>
        <source>The push rules have no &quot;global&quot; rule set.</source>
        <translation>Les règles de notification n’ont pas d’ensemble de règles «&#xa0;global&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <location filename="../qml/QrCodeView.qml" line="+13"/>
        <source>Scan this code with your other device</source>
        <translation>Scannez ce code avec votre autre appareil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This code cannot be shown.</source>
        <translation>Ce code ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../qml/QuickSwitcher.qml" line="+41"/>
        <source>Jump to a room…</source>
        <translation>Aller à un salon…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rooms match.</source>
        <translation>Aucun salon ne correspond.</translation>
    </message>
</context>
<context>
    <name>ReactionChips</name>
    <message>
        <location filename="../qml/ReactionChips.qml" line="+81"/>
        <location line="+3"/>
        <source>Add reaction</source>
        <translation>Ajouter une réaction</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <location filename="../qml/ReadReceipts.qml" line="+20"/>
        <source>Read by %1</source>
        <translation>Lu par %1</translation>
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
        <translation>En réponse à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoomHeaderActions</name>
    <message>
        <location filename="../qml/RoomHeaderActions.qml" line="+16"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Show or hide the member list</source>
        <translation>Afficher ou masquer la liste des membres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Room menu</source>
        <translation>Menu du salon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite people…</source>
        <translation>Inviter des personnes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room…</source>
        <translation>Quitter le salon…</translation>
    </message>
</context>
<context>
    <name>RoomListDelegate</name>
    <message numerus="yes">
        <location filename="../qml/RoomListDelegate.qml" line="+28"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Invited by %1</source>
        <translation>Invité par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>RoomName</name>
    <message numerus="yes">
        <location filename="../lib/protocol/room_name.cpp" line="+34"/>
        <source>%1 and %n other</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../qml/RoomSettingsDialog.qml" line="+16"/>
        <source>Room settings</source>
        <translation>Paramètres du salon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture changed.</source>
        <translation>Image modifiée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a picture for the room</source>
        <translation>Choisir une image pour le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change picture…</source>
        <translation>Changer d’image…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your power level in this room does not allow changing these settings.</source>
        <translation>Votre niveau d’autorisation dans ce salon ne vous permet pas de modifier ces paramètres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Les messages de ce salon sont chiffrés de bout en bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages in this room are not encrypted.</source>
        <translation>Les messages de ce salon ne sont pas chiffrés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>RoomSidebar</name>
    <message>
        <source>Offline</source>
        <translation type="vanished">Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="vanished">En ligne</translation>
    </message>
    <message>
        <location filename="../qml/RoomSidebar.qml" line="+39"/>
        <source>Search rooms (Ctrl+K)</source>
        <translation>Rechercher des salons (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invites</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Loading your rooms…</source>
        <translation>Chargement de vos salons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rooms match your search.</source>
        <translation>Aucun salon ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verify this device</source>
        <translation>Vérifier cet appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secure your account</source>
        <translation>Sécurisez votre compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock secure backup to read your earlier encrypted messages here.</source>
        <translation>Déverrouillez la sauvegarde sécurisée pour lire ici vos anciens messages chiffrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up a recovery key so that you never lose access to your encrypted messages.</source>
        <translation>Configurez une clé de récupération pour ne jamais perdre l’accès à vos messages chiffrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up…</source>
        <translation>Configurer…</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../qml/RoomView.qml" line="+211"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages in this room are end-to-end encrypted.</source>
        <translation>Les messages de ce salon sont chiffrés de bout en bout.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location line="+10"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>This is the beginning of the room.</source>
        <translation>C’est le début du salon.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No messages yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Message %1…</source>
        <translation>Message à %1…</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+3"/>
        <source>Insert emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drop files to send them to %1</source>
        <translation>Déposez des fichiers pour les envoyer à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a room to start chatting.</source>
        <translation>Choisissez un salon pour commencer à discuter.</translation>
    </message>
</context>
<context>
    <name>SasVerification</name>
    <message>
        <location filename="../lib/crypto/sas_verification.cpp" line="+143"/>
        <source>The verification request has no from_device or methods.</source>
        <translation>La demande de vérification n’a pas de from_device ou de méthodes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verification request is too old or from the future.</source>
        <translation>La demande de vérification est trop ancienne ou datée du futur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The verification start has no from_device.</source>
        <translation>Le début de la vérification n’a pas de from_device.</translation>
    </message>
</context>
<context>
    <name>SecureBackup</name>
    <message>
        <location filename="../lib/client/secure_backup.cpp" line="+175"/>
        <source>The key backup&apos;s key in secret storage is malformed.</source>
        <translation>La clé de la sauvegarde des clés dans le stockage secret est mal formée.</translation>
    </message>
</context>
<context>
    <name>SecureBackupDialog</name>
    <message>
        <location filename="../qml/SecureBackupDialog.qml" line="+15"/>
        <source>Unlock your secure backup</source>
        <translation>Déverrouiller votre sauvegarde sécurisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secure your account</source>
        <translation>Sécurisez votre compte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This account keeps its encryption keys in secure backup. Enter your recovery key (or passphrase) to verify this device and read your earlier encrypted messages.</source>
        <translation>Ce compte conserve ses clés de chiffrement dans une sauvegarde sécurisée. Saisissez votre clé de récupération (ou votre phrase secrète) pour vérifier cet appareil et lire vos anciens messages chiffrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up secure backup so that you can read your encrypted messages on a new device, and so that others can trust your devices. You get a recovery key: keep it somewhere safe.</source>
        <translation>Configurez la sauvegarde sécurisée pour pouvoir lire vos messages chiffrés sur un nouvel appareil et pour que les autres puissent faire confiance à vos appareils. Vous recevrez une clé de récupération : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase (optional, a second way to unlock)</source>
        <translation>Phrase secrète (facultative, un second moyen de déverrouiller)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account password</source>
        <translation>Le mot de passe de votre compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your recovery key. Write it down or save it in a password manager: it is shown only now.</source>
        <translation>Votre clé de récupération. Notez-la ou enregistrez-la dans un gestionnaire de mots de passe : elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery key or passphrase</source>
        <translation>Clé de récupération ou phrase secrète</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I saved it</source>
        <translation>Je l’ai enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../lib/client/session_e2ee.cpp" line="+86"/>
        <source>The room is encrypted, but encryption is not set up in this session; the message was not sent.</source>
        <translation>Le salon est chiffré, mais le chiffrement n’est pas configuré dans cette session&#xa0;; le message n’a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../qml/SessionsDialog.qml" line="+15"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Device renamed.</source>
        <translation>Appareil renommé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device was signed out.</source>
        <translation>L’appareil a été déconnecté.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Devices signed in to your account. Verify the ones you use, and sign out those you do not recognise.</source>
        <translation>Appareils connectés à votre compte. Vérifiez ceux que vous utilisez et déconnectez ceux que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encryption is not running in this session, so the devices&apos; keys and trust are unknown.</source>
        <translation>Le chiffrement n’est pas actif dans cette session : les clés des appareils et leur confiance sont inconnues.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified · %1</source>
        <translation>Vérifié · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified · %1</source>
        <translation>Non vérifié · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encryption keys · %1</source>
        <translation>Aucune clé de chiffrement · %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+95"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign out a device</source>
        <translation>Déconnecter un appareil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign “%1” out? It will no longer receive messages. Enter your password to confirm.</source>
        <translation>Déconnecter « %1 » ? Il ne recevra plus de messages. Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SidebarActions</name>
    <message>
        <location filename="../qml/SidebarActions.qml" line="+20"/>
        <source>Account menu</source>
        <translation>Menu du compte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your profile…</source>
        <translation>Votre profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions…</source>
        <translation>Sessions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure backup…</source>
        <translation>Sauvegarde sécurisée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>New room, direct chat or join</source>
        <translation>Nouveau salon, discussion privée ou rejoindre un salon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New room…</source>
        <translation>Nouveau salon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a direct chat…</source>
        <translation>Démarrer une discussion privée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join a room…</source>
        <translation>Rejoindre un salon…</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../qml/TimelineDelegate.qml" line="+237"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failed to send</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
</context>
<context>
    <name>TrustMark</name>
    <message>
        <location filename="../qml/TrustMark.qml" line="+14"/>
        <source>Encrypted by a device its owner has not verified.</source>
        <translation>Chiffré par un appareil que son propriétaire n’a pas vérifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted by an unknown or deleted device: the sender cannot be confirmed.</source>
        <translation>Chiffré par un appareil inconnu ou supprimé : l’expéditeur ne peut pas être confirmé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key for this message was shared by another device or restored from a backup, so its authenticity cannot be guaranteed.</source>
        <translation>La clé de ce message a été partagée par un autre appareil ou restaurée depuis une sauvegarde : son authenticité ne peut pas être garantie.</translation>
    </message>
</context>
<context>
    <name>UnreadPill</name>
    <message>
        <location filename="../qml/UnreadPill.qml" line="+68"/>
        <source>Jump to first unread</source>
        <translation>Aller au premier message non lu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark all as read (Esc)</source>
        <translation>Tout marquer comme lu (Échap)</translation>
    </message>
</context>
<context>
    <name>UploadBar</name>
    <message>
        <location filename="../qml/UploadBar.qml" line="+74"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UserDevicesView</name>
    <message>
        <location filename="../qml/UserDevicesView.qml" line="+33"/>
        <source>Encryption is not running, so this person&apos;s devices are unknown.</source>
        <translation>Le chiffrement n’est pas actif : les appareils de cette personne sont inconnus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: this person has not set up cross-signing.</source>
        <translation>Non vérifié : cette personne n’a pas configuré la signature croisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: you confirmed this person&apos;s identity.</source>
        <translation>Vérifié : vous avez confirmé l’identité de cette personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: you have not confirmed this person&apos;s identity.</source>
        <translation>Non vérifié : vous n’avez pas confirmé l’identité de cette personne.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This person&apos;s identity has changed. If they did not reset their encryption, someone may be impersonating them.</source>
        <translation>L’identité de cette personne a changé. Si elle n’a pas réinitialisé son chiffrement, quelqu’un tente peut-être de se faire passer pour elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices (%1)</source>
        <translation>Appareils (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>UserInfoPopup</name>
    <message>
        <location filename="../qml/UserInfoPopup.qml" line="+84"/>
        <source>Power level %1</source>
        <translation>Niveau d’autorisation %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invite to this room</source>
        <translation>Inviter dans ce salon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Withdraw invite</source>
        <translation>Annuler l’invitation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
</context>
<context>
    <name>UserInteractiveAuth</name>
    <message>
        <location filename="../lib/client/user_interactive_auth.cpp" line="+51"/>
        <source>The homeserver asks for an authentication step Lattice cannot do here (%1); use another client for this action.</source>
        <translation>Le serveur d’accueil demande une étape d’authentification que Lattice ne peut pas effectuer ici (%1) ; utilisez un autre client pour cette action.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Authentication was cancelled.</source>
        <translation>L’authentification a été annulée.</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../qml/VerificationDialog.qml" line="+31"/>
        <source>%1 (device %2)</source>
        <translation>%1 (appareil %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification request</source>
        <translation>Demande de vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 wants to verify this device with a method Lattice does not support. Use another device, or decline.</source>
        <translation>%1 veut vérifier cet appareil avec une méthode que Lattice ne prend pas en charge. Utilisez un autre appareil, ou refusez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wants to verify this device. Accept only if you are talking with them now (in person or on a call you trust).</source>
        <translation>%1 souhaite vérifier cet appareil. N’acceptez que si vous êtes en train de lui parler (en personne ou lors d’un appel de confiance).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for %1 to accept the request…</source>
        <translation>En attente de l’acceptation de la demande par %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan this code with %1. If it cannot scan, compare emoji instead.</source>
        <translation>Scannez ce code avec %1. S’il ne peut pas scanner, comparez plutôt des émojis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Exchanging keys with %1…</source>
        <translation>Échange des clés avec %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 scanned this code. Does it show that the verification succeeded (a green shield or a check mark)?</source>
        <translation>%1 a scanné ce code. Indique-t-il que la vérification a réussi (un bouclier vert ou une coche) ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare these emoji with the ones shown on the other device, in the same order.</source>
        <translation>Comparez ces émojis avec ceux affichés sur l’autre appareil, dans le même ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1 to confirm…</source>
        <translation>En attente de la confirmation de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified. Messages from %1 can be trusted.</source>
        <translation>Vérifié. Les messages de %1 sont dignes de confiance.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the other device to scan this code…</source>
        <translation>En attente du scan de ce code par l’autre appareil…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Or compare the numbers: %1</source>
        <translation>Ou comparez les nombres : %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare emoji instead</source>
        <translation>Comparer des émojis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare emoji</source>
        <translation>Comparer les emoji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, it succeeded</source>
        <translation>Oui, c’est réussi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They don&apos;t match</source>
        <translation>Ils ne correspondent pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They match</source>
        <translation>Ils correspondent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>lattice</name>
    <message>
        <location filename="../lib/client/event_text.cpp" line="-104"/>
        <source>%1 removed the room name</source>
        <translation>%1 a supprimé le nom du salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the room name</source>
        <translation>%1 a modifié le nom du salon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the room name to %2</source>
        <translation>%1 a renommé le salon en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the room name to %2</source>
        <translation>%1 a nommé le salon %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed the topic</source>
        <translation>%1 a supprimé le sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the topic</source>
        <translation>%1 a modifié le sujet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the topic to %2</source>
        <translation>%1 a changé le sujet en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the topic to %2</source>
        <translation>%1 a défini le sujet&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 removed the room avatar</source>
        <translation>%1 a supprimé l’avatar du salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>%1 changed the room avatar</source>
        <translation>%1 a changé l’avatar du salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 set the room avatar</source>
        <translation>%1 a défini l’avatar du salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made the room history visible to anyone</source>
        <translation>%1 a rendu l’historique du salon visible par tout le monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to all members</source>
        <translation>%1 a rendu l’historique du salon visible par tous les membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to members from when they were invited</source>
        <translation>%1 a rendu l’historique du salon visible par les membres à partir de leur invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room history visible to members from when they joined</source>
        <translation>%1 a rendu l’historique du salon visible par les membres à partir de leur arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed who can read the room history</source>
        <translation>%1 a modifié qui peut lire l’historique du salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 made the room public</source>
        <translation>%1 a rendu le salon public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made the room invite only</source>
        <translation>%1 a réservé le salon aux invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allowed people to ask to join</source>
        <translation>%1 a permis de demander à rejoindre le salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allowed members of selected spaces to join</source>
        <translation>%1 a permis aux membres de certains espaces de rejoindre le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed who can join the room</source>
        <translation>%1 a modifié qui peut rejoindre le salon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 changed the power level of %2 from %3 to %4</source>
        <translation>%1 a changé le niveau d’autorisation de %2 de %3 à %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 changed the room&apos;s permissions</source>
        <translation>%1 a modifié les autorisations du salon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 set the main address to %2</source>
        <translation>%1 a défini l’adresse principale&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed the main address</source>
        <translation>%1 a supprimé l’adresse principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the room addresses</source>
        <translation>%1 a modifié les adresses du salon</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>%1 changed the pinned messages</source>
        <translation>%1 a modifié les messages épinglés</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 pinned a message</source>
        <translation>%1 a épinglé un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unpinned a message</source>
        <translation>%1 a désépinglé un message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 placed a video call</source>
        <translation>%1 a lancé un appel vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 placed a voice call</source>
        <translation>%1 a lancé un appel vocal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered the call</source>
        <translation>%1 a répondu à l’appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 declined the call</source>
        <translation>%1 a refusé l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended the call</source>
        <translation>%1 a mis fin à l’appel</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+59"/>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1&apos;s change to the room was deleted</source>
        <translation>La modification du salon par %1 a été supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 created the space</source>
        <translation>%1 a créé l’espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 created the room</source>
        <translation>%1 a créé le salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 a activé le chiffrement de bout en bout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 upgraded this room; the conversation continues in a new room</source>
        <translation>%1 a mis à niveau ce salon&#xa0;; la conversation continue dans un nouveau salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the server access rules</source>
        <translation>%1 a défini les règles d’accès des serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed the server access rules</source>
        <translation>%1 a modifié les règles d’accès des serveurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed guests to join</source>
        <translation>%1 a autorisé les invités à rejoindre le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stopped guests from joining</source>
        <translation>%1 a empêché les invités de rejoindre le salon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted message: the key to read it has not arrived</source>
        <translation>Message chiffré&#xa0;: la clé pour le lire n’est pas encore arrivée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reacted to a message</source>
        <translation>%1 a réagi à un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 deleted a message</source>
        <translation>%1 a supprimé un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the room state (%2)</source>
        <translation>%1 a modifié l’état du salon (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an event this app cannot show</source>
        <translation>%1 a envoyé un évènement que cette application ne peut pas afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent an event this app cannot show (%2)</source>
        <translation>%1 a envoyé un évènement que cette application ne peut pas afficher (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: Encrypted message</source>
        <translation>%1&#xa0;: message chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a sticker</source>
        <translation>%1 a envoyé un autocollant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 started a poll</source>
        <translation>%1 a lancé un sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 started a poll: %2</source>
        <translation>%1 a lancé un sondage&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* %1 %2</source>
        <translation>* %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an image</source>
        <translation>%1 a envoyé une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a video</source>
        <translation>%1 a envoyé une vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an audio message</source>
        <translation>%1 a envoyé un message audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a file</source>
        <translation>%1 a envoyé un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shared a location</source>
        <translation>%1 a partagé une position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a message</source>
        <translation>%1 a envoyé un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/client/event_text_membership.cpp" line="-99"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../lib/client/event_text_membership.cpp" line="+12"/>
        <source>%1 set their display name to %2</source>
        <translation>%1 a choisi le nom d’affichage %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed their display name (%2)</source>
        <translation>%1 a supprimé son nom d’affichage (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed their display name from %2 to %3</source>
        <translation>%1 a changé son nom d’affichage de %2 en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 set their avatar</source>
        <translation>%1 a défini son avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed their avatar</source>
        <translation>%1 a supprimé son avatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed their avatar</source>
        <translation>%1 a changé son avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 updated their profile</source>
        <translation>%1 a mis à jour son profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 changed a membership</source>
        <translation>%1 a modifié une adhésion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 joined the room</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 invited %2</source>
        <translation>%1 a invité %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked to join</source>
        <translation>%1 a demandé à rejoindre le salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 banned %2</source>
        <translation>%1 a banni %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rejected the invitation</source>
        <translation>%1 a refusé l’invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 a retiré sa demande pour rejoindre le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left the room</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unbanned %2</source>
        <translation>%1 a débanni %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 withdrew the invitation for %2</source>
        <translation>%1 a retiré l’invitation de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 declined the request to join from %2</source>
        <translation>%1 a refusé la demande de %2 pour rejoindre le salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed %2</source>
        <translation>%1 a exclu %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the membership of %2</source>
        <translation>%1 a modifié l’adhésion de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../lib/protocol/room_name.cpp" line="-20"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint le salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 joined and left</source>
        <translation>%1 a rejoint puis quitté le salon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left and rejoined</source>
        <translation>%1 est parti puis revenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was invited</source>
        <translation>%1 a été invité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 were invited</source>
        <translation>%1 ont été invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was banned</source>
        <translation>%1 a été banni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 were banned</source>
        <translation>%1 ont été bannis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed their profile</source>
        <translation>%1 a modifié son profil</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No membership changes</source>
        <translation>Aucun changement d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../lib/protocol/room_name.cpp" line="+12"/>
        <source>Empty Room</source>
        <translation>Salon vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty Room (was %1)</source>
        <translation>Salon vide (anciennement %1)</translation>
    </message>
    <message>
        <location filename="../lib/client/room_encryptor.cpp" line="+28"/>
        <source>The room is encrypted with &quot;%1&quot;, which Lattice does not support; the message was not sent.</source>
        <translation>Le salon est chiffré avec «&#xa0;%1&#xa0;», que Lattice ne prend pas en charge&#xa0;; le message n’a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>lattice-cli</name>
    <message>
        <location filename="../app/cli/cli_media.cpp" line="+94"/>
        <source>Cannot read the EncryptedFile JSON from %1.</source>
        <translation>Impossible de lire le JSON EncryptedFile depuis %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--file-json needs an EncryptedFile JSON object (%1).</source>
        <translation>--file-json attend un objet JSON EncryptedFile (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download takes MXC OUT, or --file-json JSON OUT; see --help.</source>
        <translation>download attend MXC OUT, ou --file-json JSON OUT&#xa0;; voir --help.</translation>
    </message>
</context>
<context>
    <name>lattice::CanonicalJson</name>
    <message>
        <location filename="../lib/protocol/canonical_json.cpp" line="+98"/>
        <source>Canonical JSON allows only integers between -(2^53)+1 and 2^53-1.</source>
        <translation>Le JSON canonique n’accepte que des entiers compris entre -(2^53)+1 et 2^53-1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>An undefined JSON value has no encoding.</source>
        <translation>Une valeur JSON indéfinie n’a pas d’encodage.</translation>
    </message>
</context>
<context>
    <name>lattice::Crypto</name>
    <message>
        <location filename="../lib/crypto/aes_ctr.cpp" line="+12"/>
        <source>An AES-256 key must be 32 bytes long.</source>
        <translation>Une clé AES-256 doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An AES-CTR initial counter must be 16 bytes long.</source>
        <translation>Un compteur initial AES-CTR doit faire 16 octets.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AES-256-CTR failed in OpenSSL.</source>
        <translation>AES-256-CTR a échoué dans OpenSSL.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/base64.cpp" line="+90"/>
        <source>The base64 text has an impossible length.</source>
        <translation>Le texte base64 a une longueur impossible.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The base64 text contains an invalid character.</source>
        <translation>Le texte base64 contient un caractère invalide.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/digest.cpp" line="+43"/>
        <source>HKDF-SHA256 cannot produce that many bytes.</source>
        <translation>HKDF-SHA256 ne peut pas produire autant d’octets.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HKDF-SHA256 failed in OpenSSL.</source>
        <translation>HKDF-SHA256 a échoué dans OpenSSL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PBKDF2 needs a positive iteration count and length.</source>
        <translation>PBKDF2 nécessite un nombre d’itérations et une longueur positifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PBKDF2-HMAC-SHA512 failed in OpenSSL.</source>
        <translation>PBKDF2-HMAC-SHA512 a échoué dans OpenSSL.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/ed25519.cpp" line="+15"/>
        <source>An Ed25519 public key must be 32 bytes long.</source>
        <translation>Une clé publique Ed25519 doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Ed25519 signature must be 64 bytes long.</source>
        <translation>Une signature Ed25519 doit faire 64 octets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Ed25519 public key is not a valid curve point.</source>
        <translation>La clé publique Ed25519 n’est pas un point valide de la courbe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Ed25519 signature does not match.</source>
        <translation>La signature Ed25519 ne correspond pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only ed25519 signatures can be checked.</source>
        <translation>Seules les signatures ed25519 peuvent être vérifiées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The object carries no signature by that key.</source>
        <translation>L’objet ne porte aucune signature de cette clé.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/encrypted_attachment.cpp" line="+55"/>
        <source>The encrypted file description is incomplete.</source>
        <translation>La description du fichier chiffré est incomplète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encrypted file uses an unsupported version.</source>
        <translation>Le fichier chiffré utilise une version non prise en charge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The encrypted file&apos;s key is not an AES-256-CTR key.</source>
        <translation>La clé du fichier chiffré n’est pas une clé AES-256-CTR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted file&apos;s key is not 256 bits long.</source>
        <translation>La clé du fichier chiffré ne fait pas 256 bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted file&apos;s IV is not 16 bytes long.</source>
        <translation>Le vecteur d’initialisation du fichier chiffré ne fait pas 16 octets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted file has no valid SHA-256 hash.</source>
        <translation>Le fichier chiffré n’a pas d’empreinte SHA-256 valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded file does not match its hash: it was altered or is incomplete.</source>
        <translation>Le fichier téléchargé ne correspond pas à son empreinte&#xa0;: il a été modifié ou il est incomplet.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/megolm_inbound.cpp" line="+23"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+23"/>
        <source>The Megolm session is no longer valid (it was moved).</source>
        <translation>La session Megolm n’est plus valide (elle a été déplacée).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Megolm session key is invalid.</source>
        <translation>La clé de session Megolm n’est pas valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The exported Megolm key is invalid.</source>
        <translation>La clé Megolm exportée n’est pas valide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+32"/>
        <source>The stored Megolm session is damaged.</source>
        <translation>La session Megolm enregistrée est endommagée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+13"/>
        <source>The Megolm session could not be saved.</source>
        <translation>La session Megolm n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="+13"/>
        <source>The Megolm session ID could not be read.</source>
        <translation>L’identifiant de la session Megolm n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Megolm message is malformed.</source>
        <translation>Le message Megolm est mal formé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Megolm message could not be decrypted.</source>
        <translation>Le message Megolm n’a pas pu être déchiffré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Megolm session could not be exported at that index.</source>
        <translation>La session Megolm n’a pas pu être exportée à cet index.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/megolm_outbound.cpp" line="-42"/>
        <source>A Megolm session could not be created.</source>
        <translation>Impossible de créer une session Megolm.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The Megolm session key could not be read.</source>
        <translation>La clé de session Megolm n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The Megolm message could not be encrypted.</source>
        <translation>Le message Megolm n’a pas pu être chiffré.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_account.cpp" line="+25"/>
        <location filename="../lib/crypto/olm_session.cpp" line="+30"/>
        <source>The Olm account is no longer valid (it was moved).</source>
        <translation>Le compte Olm n’est plus valide (il a été déplacé).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Olm account could not be created.</source>
        <translation>Le compte Olm n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored Olm account is damaged.</source>
        <translation>Le compte Olm enregistré est endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Olm account could not be saved.</source>
        <translation>Le compte Olm n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Olm account&apos;s identity keys could not be read.</source>
        <translation>Les clés d’identité du compte Olm n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../lib/crypto/pk_signing.cpp" line="+55"/>
        <source>The message could not be signed.</source>
        <translation>Le message n’a pas pu être signé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One-time keys could not be generated.</source>
        <translation>Les clés à usage unique n’ont pas pu être générées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The one-time keys could not be read.</source>
        <translation>Les clés à usage unique n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keys could not be marked as published.</source>
        <translation>Les clés n’ont pas pu être marquées comme publiées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A fallback key could not be generated.</source>
        <translation>Impossible de générer une clé de secours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fallback key could not be read.</source>
        <translation>La clé de secours n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_session.cpp" line="-5"/>
        <source>The Olm session is no longer valid (it was moved).</source>
        <translation>La session Olm n’est plus valide (elle a été déplacée).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An Olm session could not be started with that device&apos;s keys.</source>
        <translation>Impossible d’établir une session Olm avec les clés de cet appareil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pre-key message could not start an Olm session.</source>
        <translation>Le message de pré-clé n’a pas pu établir de session Olm.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The used one-time key could not be removed.</source>
        <translation>La clé à usage unique utilisée n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stored Olm session is damaged.</source>
        <translation>La session Olm enregistrée est endommagée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Olm session could not be saved.</source>
        <translation>La session Olm n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The pre-key message is malformed.</source>
        <translation>Le message de pré-clé est mal formé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Olm session ID could not be read.</source>
        <translation>L’identifiant de la session Olm n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>The Olm message could not be encrypted.</source>
        <translation>Le message Olm n’a pas pu être chiffré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Olm message type is neither 0 nor 1.</source>
        <translation>Le type du message Olm n’est ni 0 ni 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Olm message is malformed.</source>
        <translation>Le message Olm est mal formé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Olm message could not be decrypted.</source>
        <translation>Le message Olm n’a pas pu être déchiffré.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pickle_key.cpp" line="+43"/>
        <source>A pickle key must be 32 bytes long.</source>
        <translation>Une clé de sérialisation doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The stored encrypted data is damaged.</source>
        <translation>Les données chiffrées enregistrées sont endommagées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored encrypted data could not be opened: the key is wrong or the data was altered.</source>
        <translation>Les données chiffrées enregistrées n’ont pas pu être ouvertes&#xa0;: la clé est erronée ou les données ont été modifiées.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pk_encryption.cpp" line="+23"/>
        <source>The backup key is no longer valid (it was moved).</source>
        <translation>La clé de sauvegarde n’est plus valide (elle a été déplacée).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup public key has the wrong length.</source>
        <translation>La clé publique de sauvegarde n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup public key is invalid.</source>
        <translation>La clé publique de sauvegarde n’est pas valide.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key could not be encrypted for backup.</source>
        <translation>La clé n’a pas pu être chiffrée pour la sauvegarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup private key must be 32 bytes long.</source>
        <translation>Une clé privée de sauvegarde doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup private key is invalid.</source>
        <translation>La clé privée de sauvegarde n’est pas valide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup private key could not be read.</source>
        <translation>La clé privée de sauvegarde n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backed-up key&apos;s ephemeral key has the wrong length.</source>
        <translation>La clé éphémère de la clé sauvegardée n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backed-up key is malformed or truncated.</source>
        <translation>La clé sauvegardée est mal formée ou tronquée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backed-up key is malformed.</source>
        <translation>La clé sauvegardée est mal formée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backed-up key could not be decrypted.</source>
        <translation>La clé sauvegardée n’a pas pu être déchiffrée.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/pk_signing.cpp" line="-24"/>
        <source>A signing key seed must be 32 bytes long.</source>
        <translation>Une graine de clé de signature doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signing key could not be created.</source>
        <translation>La clé de signature n’a pas pu être créée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The signing key is no longer valid (it was moved).</source>
        <translation>La clé de signature n’est plus valide (elle a été déplacée).</translation>
    </message>
    <message>
        <location filename="../lib/crypto/replay_guard.cpp" line="+20"/>
        <source>This message reuses a message index of an earlier message: it may be a replay attack.</source>
        <translation>Ce message réutilise l’index d’un message précédent&#xa0;: il pourrait s’agir d’une attaque par rejeu.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/sas.cpp" line="+22"/>
        <source>The verification key agreement is no longer valid (it was moved).</source>
        <translation>L’accord de clé de vérification n’est plus valide (il a été déplacé).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The verification key could not be created.</source>
        <translation>La clé de vérification n’a pas pu être créée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The verification key could not be read.</source>
        <translation>La clé de vérification n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other device&apos;s verification key is invalid.</source>
        <translation>La clé de vérification de l’autre appareil n’est pas valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>The other device&apos;s verification key has not been received yet.</source>
        <translation>La clé de vérification de l’autre appareil n’a pas encore été reçue.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ask for at least one SAS byte.</source>
        <translation>Demandez au moins un octet SAS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The short authentication string could not be computed.</source>
        <translation>La chaîne d’authentification courte n’a pas pu être calculée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The verification MAC could not be computed.</source>
        <translation>Le MAC de vérification n’a pas pu être calculé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The emoji method needs 6 bytes of SAS output.</source>
        <translation>La méthode par émojis nécessite 6 octets de sortie SAS.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The decimal method needs 5 bytes of SAS output.</source>
        <translation>La méthode décimale nécessite 5 octets de sortie SAS.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/group_sessions.cpp" line="+66"/>
        <source>The room uses an encryption algorithm Lattice does not support.</source>
        <translation>Le salon utilise un algorithme de chiffrement que Lattice ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The room key must be shared before a message is encrypted.</source>
        <translation>La clé du salon doit être partagée avant qu’un message soit chiffré.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The message uses an encryption algorithm Lattice does not support.</source>
        <translation>Le message utilise un algorithme de chiffrement que Lattice ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted message lacks its sender key, session or ciphertext.</source>
        <translation>Il manque au message chiffré sa clé d’expéditeur, sa session ou son texte chiffré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key to decrypt this message has not arrived.</source>
        <translation>La clé pour déchiffrer ce message n’est pas arrivée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender withheld the key to decrypt this message (%1%2).</source>
        <translation>L’expéditeur a refusé de partager la clé pour déchiffrer ce message (%1%2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This message reuses the encryption of an earlier one and was rejected as a replay.</source>
        <translation>Ce message réutilise le chiffrement d’un message précédent et a été rejeté comme attaque par rejeu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The decrypted message is not a JSON object.</source>
        <translation>Le message déchiffré n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The decrypted message belongs to another room.</source>
        <translation>Le message déchiffré appartient à un autre salon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decrypted message has no type.</source>
        <translation>Le message déchiffré n’a pas de type.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A room key for an unsupported algorithm was ignored.</source>
        <translation>Une clé de salon pour un algorithme non pris en charge a été ignorée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A room key lacks its room, session or key.</source>
        <translation>Il manque à une clé de salon son salon, sa session ou sa clé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A room key&apos;s session ID does not match its key.</source>
        <translation>L’identifiant de session d’une clé de salon ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A withheld-key notice that names another device&apos;s key was ignored.</source>
        <translation>Un avis de clé retenue qui désigne la clé d’un autre appareil a été ignoré.</translation>
    </message>
    <message>
        <source>A withheld-key notice from an unknown device was ignored.</source>
        <translation type="vanished">Un avis de retenue de clé provenant d’un appareil inconnu a été ignoré.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_machine.cpp" line="+47"/>
        <source>Encryption needs a user ID and a device ID.</source>
        <translation>Le chiffrement nécessite un identifiant d’utilisateur et un identifiant d’appareil.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A room key arrived without Olm encryption and was ignored.</source>
        <translation>Une clé de salon est arrivée sans chiffrement Olm et a été ignorée.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>That device is not known, so its trust cannot be set.</source>
        <translation>Cet appareil est inconnu&#xa0;; son niveau de confiance ne peut donc pas être défini.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/olm_to_device.cpp" line="+152"/>
        <source>There is no Olm session with that device yet: claim a one-time key first.</source>
        <translation>Il n’y a pas encore de session Olm avec cet appareil&#xa0;: réclamez d’abord une clé à usage unique.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An encrypted to-device message uses an algorithm Lattice does not support.</source>
        <translation>Un message chiffré d’appareil à appareil utilise un algorithme que Lattice ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An encrypted to-device message was not encrypted for this device.</source>
        <translation>Un message chiffré d’appareil à appareil n’a pas été chiffré pour cet appareil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>An encrypted to-device message is malformed.</source>
        <translation>Un message chiffré d’appareil à appareil est mal formé.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An encrypted to-device message could not be decrypted.</source>
        <translation>Un message chiffré d’appareil à appareil n’a pas pu être déchiffré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted to-device message from %1 could not be decrypted (%2).</source>
        <translation>Un message chiffré d’appareil à appareil provenant de %1 n’a pas pu être déchiffré (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A decrypted to-device message is not a JSON object.</source>
        <translation>Un message d’appareil à appareil déchiffré n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A to-device message claims another sender inside its encryption.</source>
        <translation>Un message d’appareil à appareil indique un autre expéditeur dans sa partie chiffrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A to-device message was encrypted for another recipient.</source>
        <translation>Un message d’appareil à appareil a été chiffré pour un autre destinataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decrypted to-device message lacks its type or sender keys.</source>
        <translation>Il manque à un message d’appareil à appareil déchiffré son type ou les clés de l’expéditeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A to-device message&apos;s keys do not match the sending device&apos;s keys.</source>
        <translation>Les clés d’un message d’appareil à appareil ne correspondent pas à celles de l’appareil expéditeur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That device is not known, so nothing can be encrypted for it.</source>
        <translation>Cet appareil est inconnu&#xa0;; rien ne peut donc être chiffré pour lui.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/room_key_requests.cpp" line="+37"/>
        <source>The key of this event cannot be requested: it is not a Megolm event.</source>
        <translation>La clé de cet évènement ne peut pas être demandée&#xa0;: ce n’est pas un évènement Megolm.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A forwarded room key from a device that is not one of our verified devices was refused.</source>
        <translation>Une clé de salon transférée par un appareil qui ne fait pas partie de nos appareils vérifiés a été refusée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A forwarded room key is incomplete.</source>
        <translation>Une clé de salon transférée est incomplète.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A forwarded room key that Lattice did not request was refused.</source>
        <translation>Une clé de salon transférée que Lattice n’avait pas demandée a été refusée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A forwarded room key&apos;s session ID does not match its key.</source>
        <translation>L’identifiant de session d’une clé de salon transférée ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/backup_encryption.cpp" line="+33"/>
        <source>The key backup uses an algorithm Lattice does not support.</source>
        <translation>La sauvegarde des clés utilise un algorithme que Lattice ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key backup lacks its version or public key.</source>
        <translation>Il manque la version ou la clé publique de la sauvegarde des clés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This key does not open the server&apos;s key backup.</source>
        <translation>Cette clé n’ouvre pas la sauvegarde des clés du serveur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A backed-up key lacks its ciphertext, MAC or ephemeral key.</source>
        <translation>Il manque le texte chiffré, le MAC ou la clé éphémère d’une clé sauvegardée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backed-up key did not decrypt to a JSON object.</source>
        <translation>Une clé sauvegardée ne s’est pas déchiffrée en objet JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backed-up key is not a complete Megolm key.</source>
        <translation>Une clé sauvegardée n’est pas une clé Megolm complète.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing.cpp" line="+127"/>
        <source>That user has no cross-signing identity to sign yet.</source>
        <translation>Cet utilisateur n’a pas encore d’identité de signature croisée à signer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This device does not hold the user-signing key, so it cannot sign other users.</source>
        <translation>Cet appareil ne détient pas la clé de signature des utilisateurs : il ne peut pas signer d’autres utilisateurs.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This device does not hold the self-signing key, so it cannot sign our devices.</source>
        <translation>Cet appareil ne détient pas la clé d’auto-signature : il ne peut pas signer nos appareils.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That device is not one of ours that we know.</source>
        <translation>Cet appareil ne fait pas partie de nos appareils connus.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing_keys.cpp" line="+144"/>
        <source>The cross-signing keys cannot be imported before the server&apos;s copy of our identity is known.</source>
        <translation>Les clés de signature croisée ne peuvent pas être importées avant que la copie de notre identité sur le serveur soit connue.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A cross-signing key is not valid base64.</source>
        <translation>Une clé de signature croisée n’est pas en base64 valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A cross-signing key does not match the one the server published for this account, so it was not imported.</source>
        <translation>Une clé de signature croisée ne correspond pas à celle publiée par le serveur pour ce compte : elle n’a pas été importée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cross-signing key was given to import.</source>
        <translation>Aucune clé de signature croisée n’a été fournie pour l’importation.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/cross_signing_trust.cpp" line="+122"/>
        <source>That user has no known cross-signing identity.</source>
        <translation>Cet utilisateur n’a pas d’identité de signature croisée connue.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup.cpp" line="+33"/>
        <source>A key backup needs a version.</source>
        <translation>Une sauvegarde des clés doit avoir une version.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup_import.cpp" line="+25"/>
        <source>An imported room key is for an algorithm Lattice does not support.</source>
        <translation>Une clé de salon importée utilise un algorithme que Lattice ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An imported room key lacks its room, sender, session or key.</source>
        <translation>Il manque le salon, l’expéditeur, la session ou la clé d’une clé de salon importée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An imported room key has a malformed forwarding chain.</source>
        <translation>Une clé de salon importée a une chaîne de transfert mal formée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An imported room key&apos;s session ID does not match its key.</source>
        <translation>L’ID de session d’une clé de salon importée ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There is no such room key to export.</source>
        <translation>Cette clé de salon n’existe pas et ne peut pas être exportée.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/qr_verification.cpp" line="+56"/>
        <source>This device does not have a trusted cross-signing key to show.</source>
        <translation>Cet appareil n’a pas de clé de signature croisée de confiance à afficher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The other user has no cross-signing key to verify.</source>
        <translation>L’autre utilisateur n’a pas de clé de signature croisée à vérifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account has no cross-signing key to show.</source>
        <translation>Ce compte n’a pas de clé de signature croisée à afficher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device&apos;s signing key is not known yet.</source>
        <translation>La clé de signature de l’autre appareil n’est pas encore connue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This device&apos;s signing key is not known.</source>
        <translation>La clé de signature de cet appareil est inconnue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no cross-signing key to verify.</source>
        <translation>Ce compte n’a pas de clé de signature croisée à vérifier.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The scanned code belongs to another verification.</source>
        <translation>Le code scanné appartient à une autre vérification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scanned code is for verifying another user, not this account.</source>
        <translation>Le code scanné sert à vérifier un autre utilisateur, pas ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanned code is for verifying one&apos;s own devices.</source>
        <translation>Le code scanné sert à vérifier ses propres appareils.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The keys in the scanned code do not match the keys this device knows.</source>
        <translation>Les clés du code scanné ne correspondent pas à celles que connaît cet appareil.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The other device started the verification out of order.</source>
        <translation>L’autre appareil a démarré la vérification dans le désordre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device chose a method other than the QR code.</source>
        <translation>L’autre appareil a choisi une autre méthode que le code QR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other device&apos;s start message is malformed.</source>
        <translation>Le message de démarrage de l’autre appareil est mal formé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start message came from another device.</source>
        <translation>Le message de démarrage provient d’un autre appareil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other device did not send the secret from this code: someone may be attempting an attack.</source>
        <translation>L’autre appareil n’a pas envoyé le secret de ce code : quelqu’un tente peut-être une attaque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The other device has not scanned this code yet.</source>
        <translation>L’autre appareil n’a pas encore scanné ce code.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The other device finished before the code was confirmed.</source>
        <translation>L’autre appareil a terminé avant que le code soit confirmé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other device cancelled: %1</source>
        <translation>L’autre appareil a annulé : %1</translation>
    </message>
    <message>
        <location filename="../lib/crypto/qr_verification_codec.cpp" line="+18"/>
        <source>The verification code&apos;s request ID is empty, too long or not valid UTF-8.</source>
        <translation>L’ID de demande du code de vérification est vide, trop long ou n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+53"/>
        <source>The verification code&apos;s mode is unknown.</source>
        <translation>Le mode du code de vérification est inconnu.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>A key in a verification code must be 32 bytes.</source>
        <translation>Une clé dans un code de vérification doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>The verification code&apos;s shared secret is shorter than 8 bytes.</source>
        <translation>Le secret partagé du code de vérification fait moins de 8 octets.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The verification code is cut short.</source>
        <translation>Le code de vérification est tronqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a Matrix verification code.</source>
        <translation>Ce n’est pas un code de vérification Matrix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The verification code has a version this app does not know.</source>
        <translation>Le code de vérification a une version que cette application ne connaît pas.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/secret_storage.cpp" line="+36"/>
        <source>A secret storage key must be 32 bytes long.</source>
        <translation>Une clé de stockage secret doit faire 32 octets.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secret storage data lacks a required field.</source>
        <translation>Il manque un champ obligatoire dans les données du stockage secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret storage data has a field that is not valid base64.</source>
        <translation>Les données du stockage secret contiennent un champ qui n’est pas en base64 valide.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+24"/>
        <source>The key&apos;s passphrase uses an algorithm this client does not support.</source>
        <translation>La phrase secrète de la clé utilise un algorithme que ce client ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>The key&apos;s passphrase settings are incomplete or invalid.</source>
        <translation>Les paramètres de la phrase secrète de la clé sont incomplets ou invalides.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The secret storage key description has no algorithm.</source>
        <translation>La description de la clé de stockage secret n’indique aucun algorithme.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The secret storage key uses an algorithm this client does not support.</source>
        <translation>La clé de stockage secret utilise un algorithme que ce client ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>This is not the key of the secret storage.</source>
        <translation>Ce n’est pas la clé du stockage secret.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The secret storage key description has an invalid check.</source>
        <translation>La description de la clé de stockage secret contient une vérification invalide.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The stored secret&apos;s IV is not 16 bytes long.</source>
        <translation>L’IV du secret stocké ne fait pas 16 octets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored secret could not be authenticated: the key is wrong or the data was altered.</source>
        <translation>Le secret stocké n’a pas pu être authentifié : la clé est incorrecte ou les données ont été modifiées.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/secret_storage_recovery_key.cpp" line="+114"/>
        <location line="+9"/>
        <source>The recovery key contains a character that cannot be in one.</source>
        <translation>La clé de récupération contient un caractère qui ne peut pas y figurer.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The recovery key is empty.</source>
        <translation>La clé de récupération est vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recovery key has the wrong length: check for missing or extra characters.</source>
        <translation>La clé de récupération n’a pas la bonne longueur : vérifiez s’il manque des caractères ou s’il y en a en trop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a recovery key (its prefix is wrong).</source>
        <translation>Ce n’est pas une clé de récupération (son préfixe est incorrect).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key&apos;s check digit does not match: a character was mistyped.</source>
        <translation>Le chiffre de contrôle de la clé de récupération ne correspond pas : un caractère a été mal saisi.</translation>
    </message>
    <message>
        <location filename="../lib/crypto/key_backup_secret.cpp" line="+24"/>
        <source>The key backup&apos;s key is malformed.</source>
        <translation>La clé de la sauvegarde des clés est mal formée.</translation>
    </message>
</context>
<context>
    <name>lattice::KeyBackupService</name>
    <message>
        <location filename="../lib/client/key_backup_restore.cpp" line="+82"/>
        <location filename="../lib/client/key_backup_service.cpp" line="+139"/>
        <source>The server has no key backup.</source>
        <translation>Le serveur n’a pas de sauvegarde des clés.</translation>
    </message>
    <message>
        <location filename="../lib/client/key_backup_service.cpp" line="-57"/>
        <source>The server did not say which key backup version it created.</source>
        <translation>Le serveur n’a pas indiqué quelle version de sauvegarde des clés il a créée.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The key backup is not signed by one of your verified devices, so keys are not uploaded to it.</source>
        <translation>La sauvegarde des clés n’est signée par aucun de vos appareils vérifiés : aucune clé n’y est envoyée.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>End-to-end encryption has stopped for this account.</source>
        <translation>Le chiffrement de bout en bout s’est arrêté pour ce compte.</translation>
    </message>
</context>
<context>
    <name>lattice::MediaClient</name>
    <message>
        <location filename="../lib/net/media_client.cpp" line="+80"/>
        <source>A thumbnail needs a width and height between 1 and 10000.</source>
        <translation>Une miniature doit avoir une largeur et une hauteur comprises entre 1 et 10000.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The upload was cancelled.</source>
        <translation>L’envoi a été annulé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The homeserver answered the upload without a valid content_uri.</source>
        <translation>Le serveur d’accueil a répondu à l’envoi sans content_uri valide.</translation>
    </message>
</context>
<context>
    <name>lattice::QrCode</name>
    <message>
        <location filename="../lib/client/qr_matrix.cpp" line="+38"/>
        <source>There is nothing to show as a QR code.</source>
        <translation>Il n’y a rien à afficher sous forme de code QR.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data is too long for a QR code.</source>
        <translation>Les données sont trop longues pour un code QR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>lattice::RoomEncryptor</name>
    <message>
        <location filename="../lib/client/room_encryptor.cpp" line="+106"/>
        <source>You are not a member of %1; the message was not sent.</source>
        <translation>Vous n’êtes pas membre de %1&#xa0;; le message n’a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>lattice::SecretGossip</name>
    <message>
        <location filename="../lib/client/secret_gossip.cpp" line="+87"/>
        <source>Asking your other device for your encryption keys…</source>
        <translation>Demande de vos clés de chiffrement à votre autre appareil…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The cross-signing keys your other device sent do not match your account&apos;s, so they were not used.</source>
        <translation>Les clés de signature croisée envoyées par votre autre appareil ne correspondent pas à celles de votre compte : elles n’ont pas été utilisées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key backup&apos;s key your other device sent does not open your backup, so it was not used.</source>
        <translation>La clé de sauvegarde envoyée par votre autre appareil n’ouvre pas votre sauvegarde : elle n’a pas été utilisée.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Received your cross-signing keys and key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Clés de signature croisée et sauvegarde des clés reçues de votre autre appareil ; %n clé restaurée.</numerusform>
            <numerusform>Clés de signature croisée et sauvegarde des clés reçues de votre autre appareil ; %n clés restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received your cross-signing keys from your other device.</source>
        <translation>Clés de signature croisée reçues de votre autre appareil.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Received your key backup from your other device; %n key(s) restored.</source>
        <translation>
            <numerusform>Sauvegarde des clés reçue de votre autre appareil ; %n clé restaurée.</numerusform>
            <numerusform>Sauvegarde des clés reçue de votre autre appareil ; %n clés restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not get your encryption keys from your other device: %1</source>
        <translation>Impossible d’obtenir vos clés de chiffrement de votre autre appareil : %1</translation>
    </message>
</context>
<context>
    <name>lattice::SecretSharing</name>
    <message>
        <location filename="../lib/client/secret_sharing.cpp" line="+67"/>
        <source>Secrets are shared only with one&apos;s own devices.</source>
        <translation>Les secrets ne sont partagés qu’avec ses propres appareils.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The requesting device is not verified.</source>
        <translation>L’appareil demandeur n’est pas vérifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device shares no secrets.</source>
        <translation>Cet appareil ne partage aucun secret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device does not hold that secret.</source>
        <translation>Cet appareil ne détient pas ce secret.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A secret arrived without Olm encryption.</source>
        <translation>Un secret est arrivé sans chiffrement Olm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret arrived from another user.</source>
        <translation>Un secret est arrivé d’un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret arrived that this device did not ask that device for.</source>
        <translation>Un secret est arrivé sans que cet appareil l’ait demandé à l’appareil expéditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secret arrived without a value.</source>
        <translation>Un secret est arrivé sans valeur.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A secret arrived from a device this device does not know.</source>
        <translation>Un secret est arrivé d’un appareil que cet appareil ne connaît pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret arrived from a device that is not verified.</source>
        <translation>Un secret est arrivé d’un appareil non vérifié.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This account has no other device to ask for the secret.</source>
        <translation>Ce compte n’a aucun autre appareil auquel demander le secret.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None of this account&apos;s other devices sent the secret in time.</source>
        <translation>Aucun des autres appareils de ce compte n’a envoyé le secret à temps.</translation>
    </message>
</context>
<context>
    <name>lattice::SecretStorage</name>
    <message>
        <location filename="../lib/client/secret_storage.cpp" line="+121"/>
        <source>The secret storage key is missing from the account.</source>
        <translation>La clé de stockage secret est absente du compte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This account has no secret storage yet.</source>
        <translation>Ce compte n’a pas encore de stockage secret.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This recovery key does not unlock the account&apos;s secret storage.</source>
        <translation>Cette clé de récupération ne déverrouille pas le stockage secret du compte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret storage has no passphrase: enter the recovery key.</source>
        <translation>Le stockage secret n’a pas de phrase secrète : saisissez la clé de récupération.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This passphrase does not unlock the account&apos;s secret storage.</source>
        <translation>Cette phrase secrète ne déverrouille pas le stockage secret du compte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This secret is not stored with the unlocked secret storage key.</source>
        <translation>Ce secret n’est pas stocké avec la clé de stockage secret déverrouillée.</translation>
    </message>
</context>
<context>
    <name>lattice::Session</name>
    <message>
        <location filename="../lib/client/session.cpp" line="+153"/>
        <source>The encryption key in the keyring entry for %1 is damaged.</source>
        <translation>La clé de chiffrement de l’entrée du trousseau pour %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>lattice::VerificationService</name>
    <message>
        <location filename="../lib/client/verification_service.cpp" line="+59"/>
        <source>The session is closed.</source>
        <translation>La session est fermée.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not send the verification request: %1</source>
        <translation>Impossible d’envoyer la demande de vérification : %1</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The device was verified but its trust could not be stored: %1</source>
        <translation>L’appareil a été vérifié, mais sa confiance n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not send a verification message: %1</source>
        <translation>Impossible d’envoyer un message de vérification : %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server did not return an event ID.</source>
        <translation>Le serveur n’a pas renvoyé d’ID d’événement.</translation>
    </message>
</context>
<context>
    <name>lattice::VerificationSession</name>
    <message>
        <location filename="../lib/client/verification_session.cpp" line="+183"/>
        <source>You cancelled the verification.</source>
        <translation>Vous avez annulé la vérification.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification took too long and timed out.</source>
        <translation>La vérification a pris trop de temps et a expiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other device did not know this verification.</source>
        <translation>L’autre appareil ne connaissait pas cette vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The devices could not agree on a verification method.</source>
        <translation>Les appareils n’ont pas pu s’accorder sur une méthode de vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device sent a message out of order.</source>
        <translation>Un appareil a envoyé un message dans le désordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keys did not match: the other device may not be who it claims to be.</source>
        <translation>Les clés ne correspondaient pas : l’autre appareil n’est peut-être pas celui qu’il prétend être.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message came from an unexpected user or device.</source>
        <translation>Un message provient d’un utilisateur ou d’un appareil inattendu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device sent an invalid verification message.</source>
        <translation>Un appareil a envoyé un message de vérification invalide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was answered on another device.</source>
        <translation>La demande a reçu une réponse sur un autre appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key commitment did not match: the verification may have been tampered with.</source>
        <translation>L’engagement de clé ne correspondait pas : la vérification a peut-être été falsifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The emoji did not match.</source>
        <translation>Les émojis ne correspondaient pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verification was cancelled (%1).</source>
        <translation>La vérification a été annulée (%1).</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AccountController</name>
    <message>
        <location filename="../app/desktop/account_controller.cpp" line="+43"/>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom d’affichage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not change your display name: %1</source>
        <translation>Impossible de modifier votre nom d’affichage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change your picture: %1</source>
        <translation>Impossible de modifier votre image&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Give the room a name.</source>
        <translation>Donnez un nom au salon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the room: %1</source>
        <translation>Impossible de créer le salon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start the chat: %1</source>
        <translation>Impossible de démarrer la discussion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AppController</name>
    <message>
        <location filename="../app/desktop/app_controller.cpp" line="+14"/>
        <source>Your session has ended: %1 Sign in again to continue.</source>
        <translation>Votre session a pris fin&#xa0;: %1 Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been signed out: %1</source>
        <translation>Vous avez été déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: %1 Retrying.</source>
        <translation>Hors ligne&#xa0;: %1 Nouvelle tentative en cours.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Could not join the room: %1</source>
        <translation>Impossible de rejoindre le salon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not decline the invite: %1</source>
        <translation>Impossible de refuser l’invitation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not sign out: %1</source>
        <translation>Impossible de se déconnecter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::AttachmentController</name>
    <message>
        <location filename="../app/desktop/attachment_controller.cpp" line="+137"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Seuls les fichiers présents sur cet ordinateur peuvent être envoyés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is not a file.</source>
        <translation>Ce n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pasted image %1.png</source>
        <translation>Image collée %1.png</translation>
    </message>
    <message>
        <source>Files cannot be sent to encrypted rooms yet.</source>
        <translation type="vanished">Les fichiers ne peuvent pas encore être envoyés dans les salons chiffrés.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>“%1” could not be sent: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être envoyé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::ConversationRoles</name>
    <message>
        <location filename="../app/desktop/conversation_roles.cpp" line="+80"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message not available</source>
        <translation>Message indisponible</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reacted with %2</source>
        <translation>Réaction %2&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::DeviceListModel</name>
    <message>
        <location filename="../app/desktop/device_list_model.cpp" line="+36"/>
        <source>This device has no encryption keys: it cannot read encrypted messages.</source>
        <translation>Cet appareil n’a pas de clés de chiffrement : il ne peut pas lire les messages chiffrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device; verified.</source>
        <translation>Cet appareil ; vérifié.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This device.</source>
        <translation>Cet appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified: you confirmed this device belongs to its owner.</source>
        <translation>Vérifié : vous avez confirmé que cet appareil appartient à son propriétaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified: compare its fingerprint with its owner, or verify it, before trusting it.</source>
        <translation>Non vérifié : comparez son empreinte avec son propriétaire, ou vérifiez-le, avant de lui faire confiance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last seen %1</source>
        <translation>Dernière activité : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen %1 from %2</source>
        <translation>Dernière activité : %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::DeviceTrustController</name>
    <message>
        <location filename="../app/desktop/device_trust_controller.cpp" line="+66"/>
        <source>Could not read your devices: %1</source>
        <translation>Impossible de lire vos appareils : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not rename the device: %1</source>
        <translation>Impossible de renommer l’appareil : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password is wrong. The device is still signed in.</source>
        <translation>Le mot de passe est incorrect. L’appareil est toujours connecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The homeserver asks for your password to sign a device out.</source>
        <translation>Le serveur d’accueil demande votre mot de passe pour déconnecter un appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not sign the device out: %1</source>
        <translation>Impossible de déconnecter l’appareil : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not read this person&apos;s identity: %1</source>
        <translation>Impossible de lire l’identité de cette personne : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this person&apos;s devices: %1</source>
        <translation>Impossible de lire les appareils de cette personne : %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::EmojiModel</name>
    <message>
        <location filename="../app/desktop/emoji_model.cpp" line="+12"/>
        <source>The emoji table %1 cannot be read: %2</source>
        <translation>La table d’émojis %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Smileys &amp; Emotion</source>
        <translation>Smileys et émotions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People &amp; Body</source>
        <translation>Personnes et corps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animals &amp; Nature</source>
        <translation>Animaux et nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food &amp; Drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel &amp; Places</source>
        <translation>Voyages et lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::HistorySearch</name>
    <message>
        <location filename="../app/desktop/history_search.cpp" line="+40"/>
        <source>Could not search the history: %1</source>
        <translation>Impossible de chercher dans l’historique : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original message was not found in the room&apos;s history.</source>
        <translation>Le message d’origine est introuvable dans l’historique du salon.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::MediaDownload</name>
    <message>
        <location filename="../app/desktop/media_downloads.cpp" line="+85"/>
        <source>This file was altered after it was sent (its SHA-256 hash does not match), so Lattice does not save or play it.</source>
        <translation>Ce fichier a été modifié après son envoi (son empreinte SHA-256 ne correspond pas) : Lattice ne l’enregistre pas et ne le lit pas.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::MediaDownloads</name>
    <message>
        <location line="+62"/>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder cannot be created.</source>
        <translation>le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>too many files with this name exist.</source>
        <translation>il existe trop de fichiers portant ce nom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This encrypted file is not known here any more.</source>
        <translation>Ce fichier chiffré n’est plus connu ici.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Files can only be saved on this computer.</source>
        <translation>Les fichiers ne peuvent être enregistrés que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be downloaded: %1</source>
        <translation>Le fichier n’a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::RoomController</name>
    <message>
        <location filename="../app/desktop/room_controller.cpp" line="+59"/>
        <source>The original message was not found in the room&apos;s history.</source>
        <translation>Le message d’origine est introuvable dans l’historique du salon.</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation type="vanished">Impossible de charger les messages plus anciens&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Could not send the message: %1</source>
        <translation>Impossible d’envoyer le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Could not remove the message: %1</source>
        <translation>Impossible de supprimer le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The original message is not in the history loaded so far.</source>
        <translation type="vanished">Le message d’origine ne se trouve pas dans l’historique chargé jusqu’ici.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not mark the room as read: %1</source>
        <translation>Impossible de marquer le salon comme lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 sont en train d’écrire…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n others are typing…</source>
        <translation>
            <numerusform>%1 et %n autre personne sont en train d’écrire…</numerusform>
            <numerusform>%1 et %n autres personnes sont en train d’écrire…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lattice::desktop::RoomPeople</name>
    <message>
        <location filename="../app/desktop/room_people.cpp" line="+119"/>
        <source>Could not invite %1: %2</source>
        <translation>Impossible d’inviter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de retirer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not ban %1: %2</source>
        <translation>Impossible de bannir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not leave the room: %1</source>
        <translation>Impossible de quitter le salon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the room settings: %1</source>
        <translation>Impossible d’enregistrer les paramètres du salon&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not change the room picture: %1</source>
        <translation>Impossible de modifier l’image du salon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::SecureBackupController</name>
    <message numerus="yes">
        <location filename="../app/desktop/secure_backup_controller.cpp" line="+98"/>
        <source>This device is verified, and %n message key(s) were restored from the backup.</source>
        <translation>
            <numerusform>Cet appareil est vérifié et %n clé de message a été restaurée depuis la sauvegarde.</numerusform>
            <numerusform>Cet appareil est vérifié et %n clés de message ont été restaurées depuis la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is verified. The account has no key backup to restore.</source>
        <translation>Cet appareil est vérifié. Le compte n’a pas de sauvegarde des clés à restaurer.</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::TimelineViewModel</name>
    <message>
        <location filename="../app/desktop/timeline_view_model.cpp" line="+171"/>
        <source>Encrypted message: waiting for the key to read it…</source>
        <translation>Message chiffré : en attente de la clé pour le lire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to decrypt this message: %1</source>
        <translation>Impossible de déchiffrer ce message : %1</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::TrayIcon</name>
    <message>
        <location filename="../app/desktop/tray_icon.cpp" line="+20"/>
        <location line="+75"/>
        <source>Hide Lattice</source>
        <translation>Masquer Lattice</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Quit</source>
        <translation>Quitter</translation>
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
            <numerusform>Lattice&#xa0;: %n non lu</numerusform>
            <numerusform>Lattice&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show Lattice</source>
        <translation>Afficher Lattice</translation>
    </message>
</context>
<context>
    <name>lattice::desktop::UserDirectoryModel</name>
    <message>
        <location filename="../app/desktop/user_directory_model.cpp" line="+51"/>
        <source>Could not search the user directory: %1</source>
        <translation>Impossible de rechercher dans l’annuaire des utilisateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+142"/>
        <source>A desktop chat client for Matrix.</source>
        <translation>Un client de messagerie de bureau pour Matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account&apos;s data directory (default: %1).</source>
        <translation>Le dossier de données du compte (par défaut&#xa0;: %1).</translation>
    </message>
</context>
</TS>
