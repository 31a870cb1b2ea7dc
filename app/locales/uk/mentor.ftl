# Сторінки наставника, які створює сервер.

mentor-queue-title = На підтвердження
mentor-notes-offer = У вас є невеликі завдання, до яких ніколи не доходять руки?
mentor-offer-link = Запропонувати завдання
mentor-notes-hint = Коротко напишіть, як справи. Консультант з працевлаштування може це прочитати. Не пишіть про здоров'я.
mentor-no-one = Зараз ви ні для кого не наставник.
mentor-no-notes = Нотаток ще немає.
mentor-expected = Очікуються сьогодні
mentor-expected-none = Сьогодні ні в кого немає зміни у вас.
mentor-absent = Повідомили про відсутність
mentor-punched-in = Відмітився о { $time }
mentor-queue-empty = На вас не чекають жодні години.
mentor-decided = Нещодавно розглянуті
mentor-decided-none = Поки нічого.
mentor-pages = Сторінки
mentor-page-of = Сторінка { $page } з { $pages } · чекають: { $waiting }
mentor-week-summary = { $week } · { $company } · разом { $hours }
mentor-planned = Заплановано { $times }
mentor-not-planned = Зміну не заплановано
mentor-differs = відрізняється
mentor-hours-break = { $hours } · перерва { $minutes } хв
mentor-history = Історія ({ $count })
plan-weeks = Тижні
plan-previous-week = ‹ Попередній тиждень
plan-next-week = Наступний тиждень ›
plan-no-shifts = Цього тижня змін немає.
plan-new-shift = Нова зміна
plan-repeat-once = Лише цей день
plan-repeat-weeks = { $weeks ->
        [one] Той самий день і час { $weeks } тиждень
        [few] Той самий день і час { $weeks } тижні
       *[other] Той самий день і час { $weeks } тижнів
    }
offer-title = Запропонувати завдання
offer-hint = Консультант з працевлаштування розгляне пропозицію і знайде громадянина, який підходить.
offer-field-title = Яке завдання?
offer-field-title-hint = Наприклад, «Підмести двір» або «Пакувати коробки».
offer-field-tasks = Коротко опишіть його
offer-field-kind = Який вид?
offer-kind-small-job = Невелика робота з оплатою
offer-kind-internship = Практика без оплати
offer-field-hours = Годин на тиждень
offer-field-wage = Погодинна оплата (крон)
offer-field-wage-hint = Лише для невеликої роботи з оплатою.
offer-field-seats = Скільки людей ви можете взяти?
offer-field-postcode = Поштовий індекс
offer-send = Надіслати пропозицію
offer-mine = Ваші пропозиції
offer-none = Ви ще не надсилали пропозицій.
offer-waiting = Чекає на центр зайнятості
confirm-all = Підтвердити всі ({ $count })
confirm-all-deviating =
    { $count ->
        [one] { $count } запис відрізняється від плану або без зміни – додати його
        [few] { $count } записи відрізняються від плану або без зміни – додати їх
        *[other] { $count } записів відрізняються від плану або без зміни – додати їх
    }
mentor-call = Зателефонувати: { $name }
plan-day-free = Немає зміни
