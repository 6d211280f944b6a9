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
<context>
    <name>About</name>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is saved, after every change, in:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ihre Daten&lt;/b&gt; werden nach jeder Änderung gespeichert in:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>About normlab</source>
        <translation>Über normlab</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Record the norms of your practice, the reasons people give for them, and how those reasons move; then print the ground rules you agreed.</source>
        <translation>Halten Sie die Normen Ihrer Praxis fest, die Begründungen, die Menschen dafür geben, und wie sich diese Begründungen verändern; drucken Sie dann die vereinbarten Grundregeln.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Going back to a backup first backs up what the database holds now.</source>
        <translation>Vor der Rückkehr zu einer Sicherung wird gesichert, was die Datenbank jetzt enthält.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>a column heading</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>No backups yet. normlab makes one each time the window starts.</source>
        <translation>Noch keine Sicherungen. normlab legt bei jedem Start des Fensters eine an.</translation>
    </message>
    <message>
        <source>Norms</source>
        <comment>a column heading</comment>
        <translation>Normen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Put the database back as it was on %1 (%2 teams, %3 norms)? What it holds now is backed up first.</source>
        <translation>Die Datenbank auf den Stand vom %1 zurücksetzen (%2 Teams, %3 Normen)? Der jetzige Inhalt wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column heading</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a column heading</comment>
        <translation>Teams</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A new wording that still rests on the old reason is usually absorbed into the old practice.</source>
        <translation>Eine neue Formulierung, die noch auf der alten Begründung beruht, wird meist von der alten Praxis aufgesogen.</translation>
    </message>
    <message>
        <source>Everything this norm rests on is “it's the rule”; a norm like that tends to stay as it is.</source>
        <translation>Alles, worauf diese Norm beruht, ist „das ist halt die Regel“; eine solche Norm bleibt meist, wie sie ist.</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>wie wir miteinander umgehen</translation>
    </message>
    <message>
        <source>In a classroom</source>
        <translation>Im Klassenzimmer</translation>
    </message>
    <message>
        <source>learning from ideas</source>
        <translation>von Ideen lernen</translation>
    </message>
    <message>
        <source>Listen to others: “Be quiet when someone is speaking, it's good behaviour.”</source>
        <translation>Anderen zuhören: „Sei still, wenn jemand spricht, das gehört sich so.“</translation>
    </message>
    <message>
        <source>Listen to others: “So we can discuss many ideas and viewpoints.”</source>
        <translation>Anderen zuhören: „Damit wir viele Ideen und Sichtweisen besprechen können.“</translation>
    </message>
    <message>
        <source>Listen to others: “So we can learn from other people's perspectives.”</source>
        <translation>Anderen zuhören: „Damit wir aus den Sichtweisen anderer lernen können.“</translation>
    </message>
    <message>
        <source>Listen to others: “They listened to you, so you listen to them.”</source>
        <translation>Anderen zuhören: „Sie haben dir zugehört, also hörst du ihnen zu.“</translation>
    </message>
    <message>
        <source>Nobody has said yet why this norm matters: ask for the reasons people give.</source>
        <translation>Noch hat niemand gesagt, warum diese Norm wichtig ist: Fragen Sie nach den Begründungen.</translation>
    </message>
    <message>
        <source>On a ward</source>
        <translation>Auf Station</translation>
    </message>
    <message>
        <source>One surface norm can rest on several reasons at once. Sort each reason people give into the dimension it justifies the norm by (Hofmann &amp; Ruthven, 2018).</source>
        <translation>Eine Norm kann zugleich auf mehreren Begründungen beruhen. Ordnen Sie jede Begründung, die genannt wird, der Dimension zu, mit der sie die Norm rechtfertigt (Hofmann &amp; Ruthven, 2018).</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “Don't undermine the nurse's workload; agree a time first.”</source>
        <translation>Ultraschall nur bei klinischer Indikation: „Bring die Arbeitsplanung der Pflege nicht durcheinander; sprich vorher eine Zeit ab.“</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So the team can compare readings and discuss the findings.”</source>
        <translation>Ultraschall nur bei klinischer Indikation: „Damit das Team Befunde vergleichen und besprechen kann.“</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So trainees build the skill and the unit learns what scanning shows.”</source>
        <translation>Ultraschall nur bei klinischer Indikation: „Damit Assistenzärzte die Fertigkeit aufbauen und die Station lernt, was der Ultraschall zeigt.“</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “That's how we do it here; an echo without need is a waste.”</source>
        <translation>Ultraschall nur bei klinischer Indikation: „So machen wir das hier; ein Echo ohne Anlass ist Verschwendung.“</translation>
    </message>
    <message>
        <source>The four dimensions</source>
        <translation>Die vier Dimensionen</translation>
    </message>
    <message>
        <source>The four dimensions of reasons</source>
        <translation>Die vier Dimensionen der Begründungen</translation>
    </message>
    <message>
        <source>The norm is justified by how we treat each other: fairness, respect, not disturbing or undermining others.</source>
        <translation>Die Norm wird dadurch gerechtfertigt, wie wir miteinander umgehen: Fairness, Respekt, andere nicht stören oder übergehen.</translation>
    </message>
    <message>
        <source>The norm is justified by taking ideas seriously: learning from other people's thinking, reasoning together, building knowledge.</source>
        <translation>Die Norm wird dadurch gerechtfertigt, dass wir Ideen ernst nehmen: vom Denken anderer lernen, gemeinsam argumentieren, Wissen aufbauen.</translation>
    </message>
    <message>
        <source>The norm is justified by the rule itself: good behaviour, what is normal, what is 'wrong'. A frozen behavioural obligation that nobody needs to explain.</source>
        <translation>Die Norm wird durch die Regel selbst gerechtfertigt: gutes Benehmen, was normal ist, was „falsch“ ist. Eine erstarrte Verhaltenspflicht, die niemand erklären muss.</translation>
    </message>
    <message>
        <source>The norm is justified by what makes a discussion work: hearing several ideas, building on them and challenging them.</source>
        <translation>Die Norm wird dadurch gerechtfertigt, was ein Gespräch gelingen lässt: mehrere Ideen hören, auf ihnen aufbauen und sie hinterfragen.</translation>
    </message>
    <message>
        <source>the rule itself</source>
        <translation>die Regel selbst</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet: this is where the work is.</source>
        <translation>Das Team möchte, dass diese Norm auf Begründungen beruht, die noch niemand vertritt: Hier liegt die Arbeit.</translation>
    </message>
    <message>
        <source>what makes discussion work</source>
        <translation>was ein Gespräch gelingen lässt</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 could not be done</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>„%1“ war nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be undone</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>„%1“ konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Add norm %1</source>
        <translation>Norm %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add reason to %1</source>
        <translation>Grund zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Agree %1</source>
        <comment>agree that the norm rests on a reason</comment>
        <translation>Vereinbaren: %1</translation>
    </message>
    <message>
        <source>Clear the review date</source>
        <translation>Überprüfungsdatum entfernen</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Team %1 anlegen</translation>
    </message>
    <message>
        <source>Delete norm %1</source>
        <translation>Norm %1 löschen</translation>
    </message>
    <message>
        <source>Delete reason %1</source>
        <translation>Grund %1 löschen</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Team %1 löschen</translation>
    </message>
    <message>
        <source>Edit reason %1</source>
        <translation>Grund %1 bearbeiten</translation>
    </message>
    <message>
        <source>Mark reason as held</source>
        <translation>Grund als vertreten markieren</translation>
    </message>
    <message>
        <source>Mark reason as proposed</source>
        <translation>Grund als vorgeschlagen markieren</translation>
    </message>
    <message>
        <source>Move norm %1</source>
        <translation>Norm %1 verschieben</translation>
    </message>
    <message>
        <source>Move reason to %1</source>
        <translation>Grund nach %1 verschieben</translation>
    </message>
    <message>
        <source>No longer agree %1</source>
        <translation>Vereinbarung zurücknehmen: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>set a field to nothing</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Put %1 first</source>
        <translation>%1 an die erste Stelle setzen</translation>
    </message>
    <message>
        <source>Rename team to %1</source>
        <translation>Team umbenennen in %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Überprüfen bis %1</translation>
    </message>
    <message>
        <source>Reword norm to %1</source>
        <translation>Norm umformulieren zu %1</translation>
    </message>
    <message>
        <source>Set setting to %1</source>
        <translation>Kontext auf %1 setzen</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Set who it regulates to %1</source>
        <translation>Regelt wen: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Everything up to your last change is saved. If it happens again, restart normlab and tell whoever looks after it what you were doing.</source>
        <translation>Alles bis zu Ihrer letzten Änderung ist gespeichert. Wenn es wieder passiert, starten Sie normlab neu und sagen Sie der zuständigen Person, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <source>normlab hit a problem it did not expect</source>
        <translation>normlab ist auf ein unerwartetes Problem gestoßen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Etwas Unerwartetes ist schiefgegangen</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>Das ließ sich nicht ausführen</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%3 teams of the same names were replaced (Ctrl+Z brings them back).</source>
        <translation>%3 Teams mit denselben Namen wurden ersetzt (Strg+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>%4 norms repeat an earlier one.</source>
        <translation>%4 Normen wiederholen eine frühere.</translation>
    </message>
    <message>
        <source>A team called “%1” already exists.</source>
        <translation>Ein Team namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV-Tabelle (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export all teams as JSON</source>
        <translation>Alle Teams als JSON exportieren</translation>
    </message>
    <message>
        <source>Export norms as CSV</source>
        <translation>Normen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export team as JSON</source>
        <translation>Team als JSON exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import und Export</translation>
    </message>
    <message>
        <source>Import and export are not available in this build.</source>
        <translation>Import und Export sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Import it as “%1”</source>
        <translation>Als „%1“ importieren</translation>
    </message>
    <message>
        <source>Import teams</source>
        <translation>Teams importieren</translation>
    </message>
    <message>
        <source>Import teams from JSON or CSV</source>
        <translation>Teams aus JSON oder CSV importieren</translation>
    </message>
    <message>
        <source>Import them under new names</source>
        <translation>Unter neuen Namen importieren</translation>
    </message>
    <message>
        <source>Imported %1 teams from %2.</source>
        <translation>%1 Teams aus %2 importiert.</translation>
    </message>
    <message>
        <source>Imported one team from %2.</source>
        <translation>Ein Team aus %2 importiert.</translation>
    </message>
    <message>
        <source>normlab database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>normlab-Datenbank (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>normlab JSON (*.json);;All files (*)</source>
        <translation>normlab-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>normlab JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>normlab-JSON oder CSV (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>normlab-Teams</translation>
    </message>
    <message>
        <source>One norm repeats an earlier one.</source>
        <translation>Eine Norm wiederholt eine frühere.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Replace that team</source>
        <translation>Dieses Team ersetzen</translation>
    </message>
    <message>
        <source>Replace those teams</source>
        <translation>Diese Teams ersetzen</translation>
    </message>
    <message>
        <source>Replacing deletes the team now in normlab, with its norms, reasons and history, and puts the one from the file in its place. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Ersetzen löscht das Team, das jetzt in normlab ist, mit seinen Normen, Begründungen und seinem Verlauf, und setzt das aus der Datei an seine Stelle. Bearbeiten ▸ Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>That database could not be opened</source>
        <translation>Diese Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Die Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The team of the same name was replaced (Ctrl+Z brings it back).</source>
        <translation>Das Team mit demselben Namen wurde ersetzt (Strg+Z holt es zurück).</translation>
    </message>
    <message>
        <source>These teams already exist: %1.</source>
        <translation>Diese Teams gibt es schon: %1.</translation>
    </message>
    <message>
        <source>You are still working in the database you had open.</source>
        <translation>Sie arbeiten weiter in der Datenbank, die Sie geöffnet hatten.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: 'operational, interpersonal and ideational'</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day, in Qt's date format (d day, M month, MMM month name, yyyy year)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>a day and a time, in Qt's format (HH hour 0-23, mm minutes)</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source> · in the meeting of %1</source>
        <translation> · in der Besprechung vom %1</translation>
    </message>
    <message>
        <source>AFTER</source>
        <comment>a heading in capitals</comment>
        <translation>NACHHER</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <comment>a heading in capitals</comment>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>changed it</source>
        <comment>a meeting</comment>
        <translation>hat sie geändert</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <comment>a heading in capitals</comment>
        <translation>BESPRECHUNGEN</translation>
    </message>
    <message>
        <source>Meetings that touched this norm</source>
        <translation>Besprechungen, die diese Norm betrafen</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>keine Begründung</translation>
    </message>
    <message>
        <source>No revisions yet</source>
        <translation>Noch keine Revisionen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review-by date</comment>
        <translation>keins</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Überprüfen bis:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Surface-only change</source>
        <translation>Änderung nur an der Oberfläche</translation>
    </message>
    <message>
        <source>The wording changed, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice: name the reason and move it too.</source>
        <translation>Die Formulierung hat sich geändert, aber die Begründungen sind von derselben Art wie vorher. Eine neue Formulierung auf der alten Begründung wird meist von der alten Praxis aufgesogen: Benennen Sie die Begründung und verschieben Sie sie auch.</translation>
    </message>
    <message>
        <source>When you reword this norm (F2), the change is recorded here with its reasons before and after.</source>
        <translation>Wenn Sie diese Norm umformulieren (F2), wird die Änderung hier festgehalten, mit den Begründungen davor und danach.</translation>
    </message>
    <message>
        <source>✓ agreed %1</source>
        <translation>✓ vereinbart %1</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 reasons</source>
        <comment>a lane: 'Operational reasons'</comment>
        <translation>Begründungen: %1</translation>
    </message>
    <message>
        <source>%1 · agreed on %2: the norm rests on it</source>
        <translation>%1 · vereinbart am %2: Die Norm beruht darauf</translation>
    </message>
    <message>
        <source>&amp;Agree: the norm rests on this</source>
        <translation>&amp;Vereinbaren: Die Norm beruht darauf</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>Verschieben &amp;nach</translation>
    </message>
    <message>
        <source>&amp;No longer agreed</source>
        <translation>&amp;Nicht mehr vereinbart</translation>
    </message>
    <message>
        <source>A role, such as pupil, nurse or teacher</source>
        <translation>Eine Rolle, etwa Schülerin, Pflegekraft oder Lehrer</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>the codebook entry of a dimension</comment>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Add a reason…  (%1)</source>
        <translation>Begründung hinzufügen …  (%1)</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>read aloud after a reason the norm rests on</comment>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>Classroom:</source>
        <translation>Klassenzimmer:</translation>
    </message>
    <message>
        <source>Clinical:</source>
        <translation>Klinik:</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter edit · Space held/proposed · A agreed · Alt+1–4 move to lane · Del delete · drag to move</source>
        <translation>Eingabe bearbeiten · Leertaste vertreten/vorgeschlagen · A vereinbart · Alt+1–4 in Spalte verschieben · Entf löschen · ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter for a new line · Esc cancels</source>
        <translation>Eingabe speichert · Umschalt+Eingabe für eine neue Zeile · Esc bricht ab</translation>
    </message>
    <message>
        <source>Make it the &amp;first agreed reason</source>
        <translation>Zur &amp;ersten vereinbarten Begründung machen</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Als &amp;vertreten markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;proposed</source>
        <translation>Als &amp;vorgeschlagen markieren</translation>
    </message>
    <message>
        <source>New %1 reason</source>
        <comment>a field: 'New Operational reason'</comment>
        <translation>Neue Begründung: %1</translation>
    </message>
    <message>
        <source>No discussional reason yet</source>
        <translation>Noch keine diskursive Begründung</translation>
    </message>
    <message>
        <source>No ideational reason yet</source>
        <translation>Noch keine ideenbezogene Begründung</translation>
    </message>
    <message>
        <source>No interpersonal reason yet</source>
        <translation>Noch keine zwischenmenschliche Begründung</translation>
    </message>
    <message>
        <source>No operational reason yet</source>
        <translation>Noch keine operative Begründung</translation>
    </message>
    <message>
        <source>Read the codebook entry for %1 (examples, definition)</source>
        <translation>Den Codebuch-Eintrag zu %1 lesen (Beispiele, Definition)</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>gesagt von %1</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>the key</comment>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>The reason's words</source>
        <translation>Der Wortlaut der Begründung</translation>
    </message>
    <message>
        <source>Type a reason someone gives for the norm, then press Enter</source>
        <translation>Tippen Sie eine Begründung ein, die jemand für die Norm gibt, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Wer es gesagt hat</translation>
    </message>
    <message>
        <source>Who said it? (optional)</source>
        <translation>Wer hat es gesagt? (optional)</translation>
    </message>
    <message>
        <source>✓ Agreed</source>
        <comment>the mark of a reason the norm rests on</comment>
        <translation>✓ Vereinbart</translation>
    </message>
    <message>
        <source>✓ Agreed %1</source>
        <comment>the mark of the first or second agreed reason</comment>
        <translation>✓ Vereinbart %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>A pre-brief for teaching on the unit, and norms of clinical practice that shape what trainees can try, with the reasons each role gives.</source>
        <translation>Ein Pre-Briefing für die Lehre auf Station und Normen der klinischen Praxis, die bestimmen, was Assistenzärzte ausprobieren können, mit den Begründungen jeder Berufsgruppe.</translation>
    </message>
    <message>
        <source>Classroom dialogic talk</source>
        <translation>Dialogisches Gespräch im Klassenzimmer</translation>
    </message>
    <message>
        <source>Coaching working agreements</source>
        <translation>Arbeitsvereinbarungen im Coaching</translation>
    </message>
    <message>
        <source>Ground rules for talk in whole-class and group discussion, with the reasons pupils and teachers give for them today and the reasons a dialogic classroom rests on.</source>
        <translation>Gesprächsregeln für das Unterrichtsgespräch und die Gruppenarbeit, mit den Begründungen, die Schülerinnen, Schüler und Lehrkräfte heute dafür geben, und den Begründungen, auf denen ein dialogischer Unterricht beruht.</translation>
    </message>
    <message>
        <source>ICU teaching session</source>
        <translation>Fortbildung auf der Intensivstation</translation>
    </message>
    <message>
        <source>Working agreements a coach can start a team or a school with, each with the reasons people commonly give and the reasons worth working towards.</source>
        <translation>Arbeitsvereinbarungen, mit denen ein Coach bei einem Team oder einer Schule anfangen kann, jede mit den üblichen Begründungen und den Begründungen, auf die es sich hinzuarbeiten lohnt.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source> min per norm</source>
        <translation> Min. je Norm</translation>
    </message>
    <message>
        <source> · %1 present</source>
        <translation> · %1 anwesend</translation>
    </message>
    <message>
        <source> · due now</source>
        <translation> · jetzt fällig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>norm 3 of 8</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · meeting of %2</source>
        <translation>%1 · Besprechung vom %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a reason and its marks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;0  nobody in particular</source>
        <translation>&amp;0  niemand Bestimmtes</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Tagesordnung:</translation>
    </message>
    <message>
        <source>&amp;Continue that meeting</source>
        <translation>Diese Besprechung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Anwesend:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Show on:</source>
        <translation>Zeigen &amp;auf:</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>Besprechung &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>1–4 or O I S</source>
        <comment>keys on the keyboard</comment>
        <translation>1–4 oder O I S</translation>
    </message>
    <message>
        <source>A</source>
        <comment>keys on the keyboard</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A norm rests on at most %1 agreed reasons: press A on one to take it back.</source>
        <translation>Eine Norm stützt sich auf höchstens %1 vereinbarte Begründungen: A auf einer nimmt sie zurück.</translation>
    </message>
    <message>
        <source>abstain</source>
        <comment>a vote</comment>
        <translation>Enthaltung</translation>
    </message>
    <message>
        <source>add the reason</source>
        <translation>Begründung hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” to the roles present</source>
        <translation>„%1“ zu den anwesenden Rollen hinzufügen</translation>
    </message>
    <message>
        <source>against</source>
        <comment>a vote</comment>
        <translation>dagegen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>agree (at most two)</source>
        <translation>vereinbaren (höchstens zwei)</translation>
    </message>
    <message>
        <source>Alt+1–4</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+1–4</translation>
    </message>
    <message>
        <source>Alt+1…4 dimension · Alt+H held or proposed · Alt+P who said it</source>
        <translation>Alt+1…4 Dimension · Alt+H vertreten oder vorgeschlagen · Alt+P wer es sagte</translation>
    </message>
    <message>
        <source>Alt+H</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+H</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+P</translation>
    </message>
    <message>
        <source>anyone</source>
        <comment>who said a reason: nobody in particular</comment>
        <translation>jemand</translation>
    </message>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>C</source>
        <comment>keys on the keyboard</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Capture a reason</source>
        <translation>Begründung erfassen</translation>
    </message>
    <message>
        <source>consensus check</source>
        <translation>Konsensprüfung</translation>
    </message>
    <message>
        <source>Consensus noted (%1): it is kept with the decision, K, V or X.</source>
        <translation>Konsens notiert (%1): Er wird mit der Entscheidung gespeichert, K, V oder X.</translation>
    </message>
    <message>
        <source>Ctrl++ Ctrl+- Ctrl+0</source>
        <comment>keys on the keyboard</comment>
        <translation>Strg++ Strg+- Strg+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <comment>keys on the keyboard</comment>
        <translation>Strg+W</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>D</source>
        <comment>keys on the keyboard</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>DECIDED (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>ENTSCHIEDEN (%1)</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Entschieden: %1</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>keys on the keyboard</comment>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Entf</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>zur Überprüfung fällig</translation>
    </message>
    <message>
        <source>E</source>
        <comment>keys on the keyboard</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>e.g. teachers, pupils, teaching assistant</source>
        <translation>z. B. Lehrkräfte, Schüler, Schulbegleitung</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>End the meeting and close  (Enter)</source>
        <translation>Besprechung beenden und schließen  (Eingabe)</translation>
    </message>
    <message>
        <source>End the meeting of %1</source>
        <translation>Besprechung vom %1 beenden</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>keys on the keyboard</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Eingabe oder Tab</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>the key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Esc oder Tab</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Faust bis fünf</translation>
    </message>
    <message>
        <source>flagged by a check</source>
        <translation>von einer Prüfung markiert</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a vote</comment>
        <translation>dafür</translation>
    </message>
    <message>
        <source>For · against · abstain</source>
        <translation>Dafür · dagegen · Enthaltung</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Vollbild auf %1 (%2×%3)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>keys on the keyboard</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>held / proposed</source>
        <translation>vertreten / vorgeschlagen</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Wie viele anwesend sind</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s) (%1)</source>
        <translation>
            <numerusform>in %n Monat (%1)</numerusform>
            <numerusform>in %n Monaten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>In einem Fenster</translation>
    </message>
    <message>
        <source>its dimension</source>
        <translation>ihre Dimension</translation>
    </message>
    <message>
        <source>its dimension (I twice: ideational)</source>
        <translation>ihre Dimension (I zweimal: ideenbezogen)</translation>
    </message>
    <message>
        <source>K V X</source>
        <comment>keys on the keyboard</comment>
        <translation>K V X</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>a decision, in capitals</comment>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>undo text</comment>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>keep · revise · retire</source>
        <translation>behalten · überarbeiten · aufheben</translation>
    </message>
    <message>
        <source>KEYS</source>
        <comment>a heading in capitals</comment>
        <translation>TASTEN</translation>
    </message>
    <message>
        <source>Keys of the meeting screen</source>
        <translation>Tasten der Besprechungsansicht</translation>
    </message>
    <message>
        <source>leave (the meeting stays open)</source>
        <translation>verlassen (die Besprechung bleibt offen)</translation>
    </message>
    <message>
        <source>Meeting — %1 — normlab</source>
        <translation>Besprechung — %1 — normlab</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>New wording of the norm</source>
        <translation>Neuer Wortlaut der Norm</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>nächste Überprüfung %1</translation>
    </message>
    <message>
        <source>no agreed reason</source>
        <translation>keine vereinbarte Begründung</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>No reasons yet: Enter, type what someone says, Enter.</source>
        <translation>Noch keine Begründungen: Eingabe, tippen, was jemand sagt, Eingabe.</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>kein Überprüfungsdatum</translation>
    </message>
    <message>
        <source>No roles named yet: give them when you start the meeting (who is present).</source>
        <translation>Noch keine Rollen genannt: Geben Sie sie beim Beginn der Besprechung an (wer anwesend ist).</translation>
    </message>
    <message>
        <source>no time box</source>
        <translation>kein Zeitrahmen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review date</comment>
        <translation>keins</translation>
    </message>
    <message>
        <source>Norm %1 of %2</source>
        <translation>Norm %1 von %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Nothing decided yet.</source>
        <translation>Noch nichts entschieden.</translation>
    </message>
    <message>
        <source>Nothing on the agenda is left open.</source>
        <translation>Nichts auf der Tagesordnung ist offen geblieben.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>or type a day</source>
        <translation>oder einen Tag tippen</translation>
    </message>
    <message>
        <source>other norm</source>
        <translation>andere Norm</translation>
    </message>
    <message>
        <source>P</source>
        <comment>keys on the keyboard</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>pick a reason</source>
        <translation>Begründung wählen</translation>
    </message>
    <message>
        <source>Pick a reason first: ↑ and ↓ walk through them.</source>
        <translation>Zuerst eine Begründung wählen: ↑ und ↓ gehen sie durch.</translation>
    </message>
    <message>
        <source>Print the agreed ground rules…  (P)</source>
        <translation>Vereinbarte Grundregeln drucken …  (P)</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>a norm's status</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>R</source>
        <comment>keys on the keyboard</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <source>restart the time box</source>
        <translation>Zeitrahmen neu starten</translation>
    </message>
    <message>
        <source>RETIRE</source>
        <comment>a decision, in capitals</comment>
        <translation>AUFHEBEN</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <comment>undo text</comment>
        <translation>%1 aufheben</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>überprüfen bis</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Überprüfen bis %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>überprüfen bis %1</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Überprüfen bis:</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>REVISE</source>
        <comment>a decision, in capitals</comment>
        <translation>ÜBERARBEITEN</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <comment>undo text</comment>
        <translation>%1 überarbeiten</translation>
    </message>
    <message>
        <source>reword the norm</source>
        <translation>Norm umformulieren</translation>
    </message>
    <message>
        <source>Roles present</source>
        <translation>Anwesende Rollen</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>Bildschirm %1</translation>
    </message>
    <message>
        <source>selected, %1</source>
        <translation>ausgewählt, %1</translation>
    </message>
    <message>
        <source>Space adds or drops the norm · Alt+↑ / Alt+↓ move it · the meeting takes the ticked ones in this order</source>
        <translation>Leertaste nimmt die Norm auf oder heraus · Alt+↑ / Alt+↓ verschieben · die Besprechung nimmt die angehakten in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Start a meeting — %1</source>
        <translation>Besprechung beginnen — %1</translation>
    </message>
    <message>
        <source>STILL OPEN (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>NOCH OFFEN (%1)</translation>
    </message>
    <message>
        <source>stop typing</source>
        <translation>Tippen beenden</translation>
    </message>
    <message>
        <source>summary and end</source>
        <translation>Zusammenfassung und Ende</translation>
    </message>
    <message>
        <source>T</source>
        <comment>keys on the keyboard</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Tab next · Enter save · Alt+K other kind · Esc back</source>
        <translation>Tab weiter · Eingabe speichern · Alt+K andere Art · Esc zurück</translation>
    </message>
    <message>
        <source>The meeting could not be started</source>
        <translation>Die Besprechung konnte nicht beginnen</translation>
    </message>
    <message>
        <source>The meeting of %1 was not ended (%2 decided, %3 still open).</source>
        <translation>Die Besprechung vom %1 wurde nicht beendet (%2 entschieden, %3 noch offen).</translation>
    </message>
    <message>
        <source>The norm</source>
        <translation>Die Norm</translation>
    </message>
    <message>
        <source>type a reason</source>
        <translation>Begründung tippen</translation>
    </message>
    <message>
        <source>Type a reason someone gives, then Enter</source>
        <translation>Eine genannte Begründung tippen, dann Eingabe</translation>
    </message>
    <message>
        <source>TYPING</source>
        <comment>a heading in capitals</comment>
        <translation>TIPPEN</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>war „%1“</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Was wir vereinbart haben</translation>
    </message>
    <message>
        <source>Where to show the meeting</source>
        <translation>Wo die Besprechung gezeigt wird</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>wer es sagte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>← Back to the norms  (←)</source>
        <translation>← Zurück zu den Normen  (←)</translation>
    </message>
    <message>
        <source>← → PgUp PgDn</source>
        <comment>keys on the keyboard</comment>
        <translation>← → Bild↑ Bild↓</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <comment>keys on the keyboard</comment>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>⏱ %1 left</source>
        <translation>⏱ noch %1</translation>
    </message>
    <message>
        <source>⏱ Time's up (+%1)</source>
        <translation>⏱ Zeit ist um (+%1)</translation>
    </message>
    <message>
        <source>✓ AGREED</source>
        <translation>✓ VEREINBART</translation>
    </message>
    <message>
        <source>✓ AGREED %1</source>
        <comment>the first or second agreed reason</comment>
        <translation>✓ VEREINBART %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About normlab</source>
        <translation>&amp;Über normlab</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Add norm</source>
        <translation>Norm &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Copy a starter set…</source>
        <translation>Start&amp;paket kopieren …</translation>
    </message>
    <message>
        <source>&amp;Delete norm</source>
        <translation>Norm &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>Team &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Export team as JSON…</source>
        <translation>Team als JSON &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Filter norms</source>
        <translation>Normen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;History of the norm</source>
        <translation>&amp;Verlauf der Norm</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Bes&amp;prechung</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Neues Team …</translation>
    </message>
    <message>
        <source>&amp;Norm</source>
        <translation>&amp;Norm</translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <translation>&amp;Normen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Past meetings</source>
        <translation>&amp;Frühere Besprechungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Print ground rules and tokens…</source>
        <translation>Grundregeln und Karten &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reasons of the norm</source>
        <translation>&amp;Begründungen der Norm</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>Team &amp;umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Umformulieren …</translation>
    </message>
    <message>
        <source>&amp;Start meeting…</source>
        <translation>Besprechung &amp;beginnen …</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Add the teams in a normlab JSON file, or a team from a CSV file</source>
        <translation>Die Teams aus einer normlab-JSON-Datei oder ein Team aus einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Create an empty team</source>
        <translation>Ein leeres Team anlegen</translation>
    </message>
    <message>
        <source>Delete the norm</source>
        <translation>Die Norm löschen</translation>
    </message>
    <message>
        <source>Delete the team</source>
        <translation>Das Team löschen</translation>
    </message>
    <message>
        <source>Dimension &amp;codebook</source>
        <translation>&amp;Codebuch der Dimensionen</translation>
    </message>
    <message>
        <source>Export &amp;all teams as JSON…</source>
        <translation>&amp;Alle Teams als JSON exportieren …</translation>
    </message>
    <message>
        <source>Export team as &amp;CSV…</source>
        <translation>Team als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Give the team another name</source>
        <translation>Dem Team einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Go back to an earlier state of this database</source>
        <translation>Zu einem früheren Stand dieser Datenbank zurückkehren</translation>
    </message>
    <message>
        <source>Go through the norms with the team, full screen</source>
        <translation>Die Normen mit dem Team durchgehen, im Vollbild</translation>
    </message>
    <message>
        <source>Go to the %1 lane</source>
        <translation>Zur Spalte %1</translation>
    </message>
    <message>
        <source>Go to the list of teams</source>
        <translation>Zur Liste der Teams</translation>
    </message>
    <message>
        <source>Go to the table of norms</source>
        <translation>Zur Tabelle der Normen</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <comment>a menu item: 'Lane 1: Operational'</comment>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Language of the window and light or dark</source>
        <translation>Sprache des Fensters, hell oder dunkel</translation>
    </message>
    <message>
        <source>Larger type, for a projector</source>
        <translation>Größere Schrift, für einen Beamer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the norm down in the team's order</source>
        <translation>Die Norm in der Reihenfolge des Teams nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the norm up in the team's order</source>
        <translation>Die Norm in der Reihenfolge des Teams nach oben verschieben</translation>
    </message>
    <message>
        <source>New wording, recorded as a revision</source>
        <translation>Neuer Wortlaut, als Revision festgehalten</translation>
    </message>
    <message>
        <source>Norms and reasons for a spreadsheet</source>
        <translation>Normen und Begründungen für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Posters, sheets, tokens</source>
        <translation>Plakate, Blätter, Karten</translation>
    </message>
    <message>
        <source>Pre-&amp;brief card…</source>
        <translation>&amp;Vorab-Karte …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Review &amp;by…</source>
        <translation>Überprüfen &amp;bis …</translation>
    </message>
    <message>
        <source>Save every team in one file</source>
        <translation>Alle Teams in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save this team, history included</source>
        <translation>Dieses Team speichern, mit Verlauf</translation>
    </message>
    <message>
        <source>Show all norms again</source>
        <translation>Wieder alle Normen zeigen</translation>
    </message>
    <message>
        <source>Show the four lanes</source>
        <translation>Die vier Spalten zeigen</translation>
    </message>
    <message>
        <source>Show the norm's revisions</source>
        <translation>Die Revisionen der Norm zeigen</translation>
    </message>
    <message>
        <source>Show what is stored now</source>
        <translation>Zeigen, was jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Start a new team from a ready-made set</source>
        <translation>Ein neues Team aus einem fertigen Satz beginnen</translation>
    </message>
    <message>
        <source>Team re&amp;port…</source>
        <translation>Team&amp;bericht …</translation>
    </message>
    <message>
        <source>The four dimensions of reasons, with examples</source>
        <translation>Die vier Dimensionen der Begründungen, mit Beispielen</translation>
    </message>
    <message>
        <source>The report to bring to the next meeting</source>
        <translation>Der Bericht für die nächste Besprechung</translation>
    </message>
    <message>
        <source>The team's meetings: who came, what they decided</source>
        <translation>Die Besprechungen des Teams: wer kam, was beschlossen wurde</translation>
    </message>
    <message>
        <source>The team's pre-brief statement and its card for a session</source>
        <translation>Die Vorab-Erklärung des Teams und ihre Karte für eine Sitzung</translation>
    </message>
    <message>
        <source>Type a new norm</source>
        <translation>Eine neue Norm eingeben</translation>
    </message>
    <message>
        <source>Type at its normal size</source>
        <translation>Schrift in normaler Größe</translation>
    </message>
    <message>
        <source>Type to filter the norms</source>
        <translation>Tippen, um die Normen zu filtern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>When the team means to look at the norm again</source>
        <translation>Wann das Team die Norm wieder ansehen will</translation>
    </message>
    <message>
        <source>Work in another file</source>
        <translation>In einer anderen Datei arbeiten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
</context>
<context>
    <name>NormDetail</name>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>&amp;Für wen gilt sie?</translation>
    </message>
    <message>
        <source>Current, proposed or retired</source>
        <translation>Gültig, vorgeschlagen oder außer Kraft</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this norm with its reasons and history (Del; can be undone)</source>
        <translation>Diese Norm mit ihren Begründungen und ihrem Verlauf löschen (Entf; lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <comment>a button: due for review since a day</comment>
        <translation>Fällig seit %1</translation>
    </message>
    <message>
        <source>e.g. pupils, trainees</source>
        <translation>z. B. Schüler, Auszubildende</translation>
    </message>
    <message>
        <source>Give the norm new wording and record the change as a revision (F2)</source>
        <translation>Der Norm eine neue Formulierung geben und die Änderung als Revision festhalten (F2)</translation>
    </message>
    <message>
        <source>History</source>
        <comment>a tab</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <comment>a tab, with the number of revisions</comment>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a tab</comment>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <comment>a button</comment>
        <translation>Überprüfen bis %1</translation>
    </message>
    <message>
        <source>Review by…</source>
        <translation>Überprüfen bis …</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Umformulieren …</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>&amp;Kontext</translation>
    </message>
    <message>
        <source>Select a norm to see its reasons</source>
        <translation>Wählen Sie eine Norm, um ihre Begründungen zu sehen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The norm's reasons and history</source>
        <translation>Begründungen und Verlauf der Norm</translation>
    </message>
    <message>
        <source>The norm's wording</source>
        <translation>Der Wortlaut der Norm</translation>
    </message>
    <message>
        <source>The reasons people give for a norm are sorted into four lanes: operational, interpersonal, discussional and ideational.</source>
        <translation>Die Begründungen für eine Norm werden in vier Spalten sortiert: operativ, zwischenmenschlich, diskursiv und ideenbezogen.</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Warnung: %1. %2</translation>
    </message>
    <message>
        <source>When the team means to look at this norm again (Ctrl+D)</source>
        <translation>Wann das Team sich diese Norm wieder ansehen will (Strg+D)</translation>
    </message>
    <message>
        <source>where or when it applies</source>
        <translation>wo oder wann sie gilt</translation>
    </message>
    <message>
        <source>Where or when the norm applies: pick one the team uses or type a new one</source>
        <translation>Wo oder wann die Norm gilt: einen vorhandenen Kontext wählen oder einen neuen eintippen</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen gilt sie?</translation>
    </message>
    <message>
        <source>Whose behaviour the norm is about</source>
        <translation>Um wessen Verhalten es in der Norm geht</translation>
    </message>
</context>
<context>
    <name>NormOps</name>
    <message numerus="yes">
        <source>A norm rests on at most %n agreed reason(s): press A on one of them to take it back.</source>
        <translation>
            <numerusform>Eine Norm beruht auf höchstens %n vereinbarten Begründung: Drücken Sie A darauf, um sie zurückzunehmen.</numerusform>
            <numerusform>Eine Norm beruht auf höchstens %n vereinbarten Begründungen: Drücken Sie A auf einer davon, um sie zurückzunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Norm deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Norm gelöscht. Mit Strg+Z holen Sie sie zurück.</translation>
    </message>
</context>
<context>
    <name>NormPane</name>
    <message>
        <source> Needs attention</source>
        <translation> Mit Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln zur Überprüfung fällig</numerusform>
            <numerusform>%Ln zur Überprüfung fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <comment>norms that pass the filter</comment>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>A team is a group that owns norms, such as “Maths department” or “ICU teaching”.</source>
        <translation>Ein Team ist eine Gruppe mit eigenen Normen, etwa „Fachschaft Mathematik“ oder „Lehre Intensivstation“.</translation>
    </message>
    <message>
        <source>Add a norm</source>
        <translation>Norm hinzufügen</translation>
    </message>
    <message>
        <source>Add a norm…  (%1)</source>
        <translation>Norm hinzufügen …  (%1)</translation>
    </message>
    <message>
        <source>Add norm</source>
        <translation>Norm hinzufügen</translation>
    </message>
    <message>
        <source>Add the norm typed beside it</source>
        <translation>Die daneben eingetippte Norm hinzufügen</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Jeder Kontext</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Startpaket kopieren …</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Team anlegen …</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a filter button: norms due for review</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Überprüfung fällig</translation>
    </message>
    <message>
        <source>Enter goes to the norm's reasons; Alt+Up and Alt+Down move it; F2 rewords it</source>
        <translation>Eingabe springt zu den Begründungen der Norm; Alt+Pfeil hoch und Alt+Pfeil runter verschieben sie; F2 formuliert sie um</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Nach Dimension filtern</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Nach Kontext filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by wording or reason…  (%1)</source>
        <translation>Nach Wortlaut oder Begründung filtern …  (%1)</translation>
    </message>
    <message>
        <source>Filter norms</source>
        <translation>Normen filtern</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Mit Hinweis</translation>
    </message>
    <message>
        <source>New norm</source>
        <translation>Neue Norm</translation>
    </message>
    <message>
        <source>No norm matches the filter</source>
        <translation>Keine Norm passt zum Filter</translation>
    </message>
    <message>
        <source>No norms yet — add one or copy a starter set</source>
        <translation>Noch keine Normen – fügen Sie eine hinzu oder kopieren Sie ein Startpaket</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>Show only norms that apply in this setting</source>
        <translation>Nur Normen zeigen, die in diesem Kontext gelten</translation>
    </message>
    <message>
        <source>Show only norms with a reason in this dimension</source>
        <translation>Nur Normen mit einer Begründung in dieser Dimension zeigen</translation>
    </message>
    <message>
        <source>Show only norms with a warning from the checks</source>
        <translation>Nur Normen mit einer Warnung der Prüfungen zeigen</translation>
    </message>
    <message>
        <source>Show only norms with this status</source>
        <translation>Nur Normen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Show only the norms due for review: their review-by date has come</source>
        <translation>Nur die zur Überprüfung fälligen Normen zeigen: Ihr Überprüfungsdatum ist erreicht</translation>
    </message>
    <message>
        <source>Shows the norms whose words or reasons hold what you type</source>
        <translation>Zeigt die Normen, in deren Wortlaut oder Begründungen vorkommt, was Sie eintippen</translation>
    </message>
    <message>
        <source>Type a norm your team lives by in the field above, such as “Listen to others”, and press Enter.</source>
        <translation>Tippen Sie oben eine Norm ein, nach der Ihr Team lebt, etwa „Anderen zuhören“, und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Type the norm as people say it, then press Enter</source>
        <translation>Tippen Sie die Norm so ein, wie man sie sagt, und drücken Sie die Eingabetaste</translation>
    </message>
</context>
<context>
    <name>NormTable</name>
    <message>
        <source>%1; proposed: %2</source>
        <comment>dimensions held; dimensions only proposed</comment>
        <translation>%1; vorgeschlagen: %2</translation>
    </message>
    <message>
        <source>Dimensions of the reasons: filled for held, outlined for proposed only</source>
        <translation>Dimensionen der Begründungen: gefüllt für vertretene, umrandet für nur vorgeschlagene</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>due for review since a day</comment>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>noch keine Begründung</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>Norm</source>
        <comment>a column heading</comment>
        <translation>Norm</translation>
    </message>
    <message>
        <source>proposed: %1</source>
        <comment>dimensions only proposed</comment>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a column heading</comment>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>Review by</source>
        <comment>a column heading</comment>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Review by %1: due for review</source>
        <translation>Überprüfen bis %1: zur Überprüfung fällig</translation>
    </message>
    <message>
        <source>Review by %1: not due yet</source>
        <translation>Überprüfen bis %1: noch nicht fällig</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>a column heading</comment>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column heading</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>The day by which the team means to look at the norm again; from then on it is due</source>
        <translation>Der Tag, bis zu dem das Team sich die Norm wieder ansehen will; ab dann ist sie fällig</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings from the checks: hover a marker to read it</source>
        <translation>Warnungen der Prüfungen: Zeigen Sie auf ein Zeichen, um sie zu lesen</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Light or dark colours; the system's high-contrast mode is always followed</source>
        <translation>Helle oder dunkle Farben; dem Hochkontrastmodus des Systems wird immer gefolgt</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>Die Sprache von Menüs, Schaltflächen und Meldungen</translation>
    </message>
    <message>
        <source>The window speaks the new language when normlab starts again.</source>
        <translation>Das Fenster spricht die neue Sprache, wenn normlab neu startet.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a setting and its number of rules</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (printing still works):</source>
        <translation>%1 (Drucken geht trotzdem):</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>%1-Karte</translation>
    </message>
    <message numerus="yes">
        <source>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.</source>
        <translation>
            <numerusform>%1 passen auf eine Seite (%2 auf die erste, neben die Druckhinweise): %n Blatt Karton, %3.</numerusform>
            <numerusform>%1 passen auf eine Seite (%2 auf die erste, neben die Druckhinweise): %n Blatt Karton, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has characters no font on this computer can print: %2; %3, or remove them</source>
        <translation>%1 enthält Zeichen, die keine Schrift auf diesem Computer drucken kann: %2; %3, oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>%1 millimetre punch</source>
        <translation>%1-Millimeter-Stanzer</translation>
    </message>
    <message>
        <source>%1 mm: a common circle punch size</source>
        <translation>%1 mm: eine übliche Kreisstanzer-Größe</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 von %2 angehakt</translation>
    </message>
    <message>
        <source>%1 of each of %2 response kinds</source>
        <translation>%1 von jeder der %2 Antwortarten</translation>
    </message>
    <message>
        <source>%1 sets, %2 tokens a page</source>
        <translation>%1 Sätze, %2 Karten pro Seite</translation>
    </message>
    <message>
        <source>%1 talk</source>
        <comment>talk tokens per person</comment>
        <translation>%1 Reden</translation>
    </message>
    <message>
        <source>%1 tokens: %2 sets of %3 (%4).</source>
        <translation>%1 Karten: %2 Sätze zu %3 (%4).</translation>
    </message>
    <message>
        <source>%1 with their agreed reasons: %2</source>
        <translation>%1 mit ihren vereinbarten Begründungen: %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rule(s)</source>
        <translation>
            <numerusform>%1, %n Regel</numerusform>
            <numerusform>%1, %n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Besprechung</numerusform>
            <numerusform>%n Besprechungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, one set each</source>
        <translation>
            <numerusform>%n Name aus %1, je ein Satz</numerusform>
            <numerusform>%n Namen aus %1, je ein Satz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s)</source>
        <translation>
            <numerusform>%n Norm</numerusform>
            <numerusform>%n Normen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3</source>
        <translation>
            <numerusform>%n Seite · %1 %2 · %3</numerusform>
            <numerusform>%n Seiten · %1 %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3, %4</source>
        <translation>
            <numerusform>%n Seite · %1 %2 · %3, %4</numerusform>
            <numerusform>%n Seiten · %1 %2 · %3, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 (%2) · %3</source>
        <translation>
            <numerusform>%n Seite · %1 (%2) · %3</numerusform>
            <numerusform>%n Seiten · %1 (%2) · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the rules to print (tick, and drag or move to reorder)</source>
        <translation>Zu druckende Regeln &amp;wählen (anhaken; ziehen oder verschieben zum Umordnen)</translation>
    </message>
    <message>
        <source>&amp;Diameter:</source>
        <translation>&amp;Durchmesser:</translation>
    </message>
    <message>
        <source>&amp;Ground rules</source>
        <translation>&amp;Grundregeln</translation>
    </message>
    <message>
        <source>&amp;Keep for this team</source>
        <translation>Für dieses Team &amp;bewahren</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Use normlab's wording</source>
        <translation>Formulierung von normlab &amp;verwenden</translation>
    </message>
    <message>
        <source>, fronts and backs</source>
        <translation>, Vorder- und Rückseiten</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>16:9-Folie</translation>
    </message>
    <message>
        <source>16:9 slide, to project</source>
        <translation>16:9-Folie, zum Projizieren</translation>
    </message>
    <message>
        <source>a decision of %1</source>
        <translation>eine Entscheidung vom %1</translation>
    </message>
    <message>
        <source>a reason of “%1”</source>
        <translation>eine Begründung von „%1“</translation>
    </message>
    <message>
        <source>A small label on each rule naming the dimension of its because-line</source>
        <translation>Ein kleines Etikett an jeder Regel mit der Dimension ihrer Weil-Zeile</translation>
    </message>
    <message>
        <source>A text file with one name per line: a set per name, named on every token</source>
        <translation>Eine Textdatei mit einem Namen pro Zeile: ein Satz je Name, der Name auf jeder Karte</translation>
    </message>
    <message>
        <source>a voice of “%1”</source>
        <translation>eine Stimme zu „%1“</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4-Seite</translation>
    </message>
    <message>
        <source>A5 card</source>
        <translation>A5-Karte</translation>
    </message>
    <message>
        <source>A6 card, for a pocket</source>
        <translation>A6-Karte, für die Tasche</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>a reason</comment>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>an earlier wording of “%1”</source>
        <translation>ein früherer Wortlaut von „%1“</translation>
    </message>
    <message>
        <source>As agreed: %1</source>
        <translation>Wie vereinbart: %1</translation>
    </message>
    <message>
        <source>Attr&amp;ibution:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Backs: our ground rules, in turn</source>
        <translation>Rückseiten: unsere Grundregeln, der Reihe nach</translation>
    </message>
    <message>
        <source>Backs: the kind of token</source>
        <translation>Rückseiten: die Kartenart</translation>
    </message>
    <message>
        <source>Because-&amp;word:</source>
        <translation>&amp;Weil-Wort:</translation>
    </message>
    <message>
        <source>Because-line for t&amp;his rule:</source>
        <translation>Weil-Zeile für &amp;diese Regel:</translation>
    </message>
    <message>
        <source>because-line: %1</source>
        <translation>Weil-Zeile: %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Vor dem Drucken</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>Check the printer, then try Print… again.</source>
        <translation>Prüfen Sie den Drucker und versuchen Sie dann erneut Drucken ….</translation>
    </message>
    <message>
        <source>Checks on the rules to print</source>
        <translation>Prüfungen der zu druckenden Regeln</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file, one name a line.</source>
        <translation>Wählen Sie eine UTF-8-Textdatei mit einem Namen pro Zeile.</translation>
    </message>
    <message>
        <source>Choose the colour of %1</source>
        <translation>Farbe für %1 wählen</translation>
    </message>
    <message>
        <source>Class l&amp;ist…</source>
        <translation>Klassen&amp;liste …</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Klassenliste</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe für %1</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Datum des Berichts</translation>
    </message>
    <message>
        <source>Date to print</source>
        <translation>Zu druckendes Datum</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Di&amp;mension badges</source>
        <translation>Di&amp;mensions-Abzeichen</translation>
    </message>
    <message>
        <source>double-sided</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <source>Double-sided: print ba&amp;cks</source>
        <translation>Beidseitig: &amp;Rückseiten drucken</translation>
    </message>
    <message>
        <source>Duplex edge</source>
        <translation>Wendekante</translation>
    </message>
    <message>
        <source>Eac&amp;h response kind:</source>
        <translation>&amp;Jede Antwortart:</translation>
    </message>
    <message>
        <source>Each front page is followed by its back, placed so each back lands behind its front</source>
        <translation>Auf jede Vorderseite folgt ihre Rückseite, so gelegt, dass jede Rückseite hinter ihrer Vorderseite landet</translation>
    </message>
    <message>
        <source>Empty for a line to write it on</source>
        <translation>Leer für eine Linie zum Hineinschreiben</translation>
    </message>
    <message>
        <source>Every current rule (%1)</source>
        <translation>Alle gültigen Regeln (%1)</translation>
    </message>
    <message>
        <source>Forget the class list</source>
        <translation>Klassenliste vergessen</translation>
    </message>
    <message>
        <source>Grid: rows with cut lines (guillotine, punch)</source>
        <translation>Raster: Reihen mit Schnittlinien (Schneidemaschine, Stanzer)</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Ground rules poster</source>
        <translation>Grundregeln-Plakat</translation>
    </message>
    <message>
        <source>Hex: the most per page (scissors)</source>
        <translation>Wabe: die meisten pro Seite (Schere)</translation>
    </message>
    <message>
        <source>How the sheet turns over</source>
        <translation>Wie das Blatt gewendet wird</translation>
    </message>
    <message>
        <source>Keep these words for the team's next cards (Edit ▸ Undo in the main window)</source>
        <translation>Diese Worte für die nächsten Karten des Teams bewahren (Bearbeiten ▸ Rückgängig im Hauptfenster)</translation>
    </message>
    <message>
        <source>Kept for this team: its next cards start with it.</source>
        <translation>Für dieses Team bewahrt: Seine nächsten Karten beginnen damit.</translation>
    </message>
    <message>
        <source>Kept the pre-brief statement for “%1”.</source>
        <translation>Die Vorab-Erklärung für „%1“ wurde bewahrt.</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <source>Labels and c&amp;olours</source>
        <translation>Beschriftungen und &amp;Farben</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>quer</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>Sprach&amp;e:</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Lines at the end where the team signs the agreement</source>
        <translation>Linien am Ende, auf denen das Team die Vereinbarung unterschreibt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>No because-line</source>
        <translation>Keine Weil-Zeile</translation>
    </message>
    <message>
        <source>no because-line</source>
        <translation>keine Weil-Zeile</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>No preview until the problem above is put right.</source>
        <translation>Keine Vorschau, bis das Problem oben behoben ist.</translation>
    </message>
    <message>
        <source>No rules: the card keeps room for the session's objectives.</source>
        <translation>Keine Regeln: Die Karte lässt Platz für die Ziele der Sitzung.</translation>
    </message>
    <message>
        <source>No tokens chosen.</source>
        <translation>Keine Karten gewählt.</translation>
    </message>
    <message>
        <source>normlab's own wording prints (in grey). Type or paste your team's own to keep it.</source>
        <translation>Die Formulierung von normlab wird gedruckt (grau). Tippen oder fügen Sie die Ihres Teams ein, um sie zu bewahren.</translation>
    </message>
    <message>
        <source>Not kept: someone else changed this team's statement meanwhile. Yours still prints here; Keep for this team replaces theirs.</source>
        <translation>Nicht bewahrt: Jemand anderes hat die Erklärung des Teams inzwischen geändert. Ihre wird hier trotzdem gedruckt; „Für dieses Team bewahren“ ersetzt die andere.</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Es wurde nichts gedruckt</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or name.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder Namen.</translation>
    </message>
    <message>
        <source>One objective a line; empty for lines to write on</source>
        <translation>Ein Ziel pro Zeile; leer für Linien zum Beschreiben</translation>
    </message>
    <message>
        <source>one per page</source>
        <comment>a layout</comment>
        <translation>eine pro Seite</translation>
    </message>
    <message>
        <source>One rule per page: a washing line</source>
        <translation>Eine Regel pro Seite: eine Wäscheleine</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>einseitig</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>P&amp;ersonen:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Pause &amp;word:</source>
        <translation>Pause&amp;nwort:</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>poster</source>
        <comment>a layout</comment>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>Poster: read across the room, over more pages</source>
        <translation>Plakat: quer durch den Raum lesbar, über mehrere Seiten</translation>
    </message>
    <message>
        <source>Pre-&amp;brief</source>
        <translation>&amp;Vorab-Karte</translation>
    </message>
    <message>
        <source>Pre-brief</source>
        <translation>Vorab-Karte</translation>
    </message>
    <message>
        <source>Pre-brief slide</source>
        <translation>Vorab-Folie</translation>
    </message>
    <message>
        <source>Pre-brief statement</source>
        <translation>Vorab-Erklärung</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Vorschau des PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print centre — %1</source>
        <translation>Druckzentrum — %1</translation>
    </message>
    <message>
        <source>Print this kind of response token</source>
        <translation>Diese Art Antwortkarte drucken</translation>
    </message>
    <message>
        <source>Print “%1” tokens</source>
        <translation>„%1“-Karten drucken</translation>
    </message>
    <message>
        <source>Printed in bold before each because-line; empty for the printed language's own word</source>
        <translation>Fett vor jede Weil-Zeile gedruckt; leer für das Wort der Drucksprache</translation>
    </message>
    <message>
        <source>Printed under the statement, for a standard text such as a simulation centre's Basic Assumption</source>
        <translation>Unter der Erklärung gedruckt, für einen Standardtext wie die Basic Assumption eines Simulationszentrums</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its long edge</source>
        <translation>Drucker wendet das Blatt an der langen Kante</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its short edge</source>
        <translation>Drucker wendet das Blatt an der kurzen Kante</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Prints as typed; kept for the team when you leave the field, or with Keep.</source>
        <translation>Wird wie getippt gedruckt; für das Team bewahrt, wenn Sie das Feld verlassen, oder mit „Bewahren“.</translation>
    </message>
    <message>
        <source>punch:</source>
        <translation>Stanzer:</translation>
    </message>
    <message>
        <source>Reset to de&amp;faults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Responses (each person gets each kind)</source>
        <translation>Antworten (jede Person bekommt jede Art)</translation>
    </message>
    <message>
        <source>retired · %1</source>
        <translation>aufgehoben · %1</translation>
    </message>
    <message>
        <source>rule %1 “%2”</source>
        <translation>Regel %1 „%2“</translation>
    </message>
    <message>
        <source>Rules to print</source>
        <translation>Zu druckende Regeln</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Seiten werden an den Drucker gesendet …</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite an %1 gesendet.</numerusform>
            <numerusform>%n Seiten an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setti&amp;ng:</source>
        <translation>Konte&amp;xt:</translation>
    </message>
    <message>
        <source>sheet</source>
        <comment>a layout</comment>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Sheet: up to 20 rules, to hand out</source>
        <translation>Blatt: bis zu 20 Regeln, zum Austeilen</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>&amp;Datum zeigen</translation>
    </message>
    <message>
        <source>Show the team &amp;name</source>
        <translation>Team&amp;namen zeigen</translation>
    </message>
    <message>
        <source>Space ticks or unticks a rule; Alt+Up and Alt+Down move it</source>
        <translation>Leertaste hakt eine Regel an oder ab; Alt+Auf und Alt+Ab verschieben sie</translation>
    </message>
    <message>
        <source>Stat&amp;ement:</source>
        <translation>&amp;Erklärung:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Strip &amp;for the team's signatures</source>
        <translation>Leiste &amp;für die Unterschriften des Teams</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Tal&amp;k tokens each:</source>
        <translation>Rede&amp;karten je Person:</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Team &amp;name on the backs</source>
        <translation>Team&amp;name auf den Rückseiten</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Teambericht</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>die Quellenangabe</translation>
    </message>
    <message>
        <source>the back of a token</source>
        <translation>die Rückseite einer Karte</translation>
    </message>
    <message>
        <source>the because-line of “%1”</source>
        <translation>die Weil-Zeile von „%1“</translation>
    </message>
    <message>
        <source>the because-word</source>
        <translation>das Weil-Wort</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>Die Klassenliste wurde nicht gelesen</translation>
    </message>
    <message>
        <source>The language of the report's headings, dates and page numbers</source>
        <translation>Die Sprache der Überschriften, Daten und Seitenzahlen des Berichts</translation>
    </message>
    <message>
        <source>The language of the title, “because”, dates, page numbers and token kinds</source>
        <translation>Die Sprache von Titel, „weil“, Daten, Seitenzahlen und Kartenarten</translation>
    </message>
    <message>
        <source>the name “%1”</source>
        <translation>der Name „%1“</translation>
    </message>
    <message>
        <source>the norm “%1”</source>
        <translation>die Norm „%1“</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>das Ziel „%1“</translation>
    </message>
    <message>
        <source>the pages chosen are not in the document</source>
        <translation>die gewählten Seiten sind nicht im Dokument</translation>
    </message>
    <message>
        <source>the pause word</source>
        <translation>das Pausenwort</translation>
    </message>
    <message>
        <source>the PDF could not be made; this is a fault in normlab, not in your choices</source>
        <translation>das PDF konnte nicht erstellt werden; das ist ein Fehler in normlab, nicht in Ihrer Auswahl</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the pre-brief statement is %1 characters long; it can be at most %2</source>
        <translation>die Vorab-Erklärung ist %1 Zeichen lang; sie darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>The pre-brief statement was not kept</source>
        <translation>Die Vorab-Erklärung wurde nicht bewahrt</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected and try again</source>
        <translation>der Drucker konnte nicht gestartet werden; prüfen Sie die Verbindung und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the rule “%1”</source>
        <translation>die Regel „%1“</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>die Erklärung</translation>
    </message>
    <message>
        <source>the team name</source>
        <translation>der Teamname</translation>
    </message>
    <message>
        <source>The team's pre-brief statement</source>
        <translation>Die Vorab-Erklärung des Teams</translation>
    </message>
    <message>
        <source>The team's profile (reasons held now against those proposed or agreed, per dimension); each norm with its earlier wordings, its reasons from what was held to what is agreed or proposed, the checks that fire and the review-by date; whose reasons fall in which dimension; the meetings and their decisions. Page numbers, and a contents page past three pages.</source>
        <translation>Das Profil des Teams (heute vertretene Begründungen gegenüber vorgeschlagenen oder vereinbarten, je Dimension); jede Norm mit früheren Wortlauten, ihren Begründungen vom Vertretenen zum Vereinbarten oder Vorgeschlagenen, den greifenden Prüfungen und dem Überprüfungsdatum; wessen Begründungen in welche Dimension fallen; die Besprechungen und ihre Entscheidungen. Seitenzahlen und ab drei Seiten ein Inhaltsverzeichnis.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the token label “%1”</source>
        <translation>die Kartenbeschriftung „%1“</translation>
    </message>
    <message>
        <source>The word anyone can say to stop the scenario, at any moment</source>
        <translation>Das Wort, mit dem jede Person das Szenario jederzeit anhalten kann</translation>
    </message>
    <message>
        <source>the “%1” tokens</source>
        <translation>die „%1“-Karten</translation>
    </message>
    <message>
        <source>there is nothing to print yet</source>
        <translation>es gibt noch nichts zu drucken</translation>
    </message>
    <message>
        <source>this team was deleted, so there is nothing to print; close the Print centre</source>
        <translation>dieses Team wurde gelöscht, es gibt also nichts zu drucken; schließen Sie das Druckzentrum</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Kartenbeschriftung</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert …</translation>
    </message>
    <message>
        <source>What everyone hears before the session starts. Empty: normlab's own wording (shown in grey).</source>
        <translation>Was alle vor Beginn der Sitzung hören. Leer: die Formulierung von normlab (grau gezeigt).</translation>
    </message>
    <message>
        <source>What the backs carry</source>
        <translation>Was auf den Rückseiten steht</translation>
    </message>
    <message>
        <source>What you typed still prints here; Keep for this team stores it for the team.</source>
        <translation>Das Getippte wird hier trotzdem gedruckt; „Für dieses Team bewahren“ speichert es für das Team.</translation>
    </message>
    <message>
        <source>Where a pasted text comes from (optional)</source>
        <translation>Woher ein eingefügter Text stammt (optional)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>Whose rules the card lists: one setting's, or every current rule</source>
        <translation>Welche Regeln die Karte nennt: die eines Kontexts oder alle gültigen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Nothing was changed. You can try again, or press Ctrl+Z to step back.</source>
        <translation>Es wurde nichts geändert. Sie können es noch einmal versuchen oder mit Strg+Z einen Schritt zurückgehen.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;No review date</source>
        <translation>&amp;Kein Überprüfungsdatum</translation>
    </message>
    <message>
        <source>&amp;Or on:</source>
        <translation>&amp;Oder am:</translation>
    </message>
    <message>
        <source>A day of your own: type it or pick it from the calendar</source>
        <translation>Ein eigener Tag: eintippen oder im Kalender wählen</translation>
    </message>
    <message numerus="yes">
        <source>In &amp;%n month(s) (%1)</source>
        <translation>
            <numerusform>In &amp;%n Monat (%1)</numerusform>
            <numerusform>In &amp;%n Monaten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Review by the day chosen beside it</source>
        <translation>Bis zu dem daneben gewählten Tag überprüfen</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Set this &amp;date</source>
        <translation>Dieses &amp;Datum setzen</translation>
    </message>
    <message>
        <source>The norm gets no review-by date</source>
        <translation>Die Norm bekommt kein Überprüfungsdatum</translation>
    </message>
    <message>
        <source>The review-by date is this many months from today</source>
        <translation>Das Überprüfungsdatum liegt so viele Monate nach heute</translation>
    </message>
    <message>
        <source>When will the team look at “%1” again? On that day it is due for review.</source>
        <translation>Wann schaut sich das Team „%1“ wieder an? An diesem Tag ist die Überprüfung fällig.</translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>&amp;New wording:</source>
        <translation>&amp;Neue Formulierung:</translation>
    </message>
    <message>
        <source>Enter rewords the norm</source>
        <translation>Eingabetaste formuliert die Norm um</translation>
    </message>
    <message>
        <source>Kept with the revision in the norm's history</source>
        <translation>Wird mit der Revision im Verlauf der Norm gespeichert</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>optional: why it changed, who agreed</source>
        <translation>optional: warum sie sich geändert hat, wer zugestimmt hat</translation>
    </message>
    <message>
        <source>Reword</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Reword norm</source>
        <translation>Norm umformulieren</translation>
    </message>
    <message>
        <source>The change is recorded as a revision, with the reasons as they stand now, so the team can see later whether the reasons moved too.</source>
        <translation>Die Änderung wird als Revision festgehalten, mit den Begründungen, wie sie jetzt sind, damit das Team später sieht, ob sich auch die Begründungen verschoben haben.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>%1 kept</source>
        <comment>norms a meeting decided to keep</comment>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <comment>norms a meeting retired</comment>
        <translation>%1 aufgehoben</translation>
    </message>
    <message>
        <source>%1 to revise</source>
        <comment>norms a meeting decided to revise</comment>
        <translation>%1 zu überarbeiten</translation>
    </message>
    <message>
        <source>(no longer in the team)</source>
        <translation>(nicht mehr im Team)</translation>
    </message>
    <message>
        <source>after:</source>
        <comment>the reasons after a rewording</comment>
        <translation>nachher:</translation>
    </message>
    <message>
        <source>Agreed reasons changed</source>
        <translation>Vereinbarte Begründungen geändert</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>a column heading</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>decided on “%1”</source>
        <translation>entschieden über „%1“</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>a column heading</comment>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Each meeting with who came, what it decided and when the team looks again.</source>
        <translation>Jede Besprechung mit den Anwesenden, ihren Entscheidungen und wann das Team wieder hinschaut.</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>a meeting</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>In a meeting the team goes through its norms one by one on a projector, collects the reasons people give and agrees what each norm rests on.</source>
        <translation>In einer Besprechung geht das Team seine Normen einzeln am Beamer durch, sammelt die genannten Begründungen und vereinbart, worauf jede Norm beruht.</translation>
    </message>
    <message>
        <source>Left open:</source>
        <translation>Offen geblieben:</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Besprechung vom %1</translation>
    </message>
    <message>
        <source>Meetings of the team</source>
        <translation>Besprechungen des Teams</translation>
    </message>
    <message>
        <source>Next review</source>
        <comment>a column heading</comment>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>nächste Überprüfung %1</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Noch keine Besprechungen</translation>
    </message>
    <message>
        <source>Nothing was decided or changed in this meeting.</source>
        <translation>In dieser Besprechung wurde nichts entschieden oder geändert.</translation>
    </message>
    <message>
        <source>open: can be continued</source>
        <translation>offen: kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Reasons before:</source>
        <translation>Begründungen vorher:</translation>
    </message>
    <message>
        <source>Review by %1 (was %2)</source>
        <translation>Überprüfen bis %1 (vorher %2)</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Umformuliert: %1 → %2</translation>
    </message>
    <message>
        <source>Start a meeting…  (Ctrl+M)</source>
        <translation>Besprechung beginnen …  (Strg+M)</translation>
    </message>
    <message>
        <source>Start or continue a meeting…  (Ctrl+M)</source>
        <translation>Besprechung beginnen oder fortsetzen …  (Strg+M)</translation>
    </message>
    <message>
        <source>still open: it can be continued (Ctrl+M)</source>
        <translation>noch offen: kann fortgesetzt werden (Strg+M)</translation>
    </message>
    <message>
        <source>Who came</source>
        <comment>a column heading</comment>
        <translation>Wer kam</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>normlab could not open its database</source>
        <translation>normlab konnte seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StarterSets</name>
    <message>
        <source>%1  ·  %2</source>
        <comment>a starter set's title  ·  its number of norms</comment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <comment>a reason: its dimension · held or proposed: its words</comment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln Norm</numerusform>
            <numerusform>%Ln Normen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add them to this team</source>
        <translation>Zu diesem Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add them to this team, “%1”</source>
        <translation>Zu diesem Team „%1“ &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A new team is made with the chosen norms</source>
        <translation>Ein neues Team wird mit den gewählten Normen angelegt</translation>
    </message>
    <message>
        <source>Choose a set to see its norms beside the list</source>
        <translation>Wählen Sie ein Paket, um seine Normen neben der Liste zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into a new team</source>
        <translation>
            <numerusform>%n Norm in ein neues Team kopieren</numerusform>
            <numerusform>%n Normen in ein neues Team kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into this team</source>
        <translation>
            <numerusform>%n Norm in dieses Team kopieren</numerusform>
            <numerusform>%n Normen in dieses Team kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a starter set</source>
        <translation>Startpaket kopieren</translation>
    </message>
    <message>
        <source>Into a &amp;new team called:</source>
        <translation>In ein &amp;neues Team namens:</translation>
    </message>
    <message>
        <source>Its norms and reasons</source>
        <translation>Seine Normen und Begründungen</translation>
    </message>
    <message>
        <source>New team's name</source>
        <translation>Name des neuen Teams</translation>
    </message>
    <message>
        <source>Norms of the starter set</source>
        <translation>Normen des Startpakets</translation>
    </message>
    <message>
        <source>Ready-made norms with the reasons people commonly give for them. Tick the norms you want; each comes with its reasons.</source>
        <translation>Fertige Normen mit den Begründungen, die man für sie oft hört. Haken Sie die gewünschten Normen an; jede kommt mit ihren Begründungen.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a norm; ticked norms are copied</source>
        <translation>Die Leertaste hakt eine Norm an oder ab; angehakte Normen werden kopiert</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Startpakete</translation>
    </message>
    <message>
        <source>The name of the team the norms are copied into</source>
        <translation>Der Name des Teams, in das die Normen kopiert werden</translation>
    </message>
    <message>
        <source>The norms are added after the norms the team has</source>
        <translation>Die Normen werden nach den vorhandenen Normen des Teams angefügt</translation>
    </message>
</context>
<context>
    <name>TeamOps</name>
    <message numerus="yes">
        <source>Copy %n norm(s) from starter set %1</source>
        <translation>
            <numerusform>%n Norm aus Startpaket %1 kopieren</numerusform>
            <numerusform>%n Normen aus Startpaket %1 kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy starter set %1</source>
        <translation>Startpaket %1 kopieren</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <source>Delete the team %1 with its %2, their reasons and history?

You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Das Team %1 mit seinen %2, deren Begründungen und Verlauf löschen?

Sie holen es mit Bearbeiten ▸ Rückgängig (Strg+Z) zurück.</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Name des neuen Teams:</translation>
    </message>
    <message>
        <source>New name of the team:</source>
        <translation>Neuer Name des Teams:</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Startpakete</translation>
    </message>
    <message>
        <source>The starter library could not be read</source>
        <translation>Die Startpakete konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The starter library is not available in this build.</source>
        <translation>Die Startpakete sind in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message>
        <source>%1 · %2</source>
        <comment>a team's name · its norms</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a team's norms · how many are due</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a team's name, its norms (read aloud)</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 held, %3 proposed</source>
        <translation>%1: %2 vertreten, %3 vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active norm(s)</source>
        <translation>
            <numerusform>%Ln gültige Norm</numerusform>
            <numerusform>%Ln gültige Normen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln zur Überprüfung fällig</numerusform>
            <numerusform>%Ln zur Überprüfung fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln Norm</numerusform>
            <numerusform>%Ln Normen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not examined yet</source>
        <translation>
            <numerusform>%Ln noch nicht untersucht</numerusform>
            <numerusform>%Ln noch nicht untersucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rest(s) only on the rule</source>
        <translation>
            <numerusform>%Ln beruht nur auf der Regel</numerusform>
            <numerusform>%Ln beruhen nur auf der Regel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reworded on the surface only</source>
        <translation>
            <numerusform>%Ln nur an der Oberfläche umformuliert</numerusform>
            <numerusform>%Ln nur an der Oberfläche umformuliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a gap to work on</source>
        <translation>
            <numerusform>%Ln mit einer Lücke zum Bearbeiten</numerusform>
            <numerusform>%Ln mit einer Lücke zum Bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>+  New team</source>
        <translation>+  Neues Team</translation>
    </message>
    <message>
        <source>Choose a team to see its norms (Ctrl+T comes here)</source>
        <translation>Wählen Sie ein Team, um seine Normen zu sehen (Strg+T springt hierher)</translation>
    </message>
    <message>
        <source>Copy a ready-made set of norms and their reasons into this team or a new one</source>
        <translation>Einen fertigen Satz Normen mit ihren Gründen in dieses oder ein neues Team kopieren</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Startpaket kopieren …</translation>
    </message>
    <message>
        <source>Create an empty team (Ctrl+Shift+N)</source>
        <translation>Ein leeres Team anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>held</source>
        <comment>legend of the profile chart</comment>
        <translation>vertreten</translation>
    </message>
    <message>
        <source>How many norms rest on each dimension. A norm counts once in a dimension when at least one of its held (filled bar) or proposed (outlined bar) reasons lies there. Retired norms are left out.</source>
        <translation>Wie viele Normen auf jeder Dimension beruhen. Eine Norm zählt in einer Dimension einmal, wenn mindestens eine ihrer vertretenen (gefüllter Balken) oder vorgeschlagenen (umrandeter Balken) Begründungen dort liegt. Außer Kraft gesetzte Normen zählen nicht.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>Kein Team ausgewählt</translation>
    </message>
    <message>
        <source>No teams yet. Create one below or copy a starter set.</source>
        <translation>Noch keine Teams. Legen Sie unten eines an oder kopieren Sie ein Startpaket.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln norm(s): %1</source>
        <translation>
            <numerusform>Von %Ln Norm: %1</numerusform>
            <numerusform>Von %Ln Normen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>legend of the profile chart</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>TEAM PROFILE</source>
        <comment>a heading in capitals</comment>
        <translation>TEAMPROFIL</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Teamprofil</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <comment>a heading in capitals</comment>
        <translation>TEAMS</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln due</source>
        <comment>after a team's number of norms: how many are due for review</comment>
        <translation>
            <numerusform>· %Ln fällig</numerusform>
            <numerusform>· %Ln fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>%1: someone else changed it first</source>
        <translation>%1: jemand anderes hat es zuerst geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved: the database cannot be reached.</source>
        <translation>
            <numerusform>%n Änderung nicht gespeichert: Die Datenbank ist nicht erreichbar.</numerusform>
            <numerusform>%n Änderungen nicht gespeichert: Die Datenbank ist nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <comment>a tab</comment>
        <translation>&amp;Normen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>a tab: the team's meetings</comment>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Sessions (%1)</source>
        <comment>a tab, with the number of meetings</comment>
        <translation>&amp;Sitzungen (%1)</translation>
    </message>
    <message>
        <source>Every change is saved at once to this database</source>
        <translation>Jede Änderung wird sofort in dieser Datenbank gespeichert</translation>
    </message>
    <message>
        <source>normlab could not save it (see the message before this one).</source>
        <translation>normlab konnte es nicht speichern (siehe die vorige Meldung).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the database cannot be reached; retrying (%n change(s) kept)</source>
        <translation>
            <numerusform>Nicht gespeichert: Die Datenbank ist nicht erreichbar; neuer Versuch läuft (%n Änderung bewahrt)</numerusform>
            <numerusform>Nicht gespeichert: Die Datenbank ist nicht erreichbar; neuer Versuch läuft (%n Änderungen bewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing is not available in this build.</source>
        <translation>Drucken ist in dieser Ausgabe nicht verfügbar.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Cancel keeps the window open, and normlab goes on trying to save them.</source>
        <translation>Trotzdem beenden und sie verlieren? Abbrechen lässt das Fenster offen, und normlab versucht weiter, sie zu speichern.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Ohne Speichern beenden?</translation>
    </message>
    <message>
        <source>Read only · %1</source>
        <translation>Nur lesen · %1</translation>
    </message>
    <message>
        <source>Read only: the disk holding this database is full; changes cannot be saved</source>
        <translation>Nur lesen: Der Datenträger dieser Datenbank ist voll; Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Read only: this database cannot be written here; you can look and print</source>
        <translation>Nur lesen: Diese Datenbank kann hier nicht beschrieben werden; Sie können ansehen und drucken</translation>
    </message>
    <message>
        <source>Saved as you go · %1</source>
        <translation>Wird laufend gespeichert · %1</translation>
    </message>
    <message>
        <source>Showing what is stored now.</source>
        <translation>Es wird gezeigt, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Some of what you typed was not saved</source>
        <translation>Ein Teil des Getippten wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The window now shows what is stored; your edit was not applied.</source>
        <translation>Das Fenster zeigt jetzt, was gespeichert ist; Ihre Änderung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The window stays open so you can copy or re-type it; close again to leave anyway.</source>
        <translation>Das Fenster bleibt offen, damit Sie es kopieren oder neu tippen können; schließen Sie erneut, um trotzdem zu beenden.</translation>
    </message>
    <message>
        <source>Waiting to save · %1</source>
        <translation>Wartet auf Speichern · %1</translation>
    </message>
    <message>
        <source>What you typed is on the clipboard, to paste again: “%1”</source>
        <translation>Das Getippte liegt in der Zwischenablage zum erneuten Einfügen: „%1“</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 dafür, %2 dagegen, %3 Enthaltungen</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>status of a norm</comment>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Disc.</source>
        <comment>short for Discussional, on a small chip</comment>
        <translation>Disk.</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Diskursiv</translation>
    </message>
    <message>
        <source>discussional</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>diskursiv</translation>
    </message>
    <message>
        <source>Every reason this norm rests on is operational ('it's the rule', 'it's good behaviour'). Such a norm tends to stay as it is; look for reasons about people, discussion or ideas.</source>
        <translation>Jede Begründung dieser Norm ist operativ („das ist die Regel“, „das gehört sich so“). Eine solche Norm bleibt meist, wie sie ist; suchen Sie nach Begründungen, die Menschen, das Gespräch oder Ideen betreffen.</translation>
    </message>
    <message>
        <source>fist to five: %1</source>
        <translation>Fist to Five: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>a reason people hold today</comment>
        <translation>Vertreten</translation>
    </message>
    <message>
        <source>Idea.</source>
        <comment>short for Ideational, on a small chip</comment>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ideenbezogen</translation>
    </message>
    <message>
        <source>ideational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>ideenbezogen</translation>
    </message>
    <message>
        <source>Inter.</source>
        <comment>short for Interpersonal, on a small chip</comment>
        <translation>Zwi.</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Zwischenmenschlich</translation>
    </message>
    <message>
        <source>interpersonal</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>zwischenmenschlich</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>nobody</source>
        <comment>fist to five: nobody showed a hand</comment>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Nobody has said why this norm matters. Ask the team for the reasons they give for it.</source>
        <translation>Niemand hat gesagt, warum diese Norm wichtig ist. Fragen Sie das Team nach seinen Begründungen dafür.</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Noch nicht untersucht</translation>
    </message>
    <message>
        <source>not examined yet: nobody has given a reason for it</source>
        <translation>noch nicht geprüft: niemand hat eine Begründung dafür genannt</translation>
    </message>
    <message>
        <source>Oper.</source>
        <comment>short for Operational, on a small chip</comment>
        <translation>Oper.</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>operativ</translation>
    </message>
    <message>
        <source>prints without a reason the team agreed</source>
        <translation>wird ohne eine vom Team vereinbarte Begründung gedruckt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>a reason the team proposes</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>status of a norm</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Vorgeschlagene Begründungen, noch nicht vertreten</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Beruht nur auf der Regel selbst</translation>
    </message>
    <message>
        <source>rests only on the rule itself (“it's the rule”)</source>
        <translation>beruht nur auf der Regel selbst („das ist eben die Regel“)</translation>
    </message>
    <message>
        <source>Retire</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Außer Kraft setzen</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>status of a norm</comment>
        <translation>Außer Kraft</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>reworded, but it still rests on the same kind of reason as before</source>
        <translation>umformuliert, beruht aber noch auf derselben Art Begründung wie vorher</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Umformuliert, aber die Begründungen blieben gleich</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet (%1). This is where the work is.</source>
        <translation>Das Team möchte, dass diese Norm auf Begründungen beruht, die noch niemand vertritt (%1). Hier liegt die Arbeit.</translation>
    </message>
    <message>
        <source>The wording changed from “%1” to “%2”, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice; name and move the reason too.</source>
        <translation>Die Formulierung hat sich von „%1“ zu „%2“ geändert, aber die Begründungen sind von derselben Art wie vorher. Eine neue Formulierung auf der alten Begründung wird meist von der alten Praxis aufgesogen; benennen und verschieben Sie auch die Begründung.</translation>
    </message>
</context>
</TS>
