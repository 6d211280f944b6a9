<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Οι κανόνες μας</translation>
    </message>
    <message>
        <source>because</source>
        <translation>επειδή</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Συμφωνήθηκε στις %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Αναθεώρηση έως %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>σελίδα %1 από %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Υπογραφές</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>Θα ήθελα να πω…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Συμφωνώ με ___ επειδή…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>Διαφωνώ επειδή…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Θα ήθελα να συμπληρώσω την ιδέα του/της ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>Μπορείς να εξηγήσεις…;</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Μιλώ</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Συμφωνώ</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Διαφωνώ</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Συμπληρώνω</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ρωτώ</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Κάρτες λόγου και απάντησης</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Πώς να εκτυπώσετε</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>Εκτύπωση σε πραγματικό μέγεθος (100%), όχι «προσαρμογή στη σελίδα».</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Χρησιμοποιήστε χαρτόνι (160–250 g/m²) για να αντέξουν οι κάρτες.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>Διπλής όψης: γύρισμα στη μεγάλη πλευρά.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>Διπλής όψης: γύρισμα στη μικρή πλευρά.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>Μονής όψης: χωρίς πίσω όψη.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Κόψτε κατά μήκος των γκρι γραμμών ή με κυκλικό περφορατέρ %1 mm.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Αυτή η γραμμή έχει μήκος 50 mm. Αν είναι μικρότερη ή μεγαλύτερη, ο εκτυπωτής άλλαξε την κλίμακα της σελίδας.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Σετ %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>επειδή είναι ο κανόνας</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>πώς φερόμαστε ο ένας στον άλλον</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>για να συζητάμε</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>για να μαθαίνουμε από ιδέες</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Πριν ξεκινήσουμε</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Κανόνες αυτής της συνάντησης</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Λέξη παύσης</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Όλοι εδώ είναι ικανοί και θέλουν να μάθουν. Τα λάθη είναι αναμενόμενα: έτσι μαθαίνουμε. Ό,τι λέγεται εδώ μένει εδώ.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Αναφορά ομάδας: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Κανόνες: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Περιεχόμενα</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Προφίλ ομάδας</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>γκρι: όσα υποστηρίζονται τώρα · χρώμα: προτεινόμενα ή συμφωνημένα</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Λειτουργική</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Διαπροσωπική</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Διαλογική</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ιδεακή</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Δεν έχουν εξεταστεί: %1 · στηρίζονται μόνο στον κανόνα: %2 · αναδιατυπώθηκαν μόνο επιφανειακά: %3 · με κενό: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Κανόνες</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Προηγούμενες διατυπώσεις: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>Από (όσα υποστηρίζονται): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>Προς (συμφωνημένα): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>Προς (προτεινόμενα): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>κανένας λόγος</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Έλεγχοι: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Έλεγχοι: κανένα εύρημα</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Δεν έχει εξεταστεί ακόμη</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Στηρίζεται μόνο στον ίδιο τον κανόνα</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Αναδιατυπώθηκε, αλλά οι λόγοι έμειναν ίδιοι</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Οι προτεινόμενοι λόγοι δεν υποστηρίζονται ακόμη</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Φωνές</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Ποιος δίνει λόγους σε ποια διάσταση (αριθμός λόγων):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(χωρίς ρόλο)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί λόγοι ακόμη.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Συναντήσεις και αποφάσεις</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Δεν έχουν καταγραφεί συναντήσεις ακόμη.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 παρόντες</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Αναθεώρηση</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Κατάργηση</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Επόμενη αναθεώρηση: %1</translation>
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
