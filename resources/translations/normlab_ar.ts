<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>قواعدنا</translation>
    </message>
    <message>
        <source>because</source>
        <translation>لأنّ</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>اتُّفق عليها في %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>المراجعة قبل %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>أودّ أن أقول…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>أتفق مع ___ لأنّ…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>لا أتفق لأنّ…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>أودّ أن أضيف إلى فكرة ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>هل يمكنك أن تشرح…؟</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>كلام</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>بطاقات الكلام والرد</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>طريقة الطباعة</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>اطبع بالحجم الفعلي (100%)، لا «ملاءمة للصفحة».</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>استخدم ورقًا مقوّى (160–250 غ/م²) لتدوم البطاقات.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>على الوجهين: اقلب على الحافة الطويلة.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>على الوجهين: اقلب على الحافة القصيرة.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>على وجه واحد: بلا ظهر.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>قصّ على الخطوط الرمادية أو استخدم مخرامًا دائريًا قطره %1 مم.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>طول هذا الخط 50 مم. إن كان أقصر أو أطول فقد غيّرت الطابعة مقياس الصفحة.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>مجموعة %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>لأنها القاعدة</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>كيف نعامل بعضنا</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>لكي نتناقش</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>لكي نتعلم من الأفكار</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>قبل أن نبدأ</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>قواعد هذه الجلسة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>كلمة التوقف</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>كل من هنا قادر ويريد أن يتعلم. الأخطاء متوقعة: بها نتعلم. ما يُقال هنا يبقى هنا.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>تقرير الفريق: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>المعايير: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>ملف الفريق</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>الرمادي: السائد الآن · الملوَّن: مقترح أو متفق عليه</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>إجرائي</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>علائقي</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>حواري</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>فكري</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>لم تُدرس بعد: %1 · تستند إلى القاعدة وحدها: %2 · أُعيدت صياغتها شكليًا فقط: %3 · فيها فجوة: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>الصياغات السابقة: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>من (السائدة الآن): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>إلى (المتفق عليها): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>إلى (المقترحة): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>لا أسباب</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>التنبيهات: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>التنبيهات: لا شيء</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>لم تُدرس بعد</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>تستند إلى القاعدة نفسها فقط</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>أُعيدت صياغتها، لكن الأسباب بقيت كما هي</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>أسباب مقترحة لم يتبنّها أحد بعد</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>من يقدّم أسبابًا في أي بُعد (عدد الأسباب):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(بلا دور محدد)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>لم تُسجَّل أسباب بعد.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>الجلسات والقرارات</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>لم تُسجَّل جلسات بعد.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>الحضور: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>المراجعة التالية: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
