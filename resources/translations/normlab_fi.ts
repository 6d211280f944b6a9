<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Yhteiset sääntömme</translation>
    </message>
    <message>
        <source>because</source>
        <translation>koska</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Sovittu %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Tarkistetaan viimeistään %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>sivu %1/%2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>Haluaisin sanoa…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Olen samaa mieltä kuin ___, koska…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>Olen eri mieltä, koska…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Haluan jatkaa ajatusta, jonka esitti ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>Voitko selittää…?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Puhu</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Samaa mieltä</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Eri mieltä</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Kysy</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Puheenvuoro- ja vastausmerkit</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Näin tulostat</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>Tulosta todellisessa koossa (100 %), ei ”sovita sivulle”.</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Käytä kartonkia (160–250 g/m²), niin merkit kestävät.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>Kaksipuolinen: käännä pitkän reunan yli.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>Kaksipuolinen: käännä lyhyen reunan yli.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>Yksipuolinen: ei taustapuolia.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Leikkaa harmaita viivoja pitkin tai lävistä %1 mm:n ympyrälävistimellä.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Tämä viiva on 50 mm pitkä. Jos se on lyhyempi tai pidempi, tulostin skaalasi sivun.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Sarja %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>koska se on sääntö</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>miten kohtelemme toisiamme</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>jotta voimme keskustella</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>jotta opimme ajatuksista</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Ennen kuin aloitamme</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Tämän kerran säännöt</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Taukosana</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Jokainen täällä on osaava ja haluaa oppia. Virheitä saa tehdä: niistä opimme. Se, mitä täällä sanotaan, jää tänne.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Tiimin raportti: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Normit: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Tiimin profiili</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>harmaa: nykyiset · väri: ehdotetut tai sovitut</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Toiminnallinen</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Vuorovaikutuksellinen</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Keskustelullinen</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ajatuksellinen</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Vielä tarkastelematta: %1 · perustuu vain sääntöön: %2 · muotoiltu uudelleen vain pinnalta: %3 · aukko: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normit</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Aiemmat muotoilut: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>Lähtökohta (nykyiset): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>Tavoite (sovitut): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>Tavoite (ehdotetut): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>ei perusteluja</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Huomiot: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Huomiot: ei huomautettavaa</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Vielä tarkastelematta</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Perustuu vain sääntöön itseensä</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Muotoiltu uudelleen, mutta perustelut pysyivät samoina</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Ehdotettuja perusteluja ei vielä jaeta</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Kenen perustelut</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Kuka perustelee missäkin ulottuvuudessa (perustelujen määrä):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(roolia ei mainittu)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Perusteluja ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Kokoukset ja päätökset</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Kokouksia ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 paikalla</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Pidetään</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Muutetaan</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Luovutaan</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Seuraava tarkistus: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A new wording that still rests on the old reason is usually absorbed into the old practice.</source>
        <translation>Uusi sanamuoto, joka nojaa yhä vanhaan perusteluun, sulautuu yleensä vanhaan käytäntöön.</translation>
    </message>
    <message>
        <source>Everything this norm rests on is “it's the rule”; a norm like that tends to stay as it is.</source>
        <translation>Kaikki, mihin tämä normi perustuu, on ”niin on sovittu”; sellaisena normi yleensä pysyy ennallaan.</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>miten kohtelemme toisiamme</translation>
    </message>
    <message>
        <source>In a classroom</source>
        <translation>Luokassa</translation>
    </message>
    <message>
        <source>learning from ideas</source>
        <translation>ajatuksista oppiminen</translation>
    </message>
    <message>
        <source>Listen to others: “Be quiet when someone is speaking, it's good behaviour.”</source>
        <translation>Kuuntele muita: ”Ole hiljaa, kun joku puhuu, se on hyvää käytöstä.”</translation>
    </message>
    <message>
        <source>Listen to others: “So we can discuss many ideas and viewpoints.”</source>
        <translation>Kuuntele muita: ”Jotta voimme keskustella monista ajatuksista ja näkökulmista.”</translation>
    </message>
    <message>
        <source>Listen to others: “So we can learn from other people's perspectives.”</source>
        <translation>Kuuntele muita: ”Jotta voimme oppia toisten näkökulmista.”</translation>
    </message>
    <message>
        <source>Listen to others: “They listened to you, so you listen to them.”</source>
        <translation>Kuuntele muita: ”He kuuntelivat sinua, joten kuuntele sinä heitä.”</translation>
    </message>
    <message>
        <source>Nobody has said yet why this norm matters: ask for the reasons people give.</source>
        <translation>Kukaan ei ole vielä sanonut, miksi tämä normi on tärkeä: kysy, millaisia perusteluja ihmiset antavat.</translation>
    </message>
    <message>
        <source>On a ward</source>
        <translation>Osastolla</translation>
    </message>
    <message>
        <source>One surface norm can rest on several reasons at once. Sort each reason people give into the dimension it justifies the norm by (Hofmann &amp; Ruthven, 2018).</source>
        <translation>Yksi normi voi perustua yhtä aikaa moneen perusteluun. Sijoita jokainen esitetty perustelu siihen ulottuvuuteen, jonka kautta se oikeuttaa normin (Hofmann &amp; Ruthven, 2018).</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “Don't undermine the nurse's workload; agree a time first.”</source>
        <translation>Kuvanna vain kliinisin perustein: ”Älä sotke hoitajan työtä; sovi aika ensin.”</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So the team can compare readings and discuss the findings.”</source>
        <translation>Kuvanna vain kliinisin perustein: ”Jotta tiimi voi verrata tulkintoja ja keskustella löydöksistä.”</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So trainees build the skill and the unit learns what scanning shows.”</source>
        <translation>Kuvanna vain kliinisin perustein: ”Jotta erikoistuvat kartuttavat taitoaan ja osasto oppii, mitä kuvantaminen näyttää.”</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “That's how we do it here; an echo without need is a waste.”</source>
        <translation>Kuvanna vain kliinisin perustein: ”Näin täällä toimitaan; turha kaikukuvaus on tuhlausta.”</translation>
    </message>
    <message>
        <source>The four dimensions</source>
        <translation>Neljä ulottuvuutta</translation>
    </message>
    <message>
        <source>The four dimensions of reasons</source>
        <translation>Perustelujen neljä ulottuvuutta</translation>
    </message>
    <message>
        <source>The norm is justified by how we treat each other: fairness, respect, not disturbing or undermining others.</source>
        <translation>Normi perustellaan sillä, miten kohtelemme toisiamme: reiluus, kunnioitus, muiden häiritsemättä ja väheksymättä jättäminen.</translation>
    </message>
    <message>
        <source>The norm is justified by taking ideas seriously: learning from other people's thinking, reasoning together, building knowledge.</source>
        <translation>Normi perustellaan sillä, että ajatukset otetaan vakavasti: opitaan toisten ajattelusta, päätellään yhdessä, rakennetaan tietoa.</translation>
    </message>
    <message>
        <source>The norm is justified by the rule itself: good behaviour, what is normal, what is 'wrong'. A frozen behavioural obligation that nobody needs to explain.</source>
        <translation>Normi perustellaan säännöllä itsellään: hyvä käytös, mikä on tavallista, mikä on ”väärin”. Jähmettynyt käyttäytymisvelvoite, jota kenenkään ei tarvitse selittää.</translation>
    </message>
    <message>
        <source>The norm is justified by what makes a discussion work: hearing several ideas, building on them and challenging them.</source>
        <translation>Normi perustellaan sillä, mikä saa keskustelun toimimaan: useiden ajatusten kuuleminen, niiden jatkaminen ja kyseenalaistaminen.</translation>
    </message>
    <message>
        <source>the rule itself</source>
        <translation>sääntö itse</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet: this is where the work is.</source>
        <translation>Tiimi haluaa tämän normin perustuvan perusteluihin, joita kukaan ei vielä jaa: tässä on työsarka.</translation>
    </message>
    <message>
        <source>what makes discussion work</source>
        <translation>mikä saa keskustelun toimimaan</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 could not be done</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>Toiminto ”%1” epäonnistui</translation>
    </message>
    <message>
        <source>%1 could not be undone</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>Toimintoa ”%1” ei voitu kumota</translation>
    </message>
    <message>
        <source>Add norm %1</source>
        <translation>Lisää normi %1</translation>
    </message>
    <message>
        <source>Add reason to %1</source>
        <translation>Lisää perustelu: %1</translation>
    </message>
    <message>
        <source>Agree %1</source>
        <comment>agree that the norm rests on a reason</comment>
        <translation>Sovi: %1</translation>
    </message>
    <message>
        <source>Clear the review date</source>
        <translation>Poista tarkistuspäivä</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Luo tiimi %1</translation>
    </message>
    <message>
        <source>Delete norm %1</source>
        <translation>Poista normi %1</translation>
    </message>
    <message>
        <source>Delete reason %1</source>
        <translation>Poista perustelu %1</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Poista tiimi %1</translation>
    </message>
    <message>
        <source>Edit reason %1</source>
        <translation>Muokkaa perustelua %1</translation>
    </message>
    <message>
        <source>Mark reason as held</source>
        <translation>Merkitse perustelu vallitsevaksi</translation>
    </message>
    <message>
        <source>Mark reason as proposed</source>
        <translation>Merkitse perustelu ehdotetuksi</translation>
    </message>
    <message>
        <source>Move norm %1</source>
        <translation>Siirrä normia %1</translation>
    </message>
    <message>
        <source>Move reason to %1</source>
        <translation>Siirrä perustelu: %1</translation>
    </message>
    <message>
        <source>No longer agree %1</source>
        <translation>Peru sopimus: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>set a field to nothing</comment>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>Put %1 first</source>
        <translation>Siirrä %1 ensimmäiseksi</translation>
    </message>
    <message>
        <source>Rename team to %1</source>
        <translation>Nimeä tiimi uudelleen: %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Tarkistettava viimeistään %1</translation>
    </message>
    <message>
        <source>Reword norm to %1</source>
        <translation>Muotoile normi uudelleen: %1</translation>
    </message>
    <message>
        <source>Set setting to %1</source>
        <translation>Aseta tilanteeksi %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Aseta tilaksi %1</translation>
    </message>
    <message>
        <source>Set who it regulates to %1</source>
        <translation>Keitä se koskee: %1</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation>CSV-taulukko (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export all teams as JSON</source>
        <translation>Vie kaikki tiimit JSON-tiedostoon</translation>
    </message>
    <message>
        <source>Export norms as CSV</source>
        <translation>Vie normit CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Export team as JSON</source>
        <translation>Vie tiimi JSON-tiedostoon</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Viety tiedostoon %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Tuo %1</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Tuonti ja vienti</translation>
    </message>
    <message>
        <source>Import and export are not available in this build.</source>
        <translation>Tuonti ja vienti eivät ole käytettävissä tässä versiossa.</translation>
    </message>
    <message>
        <source>Import teams from JSON</source>
        <translation>Tuo tiimejä JSON-tiedostosta</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n team(s) from %1.</source>
        <translation>
            <numerusform>Tuotiin %n tiimi tiedostosta %1.</numerusform>
            <numerusform>Tuotiin %n tiimiä tiedostosta %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>normlab database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>normlab-tietokanta (*.sqlite3 *.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>normlab JSON (*.json);;All files (*)</source>
        <translation>normlab-JSON (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>normlab-tiimit</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Avattu %1.</translation>
    </message>
    <message>
        <source>That database could not be opened</source>
        <translation>Tietokantaa ei voitu avata</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Tiedostoa ei voitu tuoda</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Tiedostoa ei voitu kirjoittaa</translation>
    </message>
    <message>
        <source>You are still working in the database you had open.</source>
        <translation>Jatkat työskentelyä aiemmin avoinna olleessa tietokannassa.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: 'operational, interpersonal and ideational'</comment>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day, in Qt's date format (d day, M month, MMM month name, yyyy year)</comment>
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>a day and a time, in Qt's format (HH hour 0-23, mm minutes)</comment>
        <translation>d.M.yyyy 'klo' HH.mm</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source> · in the meeting of %1</source>
        <translation> · kokouksessa %1</translation>
    </message>
    <message>
        <source>AFTER</source>
        <comment>a heading in capitals</comment>
        <translation>JÄLKEEN</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <comment>a heading in capitals</comment>
        <translation>ENNEN</translation>
    </message>
    <message>
        <source>changed it</source>
        <comment>a meeting</comment>
        <translation>muutti sitä</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <comment>a heading in capitals</comment>
        <translation>KOKOUKSET</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>ei perustelua</translation>
    </message>
    <message>
        <source>No revisions yet</source>
        <translation>Ei vielä versioita</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review-by date</comment>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Tarkistettava viimeistään:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Surface-only change</source>
        <translation>Muutos vain pinnalla</translation>
    </message>
    <message>
        <source>The wording changed, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice: name the reason and move it too.</source>
        <translation>Sanamuoto muuttui, mutta perustelut ovat samaa lajia kuin ennen. Vanhaan perusteluun nojaava uusi sanamuoto sulautuu yleensä vanhaan käytäntöön: nimeä perustelu ja siirrä myös sitä.</translation>
    </message>
    <message>
        <source>When you reword this norm (F2), the change is recorded here with its reasons before and after.</source>
        <translation>Kun muotoilet normin uudelleen (F2), muutos tallentuu tähän perusteluineen ennen ja jälkeen.</translation>
    </message>
    <message>
        <source>✓ agreed %1</source>
        <translation>✓ sovittu %1</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 reasons</source>
        <comment>a lane: 'Operational reasons'</comment>
        <translation>Perustelut: %1</translation>
    </message>
    <message>
        <source>%1 · agreed on %2: the norm rests on it</source>
        <translation>%1 · sovittu %2: normi perustuu tähän</translation>
    </message>
    <message>
        <source>&amp;Agree: the norm rests on this</source>
        <translation>&amp;Sovi: normi perustuu tähän</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Siirrä</translation>
    </message>
    <message>
        <source>&amp;No longer agreed</source>
        <translation>&amp;Ei enää sovittu</translation>
    </message>
    <message>
        <source>A role, such as pupil, nurse or teacher</source>
        <translation>Rooli, kuten oppilas, hoitaja tai opettaja</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>the codebook entry of a dimension</comment>
        <translation>Tietoa: %1</translation>
    </message>
    <message>
        <source>Add a reason…  (%1)</source>
        <translation>Lisää perustelu…  (%1)</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>read aloud after a reason the norm rests on</comment>
        <translation>sovittu</translation>
    </message>
    <message>
        <source>Classroom:</source>
        <translation>Luokassa:</translation>
    </message>
    <message>
        <source>Clinical:</source>
        <translation>Klinikassa:</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Del</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter edit · Space held/proposed · A agreed · Alt+1–4 move to lane · Del delete · drag to move</source>
        <translation>Enter muokkaa · Välilyönti vallitseva/ehdotettu · A sovittu · Alt+1–4 siirrä sarakkeeseen · Del poista · vedä siirtääksesi</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter for a new line · Esc cancels</source>
        <translation>Enter tallentaa · Vaihto+Enter uusi rivi · Esc peruu</translation>
    </message>
    <message>
        <source>Make it the &amp;first agreed reason</source>
        <translation>Tee siitä &amp;ensimmäinen sovittu perustelu</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Merkitse &amp;vallitsevaksi</translation>
    </message>
    <message>
        <source>Mark as &amp;proposed</source>
        <translation>Merkitse &amp;ehdotetuksi</translation>
    </message>
    <message>
        <source>New %1 reason</source>
        <comment>a field: 'New Operational reason'</comment>
        <translation>Uusi perustelu: %1</translation>
    </message>
    <message>
        <source>No discussional reason yet</source>
        <translation>Ei vielä keskustelullista perustelua</translation>
    </message>
    <message>
        <source>No ideational reason yet</source>
        <translation>Ei vielä ideatasoista perustelua</translation>
    </message>
    <message>
        <source>No interpersonal reason yet</source>
        <translation>Ei vielä vuorovaikutuksellista perustelua</translation>
    </message>
    <message>
        <source>No operational reason yet</source>
        <translation>Ei vielä operatiivista perustelua</translation>
    </message>
    <message>
        <source>Read the codebook entry for %1 (examples, definition)</source>
        <translation>Lue koodikirjan kohta: %1 (esimerkit, määritelmä)</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>sanoja: %1</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>the key</comment>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>The reason's words</source>
        <translation>Perustelun sanat</translation>
    </message>
    <message>
        <source>Type a reason someone gives for the norm, then press Enter</source>
        <translation>Kirjoita jonkun normille antama perustelu ja paina Enter</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Kuka sen sanoi</translation>
    </message>
    <message>
        <source>Who said it? (optional)</source>
        <translation>Kuka sen sanoi? (valinnainen)</translation>
    </message>
    <message>
        <source>✓ Agreed</source>
        <comment>the mark of a reason the norm rests on</comment>
        <translation>✓ Sovittu</translation>
    </message>
    <message>
        <source>✓ Agreed %1</source>
        <comment>the mark of the first or second agreed reason</comment>
        <translation>✓ Sovittu %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>A pre-brief for teaching on the unit, and norms of clinical practice that shape what trainees can try, with the reasons each role gives.</source>
        <translation>Ennakkoinfo osastolla opettamiseen sekä kliinisen käytännön normeja, jotka vaikuttavat siihen, mitä erikoistuvat voivat kokeilla, kunkin ammattiryhmän perusteluineen.</translation>
    </message>
    <message>
        <source>Classroom dialogic talk</source>
        <translation>Dialoginen keskustelu luokassa</translation>
    </message>
    <message>
        <source>Coaching working agreements</source>
        <translation>Coachingin työskentelysopimukset</translation>
    </message>
    <message>
        <source>Ground rules for talk in whole-class and group discussion, with the reasons pupils and teachers give for them today and the reasons a dialogic classroom rests on.</source>
        <translation>Keskustelun pelisäännöt koko luokan ja ryhmien keskusteluun, perusteluineen, joita oppilaat ja opettajat niille nyt antavat, ja perusteluineen, joihin dialoginen luokkahuone nojaa.</translation>
    </message>
    <message>
        <source>ICU teaching session</source>
        <translation>Teho-osaston opetustilanne</translation>
    </message>
    <message>
        <source>Working agreements a coach can start a team or a school with, each with the reasons people commonly give and the reasons worth working towards.</source>
        <translation>Työskentelysopimuksia, joilla coach voi aloittaa tiimin tai koulun kanssa, kukin perusteluineen, joita yleensä annetaan, ja perusteluineen, joita kohti kannattaa pyrkiä.</translation>
    </message>
</context>
<context>
    <name>NormDetail</name>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>&amp;Ketä se koskee?</translation>
    </message>
    <message>
        <source>Current, proposed or retired</source>
        <translation>Voimassa, ehdotettu tai poistettu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete this norm with its reasons and history (Del; can be undone)</source>
        <translation>Poista tämä normi perusteluineen ja historioineen (Del; voidaan kumota)</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <comment>a button: due for review since a day</comment>
        <translation>Tarkistettava %1 alkaen</translation>
    </message>
    <message>
        <source>e.g. pupils, trainees</source>
        <translation>esim. oppilaat, erikoistuvat</translation>
    </message>
    <message>
        <source>Give the norm new wording and record the change as a revision (F2)</source>
        <translation>Anna normille uusi sanamuoto ja tallenna muutos versioksi (F2)</translation>
    </message>
    <message>
        <source>History</source>
        <comment>a tab</comment>
        <translation>Historia</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <comment>a tab, with the number of revisions</comment>
        <translation>Historia (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a tab</comment>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Tarkistettava viimeistään</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <comment>a button</comment>
        <translation>Tarkistettava viimeistään %1</translation>
    </message>
    <message>
        <source>Review by…</source>
        <translation>Tarkistuspäivä…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Muotoile uudelleen…</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>&amp;Tilanne</translation>
    </message>
    <message>
        <source>Select a norm to see its reasons</source>
        <translation>Valitse normi nähdäksesi sen perustelut</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>The norm's reasons and history</source>
        <translation>Normin perustelut ja historia</translation>
    </message>
    <message>
        <source>The norm's wording</source>
        <translation>Normin sanamuoto</translation>
    </message>
    <message>
        <source>The reasons people give for a norm are sorted into four lanes: operational, interpersonal, discussional and ideational.</source>
        <translation>Normille annetut perustelut lajitellaan neljään sarakkeeseen: operatiivinen, vuorovaikutuksellinen, keskustelullinen ja ideatasoinen.</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Varoitus: %1. %2</translation>
    </message>
    <message>
        <source>When the team means to look at this norm again (Ctrl+D)</source>
        <translation>Milloin tiimi aikoo tarkastella normia uudelleen (Ctrl+D)</translation>
    </message>
    <message>
        <source>where or when it applies</source>
        <translation>missä tai milloin se pätee</translation>
    </message>
    <message>
        <source>Where or when the norm applies: pick one the team uses or type a new one</source>
        <translation>Missä tai milloin normi pätee: valitse tiimin käyttämä tilanne tai kirjoita uusi</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Ketä se koskee?</translation>
    </message>
    <message>
        <source>Whose behaviour the norm is about</source>
        <translation>Kenen käyttäytymistä normi koskee</translation>
    </message>
</context>
<context>
    <name>NormOps</name>
    <message numerus="yes">
        <source>A norm rests on at most %n agreed reason(s): press A on one of them to take it back.</source>
        <translation>
            <numerusform>Normi voi perustua enintään %n sovittuun perusteluun: peru se painamalla A sen kohdalla.</numerusform>
            <numerusform>Normi voi perustua enintään %n sovittuun perusteluun: peru jokin niistä painamalla A sen kohdalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Norm deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Normi poistettu. Palauta se painamalla Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>NormPane</name>
    <message>
        <source> Needs attention</source>
        <translation> Vaatii huomiota</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln tarkistettavana</numerusform>
            <numerusform>%Ln tarkistettavana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln vaatii huomiota</numerusform>
            <numerusform>%Ln vaatii huomiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <comment>norms that pass the filter</comment>
        <translation>
            <numerusform>%Ln näytetty</numerusform>
            <numerusform>%Ln näytetty</numerusform>
        </translation>
    </message>
    <message>
        <source>A team is a group that owns norms, such as “Maths department” or “ICU teaching”.</source>
        <translation>Tiimi on ryhmä, jolla on omat normit, esimerkiksi ”Matematiikan aineryhmä” tai ”Teho-osaston opetus”.</translation>
    </message>
    <message>
        <source>Add a norm</source>
        <translation>Lisää normi</translation>
    </message>
    <message>
        <source>Add a norm…  (%1)</source>
        <translation>Lisää normi…  (%1)</translation>
    </message>
    <message>
        <source>Add norm</source>
        <translation>Lisää normi</translation>
    </message>
    <message>
        <source>Add the norm typed beside it</source>
        <translation>Lisää viereen kirjoitettu normi</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Kaikki ulottuvuudet</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Mikä tahansa tilanne</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mikä tahansa tila</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Tyhjennä suodatin</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Kopioi valmis kokoelma…</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Luo tiimi…</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a filter button: norms due for review</comment>
        <translation>Tarkistettavat</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Tarkistettavana</translation>
    </message>
    <message>
        <source>Enter goes to the norm's reasons; Alt+Up and Alt+Down move it; F2 rewords it</source>
        <translation>Enter siirtyy normin perusteluihin; Alt+Ylös ja Alt+Alas siirtävät sitä; F2 muotoilee sen uudelleen</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Suodata ulottuvuuden mukaan</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Suodata tilanteen mukaan</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Suodata tilan mukaan</translation>
    </message>
    <message>
        <source>Filter by wording or reason…  (%1)</source>
        <translation>Suodata sanamuodon tai perustelun mukaan…  (%1)</translation>
    </message>
    <message>
        <source>Filter norms</source>
        <translation>Suodata normeja</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <source>New norm</source>
        <translation>Uusi normi</translation>
    </message>
    <message>
        <source>No norm matches the filter</source>
        <translation>Mikään normi ei vastaa suodatinta</translation>
    </message>
    <message>
        <source>No norms yet — add one or copy a starter set</source>
        <translation>Ei vielä normeja – lisää normi tai kopioi valmis kokoelma</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Ei vielä tiimejä</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normit</translation>
    </message>
    <message>
        <source>Show only norms that apply in this setting</source>
        <translation>Näytä vain normit, jotka pätevät tässä tilanteessa</translation>
    </message>
    <message>
        <source>Show only norms with a reason in this dimension</source>
        <translation>Näytä vain normit, joilla on perustelu tässä ulottuvuudessa</translation>
    </message>
    <message>
        <source>Show only norms with a warning from the checks</source>
        <translation>Näytä vain normit, joista tarkistukset varoittavat</translation>
    </message>
    <message>
        <source>Show only norms with this status</source>
        <translation>Näytä vain normit, joilla on tämä tila</translation>
    </message>
    <message>
        <source>Show only the norms due for review: their review-by date has come</source>
        <translation>Näytä vain tarkistettavat normit: niiden tarkistuspäivä on tullut</translation>
    </message>
    <message>
        <source>Shows the norms whose words or reasons hold what you type</source>
        <translation>Näyttää normit, joiden sanoissa tai perusteluissa kirjoittamasi esiintyy</translation>
    </message>
    <message>
        <source>Type a norm your team lives by in the field above, such as “Listen to others”, and press Enter.</source>
        <translation>Kirjoita yllä olevaan kenttään normi, jonka mukaan tiiminne toimii, esimerkiksi ”Kuuntele muita”, ja paina Enter.</translation>
    </message>
    <message>
        <source>Type the norm as people say it, then press Enter</source>
        <translation>Kirjoita normi niin kuin ihmiset sen sanovat ja paina Enter</translation>
    </message>
</context>
<context>
    <name>NormTable</name>
    <message>
        <source>%1; proposed: %2</source>
        <comment>dimensions held; dimensions only proposed</comment>
        <translation>%1; ehdotettu: %2</translation>
    </message>
    <message>
        <source>Dimensions of the reasons: filled for held, outlined for proposed only</source>
        <translation>Perustelujen ulottuvuudet: täytetty vallitseville, ääriviiva pelkästään ehdotetuille</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>due for review since a day</comment>
        <translation>Tarkistettava %1</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>ei vielä perustelua</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Ei varoituksia</translation>
    </message>
    <message>
        <source>Norm</source>
        <comment>a column heading</comment>
        <translation>Normi</translation>
    </message>
    <message>
        <source>proposed: %1</source>
        <comment>dimensions only proposed</comment>
        <translation>ehdotettu: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a column heading</comment>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Review by</source>
        <comment>a column heading</comment>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Review by %1: due for review</source>
        <translation>Tarkistettava viimeistään %1: tarkistus on ajankohtainen</translation>
    </message>
    <message>
        <source>Review by %1: not due yet</source>
        <translation>Tarkistettava viimeistään %1: ei vielä ajankohtainen</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>a column heading</comment>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column heading</comment>
        <translation>Tila</translation>
    </message>
    <message>
        <source>The day by which the team means to look at the norm again; from then on it is due</source>
        <translation>Päivä, johon mennessä tiimi aikoo tarkastella normia uudelleen; siitä alkaen se on tarkistettavana</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <source>Warnings from the checks: hover a marker to read it</source>
        <translation>Tarkistusten varoitukset: vie osoitin merkin päälle lukeaksesi sen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Nothing was changed. You can try again, or press Ctrl+Z to step back.</source>
        <translation>Mitään ei muutettu. Voit yrittää uudelleen tai palata askeleen taaksepäin painamalla Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;No review date</source>
        <translation>&amp;Ei tarkistuspäivää</translation>
    </message>
    <message>
        <source>&amp;Or on:</source>
        <translation>&amp;Tai päivänä:</translation>
    </message>
    <message>
        <source>A day of your own: type it or pick it from the calendar</source>
        <translation>Oma päivä: kirjoita se tai valitse kalenterista</translation>
    </message>
    <message numerus="yes">
        <source>In &amp;%n month(s) (%1)</source>
        <translation>
            <numerusform>&amp;%n kuukauden päästä (%1)</numerusform>
            <numerusform>&amp;%n kuukauden päästä (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Tarkistettava viimeistään</translation>
    </message>
    <message>
        <source>Review by the day chosen beside it</source>
        <translation>Tarkistetaan viimeistään viereen valittuna päivänä</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <source>Set this &amp;date</source>
        <translation>Aseta tämä &amp;päivä</translation>
    </message>
    <message>
        <source>The norm gets no review-by date</source>
        <translation>Normille ei aseteta tarkistuspäivää</translation>
    </message>
    <message>
        <source>The review-by date is this many months from today</source>
        <translation>Tarkistuspäivä on näin monen kuukauden päästä tänään</translation>
    </message>
    <message>
        <source>When will the team look at “%1” again? On that day it is due for review.</source>
        <translation>Milloin tiimi tarkastelee normia ”%1” uudelleen? Sinä päivänä se on tarkistuksen vuorossa.</translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>&amp;New wording:</source>
        <translation>&amp;Uusi sanamuoto:</translation>
    </message>
    <message>
        <source>Enter rewords the norm</source>
        <translation>Enter muotoilee normin uudelleen</translation>
    </message>
    <message>
        <source>Kept with the revision in the norm's history</source>
        <translation>Tallentuu version mukana normin historiaan</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nyt:</translation>
    </message>
    <message>
        <source>optional: why it changed, who agreed</source>
        <translation>valinnainen: miksi se muuttui, kuka hyväksyi</translation>
    </message>
    <message>
        <source>Reword</source>
        <translation>Muotoile uudelleen</translation>
    </message>
    <message>
        <source>Reword norm</source>
        <translation>Muotoile normi uudelleen</translation>
    </message>
    <message>
        <source>The change is recorded as a revision, with the reasons as they stand now, so the team can see later whether the reasons moved too.</source>
        <translation>Muutos tallennetaan versioksi nykyisine perusteluineen, jotta tiimi näkee myöhemmin, siirtyivätkö myös perustelut.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>normlab could not open its database</source>
        <translation>normlab ei voinut avata tietokantaansa</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
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
            <numerusform>%Ln normi</numerusform>
            <numerusform>%Ln normia</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add them to this team</source>
        <translation>&amp;Lisää tähän tiimiin</translation>
    </message>
    <message>
        <source>&amp;Add them to this team, “%1”</source>
        <translation>&amp;Lisää tähän tiimiin, ”%1”</translation>
    </message>
    <message>
        <source>A new team is made with the chosen norms</source>
        <translation>Valituista normeista tehdään uusi tiimi</translation>
    </message>
    <message>
        <source>Choose a set to see its norms beside the list</source>
        <translation>Valitse kokoelma nähdäksesi sen normit listan vieressä</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into a new team</source>
        <translation>
            <numerusform>Kopioi %n normi uuteen tiimiin</numerusform>
            <numerusform>Kopioi %n normia uuteen tiimiin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into this team</source>
        <translation>
            <numerusform>Kopioi %n normi tähän tiimiin</numerusform>
            <numerusform>Kopioi %n normia tähän tiimiin</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a starter set</source>
        <translation>Kopioi valmis kokoelma</translation>
    </message>
    <message>
        <source>Into a &amp;new team called:</source>
        <translation>&amp;Uuteen tiimiin nimeltä:</translation>
    </message>
    <message>
        <source>Its norms and reasons</source>
        <translation>Sen normit ja perustelut</translation>
    </message>
    <message>
        <source>New team's name</source>
        <translation>Uuden tiimin nimi</translation>
    </message>
    <message>
        <source>Norms of the starter set</source>
        <translation>Kokoelman normit</translation>
    </message>
    <message>
        <source>Ready-made norms with the reasons people commonly give for them. Tick the norms you want; each comes with its reasons.</source>
        <translation>Valmiita normeja ja perusteluja, joita niille usein annetaan. Rastita haluamasi normit; kukin tulee perusteluineen.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a norm; ticked norms are copied</source>
        <translation>Välilyönti rastittaa normin tai poistaa rastin; rastitetut normit kopioidaan</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Valmiit kokoelmat</translation>
    </message>
    <message>
        <source>The name of the team the norms are copied into</source>
        <translation>Sen tiimin nimi, johon normit kopioidaan</translation>
    </message>
    <message>
        <source>The norms are added after the norms the team has</source>
        <translation>Normit lisätään tiimin nykyisten normien perään</translation>
    </message>
</context>
<context>
    <name>TeamOps</name>
    <message numerus="yes">
        <source>Copy %n norm(s) from starter set %1</source>
        <translation>
            <numerusform>Kopioi %n normi kokoelmasta %1</numerusform>
            <numerusform>Kopioi %n normia kokoelmasta %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy starter set %1</source>
        <translation>Kopioi valmis kokoelma %1</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Poista tiimi</translation>
    </message>
    <message>
        <source>Delete the team %1 with its %2, their reasons and history?

You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Poistetaanko tiimi %1 normeineen (%2), niiden perusteluineen ja historioineen?

Voit palauttaa sen valitsemalla Muokkaa ▸ Kumoa (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Uuden tiimin nimi:</translation>
    </message>
    <message>
        <source>New name of the team:</source>
        <translation>Tiimin uusi nimi:</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Uusi tiimi</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Nimeä tiimi uudelleen</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Valmiit kokoelmat</translation>
    </message>
    <message>
        <source>The starter library could not be read</source>
        <translation>Valmiita kokoelmia ei voitu lukea</translation>
    </message>
    <message>
        <source>The starter library is not available in this build.</source>
        <translation>Valmiit kokoelmat eivät ole käytettävissä tässä versiossa.</translation>
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
        <translation>%1: %2 vallitsevaa, %3 ehdotettua</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active norm(s)</source>
        <translation>
            <numerusform>%Ln voimassa oleva normi</numerusform>
            <numerusform>%Ln voimassa olevaa normia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln tarkistettavana</numerusform>
            <numerusform>%Ln tarkistettavana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln normi</numerusform>
            <numerusform>%Ln normia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not examined yet</source>
        <translation>
            <numerusform>%Ln vielä tarkastelematta</numerusform>
            <numerusform>%Ln vielä tarkastelematta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rest(s) only on the rule</source>
        <translation>
            <numerusform>%Ln perustuu vain sääntöön</numerusform>
            <numerusform>%Ln perustuu vain sääntöön</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reworded on the surface only</source>
        <translation>
            <numerusform>%Ln muotoiltu uudelleen vain pinnalta</numerusform>
            <numerusform>%Ln muotoiltu uudelleen vain pinnalta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a gap to work on</source>
        <translation>
            <numerusform>%Ln, jossa on työstettävä aukko</numerusform>
            <numerusform>%Ln, joissa on työstettävä aukko</numerusform>
        </translation>
    </message>
    <message>
        <source>+  New team</source>
        <translation>+  Uusi tiimi</translation>
    </message>
    <message>
        <source>Choose a team to see its norms (Ctrl+T comes here)</source>
        <translation>Valitse tiimi nähdäksesi sen normit (Ctrl+T tuo tänne)</translation>
    </message>
    <message>
        <source>Copy a ready-made set of norms and their reasons into this team or a new one</source>
        <translation>Kopioi valmis normisarja perusteluineen tähän tai uuteen tiimiin</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Kopioi valmis kokoelma…</translation>
    </message>
    <message>
        <source>Create an empty team (Ctrl+Shift+N)</source>
        <translation>Luo tyhjä tiimi (Ctrl+Vaihto+N)</translation>
    </message>
    <message>
        <source>held</source>
        <comment>legend of the profile chart</comment>
        <translation>vallitseva</translation>
    </message>
    <message>
        <source>How many norms rest on each dimension. A norm counts once in a dimension when at least one of its held (filled bar) or proposed (outlined bar) reasons lies there. Retired norms are left out.</source>
        <translation>Kuinka moni normi nojaa kuhunkin ulottuvuuteen. Normi lasketaan ulottuvuuteen kerran, kun vähintään yksi sen vallitsevista (täytetty palkki) tai ehdotetuista (ääriviivapalkki) perusteluista kuuluu siihen. Poistettuja normeja ei lasketa.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Uusi tiimi</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>Tiimiä ei ole valittu</translation>
    </message>
    <message>
        <source>No teams yet. Create one below or copy a starter set.</source>
        <translation>Ei vielä tiimejä. Luo tiimi alta tai kopioi valmis kokoelma.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln norm(s): %1</source>
        <translation>
            <numerusform>%Ln normista: %1</numerusform>
            <numerusform>%Ln normista: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>legend of the profile chart</comment>
        <translation>ehdotettu</translation>
    </message>
    <message>
        <source>TEAM PROFILE</source>
        <comment>a heading in capitals</comment>
        <translation>TIIMIN PROFIILI</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Tiimin profiili</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <comment>a heading in capitals</comment>
        <translation>TIIMIT</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tiimit</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln due</source>
        <comment>after a team's number of norms: how many are due for review</comment>
        <translation>
            <numerusform>· %Ln tarkistettavana</numerusform>
            <numerusform>· %Ln tarkistettavana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 puolesta, %2 vastaan, %3 tyhjää</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>status of a norm</comment>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Disc.</source>
        <comment>short for Discussional, on a small chip</comment>
        <translation>Kesk.</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Keskustelullinen</translation>
    </message>
    <message>
        <source>discussional</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>keskustelullinen</translation>
    </message>
    <message>
        <source>Every reason this norm rests on is operational ('it's the rule', 'it's good behaviour'). Such a norm tends to stay as it is; look for reasons about people, discussion or ideas.</source>
        <translation>Jokainen perustelu, johon normi nojaa, on operatiivinen (”se on sääntö”, ”se on hyvää käytöstä”). Sellainen normi pysyy yleensä ennallaan; etsi perusteluja, jotka koskevat ihmisiä, keskustelua tai ajatuksia.</translation>
    </message>
    <message>
        <source>fist to five: %1</source>
        <translation>nyrkistä viiteen: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>a reason people hold today</comment>
        <translation>Vallitseva</translation>
    </message>
    <message>
        <source>Idea.</source>
        <comment>short for Ideational, on a small chip</comment>
        <translation>Idea.</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ideatasoinen</translation>
    </message>
    <message>
        <source>ideational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>ideatasoinen</translation>
    </message>
    <message>
        <source>Inter.</source>
        <comment>short for Interpersonal, on a small chip</comment>
        <translation>Vuor.</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Vuorovaikutuksellinen</translation>
    </message>
    <message>
        <source>interpersonal</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>vuorovaikutuksellinen</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Pidetään</translation>
    </message>
    <message>
        <source>nobody</source>
        <comment>fist to five: nobody showed a hand</comment>
        <translation>ei kukaan</translation>
    </message>
    <message>
        <source>Nobody has said why this norm matters. Ask the team for the reasons they give for it.</source>
        <translation>Kukaan ei ole sanonut, miksi tämä normi on tärkeä. Kysy tiimiltä, millaisia perusteluja he sille antavat.</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Ei vielä tarkasteltu</translation>
    </message>
    <message>
        <source>Oper.</source>
        <comment>short for Operational, on a small chip</comment>
        <translation>Oper.</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operatiivinen</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>operatiivinen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>a reason the team proposes</comment>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>status of a norm</comment>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Ehdotettuja perusteluja ei vielä jaeta</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Perustuu vain sääntöön itseensä</translation>
    </message>
    <message>
        <source>Retire</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>status of a norm</comment>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Muokataan</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Muotoiltu uudelleen, mutta perustelut pysyivät samoina</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet (%1). This is where the work is.</source>
        <translation>Tiimi haluaa tämän normin perustuvan perusteluihin, joita kukaan ei vielä jaa (%1). Tässä on työsarka.</translation>
    </message>
    <message>
        <source>The wording changed from “%1” to “%2”, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice; name and move the reason too.</source>
        <translation>Sanamuoto muuttui muodosta ”%1” muotoon ”%2”, mutta perustelut ovat samaa lajia kuin ennen. Vanhaan perusteluun nojaava uusi sanamuoto sulautuu yleensä vanhaan käytäntöön; nimeä ja siirrä myös perustelu.</translation>
    </message>
</context>
</TS>
