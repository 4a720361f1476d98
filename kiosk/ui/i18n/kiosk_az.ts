<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Oxu</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hələ buradasınız?</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>Sərgi növbəti ziyarətçi üçün %1 saniyədən sonra yenidən başlayacaq.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>This photograph cannot be shown.</source>
        <translation>Bu fotoşəkil göstərilə bilmir.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>Başlamaq üçün ekrana toxunun</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading above the language buttons, shown once per language.</extracomment>
        <translation>Dilinizi seçin</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>Oxu</translation>
    </message>
</context>
<context>
    <name>SlideshowPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Əvvəlki</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Növbəti</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>Dinlə</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>Altyazılar</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>Yazılı mətn</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Fəsillər</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Səs</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Səsi azalt</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Səsi artır</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>Bu kioskda səs yoxdur — mətni aşağıda oxuyun.</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>Bu səsyazmanın bir hissəsi və ya hamısı səsləndirilə bilmir.</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>Məzmun barədə qeyd</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>Bu hissəni keç</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>Dinləməyə davam et</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>Keçən vaxt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>Qalan vaxt</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>Bu şəhadəti dinləyin</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Dinlə</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>Mətn ölçüsü</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
</TS>
