<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Nos règles communes</translation>
    </message>
    <message>
        <source>because</source>
        <translation>parce que</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Convenu le %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>À revoir avant le %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>J’aimerais dire…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Je suis d’accord avec ___ parce que…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>Je ne suis pas d’accord parce que…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Je voudrais compléter l’idée de ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>Peux-tu expliquer… ?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parler</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Compléter</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Jetons de parole et de réponse</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Pour imprimer</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>Imprimer en taille réelle (100 %), sans « ajuster à la page ».</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Utiliser du papier cartonné (160–250 g/m²) pour que les jetons durent.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>Recto verso : retourner sur le bord long.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>Recto verso : retourner sur le bord court.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>Recto seul : pas de verso.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Découper le long des lignes grises ou avec une perforatrice ronde de %1 mm.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Ce trait mesure 50 mm. S’il est plus court ou plus long, l’imprimante a mis la page à l’échelle.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Jeu %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>c’est la règle</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>notre façon de nous traiter</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>pour pouvoir discuter</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>pour apprendre des idées</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Règles de cette séance</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Mot de pause</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Chacun ici est capable et veut apprendre. Les erreurs sont attendues : c’est ainsi que nous apprenons. Ce qui se dit ici reste ici.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Rapport d’équipe : %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Normes : %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Profil de l’équipe</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>gris : tenu aujourd’hui · couleur : proposé ou convenu</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Interpersonnel</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Discursif</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Idéationnel</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Pas encore examinées : %1 · fondées seulement sur la règle : %2 · reformulées en surface seulement : %3 · avec un écart : %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Formulations précédentes : %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>De (raisons tenues) : %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>Vers (raisons convenues) : %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>Vers (raisons proposées) : %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>aucune raison</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Vérifications : %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Vérifications : rien à signaler</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Pas encore examinée</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Repose seulement sur la règle elle-même</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Reformulée, mais les raisons sont restées les mêmes</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Raisons proposées pas encore partagées</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Qui donne des raisons dans quelle dimension (nombre de raisons) :</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(rôle non précisé)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Aucune raison enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Réunions et décisions</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Aucune réunion enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 présents</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Prochain examen : %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
