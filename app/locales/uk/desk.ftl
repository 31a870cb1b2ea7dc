# Робоче місце муніципалітету: сторінки консультанта, адміністратора і керівника та заголовки CSV.

## Shared
field-name = Ім'я
field-phone = Телефон
field-postcode = Поштовий індекс
field-role = Роль
field-status = Статус
field-from = З
field-to = До
field-hours-per-week = Годин на тиждень
field-hourly-wage = Погодинна оплата (крон)
show = Показати
search = Шукати
filter = Фільтрувати
add = Додати
choose = Виберіть …
total = Разом
unpaid = Без оплати
save-changes = Зберегти зміни
download-csv = Завантажити як CSV
invite-make = Створити запрошення
desk-previous = ‹ Попередня
desk-next = Наступна ›
desk-page-of = Сторінка { $page } з { $pages }
week-number = Тиждень { $week }
weeks = { $weeks ->
    [one] { $weeks } тиждень
    [few] { $weeks } тижні
   *[other] { $weeks } тижнів
}
weeks-in-all = Усього тижнів: { $weeks }
hours-per-week = { $hours } год/тиждень
percent = { $value } %
seats-of = { $taken } з { $seats }
seats-taken = зайнято { $taken } з { $seats }
cvr-number-is = CVR { $cvr }
back-caseload = ‹ Мої громадяни
back-companies = ‹ Усі підприємства
back-goals = ‹ Усі цілі
back-initiatives = ‹ Усі ініціативи

## Table columns
col-citizen = Громадянин
col-alerts = Попередження
col-active-placement = Поточна програма
col-waiting = Чекає
col-approved-month = Підтверджено за місяць
col-last-entry = Останній запис
col-absence-30 = Відсутність (30 днів)
col-no-show-30 = Не прийшов (30 днів)
col-entries = Записи
col-opening = Вакансія
col-postcode = Індекс
col-points = Бали
col-why = Чому
col-hourly-wage = Погодинна оплата
col-seats = Місця
col-period = Період
col-pay = Оплата
col-open-openings = Відкриті вакансії
col-proposals = Пропозиції
col-citizens-placed = Громадяни в програмі

## Caseload
caseload-heading = Мої громадяни
caseload-attention = Потребує уваги ({ $count })
caseload-search = Шукати за ім'ям
caseload-only-alerts = Лише громадяни з попередженнями
caseload-empty = У вашому списку немає громадян.
caseload-no-match = Жоден громадянин не відповідає пошуку.
caseload-caption = Громадяни у списку та їхні години за останні два місяці
caseload-more = … і ще { $count }
alert-no-hours-days = { $days ->
    [one] Немає годин { $days } день
    [few] Немає годин { $days } дні
   *[other] Немає годин { $days } днів
}
alert-no-hours = Години не зареєстровано
alert-waiting-long = Записів, що чекають на наставника понад тиждень: { $count } (найстаріший — днів: { $days })
alert-internship-ends-today = Практика закінчується сьогодні ({ $date })
alert-internship-ends = Практика закінчується через днів: { $days } ({ $date })
alert-internship-over-37 = Понад 37 годин на практиці: { $hours } за { $week }

## One citizen
citizen-new = Новий громадянин
citizen-create = Створити громадянина
citizen-choose-group = Виберіть цільову групу
citizen-email-hint = Громадянин входить із нею.
citizen-referred = Дата направлення
citizen-wanted-hours-field = Бажані години на тиждень
citizen-wanted-hours = Бажані години
citizen-accommodations = Особливі потреби
citizen-accommodations-hint = Бачать лише консультанти. Ніколи не пишіть діагнози.
citizen-matches = Вакансії, що підходять
citizen-matches-none = Немає відкритих вакансій з вільними місцями.
citizen-matches-caption = Відкриті вакансії за тим, наскільки вони підходять громадянину
citizen-invite-heading = Вхід на телефоні
citizen-invite-again = Громадянин може увійти. Нове запрошення дозволить вибрати новий пароль.
citizen-invite-first = Громадянин ще не може увійти. Створіть запрошення і дайте громадянину надрукований QR-код або посилання.
citizen-edit = Змінити дані
citizen-login = Вхід
citizen-can-log-in = Може увійти
citizen-not-yet = Ще ні
timeline-heading = Хронологія
timeline-kind-placement = Програма
timeline-kind-entry = Години
timeline-kind-change = Зміна
timeline-kind-absence = Відсутність
timeline-kind-note = Нотатка
timeline-placement-created = Програму створено: { $title } у { $company }, з { $date }
timeline-placement-ended = Програму завершено { $date }: { $title } у { $company }
timeline-hours = Години { $date } { $times } ({ $hours }): { $action } — { $who }
timeline-action-submitted = зареєстровано
timeline-action-edited = змінено громадянином
timeline-action-confirmed = підтверджено
timeline-action-auto-confirmed = підтверджено автоматично
timeline-action-rejected = відхилено
timeline-action-corrected = виправлено
timeline-action-withdrawn = відкликано
timeline-action-locked = закрито разом із місяцем
timeline-action-reopened = відкрито знову
timeline-action-changed = змінено
timeline-note-caseworkers = { $who } (лише для консультантів)
match-same-postcode = Живе за тим самим індексом ({ $postcode })
match-same-area = Живе в тому самому районі ({ $citizen } і { $opening })
match-hours-close = Хоче { $wanted } год на тиждень, у вакансії { $offered }
match-kind-suits = { $kind } підходить цільовій групі
match-kind-may-suit = { $kind } може підійти цільовій групі
match-already-placed = Уже в програмі

