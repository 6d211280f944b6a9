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
    <message>
        <source>Team report: %1</source>
        <translation>דוח הצוות: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>נורמות: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>תוכן העניינים</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>פרופיל הצוות</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>אפור: מה שמוחזק כיום · צבע: מוצע או מוסכם</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>תפעולי</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>בין־אישי</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>דיוני</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>רעיוני</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>טרם נבחנו: %1 · נשענות רק על הכלל: %2 · נוסחו מחדש רק על פני השטח: %3 · עם פער: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>נורמות</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>ניסוחים קודמים: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>מוצא (מוחזקות): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>יעד (מוסכמות): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>יעד (מוצעות): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>אין סיבות</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>בדיקות: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>בדיקות: אין הערות</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>טרם נבחנה</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>נשענת רק על הכלל עצמו</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>נוסחה מחדש, אבל הסיבות נשארו כשהיו</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>סיבות מוצעות שאיש עדיין אינו מחזיק בהן</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>קולות</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>מי נותן סיבות באיזה ממד (מספר הסיבות):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(לא צוין תפקיד)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>עדיין לא נרשמו סיבות.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>מפגשים והחלטות</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>עדיין לא נרשמו מפגשים.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>נוכחים: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>להשאיר</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>לשנות</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>לבטל</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>הבדיקה הבאה: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
