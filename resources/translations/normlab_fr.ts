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
<context>
    <name>Codebook</name>
    <message>
        <source>A new wording that still rests on the old reason is usually absorbed into the old practice.</source>
        <translation>Une nouvelle formulation qui repose encore sur l'ancienne raison est en général absorbée par l'ancienne pratique.</translation>
    </message>
    <message>
        <source>Everything this norm rests on is “it's the rule”; a norm like that tends to stay as it is.</source>
        <translation>Tout ce sur quoi repose cette norme, c'est « c'est la règle » ; une telle norme a tendance à rester telle quelle.</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>comment nous nous traitons</translation>
    </message>
    <message>
        <source>In a classroom</source>
        <translation>En classe</translation>
    </message>
    <message>
        <source>learning from ideas</source>
        <translation>apprendre des idées</translation>
    </message>
    <message>
        <source>Listen to others: “Be quiet when someone is speaking, it's good behaviour.”</source>
        <translation>Écouter les autres : « Tais-toi quand quelqu'un parle, c'est la politesse. »</translation>
    </message>
    <message>
        <source>Listen to others: “So we can discuss many ideas and viewpoints.”</source>
        <translation>Écouter les autres : « Pour que nous puissions discuter de nombreuses idées et points de vue. »</translation>
    </message>
    <message>
        <source>Listen to others: “So we can learn from other people's perspectives.”</source>
        <translation>Écouter les autres : « Pour que nous puissions apprendre du point de vue des autres. »</translation>
    </message>
    <message>
        <source>Listen to others: “They listened to you, so you listen to them.”</source>
        <translation>Écouter les autres : « Ils t'ont écouté, alors écoute-les. »</translation>
    </message>
    <message>
        <source>Nobody has said yet why this norm matters: ask for the reasons people give.</source>
        <translation>Personne n'a encore dit pourquoi cette norme compte : demandez les raisons que les gens donnent.</translation>
    </message>
    <message>
        <source>On a ward</source>
        <translation>Dans le service</translation>
    </message>
    <message>
        <source>One surface norm can rest on several reasons at once. Sort each reason people give into the dimension it justifies the norm by (Hofmann &amp; Ruthven, 2018).</source>
        <translation>Une même norme peut reposer sur plusieurs raisons à la fois. Classez chaque raison donnée dans la dimension par laquelle elle justifie la norme (Hofmann &amp; Ruthven, 2018).</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “Don't undermine the nurse's workload; agree a time first.”</source>
        <translation>N'échographier que sur indication clinique : « Ne bouscule pas le travail de l'infirmière ; convenez d'abord d'un moment. »</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So the team can compare readings and discuss the findings.”</source>
        <translation>N'échographier que sur indication clinique : « Pour que l'équipe puisse comparer les lectures et discuter des résultats. »</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So trainees build the skill and the unit learns what scanning shows.”</source>
        <translation>N'échographier que sur indication clinique : « Pour que les internes acquièrent le geste et que le service apprenne ce que montre l'échographie. »</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “That's how we do it here; an echo without need is a waste.”</source>
        <translation>N'échographier que sur indication clinique : « C'est comme ça qu'on fait ici ; une écho sans raison, c'est du gaspillage. »</translation>
    </message>
    <message>
        <source>The four dimensions</source>
        <translation>Les quatre dimensions</translation>
    </message>
    <message>
        <source>The four dimensions of reasons</source>
        <translation>Les quatre dimensions des raisons</translation>
    </message>
    <message>
        <source>The norm is justified by how we treat each other: fairness, respect, not disturbing or undermining others.</source>
        <translation>La norme est justifiée par la façon dont nous nous traitons : équité, respect, ne pas déranger ni dévaloriser les autres.</translation>
    </message>
    <message>
        <source>The norm is justified by taking ideas seriously: learning from other people's thinking, reasoning together, building knowledge.</source>
        <translation>La norme est justifiée par le sérieux accordé aux idées : apprendre de la pensée des autres, raisonner ensemble, construire des connaissances.</translation>
    </message>
    <message>
        <source>The norm is justified by the rule itself: good behaviour, what is normal, what is 'wrong'. A frozen behavioural obligation that nobody needs to explain.</source>
        <translation>La norme est justifiée par la règle elle-même : la bonne conduite, ce qui est normal, ce qui est « mal ». Une obligation de comportement figée que personne n'a besoin d'expliquer.</translation>
    </message>
    <message>
        <source>The norm is justified by what makes a discussion work: hearing several ideas, building on them and challenging them.</source>
        <translation>La norme est justifiée par ce qui fait fonctionner une discussion : entendre plusieurs idées, s'appuyer dessus et les mettre en question.</translation>
    </message>
    <message>
        <source>the rule itself</source>
        <translation>la règle elle-même</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet: this is where the work is.</source>
        <translation>L'équipe veut que cette norme repose sur des raisons que personne ne partage encore : c'est là qu'est le travail.</translation>
    </message>
    <message>
        <source>what makes discussion work</source>
        <translation>ce qui fait fonctionner la discussion</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 could not be done</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>« %1 » n'a pas pu être fait</translation>
    </message>
    <message>
        <source>%1 could not be undone</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>« %1 » n'a pas pu être annulé</translation>
    </message>
    <message>
        <source>Add norm %1</source>
        <translation>Ajouter la norme %1</translation>
    </message>
    <message>
        <source>Add reason to %1</source>
        <translation>Ajouter une raison à %1</translation>
    </message>
    <message>
        <source>Agree %1</source>
        <comment>agree that the norm rests on a reason</comment>
        <translation>Convenir de %1</translation>
    </message>
    <message>
        <source>Clear the review date</source>
        <translation>Effacer la date de révision</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Créer l'équipe %1</translation>
    </message>
    <message>
        <source>Delete norm %1</source>
        <translation>Supprimer la norme %1</translation>
    </message>
    <message>
        <source>Delete reason %1</source>
        <translation>Supprimer la raison %1</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Supprimer l'équipe %1</translation>
    </message>
    <message>
        <source>Edit reason %1</source>
        <translation>Modifier la raison %1</translation>
    </message>
    <message>
        <source>Mark reason as held</source>
        <translation>Marquer la raison comme actuelle</translation>
    </message>
    <message>
        <source>Mark reason as proposed</source>
        <translation>Marquer la raison comme proposée</translation>
    </message>
    <message>
        <source>Move norm %1</source>
        <translation>Déplacer la norme %1</translation>
    </message>
    <message>
        <source>Move reason to %1</source>
        <translation>Déplacer la raison vers %1</translation>
    </message>
    <message>
        <source>No longer agree %1</source>
        <translation>Ne plus convenir de %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>set a field to nothing</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>Put %1 first</source>
        <translation>Mettre %1 en premier</translation>
    </message>
    <message>
        <source>Rename team to %1</source>
        <translation>Renommer l'équipe en %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>À revoir d'ici le %1</translation>
    </message>
    <message>
        <source>Reword norm to %1</source>
        <translation>Reformuler la norme : %1</translation>
    </message>
    <message>
        <source>Set setting to %1</source>
        <translation>Définir le contexte : %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Définir le statut : %1</translation>
    </message>
    <message>
        <source>Set who it regulates to %1</source>
        <translation>Qui elle concerne : %1</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation>Tableur CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export all teams as JSON</source>
        <translation>Exporter toutes les équipes en JSON</translation>
    </message>
    <message>
        <source>Export norms as CSV</source>
        <translation>Exporter les normes en CSV</translation>
    </message>
    <message>
        <source>Export team as JSON</source>
        <translation>Exporter l'équipe en JSON</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import et export</translation>
    </message>
    <message>
        <source>Import and export are not available in this build.</source>
        <translation>L'import et l'export ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Import teams from JSON</source>
        <translation>Importer des équipes depuis un JSON</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n team(s) from %1.</source>
        <translation>
            <numerusform>%n équipe importée depuis %1.</numerusform>
            <numerusform>%n équipes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>normlab database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de données normlab (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>normlab JSON (*.json);;All files (*)</source>
        <translation>JSON normlab (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>équipes normlab</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>That database could not be opened</source>
        <translation>Cette base de données n'a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Le fichier n'a pas pu être importé</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Le fichier n'a pas pu être écrit</translation>
    </message>
    <message>
        <source>You are still working in the database you had open.</source>
        <translation>Vous travaillez toujours dans la base de données que vous aviez ouverte.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: 'operational, interpersonal and ideational'</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day, in Qt's date format (d day, M month, MMM month name, yyyy year)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>a day and a time, in Qt's format (HH hour 0-23, mm minutes)</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source> · in the meeting of %1</source>
        <translation> · lors de la réunion du %1</translation>
    </message>
    <message>
        <source>AFTER</source>
        <comment>a heading in capitals</comment>
        <translation>APRÈS</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <comment>a heading in capitals</comment>
        <translation>AVANT</translation>
    </message>
    <message>
        <source>changed it</source>
        <comment>a meeting</comment>
        <translation>l’a modifiée</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <comment>a heading in capitals</comment>
        <translation>RÉUNIONS</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>aucune raison</translation>
    </message>
    <message>
        <source>No revisions yet</source>
        <translation>Pas encore de révision</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review-by date</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>À revoir d'ici le :</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Surface-only change</source>
        <translation>Changement de surface seulement</translation>
    </message>
    <message>
        <source>The wording changed, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice: name the reason and move it too.</source>
        <translation>La formulation a changé, mais les raisons sur lesquelles elle repose sont du même type qu'avant. Une nouvelle formulation qui repose sur l'ancienne raison est en général absorbée par l'ancienne pratique : nommez la raison et déplacez-la aussi.</translation>
    </message>
    <message>
        <source>When you reword this norm (F2), the change is recorded here with its reasons before and after.</source>
        <translation>Quand vous reformulez cette norme (F2), le changement est enregistré ici avec ses raisons avant et après.</translation>
    </message>
    <message>
        <source>✓ agreed %1</source>
        <translation>✓ convenue %1</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 reasons</source>
        <comment>a lane: 'Operational reasons'</comment>
        <translation>Raisons : %1</translation>
    </message>
    <message>
        <source>%1 · agreed on %2: the norm rests on it</source>
        <translation>%1 · convenue le %2 : la norme repose sur elle</translation>
    </message>
    <message>
        <source>&amp;Agree: the norm rests on this</source>
        <translation>&amp;Convenir : la norme repose sur elle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;No longer agreed</source>
        <translation>&amp;Plus convenue</translation>
    </message>
    <message>
        <source>A role, such as pupil, nurse or teacher</source>
        <translation>Une fonction, comme élève, infirmière ou enseignant</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>the codebook entry of a dimension</comment>
        <translation>À propos : %1</translation>
    </message>
    <message>
        <source>Add a reason…  (%1)</source>
        <translation>Ajouter une raison…  (%1)</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>read aloud after a reason the norm rests on</comment>
        <translation>convenue</translation>
    </message>
    <message>
        <source>Classroom:</source>
        <translation>En classe :</translation>
    </message>
    <message>
        <source>Clinical:</source>
        <translation>En clinique :</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key</comment>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Enter edit · Space held/proposed · A agreed · Alt+1–4 move to lane · Del delete · drag to move</source>
        <translation>Entrée modifier · Espace actuelle/proposée · A convenue · Alt+1–4 changer de colonne · Suppr supprimer · glisser pour déplacer</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter for a new line · Esc cancels</source>
        <translation>Entrée enregistre · Maj+Entrée pour une nouvelle ligne · Échap annule</translation>
    </message>
    <message>
        <source>Make it the &amp;first agreed reason</source>
        <translation>En faire la &amp;première raison convenue</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Marquer comme &amp;actuelle</translation>
    </message>
    <message>
        <source>Mark as &amp;proposed</source>
        <translation>Marquer comme &amp;proposée</translation>
    </message>
    <message>
        <source>New %1 reason</source>
        <comment>a field: 'New Operational reason'</comment>
        <translation>Nouvelle raison : %1</translation>
    </message>
    <message>
        <source>No discussional reason yet</source>
        <translation>Pas encore de raison discursive</translation>
    </message>
    <message>
        <source>No ideational reason yet</source>
        <translation>Pas encore de raison idéationnelle</translation>
    </message>
    <message>
        <source>No interpersonal reason yet</source>
        <translation>Pas encore de raison interpersonnelle</translation>
    </message>
    <message>
        <source>No operational reason yet</source>
        <translation>Pas encore de raison opérationnelle</translation>
    </message>
    <message>
        <source>Read the codebook entry for %1 (examples, definition)</source>
        <translation>Lire l'entrée du guide de codage : %1 (exemples, définition)</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dite par %1</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>the key</comment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>The reason's words</source>
        <translation>Les mots de la raison</translation>
    </message>
    <message>
        <source>Type a reason someone gives for the norm, then press Enter</source>
        <translation>Tapez une raison que quelqu'un donne pour la norme, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l'a dit</translation>
    </message>
    <message>
        <source>Who said it? (optional)</source>
        <translation>Qui l'a dit ? (facultatif)</translation>
    </message>
    <message>
        <source>✓ Agreed</source>
        <comment>the mark of a reason the norm rests on</comment>
        <translation>✓ Convenue</translation>
    </message>
    <message>
        <source>✓ Agreed %1</source>
        <comment>the mark of the first or second agreed reason</comment>
        <translation>✓ Convenue %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>A pre-brief for teaching on the unit, and norms of clinical practice that shape what trainees can try, with the reasons each role gives.</source>
        <translation>Un pré-briefing pour l'enseignement dans le service, et des normes de la pratique clinique qui déterminent ce que les internes peuvent essayer, avec les raisons que donne chaque fonction.</translation>
    </message>
    <message>
        <source>Classroom dialogic talk</source>
        <translation>Dialogue en classe</translation>
    </message>
    <message>
        <source>Coaching working agreements</source>
        <translation>Accords de fonctionnement en coaching</translation>
    </message>
    <message>
        <source>Ground rules for talk in whole-class and group discussion, with the reasons pupils and teachers give for them today and the reasons a dialogic classroom rests on.</source>
        <translation>Des règles pour la parole en classe entière et en groupe, avec les raisons que les élèves et les enseignants en donnent aujourd'hui et celles sur lesquelles repose une classe dialogique.</translation>
    </message>
    <message>
        <source>ICU teaching session</source>
        <translation>Séance d'enseignement en réanimation</translation>
    </message>
    <message>
        <source>Working agreements a coach can start a team or a school with, each with the reasons people commonly give and the reasons worth working towards.</source>
        <translation>Des accords de fonctionnement pour démarrer avec une équipe ou une école, chacun avec les raisons qu'on donne souvent et celles vers lesquelles il vaut la peine d'avancer.</translation>
    </message>
</context>
<context>
    <name>NormDetail</name>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>Pour &amp;qui ?</translation>
    </message>
    <message>
        <source>Current, proposed or retired</source>
        <translation>En vigueur, proposée ou retirée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this norm with its reasons and history (Del; can be undone)</source>
        <translation>Supprimer cette norme avec ses raisons et son historique (Suppr ; peut être annulé)</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <comment>a button: due for review since a day</comment>
        <translation>À revoir depuis le %1</translation>
    </message>
    <message>
        <source>e.g. pupils, trainees</source>
        <translation>p. ex. élèves, internes</translation>
    </message>
    <message>
        <source>Give the norm new wording and record the change as a revision (F2)</source>
        <translation>Donner une nouvelle formulation à la norme et enregistrer le changement comme révision (F2)</translation>
    </message>
    <message>
        <source>History</source>
        <comment>a tab</comment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <comment>a tab, with the number of revisions</comment>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a tab</comment>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir d'ici le</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <comment>a button</comment>
        <translation>À revoir d'ici le %1</translation>
    </message>
    <message>
        <source>Review by…</source>
        <translation>À revoir d'ici…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Reformuler…</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>Con&amp;texte</translation>
    </message>
    <message>
        <source>Select a norm to see its reasons</source>
        <translation>Choisissez une norme pour voir ses raisons</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The norm's reasons and history</source>
        <translation>Les raisons et l'historique de la norme</translation>
    </message>
    <message>
        <source>The norm's wording</source>
        <translation>La formulation de la norme</translation>
    </message>
    <message>
        <source>The reasons people give for a norm are sorted into four lanes: operational, interpersonal, discussional and ideational.</source>
        <translation>Les raisons données pour une norme sont classées en quatre colonnes : opérationnelle, interpersonnelle, discursive et idéationnelle.</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Avertissement : %1. %2</translation>
    </message>
    <message>
        <source>When the team means to look at this norm again (Ctrl+D)</source>
        <translation>Quand l'équipe compte réexaminer cette norme (Ctrl+D)</translation>
    </message>
    <message>
        <source>where or when it applies</source>
        <translation>où ou quand elle s'applique</translation>
    </message>
    <message>
        <source>Where or when the norm applies: pick one the team uses or type a new one</source>
        <translation>Où ou quand la norme s'applique : choisissez un contexte de l'équipe ou tapez-en un nouveau</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Pour qui ?</translation>
    </message>
    <message>
        <source>Whose behaviour the norm is about</source>
        <translation>De quel comportement parle la norme, et de qui</translation>
    </message>
</context>
<context>
    <name>NormOps</name>
    <message numerus="yes">
        <source>A norm rests on at most %n agreed reason(s): press A on one of them to take it back.</source>
        <translation>
            <numerusform>Une norme repose sur %n raison convenue au plus : appuyez sur A sur elle pour la retirer.</numerusform>
            <numerusform>Une norme repose sur %n raisons convenues au plus : appuyez sur A sur l'une d'elles pour la retirer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Norm deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Norme supprimée. Appuyez sur Ctrl+Z pour la récupérer.</translation>
    </message>
</context>
<context>
    <name>NormPane</name>
    <message>
        <source> Needs attention</source>
        <translation> À examiner</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln à revoir</numerusform>
            <numerusform>%Ln à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln à examiner</numerusform>
            <numerusform>%Ln à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <comment>norms that pass the filter</comment>
        <translation>
            <numerusform>%Ln affichée</numerusform>
            <numerusform>%Ln affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>A team is a group that owns norms, such as “Maths department” or “ICU teaching”.</source>
        <translation>Une équipe est un groupe qui a ses normes, comme « Équipe de maths » ou « Enseignement en réanimation ».</translation>
    </message>
    <message>
        <source>Add a norm</source>
        <translation>Ajouter une norme</translation>
    </message>
    <message>
        <source>Add a norm…  (%1)</source>
        <translation>Ajouter une norme…  (%1)</translation>
    </message>
    <message>
        <source>Add norm</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the norm typed beside it</source>
        <translation>Ajouter la norme tapée à côté</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Toutes les dimensions</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Tout contexte</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Copier un ensemble de départ…</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Créer une équipe…</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a filter button: norms due for review</comment>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Enter goes to the norm's reasons; Alt+Up and Alt+Down move it; F2 rewords it</source>
        <translation>Entrée va aux raisons de la norme ; Alt+Haut et Alt+Bas la déplacent ; F2 la reformule</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filtrer par dimension</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Filtrer par contexte</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by wording or reason…  (%1)</source>
        <translation>Filtrer par formulation ou raison…  (%1)</translation>
    </message>
    <message>
        <source>Filter norms</source>
        <translation>Filtrer les normes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>New norm</source>
        <translation>Nouvelle norme</translation>
    </message>
    <message>
        <source>No norm matches the filter</source>
        <translation>Aucune norme ne correspond au filtre</translation>
    </message>
    <message>
        <source>No norms yet — add one or copy a starter set</source>
        <translation>Pas encore de norme — ajoutez-en une ou copiez un ensemble de départ</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Pas encore d'équipe</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Show only norms that apply in this setting</source>
        <translation>N'afficher que les normes qui s'appliquent dans ce contexte</translation>
    </message>
    <message>
        <source>Show only norms with a reason in this dimension</source>
        <translation>N'afficher que les normes ayant une raison dans cette dimension</translation>
    </message>
    <message>
        <source>Show only norms with a warning from the checks</source>
        <translation>N'afficher que les normes signalées par les vérifications</translation>
    </message>
    <message>
        <source>Show only norms with this status</source>
        <translation>N'afficher que les normes de ce statut</translation>
    </message>
    <message>
        <source>Show only the norms due for review: their review-by date has come</source>
        <translation>N'afficher que les normes à revoir : leur date de révision est arrivée</translation>
    </message>
    <message>
        <source>Shows the norms whose words or reasons hold what you type</source>
        <translation>Montre les normes dont les mots ou les raisons contiennent ce que vous tapez</translation>
    </message>
    <message>
        <source>Type a norm your team lives by in the field above, such as “Listen to others”, and press Enter.</source>
        <translation>Tapez dans le champ ci-dessus une norme que votre équipe applique, comme « Écouter les autres », puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Type the norm as people say it, then press Enter</source>
        <translation>Tapez la norme comme les gens la disent, puis appuyez sur Entrée</translation>
    </message>
</context>
<context>
    <name>NormTable</name>
    <message>
        <source>%1; proposed: %2</source>
        <comment>dimensions held; dimensions only proposed</comment>
        <translation>%1 ; proposées : %2</translation>
    </message>
    <message>
        <source>Dimensions of the reasons: filled for held, outlined for proposed only</source>
        <translation>Dimensions des raisons : pleines pour les actuelles, en contour pour les seulement proposées</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>due for review since a day</comment>
        <translation>À revoir %1</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>pas encore de raison</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message>
        <source>Norm</source>
        <comment>a column heading</comment>
        <translation>Norme</translation>
    </message>
    <message>
        <source>proposed: %1</source>
        <comment>dimensions only proposed</comment>
        <translation>proposées : %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a column heading</comment>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Review by</source>
        <comment>a column heading</comment>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Review by %1: due for review</source>
        <translation>À revoir d'ici le %1 : à revoir maintenant</translation>
    </message>
    <message>
        <source>Review by %1: not due yet</source>
        <translation>À revoir d'ici le %1 : pas encore</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>a column heading</comment>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column heading</comment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The day by which the team means to look at the norm again; from then on it is due</source>
        <translation>Le jour où l'équipe compte réexaminer la norme ; à partir de là, elle est à revoir</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warnings from the checks: hover a marker to read it</source>
        <translation>Avertissements des vérifications : survolez un signe pour le lire</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Nothing was changed. You can try again, or press Ctrl+Z to step back.</source>
        <translation>Rien n'a été modifié. Vous pouvez réessayer, ou appuyer sur Ctrl+Z pour revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;No review date</source>
        <translation>&amp;Pas de date de révision</translation>
    </message>
    <message>
        <source>&amp;Or on:</source>
        <translation>&amp;Ou le :</translation>
    </message>
    <message>
        <source>A day of your own: type it or pick it from the calendar</source>
        <translation>Un jour de votre choix : tapez-le ou choisissez-le dans le calendrier</translation>
    </message>
    <message numerus="yes">
        <source>In &amp;%n month(s) (%1)</source>
        <translation>
            <numerusform>Dans &amp;%n mois (%1)</numerusform>
            <numerusform>Dans &amp;%n mois (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir d'ici le</translation>
    </message>
    <message>
        <source>Review by the day chosen beside it</source>
        <translation>À revoir d'ici le jour choisi à côté</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Set this &amp;date</source>
        <translation>Fixer cette &amp;date</translation>
    </message>
    <message>
        <source>The norm gets no review-by date</source>
        <translation>La norme n'aura pas de date de révision</translation>
    </message>
    <message>
        <source>The review-by date is this many months from today</source>
        <translation>La date de révision tombe dans ce nombre de mois à partir d'aujourd'hui</translation>
    </message>
    <message>
        <source>When will the team look at “%1” again? On that day it is due for review.</source>
        <translation>Quand l'équipe réexaminera-t-elle « %1 » ? Ce jour-là, la norme sera à revoir.</translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>&amp;New wording:</source>
        <translation>&amp;Nouvelle formulation :</translation>
    </message>
    <message>
        <source>Enter rewords the norm</source>
        <translation>Entrée reformule la norme</translation>
    </message>
    <message>
        <source>Kept with the revision in the norm's history</source>
        <translation>Conservée avec la révision dans l'historique de la norme</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <source>optional: why it changed, who agreed</source>
        <translation>facultatif : pourquoi elle a changé, qui était d'accord</translation>
    </message>
    <message>
        <source>Reword</source>
        <translation>Reformuler</translation>
    </message>
    <message>
        <source>Reword norm</source>
        <translation>Reformuler la norme</translation>
    </message>
    <message>
        <source>The change is recorded as a revision, with the reasons as they stand now, so the team can see later whether the reasons moved too.</source>
        <translation>Le changement est enregistré comme une révision, avec les raisons telles qu'elles sont maintenant, pour que l'équipe voie plus tard si les raisons ont bougé aussi.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>normlab could not open its database</source>
        <translation>normlab n'a pas pu ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
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
        <translation>%1 · %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln norme</numerusform>
            <numerusform>%Ln normes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add them to this team</source>
        <translation>&amp;Les ajouter à cette équipe</translation>
    </message>
    <message>
        <source>&amp;Add them to this team, “%1”</source>
        <translation>&amp;Les ajouter à cette équipe, « %1 »</translation>
    </message>
    <message>
        <source>A new team is made with the chosen norms</source>
        <translation>Une nouvelle équipe est créée avec les normes choisies</translation>
    </message>
    <message>
        <source>Choose a set to see its norms beside the list</source>
        <translation>Choisissez un ensemble pour voir ses normes à côté de la liste</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into a new team</source>
        <translation>
            <numerusform>Copier %n norme dans une nouvelle équipe</numerusform>
            <numerusform>Copier %n normes dans une nouvelle équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into this team</source>
        <translation>
            <numerusform>Copier %n norme dans cette équipe</numerusform>
            <numerusform>Copier %n normes dans cette équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a starter set</source>
        <translation>Copier un ensemble de départ</translation>
    </message>
    <message>
        <source>Into a &amp;new team called:</source>
        <translation>Dans une &amp;nouvelle équipe nommée :</translation>
    </message>
    <message>
        <source>Its norms and reasons</source>
        <translation>Ses normes et raisons</translation>
    </message>
    <message>
        <source>New team's name</source>
        <translation>Nom de la nouvelle équipe</translation>
    </message>
    <message>
        <source>Norms of the starter set</source>
        <translation>Normes de l'ensemble de départ</translation>
    </message>
    <message>
        <source>Ready-made norms with the reasons people commonly give for them. Tick the norms you want; each comes with its reasons.</source>
        <translation>Des normes toutes prêtes, avec les raisons qu'on en donne souvent. Cochez les normes voulues ; chacune vient avec ses raisons.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a norm; ticked norms are copied</source>
        <translation>Espace coche ou décoche une norme ; les normes cochées sont copiées</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Ensembles de départ</translation>
    </message>
    <message>
        <source>The name of the team the norms are copied into</source>
        <translation>Le nom de l'équipe dans laquelle les normes sont copiées</translation>
    </message>
    <message>
        <source>The norms are added after the norms the team has</source>
        <translation>Les normes sont ajoutées après celles que l'équipe a déjà</translation>
    </message>
</context>
<context>
    <name>TeamOps</name>
    <message numerus="yes">
        <source>Copy %n norm(s) from starter set %1</source>
        <translation>
            <numerusform>Copier %n norme de l'ensemble de départ %1</numerusform>
            <numerusform>Copier %n normes de l'ensemble de départ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy starter set %1</source>
        <translation>Copier l'ensemble de départ %1</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l'équipe</translation>
    </message>
    <message>
        <source>Delete the team %1 with its %2, their reasons and history?

You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>Supprimer l'équipe %1 avec ses %2, leurs raisons et leur historique ?

Vous pouvez la récupérer avec Édition ▸ Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Nom de la nouvelle équipe :</translation>
    </message>
    <message>
        <source>New name of the team:</source>
        <translation>Nouveau nom de l'équipe :</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renommer l'équipe</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Ensembles de départ</translation>
    </message>
    <message>
        <source>The starter library could not be read</source>
        <translation>Les ensembles de départ n'ont pas pu être lus</translation>
    </message>
    <message>
        <source>The starter library is not available in this build.</source>
        <translation>Les ensembles de départ ne sont pas disponibles dans cette version.</translation>
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
        <translation>%1 : %2 actuelles, %3 proposées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active norm(s)</source>
        <translation>
            <numerusform>%Ln norme active</numerusform>
            <numerusform>%Ln normes actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln à revoir</numerusform>
            <numerusform>%Ln à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln norme</numerusform>
            <numerusform>%Ln normes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not examined yet</source>
        <translation>
            <numerusform>%Ln pas encore examinée</numerusform>
            <numerusform>%Ln pas encore examinées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rest(s) only on the rule</source>
        <translation>
            <numerusform>%Ln ne repose que sur la règle</numerusform>
            <numerusform>%Ln ne reposent que sur la règle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reworded on the surface only</source>
        <translation>
            <numerusform>%Ln reformulée en surface seulement</numerusform>
            <numerusform>%Ln reformulées en surface seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a gap to work on</source>
        <translation>
            <numerusform>%Ln avec un écart à travailler</numerusform>
            <numerusform>%Ln avec un écart à travailler</numerusform>
        </translation>
    </message>
    <message>
        <source>+  New team</source>
        <translation>+  Nouvelle équipe</translation>
    </message>
    <message>
        <source>Choose a team to see its norms (Ctrl+T comes here)</source>
        <translation>Choisissez une équipe pour voir ses normes (Ctrl+T ramène ici)</translation>
    </message>
    <message>
        <source>Copy a ready-made set of norms and their reasons into this team or a new one</source>
        <translation>Copier un ensemble prêt de normes et de leurs raisons dans cette équipe ou une nouvelle</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Copier un ensemble de départ…</translation>
    </message>
    <message>
        <source>Create an empty team (Ctrl+Shift+N)</source>
        <translation>Créer une équipe vide (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>held</source>
        <comment>legend of the profile chart</comment>
        <translation>actuelles</translation>
    </message>
    <message>
        <source>How many norms rest on each dimension. A norm counts once in a dimension when at least one of its held (filled bar) or proposed (outlined bar) reasons lies there. Retired norms are left out.</source>
        <translation>Combien de normes reposent sur chaque dimension. Une norme compte une fois dans une dimension si au moins une de ses raisons actuelles (barre pleine) ou proposées (barre en contour) s'y trouve. Les normes retirées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>Aucune équipe choisie</translation>
    </message>
    <message>
        <source>No teams yet. Create one below or copy a starter set.</source>
        <translation>Pas encore d'équipe. Créez-en une ci-dessous ou copiez un ensemble de départ.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln norm(s): %1</source>
        <translation>
            <numerusform>Sur %Ln norme : %1</numerusform>
            <numerusform>Sur %Ln normes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>legend of the profile chart</comment>
        <translation>proposées</translation>
    </message>
    <message>
        <source>TEAM PROFILE</source>
        <comment>a heading in capitals</comment>
        <translation>PROFIL DE L'ÉQUIPE</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Profil de l'équipe</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <comment>a heading in capitals</comment>
        <translation>ÉQUIPES</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln due</source>
        <comment>after a team's number of norms: how many are due for review</comment>
        <translation>
            <numerusform>· %Ln à revoir</numerusform>
            <numerusform>· %Ln à revoir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 pour, %2 contre, %3 abstentions</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>status of a norm</comment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Disc.</source>
        <comment>short for Discussional, on a small chip</comment>
        <translation>Disc.</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Discursive</translation>
    </message>
    <message>
        <source>discussional</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>discursive</translation>
    </message>
    <message>
        <source>Every reason this norm rests on is operational ('it's the rule', 'it's good behaviour'). Such a norm tends to stay as it is; look for reasons about people, discussion or ideas.</source>
        <translation>Toutes les raisons de cette norme sont opérationnelles (« c'est la règle », « c'est la politesse »). Une telle norme a tendance à rester telle quelle ; cherchez des raisons qui touchent aux personnes, à la discussion ou aux idées.</translation>
    </message>
    <message>
        <source>fist to five: %1</source>
        <translation>poing à cinq : %1</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>a reason people hold today</comment>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Idea.</source>
        <comment>short for Ideational, on a small chip</comment>
        <translation>Idéat.</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Idéationnelle</translation>
    </message>
    <message>
        <source>ideational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>idéationnelle</translation>
    </message>
    <message>
        <source>Inter.</source>
        <comment>short for Interpersonal, on a small chip</comment>
        <translation>Inter.</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Interpersonnelle</translation>
    </message>
    <message>
        <source>interpersonal</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>interpersonnelle</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Garder</translation>
    </message>
    <message>
        <source>nobody</source>
        <comment>fist to five: nobody showed a hand</comment>
        <translation>personne</translation>
    </message>
    <message>
        <source>Nobody has said why this norm matters. Ask the team for the reasons they give for it.</source>
        <translation>Personne n'a dit pourquoi cette norme compte. Demandez à l'équipe les raisons qu'elle en donne.</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Pas encore examinée</translation>
    </message>
    <message>
        <source>Oper.</source>
        <comment>short for Operational, on a small chip</comment>
        <translation>Opér.</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnelle</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>a reason the team proposes</comment>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>status of a norm</comment>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Raisons proposées, pas encore partagées</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Repose seulement sur la règle</translation>
    </message>
    <message>
        <source>Retire</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>status of a norm</comment>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Reformulée, mais les raisons sont restées les mêmes</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet (%1). This is where the work is.</source>
        <translation>L'équipe veut que cette norme repose sur des raisons que personne ne partage encore (%1). C'est là qu'est le travail.</translation>
    </message>
    <message>
        <source>The wording changed from “%1” to “%2”, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice; name and move the reason too.</source>
        <translation>La formulation est passée de « %1 » à « %2 », mais les raisons sur lesquelles elle repose sont du même type qu'avant. Une nouvelle formulation qui repose sur l'ancienne raison est en général absorbée par l'ancienne pratique ; nommez et déplacez aussi la raison.</translation>
    </message>
</context>
</TS>
