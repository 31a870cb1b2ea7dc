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
page-unavailable-title = لا يمكن الوصول إلى Fodfæste الآن
page-unavailable-body = ستحاول هذه الصفحة مرة أخرى تلقائياً بعد بضع ثوانٍ. ما سجّلته من قبل لم يضِع.

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
sick-today = لقد أبلغت عن مرضك اليوم
sick-today-hint = نتمنى لك الشفاء العاجل. يستطيع مرشدك ومستشار التوظيف رؤية ذلك.
punch-anyway = هل حضرت رغم ذلك؟ سجّل حضورك هنا
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
your-caseworker = مستشار التوظيف الخاص بك

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

## An entry's history
history-submitted = سجّل { $who }
history-edited = عدّل { $who }
history-withdrawn = حذف { $who }
history-confirmed = وافق { $who }
history-rejected = رفض { $who }
history-corrected = صحّح { $who } ووافق
history-changed = غيّر { $who }
history-auto-confirmed = تمت الموافقة تلقائياً
history-auto-rule = في حدود { $minutes } دقيقة من الوردية { $shift }
history-times-break = { $times }، استراحة { $minutes } دقيقة

## حسابك
account-title = حسابك
account-logins = أنت مسجّل الدخول هنا
account-logins-hint = إذا كنت لا تعرف أحد الأجهزة، أو فقدت هاتفك، فسجّل الخروج منه.
account-data = بياناتك
account-data-intro = شاهد كل ما يعرفه Fodfæste عنك، أو نزّله كملف.
account-see-data = شاهد بياناتي
account-download-data = نزّل بياناتي (ملف)
account-seen = من اطّلع على بياناتي
account-seen-hint = يستطيع مستشار التوظيف ومرشدك والبلدية الاطلاع على بياناتك عند الحاجة. هنا ترى من فعل ذلك ومتى.
account-seen-none = لم يطّلع أحد على بياناتك بعد.
account-seen-who = { $name }، { $role }
account-seen-system = Fodfæste (تلقائياً)
account-logged-in-at = سجّل الدخول { $when }. آخر استخدام { $last }.
device-on = { $browser } على { $os }
device-unknown = متصفح غير معروف
device-this = – هذا الجهاز

## بياناتي
my-data-title = بياناتي
my-data-back = ‹ حسابك
my-data-made = أُنشئت { $when }.
my-data-download = نزّل نفس المحتوى كملف
my-data-about = عنك
my-data-name = الاسم
my-data-login-email = البريد الإلكتروني لتسجيل الدخول
my-data-phone = الهاتف
my-data-email = البريد الإلكتروني
my-data-postcode = الرمز البريدي
my-data-target-group = الفئة المستهدفة
my-data-referred = تاريخ الإحالة
my-data-wanted-hours = الساعات المرغوبة في الأسبوع
my-data-accommodations = احتياجات خاصة
my-data-caseworker = مستشار التوظيف
my-data-placements = البرامج ({ $count })
my-data-mentor = المرشد: { $name }
my-data-hours = الساعات ({ $count })
my-data-changes = التغييرات
my-data-absence = الغياب ({ $count })
my-data-shifts = الورديات ({ $count })
my-data-notes = ملاحظات عن برامجك ({ $count })
my-data-logins = الأجهزة التي سجّلت الدخول عليها ({ $count })
my-data-last-used = آخر استخدام { $when }
my-data-seen = من اطّلع على بياناتي ({ $count })

## Vocabularies
target-group-cash-benefit-activity-ready = إعانة نقدية، جاهز للنشاط
target-group-fleksjob = محال إلى عمل مرن (fleksjob)
target-group-disability-pension = معاش العجز (عمل محمي)
target-group-resource-programme = برنامج الموارد
target-group-integration = برنامج الاندماج
target-group-youth = إعانة التعليم (الشباب)
target-group-sickness-benefit = إعانة المرض
opening-kind-small-job = عمل صغير (ساعات مدفوعة)
opening-kind-internship = تدريب في شركة
opening-kind-flex-job = عمل مرن (fleksjob)
opening-kind-sheltered-job = عمل محمي

