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
</context>
</TS>
