<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Nuestras normas</translation>
    </message>
    <message>
        <source>because</source>
        <translation>porque</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Acordado el %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Revisar antes del %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>Me gustaría decir…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Estoy de acuerdo con ___ porque…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>No estoy de acuerdo porque…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Quiero añadir a la idea de ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>¿Puedes explicar…?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Fichas de palabra y de respuesta</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Cómo imprimir</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>Imprimir a tamaño real (100 %), no «ajustar a la página».</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Usar cartulina (160–250 g/m²) para que las fichas duren.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>A doble cara: girar por el borde largo.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>A doble cara: girar por el borde corto.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>A una cara: sin reversos.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Recortar por las líneas grises o con una perforadora circular de %1 mm.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Esta línea mide 50 mm. Si es más corta o más larga, la impresora ha escalado la página.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Juego %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>es la norma</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>cómo nos tratamos</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>para poder debatir</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>para aprender de las ideas</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Normas de esta sesión</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Palabra de pausa</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Todos aquí son capaces y quieren aprender. Se esperan errores: así es como aprendemos. Lo que se dice aquí se queda aquí.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Informe del equipo: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Normas: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Perfil del equipo</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>gris: sostenido hoy · color: propuesto o acordado</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Interpersonal</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Discursiva</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ideacional</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Sin examinar: %1 · solo se apoyan en la regla: %2 · reformuladas solo en la superficie: %3 · con una brecha: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Redacciones anteriores: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>De (sostenidas): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>A (acordadas): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>A (propuestas): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>ninguna razón</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Avisos: ninguno</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Aún sin examinar</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Solo se apoya en la propia regla</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Reformulada, pero las razones siguen siendo las mismas</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Razones propuestas que aún nadie sostiene</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Quién da razones en qué dimensión (número de razones):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(sin rol indicado)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Aún no hay razones registradas.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Sesiones y decisiones</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Aún no hay sesiones registradas.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 presentes</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Próxima revisión: %1</translation>
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
<context>
    <name>About</name>
    <message>
        <source>&lt;b&gt;Your data&lt;/b&gt; is saved, after every change, in:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Sus datos&lt;/b&gt; se guardan, tras cada cambio, en:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>About normlab</source>
        <translation>Acerca de normlab</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Con licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Record the norms of your practice, the reasons people give for them, and how those reasons move; then print the ground rules you agreed.</source>
        <translation>Registre las normas de su práctica, las razones que se dan para ellas y cómo cambian esas razones; después imprima las reglas acordadas.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>Going back to a backup first backs up what the database holds now.</source>
        <translation>Volver a una copia guarda primero lo que contiene ahora la base de datos.</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>a column heading</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>No backups yet. normlab makes one each time the window starts.</source>
        <translation>Aún no hay copias. normlab hace una cada vez que se abre la ventana.</translation>
    </message>
    <message>
        <source>Norms</source>
        <comment>a column heading</comment>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Put the database back as it was on %1 (%2 teams, %3 norms)? What it holds now is backed up first.</source>
        <translation>¿Devolver la base de datos a como estaba el %1 (%2 equipos, %3 normas)? Lo que contiene ahora se guarda antes.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column heading</comment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a column heading</comment>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A new wording that still rests on the old reason is usually absorbed into the old practice.</source>
        <translation>Una nueva redacción que sigue apoyándose en la razón antigua suele quedar absorbida por la práctica antigua.</translation>
    </message>
    <message>
        <source>Everything this norm rests on is “it's the rule”; a norm like that tends to stay as it is.</source>
        <translation>Todo aquello en lo que se apoya esta norma es «es la regla»; una norma así tiende a quedarse como está.</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>cómo nos tratamos</translation>
    </message>
    <message>
        <source>In a classroom</source>
        <translation>En el aula</translation>
    </message>
    <message>
        <source>learning from ideas</source>
        <translation>aprender de las ideas</translation>
    </message>
    <message>
        <source>Listen to others: “Be quiet when someone is speaking, it's good behaviour.”</source>
        <translation>Escuchar a los demás: «Cállate cuando alguien habla, es de buena educación.»</translation>
    </message>
    <message>
        <source>Listen to others: “So we can discuss many ideas and viewpoints.”</source>
        <translation>Escuchar a los demás: «Para que podamos discutir muchas ideas y puntos de vista.»</translation>
    </message>
    <message>
        <source>Listen to others: “So we can learn from other people's perspectives.”</source>
        <translation>Escuchar a los demás: «Para que podamos aprender de las perspectivas de los demás.»</translation>
    </message>
    <message>
        <source>Listen to others: “They listened to you, so you listen to them.”</source>
        <translation>Escuchar a los demás: «Ellos te escucharon, así que escúchalos tú.»</translation>
    </message>
    <message>
        <source>Nobody has said yet why this norm matters: ask for the reasons people give.</source>
        <translation>Nadie ha dicho todavía por qué importa esta norma: pregunte por las razones que da la gente.</translation>
    </message>
    <message>
        <source>On a ward</source>
        <translation>En la planta</translation>
    </message>
    <message>
        <source>One surface norm can rest on several reasons at once. Sort each reason people give into the dimension it justifies the norm by (Hofmann &amp; Ruthven, 2018).</source>
        <translation>Una misma norma puede apoyarse en varias razones a la vez. Clasifique cada razón que se da en la dimensión con la que justifica la norma (Hofmann &amp; Ruthven, 2018).</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “Don't undermine the nurse's workload; agree a time first.”</source>
        <translation>Ecografía solo con indicación clínica: «No desbarates el trabajo de enfermería; acordad antes una hora.»</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So the team can compare readings and discuss the findings.”</source>
        <translation>Ecografía solo con indicación clínica: «Para que el equipo pueda comparar lecturas y comentar los hallazgos.»</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “So trainees build the skill and the unit learns what scanning shows.”</source>
        <translation>Ecografía solo con indicación clínica: «Para que los residentes adquieran la destreza y la unidad aprenda lo que muestra la ecografía.»</translation>
    </message>
    <message>
        <source>Scan only when clinically led: “That's how we do it here; an echo without need is a waste.”</source>
        <translation>Ecografía solo con indicación clínica: «Aquí se hace así; una ecografía sin necesidad es un desperdicio.»</translation>
    </message>
    <message>
        <source>The four dimensions</source>
        <translation>Las cuatro dimensiones</translation>
    </message>
    <message>
        <source>The four dimensions of reasons</source>
        <translation>Las cuatro dimensiones de las razones</translation>
    </message>
    <message>
        <source>The norm is justified by how we treat each other: fairness, respect, not disturbing or undermining others.</source>
        <translation>La norma se justifica por cómo nos tratamos: justicia, respeto, no molestar ni menospreciar a los demás.</translation>
    </message>
    <message>
        <source>The norm is justified by taking ideas seriously: learning from other people's thinking, reasoning together, building knowledge.</source>
        <translation>La norma se justifica por tomarse en serio las ideas: aprender del pensamiento de los demás, razonar juntos, construir conocimiento.</translation>
    </message>
    <message>
        <source>The norm is justified by the rule itself: good behaviour, what is normal, what is 'wrong'. A frozen behavioural obligation that nobody needs to explain.</source>
        <translation>La norma se justifica por la propia regla: el buen comportamiento, lo que es normal, lo que está «mal». Una obligación de conducta congelada que nadie necesita explicar.</translation>
    </message>
    <message>
        <source>The norm is justified by what makes a discussion work: hearing several ideas, building on them and challenging them.</source>
        <translation>La norma se justifica por lo que hace funcionar una discusión: escuchar varias ideas, construir sobre ellas y cuestionarlas.</translation>
    </message>
    <message>
        <source>the rule itself</source>
        <translation>la propia regla</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet: this is where the work is.</source>
        <translation>El equipo quiere que esta norma se apoye en razones que nadie sostiene todavía: ahí está el trabajo.</translation>
    </message>
    <message>
        <source>what makes discussion work</source>
        <translation>lo que hace funcionar la discusión</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 could not be done</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>No se pudo hacer «%1»</translation>
    </message>
    <message>
        <source>%1 could not be undone</source>
        <comment>%1 is an edit: 'Add norm “Listen”'</comment>
        <translation>No se pudo deshacer «%1»</translation>
    </message>
    <message>
        <source>Add norm %1</source>
        <translation>Añadir la norma %1</translation>
    </message>
    <message>
        <source>Add reason to %1</source>
        <translation>Añadir razón a %1</translation>
    </message>
    <message>
        <source>Agree %1</source>
        <comment>agree that the norm rests on a reason</comment>
        <translation>Acordar %1</translation>
    </message>
    <message>
        <source>Clear the review date</source>
        <translation>Quitar la fecha de revisión</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Crear el equipo %1</translation>
    </message>
    <message>
        <source>Delete norm %1</source>
        <translation>Eliminar la norma %1</translation>
    </message>
    <message>
        <source>Delete reason %1</source>
        <translation>Eliminar la razón %1</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Eliminar el equipo %1</translation>
    </message>
    <message>
        <source>Edit reason %1</source>
        <translation>Editar la razón %1</translation>
    </message>
    <message>
        <source>Mark reason as held</source>
        <translation>Marcar la razón como actual</translation>
    </message>
    <message>
        <source>Mark reason as proposed</source>
        <translation>Marcar la razón como propuesta</translation>
    </message>
    <message>
        <source>Move norm %1</source>
        <translation>Mover la norma %1</translation>
    </message>
    <message>
        <source>Move reason to %1</source>
        <translation>Mover la razón a %1</translation>
    </message>
    <message>
        <source>No longer agree %1</source>
        <translation>Dejar de acordar %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>set a field to nothing</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>Put %1 first</source>
        <translation>Poner %1 en primer lugar</translation>
    </message>
    <message>
        <source>Rename team to %1</source>
        <translation>Renombrar el equipo a %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Revisar antes del %1</translation>
    </message>
    <message>
        <source>Reword norm to %1</source>
        <translation>Reformular la norma: %1</translation>
    </message>
    <message>
        <source>Set setting to %1</source>
        <translation>Poner el contexto en %1</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>Poner el estado en %1</translation>
    </message>
    <message>
        <source>Set who it regulates to %1</source>
        <translation>A quién regula: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Everything up to your last change is saved. If it happens again, restart normlab and tell whoever looks after it what you were doing.</source>
        <translation>Todo hasta su último cambio está guardado. Si vuelve a ocurrir, reinicie normlab y cuente a quien lo mantiene qué estaba haciendo.</translation>
    </message>
    <message>
        <source>normlab hit a problem it did not expect</source>
        <translation>normlab encontró un problema inesperado</translation>
    </message>
    <message>
        <source>Something unexpected went wrong</source>
        <translation>Algo inesperado salió mal</translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation>No se pudo hacer</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%3 teams of the same names were replaced (Ctrl+Z brings them back).</source>
        <translation>Se reemplazaron %3 equipos de los mismos nombres (Ctrl+Z los recupera).</translation>
    </message>
    <message>
        <source>%4 norms repeat an earlier one.</source>
        <translation>%4 normas repiten otra anterior.</translation>
    </message>
    <message>
        <source>A team called “%1” already exists.</source>
        <translation>Ya existe un equipo llamado «%1».</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;All files (*)</source>
        <translation>Hoja de cálculo CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export all teams as JSON</source>
        <translation>Exportar todos los equipos como JSON</translation>
    </message>
    <message>
        <source>Export norms as CSV</source>
        <translation>Exportar las normas como CSV</translation>
    </message>
    <message>
        <source>Export team as JSON</source>
        <translation>Exportar el equipo como JSON</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importar y exportar</translation>
    </message>
    <message>
        <source>Import and export are not available in this build.</source>
        <translation>Importar y exportar no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Import it as “%1”</source>
        <translation>Importarlo como «%1»</translation>
    </message>
    <message>
        <source>Import teams</source>
        <translation>Importar equipos</translation>
    </message>
    <message>
        <source>Import teams from JSON or CSV</source>
        <translation>Importar equipos desde JSON o CSV</translation>
    </message>
    <message>
        <source>Import them under new names</source>
        <translation>Importarlos con nombres nuevos</translation>
    </message>
    <message>
        <source>Imported %1 teams from %2.</source>
        <translation>%1 equipos importados de %2.</translation>
    </message>
    <message>
        <source>Imported one team from %2.</source>
        <translation>Un equipo importado de %2.</translation>
    </message>
    <message>
        <source>normlab database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de normlab (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>normlab JSON (*.json);;All files (*)</source>
        <translation>JSON de normlab (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>normlab JSON or CSV (*.json *.csv);;All files (*)</source>
        <translation>JSON de normlab o CSV (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>normlab teams</source>
        <comment>a file name</comment>
        <translation>equipos normlab</translation>
    </message>
    <message>
        <source>One norm repeats an earlier one.</source>
        <translation>Una norma repite otra anterior.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Abierto %1.</translation>
    </message>
    <message>
        <source>Replace that team</source>
        <translation>Reemplazar ese equipo</translation>
    </message>
    <message>
        <source>Replace those teams</source>
        <translation>Reemplazar esos equipos</translation>
    </message>
    <message>
        <source>Replacing deletes the team now in normlab, with its norms, reasons and history, and puts the one from the file in its place. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Reemplazar borra el equipo que ahora está en normlab, con sus normas, razones e historial, y pone en su lugar el del archivo. Editar ▸ Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>That database could not be opened</source>
        <translation>No se pudo abrir esa base de datos</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>No se pudo importar el archivo</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>No se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>The team of the same name was replaced (Ctrl+Z brings it back).</source>
        <translation>Se reemplazó el equipo del mismo nombre (Ctrl+Z lo recupera).</translation>
    </message>
    <message>
        <source>These teams already exist: %1.</source>
        <translation>Estos equipos ya existen: %1.</translation>
    </message>
    <message>
        <source>You are still working in the database you had open.</source>
        <translation>Sigue trabajando en la base de datos que tenía abierta.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: 'operational, interpersonal and ideational'</comment>
        <translation>%1 y %2</translation>
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
        <translation> · en la reunión del %1</translation>
    </message>
    <message>
        <source>AFTER</source>
        <comment>a heading in capitals</comment>
        <translation>DESPUÉS</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <comment>a heading in capitals</comment>
        <translation>ANTES</translation>
    </message>
    <message>
        <source>changed it</source>
        <comment>a meeting</comment>
        <translation>la cambió</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <comment>a heading in capitals</comment>
        <translation>REUNIONES</translation>
    </message>
    <message>
        <source>Meetings that touched this norm</source>
        <translation>Reuniones que trataron esta norma</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>ninguna razón</translation>
    </message>
    <message>
        <source>No revisions yet</source>
        <translation>Todavía no hay revisiones</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review-by date</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Revisar antes del:</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Surface-only change</source>
        <translation>Cambio solo en la superficie</translation>
    </message>
    <message>
        <source>The wording changed, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice: name the reason and move it too.</source>
        <translation>La redacción cambió, pero las razones en las que se apoya son del mismo tipo que antes. Una nueva redacción apoyada en la razón antigua suele quedar absorbida por la práctica antigua: nombre la razón y muévala también.</translation>
    </message>
    <message>
        <source>When you reword this norm (F2), the change is recorded here with its reasons before and after.</source>
        <translation>Cuando reformule esta norma (F2), el cambio se registra aquí con sus razones antes y después.</translation>
    </message>
    <message>
        <source>✓ agreed %1</source>
        <translation>✓ acordada %1</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>%1 reasons</source>
        <comment>a lane: 'Operational reasons'</comment>
        <translation>Razones: %1</translation>
    </message>
    <message>
        <source>%1 · agreed on %2: the norm rests on it</source>
        <translation>%1 · acordada el %2: la norma se apoya en ella</translation>
    </message>
    <message>
        <source>&amp;Agree: the norm rests on this</source>
        <translation>&amp;Acordar: la norma se apoya en ella</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <source>&amp;No longer agreed</source>
        <translation>&amp;Ya no acordada</translation>
    </message>
    <message>
        <source>A role, such as pupil, nurse or teacher</source>
        <translation>Una función, como alumno, enfermera o docente</translation>
    </message>
    <message>
        <source>About %1</source>
        <comment>the codebook entry of a dimension</comment>
        <translation>Acerca de: %1</translation>
    </message>
    <message>
        <source>Add a reason…  (%1)</source>
        <translation>Añadir una razón…  (%1)</translation>
    </message>
    <message>
        <source>agreed</source>
        <comment>read aloud after a reason the norm rests on</comment>
        <translation>acordada</translation>
    </message>
    <message>
        <source>Classroom:</source>
        <translation>En el aula:</translation>
    </message>
    <message>
        <source>Clinical:</source>
        <translation>En la clínica:</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>the key</comment>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Enter edit · Space held/proposed · A agreed · Alt+1–4 move to lane · Del delete · drag to move</source>
        <translation>Intro editar · Espacio actual/propuesta · A acordada · Alt+1–4 mover a la columna · Supr eliminar · arrastrar para mover</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter for a new line · Esc cancels</source>
        <translation>Intro guarda · Mayús+Intro para una línea nueva · Esc cancela</translation>
    </message>
    <message>
        <source>Make it the &amp;first agreed reason</source>
        <translation>Hacerla la &amp;primera razón acordada</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Marcar como &amp;actual</translation>
    </message>
    <message>
        <source>Mark as &amp;proposed</source>
        <translation>Marcar como &amp;propuesta</translation>
    </message>
    <message>
        <source>New %1 reason</source>
        <comment>a field: 'New Operational reason'</comment>
        <translation>Nueva razón: %1</translation>
    </message>
    <message>
        <source>No discussional reason yet</source>
        <translation>Aún no hay ninguna razón discursiva</translation>
    </message>
    <message>
        <source>No ideational reason yet</source>
        <translation>Aún no hay ninguna razón ideacional</translation>
    </message>
    <message>
        <source>No interpersonal reason yet</source>
        <translation>Aún no hay ninguna razón interpersonal</translation>
    </message>
    <message>
        <source>No operational reason yet</source>
        <translation>Aún no hay ninguna razón operativa</translation>
    </message>
    <message>
        <source>Read the codebook entry for %1 (examples, definition)</source>
        <translation>Leer la entrada del libro de códigos: %1 (ejemplos, definición)</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dicha por %1</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>the key</comment>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>The reason's words</source>
        <translation>Las palabras de la razón</translation>
    </message>
    <message>
        <source>Type a reason someone gives for the norm, then press Enter</source>
        <translation>Escriba una razón que alguien da para la norma y pulse Intro</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Quién lo dijo</translation>
    </message>
    <message>
        <source>Who said it? (optional)</source>
        <translation>¿Quién lo dijo? (opcional)</translation>
    </message>
    <message>
        <source>✓ Agreed</source>
        <comment>the mark of a reason the norm rests on</comment>
        <translation>✓ Acordada</translation>
    </message>
    <message>
        <source>✓ Agreed %1</source>
        <comment>the mark of the first or second agreed reason</comment>
        <translation>✓ Acordada %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>A pre-brief for teaching on the unit, and norms of clinical practice that shape what trainees can try, with the reasons each role gives.</source>
        <translation>Un prebriefing para la docencia en la unidad y normas de la práctica clínica que marcan lo que los residentes pueden intentar, con las razones que da cada función.</translation>
    </message>
    <message>
        <source>Classroom dialogic talk</source>
        <translation>Diálogo en el aula</translation>
    </message>
    <message>
        <source>Coaching working agreements</source>
        <translation>Acuerdos de trabajo para coaching</translation>
    </message>
    <message>
        <source>Ground rules for talk in whole-class and group discussion, with the reasons pupils and teachers give for them today and the reasons a dialogic classroom rests on.</source>
        <translation>Normas para hablar en el grupo clase y en los grupos pequeños, con las razones que hoy dan alumnos y docentes y las razones en las que se apoya un aula dialógica.</translation>
    </message>
    <message>
        <source>ICU teaching session</source>
        <translation>Sesión docente en la UCI</translation>
    </message>
    <message>
        <source>Working agreements a coach can start a team or a school with, each with the reasons people commonly give and the reasons worth working towards.</source>
        <translation>Acuerdos de trabajo con los que un coach puede empezar con un equipo o una escuela, cada uno con las razones que se suelen dar y las razones hacia las que merece la pena avanzar.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source> min per norm</source>
        <translation> min por norma</translation>
    </message>
    <message>
        <source> · %1 present</source>
        <translation> · %1 presentes</translation>
    </message>
    <message>
        <source> · due now</source>
        <translation> · toca ahora</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>norm 3 of 8</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · meeting of %2</source>
        <translation>%1 · reunión del %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a reason and its marks</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;0  nobody in particular</source>
        <translation>&amp;0  nadie en particular</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Orden del día:</translation>
    </message>
    <message>
        <source>&amp;Continue that meeting</source>
        <translation>&amp;Continuar esa reunión</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Presentes:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>&amp;Show on:</source>
        <translation>&amp;Mostrar en:</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Empezar la reunión</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>&amp;Tiempo asignado:</translation>
    </message>
    <message>
        <source>1–4 or O I S</source>
        <comment>keys on the keyboard</comment>
        <translation>1–4 u O I S</translation>
    </message>
    <message>
        <source>A</source>
        <comment>keys on the keyboard</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>A norm rests on at most %1 agreed reasons: press A on one to take it back.</source>
        <translation>Una norma se apoya en %1 razones acordadas como máximo: pulse A sobre una para retirarla.</translation>
    </message>
    <message>
        <source>abstain</source>
        <comment>a vote</comment>
        <translation>abstención</translation>
    </message>
    <message>
        <source>add the reason</source>
        <translation>añadir la razón</translation>
    </message>
    <message>
        <source>Add “%1” to the roles present</source>
        <translation>Añadir «%1» a los roles presentes</translation>
    </message>
    <message>
        <source>against</source>
        <comment>a vote</comment>
        <translation>en contra</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>agree (at most two)</source>
        <translation>acordar (dos como máximo)</translation>
    </message>
    <message>
        <source>Alt+1–4</source>
        <comment>keys on the keyboard</comment>
        <translation>Alt+1–4</translation>
    </message>
    <message>
        <source>Alt+1…4 dimension · Alt+H held or proposed · Alt+P who said it</source>
        <translation>Alt+1…4 dimensión · Alt+H actual o propuesta · Alt+P quién lo dijo</translation>
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
        <translation>alguien</translation>
    </message>
    <message>
        <source>back</source>
        <translation>volver</translation>
    </message>
    <message>
        <source>C</source>
        <comment>keys on the keyboard</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Capture a reason</source>
        <translation>Anotar una razón</translation>
    </message>
    <message>
        <source>consensus check</source>
        <translation>comprobar el consenso</translation>
    </message>
    <message>
        <source>Consensus noted (%1): it is kept with the decision, K, V or X.</source>
        <translation>Consenso anotado (%1): se guarda con la decisión, K, V o X.</translation>
    </message>
    <message>
        <source>Ctrl++ Ctrl+- Ctrl+0</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl++ Ctrl+- Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <comment>keys on the keyboard</comment>
        <translation>Ctrl+Mayús+Z</translation>
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
        <translation>DECIDIDO (%1)</translation>
    </message>
    <message>
        <source>Decided: %1</source>
        <translation>Decidido: %1</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>keys on the keyboard</comment>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Del</source>
        <comment>the key</comment>
        <translation>Supr</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>toca revisar</translation>
    </message>
    <message>
        <source>E</source>
        <comment>keys on the keyboard</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>e.g. teachers, pupils, teaching assistant</source>
        <translation>p. ej. docentes, alumnos, auxiliar</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>End the meeting and close  (Enter)</source>
        <translation>Terminar la reunión y cerrar  (Intro)</translation>
    </message>
    <message>
        <source>End the meeting of %1</source>
        <translation>Terminar la reunión del %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>keys on the keyboard</comment>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Intro o Tab</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>the key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or Tab</source>
        <comment>keys on the keyboard</comment>
        <translation>Esc o Tab</translation>
    </message>
    <message>
        <source>Fist to five</source>
        <translation>Del puño a los cinco</translation>
    </message>
    <message>
        <source>flagged by a check</source>
        <translation>señalada por una comprobación</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a vote</comment>
        <translation>a favor</translation>
    </message>
    <message>
        <source>For · against · abstain</source>
        <translation>A favor · en contra · abstención</translation>
    </message>
    <message>
        <source>Full screen on %1 (%2×%3)</source>
        <translation>Pantalla completa en %1 (%2×%3)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>keys on the keyboard</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>held / proposed</source>
        <translation>actual / propuesta</translation>
    </message>
    <message>
        <source>How many are present</source>
        <translation>Cuántos están presentes</translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s) (%1)</source>
        <translation>
            <numerusform>en %n mes (%1)</numerusform>
            <numerusform>en %n meses (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>En una ventana</translation>
    </message>
    <message>
        <source>its dimension</source>
        <translation>su dimensión</translation>
    </message>
    <message>
        <source>its dimension (I twice: ideational)</source>
        <translation>su dimensión (I dos veces: ideacional)</translation>
    </message>
    <message>
        <source>K V X</source>
        <comment>keys on the keyboard</comment>
        <translation>K V X</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>a decision, in capitals</comment>
        <translation>MANTENER</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>undo text</comment>
        <translation>Mantener %1</translation>
    </message>
    <message>
        <source>keep · revise · retire</source>
        <translation>mantener · revisar · retirar</translation>
    </message>
    <message>
        <source>KEYS</source>
        <comment>a heading in capitals</comment>
        <translation>TECLAS</translation>
    </message>
    <message>
        <source>Keys of the meeting screen</source>
        <translation>Teclas de la pantalla de reunión</translation>
    </message>
    <message>
        <source>leave (the meeting stays open)</source>
        <translation>salir (la reunión sigue abierta)</translation>
    </message>
    <message>
        <source>Meeting — %1 — normlab</source>
        <translation>Reunión — %1 — normlab</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>New wording of the norm</source>
        <translation>Nueva redacción de la norma</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>próxima revisión %1</translation>
    </message>
    <message>
        <source>no agreed reason</source>
        <translation>ninguna razón acordada</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <source>No reasons yet: Enter, type what someone says, Enter.</source>
        <translation>Aún no hay razones: Intro, escriba lo que alguien dice, Intro.</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>sin fecha de revisión</translation>
    </message>
    <message>
        <source>No roles named yet: give them when you start the meeting (who is present).</source>
        <translation>Aún no hay roles: indíquelos al empezar la reunión (quién está presente).</translation>
    </message>
    <message>
        <source>no time box</source>
        <translation>sin tiempo asignado</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no review date</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Norm %1 of %2</source>
        <translation>Norma %1 de %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Nothing decided yet.</source>
        <translation>Aún no se ha decidido nada.</translation>
    </message>
    <message>
        <source>Nothing on the agenda is left open.</source>
        <translation>No queda nada abierto en el orden del día.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada aún</translation>
    </message>
    <message>
        <source>or type a day</source>
        <translation>o escriba un día</translation>
    </message>
    <message>
        <source>other norm</source>
        <translation>otra norma</translation>
    </message>
    <message>
        <source>P</source>
        <comment>keys on the keyboard</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>pick a reason</source>
        <translation>elegir una razón</translation>
    </message>
    <message>
        <source>Pick a reason first: ↑ and ↓ walk through them.</source>
        <translation>Elija primero una razón: ↑ y ↓ las recorren.</translation>
    </message>
    <message>
        <source>Print the agreed ground rules…  (P)</source>
        <translation>Imprimir las reglas acordadas…  (P)</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>a norm's status</comment>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>R</source>
        <comment>keys on the keyboard</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>restart the time box</source>
        <translation>reiniciar el tiempo asignado</translation>
    </message>
    <message>
        <source>RETIRE</source>
        <comment>a decision, in capitals</comment>
        <translation>RETIRAR</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <comment>undo text</comment>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>review by</source>
        <translation>revisar antes del</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Revisar antes del %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>revisar antes del %1</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Revisar antes del:</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>REVISE</source>
        <comment>a decision, in capitals</comment>
        <translation>REVISAR</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <comment>undo text</comment>
        <translation>Revisar %1</translation>
    </message>
    <message>
        <source>reword the norm</source>
        <translation>reformular la norma</translation>
    </message>
    <message>
        <source>Roles present</source>
        <translation>Roles presentes</translation>
    </message>
    <message>
        <source>screen %1</source>
        <translation>pantalla %1</translation>
    </message>
    <message>
        <source>selected, %1</source>
        <translation>seleccionada, %1</translation>
    </message>
    <message>
        <source>Space adds or drops the norm · Alt+↑ / Alt+↓ move it · the meeting takes the ticked ones in this order</source>
        <translation>Espacio añade o quita la norma · Alt+↑ / Alt+↓ la mueven · la reunión toma las marcadas en este orden</translation>
    </message>
    <message>
        <source>Start a meeting — %1</source>
        <translation>Empezar una reunión — %1</translation>
    </message>
    <message>
        <source>STILL OPEN (%1)</source>
        <comment>a heading in capitals</comment>
        <translation>AÚN ABIERTO (%1)</translation>
    </message>
    <message>
        <source>stop typing</source>
        <translation>dejar de escribir</translation>
    </message>
    <message>
        <source>summary and end</source>
        <translation>resumen y fin</translation>
    </message>
    <message>
        <source>T</source>
        <comment>keys on the keyboard</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Tab next · Enter save · Alt+K other kind · Esc back</source>
        <translation>Tab siguiente · Intro guardar · Alt+K otro tipo · Esc volver</translation>
    </message>
    <message>
        <source>The meeting could not be started</source>
        <translation>No se pudo empezar la reunión</translation>
    </message>
    <message>
        <source>The meeting of %1 was not ended (%2 decided, %3 still open).</source>
        <translation>La reunión del %1 no se terminó (%2 decididas, %3 aún abiertas).</translation>
    </message>
    <message>
        <source>The norm</source>
        <translation>La norma</translation>
    </message>
    <message>
        <source>type a reason</source>
        <translation>escribir una razón</translation>
    </message>
    <message>
        <source>Type a reason someone gives, then Enter</source>
        <translation>Escriba una razón que alguien da y pulse Intro</translation>
    </message>
    <message>
        <source>TYPING</source>
        <comment>a heading in capitals</comment>
        <translation>ESCRIBIENDO</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>era «%1»</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Lo que acordamos</translation>
    </message>
    <message>
        <source>Where to show the meeting</source>
        <translation>Dónde mostrar la reunión</translation>
    </message>
    <message>
        <source>who said it</source>
        <translation>quién lo dijo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>← Back to the norms  (←)</source>
        <translation>← Volver a las normas  (←)</translation>
    </message>
    <message>
        <source>← → PgUp PgDn</source>
        <comment>keys on the keyboard</comment>
        <translation>← → RePág AvPág</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <comment>keys on the keyboard</comment>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>⏱ %1 left</source>
        <translation>⏱ quedan %1</translation>
    </message>
    <message>
        <source>⏱ Time's up (+%1)</source>
        <translation>⏱ Se acabó el tiempo (+%1)</translation>
    </message>
    <message>
        <source>✓ AGREED</source>
        <translation>✓ ACORDADA</translation>
    </message>
    <message>
        <source>✓ AGREED %1</source>
        <comment>the first or second agreed reason</comment>
        <translation>✓ ACORDADA %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;About normlab</source>
        <translation>&amp;Acerca de normlab</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Add norm</source>
        <translation>&amp;Añadir norma</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Clear filter</source>
        <translation>&amp;Quitar el filtro</translation>
    </message>
    <message>
        <source>&amp;Copy a starter set…</source>
        <translation>&amp;Copiar un conjunto inicial…</translation>
    </message>
    <message>
        <source>&amp;Delete norm</source>
        <translation>&amp;Eliminar la norma</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Eliminar el equipo…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export team as JSON…</source>
        <translation>&amp;Exportar el equipo como JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Filter norms</source>
        <translation>&amp;Filtrar normas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;History of the norm</source>
        <translation>&amp;Historial de la norma</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nuevo equipo…</translation>
    </message>
    <message>
        <source>&amp;Norm</source>
        <translation>&amp;Norma</translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Past meetings</source>
        <translation>Reuniones &amp;pasadas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Print ground rules and tokens…</source>
        <translation>&amp;Imprimir reglas y fichas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reasons of the norm</source>
        <translation>&amp;Razones de la norma</translation>
    </message>
    <message>
        <source>&amp;Rename team…</source>
        <translation>&amp;Renombrar el equipo…</translation>
    </message>
    <message>
        <source>&amp;Reword…</source>
        <translation>&amp;Reformular…</translation>
    </message>
    <message>
        <source>&amp;Start meeting…</source>
        <translation>&amp;Empezar una reunión…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>E&amp;quipos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Add the teams in a normlab JSON file, or a team from a CSV file</source>
        <translation>Añadir los equipos de un archivo JSON de normlab, o un equipo de un archivo CSV</translation>
    </message>
    <message>
        <source>Create an empty team</source>
        <translation>Crear un equipo vacío</translation>
    </message>
    <message>
        <source>Delete the norm</source>
        <translation>Eliminar la norma</translation>
    </message>
    <message>
        <source>Delete the team</source>
        <translation>Eliminar el equipo</translation>
    </message>
    <message>
        <source>Dimension &amp;codebook</source>
        <translation>&amp;Guía de las dimensiones</translation>
    </message>
    <message>
        <source>Export &amp;all teams as JSON…</source>
        <translation>Exportar &amp;todos los equipos como JSON…</translation>
    </message>
    <message>
        <source>Export team as &amp;CSV…</source>
        <translation>Exportar el equipo como &amp;CSV…</translation>
    </message>
    <message>
        <source>Give the team another name</source>
        <translation>Dar otro nombre al equipo</translation>
    </message>
    <message>
        <source>Go back to an earlier state of this database</source>
        <translation>Volver a un estado anterior de esta base de datos</translation>
    </message>
    <message>
        <source>Go through the norms with the team, full screen</source>
        <translation>Repasar las normas con el equipo, a pantalla completa</translation>
    </message>
    <message>
        <source>Go to the %1 lane</source>
        <translation>Ir a la columna %1</translation>
    </message>
    <message>
        <source>Go to the list of teams</source>
        <translation>Ir a la lista de equipos</translation>
    </message>
    <message>
        <source>Go to the table of norms</source>
        <translation>Ir a la tabla de normas</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <comment>a menu item: 'Lane 1: Operational'</comment>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Language of the window and light or dark</source>
        <translation>Idioma de la ventana, claro u oscuro</translation>
    </message>
    <message>
        <source>Larger type, for a projector</source>
        <translation>Letra más grande, para un proyector</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Subir (&amp;arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Bajar (a&amp;bajo)</translation>
    </message>
    <message>
        <source>Move the norm down in the team's order</source>
        <translation>Bajar la norma en el orden del equipo</translation>
    </message>
    <message>
        <source>Move the norm up in the team's order</source>
        <translation>Subir la norma en el orden del equipo</translation>
    </message>
    <message>
        <source>New wording, recorded as a revision</source>
        <translation>Nueva redacción, registrada como revisión</translation>
    </message>
    <message>
        <source>Norms and reasons for a spreadsheet</source>
        <translation>Normas y razones para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Posters, sheets, tokens</source>
        <translation>Carteles, hojas, fichas</translation>
    </message>
    <message>
        <source>Pre-&amp;brief card…</source>
        <translation>Tarjeta &amp;previa…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Review &amp;by…</source>
        <translation>Revisar &amp;antes del…</translation>
    </message>
    <message>
        <source>Save every team in one file</source>
        <translation>Guardar todos los equipos en un archivo</translation>
    </message>
    <message>
        <source>Save this team, history included</source>
        <translation>Guardar este equipo, con su historial</translation>
    </message>
    <message>
        <source>Show all norms again</source>
        <translation>Mostrar de nuevo todas las normas</translation>
    </message>
    <message>
        <source>Show the four lanes</source>
        <translation>Mostrar las cuatro columnas</translation>
    </message>
    <message>
        <source>Show the norm's revisions</source>
        <translation>Mostrar las revisiones de la norma</translation>
    </message>
    <message>
        <source>Show what is stored now</source>
        <translation>Mostrar lo que está guardado ahora</translation>
    </message>
    <message>
        <source>Smaller type</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Start a new team from a ready-made set</source>
        <translation>Empezar un equipo con un conjunto listo</translation>
    </message>
    <message>
        <source>Team re&amp;port…</source>
        <translation>&amp;Informe del equipo…</translation>
    </message>
    <message>
        <source>The four dimensions of reasons, with examples</source>
        <translation>Las cuatro dimensiones de las razones, con ejemplos</translation>
    </message>
    <message>
        <source>The report to bring to the next meeting</source>
        <translation>El informe para llevar a la próxima reunión</translation>
    </message>
    <message>
        <source>The team's meetings: who came, what they decided</source>
        <translation>Las reuniones del equipo: quién vino, qué se decidió</translation>
    </message>
    <message>
        <source>The team's pre-brief statement and its card for a session</source>
        <translation>La declaración previa del equipo y su tarjeta para una sesión</translation>
    </message>
    <message>
        <source>Type a new norm</source>
        <translation>Escribir una norma nueva</translation>
    </message>
    <message>
        <source>Type at its normal size</source>
        <translation>Letra a su tamaño normal</translation>
    </message>
    <message>
        <source>Type to filter the norms</source>
        <translation>Escriba para filtrar las normas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>When the team means to look at the norm again</source>
        <translation>Cuándo piensa el equipo volver a mirar la norma</translation>
    </message>
    <message>
        <source>Work in another file</source>
        <translation>Trabajar en otro archivo</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
</context>
<context>
    <name>NormDetail</name>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>¿Para &amp;quién?</translation>
    </message>
    <message>
        <source>Current, proposed or retired</source>
        <translation>Vigente, propuesta o retirada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this norm with its reasons and history (Del; can be undone)</source>
        <translation>Eliminar esta norma con sus razones y su historial (Supr; se puede deshacer)</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <comment>a button: due for review since a day</comment>
        <translation>Pendiente desde el %1</translation>
    </message>
    <message>
        <source>e.g. pupils, trainees</source>
        <translation>p. ej., alumnos, residentes</translation>
    </message>
    <message>
        <source>Give the norm new wording and record the change as a revision (F2)</source>
        <translation>Dar a la norma una nueva redacción y registrar el cambio como revisión (F2)</translation>
    </message>
    <message>
        <source>History</source>
        <comment>a tab</comment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <comment>a tab, with the number of revisions</comment>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a tab</comment>
        <translation>Razones</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <comment>a button</comment>
        <translation>Revisar antes del %1</translation>
    </message>
    <message>
        <source>Review by…</source>
        <translation>Revisar antes de…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Reformular…</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>Con&amp;texto</translation>
    </message>
    <message>
        <source>Select a norm to see its reasons</source>
        <translation>Seleccione una norma para ver sus razones</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The norm's reasons and history</source>
        <translation>Las razones y el historial de la norma</translation>
    </message>
    <message>
        <source>The norm's wording</source>
        <translation>La redacción de la norma</translation>
    </message>
    <message>
        <source>The reasons people give for a norm are sorted into four lanes: operational, interpersonal, discussional and ideational.</source>
        <translation>Las razones que se dan para una norma se ordenan en cuatro columnas: operativa, interpersonal, discursiva e ideacional.</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Aviso: %1. %2</translation>
    </message>
    <message>
        <source>When the team means to look at this norm again (Ctrl+D)</source>
        <translation>Cuándo piensa el equipo volver a mirar esta norma (Ctrl+D)</translation>
    </message>
    <message>
        <source>where or when it applies</source>
        <translation>dónde o cuándo se aplica</translation>
    </message>
    <message>
        <source>Where or when the norm applies: pick one the team uses or type a new one</source>
        <translation>Dónde o cuándo se aplica la norma: elija uno que use el equipo o escriba uno nuevo</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién?</translation>
    </message>
    <message>
        <source>Whose behaviour the norm is about</source>
        <translation>De quién es el comportamiento al que se refiere la norma</translation>
    </message>
</context>
<context>
    <name>NormOps</name>
    <message numerus="yes">
        <source>A norm rests on at most %n agreed reason(s): press A on one of them to take it back.</source>
        <translation>
            <numerusform>Una norma se apoya como mucho en %n razón acordada: pulse A sobre ella para retirarla.</numerusform>
            <numerusform>Una norma se apoya como mucho en %n razones acordadas: pulse A sobre una de ellas para retirarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Norm deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Norma eliminada. Pulse Ctrl+Z para recuperarla.</translation>
    </message>
</context>
<context>
    <name>NormPane</name>
    <message>
        <source> Needs attention</source>
        <translation> Con avisos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln pendiente de revisión</numerusform>
            <numerusform>%Ln pendientes de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln requiere atención</numerusform>
            <numerusform>%Ln requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <comment>norms that pass the filter</comment>
        <translation>
            <numerusform>%Ln mostrada</numerusform>
            <numerusform>%Ln mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>A team is a group that owns norms, such as “Maths department” or “ICU teaching”.</source>
        <translation>Un equipo es un grupo con sus propias normas, como «Departamento de Matemáticas» o «Docencia en la UCI».</translation>
    </message>
    <message>
        <source>Add a norm</source>
        <translation>Añadir una norma</translation>
    </message>
    <message>
        <source>Add a norm…  (%1)</source>
        <translation>Añadir una norma…  (%1)</translation>
    </message>
    <message>
        <source>Add norm</source>
        <translation>Añadir norma</translation>
    </message>
    <message>
        <source>Add the norm typed beside it</source>
        <translation>Añadir la norma escrita al lado</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Toda dimensión</translation>
    </message>
    <message>
        <source>Any setting</source>
        <translation>Todo contexto</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todo estado</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Copiar un conjunto inicial…</translation>
    </message>
    <message>
        <source>Create a team…</source>
        <translation>Crear un equipo…</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a filter button: norms due for review</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Enter goes to the norm's reasons; Alt+Up and Alt+Down move it; F2 rewords it</source>
        <translation>Intro va a las razones de la norma; Alt+Arriba y Alt+Abajo la mueven; F2 la reformula</translation>
    </message>
    <message>
        <source>Filter by dimension</source>
        <translation>Filtrar por dimensión</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Filtrar por contexto</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by wording or reason…  (%1)</source>
        <translation>Filtrar por redacción o razón…  (%1)</translation>
    </message>
    <message>
        <source>Filter norms</source>
        <translation>Filtrar las normas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Con avisos</translation>
    </message>
    <message>
        <source>New norm</source>
        <translation>Nueva norma</translation>
    </message>
    <message>
        <source>No norm matches the filter</source>
        <translation>Ninguna norma coincide con el filtro</translation>
    </message>
    <message>
        <source>No norms yet — add one or copy a starter set</source>
        <translation>Todavía no hay normas: añada una o copie un conjunto inicial</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Todavía no hay equipos</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Show only norms that apply in this setting</source>
        <translation>Mostrar solo las normas que se aplican en este contexto</translation>
    </message>
    <message>
        <source>Show only norms with a reason in this dimension</source>
        <translation>Mostrar solo las normas con una razón en esta dimensión</translation>
    </message>
    <message>
        <source>Show only norms with a warning from the checks</source>
        <translation>Mostrar solo las normas con un aviso de las comprobaciones</translation>
    </message>
    <message>
        <source>Show only norms with this status</source>
        <translation>Mostrar solo las normas con este estado</translation>
    </message>
    <message>
        <source>Show only the norms due for review: their review-by date has come</source>
        <translation>Mostrar solo las normas pendientes de revisión: ha llegado su fecha</translation>
    </message>
    <message>
        <source>Shows the norms whose words or reasons hold what you type</source>
        <translation>Muestra las normas cuyas palabras o razones contienen lo que escribe</translation>
    </message>
    <message>
        <source>Type a norm your team lives by in the field above, such as “Listen to others”, and press Enter.</source>
        <translation>Escriba en el campo de arriba una norma que siga su equipo, como «Escuchar a los demás», y pulse Intro.</translation>
    </message>
    <message>
        <source>Type the norm as people say it, then press Enter</source>
        <translation>Escriba la norma como la dice la gente y pulse Intro</translation>
    </message>
</context>
<context>
    <name>NormTable</name>
    <message>
        <source>%1; proposed: %2</source>
        <comment>dimensions held; dimensions only proposed</comment>
        <translation>%1; propuestas: %2</translation>
    </message>
    <message>
        <source>Dimensions of the reasons: filled for held, outlined for proposed only</source>
        <translation>Dimensiones de las razones: llenas para las actuales, con contorno para las solo propuestas</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>due for review since a day</comment>
        <translation>Pendiente %1</translation>
    </message>
    <message>
        <source>no reason yet</source>
        <translation>aún sin razones</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <source>Norm</source>
        <comment>a column heading</comment>
        <translation>Norma</translation>
    </message>
    <message>
        <source>proposed: %1</source>
        <comment>dimensions only proposed</comment>
        <translation>propuestas: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>a column heading</comment>
        <translation>Razones</translation>
    </message>
    <message>
        <source>Review by</source>
        <comment>a column heading</comment>
        <translation>Revisar antes</translation>
    </message>
    <message>
        <source>Review by %1: due for review</source>
        <translation>Revisar antes del %1: toca revisarla</translation>
    </message>
    <message>
        <source>Review by %1: not due yet</source>
        <translation>Revisar antes del %1: aún no toca</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>a column heading</comment>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column heading</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The day by which the team means to look at the norm again; from then on it is due</source>
        <translation>El día en que el equipo piensa volver a mirar la norma; desde entonces queda pendiente</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Warnings from the checks: hover a marker to read it</source>
        <translation>Avisos de las comprobaciones: pase el puntero por una señal para leerla</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Light or dark colours; the system's high-contrast mode is always followed</source>
        <translation>Colores claros u oscuros; el modo de alto contraste del sistema se sigue siempre</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages</source>
        <translation>El idioma de menús, botones y mensajes</translation>
    </message>
    <message>
        <source>The window speaks the new language when normlab starts again.</source>
        <translation>La ventana hablará el nuevo idioma cuando normlab vuelva a iniciarse.</translation>
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
        <translation>%1 (se puede imprimir igualmente):</translation>
    </message>
    <message>
        <source>%1 card</source>
        <translation>tarjeta %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.</source>
        <translation>
            <numerusform>Caben %1 por página (%2 en la primera, junto a las notas de impresión): %n hoja de cartulina, %3.</numerusform>
            <numerusform>Caben %1 por página (%2 en la primera, junto a las notas de impresión): %n hojas de cartulina, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has characters no font on this computer can print: %2; %3, or remove them</source>
        <translation>%1 tiene caracteres que ninguna fuente de este ordenador puede imprimir: %2; %3, o quítelos</translation>
    </message>
    <message>
        <source>%1 millimetre punch</source>
        <translation>troqueladora de %1 milímetros</translation>
    </message>
    <message>
        <source>%1 mm: a common circle punch size</source>
        <translation>%1 mm: un tamaño habitual de troqueladora circular</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcadas</translation>
    </message>
    <message>
        <source>%1 of each of %2 response kinds</source>
        <translation>%1 de cada uno de los %2 tipos de respuesta</translation>
    </message>
    <message>
        <source>%1 sets, %2 tokens a page</source>
        <translation>%1 juegos, %2 fichas por página</translation>
    </message>
    <message>
        <source>%1 talk</source>
        <comment>talk tokens per person</comment>
        <translation>%1 de palabra</translation>
    </message>
    <message>
        <source>%1 tokens: %2 sets of %3 (%4).</source>
        <translation>%1 fichas: %2 juegos de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 with their agreed reasons: %2</source>
        <translation>%1 con sus razones acordadas: %2</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rule(s)</source>
        <translation>
            <numerusform>%1, %n regla</numerusform>
            <numerusform>%1, %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, one set each</source>
        <translation>
            <numerusform>%n nombre de %1, un juego cada uno</numerusform>
            <numerusform>%n nombres de %1, un juego cada uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s)</source>
        <translation>
            <numerusform>%n norma</numerusform>
            <numerusform>%n normas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3</source>
        <translation>
            <numerusform>%n página · %1 %2 · %3</numerusform>
            <numerusform>%n páginas · %1 %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 %2 · %3, %4</source>
        <translation>
            <numerusform>%n página · %1 %2 · %3, %4</numerusform>
            <numerusform>%n páginas · %1 %2 · %3, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1 (%2) · %3</source>
        <translation>
            <numerusform>%n página · %1 (%2) · %3</numerusform>
            <numerusform>%n páginas · %1 (%2) · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose the rules to print (tick, and drag or move to reorder)</source>
        <translation>&amp;Elegir las reglas a imprimir (marque; arrastre o mueva para reordenar)</translation>
    </message>
    <message>
        <source>&amp;Diameter:</source>
        <translation>&amp;Diámetro:</translation>
    </message>
    <message>
        <source>&amp;Ground rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Keep for this team</source>
        <translation>&amp;Guardar para este equipo</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Fichas</translation>
    </message>
    <message>
        <source>&amp;Use normlab's wording</source>
        <translation>&amp;Usar la redacción de normlab</translation>
    </message>
    <message>
        <source>, fronts and backs</source>
        <translation>, anverso y reverso</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>diapositiva 16:9</translation>
    </message>
    <message>
        <source>16:9 slide, to project</source>
        <translation>Diapositiva 16:9, para proyectar</translation>
    </message>
    <message>
        <source>a decision of %1</source>
        <translation>una decisión del %1</translation>
    </message>
    <message>
        <source>a reason of “%1”</source>
        <translation>una razón de «%1»</translation>
    </message>
    <message>
        <source>A small label on each rule naming the dimension of its because-line</source>
        <translation>Una pequeña etiqueta en cada regla con la dimensión de su línea «porque»</translation>
    </message>
    <message>
        <source>A text file with one name per line: a set per name, named on every token</source>
        <translation>Un archivo de texto con un nombre por línea: un juego por nombre, con el nombre en cada ficha</translation>
    </message>
    <message>
        <source>a voice of “%1”</source>
        <translation>una voz de «%1»</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>Página A4</translation>
    </message>
    <message>
        <source>A5 card</source>
        <translation>Tarjeta A5</translation>
    </message>
    <message>
        <source>A6 card, for a pocket</source>
        <translation>Tarjeta A6, de bolsillo</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>a reason</comment>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>an earlier wording of “%1”</source>
        <translation>una redacción anterior de «%1»</translation>
    </message>
    <message>
        <source>As agreed: %1</source>
        <translation>Según lo acordado: %1</translation>
    </message>
    <message>
        <source>Attr&amp;ibution:</source>
        <translation>Atri&amp;bución:</translation>
    </message>
    <message>
        <source>Backs: our ground rules, in turn</source>
        <translation>Reversos: nuestras reglas, por turno</translation>
    </message>
    <message>
        <source>Backs: the kind of token</source>
        <translation>Reversos: el tipo de ficha</translation>
    </message>
    <message>
        <source>Because-&amp;word:</source>
        <translation>Palabra «por&amp;que»:</translation>
    </message>
    <message>
        <source>Because-line for t&amp;his rule:</source>
        <translation>Línea «porque» de &amp;esta regla:</translation>
    </message>
    <message>
        <source>because-line: %1</source>
        <translation>línea «porque»: %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>&amp;Tarjeta:</translation>
    </message>
    <message>
        <source>Check the printer, then try Print… again.</source>
        <translation>Compruebe la impresora y vuelva a probar Imprimir….</translation>
    </message>
    <message>
        <source>Checks on the rules to print</source>
        <translation>Comprobaciones de las reglas a imprimir</translation>
    </message>
    <message>
        <source>Choose a UTF-8 text file, one name a line.</source>
        <translation>Elija un archivo de texto UTF-8, un nombre por línea.</translation>
    </message>
    <message>
        <source>Choose the colour of %1</source>
        <translation>Elegir el color de %1</translation>
    </message>
    <message>
        <source>Class l&amp;ist…</source>
        <translation>&amp;Lista de clase…</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Lista de clase</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Date to print</source>
        <translation>Fecha a imprimir</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminada: %1</translation>
    </message>
    <message>
        <source>Di&amp;mension badges</source>
        <translation>Distintivos de di&amp;mensión</translation>
    </message>
    <message>
        <source>double-sided</source>
        <translation>a doble cara</translation>
    </message>
    <message>
        <source>Double-sided: print ba&amp;cks</source>
        <translation>Doble cara: imprimir los &amp;reversos</translation>
    </message>
    <message>
        <source>Duplex edge</source>
        <translation>Borde de giro</translation>
    </message>
    <message>
        <source>Eac&amp;h response kind:</source>
        <translation>Cada tipo de &amp;respuesta:</translation>
    </message>
    <message>
        <source>Each front page is followed by its back, placed so each back lands behind its front</source>
        <translation>Cada anverso va seguido de su reverso, colocado para que cada reverso quede detrás de su anverso</translation>
    </message>
    <message>
        <source>Empty for a line to write it on</source>
        <translation>Vacío para una línea donde escribirlo</translation>
    </message>
    <message>
        <source>Every current rule (%1)</source>
        <translation>Todas las reglas vigentes (%1)</translation>
    </message>
    <message>
        <source>Forget the class list</source>
        <translation>Olvidar la lista de clase</translation>
    </message>
    <message>
        <source>Grid: rows with cut lines (guillotine, punch)</source>
        <translation>Cuadrícula: filas con líneas de corte (guillotina, troqueladora)</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Ground rules poster</source>
        <translation>Cartel de reglas</translation>
    </message>
    <message>
        <source>Hex: the most per page (scissors)</source>
        <translation>Hexagonal: el máximo por página (tijeras)</translation>
    </message>
    <message>
        <source>How the sheet turns over</source>
        <translation>Cómo se gira la hoja</translation>
    </message>
    <message>
        <source>Keep these words for the team's next cards (Edit ▸ Undo in the main window)</source>
        <translation>Guardar estas palabras para las próximas tarjetas del equipo (Editar ▸ Deshacer en la ventana principal)</translation>
    </message>
    <message>
        <source>Kept for this team: its next cards start with it.</source>
        <translation>Guardado para este equipo: sus próximas tarjetas empiezan así.</translation>
    </message>
    <message>
        <source>Kept the pre-brief statement for “%1”.</source>
        <translation>Declaración previa guardada para «%1».</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>Labels and c&amp;olours</source>
        <translation>Textos y c&amp;olores</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the US paper size</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Lines at the end where the team signs the agreement</source>
        <translation>Líneas al final donde el equipo firma el acuerdo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>No because-line</source>
        <translation>Sin línea «porque»</translation>
    </message>
    <message>
        <source>no because-line</source>
        <translation>sin línea «porque»</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>No preview until the problem above is put right.</source>
        <translation>Sin vista previa hasta que se corrija el problema de arriba.</translation>
    </message>
    <message>
        <source>No rules: the card keeps room for the session's objectives.</source>
        <translation>Sin reglas: la tarjeta deja espacio para los objetivos de la sesión.</translation>
    </message>
    <message>
        <source>No tokens chosen.</source>
        <translation>No se eligieron fichas.</translation>
    </message>
    <message>
        <source>normlab's own wording prints (in grey). Type or paste your team's own to keep it.</source>
        <translation>Se imprime la redacción de normlab (en gris). Escriba o pegue la de su equipo para guardarla.</translation>
    </message>
    <message>
        <source>Not kept: someone else changed this team's statement meanwhile. Yours still prints here; Keep for this team replaces theirs.</source>
        <translation>No guardada: otra persona cambió mientras tanto la declaración del equipo. La suya se sigue imprimiendo aquí; «Guardar para este equipo» reemplaza la otra.</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>No se imprimió nada</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or name.</source>
        <translation>No se escribió nada. Elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>One objective a line; empty for lines to write on</source>
        <translation>Un objetivo por línea; vacío para líneas donde escribir</translation>
    </message>
    <message>
        <source>one per page</source>
        <comment>a layout</comment>
        <translation>una por página</translation>
    </message>
    <message>
        <source>One rule per page: a washing line</source>
        <translation>Una regla por página: un tendedero</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>a una cara</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>P&amp;eople:</source>
        <translation>P&amp;ersonas:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <source>Pause &amp;word:</source>
        <translation>&amp;Palabra de pausa:</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>poster</source>
        <comment>a layout</comment>
        <translation>cartel</translation>
    </message>
    <message>
        <source>Poster: read across the room, over more pages</source>
        <translation>Cartel: legible de lejos, en varias páginas</translation>
    </message>
    <message>
        <source>Pre-&amp;brief</source>
        <translation>Sesión &amp;previa</translation>
    </message>
    <message>
        <source>Pre-brief</source>
        <translation>Sesión previa</translation>
    </message>
    <message>
        <source>Pre-brief slide</source>
        <translation>Diapositiva previa</translation>
    </message>
    <message>
        <source>Pre-brief statement</source>
        <translation>Declaración previa</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print centre — %1</source>
        <translation>Centro de impresión — %1</translation>
    </message>
    <message>
        <source>Print this kind of response token</source>
        <translation>Imprimir este tipo de ficha de respuesta</translation>
    </message>
    <message>
        <source>Print “%1” tokens</source>
        <translation>Imprimir fichas «%1»</translation>
    </message>
    <message>
        <source>Printed in bold before each because-line; empty for the printed language's own word</source>
        <translation>Se imprime en negrita antes de cada línea «porque»; vacío para la palabra del idioma impreso</translation>
    </message>
    <message>
        <source>Printed under the statement, for a standard text such as a simulation centre's Basic Assumption</source>
        <translation>Se imprime bajo la declaración, para un texto estándar como la Basic Assumption de un centro de simulación</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its long edge</source>
        <translation>La impresora gira la hoja por el borde largo</translation>
    </message>
    <message>
        <source>Printer turns the sheet on its short edge</source>
        <translation>La impresora gira la hoja por el borde corto</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Prints as typed; kept for the team when you leave the field, or with Keep.</source>
        <translation>Se imprime tal como está escrito; se guarda para el equipo al salir del campo o con «Guardar».</translation>
    </message>
    <message>
        <source>punch:</source>
        <translation>troqueladora:</translation>
    </message>
    <message>
        <source>Reset to de&amp;faults</source>
        <translation>Restablecer &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Responses (each person gets each kind)</source>
        <translation>Respuestas (cada persona recibe cada tipo)</translation>
    </message>
    <message>
        <source>retired · %1</source>
        <translation>retirada · %1</translation>
    </message>
    <message>
        <source>rule %1 “%2”</source>
        <translation>regla %1 «%2»</translation>
    </message>
    <message>
        <source>Rules to print</source>
        <translation>Reglas a imprimir</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«%1» guardado en %2.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>%n página enviada a %1.</numerusform>
            <numerusform>%n páginas enviadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setti&amp;ng:</source>
        <translation>Co&amp;ntexto:</translation>
    </message>
    <message>
        <source>sheet</source>
        <comment>a layout</comment>
        <translation>hoja</translation>
    </message>
    <message>
        <source>Sheet: up to 20 rules, to hand out</source>
        <translation>Hoja: hasta 20 reglas, para repartir</translation>
    </message>
    <message>
        <source>Show the &amp;date</source>
        <translation>Mostrar la &amp;fecha</translation>
    </message>
    <message>
        <source>Show the team &amp;name</source>
        <translation>Mostrar el &amp;nombre del equipo</translation>
    </message>
    <message>
        <source>Space ticks or unticks a rule; Alt+Up and Alt+Down move it</source>
        <translation>Espacio marca o desmarca una regla; Alt+Arriba y Alt+Abajo la mueven</translation>
    </message>
    <message>
        <source>Stat&amp;ement:</source>
        <translation>Decl&amp;aración:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Strip &amp;for the team's signatures</source>
        <translation>Franja &amp;para las firmas del equipo</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Tal&amp;k tokens each:</source>
        <translation>Fichas de pa&amp;labra cada uno:</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>Team &amp;name on the backs</source>
        <translation>&amp;Nombre del equipo en los reversos</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>la atribución</translation>
    </message>
    <message>
        <source>the back of a token</source>
        <translation>el reverso de una ficha</translation>
    </message>
    <message>
        <source>the because-line of “%1”</source>
        <translation>la línea «porque» de «%1»</translation>
    </message>
    <message>
        <source>the because-word</source>
        <translation>la palabra «porque»</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>No se leyó la lista de clase</translation>
    </message>
    <message>
        <source>The language of the report's headings, dates and page numbers</source>
        <translation>El idioma de los encabezados, fechas y números de página del informe</translation>
    </message>
    <message>
        <source>The language of the title, “because”, dates, page numbers and token kinds</source>
        <translation>El idioma del título, «porque», las fechas, los números de página y los tipos de fichas</translation>
    </message>
    <message>
        <source>the name “%1”</source>
        <translation>el nombre «%1»</translation>
    </message>
    <message>
        <source>the norm “%1”</source>
        <translation>la norma «%1»</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>el objetivo «%1»</translation>
    </message>
    <message>
        <source>the pages chosen are not in the document</source>
        <translation>las páginas elegidas no están en el documento</translation>
    </message>
    <message>
        <source>the pause word</source>
        <translation>la palabra de pausa</translation>
    </message>
    <message>
        <source>the PDF could not be made; this is a fault in normlab, not in your choices</source>
        <translation>no se pudo crear el PDF; es un fallo de normlab, no de sus opciones</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>the pre-brief statement is %1 characters long; it can be at most %2</source>
        <translation>la declaración previa tiene %1 caracteres; puede tener como máximo %2</translation>
    </message>
    <message>
        <source>The pre-brief statement was not kept</source>
        <translation>La declaración previa no se guardó</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>La vista previa aparece aquí.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected and try again</source>
        <translation>no se pudo iniciar la impresora; compruebe que está conectada e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the rule “%1”</source>
        <translation>la regla «%1»</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>la declaración</translation>
    </message>
    <message>
        <source>the team name</source>
        <translation>el nombre del equipo</translation>
    </message>
    <message>
        <source>The team's pre-brief statement</source>
        <translation>La declaración previa del equipo</translation>
    </message>
    <message>
        <source>The team's profile (reasons held now against those proposed or agreed, per dimension); each norm with its earlier wordings, its reasons from what was held to what is agreed or proposed, the checks that fire and the review-by date; whose reasons fall in which dimension; the meetings and their decisions. Page numbers, and a contents page past three pages.</source>
        <translation>El perfil del equipo (razones actuales frente a las propuestas o acordadas, por dimensión); cada norma con sus redacciones anteriores, sus razones de lo actual a lo acordado o propuesto, las comprobaciones que saltan y la fecha de revisión; de quién son las razones de cada dimensión; las reuniones y sus decisiones. Números de página y un índice a partir de tres páginas.</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the token label “%1”</source>
        <translation>el texto de ficha «%1»</translation>
    </message>
    <message>
        <source>The word anyone can say to stop the scenario, at any moment</source>
        <translation>La palabra que cualquiera puede decir para detener el escenario en cualquier momento</translation>
    </message>
    <message>
        <source>the “%1” tokens</source>
        <translation>las fichas «%1»</translation>
    </message>
    <message>
        <source>there is nothing to print yet</source>
        <translation>aún no hay nada que imprimir</translation>
    </message>
    <message>
        <source>this team was deleted, so there is nothing to print; close the Print centre</source>
        <translation>este equipo se eliminó, así que no hay nada que imprimir; cierre el centro de impresión</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Texto de la ficha</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>What everyone hears before the session starts. Empty: normlab's own wording (shown in grey).</source>
        <translation>Lo que todos oyen antes de empezar la sesión. Vacío: la redacción de normlab (en gris).</translation>
    </message>
    <message>
        <source>What the backs carry</source>
        <translation>Qué llevan los reversos</translation>
    </message>
    <message>
        <source>What you typed still prints here; Keep for this team stores it for the team.</source>
        <translation>Lo que escribió se sigue imprimiendo aquí; «Guardar para este equipo» lo guarda para el equipo.</translation>
    </message>
    <message>
        <source>Where a pasted text comes from (optional)</source>
        <translation>De dónde viene un texto pegado (opcional)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Whose rules the card lists: one setting's, or every current rule</source>
        <translation>Qué reglas lista la tarjeta: las de un contexto o todas las vigentes</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Nothing was changed. You can try again, or press Ctrl+Z to step back.</source>
        <translation>No se ha cambiado nada. Puede volver a intentarlo o pulsar Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&amp;No review date</source>
        <translation>&amp;Sin fecha de revisión</translation>
    </message>
    <message>
        <source>&amp;Or on:</source>
        <translation>&amp;O el día:</translation>
    </message>
    <message>
        <source>A day of your own: type it or pick it from the calendar</source>
        <translation>Un día a su elección: escríbalo o elíjalo en el calendario</translation>
    </message>
    <message numerus="yes">
        <source>In &amp;%n month(s) (%1)</source>
        <translation>
            <numerusform>Dentro de &amp;%n mes (%1)</numerusform>
            <numerusform>Dentro de &amp;%n meses (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>Review by the day chosen beside it</source>
        <translation>Revisar antes del día elegido al lado</translation>
    </message>
    <message>
        <source>Review-by date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Set this &amp;date</source>
        <translation>Fijar esta &amp;fecha</translation>
    </message>
    <message>
        <source>The norm gets no review-by date</source>
        <translation>La norma no tendrá fecha de revisión</translation>
    </message>
    <message>
        <source>The review-by date is this many months from today</source>
        <translation>La fecha de revisión queda a estos meses de hoy</translation>
    </message>
    <message>
        <source>When will the team look at “%1” again? On that day it is due for review.</source>
        <translation>¿Cuándo volverá el equipo a mirar «%1»? Ese día tocará revisarla.</translation>
    </message>
</context>
<context>
    <name>RewordDialog</name>
    <message>
        <source>&amp;New wording:</source>
        <translation>&amp;Nueva redacción:</translation>
    </message>
    <message>
        <source>Enter rewords the norm</source>
        <translation>Intro reformula la norma</translation>
    </message>
    <message>
        <source>Kept with the revision in the norm's history</source>
        <translation>Se guarda con la revisión en el historial de la norma</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>optional: why it changed, who agreed</source>
        <translation>opcional: por qué cambió, quién estuvo de acuerdo</translation>
    </message>
    <message>
        <source>Reword</source>
        <translation>Reformular</translation>
    </message>
    <message>
        <source>Reword norm</source>
        <translation>Reformular la norma</translation>
    </message>
    <message>
        <source>The change is recorded as a revision, with the reasons as they stand now, so the team can see later whether the reasons moved too.</source>
        <translation>El cambio se registra como una revisión, con las razones tal como están ahora, para que el equipo vea más tarde si las razones también cambiaron.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>%1 kept</source>
        <comment>norms a meeting decided to keep</comment>
        <translation>%1 mantenida(s)</translation>
    </message>
    <message>
        <source>%1 retired</source>
        <comment>norms a meeting retired</comment>
        <translation>%1 retirada(s)</translation>
    </message>
    <message>
        <source>%1 to revise</source>
        <comment>norms a meeting decided to revise</comment>
        <translation>%1 por revisar</translation>
    </message>
    <message>
        <source>(no longer in the team)</source>
        <translation>(ya no está en el equipo)</translation>
    </message>
    <message>
        <source>after:</source>
        <comment>the reasons after a rewording</comment>
        <translation>después:</translation>
    </message>
    <message>
        <source>Agreed reasons changed</source>
        <translation>Razones acordadas cambiadas</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>a column heading</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>decided on “%1”</source>
        <translation>decidido sobre «%1»</translation>
    </message>
    <message>
        <source>Decisions</source>
        <comment>a column heading</comment>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Each meeting with who came, what it decided and when the team looks again.</source>
        <translation>Cada reunión con quién vino, qué decidió y cuándo volverá a mirarlo el equipo.</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>a meeting</comment>
        <translation>terminada</translation>
    </message>
    <message>
        <source>In a meeting the team goes through its norms one by one on a projector, collects the reasons people give and agrees what each norm rests on.</source>
        <translation>En una reunión el equipo repasa sus normas una a una en un proyector, recoge las razones que se dan y acuerda en qué se apoya cada norma.</translation>
    </message>
    <message>
        <source>Left open:</source>
        <translation>Quedó abierta:</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Reunión del %1</translation>
    </message>
    <message>
        <source>Meetings of the team</source>
        <translation>Reuniones del equipo</translation>
    </message>
    <message>
        <source>Next review</source>
        <comment>a column heading</comment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>próxima revisión %1</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>ninguna decisión</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aún no hay reuniones</translation>
    </message>
    <message>
        <source>Nothing was decided or changed in this meeting.</source>
        <translation>En esta reunión no se decidió ni cambió nada.</translation>
    </message>
    <message>
        <source>open: can be continued</source>
        <translation>abierta: se puede continuar</translation>
    </message>
    <message>
        <source>Reasons before:</source>
        <translation>Razones antes:</translation>
    </message>
    <message>
        <source>Review by %1 (was %2)</source>
        <translation>Revisar antes del %1 (antes: %2)</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Reformulada: %1 → %2</translation>
    </message>
    <message>
        <source>Start a meeting…  (Ctrl+M)</source>
        <translation>Empezar una reunión…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>Start or continue a meeting…  (Ctrl+M)</source>
        <translation>Empezar o continuar una reunión…  (Ctrl+M)</translation>
    </message>
    <message>
        <source>still open: it can be continued (Ctrl+M)</source>
        <translation>aún abierta: se puede continuar (Ctrl+M)</translation>
    </message>
    <message>
        <source>Who came</source>
        <comment>a column heading</comment>
        <translation>Asistentes</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>normlab could not open its database</source>
        <translation>normlab no pudo abrir su base de datos</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
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
            <numerusform>%Ln norma</numerusform>
            <numerusform>%Ln normas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add them to this team</source>
        <translation>&amp;Añadirlas a este equipo</translation>
    </message>
    <message>
        <source>&amp;Add them to this team, “%1”</source>
        <translation>&amp;Añadirlas a este equipo, «%1»</translation>
    </message>
    <message>
        <source>A new team is made with the chosen norms</source>
        <translation>Se crea un equipo nuevo con las normas elegidas</translation>
    </message>
    <message>
        <source>Choose a set to see its norms beside the list</source>
        <translation>Elija un conjunto para ver sus normas junto a la lista</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into a new team</source>
        <translation>
            <numerusform>Copiar %n norma en un equipo nuevo</numerusform>
            <numerusform>Copiar %n normas en un equipo nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into this team</source>
        <translation>
            <numerusform>Copiar %n norma en este equipo</numerusform>
            <numerusform>Copiar %n normas en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a starter set</source>
        <translation>Copiar un conjunto inicial</translation>
    </message>
    <message>
        <source>Into a &amp;new team called:</source>
        <translation>En un &amp;nuevo equipo llamado:</translation>
    </message>
    <message>
        <source>Its norms and reasons</source>
        <translation>Sus normas y razones</translation>
    </message>
    <message>
        <source>New team's name</source>
        <translation>Nombre del nuevo equipo</translation>
    </message>
    <message>
        <source>Norms of the starter set</source>
        <translation>Normas del conjunto inicial</translation>
    </message>
    <message>
        <source>Ready-made norms with the reasons people commonly give for them. Tick the norms you want; each comes with its reasons.</source>
        <translation>Normas ya preparadas con las razones que se suelen dar para ellas. Marque las normas que quiera; cada una viene con sus razones.</translation>
    </message>
    <message>
        <source>Space ticks or unticks a norm; ticked norms are copied</source>
        <translation>Espacio marca o desmarca una norma; se copian las normas marcadas</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Conjuntos iniciales</translation>
    </message>
    <message>
        <source>The name of the team the norms are copied into</source>
        <translation>El nombre del equipo al que se copian las normas</translation>
    </message>
    <message>
        <source>The norms are added after the norms the team has</source>
        <translation>Las normas se añaden después de las que ya tiene el equipo</translation>
    </message>
</context>
<context>
    <name>TeamOps</name>
    <message numerus="yes">
        <source>Copy %n norm(s) from starter set %1</source>
        <translation>
            <numerusform>Copiar %n norma del conjunto inicial %1</numerusform>
            <numerusform>Copiar %n normas del conjunto inicial %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy starter set %1</source>
        <translation>Copiar el conjunto inicial %1</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Eliminar el equipo</translation>
    </message>
    <message>
        <source>Delete the team %1 with its %2, their reasons and history?

You can bring it back with Edit ▸ Undo (Ctrl+Z).</source>
        <translation>¿Eliminar el equipo %1 con sus %2, sus razones y su historial?

Puede recuperarlo con Editar ▸ Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Nombre del nuevo equipo:</translation>
    </message>
    <message>
        <source>New name of the team:</source>
        <translation>Nuevo nombre del equipo:</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renombrar el equipo</translation>
    </message>
    <message>
        <source>Starter sets</source>
        <translation>Conjuntos iniciales</translation>
    </message>
    <message>
        <source>The starter library could not be read</source>
        <translation>No se pudieron leer los conjuntos iniciales</translation>
    </message>
    <message>
        <source>The starter library is not available in this build.</source>
        <translation>Los conjuntos iniciales no están disponibles en esta versión.</translation>
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
        <translation>%1: %2 actuales, %3 propuestas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active norm(s)</source>
        <translation>
            <numerusform>%Ln norma activa</numerusform>
            <numerusform>%Ln normas activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln pendiente de revisión</numerusform>
            <numerusform>%Ln pendientes de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln norma</numerusform>
            <numerusform>%Ln normas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not examined yet</source>
        <translation>
            <numerusform>%Ln aún sin examinar</numerusform>
            <numerusform>%Ln aún sin examinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rest(s) only on the rule</source>
        <translation>
            <numerusform>%Ln solo se apoya en la regla</numerusform>
            <numerusform>%Ln solo se apoyan en la regla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reworded on the surface only</source>
        <translation>
            <numerusform>%Ln reformulada solo en la superficie</numerusform>
            <numerusform>%Ln reformuladas solo en la superficie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a gap to work on</source>
        <translation>
            <numerusform>%Ln con un hueco que trabajar</numerusform>
            <numerusform>%Ln con un hueco que trabajar</numerusform>
        </translation>
    </message>
    <message>
        <source>+  New team</source>
        <translation>+  Nuevo equipo</translation>
    </message>
    <message>
        <source>Choose a team to see its norms (Ctrl+T comes here)</source>
        <translation>Elija un equipo para ver sus normas (Ctrl+T lleva aquí)</translation>
    </message>
    <message>
        <source>Copy a ready-made set of norms and their reasons into this team or a new one</source>
        <translation>Copiar un conjunto listo de normas y sus razones en este equipo o en uno nuevo</translation>
    </message>
    <message>
        <source>Copy a starter set…</source>
        <translation>Copiar un conjunto inicial…</translation>
    </message>
    <message>
        <source>Create an empty team (Ctrl+Shift+N)</source>
        <translation>Crear un equipo vacío (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>held</source>
        <comment>legend of the profile chart</comment>
        <translation>actuales</translation>
    </message>
    <message>
        <source>How many norms rest on each dimension. A norm counts once in a dimension when at least one of its held (filled bar) or proposed (outlined bar) reasons lies there. Retired norms are left out.</source>
        <translation>Cuántas normas se apoyan en cada dimensión. Una norma cuenta una vez en una dimensión cuando al menos una de sus razones actuales (barra llena) o propuestas (barra con contorno) está en ella. Las normas retiradas no cuentan.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>Ningún equipo seleccionado</translation>
    </message>
    <message>
        <source>No teams yet. Create one below or copy a starter set.</source>
        <translation>Todavía no hay equipos. Cree uno abajo o copie un conjunto inicial.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln norm(s): %1</source>
        <translation>
            <numerusform>De %Ln norma: %1</numerusform>
            <numerusform>De %Ln normas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>legend of the profile chart</comment>
        <translation>propuestas</translation>
    </message>
    <message>
        <source>TEAM PROFILE</source>
        <comment>a heading in capitals</comment>
        <translation>PERFIL DEL EQUIPO</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Perfil del equipo</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <comment>a heading in capitals</comment>
        <translation>EQUIPOS</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln due</source>
        <comment>after a team's number of norms: how many are due for review</comment>
        <translation>
            <numerusform>· %Ln pendiente</numerusform>
            <numerusform>· %Ln pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>%1: someone else changed it first</source>
        <translation>%1: otra persona lo cambió antes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved: the database cannot be reached.</source>
        <translation>
            <numerusform>%n cambio sin guardar: no se puede acceder a la base de datos.</numerusform>
            <numerusform>%n cambios sin guardar: no se puede acceder a la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Norms</source>
        <comment>a tab</comment>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>a tab: the team's meetings</comment>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Sessions (%1)</source>
        <comment>a tab, with the number of meetings</comment>
        <translation>&amp;Sesiones (%1)</translation>
    </message>
    <message>
        <source>Every change is saved at once to this database</source>
        <translation>Cada cambio se guarda al momento en esta base de datos</translation>
    </message>
    <message>
        <source>normlab could not save it (see the message before this one).</source>
        <translation>normlab no pudo guardarlo (vea el mensaje anterior).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the database cannot be reached; retrying (%n change(s) kept)</source>
        <translation>
            <numerusform>Sin guardar: no se puede acceder a la base de datos; reintentando (%n cambio conservado)</numerusform>
            <numerusform>Sin guardar: no se puede acceder a la base de datos; reintentando (%n cambios conservados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Printing is not available in this build.</source>
        <translation>La impresión no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Quit anyway and lose them? Cancel keeps the window open, and normlab goes on trying to save them.</source>
        <translation>¿Salir de todos modos y perderlos? Cancelar mantiene la ventana abierta y normlab sigue intentando guardarlos.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>Read only · %1</source>
        <translation>Solo lectura · %1</translation>
    </message>
    <message>
        <source>Read only: the disk holding this database is full; changes cannot be saved</source>
        <translation>Solo lectura: el disco de esta base de datos está lleno; no se pueden guardar cambios</translation>
    </message>
    <message>
        <source>Read only: this database cannot be written here; you can look and print</source>
        <translation>Solo lectura: aquí no se puede escribir en esta base de datos; puede mirar e imprimir</translation>
    </message>
    <message>
        <source>Saved as you go · %1</source>
        <translation>Se guarda sobre la marcha · %1</translation>
    </message>
    <message>
        <source>Showing what is stored now.</source>
        <translation>Se muestra lo que está guardado ahora.</translation>
    </message>
    <message>
        <source>Some of what you typed was not saved</source>
        <translation>Parte de lo que escribió no se guardó</translation>
    </message>
    <message>
        <source>The window now shows what is stored; your edit was not applied.</source>
        <translation>La ventana muestra ahora lo guardado; su cambio no se aplicó.</translation>
    </message>
    <message>
        <source>The window stays open so you can copy or re-type it; close again to leave anyway.</source>
        <translation>La ventana sigue abierta para que pueda copiarlo o volver a escribirlo; ciérrela otra vez para salir de todos modos.</translation>
    </message>
    <message>
        <source>Waiting to save · %1</source>
        <translation>Esperando para guardar · %1</translation>
    </message>
    <message>
        <source>What you typed is on the clipboard, to paste again: “%1”</source>
        <translation>Lo que escribió está en el portapapeles, para pegarlo de nuevo: «%1»</translation>
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
        <translation>%1 a favor, %2 en contra, %3 abstenciones</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>status of a norm</comment>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Disc.</source>
        <comment>short for Discussional, on a small chip</comment>
        <translation>Disc.</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Discursiva</translation>
    </message>
    <message>
        <source>discussional</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>discursiva</translation>
    </message>
    <message>
        <source>Every reason this norm rests on is operational ('it's the rule', 'it's good behaviour'). Such a norm tends to stay as it is; look for reasons about people, discussion or ideas.</source>
        <translation>Todas las razones de esta norma son operativas («es la regla», «es de buena educación»). Una norma así tiende a quedarse como está; busque razones sobre las personas, la discusión o las ideas.</translation>
    </message>
    <message>
        <source>fist to five: %1</source>
        <translation>del puño a cinco: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>a reason people hold today</comment>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Idea.</source>
        <comment>short for Ideational, on a small chip</comment>
        <translation>Idea.</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Ideacional</translation>
    </message>
    <message>
        <source>ideational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>ideacional</translation>
    </message>
    <message>
        <source>Inter.</source>
        <comment>short for Interpersonal, on a small chip</comment>
        <translation>Inter.</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Interpersonal</translation>
    </message>
    <message>
        <source>interpersonal</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>interpersonal</translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>nobody</source>
        <comment>fist to five: nobody showed a hand</comment>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Nobody has said why this norm matters. Ask the team for the reasons they give for it.</source>
        <translation>Nadie ha dicho por qué importa esta norma. Pregunte al equipo qué razones da para ella.</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Aún sin examinar</translation>
    </message>
    <message>
        <source>not examined yet: nobody has given a reason for it</source>
        <translation>aún sin examinar: nadie ha dado una razón para ella</translation>
    </message>
    <message>
        <source>Oper.</source>
        <comment>short for Operational, on a small chip</comment>
        <translation>Oper.</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativa</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>in a list of dimensions: 'interpersonal and ideational'</comment>
        <translation>operativa</translation>
    </message>
    <message>
        <source>prints without a reason the team agreed</source>
        <translation>se imprime sin una razón acordada por el equipo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>a reason the team proposes</comment>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>status of a norm</comment>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Razones propuestas aún no compartidas</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Solo se apoya en la regla</translation>
    </message>
    <message>
        <source>rests only on the rule itself (“it's the rule”)</source>
        <translation>solo se apoya en la propia regla («es la regla»)</translation>
    </message>
    <message>
        <source>Retire</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>status of a norm</comment>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>a meeting's decision on a norm</comment>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>reworded, but it still rests on the same kind of reason as before</source>
        <translation>reformulada, pero sigue apoyándose en el mismo tipo de razón que antes</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Reformulada, pero las razones siguen iguales</translation>
    </message>
    <message>
        <source>The team wants this norm to rest on reasons nobody holds yet (%1). This is where the work is.</source>
        <translation>El equipo quiere que esta norma se apoye en razones que nadie sostiene todavía (%1). Ahí está el trabajo.</translation>
    </message>
    <message>
        <source>The wording changed from “%1” to “%2”, but the reasons it rests on are of the same kind as before. A new wording resting on the old reason is usually absorbed into the old practice; name and move the reason too.</source>
        <translation>La redacción cambió de «%1» a «%2», pero las razones en las que se apoya son del mismo tipo que antes. Una nueva redacción apoyada en la razón antigua suele quedar absorbida por la práctica antigua; nombre y mueva también la razón.</translation>
    </message>
</context>
</TS>