## الدعوة
invite-title = أهلاً وسهلاً
invite-login = بريدك الإلكتروني (تسجّل الدخول به)
invite-password = اختر كلمة مرور
invite-password-hint = 8 أحرف على الأقل.
invite-password-again = اكتبها مرة أخرى
invite-hello = مرحباً { $name }. اختر كلمة مرور وستكون جاهزاً.
invite-submit = احفظ وسجّل الدخول
invite-go-login = اذهب إلى تسجيل الدخول

## The citizen's language on the desk
citizen-language = اللغة
citizen-language-hint = تستخدمها صفحات المواطن والدعوة إلى أن يختار المواطن لغته بنفسه.
citizen-language-none = غير محددة
citizen-interpreter = يحتاج إلى مترجم
citizen-needs-interpreter = يحتاج إلى مترجم
yes = نعم
no = لا

## The printed invitation
invite-sheet-heading = دعوة لـ { $name }
invite-sheet-how = امسح الرمز بكاميرا الهاتف، أو افتح الرابط. اختر كلمة مرور، وستكون قد سجّلت الدخول.
invite-sheet-valid = يعمل الرابط مرة واحدة وحتى { $date }.

## The calendar feed
calendar-feed-name = Fodfæste – الورديات
calendar-feed-status = الحالة: { $status }
calendar-feed-mentor = المرشد: { $name }
answer-registered = أُرسلت – بانتظار الموافقة.
answer-registered-to = أُرسلت إلى { $name } – بانتظار الموافقة.
answer-punched-in = سجّلت وصولك. يوم عمل موفق!
answer-punched-out = سجّلت مغادرتك. الساعات بانتظار الموافقة.
answer-punch-cancelled = أُلغي تسجيل الوصول.
answer-sick = تم تسجيلك مريضًا. يمكن لمرشدك ومستشار العمل رؤية ذلك.
answer-cannot-come = أُرسل الاعتذار. يمكن لمرشدك رؤيته.
answer-changed = حُفظ التعديل – بانتظار الموافقة.
answer-withdrawn = حُذفت الساعات.
answer-confirmed = تمت الموافقة. يمكن للمواطن رؤية ذلك.
answer-confirmed-count =
    { $count ->
        [zero] لم تتم الموافقة على أي تسجيل.
        [one] تمت الموافقة على تسجيل واحد.
        [two] تمت الموافقة على تسجيلين.
        [few] تمت الموافقة على { $count } تسجيلات.
        *[other] تمت الموافقة على { $count } تسجيل.
    }
answer-rejected = رُفض. يمكن للمواطن رؤية السبب.
answer-corrected = صُحّح ووُوفق عليه. يمكن للمواطن رؤية التعديل وسببه.
answer-undone = تم التراجع. عادت الساعات كما كانت.
answer-attended = سُجّل الحضور. يمكن لمستشار العمل رؤية ذلك.
answer-no-show = سُجّل الغياب. يمكن لمستشار العمل رؤية ذلك.
history-undone = تراجع { $who }
earn-heading = هذا الشهر
earn-approved = تمت الموافقة
earn-waiting = بانتظار الموافقة
earn-figure = { $hours } · { $amount }
earn-benefit = التدريب غير مدفوع الأجر: تستمر إعانتك كما كانت، والساعات تُظهر أنك حضرت.
register-again = سجّل من جديد
answer-placed = أُنشئ التدريب. يمكن للمواطن والمرشد رؤيته.
answer-copied-none = لم تكن هناك ورديات لنسخها من الأسبوع الماضي، أو أنها موجودة بالفعل.
answer-copied =
    { $count ->
        [zero] لم تُنسخ أي وردية.
        [one] نُسخت وردية واحدة من الأسبوع الماضي. يمكن للمواطن رؤيتها.
        [two] نُسخت ورديتان من الأسبوع الماضي. يمكن للمواطن رؤيتهما.
        [few] نُسخت { $count } ورديات من الأسبوع الماضي. يمكن للمواطن رؤيتها.
       *[other] نُسخت { $count } وردية من الأسبوع الماضي. يمكن للمواطن رؤيتها.
    }
