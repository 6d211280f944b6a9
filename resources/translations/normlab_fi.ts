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
    <name>About</name>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is saved, after every change, in:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Tietosi&lt;/b&gt; tallennetaan jokaisen muutoksen jälkeen tänne:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>About normlab</source>
        <translation>Tietoja normlabista</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Lisensoitu GNU GPL -lisenssillä, versio 3 tai uudempi.</translation>
    </message>
    <message>
        <source>Record the norms of your practice, the reasons people give for them, and how those reasons move; then print the ground rules you agreed.</source>
        <translation>Kirjaa työsi normit, perustelut, joita niille annetaan, ja miten perustelut muuttuvat; tulosta sitten sovitut perussäännöt.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>Going back to a backup first backs up what the database holds now.</source>
        <translation>Ennen palautusta varmuuskopioidaan tietokannan nykyinen sisältö.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>a column heading</comment>
        <translation>Laji</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin tehty</translation>
    </message>
    <message>
        <source>No backups yet. normlab makes one each time the window starts.</source>
        <translation>Ei vielä varmuuskopioita. normlab tekee sellaisen aina, kun ikkuna käynnistyy.</translation>
    </message>
    <message>
        <source>Norms</source>
        <comment>a column heading</comment>
        <translation>Normit</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Put the database back as it was on %1 (%2 teams, %3 norms)? What it holds now is backed up first.</source>
        <translation>Palautetaanko tietokanta tilaan %1 (%2 tiimiä, %3 normia)? Nykyinen sisältö varmuuskopioidaan ensin.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column heading</comment>
        <translation>Otettu</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a column heading</comment>
        <translation>Tiimit</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Varmuuskopiota ei voitu palauttaa</translation>
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
    <name>Errors</name>
    <message>
        <source>Everything up to your last change is saved. If it happens again, restart normlab and tell whoever looks after it what you were doing.</source>
        <translation>Kaikki viimeiseen muutokseesi asti on tallennettu. Jos tämä toistuu, käynnistä normlab uudelleen ja kerro ylläpitäjälle, mitä olit tekemässä.</translation>
    </message>
    <message>
        <source>normlab hit a problem it did not expect</source>
        <translation>normlab kohtasi odottamattoman ongelman</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Jotain odottamatonta meni vikaan</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>Sitä ei voitu tehdä</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%3 teams of the same names were replaced (Ctrl+Z brings them back).</source>
        <translation>%3 samannimistä tiimiä korvattiin (Ctrl+Z tuo ne takaisin).</translation>
    </message>
    <message>
        <source>%4 norms repeat an earlier one.</source>
        <translation>%4 normia toistaa aiemman.</translation>
    </message>
    <message>
        <source>A team called “%1” already exists.</source>
        <translation>Tiimi nimeltä ”%1” on jo olemassa.</translation>
    </message>
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
        <source>Import it as “%1”</source>
        <translation>Tuo nimellä ”%1”</translation>
    </message>
    <message>
        <source>Import teams</source>
        <translation>Tuo tiimejä</translation>
    </message>
    <message>
        <source>Import teams from JSON or CSV</source>
        <translation>Tuo tiimejä JSON- tai CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Import them under new names</source>
        <translation>Tuo ne uusilla nimillä</translation>
    </message>
    <message>
        <source>Imported %1 teams from %2.</source>
        <translation>%1 tiimiä tuotu tiedostosta %2.</translation>
    </message>
    <message>
        <source>Imported one team from %2.</source>
        <translation>Yksi tiimi tuotu tiedostosta %2.</translation>
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
        <source>normlab JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>normlab-JSON tai CSV (*.json *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>normlab-tiimit</translation>
    </message>
    <message>
        <source>One norm repeats an earlier one.</source>
        <translation>Yksi normi toistaa aiemman.</translation>
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
        <source>Replace that team</source>
        <translation>Korvaa se tiimi</translation>
    </message>
    <message>
        <source>Replace those teams</source>
        <translation>Korvaa ne tiimit</translation>
    </message>
    <message>
        <source>Replacing deletes the team now in normlab, with its norms, reasons and history, and puts the one from the file in its place. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Korvaaminen poistaa normlabissa nyt olevan tiimin normeineen, perusteluineen ja historioineen ja tuo tiedoston tiimin sen tilalle. Muokkaa ▸ Kumoa (Ctrl+Z) tuo sen takaisin.</translation>
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
        <source>The team of the same name was replaced (Ctrl+Z brings it back).</source>
        <translation>Samanniminen tiimi korvattiin (Ctrl+Z tuo sen takaisin).</translation>
    </message>
    <message>
        <source>These teams already exist: %1.</source>
        <translation>Nämä tiimit ovat jo olemassa: %1.</translation>
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
        <source>Meetings that touched this norm</source>
        <translation>Kokoukset, joissa tätä normia käsiteltiin</translation>
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
    <name>Meeting</name>
    <message>
        <source> min per norm</source>
        <translation> min / normi</translation>
    </message>
    <message>
        <source> · %1 present</source>
        <translation> · %1 paikalla</translation>
    </message>
    <message>
        <source> · due now</source>
        <translation> · erääntynyt nyt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>norm 3 of 8</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · meeting of %2</source>
        <translation>%1 · kokous %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a reason and its marks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;0  nobody in particular</source>
        <translation>&amp;0  ei kukaan erityisesti</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Esityslista:</translation>
    </message>
    <message>
        <source>&amp;Continue that meeting</source>
        <translation>&amp;Jatka sitä kokousta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>P&amp;aikalla:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roolit:</translation>
    </message>
    <message>
        <source>&amp;Show on:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Aloita kokous</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Aikaraja:</translation>
    </message>
    <message>
        <source>1–4 or O I S</source>
        <comment>keys on the keyboard</comment>
        <translation>1–4 tai O I S</translation>
    </message>
    <message>
        <source>A</source>
        <comment>keys on the keyboard</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A norm rests on at most %1 agreed reasons: press A on one to take it back.</source>
        <translation>Normi nojaa enintään %1 sovittuun perusteluun: paina A jossakin perua sen.</translation>
    </message>
    <message>
        <source>abstain</source>
        <comment>a vote</comment>
        <translation>tyhjää</translation>
    </message>
    <message>
        <source>add the reason</source>
        <translation>lisää perustelu</translation>
    </message>
    <message>
        <source>Add “%1” to the roles present</source>
        <translation>Lisää ”%1” paikalla oleviin rooleihin</translation>
    </message>
    <message>
        <source>against</source>
        <comment>a vote</comment>
        <translation>vastaan</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Esityslista</translation>
    </message>
    <message>
        <source>agree (at most two)</source>
        <translation>sovi (enintään kaksi)</translation>
    </message>
    <message>
        <source>Alt+1–4</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+1–4</translation>
    </message>
    <message>
        <source>Alt+1…4 dimension · Alt+H held or proposed · Alt+P who said it</source>
        <translation>Alt+1…4 ulottuvuus · Alt+H vallitseva tai ehdotettu · Alt+P kuka sanoi</translation>
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
        <translation>kuka tahansa</translation>
    </message>
    <message>
        <source>back</source>
        <translation>takaisin</translation>
    </message>
    <message>
        <source>C</source>
        <comment>keys on the keyboard</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Capture a reason</source>
        <translation>Kirjaa perustelu</translation>
    </message>
    <message>
        <source>consensus check</source>
        <translation>konsensuksen tarkistus</translation>
    </message>
    <message>
        <source>Consensus noted (%1): it is kept with the decision, K, V or X.</source>
        <translation>Konsensus kirjattu (%1): se tallentuu päätöksen kanssa, K, V tai X.</translation>
    </message>
    <message>
        <source>Ctrl++ Ctrl+- Ctrl+0</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl++ Ctrl+- Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl+Vaihto+Z</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>D</source>
        <comment>keys on the keyboard</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>DECIDED (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>PÄÄTETTY (%1)</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Päätetty: %1</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>keys on the keyboard</comment>
        <translation>Del</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Del</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>poista</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>tarkistus erääntynyt</translation>
    </message>
    <message>
        <source>E</source>
        <comment>keys on the keyboard</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>e.g. teachers, pupils, teaching assistant</source>
        <translation>esim. opettajat, oppilaat, koulunkäynninohjaaja</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Aiemmin:</translation>
    </message>
    <message>
        <source>End the meeting and close  (Enter)</source>
        <translation>Päätä kokous ja sulje  (Enter)</translation>
    </message>
    <message>
        <source>End the meeting of %1</source>
        <translation>Päätä kokous %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>keys on the keyboard</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Enter tai Tab</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>the key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Esc tai Tab</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Nyrkistä viiteen</translation>
    </message>
    <message>
        <source>flagged by a check</source>
        <translation>tarkistus huomautti</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a vote</comment>
        <translation>puolesta</translation>
    </message>
    <message>
        <source>For · against · abstain</source>
        <translation>Puolesta · vastaan · tyhjää</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Koko näyttö: %1 (%2×%3)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>keys on the keyboard</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>held / proposed</source>
        <translation>vallitseva / ehdotettu</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Montako on paikalla</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s) (%1)</source>
        <translation>
            <numerusform>%n kuukauden päästä (%1)</numerusform>
            <numerusform>%n kuukauden päästä (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>Ikkunassa</translation>
    </message>
    <message>
        <source>its dimension</source>
        <translation>sen ulottuvuus</translation>
    </message>
    <message>
        <source>its dimension (I twice: ideational)</source>
        <translation>sen ulottuvuus (I kahdesti: ideatasoinen)</translation>
    </message>
    <message>
        <source>K V X</source>
        <comment>keys on the keyboard</comment>
        <translation>K V X</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>a decision, in capitals</comment>
        <translation>PIDETÄÄN</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>undo text</comment>
        <translation>Pidä %1</translation>
    </message>
    <message>
        <source>keep · revise · retire</source>
        <translation>pidä · muokkaa · poista käytöstä</translation>
    </message>
    <message>
        <source>KEYS</source>
        <comment>a heading in capitals</comment>
        <translation>NÄPPÄIMET</translation>
    </message>
    <message>
        <source>Keys of the meeting screen</source>
        <translation>Kokousnäkymän näppäimet</translation>
    </message>
    <message>
        <source>leave (the meeting stays open)</source>
        <translation>poistu (kokous jää auki)</translation>
    </message>
    <message>
        <source>Meeting — %1 — normlab</source>
        <translation>Kokous — %1 — normlab</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>New wording of the norm</source>
        <translation>Normin uusi sanamuoto</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>seuraava tarkistus %1</translation>
    </message>
    <message>
        <source>no agreed reason</source>
        <translation>ei sovittua perustelua</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Ei vielä päätöstä</translation>
    </message>
    <message>
        <source>No reasons yet: Enter, type what someone says, Enter.</source>
        <translation>Ei vielä perusteluja: Enter, kirjoita mitä joku sanoo, Enter.</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>ei tarkistuspäivää</translation>
    </message>
    <message>
        <source>No roles named yet: give them when you start the meeting (who is present).</source>
        <translation>Rooleja ei ole vielä nimetty: anna ne kokousta aloittaessasi (ketkä ovat paikalla).</translation>
    </message>
    <message>
        <source>no time box</source>
        <translation>ei aikarajaa</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review date</comment>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Norm %1 of %2</source>
        <translation>Normi %1 / %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>ei laskettu</translation>
    </message>
    <message>
        <source>Nothing decided yet.</source>
        <translation>Mitään ei ole vielä päätetty.</translation>
    </message>
    <message>
        <source>Nothing on the agenda is left open.</source>
        <translation>Mitään esityslistalta ei jäänyt auki.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ei vielä mitään</translation>
    </message>
    <message>
        <source>or type a day</source>
        <translation>tai kirjoita päivä</translation>
    </message>
    <message>
        <source>other norm</source>
        <translation>toinen normi</translation>
    </message>
    <message>
        <source>P</source>
        <comment>keys on the keyboard</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>pick a reason</source>
        <translation>valitse perustelu</translation>
    </message>
    <message>
        <source>Pick a reason first: ↑ and ↓ walk through them.</source>
        <translation>Valitse ensin perustelu: ↑ ja ↓ käyvät ne läpi.</translation>
    </message>
    <message>
        <source>Print the agreed ground rules…  (P)</source>
        <translation>Tulosta sovitut perussäännöt…  (P)</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>a norm's status</comment>
        <translation>ehdotettu</translation>
    </message>
    <message>
        <source>R</source>
        <comment>keys on the keyboard</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>tee uudelleen</translation>
    </message>
    <message>
        <source>restart the time box</source>
        <translation>aloita aikaraja alusta</translation>
    </message>
    <message>
        <source>RETIRE</source>
        <comment>a decision, in capitals</comment>
        <translation>POISTETAAN</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <comment>undo text</comment>
        <translation>Poista käytöstä %1</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>tarkista viimeistään</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Tarkista viimeistään %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>tarkista viimeistään %1</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Tarkista viimeistään:</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <source>REVISE</source>
        <comment>a decision, in capitals</comment>
        <translation>MUOKATAAN</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <comment>undo text</comment>
        <translation>Muokkaa %1</translation>
    </message>
    <message>
        <source>reword the norm</source>
        <translation>muotoile normi uudelleen</translation>
    </message>
    <message>
        <source>Roles present</source>
        <translation>Paikalla olevat roolit</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>näyttö %1</translation>
    </message>
    <message>
        <source>selected, %1</source>
        <translation>valittu, %1</translation>
    </message>
    <message>
        <source>Space adds or drops the norm · Alt+↑ / Alt+↓ move it · the meeting takes the ticked ones in this order</source>
        <translation>Välilyönti lisää tai poistaa normin · Alt+↑ / Alt+↓ siirtää · kokous käsittelee valitut tässä järjestyksessä</translation>
    </message>
    <message>
        <source>Start a meeting — %1</source>
        <translation>Aloita kokous — %1</translation>
    </message>
    <message>
        <source>STILL OPEN (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>VIELÄ AUKI (%1)</translation>
    </message>
    <message>
        <source>stop typing</source>
        <translation>lopeta kirjoitus</translation>
    </message>
    <message>
        <source>summary and end</source>
        <translation>yhteenveto ja lopetus</translation>
    </message>
    <message>
        <source>T</source>
        <comment>keys on the keyboard</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Tab next · Enter save · Alt+K other kind · Esc back</source>
        <translation>Tab seuraava · Enter tallenna · Alt+K toinen tapa · Esc takaisin</translation>
    </message>
    <message>
        <source>The meeting could not be started</source>
        <translation>Kokousta ei voitu aloittaa</translation>
    </message>
    <message>
        <source>The meeting of %1 was not ended (%2 decided, %3 still open).</source>
        <translation>Kokousta %1 ei päätetty (%2 päätetty, %3 vielä auki).</translation>
    </message>
    <message>
        <source>The norm</source>
        <translation>Normi</translation>
    </message>
    <message>
        <source>type a reason</source>
        <translation>kirjoita perustelu</translation>
    </message>
    <message>
        <source>Type a reason someone gives, then Enter</source>
        <translation>Kirjoita jonkun antama perustelu ja paina Enter</translation>
    </message>
    <message>
        <source>TYPING</source>
        <comment>a heading in capitals</comment>
        <translation>KIRJOITUS</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>kumoa</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>oli ”%1”</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Mitä sovimme</translation>
    </message>
    <message>
        <source>Where to show the meeting</source>
        <translation>Missä kokous näytetään</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>kuka sanoi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoomaus</translation>
    </message>
    <message>
        <source>← Back to the norms  (←)</source>
        <translation>← Takaisin normeihin  (←)</translation>
    </message>
    <message>
        <source>← → PgUp PgDn</source>
        <comment>keys on the keyboard</comment>
        <translation>← → PgUp PgDn</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <comment>keys on the keyboard</comment>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>⏱ %1 left</source>
        <translation>⏱ %1 jäljellä</translation>
    </message>
    <message>
        <source>⏱ Time's up (+%1)</source>
        <translation>⏱ Aika loppui (+%1)</translation>
    </message>
    <message>
        <source>✓ AGREED</source>
        <translation>✓ SOVITTU</translation>
    </message>
    <message>
        <source>✓ AGREED %1</source>
        <comment>the first or second agreed reason</comment>
        <translation>✓ SOVITTU %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About normlab</source>
        <translation>&amp;Tietoja normlabista</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Normaali koko</translation>
    </message>
    <message>
        <source>&amp;Add norm</source>
        <translation>&amp;Lisää normi</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Varmuuskopiot…</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Tyhjennä suodatin</translation>
    </message>
    <message>
        <source>&amp;Copy a starter set…</source>
        <translation>&amp;Kopioi valmis kokoelma…</translation>
    </message>
    <message>
        <source>&amp;Delete norm</source>
        <translation>&amp;Poista normi</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Poista tiimi…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Export team as JSON…</source>
        <translation>&amp;Vie tiimi JSON-muodossa…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Filter norms</source>
        <translation>&amp;Suodata normeja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;History of the norm</source>
        <translation>Normin &amp;historia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Kokous</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Uusi tiimi…</translation>
    </message>
    <message>
        <source>&amp;Norm</source>
        <translation>&amp;Normi</translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <translation>&amp;Normit</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Past meetings</source>
        <translation>&amp;Aiemmat kokoukset</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Print ground rules and tokens…</source>
        <translation>&amp;Tulosta perussäännöt ja puhemerkit…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Reasons of the norm</source>
        <translation>Normin &amp;perustelut</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Nimeä tiimi uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Muotoile uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Start meeting…</source>
        <translation>&amp;Aloita kokous…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tiimi</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Tiimit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Add the teams in a normlab JSON file, or a team from a CSV file</source>
        <translation>Lisää normlab-JSON-tiedoston tiimit tai tiimi CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Create an empty team</source>
        <translation>Luo tyhjä tiimi</translation>
    </message>
    <message>
        <source>Delete the norm</source>
        <translation>Poista normi</translation>
    </message>
    <message>
        <source>Delete the team</source>
        <translation>Poista tiimi</translation>
    </message>
    <message>
        <source>Dimension &amp;codebook</source>
        <translation>Ulottuvuuksien &amp;koodikirja</translation>
    </message>
    <message>
        <source>Export &amp;all teams as JSON…</source>
        <translation>Vie &amp;kaikki tiimit JSON-muodossa…</translation>
    </message>
    <message>
        <source>Export team as &amp;CSV…</source>
        <translation>Vie tiimi &amp;CSV-muodossa…</translation>
    </message>
    <message>
        <source>Give the team another name</source>
        <translation>Anna tiimille toinen nimi</translation>
    </message>
    <message>
        <source>Go back to an earlier state of this database</source>
        <translation>Palaa tämän tietokannan aiempaan tilaan</translation>
    </message>
    <message>
        <source>Go through the norms with the team, full screen</source>
        <translation>Käy normit läpi tiimin kanssa koko näytöllä</translation>
    </message>
    <message>
        <source>Go to the %1 lane</source>
        <translation>Siirry sarakkeeseen %1</translation>
    </message>
    <message>
        <source>Go to the list of teams</source>
        <translation>Siirry tiimien luetteloon</translation>
    </message>
    <message>
        <source>Go to the table of norms</source>
        <translation>Siirry normitaulukkoon</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <comment>a menu item: 'Lane 1: Operational'</comment>
        <translation>Sarake %1: %2</translation>
    </message>
    <message>
        <source>Language of the window and light or dark</source>
        <translation>Ikkunan kieli sekä vaalea tai tumma</translation>
    </message>
    <message>
        <source>Larger type, for a projector</source>
        <translation>Suurempi teksti projektoria varten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Move the norm down in the team's order</source>
        <translation>Siirrä normia alemmas tiimin järjestyksessä</translation>
    </message>
    <message>
        <source>Move the norm up in the team's order</source>
        <translation>Siirrä normia ylemmäs tiimin järjestyksessä</translation>
    </message>
    <message>
        <source>New wording, recorded as a revision</source>
        <translation>Uusi sanamuoto, tallennetaan versiona</translation>
    </message>
    <message>
        <source>Norms and reasons for a spreadsheet</source>
        <translation>Normit ja perustelut taulukkolaskentaan</translation>
    </message>
    <message>
        <source>Posters, sheets, tokens</source>
        <translation>Julisteet, arkit, puhemerkit</translation>
    </message>
    <message>
        <source>Pre-&amp;brief card…</source>
        <translation>&amp;Alkuinfokortti…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Review &amp;by…</source>
        <translation>Tarkista &amp;viimeistään…</translation>
    </message>
    <message>
        <source>Save every team in one file</source>
        <translation>Tallenna kaikki tiimit yhteen tiedostoon</translation>
    </message>
    <message>
        <source>Save this team, history included</source>
        <translation>Tallenna tämä tiimi historioineen</translation>
    </message>
    <message>
        <source>Show all norms again</source>
        <translation>Näytä taas kaikki normit</translation>
    </message>
    <message>
        <source>Show the four lanes</source>
        <translation>Näytä neljä saraketta</translation>
    </message>
    <message>
        <source>Show the norm's revisions</source>
        <translation>Näytä normin versiot</translation>
    </message>
    <message>
        <source>Show what is stored now</source>
        <translation>Näytä, mitä nyt on tallennettu</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <source>Start a new team from a ready-made set</source>
        <translation>Aloita uusi tiimi valmiista sarjasta</translation>
    </message>
    <message>
        <source>Team re&amp;port…</source>
        <translation>Tiimi&amp;raportti…</translation>
    </message>
    <message>
        <source>The four dimensions of reasons, with examples</source>
        <translation>Perustelujen neljä ulottuvuutta esimerkein</translation>
    </message>
    <message>
        <source>The report to bring to the next meeting</source>
        <translation>Raportti seuraavaan kokoukseen</translation>
    </message>
    <message>
        <source>The team's meetings: who came, what they decided</source>
        <translation>Tiimin kokoukset: ketkä tulivat, mitä päätettiin</translation>
    </message>
    <message>
        <source>The team's pre-brief statement and its card for a session</source>
        <translation>Tiimin alkuinfon lausuma ja sen kortti istuntoa varten</translation>
    </message>
    <message>
        <source>Type a new norm</source>
        <translation>Kirjoita uusi normi</translation>
    </message>
    <message>
        <source>Type at its normal size</source>
        <translation>Teksti normaalikokoisena</translation>
    </message>
    <message>
        <source>Type to filter the norms</source>
        <translation>Kirjoita suodattaaksesi normeja</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>When the team means to look at the norm again</source>
        <translation>Milloin tiimi aikoo katsoa normia uudelleen</translation>
    </message>
    <message>
        <source>Work in another file</source>
        <translation>Työskentele toisessa tiedostossa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
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
        <translation>Kaikki tilanteet</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
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
    <name>Preferences</name>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Ulkoasu:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kuten järjestelmä</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Kuten järjestelmä (%1)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Ikkunan kieli</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Light or dark colours; the system's high-contrast mode is always followed</source>
        <translation>Vaaleat tai tummat värit; järjestelmän suuri kontrasti on aina käytössä</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>Valikkojen, painikkeiden ja viestien kieli</translation>
    </message>
    <message>
        <source>The window speaks the new language when normlab starts again.</source>
        <translation>Ikkuna vaihtaa kieltä, kun normlab käynnistetään uudelleen.</translation>
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
        <translation>%1 (tulostus toimii silti):</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>%1-kortti</translation>
    </message>
    <message numerus="yes">
        <source>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.</source>
        <translation>
            <numerusform>Sivulle mahtuu %1 (ensimmäiselle %2 tulostusohjeiden viereen): %n kartonkiarkki, %3.</numerusform>
            <numerusform>Sivulle mahtuu %1 (ensimmäiselle %2 tulostusohjeiden viereen): %n kartonkiarkkia, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has characters no font on this computer can print: %2; %3, or remove them</source>
        <translation>%1 sisältää merkkejä, joita mikään tämän tietokoneen fontti ei tulosta: %2; %3, tai poista ne</translation>
    </message>
    <message>
        <source>%1 millimetre punch</source>
        <translation>%1 millimetrin rei’itin</translation>
    </message>
    <message>
        <source>%1 mm: a common circle punch size</source>
        <translation>%1 mm: tavallinen ympyrärei’ittimen koko</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 / %2 valittu</translation>
    </message>
    <message>
        <source>%1 of each of %2 response kinds</source>
        <translation>%1 kutakin %2 vastauslajista</translation>
    </message>
    <message>
        <source>%1 sets, %2 tokens a page</source>
        <translation>%1 sarjaa, %2 merkkiä sivulla</translation>
    </message>
    <message>
        <source>%1 talk</source>
        <comment>talk tokens per person</comment>
        <translation>%1 puhe</translation>
    </message>
    <message>
        <source>%1 tokens: %2 sets of %3 (%4).</source>
        <translation>%1 merkkiä: %2 sarjaa, %3 kussakin (%4).</translation>
    </message>
    <message>
        <source>%1 with their agreed reasons: %2</source>
        <translation>%1 sovittuine perusteluineen: %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rule(s)</source>
        <translation>
            <numerusform>%1, %n sääntö</numerusform>
            <numerusform>%1, %n sääntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n kokous</numerusform>
            <numerusform>%n kokousta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, one set each</source>
        <translation>
            <numerusform>%n nimi tiedostosta %1, kullekin sarja</numerusform>
            <numerusform>%n nimeä tiedostosta %1, kullekin sarja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s)</source>
        <translation>
            <numerusform>%n normi</numerusform>
            <numerusform>%n normia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3</source>
        <translation>
            <numerusform>%n sivu · %1 %2 · %3</numerusform>
            <numerusform>%n sivua · %1 %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3, %4</source>
        <translation>
            <numerusform>%n sivu · %1 %2 · %3, %4</numerusform>
            <numerusform>%n sivua · %1 %2 · %3, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 (%2) · %3</source>
        <translation>
            <numerusform>%n sivu · %1 (%2) · %3</numerusform>
            <numerusform>%n sivua · %1 (%2) · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n sääntö</numerusform>
            <numerusform>%n sääntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the rules to print (tick, and drag or move to reorder)</source>
        <translation>&amp;Valitse tulostettavat säännöt (valitse; vedä tai siirrä järjestääksesi)</translation>
    </message>
    <message>
        <source>&amp;Diameter:</source>
        <translation>&amp;Halkaisija:</translation>
    </message>
    <message>
        <source>&amp;Ground rules</source>
        <translation>&amp;Perussäännöt</translation>
    </message>
    <message>
        <source>&amp;Keep for this team</source>
        <translation>&amp;Tallenna tälle tiimille</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Vaaka</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Tavoitteet:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Raportti</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Tallenna PDF…</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>Puhe&amp;merkit</translation>
    </message>
    <message>
        <source>&amp;Use normlab's wording</source>
        <translation>&amp;Käytä normlabin sanamuotoa</translation>
    </message>
    <message>
        <source>, fronts and backs</source>
        <translation>, etu- ja takapuolet</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>16:9-dia</translation>
    </message>
    <message>
        <source>16:9 slide, to project</source>
        <translation>16:9-dia projisoitavaksi</translation>
    </message>
    <message>
        <source>a decision of %1</source>
        <translation>päätös %1</translation>
    </message>
    <message>
        <source>a reason of “%1”</source>
        <translation>normin ”%1” perustelu</translation>
    </message>
    <message>
        <source>A small label on each rule naming the dimension of its because-line</source>
        <translation>Pieni merkki jokaisessa säännössä: sen koska-rivin ulottuvuus</translation>
    </message>
    <message>
        <source>A text file with one name per line: a set per name, named on every token</source>
        <translation>Tekstitiedosto, jossa yksi nimi rivillä: sarja kullekin nimelle, nimi jokaisessa merkissä</translation>
    </message>
    <message>
        <source>a voice of “%1”</source>
        <translation>normin ”%1” ääni</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4-sivu</translation>
    </message>
    <message>
        <source>A5 card</source>
        <translation>A5-kortti</translation>
    </message>
    <message>
        <source>A6 card, for a pocket</source>
        <translation>A6-kortti taskuun</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>a reason</comment>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source>an earlier wording of “%1”</source>
        <translation>normin ”%1” aiempi sanamuoto</translation>
    </message>
    <message>
        <source>As agreed: %1</source>
        <translation>Kuten sovittu: %1</translation>
    </message>
    <message>
        <source>Attr&amp;ibution:</source>
        <translation>L&amp;ähde:</translation>
    </message>
    <message>
        <source>Backs: our ground rules, in turn</source>
        <translation>Takapuolet: perussääntömme vuorotellen</translation>
    </message>
    <message>
        <source>Backs: the kind of token</source>
        <translation>Takapuolet: merkin laji</translation>
    </message>
    <message>
        <source>Because-&amp;word:</source>
        <translation>&amp;Koska-sana:</translation>
    </message>
    <message>
        <source>Because-line for t&amp;his rule:</source>
        <translation>Tämän &amp;säännön koska-rivi:</translation>
    </message>
    <message>
        <source>because-line: %1</source>
        <translation>koska-rivi: %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Ennen tulostusta</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>&amp;Kortti:</translation>
    </message>
    <message>
        <source>Check the printer, then try Print… again.</source>
        <translation>Tarkista tulostin ja yritä sitten Tulosta… uudelleen.</translation>
    </message>
    <message>
        <source>Checks on the rules to print</source>
        <translation>Tulostettavien sääntöjen tarkistukset</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file, one name a line.</source>
        <translation>Valitse UTF-8-tekstitiedosto, yksi nimi rivillä.</translation>
    </message>
    <message>
        <source>Choose the colour of %1</source>
        <translation>Valitse väri: %1</translation>
    </message>
    <message>
        <source>Class l&amp;ist…</source>
        <translation>&amp;Luokkalista…</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Luokkalista</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Väri: %1</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Raportin päivämäärä</translation>
    </message>
    <message>
        <source>Date to print</source>
        <translation>Tulostettava päivämäärä</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Oletus: %1</translation>
    </message>
    <message>
        <source>Di&amp;mension badges</source>
        <translation>Ulottuvuus&amp;merkit</translation>
    </message>
    <message>
        <source>double-sided</source>
        <translation>kaksipuolinen</translation>
    </message>
    <message>
        <source>Double-sided: print ba&amp;cks</source>
        <translation>Kaksipuolinen: tulosta &amp;takapuolet</translation>
    </message>
    <message>
        <source>Duplex edge</source>
        <translation>Kääntöreuna</translation>
    </message>
    <message>
        <source>Eac&amp;h response kind:</source>
        <translation>&amp;Kutakin vastauslajia:</translation>
    </message>
    <message>
        <source>Each front page is followed by its back, placed so each back lands behind its front</source>
        <translation>Jokaista etusivua seuraa sen takasivu, sijoitettuna niin, että jokainen takapuoli osuu etupuolensa taakse</translation>
    </message>
    <message>
        <source>Empty for a line to write it on</source>
        <translation>Tyhjä = viiva kirjoittamista varten</translation>
    </message>
    <message>
        <source>Every current rule (%1)</source>
        <translation>Kaikki voimassa olevat säännöt (%1)</translation>
    </message>
    <message>
        <source>Forget the class list</source>
        <translation>Unohda luokkalista</translation>
    </message>
    <message>
        <source>Grid: rows with cut lines (guillotine, punch)</source>
        <translation>Ruudukko: rivit leikkuuviivoin (leikkuri, rei’itin)</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Perussäännöt</translation>
    </message>
    <message>
        <source>Ground rules poster</source>
        <translation>Perussääntöjuliste</translation>
    </message>
    <message>
        <source>Hex: the most per page (scissors)</source>
        <translation>Kenno: eniten sivulla (sakset)</translation>
    </message>
    <message>
        <source>How the sheet turns over</source>
        <translation>Miten arkki kääntyy</translation>
    </message>
    <message>
        <source>Keep these words for the team's next cards (Edit ▸ Undo in the main window)</source>
        <translation>Tallenna nämä sanat tiimin seuraaviin kortteihin (Muokkaa ▸ Kumoa pääikkunassa)</translation>
    </message>
    <message>
        <source>Kept for this team: its next cards start with it.</source>
        <translation>Tallennettu tälle tiimille: sen seuraavat kortit alkavat tällä.</translation>
    </message>
    <message>
        <source>Kept the pre-brief statement for “%1”.</source>
        <translation>Alkuinfon lausuma tallennettu tiimille ”%1”.</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Asettelu:</translation>
    </message>
    <message>
        <source>Labels and c&amp;olours</source>
        <translation>Tekstit ja &amp;värit</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>vaaka</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Lines at the end where the team signs the agreement</source>
        <translation>Viivat lopussa, joille tiimi allekirjoittaa sopimuksen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Seuraava sivu</translation>
    </message>
    <message>
        <source>No because-line</source>
        <translation>Ei koska-riviä</translation>
    </message>
    <message>
        <source>no because-line</source>
        <translation>ei koska-riviä</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Ei esikatselua</translation>
    </message>
    <message>
        <source>No preview until the problem above is put right.</source>
        <translation>Ei esikatselua, ennen kuin yllä oleva ongelma on korjattu.</translation>
    </message>
    <message>
        <source>No rules: the card keeps room for the session's objectives.</source>
        <translation>Ei sääntöjä: kortissa on tilaa istunnon tavoitteille.</translation>
    </message>
    <message>
        <source>No tokens chosen.</source>
        <translation>Merkkejä ei valittu.</translation>
    </message>
    <message>
        <source>normlab's own wording prints (in grey). Type or paste your team's own to keep it.</source>
        <translation>normlabin oma sanamuoto tulostuu (harmaalla). Kirjoita tai liitä tiiminne oma tallentaaksesi sen.</translation>
    </message>
    <message>
        <source>Not kept: someone else changed this team's statement meanwhile. Yours still prints here; Keep for this team replaces theirs.</source>
        <translation>Ei tallennettu: joku muu muutti tiimin lausumaa sillä välin. Sinun tulostuu silti tässä; Tallenna tälle tiimille korvaa heidän versionsa.</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Mitään ei tulostettu</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or name.</source>
        <translation>Mitään ei kirjoitettu. Valitse toinen kansio tai nimi.</translation>
    </message>
    <message>
        <source>One objective a line; empty for lines to write on</source>
        <translation>Yksi tavoite rivillä; tyhjä = viivat kirjoittamista varten</translation>
    </message>
    <message>
        <source>one per page</source>
        <comment>a layout</comment>
        <translation>yksi sivulla</translation>
    </message>
    <message>
        <source>One rule per page: a washing line</source>
        <translation>Yksi sääntö sivulla: pyykkinaru</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>yksipuolinen</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>&amp;Henkilöitä:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Sivun leveys</translation>
    </message>
    <message>
        <source>Pause &amp;word:</source>
        <translation>&amp;Taukosana:</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>pysty</translation>
    </message>
    <message>
        <source>poster</source>
        <comment>a layout</comment>
        <translation>juliste</translation>
    </message>
    <message>
        <source>Poster: read across the room, over more pages</source>
        <translation>Juliste: luettavissa huoneen poikki, useammalle sivulle</translation>
    </message>
    <message>
        <source>Pre-&amp;brief</source>
        <translation>&amp;Alkuinfo</translation>
    </message>
    <message>
        <source>Pre-brief</source>
        <translation>Alkuinfo</translation>
    </message>
    <message>
        <source>Pre-brief slide</source>
        <translation>Alkuinfo-dia</translation>
    </message>
    <message>
        <source>Pre-brief statement</source>
        <translation>Alkuinfon lausuma</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>PDF:n esikatselu</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Edellinen sivu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Print centre — %1</source>
        <translation>Tulostuskeskus — %1</translation>
    </message>
    <message>
        <source>Print this kind of response token</source>
        <translation>Tulosta tämän lajin vastausmerkit</translation>
    </message>
    <message>
        <source>Print “%1” tokens</source>
        <translation>Tulosta ”%1”-merkit</translation>
    </message>
    <message>
        <source>Printed in bold before each because-line; empty for the printed language's own word</source>
        <translation>Tulostetaan lihavoituna jokaisen koska-rivin eteen; tyhjä = tulostuskielen oma sana</translation>
    </message>
    <message>
        <source>Printed under the statement, for a standard text such as a simulation centre's Basic Assumption</source>
        <translation>Tulostetaan lausuman alle, esimerkiksi simulaatiokeskuksen Basic Assumption -vakiotekstiä varten</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its long edge</source>
        <translation>Tulostin kääntää arkin pitkän reunan yli</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its short edge</source>
        <translation>Tulostin kääntää arkin lyhyen reunan yli</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <source>Prints as typed; kept for the team when you leave the field, or with Keep.</source>
        <translation>Tulostuu kirjoitetun mukaisena; tallentuu tiimille, kun poistut kentästä, tai Tallenna-painikkeella.</translation>
    </message>
    <message>
        <source>punch:</source>
        <translation>rei’itin:</translation>
    </message>
    <message>
        <source>Reset to de&amp;faults</source>
        <translation>&amp;Palauta oletukset</translation>
    </message>
    <message>
        <source>Responses (each person gets each kind)</source>
        <translation>Vastaukset (jokainen saa kutakin lajia)</translation>
    </message>
    <message>
        <source>retired · %1</source>
        <translation>poistettu käytöstä · %1</translation>
    </message>
    <message>
        <source>rule %1 “%2”</source>
        <translation>sääntö %1 ”%2”</translation>
    </message>
    <message>
        <source>Rules to print</source>
        <translation>Tulostettavat säännöt</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>”%1” tallennettu kansioon %2.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Lähetetään sivuja tulostimelle…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n sivu lähetetty: %1.</numerusform>
            <numerusform>%n sivua lähetetty: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setti&amp;ng:</source>
        <translation>&amp;Tilanne:</translation>
    </message>
    <message>
        <source>sheet</source>
        <comment>a layout</comment>
        <translation>arkki</translation>
    </message>
    <message>
        <source>Sheet: up to 20 rules, to hand out</source>
        <translation>Arkki: enintään 20 sääntöä jaettavaksi</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Näytä &amp;päivämäärä</translation>
    </message>
    <message>
        <source>Show the team &amp;name</source>
        <translation>Näytä tiimin &amp;nimi</translation>
    </message>
    <message>
        <source>Space ticks or unticks a rule; Alt+Up and Alt+Down move it</source>
        <translation>Välilyönti valitsee säännön tai poistaa valinnan; Alt+Ylös ja Alt+Alas siirtävät sitä</translation>
    </message>
    <message>
        <source>Stat&amp;ement:</source>
        <translation>&amp;Lausuma:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Strip &amp;for the team's signatures</source>
        <translation>Tila tiimin &amp;allekirjoituksille</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>Tal&amp;k tokens each:</source>
        <translation>Puhe&amp;merkkejä kullekin:</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Puhe</translation>
    </message>
    <message>
        <source>Team &amp;name on the backs</source>
        <translation>Tiimin &amp;nimi takapuolille</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Tiimiraportti</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Tekstitiedostot (*.txt *.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>lähdemerkintä</translation>
    </message>
    <message>
        <source>the back of a token</source>
        <translation>merkin takapuoli</translation>
    </message>
    <message>
        <source>the because-line of “%1”</source>
        <translation>säännön ”%1” koska-rivi</translation>
    </message>
    <message>
        <source>the because-word</source>
        <translation>koska-sana</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>Luokkalistaa ei luettu</translation>
    </message>
    <message>
        <source>The language of the report's headings, dates and page numbers</source>
        <translation>Raportin otsikoiden, päivämäärien ja sivunumeroiden kieli</translation>
    </message>
    <message>
        <source>The language of the title, “because”, dates, page numbers and token kinds</source>
        <translation>Otsikon, ”koska”-sanan, päivämäärien, sivunumeroiden ja merkkilajien kieli</translation>
    </message>
    <message>
        <source>the name “%1”</source>
        <translation>nimi ”%1”</translation>
    </message>
    <message>
        <source>the norm “%1”</source>
        <translation>normi ”%1”</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>tavoite ”%1”</translation>
    </message>
    <message>
        <source>the pages chosen are not in the document</source>
        <translation>valittuja sivuja ei ole asiakirjassa</translation>
    </message>
    <message>
        <source>the pause word</source>
        <translation>taukosana</translation>
    </message>
    <message>
        <source>the PDF could not be made; this is a fault in normlab, not in your choices</source>
        <translation>PDF:ää ei voitu tehdä; vika on normlabissa, ei valinnoissasi</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF:ää ei tallennettu</translation>
    </message>
    <message>
        <source>the pre-brief statement is %1 characters long; it can be at most %2</source>
        <translation>alkuinfon lausuma on %1 merkkiä pitkä; enintään %2 on sallittu</translation>
    </message>
    <message>
        <source>The pre-brief statement was not kept</source>
        <translation>Alkuinfon lausumaa ei tallennettu</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Esikatselu näkyy tässä.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>tulostimelle</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected and try again</source>
        <translation>tulostinta ei voitu käynnistää; tarkista, että se on yhdistetty, ja yritä uudelleen</translation>
    </message>
    <message>
        <source>the rule “%1”</source>
        <translation>sääntö ”%1”</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>lausuma</translation>
    </message>
    <message>
        <source>the team name</source>
        <translation>tiimin nimi</translation>
    </message>
    <message>
        <source>The team's pre-brief statement</source>
        <translation>Tiimin alkuinfon lausuma</translation>
    </message>
    <message>
        <source>The team's profile (reasons held now against those proposed or agreed, per dimension); each norm with its earlier wordings, its reasons from what was held to what is agreed or proposed, the checks that fire and the review-by date; whose reasons fall in which dimension; the meetings and their decisions. Page numbers, and a contents page past three pages.</source>
        <translation>Tiimin profiili (nyt vallitsevat perustelut verrattuna ehdotettuihin tai sovittuihin, ulottuvuuksittain); jokainen normi aiempine sanamuotoineen, perustelut vallitsevasta sovittuun tai ehdotettuun, osuvat tarkistukset ja tarkistuspäivä; kenen perustelut kuuluvat mihinkin ulottuvuuteen; kokoukset ja niiden päätökset. Sivunumerot ja yli kolmen sivun raportissa sisällysluettelo.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>the token label “%1”</source>
        <translation>merkin teksti ”%1”</translation>
    </message>
    <message>
        <source>The word anyone can say to stop the scenario, at any moment</source>
        <translation>Sana, jolla kuka tahansa voi pysäyttää skenaarion milloin tahansa</translation>
    </message>
    <message>
        <source>the “%1” tokens</source>
        <translation>”%1”-merkit</translation>
    </message>
    <message>
        <source>there is nothing to print yet</source>
        <translation>tulostettavaa ei vielä ole</translation>
    </message>
    <message>
        <source>this team was deleted, so there is nothing to print; close the Print centre</source>
        <translation>tämä tiimi poistettiin, joten tulostettavaa ei ole; sulje tulostuskeskus</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Merkin teksti</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Puhemerkit</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Päivitetään esikatselua…</translation>
    </message>
    <message>
        <source>What everyone hears before the session starts. Empty: normlab's own wording (shown in grey).</source>
        <translation>Mitä kaikki kuulevat ennen istunnon alkua. Tyhjä: normlabin oma sanamuoto (harmaalla).</translation>
    </message>
    <message>
        <source>What the backs carry</source>
        <translation>Mitä takapuolilla on</translation>
    </message>
    <message>
        <source>What you typed still prints here; Keep for this team stores it for the team.</source>
        <translation>Kirjoittamasi tulostuu silti tässä; Tallenna tälle tiimille tallentaa sen tiimille.</translation>
    </message>
    <message>
        <source>Where a pasted text comes from (optional)</source>
        <translation>Mistä liitetty teksti on peräisin (valinnainen)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Koko sivu</translation>
    </message>
    <message>
        <source>Whose rules the card lists: one setting's, or every current rule</source>
        <translation>Mitkä säännöt kortissa on: yhden tilanteen vai kaikki voimassa olevat</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomaus</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Suurenna</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pienennä</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ja %1 muuta</translation>
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
    <name>Sessions</name>
    <message>
        <source>%1 kept</source>
        <comment>norms a meeting decided to keep</comment>
        <translation>%1 pidetty</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <comment>norms a meeting retired</comment>
        <translation>%1 poistettu käytöstä</translation>
    </message>
    <message>
        <source>%1 to revise</source>
        <comment>norms a meeting decided to revise</comment>
        <translation>%1 muokattavana</translation>
    </message>
    <message>
        <source>(no longer in the team)</source>
        <translation>(ei enää tiimissä)</translation>
    </message>
    <message>
        <source>after:</source>
        <comment>the reasons after a rewording</comment>
        <translation>jälkeen:</translation>
    </message>
    <message>
        <source>Agreed reasons changed</source>
        <translation>Sovitut perustelut muuttuivat</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>a column heading</comment>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>decided on “%1”</source>
        <translation>päätetty: ”%1”</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>a column heading</comment>
        <translation>Päätökset</translation>
    </message>
    <message>
        <source>Each meeting with who came, what it decided and when the team looks again.</source>
        <translation>Jokainen kokous: ketkä tulivat, mitä päätettiin ja milloin tiimi palaa asiaan.</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>a meeting</comment>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>In a meeting the team goes through its norms one by one on a projector, collects the reasons people give and agrees what each norm rests on.</source>
        <translation>Kokouksessa tiimi käy normit läpi yksi kerrallaan projektorilla, kerää annetut perustelut ja sopii, mihin kukin normi nojaa.</translation>
    </message>
    <message>
        <source>Left open:</source>
        <translation>Jäi auki:</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Kokous %1</translation>
    </message>
    <message>
        <source>Meetings of the team</source>
        <translation>Tiimin kokoukset</translation>
    </message>
    <message>
        <source>Next review</source>
        <comment>a column heading</comment>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>seuraava tarkistus %1</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>ei päätöstä</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Ei vielä kokouksia</translation>
    </message>
    <message>
        <source>Nothing was decided or changed in this meeting.</source>
        <translation>Tässä kokouksessa ei päätetty eikä muutettu mitään.</translation>
    </message>
    <message>
        <source>open: can be continued</source>
        <translation>auki: voidaan jatkaa</translation>
    </message>
    <message>
        <source>Reasons before:</source>
        <translation>Perustelut ennen:</translation>
    </message>
    <message>
        <source>Review by %1 (was %2)</source>
        <translation>Tarkista viimeistään %1 (ennen %2)</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Muotoiltu uudelleen: %1 → %2</translation>
    </message>
    <message>
        <source>Start a meeting…  (Ctrl+M)</source>
        <translation>Aloita kokous…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>Start or continue a meeting…  (Ctrl+M)</source>
        <translation>Aloita tai jatka kokousta…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>still open: it can be continued (Ctrl+M)</source>
        <translation>vielä auki: voidaan jatkaa (Ctrl+M)</translation>
    </message>
    <message>
        <source>Who came</source>
        <comment>a column heading</comment>
        <translation>Ketkä tulivat</translation>
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
    <name>Window</name>
    <message>
        <source>%1: someone else changed it first</source>
        <translation>%1: joku muu muutti sitä ensin</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved: the database cannot be reached.</source>
        <translation>
            <numerusform>%n muutos tallentamatta: tietokantaan ei saada yhteyttä.</numerusform>
            <numerusform>%n muutosta tallentamatta: tietokantaan ei saada yhteyttä.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <comment>a tab</comment>
        <translation>&amp;Normit</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>a tab: the team's meetings</comment>
        <translation>&amp;Kokoukset</translation>
    </message>
    <message>
        <source>&amp;Sessions (%1)</source>
        <comment>a tab, with the number of meetings</comment>
        <translation>&amp;Kokoukset (%1)</translation>
    </message>
    <message>
        <source>Every change is saved at once to this database</source>
        <translation>Jokainen muutos tallennetaan heti tähän tietokantaan</translation>
    </message>
    <message>
        <source>normlab could not save it (see the message before this one).</source>
        <translation>normlab ei voinut tallentaa sitä (katso edellinen viesti).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the database cannot be reached; retrying (%n change(s) kept)</source>
        <translation>
            <numerusform>Ei tallennettu: tietokantaan ei saada yhteyttä; yritetään uudelleen (%n muutos tallessa)</numerusform>
            <numerusform>Ei tallennettu: tietokantaan ei saada yhteyttä; yritetään uudelleen (%n muutosta tallessa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <source>Printing is not available in this build.</source>
        <translation>Tulostus ei ole käytettävissä tässä versiossa.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Cancel keeps the window open, and normlab goes on trying to save them.</source>
        <translation>Lopetetaanko silti ja menetetään ne? Peruuta pitää ikkunan auki, ja normlab yrittää yhä tallentaa ne.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Lopetetaanko tallentamatta?</translation>
    </message>
    <message>
        <source>Read only · %1</source>
        <translation>Vain luku · %1</translation>
    </message>
    <message>
        <source>Read only: the disk holding this database is full; changes cannot be saved</source>
        <translation>Vain luku: tietokannan levy on täynnä; muutoksia ei voi tallentaa</translation>
    </message>
    <message>
        <source>Read only: this database cannot be written here; you can look and print</source>
        <translation>Vain luku: tähän tietokantaan ei voi kirjoittaa täällä; voit katsoa ja tulostaa</translation>
    </message>
    <message>
        <source>Saved as you go · %1</source>
        <translation>Tallentuu samalla · %1</translation>
    </message>
    <message>
        <source>Showing what is stored now.</source>
        <translation>Näytetään, mitä nyt on tallennettu.</translation>
    </message>
    <message>
        <source>Some of what you typed was not saved</source>
        <translation>Osaa kirjoittamastasi ei tallennettu</translation>
    </message>
    <message>
        <source>The window now shows what is stored; your edit was not applied.</source>
        <translation>Ikkuna näyttää nyt tallennetun tilan; muutostasi ei tehty.</translation>
    </message>
    <message>
        <source>The window stays open so you can copy or re-type it; close again to leave anyway.</source>
        <translation>Ikkuna pysyy auki, jotta voit kopioida tai kirjoittaa sen uudelleen; sulje uudelleen poistuaksesi silti.</translation>
    </message>
    <message>
        <source>Waiting to save · %1</source>
        <translation>Odottaa tallennusta · %1</translation>
    </message>
    <message>
        <source>What you typed is on the clipboard, to paste again: “%1”</source>
        <translation>Kirjoittamasi on leikepöydällä uudelleen liitettäväksi: ”%1”</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoomaus %1</translation>
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
        <source>not examined yet: nobody has given a reason for it</source>
        <translation>ei vielä tarkasteltu: kukaan ei ole antanut sille perustelua</translation>
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
        <source>prints without a reason the team agreed</source>
        <translation>tulostuu ilman tiimin sopimaa perustelua</translation>
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
        <source>rests only on the rule itself (“it's the rule”)</source>
        <translation>nojaa vain itse sääntöön (”se on sääntö”)</translation>
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
        <source>reworded, but it still rests on the same kind of reason as before</source>
        <translation>muotoiltu uudelleen, mutta nojaa yhä samanlaiseen perusteluun kuin ennen</translation>
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
