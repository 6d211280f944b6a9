<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Printed</name>
    <message>
        <source>Our ground rules</source>
        <translation>Наши правила</translation>
    </message>
    <message>
        <source>because</source>
        <translation>потому что</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Согласовано %1</translation>
    </message>
    <message>
        <source>Review by %1</source>
        <translation>Пересмотреть до %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>I'd like to say…</source>
        <translation>Я хочу сказать…</translation>
    </message>
    <message>
        <source>I agree with ___ because…</source>
        <translation>Соглашусь с ___, потому что…</translation>
    </message>
    <message>
        <source>I disagree because…</source>
        <translation>Не соглашусь, потому что…</translation>
    </message>
    <message>
        <source>I'd like to build on ___'s idea</source>
        <translation>Хочу дополнить идею ___</translation>
    </message>
    <message>
        <source>Can you explain…?</source>
        <translation>Можешь объяснить…?</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Несогласие</translation>
    </message>
    <message>
        <source>Build on</source>
        <translation>Дополнение</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Talk and response tokens</source>
        <translation>Жетоны для реплик и ответов</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Как печатать</translation>
    </message>
    <message>
        <source>Print at actual size (100%), not “fit to page”.</source>
        <translation>Печатайте в натуральную величину (100 %), без «вписать в страницу».</translation>
    </message>
    <message>
        <source>Use card (160–250 g/m²) so the tokens last.</source>
        <translation>Используйте картон (160–250 г/м²), чтобы жетоны служили дольше.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the long edge.</source>
        <translation>Двусторонняя печать: переворот по длинному краю.</translation>
    </message>
    <message>
        <source>Double-sided: flip on the short edge.</source>
        <translation>Двусторонняя печать: переворот по короткому краю.</translation>
    </message>
    <message>
        <source>One-sided: no backs.</source>
        <translation>Односторонняя печать: без оборота.</translation>
    </message>
    <message>
        <source>Cut along the grey lines or punch with a %1 mm circle punch.</source>
        <translation>Вырежьте по серым линиям или круглым дыроколом %1 мм.</translation>
    </message>
    <message>
        <source>This line is 50 mm long. If it is shorter or longer, the printer scaled the page.</source>
        <translation>Длина этой линии 50 мм. Если она короче или длиннее, принтер изменил масштаб страницы.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Набор %1</translation>
    </message>
    <message>
        <source>it's the rule</source>
        <translation>потому что таково правило</translation>
    </message>
    <message>
        <source>how we treat each other</source>
        <translation>как мы относимся друг к другу</translation>
    </message>
    <message>
        <source>so we can discuss</source>
        <translation>чтобы обсуждать</translation>
    </message>
    <message>
        <source>so we learn from ideas</source>
        <translation>чтобы учиться на идеях</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <source>Rules for this session</source>
        <translation>Правила этого занятия</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Pause word</source>
        <translation>Слово-пауза</translation>
    </message>
    <message>
        <source>Everyone here is capable and wants to learn. Mistakes are expected: they are how we learn. What is said here stays here.</source>
        <translation>Все здесь способны и хотят учиться. Ошибки ожидаемы: так мы учимся. Сказанное здесь остаётся здесь.</translation>
    </message>
    <message>
        <source>Team report: %1</source>
        <translation>Отчёт команды: %1</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Нормы: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Профиль команды</translation>
    </message>
    <message>
        <source>grey: held now · colour: proposed or agreed</source>
        <translation>серым: что думают сейчас · цветом: предложено или согласовано</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Interpersonal</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Discussional</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>Ideational</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <source>Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4</source>
        <translation>Ещё не обсуждались: %1 · держатся только на правиле: %2 · переформулированы лишь внешне: %3 · с разрывом: %4</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Нормы</translation>
    </message>
    <message>
        <source>Earlier wordings: %1</source>
        <translation>Прежние формулировки: %1</translation>
    </message>
    <message>
        <source>From (held): %1</source>
        <translation>От (думают сейчас): %1</translation>
    </message>
    <message>
        <source>To (agreed): %1</source>
        <translation>К (согласовано): %1</translation>
    </message>
    <message>
        <source>To (proposed): %1</source>
        <translation>К (предложено): %1</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>нет причин</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Проверки: %1</translation>
    </message>
    <message>
        <source>Checks: none</source>
        <translation>Проверки: замечаний нет</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Ещё не обсуждалась</translation>
    </message>
    <message>
        <source>Rests only on the rule itself</source>
        <translation>Держится только на самом правиле</translation>
    </message>
    <message>
        <source>Reworded, but the reasons stayed the same</source>
        <translation>Переформулирована, но причины остались прежними</translation>
    </message>
    <message>
        <source>Proposed reasons not yet held</source>
        <translation>Предложенные причины пока никто не разделяет</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Who gives reasons in which dimension (number of reasons):</source>
        <translation>Кто в каком измерении приводит причины (число причин):</translation>
    </message>
    <message>
        <source>(no role given)</source>
        <translation>(роль не указана)</translation>
    </message>
    <message>
        <source>No reasons recorded yet.</source>
        <translation>Причины пока не записаны.</translation>
    </message>
    <message>
        <source>Sessions and decisions</source>
        <translation>Встречи и решения</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Встречи пока не записаны.</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>присутствовали: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Пересмотреть</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>Следующий пересмотр: %1</translation>
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