## Companies
companies-search = Шукати за назвою або CVR
companies-proposals = Пропозиції від підприємств ({ $count })
companies-proposed-by = запропонував(ла) { $name }
companies-no-match = Жодне підприємство не відповідає пошуку.
companies-caption = Підприємства муніципалітету
company-new = Нове підприємство
company-create = Створити підприємство
company-cvr-number = Номер CVR
company-cvr-hint = 8 цифр
company-contact = Контактна особа
company-contact-phone = Телефон контактної особи
company-contact-email = E-mail контактної особи
company-social-since = Соціальне підприємство з
company-social-since-hint = Заповніть, лише якщо підприємство соціальне (SØV).
company-social = Соціальне підприємство
company-social-yes-since = Так, з { $date }
company-social-enterprise = Соціальне підприємство
company-social-short = SØV
company-openings = Вакансії
company-placed-here = Громадяни в програмі тут
company-invite-mentor = Запросити наставника
company-mentor-name = Ім'я наставника
company-mentor-email-hint = Наставник входить із нею.
company-edit = Змінити підприємство
company-no-openings = Вакансій ще немає.
company-openings-caption = Вакансії підприємства
placements-none = Програм ще немає.

## Openings
opening-new = Нова вакансія
opening-create = Створити вакансію
opening-edit = Змінити вакансію
opening-field-kind = Тип
opening-field-title = Назва
opening-field-tasks = Завдання
opening-field-location = Місце роботи
opening-field-wage-hint = Лише для оплачуваної роботи: невеликі роботи, флексі-робота і захищена робота.
opening-field-seats = Кількість місць
opening-place = Місце
opening-proposed-by = Запропонував(ла)
opening-reason = Причина
opening-placements = Програми у вакансії
opening-matches = Громадяни, які підходять
opening-matches-points = Бали: той самий індекс 30, той самий район 15, бажані години близько 20 (у межах 5 годин: 10), тип підходить цільовій групі 25 (може підійти: 10), уже в програмі −40.
opening-matches-none = Немає кого запропонувати.
opening-matches-caption = Громадяни за тим, наскільки вони підходять вакансії
opening-status-open = Відкрита
opening-status-filled = Зайнята
opening-status-closed = Закрита
opening-state-waiting = Пропозиція — чекає на підтвердження
opening-state-declined = Пропозицію відхилено
review-heading = Підтвердити або відхилити пропозицію
review-decision = Рішення
review-approve = Підтвердити — вакансія відкривається
review-decline = Відхилити
review-reason = Причина відхилення
review-reason-hint = Наставник може її прочитати.
review-save = Зберегти рішення

## Placements
placement-create = Створити програму
placement-heading = { $citizen } у { $company }
placement-status-planned = Заплановано
placement-status-active = Триває
placement-status-ended = Завершено
place-choose-citizen = Виберіть громадянина
place-citizen-points = { $name } (бали: { $points })
place-no-mentor = Наставника ще немає
place-starts-on = Дата початку
place-ends-on = Дата завершення
place-ends-on-hint = Порожньо, якщо програма не має узгодженої дати завершення.
place-duration = Тривалість
place-duration-hint = Можна продовжити щонайбільше до 26 тижнів.
place-wage-hint = Порожньо: погодинна оплата з вакансії.
place-agreed-hours = Узгоджені години на тиждень
terms-start = Початок
terms-agreed-end = Узгоджене завершення
terms-no-end = Немає узгодженої дати завершення
terms-ended = Завершилася
extend-heading = Продовжити практику
extend-new-length = Нова загальна тривалість
extend-submit = Продовжити
end-heading = Завершити програму
end-hint = Заплановані зміни після дати завершення скасовуються. Призначається перевірка через 3 і 6 місяців.
end-outcome = Чим завершилася програма?
end-note = Примітка
follow-up = Перевірка
follow-up-after = Перевірка через { $months } місяців
follow-up-situation = Становище громадянина
follow-up-date = Дата: { $date }
follow-up-save = Зберегти перевірку
follow-up-from-date = Можна внести починаючи з цієї дати.
follow-up-notes = Нотатки перевірки
note-no-health = Ніколи не пишіть про здоров'я.
note-who-reads = Хто може її читати?
note-caseworkers-only = Лише консультанти
note-also-mentor = Також наставник
outcome-ordinary-job = Звичайна робота
outcome-fleksjob = Флексі-робота
outcome-education = Навчання
outcome-continued = Продовжує в новій програмі
outcome-dropped-out = Припинив(ла) посередині
outcome-other = Інше
follow-up-outcome-ordinary-job = На звичайній роботі
follow-up-outcome-fleksjob = На флексі-роботі
follow-up-outcome-education = Навчається
follow-up-outcome-in-programme = В іншій програмі
follow-up-outcome-on-benefits = Отримує допомогу без програми
follow-up-outcome-other = Інше

