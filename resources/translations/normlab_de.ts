<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Unsere Grundregeln</translation>
    </message>
    <message>
        <source>because</source>
        <translation>weil</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Vereinbart am %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Überprüfen bis %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>Ich möchte sagen …</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Ich stimme ___ zu, weil …</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>Ich sehe das anders, weil …</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Ich möchte an die Idee von ___ anknüpfen</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>Kannst du erklären …?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Widersprechen</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Anknüpfen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Rede- und Antwortchips</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>So wird gedruckt</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>In Originalgröße (100 %) drucken, nicht „an Seite anpassen“.</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Karton (160–250 g/m²) verwenden, damit die Chips halten.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>Beidseitig: an der langen Kante wenden.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>Beidseitig: an der kurzen Kante wenden.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>Einseitig: ohne Rückseiten.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Entlang der grauen Linien schneiden oder mit einem %1-mm-Kreisstanzer ausstanzen.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Diese Linie ist 50 mm lang. Ist sie kürzer oder länger, hat der Drucker die Seite skaliert.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>weil es die Regel ist</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>wie wir miteinander umgehen</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>damit wir diskutieren können</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>damit wir aus Ideen lernen</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Bevor wir beginnen</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Regeln für diese Sitzung</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Pausenwort</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Alle hier sind fähig und wollen lernen. Fehler sind erwartet: Aus ihnen lernen wir. Was hier gesagt wird, bleibt hier.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Teambericht: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Normen: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Teamprofil</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>grau: heute vertreten · farbig: vorgeschlagen oder vereinbart</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Zwischenmenschlich</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Diskursiv</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ideenbezogen</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Noch nicht untersucht: %1 · nur auf die Regel gestützt: %2 · nur oberflächlich umformuliert: %3 · mit Lücke: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Frühere Fassungen: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>Von (vertreten): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>Zu (vereinbart): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>Zu (vorgeschlagen): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>keine Gründe</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Hinweise: keine</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Noch nicht untersucht</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Stützt sich nur auf die Regel selbst</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Umformuliert, aber die Gründe sind dieselben geblieben</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Vorgeschlagene Gründe werden noch nicht vertreten</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Wer in welcher Dimension Gründe nennt (Anzahl der Gründe):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(keine Rolle angegeben)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Noch keine Gründe erfasst.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Sitzungen und Beschlüsse</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 anwesend</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Nächste Überprüfung: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
