# مكتب البلدية: صفحات مستشار التوظيف والمسؤول والمدير، وعناوين ملفات CSV.

## Shared
field-name = الاسم
field-phone = الهاتف
field-postcode = الرمز البريدي
field-role = الدور
field-status = الحالة
field-from = من
field-to = إلى
field-hours-per-week = ساعات في الأسبوع
field-hourly-wage = الأجر بالساعة (كرونة)
show = عرض
search = بحث
filter = تصفية
add = إضافة
choose = اختر …
total = المجموع
unpaid = غير مدفوع
save-changes = حفظ التغييرات
download-csv = تنزيل بصيغة CSV
invite-make = إنشاء دعوة
desk-previous = ‹ السابق
desk-next = التالي ›
desk-page-of = الصفحة { $page } من { $pages }
week-number = الأسبوع { $week }
weeks = { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
}
weeks-in-all = المدة الكاملة: { $weeks } أسبوعًا
hours-per-week = { $hours } ساعة/أسبوع
percent = { $value }٪
seats-of = { $taken } من { $seats }
seats-taken = { $taken } من { $seats } مشغولة
cvr-number-is = CVR { $cvr }
back-caseload = ‹ قائمة المواطنين
back-companies = ‹ كل الشركات
back-goals = ‹ كل الأهداف
back-initiatives = ‹ كل المبادرات

## Table columns
col-citizen = المواطن
col-alerts = تنبيهات
col-active-placement = البرنامج الحالي
col-waiting = بانتظار الموافقة
col-approved-month = تمت الموافقة هذا الشهر
col-last-entry = آخر تسجيل
col-absence-30 = الغياب (30 يومًا)
col-no-show-30 = لم يحضر (30 يومًا)
col-entries = التسجيلات
col-opening = العرض
col-postcode = الرمز البريدي
col-points = النقاط
col-why = السبب
col-hourly-wage = الأجر بالساعة
col-seats = الأماكن
col-period = الفترة
col-pay = الأجر
col-open-openings = عروض مفتوحة
col-proposals = اقتراحات
col-citizens-placed = مواطنون في برنامج

## Caseload
caseload-heading = قائمة المواطنين لدي
caseload-attention = يحتاج إلى انتباه ({ $count })
caseload-search = البحث بالاسم
caseload-only-alerts = المواطنون الذين لديهم تنبيهات فقط
caseload-empty = لا يوجد مواطنون في قائمتك.
caseload-no-match = لا يوجد مواطنون يطابقون البحث.
caseload-caption = المواطنون في القائمة وساعاتهم في آخر شهرين
caseload-more = … و{ $count } أخرى
alert-no-hours-days = لا ساعات منذ { $days } يومًا
alert-no-hours = لم تُسجَّل أي ساعات
alert-waiting-long = عدد التسجيلات التي تنتظر المرشد منذ أكثر من أسبوع: { $count } (أقدمها منذ { $days } يومًا)
alert-internship-ends-today = ينتهي التدريب اليوم ({ $date })
alert-internship-ends = ينتهي التدريب بعد { $days } يومًا ({ $date })
alert-internship-over-37 = أكثر من 37 ساعة في التدريب: { $hours } في { $week }