## Monthly hours
monthly-heading = Години за місяць для відділу допомоги
monthly-months = Місяці
monthly-previous = ‹ Попередній місяць
monthly-next = Наступний місяць ›
monthly-locked = Місяць закрито: цифри остаточні.
monthly-waiting = Місяць не закрито, і записів, що ще чекають на підтвердження: { $count }.
monthly-not-locked = Місяць ще не закрито.
monthly-summary = Громадян: { $citizens } · підтверджено { $hours } · оплата { $pay }
monthly-empty = У цьому місяці годин немає.
monthly-payroll = Оплата за підприємствами
monthly-caption = Підтверджені години та оплата, { $month }
monthly-lock = Закрити місяць
monthly-reopen = Відкрити місяць знову
monthly-reopen-why = Чому місяць відкривається знову?
monthly-lock-hint = Після закриття місяця його підтверджені години вже не можна змінити. Місяць має закінчитися, і жодні години не мають чекати.

## Users and the audit log
users-invite-heading = Запросити консультанта або адміністратора
users-caption = Користувачі муніципалітету
users-change = Змінити
users-may-log-in = Може входити
users-no-deactivated = Ні, вимкнено
users-deactivated = Вимкнено
users-invited = Запрошено, пароля ще немає
users-active = Активний
users-log-out-everywhere = Вийти на всіх пристроях
audit-hint = Хто бачив або змінював що. Натисніть на ім'я, щоб бачити лише цю людину.
audit-empty = Жоден рядок не відповідає фільтру.
audit-user-id = ID користувача
audit-action = Дія
audit-all = Усі
audit-caption = Журнал перевірки, найновіші спочатку
audit-at = Час
audit-user = Користувач
audit-organisation = Організація
audit-what = Що

## Goals
goals-heading = Цілі та результати
goals-today = Сьогодні в програмах громадян: { $citizens }, на підприємствах: { $companies }.
goals-csv = Завантажити цифри як CSV
goals-municipality = Цілі муніципалітету
goals-none = Цілей ще немає. Створіть першу нижче.
goals-span-label = Період для програм і підприємств
goals-show-span = Показати період
goal-new = Нова ціль
goal-create = Створити ціль
goal-edit = Змінити ціль
goal-edit-link = Змінити або видалити ціль
goal-save = Зберегти ціль
goal-delete = Видалити ціль
goal-delete-hint = Цифри за ціллю не видаляються, лише сама ціль.
goal-field-metric = Що рахує ціль
goal-field-target = Ціль (кількість або години)
goal-field-target-hint = Ціле число, напр. 250.
goal-field-start = Перший день періоду
goal-field-end = Останній день періоду
goal-of = { $value } з { $target }
goal-hours = { $hours } год
goal-forecast = Очікується сьогодні: { $expected } · Прогноз на кінець періоду: { $forecast }
burnup-label = { $metric }: { $value } з { $target } ({ $pace }). Пунктирна лінія — прямий шлях до цілі.
burnup-show-figures = Показати цифри
burnup-caption = { $metric } за період
burnup-reached = Досягнуто
burnup-line = Прямий шлях до цілі
pace-not-started = Не розпочато
pace-on-track = За планом
pace-behind = Відставання: { $count }
pace-reached = Досягнуто
pace-missed = Не досягнуто: бракувало { $count }
metric-jobs-on-special-terms-created = Створені робочі місця на особливих умовах
metric-new-social-enterprises = Нові соціальні підприємства
metric-citizens-in-placement = Громадяни в програмі в один день
metric-approved-paid-hours = Підтверджені оплачувані години
metric-citizens-referred = Направлені громадяни
metric-self-supporting = Програми, що завершилися роботою або навчанням
metric-explain-jobs = Невеликі роботи, флексі-робота і захищена робота, розпочаті в періоді.
metric-explain-social-enterprises = Підприємства, що стали соціальними в періоді.
metric-explain-in-placement = Різні громадяни з програмою, що триває в цей день (сьогодні або останній день періоду).
metric-explain-paid-hours = Години в оплачуваних програмах, підтверджені наставником або консультантом.
metric-explain-referred = Громадяни з датою направлення в періоді.
metric-explain-self-supporting = Програми, що завершилися в періоді звичайною роботою або навчанням.
funnel-heading = Від направлення до самозабезпечення, { $span }
funnel-steps = Етапи програми
funnel-step = Етап
funnel-count = Кількість
funnel-of-before = Від попереднього етапу
funnel-referred = Направлено
funnel-started = Програм розпочато
funnel-ended = Програм завершено
funnel-self-supporting = Самозабезпечені (робота або навчання)
funnel-outcomes = Чим завершилися програми
funnel-ended-as = Завершено як
funnel-ended-total = Завершено разом
funnel-work-or-education = На роботі, флексі-роботі або навчанні
contribution-heading = Внесок підприємств, { $span }
contribution-none = У жодного підприємства немає місць, програм чи годин у цьому періоді.
contribution-region = Внесок підприємств
contribution-seats = Запропоновано місць

