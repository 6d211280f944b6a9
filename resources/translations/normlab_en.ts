<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Meeting</name>
    <message numerus="yes">
        <source>in %n month(s) (%1)</source>
        <translation>
            <numerusform>in %n month (%1)</numerusform>
            <numerusform>in %n months (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NormOps</name>
    <message numerus="yes">
        <source>A norm rests on at most %n agreed reason(s): press A on one of them to take it back.</source>
        <translation>
            <numerusform>A norm rests on at most %n agreed reason: press A on it to take it back.</numerusform>
            <numerusform>A norm rests on at most %n agreed reasons: press A on one of them to take it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NormPane</name>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln due for review</numerusform>
            <numerusform>%Ln due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <comment>norms that pass the filter</comment>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.</source>
        <translation>
            <numerusform>%1 fit on a page (%2 on the first, beside the printing notes): %n sheet of card, %3.</numerusform>
            <numerusform>%1 fit on a page (%2 on the first, beside the printing notes): %n sheets of card, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rule(s)</source>
        <translation>
            <numerusform>%1, %n rule</numerusform>
            <numerusform>%1, %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1, one set each</source>
        <translation>
            <numerusform>%n name from %1, one set each</numerusform>
            <numerusform>%n names from %1, one set each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s)</source>
        <translation>
            <numerusform>%n norm</numerusform>
            <numerusform>%n norms</numerusform>
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
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <source>In &amp;%n month(s) (%1)</source>
        <translation>
            <numerusform>In &amp;%n month (%1)</numerusform>
            <numerusform>In &amp;%n months (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterSets</name>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln norm</numerusform>
            <numerusform>%Ln norms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into a new team</source>
        <translation>
            <numerusform>Copy %n norm into a new team</numerusform>
            <numerusform>Copy %n norms into a new team</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n norm(s) into this team</source>
        <translation>
            <numerusform>Copy %n norm into this team</numerusform>
            <numerusform>Copy %n norms into this team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOps</name>
    <message numerus="yes">
        <source>Copy %n norm(s) from starter set %1</source>
        <translation>
            <numerusform>Copy %n norm from starter set %1</numerusform>
            <numerusform>Copy %n norms from starter set %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Teams</name>
    <message numerus="yes">
        <source>%Ln active norm(s)</source>
        <translation>
            <numerusform>%Ln active norm</numerusform>
            <numerusform>%Ln active norms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due for review</source>
        <translation>
            <numerusform>%Ln due for review</numerusform>
            <numerusform>%Ln due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln norm(s)</source>
        <translation>
            <numerusform>%Ln norm</numerusform>
            <numerusform>%Ln norms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not examined yet</source>
        <translation>
            <numerusform>%Ln not examined yet</numerusform>
            <numerusform>%Ln not examined yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rest(s) only on the rule</source>
        <translation>
            <numerusform>%Ln rests only on the rule</numerusform>
            <numerusform>%Ln rest only on the rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reworded on the surface only</source>
        <translation>
            <numerusform>%Ln reworded on the surface only</numerusform>
            <numerusform>%Ln reworded on the surface only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a gap to work on</source>
        <translation>
            <numerusform>%Ln with a gap to work on</numerusform>
            <numerusform>%Ln with a gap to work on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln norm(s): %1</source>
        <translation>
            <numerusform>Of %Ln norm: %1</numerusform>
            <numerusform>Of %Ln norms: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %Ln due</source>
        <comment>after a team's number of norms: how many are due for review</comment>
        <translation>
            <numerusform>· %Ln due</numerusform>
            <numerusform>· %Ln due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message numerus="yes">
        <source>%n change(s) not saved: the database cannot be reached.</source>
        <translation>
            <numerusform>1 change has not been saved: the database cannot be reached.</numerusform>
            <numerusform>%n changes have not been saved: the database cannot be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the database cannot be reached; retrying (%n change(s) kept)</source>
        <translation>
            <numerusform>Not saved: the database cannot be reached; retrying (1 change is kept)</numerusform>
            <numerusform>Not saved: the database cannot be reached; retrying (%n changes are kept)</numerusform>
        </translation>
    </message>
</context>
</TS>