## One citizen
citizen-new = مواطن جديد
citizen-create = إنشاء مواطن
citizen-choose-group = اختر الفئة المستهدفة
citizen-email-hint = يسجّل المواطن الدخول به.
citizen-referred = تاريخ الإحالة
citizen-wanted-hours-field = الساعات المرغوبة في الأسبوع
citizen-wanted-hours = الساعات المرغوبة
citizen-accommodations = اعتبارات خاصة
citizen-accommodations-hint = يراها مستشارو التوظيف فقط. لا تكتب أي تشخيص طبي.
citizen-matches = عروض مناسبة
citizen-matches-none = لا توجد عروض مفتوحة بأماكن شاغرة.
citizen-matches-caption = العروض المفتوحة مرتبة حسب مدى مناسبتها للمواطن
citizen-invite-heading = تسجيل الدخول على الهاتف
citizen-invite-again = يستطيع المواطن تسجيل الدخول. دعوة جديدة تتيح له اختيار كلمة مرور جديدة.
citizen-invite-first = لا يستطيع المواطن تسجيل الدخول بعد. أنشئ دعوة وأعطِ المواطن رمز QR المطبوع أو الرابط.
citizen-edit = تعديل البيانات
citizen-login = تسجيل الدخول
citizen-can-log-in = يستطيع تسجيل الدخول
citizen-not-yet = ليس بعد
timeline-heading = الخط الزمني
timeline-kind-placement = برنامج
timeline-kind-entry = ساعات
timeline-kind-change = تغيير
timeline-kind-absence = غياب
timeline-kind-note = ملاحظة
timeline-placement-created = أُنشئ برنامج: { $title } لدى { $company }، من { $date }
timeline-placement-ended = انتهى البرنامج في { $date }: { $title } لدى { $company }
timeline-hours = ساعات { $date } { $times } ({ $hours }): { $action } – { $who }
timeline-action-submitted = سُجّلت
timeline-action-edited = عدّلها المواطن
timeline-action-confirmed = تمت الموافقة
timeline-action-auto-confirmed = تمت الموافقة تلقائيًا
timeline-action-rejected = رُفضت
timeline-action-corrected = صُحّحت
timeline-action-withdrawn = سُحبت
timeline-action-locked = أُغلقت مع الشهر
timeline-action-reopened = أُعيد فتحها
timeline-action-changed = تغيّرت
timeline-note-caseworkers = { $who } (لمستشاري التوظيف فقط)
match-same-postcode = يسكن في الرمز البريدي نفسه ({ $postcode })
match-same-area = يسكن في المنطقة نفسها ({ $citizen } و{ $opening })
match-hours-close = يرغب في { $wanted } ساعة في الأسبوع، والعرض فيه { $offered }
match-kind-suits = { $kind } يناسب الفئة المستهدفة
match-kind-may-suit = { $kind } قد يناسب الفئة المستهدفة
match-already-placed = في برنامج بالفعل

## Companies
companies-search = البحث بالاسم أو رقم CVR
companies-proposals = اقتراحات من الشركات ({ $count })
companies-proposed-by = اقترحه { $name }
companies-no-match = لا توجد شركات تطابق البحث.
companies-caption = شركات البلدية
company-new = شركة جديدة
company-create = إنشاء شركة
company-cvr-number = رقم CVR
company-cvr-hint = 8 أرقام
company-contact = الشخص المسؤول عن التواصل
company-contact-phone = هاتف الشخص المسؤول
company-contact-email = البريد الإلكتروني للشخص المسؤول
company-social-since = شركة اجتماعية اقتصادية منذ
company-social-since-hint = املأ هذا فقط إذا كانت الشركة اجتماعية اقتصادية (SØV).
company-social = اجتماعية اقتصادية
company-social-yes-since = نعم، منذ { $date }
company-social-enterprise = شركة اجتماعية اقتصادية
company-social-short = SØV
company-openings = العروض
company-placed-here = مواطنون في برنامج هنا
company-invite-mentor = دعوة مرشد
company-mentor-name = اسم المرشد
company-mentor-email-hint = يسجّل المرشد الدخول به.
company-edit = تعديل الشركة
company-no-openings = لا توجد عروض بعد.
company-openings-caption = عروض الشركة
placements-none = لا توجد برامج بعد.

## Openings
opening-new = عرض جديد
opening-create = إنشاء عرض
opening-edit = تعديل العرض
opening-field-kind = النوع
opening-field-title = العنوان
opening-field-tasks = المهام
opening-field-location = مكان العمل
opening-field-wage-hint = للأعمال المدفوعة فقط: الأعمال الصغيرة والعمل المرن والعمل المحمي.
opening-field-seats = عدد الأماكن
opening-place = المكان
opening-proposed-by = اقترحه
opening-reason = السبب
opening-placements = البرامج في هذا العرض
opening-matches = مواطنون مناسبون
opening-matches-points = النقاط: الرمز البريدي نفسه 30، المنطقة نفسها 15، الساعات المرغوبة قريبة 20 (في حدود 5 ساعات: 10)، النوع يناسب الفئة المستهدفة 25 (قد يناسب: 10)، في برنامج بالفعل −40.
opening-matches-none = لا يوجد مواطنون لاقتراحهم.
opening-matches-caption = المواطنون مرتبون حسب مدى مناسبتهم للعرض
opening-status-open = مفتوح
opening-status-filled = مشغول
opening-status-closed = مغلق
opening-state-waiting = اقتراح – بانتظار الموافقة
opening-state-declined = اقتراح مرفوض
review-heading = الموافقة على الاقتراح أو رفضه
review-decision = القرار
review-approve = موافقة – يُفتح العرض
review-decline = رفض
review-reason = سبب الرفض
review-reason-hint = يستطيع المرشد قراءته.
review-save = حفظ القرار

