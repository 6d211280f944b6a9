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
</context>
</TS>
