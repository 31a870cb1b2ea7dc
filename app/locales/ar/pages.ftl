# نصوص يضعها الخادم في الصفحات.

## The frame
app-name = Fodfæste
page-title = { $page } – Fodfæste
meta-description = Fodfæste: سجّل الساعات، وافق على الساعات وتابع البرامج.
loading = جارٍ التحميل …
skip-to-main = انتقل إلى المحتوى
account-link-title = حسابك وأجهزتك
language = اللغة
language-choose = اختر اللغة
footer-accessibility = بيان إمكانية الوصول
as-of = آخر تحديث { $when }
date-at-time = { $date } الساعة { $time }
hours-minutes = { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } و{ $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
hours-only = { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    }
minutes-only = { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
amount-kr = { $amount } كرونة
break-minutes = استراحة { $minutes } دقيقة

## Roles
role-citizen = مواطن
role-mentor = مرشد في الشركة
role-caseworker = مستشار التوظيف
role-admin = مسؤول النظام
role-manager = الإدارة

## Entry, shift and absence states
status-submitted = بانتظار الموافقة
status-confirmed = تمت الموافقة
status-confirmed-auto = تمت الموافقة تلقائياً
status-rejected = مرفوض
status-rejected-because = مرفوض: { $reason }
status-locked = مغلق
shift-planned = مخطط
shift-attended = حضر
shift-no-show = لم يحضر
shift-cancelled = ملغاة
shift-absent = أبلغ عن الغياب
shift-cancelled-because = ملغاة: { $reason }
absence-sick = مريض
absence-other = لا يستطيع الحضور
absence = غياب

## Errors and empty pages
not-found-title = الصفحة غير موجودة
not-found-home = اذهب إلى الصفحة الرئيسية
offline-title = أنت غير متصل بالإنترنت
offline-body = لم يحفظ الهاتف هذه الصفحة. صفحات «{ nav-today }» و«{ nav-hours }» و«{ nav-plan }» و«{ nav-absence }» تعمل بدون اتصال بعد أن تفتحها مرة واحدة.
offline-go-today = اذهب إلى «{ nav-today }»

## Login
login-title = تسجيل الدخول
login-lead = سجّل ساعاتك، وشاهد خطتك وما كسبته.

## The citizen's four places
nav-citizen = مواطن
nav-today = اليوم
nav-hours = ساعاتي
nav-plan = خطتي
nav-absence = الغياب

## Today
next-shift = الوردية القادمة
next-shift-none = ليس لديك ورديات مخططة. ما زال بإمكانك تسجيل الحضور.
no-placement = ليس لديك برنامج نشط الآن. تواصل مع مستشار التوظيف الخاص بك.
punch-clock = ساعة الحضور
punch-started = وصلت الساعة { $time } إلى { $company }.
hourly-wage = الأجر بالساعة: { $amount }
forgot-punch = نسيت تسجيل الحضور؟ سجّل الساعات هنا
recent-hours = آخر الساعات
recent-none = لا توجد ساعات في آخر 14 يوماً.
see-all-hours = شاهد كل ساعاتك
address = العنوان
mentor = المرشد
shift-at = { $date } الساعة { $time }

## My hours
period-show = عرض
period-week = أسبوع
period-month = شهر
period-previous = ‹ السابق
period-previous-label = الفترة السابقة
period-next = التالي ›
period-next-label = الفترة التالية
period-week-label = الأسبوع { $week } · { $from } – { $to }
totals = المجموع
total-registered = مسجّل
total-confirmed = تمت الموافقة
total-earned = كسبت
only-confirmed-paid = تُدفع الساعات التي تمت الموافقة عليها فقط.
period-empty = لا توجد ساعات في هذه الفترة.
entry-punched = بساعة الحضور
entry-corrected-by = صحّحها { $name }: { $reason }
your-mentor = مرشدك

## My plan
plan-heading = ورديّاتك في الأسابيع الأربعة القادمة
plan-empty = لا توجد ورديات مخططة بعد.

## Absence
absence-given = بلاغات غيابك
absence-none = لم تبلّغ عن أي غياب في الشهر الماضي.

## Accessibility
accessibility-municipality = اقرأ بيان إمكانية الوصول الخاص بـ { $municipality }
accessibility-intro = يجب أن يكون Fodfæste قابلاً للاستخدام من الجميع، أيضاً مع قارئ الشاشة أو النص المكبّر أو لوحة المفاتيح فقط أو على هاتف صغير. تتبع الصفحات القواعد المشتركة للمواقع العامة (WCAG 2.1 المستوى AA).
accessibility-report-heading = هل وجدت شيئاً لا يعمل؟
accessibility-report = أخبر مستشار التوظيف الخاص بك أو مركز التوظيف في البلدية. اكتب أي صفحة، وماذا حاولت أن تفعل، وأي هاتف أو حاسوب استخدمت. سنصلحه في أسرع وقت ممكن.
accessibility-complain-heading = الشكوى
accessibility-complain = إذا لم تحصل على رد، أو لم تكن راضياً عن الرد، يمكنك تقديم شكوى إلى هيئة الرقمنة الدنماركية (Digitaliseringsstyrelsen) التي تراقب إمكانية الوصول إلى المواقع العامة.

## The mentor's and the desk's places
nav-mentor = المرشد
nav-approve = الموافقة
nav-shift-plan = جدول الورديات
nav-notes = الملاحظات
nav-desk = المكتب
nav-caseload = الحالات
nav-companies = الشركات
nav-monthly-hours = الساعات الشهرية
nav-users = المستخدمون
nav-audit = سجل المراجعة
nav-goals = الأهداف
nav-social-enterprises = المؤسسات الاجتماعية