## Placements
placement-create = إنشاء برنامج
placement-heading = { $citizen } لدى { $company }
placement-status-planned = مخطط له
placement-status-active = جارٍ
placement-status-ended = منتهٍ
place-choose-citizen = اختر مواطنًا
place-citizen-points = { $name } ({ $points } نقطة)
place-no-mentor = لا يوجد مرشد بعد
place-starts-on = تاريخ البدء
place-ends-on = تاريخ الانتهاء
place-ends-on-hint = اتركه فارغًا إذا لم يكن للبرنامج تاريخ انتهاء متفق عليه.
place-duration = المدة
place-duration-hint = يمكن تمديدها إلى 26 أسبوعًا على الأكثر.
place-wage-hint = فارغ: الأجر بالساعة في العرض.
place-agreed-hours = الساعات المتفق عليها في الأسبوع
terms-start = البداية
terms-agreed-end = النهاية المتفق عليها
terms-no-end = لا يوجد تاريخ انتهاء متفق عليه
terms-ended = انتهى
extend-heading = تمديد التدريب
extend-new-length = المدة الكاملة الجديدة
extend-submit = تمديد
end-heading = إنهاء البرنامج
end-hint = تُلغى الورديات المخططة بعد تاريخ الانتهاء. وتُحدَّد المتابعة بعد 3 و6 أشهر.
end-outcome = كيف انتهى البرنامج؟
end-note = ملاحظة
follow-up = المتابعة
follow-up-after = المتابعة بعد { $months } أشهر
follow-up-situation = وضع المواطن
follow-up-date = التاريخ: { $date }
follow-up-save = حفظ المتابعة
follow-up-from-date = يمكن تسجيلها ابتداءً من هذا التاريخ.
follow-up-notes = ملاحظات المتابعة
note-no-health = لا تكتب أبدًا معلومات صحية.
note-who-reads = من يحق له قراءتها؟
note-caseworkers-only = مستشارو التوظيف فقط
note-also-mentor = المرشد أيضًا
outcome-ordinary-job = عمل عادي
outcome-fleksjob = عمل مرن
outcome-education = تعليم
outcome-continued = يستمر في برنامج جديد
outcome-dropped-out = توقف في منتصف الطريق
outcome-other = غير ذلك
follow-up-outcome-ordinary-job = في عمل عادي
follow-up-outcome-fleksjob = في عمل مرن
follow-up-outcome-education = في التعليم
follow-up-outcome-in-programme = في برنامج آخر
follow-up-outcome-on-benefits = يتلقى إعانة دون برنامج
follow-up-outcome-other = غير ذلك

## Monthly hours
monthly-heading = الساعات الشهرية لمكتب الإعانات
monthly-months = الأشهر
monthly-previous = ‹ الشهر السابق
monthly-next = الشهر التالي ›
monthly-locked = الشهر مغلق: الأرقام نهائية.
monthly-waiting = الشهر غير مغلق، وعدد التسجيلات التي ما زالت تنتظر الموافقة: { $count }.
monthly-not-locked = الشهر غير مغلق بعد.
monthly-summary = المواطنون: { $citizens } · تمت الموافقة على { $hours } · الأجر { $pay }
monthly-empty = لا ساعات في هذا الشهر.
monthly-payroll = الأجر لكل شركة
monthly-caption = الساعات الموافق عليها والأجر، { $month }
monthly-lock = إغلاق الشهر
monthly-reopen = إعادة فتح الشهر
monthly-reopen-why = لماذا يُعاد فتح الشهر؟
monthly-lock-hint = بعد إغلاق الشهر لا يمكن تغيير ساعاته الموافق عليها. يجب أن يكون الشهر قد انتهى وألا تنتظر أي ساعات.

