# صفحات المرشد التي يعرضها الخادم.

mentor-queue-title = بانتظار موافقتك
mentor-notes-offer = هل لديكم مهام صغيرة لا تُنجز أبداً؟
mentor-offer-link = اعرض مهمة
mentor-notes-hint = اكتب باختصار كيف تسير الأمور. يستطيع مستشار التوظيف قراءتها. لا تكتب عن الصحة.
mentor-no-one = لست مرشداً لأحد الآن.
mentor-no-notes = لا توجد ملاحظات بعد.
mentor-expected = المتوقعون اليوم
mentor-expected-none = لا أحد لديه وردية عندك اليوم.
mentor-absent = أبلغوا عن الغياب
mentor-punched-in = سجّل الحضور الساعة { $time }
mentor-queue-empty = لا توجد ساعات تنتظرك.
mentor-decided = عولجت مؤخراً
mentor-decided-none = لا شيء بعد.
mentor-pages = الصفحات
mentor-page-of = الصفحة { $page } من { $pages } · بالانتظار: { $waiting }
mentor-week-summary = { $week } · { $company } · المجموع { $hours }
mentor-planned = مخطط { $times }
mentor-not-planned = لا توجد وردية مخططة
mentor-differs = مختلف
mentor-hours-break = { $hours } · استراحة { $minutes } دقيقة
mentor-history = السجل ({ $count })
plan-weeks = الأسابيع
plan-previous-week = ‹ الأسبوع السابق
plan-next-week = الأسبوع التالي ›
plan-no-shifts = لا توجد ورديات هذا الأسبوع.
plan-new-shift = وردية جديدة
plan-repeat-once = هذا اليوم فقط
plan-repeat-weeks = { $weeks ->
        [two] نفس اليوم والوقت لمدة أسبوعين
        [few] نفس اليوم والوقت لمدة { $weeks } أسابيع
       *[other] نفس اليوم والوقت لمدة { $weeks } أسبوعاً
    }
offer-title = اعرض مهمة
offer-hint = ينظر مستشار التوظيف في الاقتراح ويجد مواطناً مناسباً.
offer-field-title = ما هي المهمة؟
offer-field-title-hint = مثلاً «كنس الساحة» أو «تعبئة الصناديق».
offer-field-tasks = صفها باختصار
offer-field-kind = ما نوعها؟
offer-kind-small-job = عمل صغير مدفوع الأجر
offer-kind-internship = تدريب بدون أجر
offer-field-hours = الساعات في الأسبوع
offer-field-wage = الأجر بالساعة (كرونة)
offer-field-wage-hint = فقط للعمل الصغير المدفوع الأجر.
offer-field-seats = كم شخصاً تستطيعون أن تأخذوا؟
offer-field-postcode = الرمز البريدي
offer-send = أرسل الاقتراح
offer-mine = اقتراحاتك
offer-none = لم ترسل أي اقتراحات بعد.
offer-waiting = بانتظار مركز التوظيف
confirm-all = وافق على الكل ({ $count })
confirm-all-deviating =
    { $count ->
        [zero] لا شيء يختلف عن الخطة
        [one] تسجيل واحد يختلف عن الخطة أو بلا وردية – ضمّه
        [two] تسجيلان يختلفان عن الخطة أو بلا وردية – ضمّهما
        [few] { $count } تسجيلات تختلف عن الخطة أو بلا وردية – ضمّها
        *[other] { $count } تسجيلًا يختلف عن الخطة أو بلا وردية – ضمّها
    }
mentor-call = اتصل بـ{ $name }
plan-day-free = لا وردية
