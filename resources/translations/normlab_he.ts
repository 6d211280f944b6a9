<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>הכללים שלנו</translation>
    </message>
    <message>
        <source>because</source>
        <translation>כי</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>סוכם ב־%1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>לבדיקה עד %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>עמוד %1 מתוך %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>אני רוצה לומר…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>אני מסכים/ה עם ___ כי…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>אני לא מסכים/ה כי…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>אני רוצה להוסיף לרעיון של ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>תוכל/י להסביר…?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>דיבור</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>הסכמה</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>התנגדות</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>אסימוני דיבור ותגובה</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>איך להדפיס</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>הדפיסו בגודל אמיתי (100%), לא „התאמה לעמוד”.</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>השתמשו בבריסטול (160–250 ג׳/מ״ר) כדי שהאסימונים יחזיקו.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>דו־צדדי: היפוך בצד הארוך.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>דו־צדדי: היפוך בצד הקצר.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>חד־צדדי: ללא גב.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>גזרו לאורך הקווים האפורים או נקבו במנקב עגול של %1 מ״מ.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>אורך הקו הזה 50 מ״מ. אם הוא קצר או ארוך יותר, המדפסת שינתה את קנה המידה של העמוד.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>ערכה %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>כי זה הכלל</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>איך אנחנו מתייחסים זה לזה</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>כדי שנוכל לדון</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>כדי ללמוד מרעיונות</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>לפני שמתחילים</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>כללי המפגש</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>מטרות</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>מילת עצירה</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>כל מי שנמצא כאן מסוגל ורוצה ללמוד. טעויות צפויות: כך לומדים. מה שנאמר כאן נשאר כאן.</translation>
    </message>
</context>
</TS>
