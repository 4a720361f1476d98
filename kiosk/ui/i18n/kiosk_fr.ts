<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
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
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>
