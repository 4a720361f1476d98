<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>Davam etməzdən əvvəl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri qayıt</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>Bu qeyd hələ sizin dilinizdə yoxdur.</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>Həmişə açıq</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>Hər gün üçün saatlar</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>Şəkli göstər</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>Keç</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Oxu</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>Bağlıdır</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>Yenidən açılır: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>Baxmaq üçün ekrana toxunun.</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Açılır</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Bağlanır</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>%1 ilə əvəz et</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Bütün gün bağlı</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>İş saatları</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>Bu saatlardan kənarda ekranda “Bağlıdır” yazılır və ya ekran sönür; toxunuş onu iki dəqiqəlik oyadır.</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Saat qurulmayıb, ona görə kiosk açıq qalır.</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>Ekran hər gün, gün boyu açıq qalır.</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Dəyişikliklər dərhal qüvvəyə minir və kiosk yenidən başlayanda da saxlanılır.</translation>
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
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>Təqdim edən</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>Hüquqlar</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>Bu foto haqqında</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>Fotoda nə görünür</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>Tərcümə olunmayıb; dil: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>Heç bir sərgi quraşdırılmayıb</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>Sərgini göstərmək mümkün deyil</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>Bu ekran sərgi gözləyir.</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>Əməkdaşlar üçün: USB yaddaşından və ya qovluqdan sərgi quraşdırmaq üçün əməkdaş rejimini açın.</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>Əməkdaş PIN kodu təyin edilməyib, ona görə əməkdaş rejimi bağlı qalır. USB yaddaşından sərgi quraşdırmaq üçün kiosk kompüterində bu əmrlə PIN kod təyin edin, sonra kioski yenidən başladın:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>Və ya imzalı sərgini aşağıdakı gələnlər qovluğuna köçürün: bir dəqiqə ərzində quraşdırılıb göstəriləcək.</translation>
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
    <name>PinPad</name>
    <message>
        <source>Staff mode is locked</source>
        <translation>Əməkdaş rejimi kilidlidir</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Əməkdaş PIN kodu</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>Bu kioskda əməkdaş PIN kodu təyin edilməyib, ona görə əməkdaş rejimi bağlı qalır. Kiosk kompüterində bu əmrlə təyin edin:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Çox sayda yanlış PIN. %1 sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN yanlışdır. Yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Əməkdaş PIN kodunu daxil edin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1, versiya %2 quraşdırıldı. Bu paneli bağladıqdan sonra, kioskdan heç kim istifadə etmədikdə göstəriləcək.</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1, versiya %2 bərpa edildi. Bu paneli bağladıqdan sonra, kioskdan heç kim istifadə etmədikdə göstəriləcək.</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>Statistika %1 qovluğuna yazıldı: %2.</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>Quraşdırılır: imza və hər bayt yoxlanılır. Bu bir neçə dəqiqə çəkə bilər.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Geri qaytarılır…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>İxrac edilir…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Əməkdaş rejimi</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Yenidən başlat</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Çıxmaq üçün yenidən toxunun</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>İş masasına çıx</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>İmzasız paketlər qəbul edilir: USB yaddaşı olan hər kəs bu kioska istənilən məzmunu yükləyə bilər. %1 parametrini söndürün.</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>Konfiqurasiyada problemlər var; təhlükəsiz standart dəyərlər istifadə olunur:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>Hazırda ekranda</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>Heç bir sərgi quraşdırılmayıb.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versiya %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>İmzalanmayıb</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 açarı ilə imzalanıb</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Quraşdırılma vaxtı: %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>Əvvəlki: %1, versiya %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>Əvvəlki: yoxdur</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>Səs və vaxt</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>Maksimal səs</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>Xəbərdarlığa qədər boş vaxt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 san</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Dəyişikliklər dərhal qüvvəyə minir və kiosk yenidən başlayanda da saxlanılır.</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>Sərgi quraşdır</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>USB yaddaşlarında və gələnlər qovluğunda olan sərgilər. Hər birinin yanında öz imza faylı olmalıdır.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>Sərgi tapılmadı. USB yaddaşını taxın və «Yenilə» düyməsinə toxunun.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalı</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>İmza yoxdur</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Quraşdır</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>Ziyarətçilər, son 30 gün</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>Statistika əlçatan deyil: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>%1 ziyarət, median müddət %2 dəq</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Dillər: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>Ən çox baxılan: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>İmtina edilmiş məzmun xəbərdarlıqları: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>Statistikanı ixrac etmək üçün yazıla bilən USB yaddaşı taxın.</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1 qovluğuna ixrac et</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>İş saatları</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Saat qurulmayıb, ona görə kiosk açıq qalır.</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Həmişə açıq</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>İş saatlarını dəyiş</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gələnlər qovluğu</translation>
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
    <message>
        <source>High contrast</source>
        <translation>Yüksək kontrast</translation>
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
