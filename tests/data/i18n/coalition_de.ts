<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A stand-in for a locale's own catalogue, for tst_translators only: one
     message, so that the English plural forms show through for the rest. -->
<TS version="2.1" language="de">
<context>
    <name>Coalition::Ui::DashboardAgenda</name>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
</context>
</TS>
