# Тексти, які сервер вставляє у сторінки.

## The frame
app-name = Fodfæste
page-title = { $page } – Fodfæste
meta-description = Fodfæste: реєструйте години, підтверджуйте години та стежте за програмами.
loading = Завантаження …
skip-to-main = Перейти до змісту
account-link-title = Ваш обліковий запис і ваші пристрої
language = Мова
language-choose = Виберіть мову
footer-accessibility = Заява про доступність
as-of = Оновлено { $when }
date-at-time = { $date } о { $time }
hours-minutes = { $hours } год { $minutes } хв
hours-only = { $hours } год
minutes-only = { $minutes } хв
amount-kr = { $amount } крон
break-minutes = Перерва { $minutes } хв

## Roles
role-citizen = Громадянин
role-mentor = Наставник на підприємстві
role-caseworker = Консультант з працевлаштування
role-admin = Адміністратор
role-manager = Керівництво

## Entry, shift and absence states
status-submitted = Чекає на підтвердження
status-confirmed = Підтверджено
status-confirmed-auto = Підтверджено автоматично
status-rejected = Відхилено
status-rejected-because = Відхилено: { $reason }
status-locked = Закрито
shift-planned = Заплановано
shift-attended = Прийшов
shift-no-show = Не прийшов
shift-cancelled = Скасовано
shift-absent = Повідомлено про відсутність
shift-cancelled-because = Скасовано: { $reason }
absence-sick = Хворий
absence-other = Не може прийти
absence = Відсутність

## Errors and empty pages
not-found-title = Сторінку не знайдено
not-found-home = На головну сторінку
offline-title = Ви офлайн
offline-body = Телефон не зберіг цю сторінку. Сторінки «{ nav-today }», «{ nav-hours }», «{ nav-plan }» і «{ nav-absence }» працюють без з'єднання, якщо ви вже відкривали їх.
offline-go-today = Перейти до «{ nav-today }»
page-unavailable-title = Fodfæste зараз недоступний
page-unavailable-body = Сторінка сама спробує ще раз за кілька секунд. Те, що ви вже зареєстрували, не втрачено.

## Login
login-title = Вхід
login-lead = Реєструйте свої години, дивіться свій план і скільки ви заробили.

## The citizen's four places
nav-citizen = Громадянин
nav-today = Сьогодні
nav-hours = Мої години
nav-plan = Мій план
nav-absence = Відсутність

## Today
next-shift = Наступна зміна
next-shift-none = У вас немає запланованих змін. Ви все одно можете відмітити прихід.
no-placement = Зараз у вас немає активної програми. Зверніться до свого консультанта з працевлаштування.
punch-clock = Табель
sick-today = Ви повідомили про хворобу сьогодні
sick-today-hint = Одужуйте. Ваш наставник і консультант це бачать.
punch-anyway = Ви все ж прийшли? Відмітьте прихід тут
punch-started = Ви прийшли о { $time } до { $company }.
hourly-wage = Погодинна оплата: { $amount }
forgot-punch = Забули відмітитися? Зареєструйте години тут
recent-hours = Останні години
recent-none = Немає годин за останні 14 днів.
see-all-hours = Переглянути всі ваші години
address = Адреса
mentor = Наставник
shift-at = { $date } о { $time }

## My hours
period-show = Показати
period-week = Тиждень
period-month = Місяць
period-previous = ‹ Попередній
period-previous-label = Попередній період
period-next = Наступний ›
period-next-label = Наступний період
period-week-label = Тиждень { $week } · { $from } – { $to }
totals = Разом
total-registered = Зареєстровано
total-confirmed = Підтверджено
total-earned = Ви заробили
only-confirmed-paid = Оплачуються лише підтверджені години.
period-empty = У цьому періоді немає годин.
entry-punched = Відмічено
entry-corrected-by = Виправив(ла) { $name }: { $reason }
your-mentor = ваш наставник
your-caseworker = ваш консультант з працевлаштування

## My plan
plan-heading = Ваші зміни на наступні 4 тижні
plan-empty = Запланованих змін ще немає.

