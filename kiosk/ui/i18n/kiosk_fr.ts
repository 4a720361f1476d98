<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>Avant de continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>Cette note n’est pas encore disponible dans votre langue.</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>Horaires par jour</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>Afficher l’image</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>Réouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>Touchez l’écran pour jeter un coup d’œil.</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>Remplacer par %1</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Fermé toute la journée</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>En dehors de ces horaires, l’écran affiche «&#xa0;Fermé&#xa0;» ou s’éteint&#xa0;; un toucher le réveille pour deux minutes.</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>L’horloge n’est pas réglée&#xa0;: la borne reste ouverte.</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>L’écran reste allumé toute la journée, tous les jours.</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Les changements s’appliquent aussitôt et sont conservés au redémarrage de la borne.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là&#x202f;?</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>L’exposition recommencera pour le prochain visiteur dans %1&#xa0;s.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date de la photo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>À propos de cette photo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>Ce que montre la photo</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>Non traduit&#xa0;; langue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>Aucune exposition installée</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>L’exposition ne peut pas être affichée</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>Cet écran attend une exposition.</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>Personnel&#xa0;: ouvrez le mode personnel pour installer une exposition depuis une clé USB ou un dossier.</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>Aucun code PIN du personnel n’est défini&#xa0;: le mode personnel reste fermé. Pour installer une exposition depuis une clé USB, définissez un code PIN sur l’ordinateur de la borne avec cette commande, puis redémarrez la borne&#xa0;:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>Ou copiez une exposition signée dans le dossier de dépôt ci-dessous&#xa0;: elle sera installée et affichée en moins d’une minute.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>This photograph cannot be shown.</source>
        <translation>Cette photographie ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>Touchez l’écran pour commencer</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading above the language buttons, shown once per language.</extracomment>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff mode is locked</source>
        <translation>Le mode personnel est verrouillé</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>Aucun code PIN du personnel n’est défini sur cette borne&#xa0;: le mode personnel reste fermé. Définissez-en un sur l’ordinateur de la borne avec cette commande&#xa0;:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Saisissez le code PIN du personnel.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>SlideshowPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1 version %2 installée. Elle s’affichera une fois ce panneau fermé, quand personne n’utilise la borne.</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>Retour à %1 version %2. Elle s’affichera une fois ce panneau fermé, quand personne n’utilise la borne.</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>Statistiques écrites dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>Installation&#xa0;: vérification de la signature et de chaque octet. Cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Retour en arrière…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Mode personnel</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Quitter vers le bureau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>Les paquets non signés sont acceptés&#xa0;: n’importe qui avec une clé USB peut mettre n’importe quel contenu sur cette borne. Désactivez %1.</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>La configuration comporte des problèmes&#xa0;; des valeurs sûres par défaut sont utilisées&#xa0;:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>À l’écran</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>Aucune exposition n’est installée.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Signée par la clé %1</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Installée le %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>Précédente&#xa0;: %1, version %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>Précédente&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>Son et minutage</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>Volume maximal</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>Inactivité avant l’avertissement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Les changements s’appliquent aussitôt et sont conservés au redémarrage de la borne.</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>Installer une exposition</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>Expositions sur clés USB et dans le dossier de dépôt. Chacune doit avoir son fichier de signature à côté.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>Aucune exposition trouvée. Insérez une clé USB et touchez Actualiser.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sans signature</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>Visiteurs, 30 derniers jours</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>Statistiques indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>%1 visites, durée médiane %2&#xa0;min</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>Les plus vus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>Avertissements de contenu refusés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>Insérez une clé USB inscriptible pour exporter les statistiques.</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exporter vers %1</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d’ouverture</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>L’horloge n’est pas réglée&#xa0;: la borne reste ouverte.</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>Modifier les horaires</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Dossier de dépôt</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>Le son n’est pas disponible sur cette borne — lisez le texte ci-dessous.</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>Tout ou partie de cet enregistrement ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>Note sur le contenu</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>Sauter ce passage</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>Continuer l’écoute</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>Écoutez ce témoignage</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>
