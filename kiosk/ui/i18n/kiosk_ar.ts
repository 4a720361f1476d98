<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>قبل المتابعة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>هذه الملاحظة غير متوفرة بلغتك بعد.</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>مفتوح دائمًا</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>ساعات كل يوم</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>عرض الصورة</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>تخطّي</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>يُعاد الفتح: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>يُرجى لمس الشاشة للتصفح.</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>يفتح</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>يُغلق</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>استبدال بـ %1</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>مغلق طوال اليوم</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>خارج هذه الساعات تعرض الشاشة «مغلق» أو تنطفئ؛ ولمسةٌ توقظها لمدة دقيقتين.</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>الساعة غير مضبوطة، لذا يبقى الكشك مفتوحًا.</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>تبقى الشاشة مضاءة طوال اليوم، كل يوم.</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>تُطبَّق التغييرات فورًا وتبقى محفوظة عند إعادة تشغيل الكشك.</translation>
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
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>صاحب العمل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>عن هذه الصورة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>ما تُظهره الصورة</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>غير مترجم؛ اللغة: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>لا يوجد معرض مثبّت</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>لا يمكن عرض المعرض</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>هذه الشاشة بانتظار معرض.</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>للموظفين: افتحوا وضع الموظفين لتثبيت معرض من ذاكرة فلاش أو من مجلد.</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>لم يُعيَّن رمز سري للموظفين، لذا يبقى وضع الموظفين مغلقًا. لتثبيت معرض من ذاكرة فلاش، عيّنوا رمزًا سريًا على حاسوب الكشك بهذا الأمر، ثم أعيدوا تشغيل الكشك:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>أو انسخوا معرضًا موقّعًا إلى مجلد الوارد أدناه: يُثبَّت ويُعرض خلال دقيقة.</translation>
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
    <name>PinPad</name>
    <message>
        <source>Staff mode is locked</source>
        <translation>وضع الموظفين مقفل</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>الرمز السري للموظفين</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>لم يُعيَّن رمز سري للموظفين في هذا الكشك، لذا يبقى وضع الموظفين مغلقًا. يُرجى تعيينه على حاسوب الكشك بهذا الأمر:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>رموز خاطئة كثيرة. يُرجى المحاولة بعد %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>الرمز خاطئ. يُرجى المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>يُرجى إدخال الرمز السري للموظفين.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>ثُبِّت %1 الإصدار %2. سيُعرض بعد إغلاق هذه اللوحة، حين لا يستخدم أحدٌ الكشك.</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>العودة إلى %1 الإصدار %2. سيُعرض بعد إغلاق هذه اللوحة، حين لا يستخدم أحدٌ الكشك.</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>كُتبت الإحصاءات في %1: %2.</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>جارٍ التثبيت: التحقق من التوقيع ومن كل بايت. قد يستغرق ذلك بضع دقائق.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>جارٍ التراجع…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>وضع الموظفين</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>يُرجى اللمس مجددًا للخروج</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>الخروج إلى سطح المكتب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>تُقبل الحزم غير الموقّعة: يستطيع أي شخص يحمل ذاكرة فلاش وضع أي محتوى على هذا الكشك. يُرجى إيقاف %1.</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>في الإعدادات مشكلات؛ تُستخدم القيم الافتراضية الآمنة:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>المعروض الآن</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>لا يوجد معرض مثبّت.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>غير موقّع</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>موقّع بالمفتاح %1</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>ثُبِّت في %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>السابق: %1، الإصدار %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>السابق: لا يوجد</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>الصوت والتوقيت</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>أعلى مستوى للصوت</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>مدة الخمول قبل التنبيه</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>تُطبَّق التغييرات فورًا وتبقى محفوظة عند إعادة تشغيل الكشك.</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>تثبيت معرض</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>المعارض الموجودة على ذواكر الفلاش وفي مجلد الوارد. يجب أن يكون ملف التوقيع بجانب كل منها.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>لم يُعثر على معارض. يُرجى إدخال ذاكرة فلاش ولمس «تحديث».</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّع</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>بلا توقيع</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>الزوار، آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>الإحصاءات غير متاحة: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>عدد الزيارات: %1، الوسيط %2 دقيقة</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>اللغات: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>الأكثر مشاهدة: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>تحذيرات المحتوى المرفوضة: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>يُرجى إدخال ذاكرة فلاش قابلة للكتابة لتصدير الإحصاءات.</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>تصدير إلى %1</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>الساعة غير مضبوطة، لذا يبقى الكشك مفتوحًا.</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>مفتوح دائمًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>تغيير ساعات العمل</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
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
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
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