## Absence
absence-given = Ваші повідомлення про відсутність
absence-none = За останній місяць ви не повідомляли про відсутність.

## Accessibility
accessibility-municipality = Прочитати заяву про доступність: { $municipality }
accessibility-intro = Fodfæste має бути зручним для всіх, також із програмою читання з екрана, збільшеним текстом, лише з клавіатурою або на маленькому телефоні. Сторінки відповідають спільним правилам для державних вебсайтів (WCAG 2.1, рівень AA).
accessibility-report-heading = Знайшли щось, що не працює?
accessibility-report = Скажіть про це своєму консультанту з працевлаштування або в центрі зайнятості муніципалітету. Напишіть, яка сторінка, що ви намагалися зробити і яким телефоном чи комп'ютером користувалися. Ми виправимо це якнайшвидше.
accessibility-complain-heading = Скарга
accessibility-complain = Якщо ви не отримали відповіді або відповідь вас не задовольнила, ви можете поскаржитися до Агентства з цифровізації Данії (Digitaliseringsstyrelsen), яке наглядає за доступністю державних вебсайтів.

## The mentor's and the desk's places
nav-mentor = Наставник
nav-approve = Підтвердити
nav-shift-plan = Графік змін
nav-notes = Нотатки
nav-desk = Робоче місце
nav-caseload = Справи
nav-companies = Підприємства
nav-monthly-hours = Години за місяць
nav-users = Користувачі
nav-audit = Журнал аудиту
nav-goals = Цілі
nav-social-enterprises = Соціальні підприємства

## An entry's history
history-submitted = { $who } зареєстрував(ла)
history-edited = { $who } змінив(ла)
history-withdrawn = { $who } видалив(ла)
history-confirmed = { $who } підтвердив(ла)
history-rejected = { $who } відхилив(ла)
history-corrected = { $who } виправив(ла) і підтвердив(ла)
history-changed = { $who } змінив(ла)
history-auto-confirmed = Підтверджено автоматично
history-auto-rule = у межах { $minutes } хв від зміни { $shift }
history-times-break = { $times }, перерва { $minutes } хв

## Ваш обліковий запис
account-title = Ваш обліковий запис
account-logins = Тут ви увійшли
account-logins-hint = Якщо ви не знаєте один із пристроїв або загубили телефон, вийдіть на ньому.
account-data = Ваші дані
account-data-intro = Перегляньте все, що Fodfæste знає про вас, або завантажте це як файл.
account-see-data = Переглянути мої дані
account-download-data = Завантажити мої дані (файл)
account-seen = Хто переглядав мої дані
account-seen-hint = Ваш консультант з працевлаштування, ваш наставник і муніципалітет можуть переглядати ваші дані, коли їм це потрібно. Тут видно, хто це робив і коли.
account-seen-none = Ваші дані ще ніхто не переглядав.
account-seen-who = { $name }, { $role }
account-seen-system = Fodfæste (автоматично)
account-logged-in-at = Вхід { $when }. Востаннє використано { $last }.
device-on = { $browser } на { $os }
device-unknown = Невідомий браузер
device-this = – цей пристрій

## Мої дані
my-data-title = Мої дані
my-data-back = ‹ Ваш обліковий запис
my-data-made = Створено { $when }.
my-data-download = Завантажити те саме як файл
my-data-about = Про вас
my-data-name = Ім'я
my-data-login-email = Електронна пошта для входу
my-data-phone = Телефон
my-data-email = Електронна пошта
my-data-postcode = Поштовий індекс
my-data-target-group = Цільова група
my-data-referred = Направлено
my-data-wanted-hours = Бажані години на тиждень
my-data-accommodations = Особливі потреби
my-data-caseworker = Консультант з працевлаштування
my-data-placements = Програми ({ $count })
my-data-mentor = Наставник: { $name }
my-data-hours = Години ({ $count })
my-data-changes = Зміни
my-data-absence = Відсутність ({ $count })
my-data-shifts = Зміни в графіку ({ $count })
my-data-notes = Нотатки про ваші програми ({ $count })
my-data-logins = Пристрої, на яких ви увійшли ({ $count })
my-data-last-used = востаннє використано { $when }
my-data-seen = Хто переглядав мої дані ({ $count })