## Users and the audit log
users-invite-heading = دعوة مستشار توظيف أو مسؤول
users-caption = مستخدمو البلدية
users-change = تغيير
users-may-log-in = يحق له تسجيل الدخول
users-no-deactivated = لا، معطّل
users-deactivated = معطّل
users-invited = مدعو، بلا كلمة مرور بعد
users-active = نشط
users-log-out-everywhere = تسجيل الخروج على كل الأجهزة
audit-hint = من رأى أو غيّر ماذا. انقر على اسم لرؤية هذا الشخص فقط.
audit-empty = لا توجد سطور تطابق التصفية.
audit-user-id = رقم المستخدم
audit-action = الإجراء
audit-all = الكل
audit-caption = سجل المراجعة، الأحدث أولًا
audit-at = الوقت
audit-user = المستخدم
audit-organisation = الجهة
audit-what = ماذا

## Goals
goals-heading = الأهداف والنتائج
goals-today = اليوم: المواطنون في برامج { $citizens }، لدى شركات عددها { $companies }.
goals-csv = تنزيل الأرقام بصيغة CSV
goals-municipality = أهداف البلدية
goals-none = لا توجد أهداف بعد. أنشئ الهدف الأول أدناه.
goals-span-label = الفترة للبرامج والشركات
goals-show-span = عرض الفترة
goal-new = هدف جديد
goal-create = إنشاء هدف
goal-edit = تعديل الهدف
goal-edit-link = تعديل الهدف أو حذفه
goal-save = حفظ الهدف
goal-delete = حذف الهدف
goal-delete-hint = لا تُحذف الأرقام التي وراء الهدف، بل الهدف نفسه فقط.
goal-field-metric = ماذا يعدّ الهدف
goal-field-target = الهدف (عدد، أو ساعات)
goal-field-target-hint = عدد صحيح، مثلًا 250.
goal-field-start = أول يوم في الفترة
goal-field-end = آخر يوم في الفترة
goal-of = { $value } من { $target }
goal-hours = { $hours } ساعة
goal-forecast = المتوقع اليوم: { $expected } · التوقع في نهاية الفترة: { $forecast }
burnup-label = { $metric }: { $value } من { $target } ({ $pace }). الخط المتقطع هو الطريق المستقيم إلى الهدف.
burnup-show-figures = عرض الأرقام
burnup-caption = { $metric } خلال الفترة
burnup-reached = المُنجز
burnup-line = الطريق المستقيم إلى الهدف
pace-not-started = لم يبدأ
pace-on-track = على المسار الصحيح
pace-behind = متأخر بمقدار { $count }
pace-reached = تحقق
pace-missed = لم يتحقق: نقص { $count }
metric-jobs-on-special-terms-created = وظائف بشروط خاصة أُنشئت
metric-new-social-enterprises = شركات اجتماعية اقتصادية جديدة
metric-citizens-in-placement = مواطنون في برنامج في يوم واحد
metric-approved-paid-hours = ساعات مدفوعة تمت الموافقة عليها
metric-citizens-referred = مواطنون أُحيلوا
metric-self-supporting = برامج انتهت بعمل أو تعليم
metric-explain-jobs = أعمال صغيرة وعمل مرن وعمل محمي بدأت في الفترة.
metric-explain-social-enterprises = شركات أصبحت اجتماعية اقتصادية في الفترة.
metric-explain-in-placement = مواطنون مختلفون لديهم برنامج جارٍ في ذلك اليوم (اليوم، أو آخر يوم في الفترة).
metric-explain-paid-hours = ساعات في برامج مدفوعة وافق عليها مرشد أو مستشار توظيف.
metric-explain-referred = مواطنون لديهم تاريخ إحالة في الفترة.
metric-explain-self-supporting = برامج انتهت في الفترة بعمل عادي أو تعليم.
funnel-heading = من الإحالة إلى الاكتفاء الذاتي، { $span }
funnel-steps = مراحل البرنامج
funnel-step = المرحلة
funnel-count = العدد
funnel-of-before = من المرحلة السابقة
funnel-referred = أُحيلوا
funnel-started = برامج بدأت
funnel-ended = برامج انتهت
funnel-self-supporting = مكتفون ذاتيًا (عمل أو تعليم)
funnel-outcomes = كيف انتهت البرامج
funnel-ended-as = انتهى بـ
funnel-ended-total = انتهت في المجموع
funnel-work-or-education = في عمل أو عمل مرن أو تعليم
contribution-heading = مساهمة الشركات، { $span }
contribution-none = لا توجد شركات لديها أماكن أو برامج أو ساعات في الفترة.
contribution-region = مساهمة الشركات
contribution-seats = أماكن معروضة

