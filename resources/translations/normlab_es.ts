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
</TS>
