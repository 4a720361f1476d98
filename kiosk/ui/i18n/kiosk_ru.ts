<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdvisoryScreen</name>
    <message>
        <source>Before you continue</source>
        <extracomment>Heading of a notice that tells visitors what the next photographs or texts show.</extracomment>
        <translation>Прежде чем продолжить</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>AdvisoryText</name>
    <message>
        <source>This note is not yet available in your language.</source>
        <extracomment>Under a content note shown in another language because it has not been translated.</extracomment>
        <translation>Эта заметка пока недоступна на вашем языке.</translation>
    </message>
</context>
<context>
    <name>AlwaysOpenChoice</name>
    <message>
        <source>Always open</source>
        <translation>Всегда открыто</translation>
    </message>
    <message>
        <source>Hours for each day</source>
        <translation>Часы по дням</translation>
    </message>
</context>
<context>
    <name>BlurGate</name>
    <message>
        <source>Show image</source>
        <extracomment>On a blurred photograph: show it as it is.</extracomment>
        <translation>Показать изображение</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>On a blurred photograph: go on to the next item without seeing it.</extracomment>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Read</source>
        <translation>Читать</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Opens again %1</source>
        <translation>Откроется: %1</translation>
    </message>
    <message>
        <source>Touch the screen to look around.</source>
        <translation>Коснитесь экрана, чтобы посмотреть.</translation>
    </message>
</context>
<context>
    <name>DayHours</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>Заменить на %1</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Закрыто весь день</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Outside these hours the screen shows “Closed” or goes dark; a touch wakes it for two minutes.</source>
        <translation>Вне этих часов экран показывает «Закрыто» или гаснет; касание будит его на две минуты.</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Часы не настроены, поэтому киоск остаётся открытым.</translation>
    </message>
    <message>
        <source>The screen stays on all day, every day.</source>
        <translation>Экран включён весь день, каждый день.</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Изменения действуют сразу и сохраняются после перезапуска киоска.</translation>
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
    <name>InfoPanel</name>
    <message>
        <source>Creator</source>
        <extracomment>Label of who made a photograph (photographer, artist).</extracomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Credit</source>
        <extracomment>Label of the required attribution line of a photograph.</extracomment>
        <translation>Предоставлено</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Label of a photograph&apos;s copyright or licence.</extracomment>
        <translation>Права</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Label of the archive or collection a photograph comes from.</extracomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>About this photo</source>
        <extracomment>Opens the description of the photograph on screen (what it shows, who made it).</extracomment>
        <translation>Об этой фотографии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <extracomment>Label of the words describing what a photograph shows.</extracomment>
        <translation>Что на фотографии</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>Not translated; language: %1</source>
        <extracomment>Read aloud for a text shown in another language because it has not been translated; %1 is that language&apos;s name.</extracomment>
        <translation>Не переведено; язык: %1</translation>
    </message>