## Social-economic enterprises
se-heading = Соціальні підприємства
se-empty = Ще немає.
se-none-yet = Ще немає
se-new = Нова ініціатива
se-create = Створити ініціативу
se-initiative = Ініціатива
se-the-initiative = Ініціатива
se-field-stage = Наскільки просунулася
se-field-advisor = Відповідальний консультант
se-field-company = Підприємство
se-field-company-hint = Треба вибрати, коли підприємство засновано. Тоді воно враховується в цілі з дня заснування.
se-field-started = Розпочато
se-responsible = відповідальний: { $name }
se-started-on = розпочато { $date }
se-since = з { $date }
se-partners = Партнери
se-partners-none = Жодне підприємство ще не купує в нього.
se-partner-new = Новий партнер
se-partner-company = Підприємство, що купує
se-partner-what = Що воно купує
se-partner-since = Співпраця почалася
se-choose-company = Виберіть підприємство
stage-idea = Ідея
stage-in-progress = Триває
stage-established = Засновано
stage-closed = Закрито

## CSV headings (the columns and their values are the same in every language)
csv-month = Місяць
csv-citizen-id = ID громадянина
csv-citizen = Громадянин
csv-company = Підприємство
csv-cvr = CVR
csv-placement-id = ID програми
csv-placement = Програма
csv-position = Посада
csv-approved-hours = Підтверджені години
csv-approved-entries = Підтверджені записи
csv-waiting-hours = Години, що чекають
csv-waiting-entries = Записи, що чекають
csv-hourly-wage = Погодинна оплата (крон)
csv-pay = Оплата (крон)
csv-hours = Години
csv-section = Розділ
csv-figure = Показник
csv-from = З
csv-to = До
csv-value = Значення
csv-goal = Ціль
csv-expected = Очікується зараз
csv-forecast = Прогноз
csv-status = Статус
csv-share = Частка
csv-audit-at = час
csv-audit-user-id = id_користувача
csv-audit-user = користувач
csv-audit-role = роль
csv-audit-organisation = організація
csv-audit-action = дія
csv-audit-action-code = код_дії
csv-audit-citizen-id = id_громадянина
csv-audit-citizen = громадянин
csv-audit-subject = об'єкт
timeline-action-undone = скасовано, знову очікує
col-details = Подробиці
caseload-sum-citizens =
    { $count ->
        [one] { $count } громадянин
        [few] { $count } громадяни
       *[other] { $count } громадян
    }
caseload-sum-alerts =
    { $count ->
        [one] { $count } попередження
        [few] { $count } попередження
       *[other] { $count } попереджень
    }
caseload-sum-waiting =
    { $count ->
        [one] { $count } запис очікує
        [few] { $count } записи очікують
       *[other] { $count } записів очікують
    }
caseload-sum-no-shows =
    { $count ->
        [one] { $count } неявка (30 днів)
        [few] { $count } неявки (30 днів)
       *[other] { $count } неявок (30 днів)
    }
caseload-details =
    { $count ->
        [one] { $count } запис тощо
        [few] { $count } записи тощо
       *[other] { $count } записів тощо
    }
place-action = Направити
place-action-for = Направити: { $name }
place-action-at = Направити до: { $opening }
col-month = Місяць
citizen-months = Години й оплата цього та минулого місяця
users-search = Пошук за ім'ям або e-mail
users-all-roles = Усі ролі
users-none = Немає користувачів, що відповідають пошуку.
users-last-login = Останній вхід
users-never = Ніколи
burnup-today = Сьогодні
col-absence-no-show-30 = Відсутність / неявка (30 дн.)
