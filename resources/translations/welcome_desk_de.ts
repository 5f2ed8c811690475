<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="66"/>
        <source>Database not available</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="66"/>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="68"/>
        <source>Centre not available</source>
        <translation>Zentrum nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="68"/>
        <source>The centre definition could not be loaded.</source>
        <translation>Die Beschreibung des Zentrums konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="71"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="71"/>
        <source>Welcome Desk could not open its data.</source>
        <translation>Welcome Desk konnte seine Daten nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="103"/>
        <source>Appointment — {unit}</source>
        <translation>Termin — {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="104"/>
        <source>Appointment with {unit}</source>
        <translation>Termin bei: {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="105"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="106"/>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="107"/>
        <source>Days with free appointments</source>
        <translation>Tage mit freien Terminen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="108"/>
        <source>Free appointment times</source>
        <translation>Freie Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="109"/>
        <source>Up and Down choose the day; Tab goes to its free times.</source>
        <translation>Pfeil hoch/runter wählt den Tag; Tab geht zu seinen freien Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="110"/>
        <source>Up and Down choose the time; Enter books it.</source>
        <translation>Pfeil hoch/runter wählt die Uhrzeit; die Eingabetaste bucht sie.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="112"/>
        <source>Close without booking (Esc)</source>
        <translation>Schließen, ohne zu buchen (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="114"/>
        <source>&amp;Book appointment</source>
        <translation>Termin &amp;buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="115"/>
        <source>Book appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="113"/>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="116"/>
        <source>Book the selected time (Enter)</source>
        <translation>Die gewählte Uhrzeit buchen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="117"/>
        <source>No free appointments in the next {n} days.</source>
        <translation>In den nächsten {n} Tagen sind keine Termine frei.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="151"/>
        <source>{date} — {n} free</source>
        <translation>{date} — {n} frei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="153"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="178"/>
        <source>{time}  ({left} of {capacity} places free)</source>
        <translation>{time}  ({left} von {capacity} Plätzen frei)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="211"/>
        <source>Slot taken</source>
        <translation>Termin vergeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="215"/>
        <source>Cannot book</source>
        <translation>Buchung nicht möglich</translation>
    </message>
</context>
<context>
    <name>DayLogModel</name>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="84"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="85"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="86"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="87"/>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="88"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="115"/>
        <source>Typed at the desk: {text}</source>
        <translation>Am Empfang eingegeben: {text}</translation>
    </message>
</context>
<context>
    <name>DayLogPanel</name>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="96"/>
        <source>Mark as &amp;arrived / waiting</source>
        <translation>Als &amp;angekommen / wartend markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="97"/>
        <source>Mark as &amp;called</source>
        <translation>Als a&amp;ufgerufen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="98"/>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="99"/>
        <source>Mark as &amp;no-show</source>
        <translation>Als &amp;nicht erschienen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="100"/>
        <source>&amp;Cancel entry</source>
        <translation>Eintrag &amp;stornieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="104"/>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="166"/>
        <source>Re&amp;print slip</source>
        <translation>Laufzettel &amp;nachdrucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="105"/>
        <source>Reprint the slip of the selected entry</source>
        <translation>Laufzettel des gewählten Eintrags nachdrucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="106"/>
        <source>Reprint the slip of the selected entry (Ctrl+P, or double-click)</source>
        <translation>Laufzettel des gewählten Eintrags nachdrucken (Strg+P oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="107"/>
        <source>Today&apos;s log</source>
        <translation>Tagesprotokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="109"/>
        <source>Time, ticket, type, concern, unit and status of each visit today. Ctrl+P reprints the selected slip; the context menu changes the status.</source>
        <translation>Uhrzeit, Nummer, Art, Anliegen, Stelle und Status jedes Besuchs von heute. Strg+P druckt den Laufzettel des gewählten Eintrags nach; das Kontextmenü ändert den Status.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="117"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="118"/>
        <source>&amp;Today&apos;s log — {day} — {entries}</source>
        <translation>&amp;Tagesprotokoll — {day} — {entries}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="34"/>
        <source>Open now — until {time}</source>
        <translation>Jetzt geöffnet — bis {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="36"/>
        <source>Closed — no hours in the next weeks</source>
        <translation>Geschlossen — in den nächsten Wochen keine Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="38"/>
        <source>today {time}</source>
        <translation>heute {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="40"/>
        <source>tomorrow {time}</source>
        <translation>morgen {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="43"/>
        <source>Closed now — next: {when}</source>
        <translation>Jetzt geschlossen — nächste Öffnung: {when}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="141"/>
        <source>Details of the selected unit</source>
        <translation>Angaben zur gewählten Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="142"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="191"/>
        <source>Selected unit</source>
        <translation>Ausgewählte Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="143"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="148"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="144"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="145"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="151"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="146"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="152"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="147"/>
        <source>Please ask the visitor</source>
        <translation>Bitte beim Besucher nachfragen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="149"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="150"/>
        <source>Open now or next opening</source>
        <translation>Jetzt geöffnet oder nächste Öffnung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="153"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="154"/>
        <source>Why this unit</source>
        <translation>Warum diese Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="165"/>
        <source>No unit found for these words. Try other or fewer words, e.g. the document the visitor shows (&quot;Aufenthaltstitel&quot;, &quot;Mietvertrag&quot;).</source>
        <translation>Zu diesen Wörtern passt keine Stelle. Bitte andere oder weniger Wörter versuchen, z. B. das Dokument, das der Besucher zeigt („Aufenthaltstitel“, „Mietvertrag“).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="172"/>
        <source>Type the visitor&apos;s concern in a few words, in German or English — e.g. &quot;Visum verlängern&quot;, &quot;Wohnung&quot;, &quot;Arbeit&quot;. The best unit is selected; Up/Down choose another one.</source>
        <translation>Das Anliegen in wenigen Wörtern eingeben, auf Deutsch oder Englisch — z. B. „Visum verlängern“, „Wohnung“, „Arbeit“. Die passendste Stelle ist ausgewählt; mit Pfeil hoch/runter eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="191"/>
        <source>Picked ✓ — F5 ticket · F6 appointment</source>
        <translation>Übernommen ✓ — F5 Wartenummer · F6 Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="198"/>
        <source>Consultation hours</source>
        <translation>Sprechzeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="198"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="207"/>
        <source>* Sample value in this centre file — please check before relying on it.</source>
        <translation>* Beispielwert in dieser Zentrumsdatei — bitte vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="219"/>
        <source>Room {room}</source>
        <translation>Raum {room}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="221"/>
        <source>Counter {counter}</source>
        <translation>Schalter {counter}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="234"/>
        <source>Walk-in (ticket) and appointments</source>
        <translation>Ohne Termin (Wartenummer) und mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="236"/>
        <source>Walk-in only (ticket), no appointments</source>
        <translation>Nur ohne Termin (Wartenummer), keine Termine</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="238"/>
        <source>By appointment only</source>
        <translation>Nur mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="255"/>
        <source>Answer {n} (Alt+{n})</source>
        <translation>Antwort {n} (Alt+{n})</translation>
    </message>
</context>
<context>
    <name>FrequentBar</name>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="76"/>
        <source>Frequent concerns</source>
        <translation>Häufige Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="78"/>
        <source>Frequent concern {n}</source>
        <translation>Häufiges Anliegen {n}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="79"/>
        <source>The most frequent concerns appear here after the first visits.</source>
        <translation>Die häufigsten Anliegen erscheinen hier nach den ersten Besuchen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="83"/>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="90"/>
        <source>Frequent today:</source>
        <translation>Häufig heute:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="93"/>
        <source>Frequent (%n days):</source>
        <translation>
            <numerusform>Häufig (%n Tag):</numerusform>
            <numerusform>Häufig (%n Tage):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="103"/>
        <source>{concern} ({count})</source>
        <translation>{concern} ({count})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="108"/>
        <source>Frequent concern {n}: {concern}</source>
        <translation>Häufiges Anliegen {n}: {concern}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="110"/>
        <source>%n visits today</source>
        <translation>
            <numerusform>%n Besuch heute</numerusform>
            <numerusform>%n Besuche heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="112"/>
        <source>%n visits in these days</source>
        <translation>
            <numerusform>%n Besuch in diesen Tagen</numerusform>
            <numerusform>%n Besuche in diesen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="114"/>
        <source>{concern} — {count} ({keys})</source>
        <translation>{concern} — {count} ({keys})</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="35"/>
        <source>Type</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="35"/>
        <source>Concern in a few words — suggestions follow every key</source>
        <translation>Anliegen in wenigen Wörtern — die Vorschläge folgen jedem Tastendruck</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="36"/>
        <source>Up / Down</source>
        <translation>Pfeil hoch / runter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="36"/>
        <source>Choose another suggestion (focus stays in the field)</source>
        <translation>Anderen Vorschlag wählen (der Cursor bleibt im Feld)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="37"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="37"/>
        <source>Pick the selected unit; Enter again issues the ticket</source>
        <translation>Gewählte Stelle übernehmen; nochmals Eingabetaste gibt die Wartenummer aus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="38"/>
        <source>Walk-in: ticket for today, slip is printed</source>
        <translation>Ohne Termin: Wartenummer für heute, der Laufzettel wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="39"/>
        <source>Appointment: choose a free slot, Enter books</source>
        <translation>Termin: freie Uhrzeit wählen, Eingabetaste bucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="40"/>
        <source>Answer the clarifying question</source>
        <translation>Die Rückfrage beantworten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="41"/>
        <source>Frequent concern 1 to 9 (the buttons under the field)</source>
        <translation>Häufiges Anliegen 1 bis 9 (die Schaltflächen unter dem Feld)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="42"/>
        <source>Choose the visitor&apos;s language for the slip</source>
        <translation>Sprache des Besuchers für den Laufzettel wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="43"/>
        <source>Clear the field for the next visitor</source>
        <translation>Feld für den nächsten Besucher leeren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="44"/>
        <source>Reprint the slip (selected entry or last ticket)</source>
        <translation>Laufzettel nachdrucken (gewählter Eintrag oder letzte Nummer)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="45"/>
        <source>Go to today&apos;s log (context menu: status)</source>
        <translation>Zum Tagesprotokoll (Kontextmenü: Status)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="46"/>
        <source>Refresh today&apos;s log</source>
        <translation>Tagesprotokoll aktualisieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="47"/>
        <source>High contrast on or off</source>
        <translation>Hoher Kontrast ein oder aus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="48"/>
        <source>Larger or smaller text</source>
        <translation>Schrift größer oder kleiner</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="49"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="50"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="51"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="74"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="81"/>
        <source>Every keyboard shortcut of the reception window</source>
        <translation>Alle Tastenkürzel des Empfangsfensters</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="86"/>
        <source>Close the list of shortcuts</source>
        <translation>Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="87"/>
        <source>Esc closes it too; focus goes back to the concern field.</source>
        <translation>Esc schließt die Liste ebenfalls; danach ist der Cursor wieder im Anliegen-Feld.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="115"/>
        <source>About Welcome Desk</source>
        <translation>Über Welcome Desk</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="116"/>
        <source>Reception desk of a welcome centre: route a concern, issue a ticket or book an appointment, print a referral slip.</source>
        <translation>Empfang eines Willkommenszentrums: Anliegen zuordnen, Wartenummer ausgeben oder Termin buchen, Laufzettel drucken.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="120"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Lizenz: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="379"/>
        <source>Welcome Desk — {centre}</source>
        <translation>Welcome Desk — {centre}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="380"/>
        <source>Visitor&apos;s &amp;concern</source>
        <translation>&amp;Anliegen des Besuchers</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="381"/>
        <source>Enter concern …</source>
        <translation>Anliegen eingeben …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="382"/>
        <source>Visitor&apos;s concern</source>
        <translation>Anliegen des Besuchers</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="384"/>
        <source>Type a few words; Up and Down choose a suggestion, Enter picks it, F5 issues a ticket.</source>
        <translation>Wenige Wörter eingeben; Pfeil hoch/runter wählt einen Vorschlag, Eingabetaste übernimmt ihn, F5 gibt eine Wartenummer aus.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="386"/>
        <source>Suggested units</source>
        <translation>Vorgeschlagene Stellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="387"/>
        <source>Suggested units, best first</source>
        <translation>Vorgeschlagene Stellen, die passendste zuerst</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="388"/>
        <source>Visitor&apos;s &amp;language (slip)</source>
        <translation>Sprache des Besuchers (&amp;Zettel)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="389"/>
        <source>Visitor&apos;s language for the slip</source>
        <translation>Sprache des Besuchers für den Laufzettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="390"/>
        <source>The slip is printed in this language and in German (Ctrl+L)</source>
        <translation>Der Laufzettel wird in dieser Sprache und auf Deutsch gedruckt (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="391"/>
        <source>&amp;Walk-in / Ticket</source>
        <translation>&amp;Wartenummer (ohne Termin)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="392"/>
        <source>Give the visitor a ticket for today and print the slip (F5 or Ctrl+Enter)</source>
        <translation>Wartenummer für heute ausgeben und Laufzettel drucken (F5 oder Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="393"/>
        <source>Walk-in / Ticket   F5</source>
        <translation>Wartenummer   F5</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="394"/>
        <source>Walk-in: issue a ticket</source>
        <translation>Ohne Termin: Wartenummer ausgeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="396"/>
        <source>&amp;Appointment…</source>
        <translation>&amp;Termin…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="397"/>
        <source>Book an appointment in a free slot (F6)</source>
        <translation>Einen freien Termin buchen (F6)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="398"/>
        <source>Appointment…   F6</source>
        <translation>Termin…   F6</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="399"/>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="401"/>
        <source>&amp;Next visitor (clear)</source>
        <translation>&amp;Nächster Besucher (Feld leeren)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="402"/>
        <source>Choose visitor&apos;s &amp;language</source>
        <translation>&amp;Sprache des Besuchers wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="403"/>
        <source>&amp;Reprint slip</source>
        <translation>Laufzettel erneut &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="404"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="405"/>
        <source>&amp;Refresh today&apos;s log</source>
        <translation>Tagesprotokoll &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="406"/>
        <source>Go to &amp;today&apos;s log</source>
        <translation>Zum &amp;Tagesprotokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="407"/>
        <source>Show print &amp;preview before printing</source>
        <translation>&amp;Druckvorschau vor dem Drucken zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="408"/>
        <source>Slip &amp;paper size (this desk)</source>
        <translation>&amp;Papierformat der Laufzettel (dieser Platz)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="409"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="410"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="411"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="412"/>
        <source>80 mm receipt roll</source>
        <translation>Bonrolle 80 mm</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="413"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="414"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="415"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="416"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="418"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="419"/>
        <source>&amp;About Welcome Desk</source>
        <translation>Ü&amp;ber Welcome Desk</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="420"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="421"/>
        <source>V&amp;isit</source>
        <translation>&amp;Besuch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="422"/>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="423"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="424"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="425"/>
        <source>Centre: {name}</source>
        <translation>Zentrum: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="426"/>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="464"/>
        <source>Text size {percent} %</source>
        <translation>Schriftgröße {percent} %</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="498"/>
        <source>Settings could not be saved: {error}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="592"/>
        <source>No unit to pick — type the concern first.</source>
        <translation>Keine Stelle zum Übernehmen — bitte zuerst das Anliegen eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="648"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="667"/>
        <source>No unit selected — type the concern first.</source>
        <translation>Keine Stelle gewählt — bitte zuerst das Anliegen eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="659"/>
        <source>No ticket issued</source>
        <translation>Keine Wartenummer ausgegeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="681"/>
        <source>Cannot book</source>
        <translation>Buchung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="699"/>
        <source>Ticket {ticket} issued</source>
        <translation>Wartenummer {ticket} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="699"/>
        <source>Appointment {ticket} booked</source>
        <translation>Termin {ticket} gebucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="705"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="739"/>
        <source>Slip not written</source>
        <translation>Laufzettel nicht erstellt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="706"/>
        <source>The visit is saved ({ticket}), but its slip could not be written.</source>
        <translation>Der Besuch ist gespeichert ({ticket}), aber der Laufzettel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="730"/>
        <source>cannot write the slip: {error}</source>
        <translation>Laufzettel kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="739"/>
        <source>The slip could not be written.</source>
        <translation>Der Laufzettel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="755"/>
        <source>Select an entry in today&apos;s log first.</source>
        <translation>Bitte zuerst einen Eintrag im Tagesprotokoll wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="788"/>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="37"/>
        <source>{unit} sees visitors by appointment only. Please book an appointment (F6).</source>
        <translation>{unit} empfängt nur mit Termin. Bitte einen Termin buchen (F6).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="40"/>
        <source>{unit} does not take appointments. Please give the visitor a ticket (F5).</source>
        <translation>{unit} vergibt keine Termine. Bitte eine Wartenummer ausgeben (F5).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="43"/>
        <source>{when} is in the past. Please choose a later time.</source>
        <translation>{when} liegt in der Vergangenheit. Bitte eine spätere Zeit wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="44"/>
        <source>The centre is closed on {when}.</source>
        <translation>Das Zentrum ist am {when} geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="45"/>
        <source>{when} is outside the hours of {unit}.</source>
        <translation>{when} liegt außerhalb der Zeiten von {unit}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="46"/>
        <source>{when} is not the start of an appointment slot.</source>
        <translation>{when} ist kein Terminbeginn.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="47"/>
        <source>The slot {when} has just been taken by another desk. Please choose another time.</source>
        <translation>Der Termin {when} wurde gerade an einem anderen Platz vergeben. Bitte eine andere Zeit wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="50"/>
        <source>The text is too long ({length} characters, at most {limit}). Please shorten it.</source>
        <translation>Der Text ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="53"/>
        <source>The text contains a character that cannot be stored. Please retype it.</source>
        <translation>Der Text enthält ein Zeichen, das nicht gespeichert werden kann. Bitte neu eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="54"/>
        <source>This unit is not part of the centre any more. Please choose another one.</source>
        <translation>Diese Stelle gehört nicht mehr zum Zentrum. Bitte eine andere wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="55"/>
        <source>This concern is not part of the centre any more.</source>
        <translation>Dieses Anliegen gehört nicht mehr zum Zentrum.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="56"/>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="57"/>
        <source>Please choose the visitor&apos;s language.</source>
        <translation>Bitte die Sprache des Besuchers wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="58"/>
        <source>This status is not known.</source>
        <translation>Dieser Status ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="91"/>
        <source>Slip {ticket}</source>
        <translation>Laufzettel {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="91"/>
        <source>Slip</source>
        <translation>Laufzettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="130"/>
        <location filename="../../welcome_desk/ui/printing.py" line="132"/>
        <source>Zoom</source>
        <translation>Vergrößerung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="135"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="137"/>
        <source>Preview of the slip</source>
        <translation>Vorschau des Laufzettels</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="165"/>
        <source>(no PDF was written)</source>
        <translation>(es wurde kein PDF erstellt)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="168"/>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="169"/>
        <source>No printer is set up on this computer, so the slip was not printed.</source>
        <translation>An diesem Computer ist kein Drucker eingerichtet; der Laufzettel wurde nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="170"/>
        <source>The slip is kept as a PDF file:
{path}</source>
        <translation>Der Laufzettel ist als PDF-Datei gespeichert:
{path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="177"/>
        <source>Print preview — slip {ticket}</source>
        <translation>Druckvorschau — Laufzettel {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="185"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="185"/>
        <source>The slip could not be sent to the printer.</source>
        <translation>Der Laufzettel konnte nicht an den Drucker gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="21"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="22"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="23"/>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="24"/>
        <source>In service</source>
        <translation>In Beratung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="25"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="26"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="27"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="28"/>
        <source>Referred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="34"/>
        <source>Walk-in</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="34"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../welcome_desk/ui/suggestions.py" line="57"/>
        <source>{unit}, match {percent} percent: {reason}</source>
        <translation>{unit}, Übereinstimmung {percent} Prozent: {reason}</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="61"/>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="69"/>
        <source>Last ticket</source>
        <translation>Letzte Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="62"/>
        <source>Ticket number</source>
        <translation>Wartenummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="63"/>
        <source>Slip of this ticket</source>
        <translation>Laufzettel dieser Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="64"/>
        <source>Print &amp;again</source>
        <translation>&amp;Erneut drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="65"/>
        <source>Print this slip again</source>
        <translation>Diesen Laufzettel erneut drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="66"/>
        <source>Print the slip of this ticket again (Ctrl+P)</source>
        <translation>Den Laufzettel dieser Nummer erneut drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="72"/>
        <source>No ticket issued yet.</source>
        <translation>Noch keine Nummer ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="81"/>
        <source>Ticket issued ✓</source>
        <translation>Wartenummer ausgegeben ✓</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="81"/>
        <source>Appointment booked ✓</source>
        <translation>Termin gebucht ✓</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="84"/>
        <source>Ticket number {ticket}</source>
        <translation>Nummer {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="89"/>
        <source>Room {room}</source>
        <translation>Raum {room}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="97"/>
        <source>Walk-in, logged at {time} — please wait to be called</source>
        <translation>Ohne Termin, erfasst um {time} Uhr — bitte warten, bis die Nummer aufgerufen wird</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="101"/>
        <source>Appointment on {date} at {time}</source>
        <translation>Termin am {date} um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="132"/>
        <source>PDF: {name}</source>
        <translation>PDF: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="134"/>
        <source>Slip sent from the print preview.</source>
        <translation>Laufzettel aus der Druckvorschau gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="135"/>
        <source>Print preview closed without printing.</source>
        <translation>Druckvorschau ohne Drucken geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="136"/>
        <source>Slip printed.</source>
        <translation>Laufzettel gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="137"/>
        <source>Not printed: no printer is set up.</source>
        <translation>Nicht gedruckt: kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="138"/>
        <source>The slip could not be printed.</source>
        <translation>Der Laufzettel konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="139"/>
        <source>No slip PDF: {error}</source>
        <translation>Kein Laufzettel-PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="140"/>
        <source>Slip saved.</source>
        <translation>Laufzettel gespeichert.</translation>
    </message>
</context>
</TS>