## Vocabularies
target-group-cash-benefit-activity-ready = Грошова допомога, готовий до активності
target-group-fleksjob = Направлений на гнучку роботу (fleksjob)
target-group-disability-pension = Пенсія по інвалідності (щадна робота)
target-group-resource-programme = Ресурсна програма
target-group-integration = Програма інтеграції
target-group-youth = Допомога на навчання (молодь)
target-group-sickness-benefit = Допомога по хворобі
opening-kind-small-job = Невелика робота (оплачувані години)
opening-kind-internship = Практика на підприємстві
opening-kind-flex-job = Гнучка робота (fleksjob)
opening-kind-sheltered-job = Щадна робота

## Запрошення
invite-title = Ласкаво просимо
invite-login = Ваша електронна пошта (з нею ви входите)
invite-password = Виберіть пароль
invite-password-hint = Щонайменше 8 символів.
invite-password-again = Напишіть його ще раз
invite-hello = Вітаємо, { $name }. Виберіть пароль, і все готово.
invite-submit = Зберегти й увійти
invite-go-login = Перейти до входу

## The citizen's language on the desk
citizen-language = Мова
citizen-language-hint = Сторінки громадянина і запрошення використовують її, поки громадянин не вибере сам.
citizen-language-none = Не вказано
citizen-interpreter = Потрібен перекладач
citizen-needs-interpreter = Потрібен перекладач
yes = Так
no = Ні

## The printed invitation
invite-sheet-heading = Запрошення для { $name }
invite-sheet-how = Відскануйте код камерою телефона або відкрийте посилання. Виберіть пароль, і ви ввійдете.
invite-sheet-valid = Посилання працює один раз і до { $date } включно.

## The calendar feed
calendar-feed-name = Fodfæste – зміни
calendar-feed-status = Статус: { $status }
calendar-feed-mentor = Наставник: { $name }
answer-registered = Надіслано – очікує на підтвердження.
answer-registered-to = Надіслано { $name } – очікує на підтвердження.
answer-punched-in = Ви відмітили прихід. Гарного робочого дня!
answer-punched-out = Ви відмітили вихід. Години очікують на підтвердження.
answer-punch-cancelled = Відмітку скасовано.
answer-sick = Ви повідомили про хворобу. Ваш наставник і консультант із працевлаштування це бачать.
answer-cannot-come = Повідомлення надіслано. Ваш наставник це бачить.
answer-changed = Зміну збережено – очікує на підтвердження.
answer-withdrawn = Години видалено.
answer-confirmed = Підтверджено. Громадянин це бачить.
answer-confirmed-count =
    { $count ->
        [one] Підтверджено { $count } запис.
        [few] Підтверджено { $count } записи.
        *[other] Підтверджено { $count } записів.
    }
answer-rejected = Відхилено. Громадянин бачить причину.
answer-corrected = Виправлено й підтверджено. Громадянин бачить зміну та причину.
answer-undone = Скасовано. Години такі, як були.
answer-attended = Позначено як присутній. Консультант із працевлаштування це бачить.
answer-no-show = Позначено як відсутній. Консультант із працевлаштування це бачить.
history-undone = { $who } скасував(ла)
earn-heading = Цього місяця
earn-approved = Підтверджено
earn-waiting = Очікує на підтвердження
earn-figure = { $hours } · { $amount }
earn-benefit = Практика неоплачувана: ви й далі отримуєте допомогу, а години показують, що ви приходили.
register-again = Зареєструвати знову
answer-placed = Направлення створено. Громадянин і наставник його бачать.
answer-copied-none = Немає змін для копіювання з минулого тижня, або вони вже тут.
answer-copied =
    { $count ->
        [one] Скопійовано { $count } зміну з минулого тижня. Громадянин її бачить.
        [few] Скопійовано { $count } зміни з минулого тижня. Громадянин їх бачить.
       *[other] Скопійовано { $count } змін з минулого тижня. Громадянин їх бачить.
    }