</context>
<context>
    <name>NoExhibitionScreen</name>
    <message>
        <source>No exhibition installed</source>
        <translation>Выставка не установлена</translation>
    </message>
    <message>
        <source>The exhibition cannot be shown</source>
        <translation>Выставку невозможно показать</translation>
    </message>
    <message>
        <source>This screen is waiting for an exhibition.</source>
        <translation>Этот экран ждёт выставку.</translation>
    </message>
    <message>
        <source>Staff: open staff mode to install an exhibition from a USB stick or a folder.</source>
        <translation>Для персонала: откройте режим персонала, чтобы установить выставку с флешки или из папки.</translation>
    </message>
    <message>
        <source>No staff PIN is set, so staff mode stays closed. To install an exhibition from a USB stick, set a PIN on the kiosk computer with this command, then restart the kiosk:</source>
        <translation>ПИН-код персонала не задан, поэтому режим персонала закрыт. Чтобы установить выставку с флешки, задайте ПИН-код на компьютере киоска этой командой, затем перезапустите киоск:</translation>
    </message>
    <message>
        <source>Or copy a signed exhibition into the inbox folder below: it is installed and shown within a minute.</source>
        <translation>Или скопируйте подписанную выставку в папку входящих ниже: она будет установлена и показана в течение минуты.</translation>
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
    <name>PinPad</name>
    <message>
        <source>Staff mode is locked</source>
        <translation>Режим персонала заблокирован</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>ПИН-код персонала</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk, so staff mode stays closed. Set one on the kiosk computer with this command:</source>
        <translation>На этом киоске не задан ПИН-код персонала, поэтому режим персонала закрыт. Задайте его на компьютере киоска этой командой:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Слишком много неверных ПИН-кодов. Повторите через %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный ПИН-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Введите ПИН-код персонала.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Installed %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>Установлено: %1, версия %2. Будет показано, когда вы закроете эту панель и киоском никто не будет пользоваться.</translation>
    </message>
    <message>
        <source>Back to %1 version %2. It is shown once you close this panel and nobody is using the kiosk.</source>
        <translation>Возврат к %1, версия %2. Будет показано, когда вы закроете эту панель и киоском никто не будет пользоваться.</translation>
    </message>
    <message>
        <source>Statistics written to %1: %2.</source>
        <translation>Статистика записана в %1: %2.</translation>
    </message>
    <message>
        <source>Installing: checking the signature and every byte. This can take a few minutes.</source>
        <translation>Установка: проверяются подпись и каждый байт. Это может занять несколько минут.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Откат…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Режим персонала</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation>Нажмите ещё раз для выхода</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Unsigned packages are accepted: anyone with a USB stick can put any content on this kiosk. Turn %1 off.</source>
        <translation>Принимаются неподписанные пакеты: любой человек с флешкой может загрузить на этот киоск что угодно. Отключите %1.</translation>
    </message>
    <message>
        <source>The configuration has problems; safe defaults are used:</source>
        <translation>В конфигурации есть ошибки; используются безопасные значения по умолчанию:</translation>
    </message>
    <message>
        <source>On screen now</source>
        <translation>Сейчас на экране</translation>
    </message>
    <message>
        <source>No exhibition is installed.</source>
        <translation>Выставка не установлена.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>Signed by key %1</source>
        <translation>Подписано ключом %1</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Установлено %1</translation>
    </message>
    <message>
        <source>Previous: %1, version %2</source>
        <translation>Предыдущая: %1, версия %2</translation>
    </message>
    <message>
        <source>Previous: none</source>
        <translation>Предыдущей нет</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Откатить</translation>
    </message>
    <message>
        <source>Sound and timing</source>
        <translation>Звук и время</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <translation>Наибольшая громкость</translation>
    </message>
    <message>
        <source>Idle time before the warning</source>
        <translation>Бездействие до предупреждения</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A number of seconds, abbreviated as on a control panel (&quot;90 s&quot;).</extracomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept when the kiosk restarts.</source>
        <translation>Изменения действуют сразу и сохраняются после перезапуска киоска.</translation>
    </message>
    <message>
        <source>Install an exhibition</source>
        <translation>Установить выставку</translation>
    </message>
    <message>
        <source>Exhibitions on USB sticks and in the inbox folder. Each needs its signature file beside it.</source>
        <translation>Выставки на флешках и в папке входящих. Рядом с каждой должен лежать файл подписи.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No exhibitions found. Insert a USB stick and tap Refresh.</source>
        <translation>Выставки не найдены. Вставьте флешку и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Нет подписи</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Visitors, last 30 days</source>
        <translation>Посетители за 30 дней</translation>
    </message>
    <message>
        <source>Statistics are unavailable: %1</source>
        <translation>Статистика недоступна: %1</translation>
    </message>
    <message>
        <source>%1 visits, median length %2 min</source>
        <translation>Визитов: %1, медиана %2 мин</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>Most viewed: %1</source>
        <translation>Чаще всего смотрели: %1</translation>
    </message>
    <message>
        <source>Content warnings declined: %1</source>
        <translation>Отказов после предупреждения о содержании: %1</translation>
    </message>
    <message>
        <source>Insert a writable USB stick to export the statistics.</source>
        <translation>Вставьте флешку, доступную для записи, чтобы выгрузить статистику.</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Выгрузить в %1</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>The clock is not set, so the kiosk stays open.</source>
        <translation>Часы не настроены, поэтому киоск остаётся открытым.</translation>
    </message>
    <message>
        <source>Always open</source>
        <translation>Всегда открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Change opening hours</source>
        <translation>Изменить часы работы</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
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
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
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
