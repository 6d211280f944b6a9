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
</TS>
