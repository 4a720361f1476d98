<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>Devam etmeden önce</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri dön</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>Bu not henüz dilinizde mevcut değil.</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>Her zaman açık</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>Her gün için saatler</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>Görseli göster</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>Atla</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Oku</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>Yeniden açılış: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>Göz atmak için ekrana dokunun.</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>%1 olarak değiştir</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Tüm gün kapalı</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Açılış saatleri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>Bu saatlerin dışında ekranda “Kapalı” yazar ya da ekran kararır; bir dokunuş onu iki dakikalığına uyandırır.</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Saat ayarlı değil, bu yüzden kiosk açık kalıyor.</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>Ekran her gün, gün boyu açık kalır.</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Değişiklikler hemen uygulanır ve kiosk yeniden başladığında korunur.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message>
        <source>The exhibition will start again for the next visitor in %1 seconds.</source>
        <translation>Sergi bir sonraki ziyaretçi için %1 saniye içinde yeniden başlayacak.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>Eser sahibi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>Künye</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>Haklar</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>Bu fotoğraf hakkında</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>Fotoğrafta ne var</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>Çevrilmedi; dil: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>Yüklü sergi yok</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>Sergi gösterilemiyor</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>Bu ekran bir sergi bekliyor.</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>Personel: USB bellekten veya bir klasörden sergi yüklemek için personel modunu açın.</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>Personel PIN kodu ayarlanmamış, bu yüzden personel modu kapalı kalır. USB bellekten sergi yüklemek için kiosk bilgisayarında şu komutla bir PIN kodu belirleyin, ardından kioskı yeniden başlatın:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>Ya da imzalı bir sergiyi aşağıdaki gelen kutusu klasörüne kopyalayın: bir dakika içinde yüklenip gösterilir.</translation>
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
        <translation>Bu fotoğraf gösterilemiyor.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>Touch the screen to begin</source>
        <extracomment>Under the exhibition title in the attract loop; a visitor walking past reads it.</extracomment>
        <translation>Başlamak için ekrana dokunun</translation>
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
        <translation>Personel modu kilitli</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personel PIN kodu</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>Bu kioskta personel PIN kodu ayarlanmamış, bu yüzden personel modu kapalı kalır. Kiosk bilgisayarında şu komutla bir kod belirleyin:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Çok fazla yanlış PIN. %1 sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN yanlış. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Personel PIN kodunu girin.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>SectionRow</name>
    <message>
        <source>Read</source>
        <translation>Oku</translation>
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
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1, sürüm %2 yüklendi. Bu paneli kapattıktan sonra, kioskı kimse kullanmıyorken gösterilecek.</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>%1, sürüm %2 sürümüne geri dönüldü. Bu paneli kapattıktan sonra, kioskı kimse kullanmıyorken gösterilecek.</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>İstatistikler %1 klasörüne yazıldı: %2.</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>Yükleniyor: imza ve her bayt denetleniyor. Bu birkaç dakika sürebilir.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Geri alınıyor…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Personel modu</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Yeniden başlat</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Çıkmak için yeniden dokunun</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Masaüstüne çık</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>İmzasız paketler kabul ediliyor: USB belleği olan herkes bu kioska her türlü içeriği koyabilir. %1 ayarını kapatın.</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>Yapılandırmada sorunlar var; güvenli varsayılanlar kullanılıyor:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>Şu anda ekranda</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>Yüklü sergi yok.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>İmzasız</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>%1 anahtarıyla imzalı</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Yüklenme: %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>Önceki: %1, sürüm %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>Önceki: yok</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>Ses ve zamanlama</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>En yüksek ses</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>Uyarıdan önceki bekleme süresi</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Değişiklikler hemen uygulanır ve kiosk yeniden başladığında korunur.</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>Sergi yükle</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>USB bellekteki ve gelen kutusu klasöründeki sergiler. Her birinin yanında kendi imza dosyası olmalıdır.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>Sergi bulunamadı. Bir USB bellek takın ve Yenile’ye dokunun.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalı</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>İmza yok</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Yükle</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>Ziyaretçiler, son 30 gün</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>İstatistikler kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>%1 ziyaret, ortanca süre %2 dk</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Diller: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>En çok görüntülenen: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>Reddedilen içerik uyarıları: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>İstatistikleri dışa aktarmak için yazılabilir bir USB bellek takın.</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>%1 konumuna aktar</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Açılış saatleri</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Saat ayarlı değil, bu yüzden kiosk açık kalıyor.</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Her zaman açık</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>Açılış saatlerini değiştir</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen kutusu</translation>
    </message>
</context>
<context>
    <name>Testimony</name>
    <message>
        <source>Play</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>Switches the transcript to lines shown over the photograph.</extracomment>
        <translation>Altyazı</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Switches back to the full written text beside the photograph.</extracomment>
        <translation>Metin dökümü</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Sesi azalt</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Sesi artır</translation>
    </message>
    <message>
        <source>Sound is unavailable on this kiosk — read along below.</source>
        <translation>Bu kioskta ses kullanılamıyor — metni aşağıda okuyun.</translation>
    </message>
    <message>
        <source>Part or all of this recording cannot be played.</source>
        <translation>Bu kaydın bir kısmı veya tamamı oynatılamıyor.</translation>
    </message>
    <message>
        <source>Content note</source>
        <extracomment>Heading of a notice before a distressing passage of a testimony.</extracomment>
        <translation>İçerik notu</translation>
    </message>
    <message>
        <source>Skip this passage</source>
        <translation>Bu bölümü atla</translation>
    </message>
    <message>
        <source>Keep listening</source>
        <translation>Dinlemeye devam et</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Read aloud by a screen reader before the time played so far, e.g. &quot;Elapsed 1:05&quot;.</extracomment>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>Read aloud before the time left, e.g. &quot;Remaining 3:10&quot;.</extracomment>
        <translation>Kalan süre</translation>
    </message>
</context>
<context>
    <name>TestimonyCard</name>
    <message>
        <source>Listen to this testimony</source>
        <translation>Bu tanıklığı dinleyin</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Dinle</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>Text size</source>
        <translation>Metin boyutu</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
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
