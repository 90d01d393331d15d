<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that the qtbase_es catalog of the Qt the app runs on leaves in English
     (Qt 6.11 added the mnemonics, "&Look in:", and its Spanish still has only "Look in:").
     Written by hand in Qt's own wording for the rest of the same dialog; loaded after qtbase_es,
     so that a later Qt that translates them wins nothing and loses nothing. -->
<TS version="2.1" language="es_AR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
</TS>
