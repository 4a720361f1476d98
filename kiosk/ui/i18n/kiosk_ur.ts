<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>آگے بڑھنے سے پہلے</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>واپس جائیں</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>یہ نوٹ ابھی آپ کی زبان میں دستیاب نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>ہمیشہ کھلا</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>ہر دن کے اوقات</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>تصویر دکھائیں</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>چھوڑ دیں</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>پڑھیں</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>بند ہے</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>دوبارہ کھلے گا: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>دیکھنے کے لیے اسکرین کو چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>کھلتا ہے</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>بند ہوتا ہے</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>%1 سے بدلیں</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>سارا دن بند</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>اوقاتِ کار</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>ان اوقات کے علاوہ اسکرین پر “بند ہے” آتا ہے یا اسکرین تاریک ہو جاتی ہے؛ چھونے سے دو منٹ کے لیے جاگ اٹھتی ہے۔</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>گھڑی درست نہیں، اس لیے کیوسک کھلا رہتا ہے۔</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>اسکرین ہر روز سارا دن روشن رہتی ہے۔</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>تبدیلیاں فوراً نافذ ہوتی ہیں اور دوبارہ شروع کرنے پر بھی برقرار رہتی ہیں۔</translation>
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
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>تخلیق کار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>بشکریہ</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>حقوق</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>اس تصویر کے بارے میں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>تصویر میں کیا ہے</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>ترجمہ نہیں ہوا؛ زبان: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>کوئی نمائش انسٹال نہیں ہے</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>نمائش دکھائی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>یہ اسکرین ایک نمائش کی منتظر ہے۔</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>عملہ: فلیش ڈرائیو یا فولڈر سے نمائش انسٹال کرنے کے لیے عملے کا موڈ کھولیں۔</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>عملے کا پن کوڈ مقرر نہیں، اس لیے عملے کا موڈ بند رہتا ہے۔ فلیش ڈرائیو سے نمائش انسٹال کرنے کے لیے کیوسک کے کمپیوٹر پر اس کمانڈ سے پن کوڈ مقرر کریں، پھر کیوسک دوبارہ شروع کریں:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>یا دستخط شدہ نمائش نیچے دیے گئے آمدہ فولڈر میں کاپی کریں: وہ ایک منٹ کے اندر انسٹال ہو کر دکھائی دے گی۔</translation>
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
    <name>PinPad</name>
    <message>
        <source>Staff mode is locked</source>
        <translation>عملے کا موڈ مقفل ہے</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>عملے کا پن کوڈ</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>اس کیوسک پر عملے کا پن کوڈ مقرر نہیں، اس لیے عملے کا موڈ بند رہتا ہے۔ کیوسک کے کمپیوٹر پر اس کمانڈ سے مقرر کریں:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>بہت سے غلط پن کوڈ۔ %1 بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>غلط پن کوڈ۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>عملے کا پن کوڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1 ورژن %2 انسٹال ہو گیا۔ یہ پینل بند کرنے کے بعد، جب کوئی کیوسک استعمال نہ کر رہا ہو، دکھایا جائے گا۔</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1 ورژن %2 پر واپسی۔ یہ پینل بند کرنے کے بعد، جب کوئی کیوسک استعمال نہ کر رہا ہو، دکھایا جائے گا۔</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>اعداد و شمار %1 میں محفوظ ہو گئے: %2۔</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>انسٹال ہو رہا ہے: دستخط اور ہر بائٹ کی جانچ۔ اس میں چند منٹ لگ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>واپس جا رہا ہے…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>عملے کا موڈ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>باہر نکلنے کے لیے دوبارہ چھوئیں</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>ڈیسک ٹاپ پر جائیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>بغیر دستخط کے پیکج قبول ہو رہے ہیں: فلیش ڈرائیو والا کوئی بھی شخص اس کیوسک پر کوئی بھی مواد ڈال سکتا ہے۔ %1 بند کریں۔</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>ترتیبات میں مسائل ہیں؛ محفوظ طے شدہ قدریں استعمال ہو رہی ہیں:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>اس وقت اسکرین پر</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>کوئی نمائش انسٹال نہیں۔</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>بغیر دستخط</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>کلید %1 سے دستخط شدہ</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>انسٹال: %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>پچھلی: %1، ورژن %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>پچھلی: کوئی نہیں</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>آواز اور وقت</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>زیادہ سے زیادہ آواز</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>انتباہ سے پہلے غیر فعال وقت</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 سیکنڈ</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>تبدیلیاں فوراً نافذ ہو جاتی ہیں اور کیوسک کے دوبارہ شروع ہونے پر بھی برقرار رہتی ہیں۔</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>نمائش انسٹال کریں</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>فلیش ڈرائیوز اور آمدہ فولڈر میں موجود نمائشیں۔ ہر ایک کے ساتھ اس کی دستخطی فائل ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>کوئی نمائش نہیں ملی۔ فلیش ڈرائیو لگائیں اور «تازہ کریں» چھوئیں۔</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>دستخط شدہ</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>دستخط نہیں</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>انسٹال کریں</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>زائرین، پچھلے 30 دن</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>اعداد و شمار دستیاب نہیں: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>%1 دورے، درمیانی دورانیہ %2 منٹ</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>زبانیں: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>سب سے زیادہ دیکھے گئے: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>مسترد کیے گئے مواد کے انتباہ: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>اعداد و شمار برآمد کرنے کے لیے قابلِ تحریر فلیش ڈرائیو لگائیں۔</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1 میں برآمد کریں</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>اوقاتِ کار</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>گھڑی درست نہیں، اس لیے کیوسک کھلا رہتا ہے۔</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>ہمیشہ کھلا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>اوقاتِ کار بدلیں</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>آمدہ فولڈر</translation>
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
        <translation>اس کیوسک پر آواز دستیاب نہیں؛ نیچے متن پڑھیں۔</translation>
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
    <message>
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
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
