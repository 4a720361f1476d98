<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>پڑھیں</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>کیا آپ ابھی بھی یہاں ہیں؟</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>نمائش اگلے مہمان کے لیے %1 سیکنڈ میں دوبارہ شروع ہو گی۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>This photograph cannot be shown.</source>
        <translation>یہ تصویر نہیں دکھائی جا سکتی۔</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>شروع کرنے کے لیے اسکرین کو چھوئیں</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading above the language buttons, shown once per language.</extracomment>
        <translation>اپنی زبان منتخب کریں</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>پڑھیں</translation>
    </message>
</context>
<context>
    <name>SlideshowPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>پچھلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>اگلی</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>سنیں</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>ذیلی سرخیاں</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>تحریری متن</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>ابواب</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>آواز</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>آواز کم کریں</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>آواز بڑھائیں</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>اس کیوسک پر آواز دستیاب نہیں — نیچے متن پڑھیں۔</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>اس ریکارڈنگ کا کچھ حصہ یا پوری ریکارڈنگ نہیں چلائی جا سکتی۔</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>مواد کے بارے میں نوٹ</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>یہ حصہ چھوڑ دیں</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>سنتے رہیں</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>گزرا وقت</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>باقی وقت</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>یہ گواہی سنیں</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>سنیں</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>متن کا سائز</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
</context>
</TS>
