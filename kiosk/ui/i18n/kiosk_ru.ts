<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Читать</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>Выставка начнётся заново для следующего посетителя. Осталось секунд: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>This photograph cannot be shown.</source>
        <translation>Эту фотографию не удаётся показать.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading above the language buttons, shown once per language.</extracomment>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>Читать</translation>
    </message>
</context>
<context>
    <name>SlideshowPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>Звук на этом киоске недоступен — читайте текст ниже.</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>Эту запись не удаётся воспроизвести целиком или частично.</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>О содержании</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>Пропустить фрагмент</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>Слушать дальше</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>Послушайте это свидетельство</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
</TS>
