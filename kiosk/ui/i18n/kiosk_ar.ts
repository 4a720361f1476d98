<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>سيبدأ المعرض من جديد للزائر التالي. الثواني المتبقية: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>PhotoImage</name>
    <message>
        <source>This photograph cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>يُرجى لمس الشاشة للبدء</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <extracomment>Heading above the language buttons, shown once per language.</extracomment>
        <translation>يُرجى اختيار اللغة</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
</context>
<context>
    <name>SlideshowPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>النص المكتوب</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>الفصول</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>خفض الصوت</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>رفع الصوت</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>الصوت غير متاح في هذا الجهاز — تابع القراءة أدناه.</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>تعذّر تشغيل هذا التسجيل كله أو جزء منه.</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>ملاحظة حول المحتوى</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>تخطّي هذا المقطع</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>متابعة الاستماع</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>الوقت المتبقي</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>الاستماع إلى هذه الشهادة</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
</TS>
