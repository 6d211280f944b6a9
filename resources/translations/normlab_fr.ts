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
    <name>About</name>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is saved, after every change, in:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Vos données&lt;/b&gt; sont enregistrées après chaque modification dans :&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>About normlab</source>
        <translation>À propos de normlab</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Record the norms of your practice, the reasons people give for them, and how those reasons move; then print the ground rules you agreed.</source>
        <translation>Notez les normes de votre pratique, les raisons qu’on en donne et leur évolution ; puis imprimez les règles convenues.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Going back to a backup first backs up what the database holds now.</source>
        <translation>Revenir à une sauvegarde sauvegarde d’abord ce que contient la base maintenant.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>a column heading</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>No backups yet. normlab makes one each time the window starts.</source>
        <translation>Pas encore de sauvegarde. normlab en fait une à chaque ouverture de la fenêtre.</translation>
    </message>
    <message>
        <source>Norms</source>
        <comment>a column heading</comment>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Put the database back as it was on %1 (%2 teams, %3 norms)? What it holds now is backed up first.</source>
        <translation>Remettre la base de données telle qu’elle était le %1 (%2 équipes, %3 normes) ? Son contenu actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column heading</comment>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a column heading</comment>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>La sauvegarde n’a pas pu être restaurée</translation>
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
    <name>Errors</name>
    <message>
        <source>Everything up to your last change is saved. If it happens again, restart normlab and tell whoever looks after it what you were doing.</source>
        <translation>Tout est enregistré jusqu’à votre dernière modification. Si cela se reproduit, redémarrez normlab et dites à la personne qui s’en occupe ce que vous faisiez.</translation>
    </message>
    <message>
        <source>normlab hit a problem it did not expect</source>
        <translation>normlab a rencontré un problème imprévu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Une erreur inattendue s’est produite</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>Cela n’a pas pu être fait</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%3 teams of the same names were replaced (Ctrl+Z brings them back).</source>
        <translation>%3 équipes des mêmes noms ont été remplacées (Ctrl+Z les fait revenir).</translation>
    </message>
    <message>
        <source>%4 norms repeat an earlier one.</source>
        <translation>%4 normes en répètent une précédente.</translation>
    </message>
    <message>
        <source>A team called “%1” already exists.</source>
        <translation>Une équipe nommée « %1 » existe déjà.</translation>
    </message>
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
        <source>Import it as “%1”</source>
        <translation>L’importer sous « %1 »</translation>
    </message>
    <message>
        <source>Import teams</source>
        <translation>Importer des équipes</translation>
    </message>
    <message>
        <source>Import teams from JSON or CSV</source>
        <translation>Importer des équipes depuis JSON ou CSV</translation>
    </message>
    <message>
        <source>Import them under new names</source>
        <translation>Les importer sous de nouveaux noms</translation>
    </message>
    <message>
        <source>Imported %1 teams from %2.</source>
        <translation>%1 équipes importées depuis %2.</translation>
    </message>
    <message>
        <source>Imported one team from %2.</source>
        <translation>Une équipe importée depuis %2.</translation>
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
        <source>normlab JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>JSON normlab ou CSV (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>équipes normlab</translation>
    </message>
    <message>
        <source>One norm repeats an earlier one.</source>
        <translation>Une norme en répète une précédente.</translation>
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
        <source>Replace that team</source>
        <translation>Remplacer cette équipe</translation>
    </message>
    <message>
        <source>Replace those teams</source>
        <translation>Remplacer ces équipes</translation>
    </message>
    <message>
        <source>Replacing deletes the team now in normlab, with its norms, reasons and history, and puts the one from the file in its place. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Remplacer supprime l’équipe actuellement dans normlab, avec ses normes, ses raisons et son historique, et met celle du fichier à sa place. Édition ▸ Annuler (Ctrl+Z) la fait revenir.</translation>
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
        <source>The team of the same name was replaced (Ctrl+Z brings it back).</source>
        <translation>L’équipe du même nom a été remplacée (Ctrl+Z la fait revenir).</translation>
    </message>
    <message>
        <source>These teams already exist: %1.</source>
        <translation>Ces équipes existent déjà : %1.</translation>
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
        <source>Meetings that touched this norm</source>
        <translation>Réunions qui ont touché cette norme</translation>
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
    <name>Meeting</name>
    <message>
        <source> min per norm</source>
        <translation> min par norme</translation>
    </message>
    <message>
        <source> · %1 present</source>
        <translation> · %1 présents</translation>
    </message>
    <message>
        <source> · due now</source>
        <translation> · à revoir maintenant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>norm 3 of 8</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 · meeting of %2</source>
        <translation>%1 · réunion du %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a reason and its marks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;0  nobody in particular</source>
        <translation>&amp;0  personne en particulier</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>&amp;Continue that meeting</source>
        <translation>&amp;Reprendre cette réunion</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Présents :</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles :</translation>
    </message>
    <message>
        <source>&amp;Show on:</source>
        <translation>&amp;Afficher sur :</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Commencer la réunion</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Temps imparti :</translation>
    </message>
    <message>
        <source>1–4 or O I S</source>
        <comment>keys on the keyboard</comment>
        <translation>1–4 ou O I S</translation>
    </message>
    <message>
        <source>A</source>
        <comment>keys on the keyboard</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A norm rests on at most %1 agreed reasons: press A on one to take it back.</source>
        <translation>Une norme repose sur au plus %1 raisons convenues : appuyez sur A sur l’une pour la retirer.</translation>
    </message>
    <message>
        <source>abstain</source>
        <comment>a vote</comment>
        <translation>abstention</translation>
    </message>
    <message>
        <source>add the reason</source>
        <translation>ajouter la raison</translation>
    </message>
    <message>
        <source>Add “%1” to the roles present</source>
        <translation>Ajouter « %1 » aux rôles présents</translation>
    </message>
    <message>
        <source>against</source>
        <comment>a vote</comment>
        <translation>contre</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>agree (at most two)</source>
        <translation>convenir (deux au plus)</translation>
    </message>
    <message>
        <source>Alt+1–4</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+1–4</translation>
    </message>
    <message>
        <source>Alt+1…4 dimension · Alt+H held or proposed · Alt+P who said it</source>
        <translation>Alt+1…4 dimension · Alt+H actuelle ou proposée · Alt+P qui l’a dit</translation>
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
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>back</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>C</source>
        <comment>keys on the keyboard</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Capture a reason</source>
        <translation>Saisir une raison</translation>
    </message>
    <message>
        <source>consensus check</source>
        <translation>vérifier le consensus</translation>
    </message>
    <message>
        <source>Consensus noted (%1): it is kept with the decision, K, V or X.</source>
        <translation>Consensus noté (%1) : il est gardé avec la décision, K, V ou X.</translation>
    </message>
    <message>
        <source>Ctrl++ Ctrl+- Ctrl+0</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl++ Ctrl+- Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl+Maj+Z</translation>
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
        <translation>DÉCIDÉ (%1)</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Décidé : %1</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>keys on the keyboard</comment>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>E</source>
        <comment>keys on the keyboard</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>e.g. teachers, pupils, teaching assistant</source>
        <translation>p. ex. enseignants, élèves, AESH</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>End the meeting and close  (Enter)</source>
        <translation>Terminer la réunion et fermer  (Entrée)</translation>
    </message>
    <message>
        <source>End the meeting of %1</source>
        <translation>Terminer la réunion du %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>keys on the keyboard</comment>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Entrée ou Tab</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>the key</comment>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Esc or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Échap ou Tab</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Du poing aux cinq doigts</translation>
    </message>
    <message>
        <source>flagged by a check</source>
        <translation>signalée par une vérification</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a vote</comment>
        <translation>pour</translation>
    </message>
    <message>
        <source>For · against · abstain</source>
        <translation>Pour · contre · abstention</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Plein écran sur %1 (%2×%3)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>keys on the keyboard</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>held / proposed</source>
        <translation>actuelle / proposée</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Combien sont présents</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s) (%1)</source>
        <translation>
            <numerusform>dans %n mois (%1)</numerusform>
            <numerusform>dans %n mois (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>Dans une fenêtre</translation>
    </message>
    <message>
        <source>its dimension</source>
        <translation>sa dimension</translation>
    </message>
    <message>
        <source>its dimension (I twice: ideational)</source>
        <translation>sa dimension (I deux fois : idéationnelle)</translation>
    </message>
    <message>
        <source>K V X</source>
        <comment>keys on the keyboard</comment>
        <translation>K V X</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>a decision, in capitals</comment>
        <translation>GARDER</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>undo text</comment>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>keep · revise · retire</source>
        <translation>garder · réviser · retirer</translation>
    </message>
    <message>
        <source>KEYS</source>
        <comment>a heading in capitals</comment>
        <translation>TOUCHES</translation>
    </message>
    <message>
        <source>Keys of the meeting screen</source>
        <translation>Touches de l’écran de réunion</translation>
    </message>
    <message>
        <source>leave (the meeting stays open)</source>
        <translation>quitter (la réunion reste ouverte)</translation>
    </message>
    <message>
        <source>Meeting — %1 — normlab</source>
        <translation>Réunion — %1 — normlab</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>New wording of the norm</source>
        <translation>Nouvelle formulation de la norme</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>prochaine révision %1</translation>
    </message>
    <message>
        <source>no agreed reason</source>
        <translation>aucune raison convenue</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>No reasons yet: Enter, type what someone says, Enter.</source>
        <translation>Pas encore de raison : Entrée, tapez ce que quelqu’un dit, Entrée.</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>pas de date de révision</translation>
    </message>
    <message>
        <source>No roles named yet: give them when you start the meeting (who is present).</source>
        <translation>Aucun rôle nommé : indiquez-les en commençant la réunion (qui est présent).</translation>
    </message>
    <message>
        <source>no time box</source>
        <translation>pas de temps imparti</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review date</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Norm %1 of %2</source>
        <translation>Norme %1 sur %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>Nothing decided yet.</source>
        <translation>Rien n’est encore décidé.</translation>
    </message>
    <message>
        <source>Nothing on the agenda is left open.</source>
        <translation>Rien à l’ordre du jour ne reste ouvert.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>or type a day</source>
        <translation>ou tapez un jour</translation>
    </message>
    <message>
        <source>other norm</source>
        <translation>autre norme</translation>
    </message>
    <message>
        <source>P</source>
        <comment>keys on the keyboard</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>pick a reason</source>
        <translation>choisir une raison</translation>
    </message>
    <message>
        <source>Pick a reason first: ↑ and ↓ walk through them.</source>
        <translation>Choisissez d’abord une raison : ↑ et ↓ les parcourent.</translation>
    </message>
    <message>
        <source>Print the agreed ground rules…  (P)</source>
        <translation>Imprimer les règles convenues…  (P)</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>a norm's status</comment>
        <translation>proposée</translation>
    </message>
    <message>
        <source>R</source>
        <comment>keys on the keyboard</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>restart the time box</source>
        <translation>relancer le temps imparti</translation>
    </message>
    <message>
        <source>RETIRE</source>
        <comment>a decision, in capitals</comment>
        <translation>RETIRER</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <comment>undo text</comment>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>revoir avant le</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Revoir avant le %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>revoir avant le %1</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Revoir avant le :</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>REVISE</source>
        <comment>a decision, in capitals</comment>
        <translation>RÉVISER</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <comment>undo text</comment>
        <translation>Réviser %1</translation>
    </message>
    <message>
        <source>reword the norm</source>
        <translation>reformuler la norme</translation>
    </message>
    <message>
        <source>Roles present</source>
        <translation>Rôles présents</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>écran %1</translation>
    </message>
    <message>
        <source>selected, %1</source>
        <translation>sélectionnée, %1</translation>
    </message>
    <message>
        <source>Space adds or drops the norm · Alt+↑ / Alt+↓ move it · the meeting takes the ticked ones in this order</source>
        <translation>Espace ajoute ou retire la norme · Alt+↑ / Alt+↓ la déplacent · la réunion prend celles cochées dans cet ordre</translation>
    </message>
    <message>
        <source>Start a meeting — %1</source>
        <translation>Commencer une réunion — %1</translation>
    </message>
    <message>
        <source>STILL OPEN (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>ENCORE OUVERT (%1)</translation>
    </message>
    <message>
        <source>stop typing</source>
        <translation>arrêter la saisie</translation>
    </message>
    <message>
        <source>summary and end</source>
        <translation>résumé et fin</translation>
    </message>
    <message>
        <source>T</source>
        <comment>keys on the keyboard</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Tab next · Enter save · Alt+K other kind · Esc back</source>
        <translation>Tab suivant · Entrée enregistrer · Alt+K autre type · Échap retour</translation>
    </message>
    <message>
        <source>The meeting could not be started</source>
        <translation>La réunion n’a pas pu commencer</translation>
    </message>
    <message>
        <source>The meeting of %1 was not ended (%2 decided, %3 still open).</source>
        <translation>La réunion du %1 n’a pas été terminée (%2 décidées, %3 encore ouvertes).</translation>
    </message>
    <message>
        <source>The norm</source>
        <translation>La norme</translation>
    </message>
    <message>
        <source>type a reason</source>
        <translation>taper une raison</translation>
    </message>
    <message>
        <source>Type a reason someone gives, then Enter</source>
        <translation>Tapez une raison donnée, puis Entrée</translation>
    </message>
    <message>
        <source>TYPING</source>
        <comment>a heading in capitals</comment>
        <translation>SAISIE</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>était « %1 »</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <source>Where to show the meeting</source>
        <translation>Où afficher la réunion</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>qui l’a dit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>← Back to the norms  (←)</source>
        <translation>← Retour aux normes  (←)</translation>
    </message>
    <message>
        <source>← → PgUp PgDn</source>
        <comment>keys on the keyboard</comment>
        <translation>← → PgPréc PgSuiv</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <comment>keys on the keyboard</comment>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>⏱ %1 left</source>
        <translation>⏱ reste %1</translation>
    </message>
    <message>
        <source>⏱ Time's up (+%1)</source>
        <translation>⏱ Temps écoulé (+%1)</translation>
    </message>
    <message>
        <source>✓ AGREED</source>
        <translation>✓ CONVENUE</translation>
    </message>
    <message>
        <source>✓ AGREED %1</source>
        <comment>the first or second agreed reason</comment>
        <translation>✓ CONVENUE %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About normlab</source>
        <translation>À &amp;propos de normlab</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>&amp;Add norm</source>
        <translation>&amp;Ajouter une norme</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Copy a starter set…</source>
        <translation>&amp;Copier un ensemble de départ…</translation>
    </message>
    <message>
        <source>&amp;Delete norm</source>
        <translation>&amp;Supprimer la norme</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Supprimer l’équipe…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Export team as JSON…</source>
        <translation>&amp;Exporter l’équipe en JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Filter norms</source>
        <translation>&amp;Filtrer les normes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;History of the norm</source>
        <translation>&amp;Historique de la norme</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>&amp;Norm</source>
        <translation>&amp;Norme</translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <translation>&amp;Normes</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Past meetings</source>
        <translation>Réunions &amp;passées</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Print ground rules and tokens…</source>
        <translation>&amp;Imprimer règles et jetons…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reasons of the norm</source>
        <translation>&amp;Raisons de la norme</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Renommer l’équipe…</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Reformuler…</translation>
    </message>
    <message>
        <source>&amp;Start meeting…</source>
        <translation>&amp;Commencer une réunion…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Add the teams in a normlab JSON file, or a team from a CSV file</source>
        <translation>Ajouter les équipes d’un fichier JSON de normlab, ou une équipe d’un fichier CSV</translation>
    </message>
    <message>
        <source>Create an empty team</source>
        <translation>Créer une équipe vide</translation>
    </message>
    <message>
        <source>Delete the norm</source>
        <translation>Supprimer la norme</translation>
    </message>
    <message>
        <source>Delete the team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <source>Dimension &amp;codebook</source>
        <translation>&amp;Guide des dimensions</translation>
    </message>
    <message>
        <source>Export &amp;all teams as JSON…</source>
        <translation>Exporter &amp;toutes les équipes en JSON…</translation>
    </message>
    <message>
        <source>Export team as &amp;CSV…</source>
        <translation>Exporter l’équipe en &amp;CSV…</translation>
    </message>
    <message>
        <source>Give the team another name</source>
        <translation>Donner un autre nom à l’équipe</translation>
    </message>
    <message>
        <source>Go back to an earlier state of this database</source>
        <translation>Revenir à un état antérieur de cette base de données</translation>
    </message>
    <message>
        <source>Go through the norms with the team, full screen</source>
        <translation>Parcourir les normes avec l’équipe, en plein écran</translation>
    </message>
    <message>
        <source>Go to the %1 lane</source>
        <translation>Aller à la colonne %1</translation>
    </message>
    <message>
        <source>Go to the list of teams</source>
        <translation>Aller à la liste des équipes</translation>
    </message>
    <message>
        <source>Go to the table of norms</source>
        <translation>Aller au tableau des normes</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <comment>a menu item: 'Lane 1: Operational'</comment>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <source>Language of the window and light or dark</source>
        <translation>Langue de la fenêtre, clair ou sombre</translation>
    </message>
    <message>
        <source>Larger type, for a projector</source>
        <translation>Texte plus grand, pour un projecteur</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre (&amp;bas)</translation>
    </message>
    <message>
        <source>Move the norm down in the team's order</source>
        <translation>Descendre la norme dans l’ordre de l’équipe</translation>
    </message>
    <message>
        <source>Move the norm up in the team's order</source>
        <translation>Monter la norme dans l’ordre de l’équipe</translation>
    </message>
    <message>
        <source>New wording, recorded as a revision</source>
        <translation>Nouvelle formulation, enregistrée comme révision</translation>
    </message>
    <message>
        <source>Norms and reasons for a spreadsheet</source>
        <translation>Normes et raisons pour un tableur</translation>
    </message>
    <message>
        <source>Posters, sheets, tokens</source>
        <translation>Affiches, feuilles, jetons</translation>
    </message>
    <message>
        <source>Pre-&amp;brief card…</source>
        <translation>Carte de &amp;pré-briefing…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Review &amp;by…</source>
        <translation>Revoir &amp;avant le…</translation>
    </message>
    <message>
        <source>Save every team in one file</source>
        <translation>Enregistrer toutes les équipes dans un fichier</translation>
    </message>
    <message>
        <source>Save this team, history included</source>
        <translation>Enregistrer cette équipe, historique compris</translation>
    </message>
    <message>
        <source>Show all norms again</source>
        <translation>Afficher de nouveau toutes les normes</translation>
    </message>
    <message>
        <source>Show the four lanes</source>
        <translation>Afficher les quatre colonnes</translation>
    </message>
    <message>
        <source>Show the norm's revisions</source>
        <translation>Afficher les révisions de la norme</translation>
    </message>
    <message>
        <source>Show what is stored now</source>
        <translation>Afficher ce qui est enregistré maintenant</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Start a new team from a ready-made set</source>
        <translation>Commencer une équipe à partir d’un ensemble prêt</translation>
    </message>
    <message>
        <source>Team re&amp;port…</source>
        <translation>&amp;Rapport d’équipe…</translation>
    </message>
    <message>
        <source>The four dimensions of reasons, with examples</source>
        <translation>Les quatre dimensions des raisons, avec des exemples</translation>
    </message>
    <message>
        <source>The report to bring to the next meeting</source>
        <translation>Le rapport à apporter à la prochaine réunion</translation>
    </message>
    <message>
        <source>The team's meetings: who came, what they decided</source>
        <translation>Les réunions de l’équipe : qui est venu, ce qui a été décidé</translation>
    </message>
    <message>
        <source>The team's pre-brief statement and its card for a session</source>
        <translation>La déclaration de pré-briefing de l’équipe et sa carte pour une séance</translation>
    </message>
    <message>
        <source>Type a new norm</source>
        <translation>Saisir une nouvelle norme</translation>
    </message>
    <message>
        <source>Type at its normal size</source>
        <translation>Texte à sa taille normale</translation>
    </message>
    <message>
        <source>Type to filter the norms</source>
        <translation>Tapez pour filtrer les normes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>When the team means to look at the norm again</source>
        <translation>Quand l’équipe compte revoir la norme</translation>
    </message>
    <message>
        <source>Work in another file</source>
        <translation>Travailler dans un autre fichier</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
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
        <translation>Toute dimension</translation>
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
    <name>Preferences</name>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Light or dark colours; the system's high-contrast mode is always followed</source>
        <translation>Couleurs claires ou sombres ; le mode contraste élevé du système est toujours suivi</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>La langue des menus, des boutons et des messages</translation>
    </message>
    <message>
        <source>The window speaks the new language when normlab starts again.</source>
        <translation>La fenêtre parlera la nouvelle langue au prochain démarrage de normlab.</translation>
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
        <translation>%1 (l’impression reste possible) :</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>carte %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.</source>
        <translation>
            <numerusform>%1 tiennent sur une page (%2 sur la première, à côté des notes d’impression) : %n feuille de carton, %3.</numerusform>
            <numerusform>%1 tiennent sur une page (%2 sur la première, à côté des notes d’impression) : %n feuilles de carton, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has characters no font on this computer can print: %2; %3, or remove them</source>
        <translation>%1 contient des caractères qu’aucune police de cet ordinateur ne peut imprimer : %2 ; %3, ou retirez-les</translation>
    </message>
    <message>
        <source>%1 millimetre punch</source>
        <translation>perforatrice de %1 millimètres</translation>
    </message>
    <message>
        <source>%1 mm: a common circle punch size</source>
        <translation>%1 mm : une taille courante de perforatrice ronde</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 sur %2 cochées</translation>
    </message>
    <message>
        <source>%1 of each of %2 response kinds</source>
        <translation>%1 de chacun des %2 types de réponse</translation>
    </message>
    <message>
        <source>%1 sets, %2 tokens a page</source>
        <translation>%1 jeux, %2 jetons par page</translation>
    </message>
    <message>
        <source>%1 talk</source>
        <comment>talk tokens per person</comment>
        <translation>%1 parole</translation>
    </message>
    <message>
        <source>%1 tokens: %2 sets of %3 (%4).</source>
        <translation>%1 jetons : %2 jeux de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 with their agreed reasons: %2</source>
        <translation>%1 avec leurs raisons convenues : %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rule(s)</source>
        <translation>
            <numerusform>%1, %n règle</numerusform>
            <numerusform>%1, %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, one set each</source>
        <translation>
            <numerusform>%n nom de %1, un jeu chacun</numerusform>
            <numerusform>%n noms de %1, un jeu chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s)</source>
        <translation>
            <numerusform>%n norme</numerusform>
            <numerusform>%n normes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3</source>
        <translation>
            <numerusform>%n page · %1 %2 · %3</numerusform>
            <numerusform>%n pages · %1 %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3, %4</source>
        <translation>
            <numerusform>%n page · %1 %2 · %3, %4</numerusform>
            <numerusform>%n pages · %1 %2 · %3, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 (%2) · %3</source>
        <translation>
            <numerusform>%n page · %1 (%2) · %3</numerusform>
            <numerusform>%n pages · %1 (%2) · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the rules to print (tick, and drag or move to reorder)</source>
        <translation>&amp;Choisir les règles à imprimer (cochez ; glissez ou déplacez pour réordonner)</translation>
    </message>
    <message>
        <source>&amp;Diameter:</source>
        <translation>&amp;Diamètre :</translation>
    </message>
    <message>
        <source>&amp;Ground rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;Keep for this team</source>
        <translation>&amp;Garder pour cette équipe</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Paysage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Ra&amp;pport</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>&amp;Use normlab's wording</source>
        <translation>&amp;Utiliser la formulation de normlab</translation>
    </message>
    <message>
        <source>, fronts and backs</source>
        <translation>, recto et verso</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>diapositive 16:9</translation>
    </message>
    <message>
        <source>16:9 slide, to project</source>
        <translation>Diapositive 16:9, à projeter</translation>
    </message>
    <message>
        <source>a decision of %1</source>
        <translation>une décision du %1</translation>
    </message>
    <message>
        <source>a reason of “%1”</source>
        <translation>une raison de « %1 »</translation>
    </message>
    <message>
        <source>A small label on each rule naming the dimension of its because-line</source>
        <translation>Une petite étiquette sur chaque règle nommant la dimension de sa ligne « parce que »</translation>
    </message>
    <message>
        <source>A text file with one name per line: a set per name, named on every token</source>
        <translation>Un fichier texte avec un nom par ligne : un jeu par nom, le nom sur chaque jeton</translation>
    </message>
    <message>
        <source>a voice of “%1”</source>
        <translation>une voix de « %1 »</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <source>A5 card</source>
        <translation>Carte A5</translation>
    </message>
    <message>
        <source>A6 card, for a pocket</source>
        <translation>Carte A6, pour la poche</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>a reason</comment>
        <translation>Convenue</translation>
    </message>
    <message>
        <source>an earlier wording of “%1”</source>
        <translation>une formulation antérieure de « %1 »</translation>
    </message>
    <message>
        <source>As agreed: %1</source>
        <translation>Comme convenu : %1</translation>
    </message>
    <message>
        <source>Attr&amp;ibution:</source>
        <translation>Sour&amp;ce :</translation>
    </message>
    <message>
        <source>Backs: our ground rules, in turn</source>
        <translation>Versos : nos règles, à tour de rôle</translation>
    </message>
    <message>
        <source>Backs: the kind of token</source>
        <translation>Versos : le type de jeton</translation>
    </message>
    <message>
        <source>Because-&amp;word:</source>
        <translation>Mot « parce &amp;que » :</translation>
    </message>
    <message>
        <source>Because-line for t&amp;his rule:</source>
        <translation>Ligne « parce que » de &amp;cette règle :</translation>
    </message>
    <message>
        <source>because-line: %1</source>
        <translation>ligne « parce que » : %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Avant d’imprimer</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>Car&amp;te :</translation>
    </message>
    <message>
        <source>Check the printer, then try Print… again.</source>
        <translation>Vérifiez l’imprimante, puis réessayez Imprimer….</translation>
    </message>
    <message>
        <source>Checks on the rules to print</source>
        <translation>Vérifications des règles à imprimer</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file, one name a line.</source>
        <translation>Choisissez un fichier texte UTF-8, un nom par ligne.</translation>
    </message>
    <message>
        <source>Choose the colour of %1</source>
        <translation>Choisir la couleur de %1</translation>
    </message>
    <message>
        <source>Class l&amp;ist…</source>
        <translation>&amp;Liste de classe…</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Liste de classe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Date to print</source>
        <translation>Date à imprimer</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Di&amp;mension badges</source>
        <translation>Badges de di&amp;mension</translation>
    </message>
    <message>
        <source>double-sided</source>
        <translation>recto verso</translation>
    </message>
    <message>
        <source>Double-sided: print ba&amp;cks</source>
        <translation>Recto verso : imprimer les &amp;versos</translation>
    </message>
    <message>
        <source>Duplex edge</source>
        <translation>Bord de retournement</translation>
    </message>
    <message>
        <source>Eac&amp;h response kind:</source>
        <translation>C&amp;haque type de réponse :</translation>
    </message>
    <message>
        <source>Each front page is followed by its back, placed so each back lands behind its front</source>
        <translation>Chaque recto est suivi de son verso, placé pour que chaque verso tombe derrière son recto</translation>
    </message>
    <message>
        <source>Empty for a line to write it on</source>
        <translation>Vide pour une ligne où l’écrire</translation>
    </message>
    <message>
        <source>Every current rule (%1)</source>
        <translation>Toutes les règles en vigueur (%1)</translation>
    </message>
    <message>
        <source>Forget the class list</source>
        <translation>Oublier la liste de classe</translation>
    </message>
    <message>
        <source>Grid: rows with cut lines (guillotine, punch)</source>
        <translation>Grille : rangées avec traits de coupe (massicot, perforatrice)</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Ground rules poster</source>
        <translation>Affiche des règles</translation>
    </message>
    <message>
        <source>Hex: the most per page (scissors)</source>
        <translation>Hexagonal : le plus par page (ciseaux)</translation>
    </message>
    <message>
        <source>How the sheet turns over</source>
        <translation>Comment la feuille se retourne</translation>
    </message>
    <message>
        <source>Keep these words for the team's next cards (Edit ▸ Undo in the main window)</source>
        <translation>Garder ces mots pour les prochaines cartes de l’équipe (Édition ▸ Annuler dans la fenêtre principale)</translation>
    </message>
    <message>
        <source>Kept for this team: its next cards start with it.</source>
        <translation>Gardé pour cette équipe : ses prochaines cartes commencent ainsi.</translation>
    </message>
    <message>
        <source>Kept the pre-brief statement for “%1”.</source>
        <translation>Déclaration de pré-briefing gardée pour « %1 ».</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Mise en page :</translation>
    </message>
    <message>
        <source>Labels and c&amp;olours</source>
        <translation>Libellés et c&amp;ouleurs</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Lang&amp;ue :</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>Lang&amp;ue :</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Lines at the end where the team signs the agreement</source>
        <translation>Des lignes à la fin où l’équipe signe l’accord</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>No because-line</source>
        <translation>Pas de ligne « parce que »</translation>
    </message>
    <message>
        <source>no because-line</source>
        <translation>pas de ligne « parce que »</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>No preview until the problem above is put right.</source>
        <translation>Pas d’aperçu tant que le problème ci-dessus n’est pas réglé.</translation>
    </message>
    <message>
        <source>No rules: the card keeps room for the session's objectives.</source>
        <translation>Aucune règle : la carte garde de la place pour les objectifs de la séance.</translation>
    </message>
    <message>
        <source>No tokens chosen.</source>
        <translation>Aucun jeton choisi.</translation>
    </message>
    <message>
        <source>normlab's own wording prints (in grey). Type or paste your team's own to keep it.</source>
        <translation>La formulation de normlab s’imprime (en gris). Tapez ou collez celle de votre équipe pour la garder.</translation>
    </message>
    <message>
        <source>Not kept: someone else changed this team's statement meanwhile. Yours still prints here; Keep for this team replaces theirs.</source>
        <translation>Non gardée : quelqu’un d’autre a modifié entre-temps la déclaration de l’équipe. La vôtre s’imprime toujours ici ; « Garder pour cette équipe » remplace la leur.</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Rien n’a été imprimé</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or name.</source>
        <translation>Rien n’a été écrit. Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>One objective a line; empty for lines to write on</source>
        <translation>Un objectif par ligne ; vide pour des lignes où écrire</translation>
    </message>
    <message>
        <source>one per page</source>
        <comment>a layout</comment>
        <translation>une par page</translation>
    </message>
    <message>
        <source>One rule per page: a washing line</source>
        <translation>Une règle par page : une corde à linge</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>recto seul</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>P&amp;ersonnes :</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <source>Pause &amp;word:</source>
        <translation>&amp;Mot de pause :</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>poster</source>
        <comment>a layout</comment>
        <translation>affiche</translation>
    </message>
    <message>
        <source>Poster: read across the room, over more pages</source>
        <translation>Affiche : lisible de loin, sur plusieurs pages</translation>
    </message>
    <message>
        <source>Pre-&amp;brief</source>
        <translation>&amp;Pré-briefing</translation>
    </message>
    <message>
        <source>Pre-brief</source>
        <translation>Pré-briefing</translation>
    </message>
    <message>
        <source>Pre-brief slide</source>
        <translation>Diapositive de pré-briefing</translation>
    </message>
    <message>
        <source>Pre-brief statement</source>
        <translation>Déclaration de pré-briefing</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print centre — %1</source>
        <translation>Centre d’impression — %1</translation>
    </message>
    <message>
        <source>Print this kind of response token</source>
        <translation>Imprimer ce type de jeton de réponse</translation>
    </message>
    <message>
        <source>Print “%1” tokens</source>
        <translation>Imprimer les jetons « %1 »</translation>
    </message>
    <message>
        <source>Printed in bold before each because-line; empty for the printed language's own word</source>
        <translation>Imprimé en gras avant chaque ligne « parce que » ; vide pour le mot de la langue imprimée</translation>
    </message>
    <message>
        <source>Printed under the statement, for a standard text such as a simulation centre's Basic Assumption</source>
        <translation>Imprimé sous la déclaration, pour un texte type comme la Basic Assumption d’un centre de simulation</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its long edge</source>
        <translation>L’imprimante retourne la feuille sur le bord long</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its short edge</source>
        <translation>L’imprimante retourne la feuille sur le bord court</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Prints as typed; kept for the team when you leave the field, or with Keep.</source>
        <translation>S’imprime tel que saisi ; gardé pour l’équipe quand vous quittez le champ, ou avec « Garder ».</translation>
    </message>
    <message>
        <source>punch:</source>
        <translation>perforatrice :</translation>
    </message>
    <message>
        <source>Reset to de&amp;faults</source>
        <translation>Rétablir les &amp;valeurs par défaut</translation>
    </message>
    <message>
        <source>Responses (each person gets each kind)</source>
        <translation>Réponses (chaque personne reçoit chaque type)</translation>
    </message>
    <message>
        <source>retired · %1</source>
        <translation>retirée · %1</translation>
    </message>
    <message>
        <source>rule %1 “%2”</source>
        <translation>règle %1 « %2 »</translation>
    </message>
    <message>
        <source>Rules to print</source>
        <translation>Règles à imprimer</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>« %1 » enregistré dans %2.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l’imprimante…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page envoyée à %1.</numerusform>
            <numerusform>%n pages envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setti&amp;ng:</source>
        <translation>Co&amp;ntexte :</translation>
    </message>
    <message>
        <source>sheet</source>
        <comment>a layout</comment>
        <translation>feuille</translation>
    </message>
    <message>
        <source>Sheet: up to 20 rules, to hand out</source>
        <translation>Feuille : jusqu’à 20 règles, à distribuer</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Afficher la &amp;date</translation>
    </message>
    <message>
        <source>Show the team &amp;name</source>
        <translation>Afficher le &amp;nom de l’équipe</translation>
    </message>
    <message>
        <source>Space ticks or unticks a rule; Alt+Up and Alt+Down move it</source>
        <translation>Espace coche ou décoche une règle ; Alt+Haut et Alt+Bas la déplacent</translation>
    </message>
    <message>
        <source>Stat&amp;ement:</source>
        <translation>Décl&amp;aration :</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Strip &amp;for the team's signatures</source>
        <translation>Bande &amp;pour les signatures de l’équipe</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>Tal&amp;k tokens each:</source>
        <translation>Jetons de paro&amp;le chacun :</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Team &amp;name on the backs</source>
        <translation>&amp;Nom de l’équipe au verso</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Rapport d’équipe</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>la source</translation>
    </message>
    <message>
        <source>the back of a token</source>
        <translation>le verso d’un jeton</translation>
    </message>
    <message>
        <source>the because-line of “%1”</source>
        <translation>la ligne « parce que » de « %1 »</translation>
    </message>
    <message>
        <source>the because-word</source>
        <translation>le mot « parce que »</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>La liste de classe n’a pas été lue</translation>
    </message>
    <message>
        <source>The language of the report's headings, dates and page numbers</source>
        <translation>La langue des titres, des dates et des numéros de page du rapport</translation>
    </message>
    <message>
        <source>The language of the title, “because”, dates, page numbers and token kinds</source>
        <translation>La langue du titre, de « parce que », des dates, des numéros de page et des types de jetons</translation>
    </message>
    <message>
        <source>the name “%1”</source>
        <translation>le nom « %1 »</translation>
    </message>
    <message>
        <source>the norm “%1”</source>
        <translation>la norme « %1 »</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>l’objectif « %1 »</translation>
    </message>
    <message>
        <source>the pages chosen are not in the document</source>
        <translation>les pages choisies ne sont pas dans le document</translation>
    </message>
    <message>
        <source>the pause word</source>
        <translation>le mot de pause</translation>
    </message>
    <message>
        <source>the PDF could not be made; this is a fault in normlab, not in your choices</source>
        <translation>le PDF n’a pas pu être créé ; c’est un défaut de normlab, pas de vos choix</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>the pre-brief statement is %1 characters long; it can be at most %2</source>
        <translation>la déclaration de pré-briefing fait %1 caractères ; elle peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>The pre-brief statement was not kept</source>
        <translation>La déclaration de pré-briefing n’a pas été gardée</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>L’aperçu s’affiche ici.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l’imprimante</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected and try again</source>
        <translation>l’imprimante n’a pas pu démarrer ; vérifiez qu’elle est connectée et réessayez</translation>
    </message>
    <message>
        <source>the rule “%1”</source>
        <translation>la règle « %1 »</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>la déclaration</translation>
    </message>
    <message>
        <source>the team name</source>
        <translation>le nom de l’équipe</translation>
    </message>
    <message>
        <source>The team's pre-brief statement</source>
        <translation>La déclaration de pré-briefing de l’équipe</translation>
    </message>
    <message>
        <source>The team's profile (reasons held now against those proposed or agreed, per dimension); each norm with its earlier wordings, its reasons from what was held to what is agreed or proposed, the checks that fire and the review-by date; whose reasons fall in which dimension; the meetings and their decisions. Page numbers, and a contents page past three pages.</source>
        <translation>Le profil de l’équipe (raisons actuelles face aux raisons proposées ou convenues, par dimension) ; chaque norme avec ses formulations antérieures, ses raisons de l’actuel au convenu ou proposé, les vérifications qui s’appliquent et la date de révision ; qui donne des raisons dans quelle dimension ; les réunions et leurs décisions. Numéros de page, et une table des matières au-delà de trois pages.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the token label “%1”</source>
        <translation>le libellé de jeton « %1 »</translation>
    </message>
    <message>
        <source>The word anyone can say to stop the scenario, at any moment</source>
        <translation>Le mot que chacun peut dire pour arrêter le scénario, à tout moment</translation>
    </message>
    <message>
        <source>the “%1” tokens</source>
        <translation>les jetons « %1 »</translation>
    </message>
    <message>
        <source>there is nothing to print yet</source>
        <translation>il n’y a encore rien à imprimer</translation>
    </message>
    <message>
        <source>this team was deleted, so there is nothing to print; close the Print centre</source>
        <translation>cette équipe a été supprimée, il n’y a donc rien à imprimer ; fermez le centre d’impression</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Libellé du jeton</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>What everyone hears before the session starts. Empty: normlab's own wording (shown in grey).</source>
        <translation>Ce que chacun entend avant le début de la séance. Vide : la formulation de normlab (en gris).</translation>
    </message>
    <message>
        <source>What the backs carry</source>
        <translation>Ce que portent les versos</translation>
    </message>
    <message>
        <source>What you typed still prints here; Keep for this team stores it for the team.</source>
        <translation>Ce que vous avez saisi s’imprime toujours ici ; « Garder pour cette équipe » l’enregistre pour l’équipe.</translation>
    </message>
    <message>
        <source>Where a pasted text comes from (optional)</source>
        <translation>D’où vient un texte collé (facultatif)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Whose rules the card lists: one setting's, or every current rule</source>
        <translation>Les règles que liste la carte : celles d’un contexte, ou toutes les règles en vigueur</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
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
    <name>Sessions</name>
    <message>
        <source>%1 kept</source>
        <comment>norms a meeting decided to keep</comment>
        <translation>%1 gardée(s)</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <comment>norms a meeting retired</comment>
        <translation>%1 retirée(s)</translation>
    </message>
    <message>
        <source>%1 to revise</source>
        <comment>norms a meeting decided to revise</comment>
        <translation>%1 à réviser</translation>
    </message>
    <message>
        <source>(no longer in the team)</source>
        <translation>(n’est plus dans l’équipe)</translation>
    </message>
    <message>
        <source>after:</source>
        <comment>the reasons after a rewording</comment>
        <translation>après :</translation>
    </message>
    <message>
        <source>Agreed reasons changed</source>
        <translation>Raisons convenues modifiées</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>a column heading</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>decided on “%1”</source>
        <translation>décidé sur « %1 »</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>a column heading</comment>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Each meeting with who came, what it decided and when the team looks again.</source>
        <translation>Chaque réunion : qui est venu, ce qui a été décidé et quand l’équipe y reviendra.</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>a meeting</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>In a meeting the team goes through its norms one by one on a projector, collects the reasons people give and agrees what each norm rests on.</source>
        <translation>En réunion, l’équipe passe ses normes une à une au projecteur, recueille les raisons données et convient de ce sur quoi repose chaque norme.</translation>
    </message>
    <message>
        <source>Left open:</source>
        <translation>Restée ouverte :</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <source>Meetings of the team</source>
        <translation>Réunions de l’équipe</translation>
    </message>
    <message>
        <source>Next review</source>
        <comment>a column heading</comment>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>prochaine révision %1</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Pas encore de réunion</translation>
    </message>
    <message>
        <source>Nothing was decided or changed in this meeting.</source>
        <translation>Rien n’a été décidé ni modifié lors de cette réunion.</translation>
    </message>
    <message>
        <source>open: can be continued</source>
        <translation>ouverte : peut être reprise</translation>
    </message>
    <message>
        <source>Reasons before:</source>
        <translation>Raisons avant :</translation>
    </message>
    <message>
        <source>Review by %1 (was %2)</source>
        <translation>Revoir avant le %1 (avant : %2)</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Reformulée : %1 → %2</translation>
    </message>
    <message>
        <source>Start a meeting…  (Ctrl+M)</source>
        <translation>Commencer une réunion…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>Start or continue a meeting…  (Ctrl+M)</source>
        <translation>Commencer ou reprendre une réunion…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>still open: it can be continued (Ctrl+M)</source>
        <translation>encore ouverte : elle peut être reprise (Ctrl+M)</translation>
    </message>
    <message>
        <source>Who came</source>
        <comment>a column heading</comment>
        <translation>Présents</translation>
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
    <name>Window</name>
    <message>
        <source>%1: someone else changed it first</source>
        <translation>%1 : quelqu’un d’autre l’a modifié avant</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved: the database cannot be reached.</source>
        <translation>
            <numerusform>%n modification non enregistrée : la base de données est injoignable.</numerusform>
            <numerusform>%n modifications non enregistrées : la base de données est injoignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <comment>a tab</comment>
        <translation>&amp;Normes</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>a tab: the team's meetings</comment>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Sessions (%1)</source>
        <comment>a tab, with the number of meetings</comment>
        <translation>&amp;Séances (%1)</translation>
    </message>
    <message>
        <source>Every change is saved at once to this database</source>
        <translation>Chaque modification est enregistrée aussitôt dans cette base de données</translation>
    </message>
    <message>
        <source>normlab could not save it (see the message before this one).</source>
        <translation>normlab n’a pas pu l’enregistrer (voir le message précédent).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the database cannot be reached; retrying (%n change(s) kept)</source>
        <translation>
            <numerusform>Non enregistré : la base de données est injoignable ; nouvel essai (%n modification gardée)</numerusform>
            <numerusform>Non enregistré : la base de données est injoignable ; nouvel essai (%n modifications gardées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing is not available in this build.</source>
        <translation>L’impression n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Cancel keeps the window open, and normlab goes on trying to save them.</source>
        <translation>Quitter quand même et les perdre ? Annuler garde la fenêtre ouverte et normlab continue d’essayer de les enregistrer.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Quitter sans enregistrer ?</translation>
    </message>
    <message>
        <source>Read only · %1</source>
        <translation>Lecture seule · %1</translation>
    </message>
    <message>
        <source>Read only: the disk holding this database is full; changes cannot be saved</source>
        <translation>Lecture seule : le disque de cette base de données est plein ; les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>Read only: this database cannot be written here; you can look and print</source>
        <translation>Lecture seule : cette base de données ne peut pas être modifiée ici ; vous pouvez consulter et imprimer</translation>
    </message>
    <message>
        <source>Saved as you go · %1</source>
        <translation>Enregistré au fur et à mesure · %1</translation>
    </message>
    <message>
        <source>Showing what is stored now.</source>
        <translation>Affichage de ce qui est enregistré maintenant.</translation>
    </message>
    <message>
        <source>Some of what you typed was not saved</source>
        <translation>Une partie de ce que vous avez saisi n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The window now shows what is stored; your edit was not applied.</source>
        <translation>La fenêtre affiche maintenant ce qui est enregistré ; votre modification n’a pas été appliquée.</translation>
    </message>
    <message>
        <source>The window stays open so you can copy or re-type it; close again to leave anyway.</source>
        <translation>La fenêtre reste ouverte pour que vous puissiez le copier ou le ressaisir ; fermez à nouveau pour quitter quand même.</translation>
    </message>
    <message>
        <source>Waiting to save · %1</source>
        <translation>En attente d’enregistrement · %1</translation>
    </message>
    <message>
        <source>What you typed is on the clipboard, to paste again: “%1”</source>
        <translation>Ce que vous avez saisi est dans le presse-papiers, à recoller : « %1 »</translation>
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
        <source>not examined yet: nobody has given a reason for it</source>
        <translation>pas encore examinée : personne n’en a donné de raison</translation>
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
        <source>prints without a reason the team agreed</source>
        <translation>s’imprime sans raison convenue par l’équipe</translation>
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
        <source>rests only on the rule itself (“it's the rule”)</source>
        <translation>ne repose que sur la règle elle-même (« c’est la règle »)</translation>
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
        <source>reworded, but it still rests on the same kind of reason as before</source>
        <translation>reformulée, mais elle repose encore sur le même type de raison qu’avant</translation>
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
