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
</context>
</TS>
