# Тексти інтерактивних частин (островів) у браузері. Сервер надсилає цей файл мовою
# сторінки разом зі сторінкою. Без множини: браузер лише підставляє { $placeholders }.

## Punch clock
punch-in = Я прийшов
punch-out = Я йду додому
punch-cancel = Скасувати відмітку
punch-started-unsent = Ви прийшли о { $time } (ще не надіслано).
punch-where = Куди ви прийшли?
punch-break = Скільки тривала ваша перерва? (хвилин)

## Forms
sending = Надсилання …
send-again = Надіслати знову
optional = (необов'язково)
field-date = Дата
field-start = Прийшов
field-end = Пішов
field-break = Перерва, хвилин
field-note = Примітка
field-from-incl = З (включно)
field-to-incl = По (включно)
field-to-empty-hint = (порожньо: лише цей день)
field-message = Повідомлення
register-where = Де ви працювали?
register-submit = Зареєструвати години
change-summary = Змінити або видалити
change-save = Зберегти зміну
change-delete = Видалити ці години

## Absence
sick-heading = Я хворий
sick-no-diagnosis = Не пишіть, чим ви хворієте.
sick-submit = Повідомити про хворобу
cannot-heading = Я не можу прийти
cannot-none = У вас немає запланованих змін, які можна скасувати.
cannot-which = Яка зміна?
cannot-submit = Скасувати зміну

## Calendar link
calendar-heading = Зміни у вашому календарі
calendar-add-now = Додайте посилання в календар телефону зараз, і ваші зміни з'являтимуться самі.
calendar-your-link = Ваше особисте посилання на календар
calendar-open = Відкрити в календарі
calendar-shown-once = Посилання показується лише цей один раз. Не діліться ним.
calendar-has-link = У вас є особисте посилання на календар. Воно показується лише тоді, коли його створено.
calendar-lost = Якщо ви його загубили або випадково поділилися ним, створіть нове – старе перестане працювати.
calendar-none = Створіть особисте посилання, з якого календар телефону отримуватиме ваші зміни.
calendar-renew = Створити нове посилання
calendar-make = Створити посилання на календар

## Offline and the outbox
offline-now = Ви офлайн.
offline-explain = Ви бачите те, що було завантажено востаннє. Те, що ви реєструєте, зберігається на телефоні й надсилається, коли з'явиться з'єднання.
online-again = З'єднання відновлено.
online-old-copy = Те, що ви бачите, було завантажено раніше.
online-refresh = Отримати найновіше
outbox-label = Ще не надіслано
outbox-heading = Ще не надіслано ({ $count })
outbox-logged-out = Ви вийшли з системи. Те, що чекає, збережено на телефоні й буде надіслано, коли ви знову увійдете.
outbox-fix = Виправити
outbox-delete = Видалити
outbox-delete-confirm = Видалити цей запис із телефону? Його не буде надіслано.
outbox-hours = Години { $date } { $start }–{ $end }
outbox-punch-in = Прийшов о { $time }
outbox-punch-out = Пішов о { $time }
outbox-sick = Хворий з { $date }
outbox-cannot-come = Скасування зміни
outbox-other = Запис
outbox-refused = Не вдалося надіслати: { $reason }
outbox-waiting = Ще не надіслано
outbox-waiting-login = Ще не надіслано – увійдіть знову, щоб надіслати.

## Login and logout
login = Увійти
logging-in = Вхід …
email = Електронна пошта
password = Пароль
logout = Вийти
logout-unsent = Записів, ще не надісланих: { $count }. Якщо ви вийдете, їх буде видалено з телефону. Все одно вийти?

## The mentor
note-new = Нова нотатка
note-save = Зберегти нотатку
attend-came = Прийшов
attend-no-show = Не прийшов
decide-confirm = Підтвердити
decide-reject = Відхилити
decide-reject-why = Чому ви відхиляєте години?
decide-reject-submit = Відхилити години
decide-correct = Виправити
decide-correct-why = Чому ви виправляєте?
decide-correct-why-hint = (громадянин це бачить)
decide-correct-submit = Зберегти виправлення і підтвердити
shift-from = З
shift-to = До
shift-repeat = Повторювати
shift-plan-submit = Запланувати зміну
shift-move = Перенести
shift-move-submit = Перенести зміну
shift-cancel = Скасувати
shift-cancel-message = Повідомлення громадянину
shift-cancel-following = Скасувати також наступні зміни в серії
shift-cancel-submit = Скасувати зміну
auto-confirm = Підтверджувати автоматично
auto-confirm-on = Увімк.: години в межах { $minutes } хв від зміни підтверджуються самі.
auto-confirm-off = Вимк.: ви підтверджуєте всі години самі.
auto-confirm-off-choice = Вимк.
auto-confirm-choice = Коли години збігаються зі зміною ± { $minutes } хв
save = Зберегти

## Your account
account-end-one = Вийти тут
account-end-all = Вийти на всіх пристроях
account-end-others = Вийти на всіх інших пристроях
print = Друк
field-overnight = Пішов після опівночі
undo = Скасувати
punch-no-shift = Сьогодні у вас немає зміни. Відмітити прихід усе одно?
punch-anyway-yes = Так, відмітити прихід
punch-anyway-no = Ні
punch-running = Час від приходу: { $duration }
change-delete-sure = Видалити ці години? Вони зникнуть із вашого списку та зі списку наставника.
change-delete-yes = Так, видалити години
reject-code-came-late = Прийшов пізніше
reject-code-left-early = Пішов раніше
reject-code-longer-break = Довша перерва
reject-code-not-here = Не був тут
decide-reject-quick = Швидка причина
decide-reject-words = Або напишіть самі (громадянин це бачить)
shift-overnight = Закінчується після опівночі
plan-copy-last-week = Копіювати минулий тиждень