## Social-economic enterprises
se-heading = الشركات الاجتماعية الاقتصادية
se-empty = لا شيء بعد.
se-none-yet = لا أحد بعد
se-new = مبادرة جديدة
se-create = إنشاء مبادرة
se-initiative = مبادرة
se-the-initiative = المبادرة
se-field-stage = إلى أين وصلت
se-field-advisor = المستشار المسؤول
se-field-company = الشركة
se-field-company-hint = يجب اختيارها عند تأسيس الشركة. وعندها تُحسب في الهدف من يوم التأسيس.
se-field-started = بدأت
se-responsible = المسؤول: { $name }
se-started-on = بدأت في { $date }
se-since = منذ { $date }
se-partners = الشركاء
se-partners-none = لا توجد شركات تشتري منها بعد.
se-partner-new = شريك جديد
se-partner-company = الشركة التي تشتري
se-partner-what = ماذا تشتري
se-partner-since = بدأ التعاون
se-choose-company = اختر شركة
stage-idea = فكرة
stage-in-progress = قيد التنفيذ
stage-established = تأسست
stage-closed = أُغلقت

## CSV headings (the columns and their values are the same in every language)
csv-month = الشهر
csv-citizen-id = رقم المواطن
csv-citizen = المواطن
csv-company = الشركة
csv-cvr = CVR
csv-placement-id = رقم البرنامج
csv-placement = البرنامج
csv-position = الوظيفة
csv-approved-hours = الساعات الموافق عليها
csv-approved-entries = التسجيلات الموافق عليها
csv-waiting-hours = الساعات المنتظرة
csv-waiting-entries = التسجيلات المنتظرة
csv-hourly-wage = الأجر بالساعة (كرونة)
csv-pay = الأجر (كرونة)
csv-hours = الساعات
csv-section = القسم
csv-figure = الرقم
csv-from = من
csv-to = إلى
csv-value = القيمة
csv-goal = الهدف
csv-expected = المتوقع الآن
csv-forecast = التوقع
csv-status = الحالة
csv-share = النسبة
csv-audit-at = الوقت
csv-audit-user-id = رقم_المستخدم
csv-audit-user = المستخدم
csv-audit-role = الدور
csv-audit-organisation = الجهة
csv-audit-action = الإجراء
csv-audit-action-code = رمز_الإجراء
csv-audit-citizen-id = رقم_المواطن
csv-audit-citizen = المواطن
csv-audit-subject = الموضوع
timeline-action-undone = تم التراجع، بانتظار الموافقة من جديد
col-details = التفاصيل
caseload-sum-citizens =
    { $count ->
        [zero] لا مواطنين
        [one] مواطن واحد
        [two] مواطنان
        [few] { $count } مواطنين
       *[other] { $count } مواطنًا
    }
caseload-sum-alerts =
    { $count ->
        [zero] لا تنبيهات
        [one] تنبيه واحد
        [two] تنبيهان
        [few] { $count } تنبيهات
       *[other] { $count } تنبيهًا
    }
caseload-sum-waiting =
    { $count ->
        [zero] لا تسجيلات بانتظار الموافقة
        [one] تسجيل واحد بانتظار الموافقة
        [two] تسجيلان بانتظار الموافقة
        [few] { $count } تسجيلات بانتظار الموافقة
       *[other] { $count } تسجيلًا بانتظار الموافقة
    }
caseload-sum-no-shows =
    { $count ->
        [zero] لا غيابات (30 يومًا)
        [one] غياب واحد (30 يومًا)
        [two] غيابان (30 يومًا)
        [few] { $count } غيابات (30 يومًا)
       *[other] { $count } غيابًا (30 يومًا)
    }
caseload-details =
    { $count ->
        [zero] لا تسجيلات
        [one] تسجيل واحد والمزيد
        [two] تسجيلان والمزيد
        [few] { $count } تسجيلات والمزيد
       *[other] { $count } تسجيلًا والمزيد
    }
place-action = ضعه في تدريب
place-action-for = ضع { $name } في تدريب
place-action-at = ضعه لدى { $opening }
col-month = الشهر
citizen-months = الساعات والأجر هذا الشهر والشهر الماضي
users-search = ابحث بالاسم أو البريد الإلكتروني
users-all-roles = كل الأدوار
users-none = لا يوجد مستخدمون يطابقون البحث.
users-last-login = آخر تسجيل دخول
users-never = أبدًا
burnup-today = اليوم
col-absence-no-show-30 = غياب / عدم حضور (30 يومًا)
