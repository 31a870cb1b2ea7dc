# نصوص الأجزاء التفاعلية في المتصفح. يرسل الخادم هذا الملف بلغة الصفحة مع كل صفحة.
# بدون صيغ الجمع هنا: المتصفح يملأ { $placeholders } فقط.

## Punch clock
punch-in = لقد وصلت
punch-out = أنا ذاهب إلى البيت
punch-cancel = إلغاء تسجيل الحضور
punch-started-unsent = وصلت الساعة { $time } (لم يُرسل بعد).
punch-where = أين وصلت؟
punch-break = كم كانت مدة استراحتك؟ (بالدقائق)

## Forms
sending = جارٍ الإرسال …
send-again = أرسل مرة أخرى
optional = (اختياري)
field-date = التاريخ
field-start = وقت الوصول
field-end = وقت المغادرة
field-break = الاستراحة بالدقائق
field-note = ملاحظة
field-from-incl = من (ضمناً)
field-to-incl = إلى (ضمناً)
field-to-empty-hint = (فارغ: ذلك اليوم فقط)
field-message = رسالة
register-where = أين عملت؟
register-submit = سجّل الساعات
change-summary = تعديل أو حذف
change-save = احفظ التعديل
change-delete = احذف هذه الساعات

## Absence
sick-heading = أنا مريض
sick-no-diagnosis = لا تكتب ما هو مرضك.
sick-submit = أبلغ عن المرض
cannot-heading = لا أستطيع الحضور
cannot-none = ليس لديك ورديات مخططة لإلغائها.
cannot-which = أي وردية؟
cannot-submit = ألغِ الوردية

## Calendar link
calendar-heading = الورديات في تقويمك
calendar-add-now = أضف الرابط إلى تقويم هاتفك الآن، وستظهر ورديّاتك فيه تلقائياً.
calendar-your-link = رابط التقويم الخاص بك
calendar-open = افتح في التقويم
calendar-shown-once = يظهر الرابط هذه المرة فقط. لا تشاركه مع أحد.
calendar-has-link = لديك رابط تقويم خاص. يظهر فقط عند إنشائه.
calendar-lost = إذا فقدته أو شاركته بالخطأ، أنشئ رابطاً جديداً – سيتوقف الرابط القديم عن العمل.
calendar-none = أنشئ رابطاً خاصاً يستطيع تقويم هاتفك أن يجلب منه ورديّاتك.
calendar-renew = أنشئ رابطاً جديداً
calendar-make = أنشئ رابط التقويم

## Offline and the outbox
offline-now = أنت غير متصل بالإنترنت.
offline-explain = أنت ترى ما تم تحميله آخر مرة. ما تسجّله يُحفظ على الهاتف ويُرسل عند توفر الاتصال.
online-again = عاد الاتصال.
online-old-copy = ما تراه تم تحميله في وقت سابق.
online-refresh = احصل على الأحدث
outbox-label = لم يُرسل بعد
outbox-heading = لم يُرسل بعد ({ $count })
outbox-logged-out = تم تسجيل خروجك. ما ينتظر محفوظ على الهاتف وسيُرسل عندما تسجّل الدخول مرة أخرى.
outbox-fix = تصحيح
outbox-delete = حذف
outbox-delete-confirm = هل تريد حذف هذا التسجيل من الهاتف؟ لن يتم إرساله.
outbox-hours = ساعات { $date } { $start }–{ $end }
outbox-punch-in = الوصول الساعة { $time }
outbox-punch-out = المغادرة الساعة { $time }
outbox-sick = مريض منذ { $date }
outbox-cannot-come = إلغاء وردية
outbox-other = تسجيل
outbox-refused = تعذّر الإرسال: { $reason }
outbox-waiting = لم يُرسل بعد
outbox-waiting-login = لم يُرسل بعد – سجّل الدخول مرة أخرى للإرسال.

## Login and logout
login = تسجيل الدخول
logging-in = جارٍ تسجيل الدخول …
email = البريد الإلكتروني
password = كلمة المرور
logout = تسجيل الخروج
logout-unsent = تسجيلات لم تُرسل بعد: { $count }. إذا سجّلت الخروج، ستُحذف من الهاتف. هل تريد تسجيل الخروج على أي حال؟

## The mentor
note-new = ملاحظة جديدة
note-save = احفظ الملاحظة
attend-came = حضر
attend-no-show = لم يحضر
decide-confirm = موافقة
decide-reject = رفض
decide-reject-why = لماذا ترفض الساعات؟
decide-reject-submit = ارفض الساعات
decide-correct = تصحيح
decide-correct-why = لماذا تصحّح؟
decide-correct-why-hint = (يستطيع المواطن رؤيته)
decide-correct-submit = احفظ التصحيح ووافق
shift-from = من
shift-to = إلى
shift-repeat = التكرار
shift-plan-submit = خطّط الوردية
shift-move = نقل
shift-move-submit = انقل الوردية
shift-cancel = إلغاء
shift-cancel-message = رسالة إلى المواطن
shift-cancel-following = ألغِ أيضاً الورديات التالية في السلسلة
shift-cancel-submit = ألغِ الوردية
auto-confirm = الموافقة التلقائية
auto-confirm-on = مفعّلة: الساعات ضمن { $minutes } دقيقة من الوردية تتم الموافقة عليها تلقائياً.
auto-confirm-off = غير مفعّلة: أنت توافق على كل الساعات بنفسك.
auto-confirm-off-choice = غير مفعّلة
auto-confirm-choice = عندما تطابق الساعات الوردية ± { $minutes } دقيقة
save = احفظ

## Your account
account-end-one = سجّل الخروج هنا
account-end-all = سجّل الخروج من كل الأجهزة
account-end-others = سجّل الخروج من كل الأجهزة الأخرى
print = اطبع
field-overnight = غادرت بعد منتصف الليل
undo = تراجع
punch-no-shift = ليست لديك وردية اليوم. هل تسجّل وصولك على أي حال؟
punch-anyway-yes = نعم، سجّل الوصول
punch-anyway-no = لا
punch-running = الوقت منذ وصولك: { $duration }
change-delete-sure = هل تريد حذف هذه الساعات؟ ستختفي من قائمتك ومن قائمة مرشدك.
change-delete-yes = نعم، احذف الساعات
reject-code-came-late = جاء متأخرًا
reject-code-left-early = غادر مبكرًا
reject-code-longer-break = استراحة أطول
reject-code-not-here = لم يكن هنا
decide-reject-quick = سبب سريع
decide-reject-words = أو اكتب بنفسك (يمكن للمواطن رؤيته)
shift-overnight = تنتهي بعد منتصف الليل
plan-copy-last-week = انسخ الأسبوع الماضي
