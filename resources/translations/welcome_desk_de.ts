<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="86"/>
        <source>Database not available</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="86"/>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="89"/>
        <source>Centre not available</source>
        <translation>Zentrum nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="89"/>
        <source>The centre definition could not be loaded.</source>
        <translation>Die Beschreibung des Zentrums konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="93"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/app.py" line="93"/>
        <source>Welcome Desk could not open its data.</source>
        <translation>Welcome Desk konnte seine Daten nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="148"/>
        <source>Appointment — {unit}</source>
        <translation>Termin — {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="149"/>
        <source>Appointment with {unit}</source>
        <translation>Termin bei: {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="155"/>
        <source>Move appointment {ticket} — {unit}</source>
        <translation>Termin {ticket} verschieben — {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="157"/>
        <source>Move appointment {ticket} with {unit} (now {when}) to:</source>
        <translation>Termin {ticket} bei {unit} (bisher {when}) verschieben auf:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="161"/>
        <source>&amp;Move appointment</source>
        <translation>Termin &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="162"/>
        <source>Move the appointment to the selected time</source>
        <translation>Den Termin auf die gewählte Uhrzeit verschieben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="163"/>
        <source>Move the appointment to the selected time (Enter); the old time becomes free</source>
        <translation>Den Termin auf die gewählte Uhrzeit verschieben (Eingabetaste); die bisherige Zeit wird frei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="164"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="165"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="166"/>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="167"/>
        <source>Days with free appointments</source>
        <translation>Tage mit freien Terminen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="168"/>
        <source>Free appointment times</source>
        <translation>Freie Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="169"/>
        <source>Up and Down choose the day; Tab goes to its free times.</source>
        <translation>Pfeil hoch/runter wählt den Tag; Tab geht zu seinen freien Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="170"/>
        <source>Up and Down choose the time; Enter books it.</source>
        <translation>Pfeil hoch/runter wählt die Uhrzeit; die Eingabetaste bucht sie.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="172"/>
        <source>Close without booking (Esc)</source>
        <translation>Schließen, ohne zu buchen (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="150"/>
        <source>&amp;Book appointment</source>
        <translation>Termin &amp;buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="151"/>
        <source>Book appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="152"/>
        <source>Book the selected time (Enter)</source>
        <translation>Die gewählte Uhrzeit buchen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="174"/>
        <source>No free appointments in the next {n} days.</source>
        <translation>In den nächsten {n} Tagen sind keine Termine frei.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="175"/>
        <source>Visitor&apos;s &amp;name (optional)</source>
        <translation>&amp;Name des Besuchers (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="176"/>
        <source>Visitor&apos;s name, optional</source>
        <translation>Name des Besuchers, freiwillig</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="177"/>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="180"/>
        <source>Not needed; erased automatically after the retention period</source>
        <translation>Nicht nötig; wird nach Ablauf der Aufbewahrungsfrist automatisch gelöscht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="178"/>
        <source>&amp;Phone or e-mail (optional)</source>
        <translation>Tele&amp;fon oder E-Mail (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="179"/>
        <source>Visitor&apos;s phone or e-mail, optional</source>
        <translation>Telefon oder E-Mail des Besuchers, freiwillig</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="182"/>
        <source>Not needed — the ticket is the visitor&apos;s handle. If given, name and contact are erased automatically after {days} days.</source>
        <translation>Nicht nötig — die Nummer genügt, um den Besuch wiederzufinden. Name und Kontakt werden, falls angegeben, nach {days} Tagen automatisch gelöscht.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="186"/>
        <source>Not needed — the ticket is the visitor&apos;s handle. If given, name and contact are erased automatically after the retention period.</source>
        <translation>Nicht nötig — die Nummer genügt, um den Besuch wiederzufinden. Name und Kontakt werden, falls angegeben, nach Ablauf der Aufbewahrungsfrist automatisch gelöscht.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="222"/>
        <source>{date} — {n} free</source>
        <translation>{date} — {n} frei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="224"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="249"/>
        <source>{time}  ({left} of {capacity} places free)</source>
        <translation>{time}  ({left} von {capacity} Plätzen frei)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="285"/>
        <source>Slot taken</source>
        <translation>Termin vergeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/booking_dialog.py" line="289"/>
        <source>Cannot book</source>
        <translation>Buchung nicht möglich</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="40"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="127"/>
        <source>Check in by booking code</source>
        <translation>Einchecken mit Buchungscode</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="45"/>
        <source>Booking code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="46"/>
        <source>Type or scan the code from the visitor&apos;s booking; Enter checks in</source>
        <translation>Code aus der Buchung eintippen oder scannen; Eingabetaste checkt ein</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="47"/>
        <source>&amp;Booking code (type or scan):</source>
        <translation>&amp;Buchungscode (tippen oder scannen):</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="51"/>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="52"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="53"/>
        <source>Marks the visitor as arrived and prints the slip</source>
        <translation>Markiert die Person als angekommen und druckt den Zettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="56"/>
        <source>Close without checking in (Esc)</source>
        <translation>Schließen, ohne einzuchecken (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="100"/>
        <source>Check &amp;in by booking code…</source>
        <translation>Mit Buchungscode &amp;einchecken …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="101"/>
        <source>Type or scan the visitor&apos;s booking code (F9): arrived, slip printed</source>
        <translation>Buchungscode eintippen oder scannen (F9): angekommen, Zettel gedruckt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="102"/>
        <source>&amp;Import appointments…</source>
        <translation>Termine &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="103"/>
        <source>Bookings from the online booking system (.ics, .csv, .xlsx)</source>
        <translation>Buchungen aus der Online-Terminvergabe (.ics, .csv, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="104"/>
        <source>&amp;Watch a folder for appointments…</source>
        <translation>&amp;Ordner auf Termine überwachen …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="127"/>
        <source>Not checked in.</source>
        <translation>Nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="130"/>
        <source>{ticket} checked in: waiting.</source>
        <translation>{ticket} eingecheckt: wartet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="142"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="145"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="160"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="191"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="196"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="208"/>
        <source>Import appointments</source>
        <translation>Termine importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="146"/>
        <source>Appointment files ({pattern})</source>
        <translation>Termindateien ({pattern})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="164"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="191"/>
        <source>Only a team lead may import appointments.</source>
        <translation>Nur die Teamleitung darf Termine importieren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="171"/>
        <source>Import cancelled: nothing changed.</source>
        <translation>Import abgebrochen: nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="196"/>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="201"/>
        <source>{file}: {new} new, {moved} moved, {cancelled} cancelled, {same} unchanged, {decide} for the team lead to decide, {skipped} skipped</source>
        <translation>{file}: {new} neu, {moved} verschoben, {cancelled} storniert, {same} unverändert, {decide} zur Entscheidung für die Teamleitung, {skipped} ausgelassen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="216"/>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="219"/>
        <source>Watch a folder for appointments</source>
        <translation>Ordner auf Termine überwachen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/appointments_ui.py" line="231"/>
        <source>Watching {folder} for appointment files.</source>
        <translation>{folder} wird auf Termindateien überwacht.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../welcome_desk/ui/daily_backup.py" line="34"/>
        <source>The daily backup could not be made: {error}</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>CentreChooser</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="35"/>
        <source>Centre files (*.json);;All files (*)</source>
        <translation>Zentrumsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="97"/>
        <source>Welcome Desk — choose the centre</source>
        <translation>Welcome Desk — Zentrum wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="98"/>
        <source>Which welcome centre is this desk for?</source>
        <translation>Für welches Willkommenszentrum ist dieser Platz?</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="100"/>
        <source>The choice is stored in the database and every desk using it works with this centre. A team lead can edit it or switch later (menu Centre).</source>
        <translation>Die Wahl wird in der Datenbank gespeichert; jeder Platz, der sie nutzt, arbeitet mit diesem Zentrum. Die Teamleitung kann es später bearbeiten oder wechseln (Menü Zentrum).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="103"/>
        <source>Switch centre</source>
        <translation>Zentrum wechseln</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="104"/>
        <source>Which centre should the desks use?</source>
        <translation>Mit welchem Zentrum sollen die Plätze arbeiten?</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="105"/>
        <source>Stored centres keep their own edits; a bundled centre is added to the database when chosen.</source>
        <translation>Gespeicherte Zentren behalten ihre eigenen Änderungen; ein mitgeliefertes Zentrum wird bei der Wahl in die Datenbank übernommen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="106"/>
        <source>&amp;Centres</source>
        <translation>&amp;Zentren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="107"/>
        <source>Centres to choose from</source>
        <translation>Zentren zur Auswahl</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="108"/>
        <source>&amp;Use this centre</source>
        <translation>Dieses Zentrum &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="109"/>
        <source>Use the highlighted centre</source>
        <translation>Das markierte Zentrum verwenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="110"/>
        <source>&amp;Import a centre file…</source>
        <translation>Zentrumsdatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="111"/>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="164"/>
        <source>Import a centre file</source>
        <translation>Zentrumsdatei importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="113"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="113"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="118"/>
        <source>{units} units, {concerns} concerns</source>
        <translation>{units} Stellen, {concerns} Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="121"/>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="123"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="125"/>
        <source>own version</source>
        <translation>eigene Fassung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="127"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="171"/>
        <source>Centre file not usable</source>
        <translation>Zentrumsdatei nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_chooser.py" line="171"/>
        <source>This file cannot be used as a centre.</source>
        <translation>Diese Datei kann nicht als Zentrum verwendet werden.</translation>
    </message>
</context>
<context>
    <name>CentreEditor</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="45"/>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="51"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="46"/>
        <source>The centre has changes that are not saved.</source>
        <translation>Das Zentrum hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="205"/>
        <source>Edit centre — {name}</source>
        <translation>Zentrum bearbeiten — {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="206"/>
        <source>Edit centre: {name}</source>
        <translation>Zentrum bearbeiten: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="207"/>
        <source>Ite&amp;ms of the centre</source>
        <translation>Einträge des Zentr&amp;ums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="208"/>
        <source>Units, concerns and questions of the centre</source>
        <translation>Stellen, Anliegen und Rückfragen des Zentrums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="209"/>
        <source>Add unit</source>
        <translation>Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="210"/>
        <source>Add a unit (Ctrl+Shift+U)</source>
        <translation>Eine Stelle hinzufügen (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="211"/>
        <source>Add a unit</source>
        <translation>Eine Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="212"/>
        <source>Add concern</source>
        <translation>Anliegen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="213"/>
        <source>Add a concern (Ctrl+Shift+K)</source>
        <translation>Ein Anliegen hinzufügen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="214"/>
        <source>Add a concern</source>
        <translation>Ein Anliegen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="215"/>
        <source>Add question</source>
        <translation>Rückfrage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="216"/>
        <source>Add a clarifying question (Ctrl+Shift+Q)</source>
        <translation>Eine Rückfrage hinzufügen (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="217"/>
        <source>Add a clarifying question</source>
        <translation>Eine Rückfrage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="218"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="219"/>
        <source>Remove the chosen unit, concern or question (Ctrl+Shift+Del)</source>
        <translation>Die gewählte Stelle, das Anliegen oder die Rückfrage entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="220"/>
        <source>Remove the chosen item</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="221"/>
        <source>&amp;Problems (Enter goes to the field)</source>
        <translation>&amp;Probleme (die Eingabetaste springt zum Feld)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="222"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="223"/>
        <source>&amp;Validate</source>
        <translation>Pr&amp;üfen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="224"/>
        <source>Check the whole centre without saving (F7)</source>
        <translation>Das ganze Zentrum prüfen, ohne zu speichern (F7)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="225"/>
        <source>Validate the centre</source>
        <translation>Das Zentrum prüfen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="226"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="227"/>
        <source>Check and save the centre; the desk uses it at once (Ctrl+S)</source>
        <translation>Das Zentrum prüfen und speichern; der Platz verwendet es sofort (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="228"/>
        <source>Save the centre</source>
        <translation>Das Zentrum speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="229"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="230"/>
        <source>Close the editor (Esc); unsaved changes are asked about</source>
        <translation>Den Editor schließen (Esc); bei ungespeicherten Änderungen wird nachgefragt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="231"/>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="236"/>
        <source>Units ({n})</source>
        <translation>Stellen ({n})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="237"/>
        <source>Concerns ({n})</source>
        <translation>Anliegen ({n})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="238"/>
        <source>Clarifying questions ({n})</source>
        <translation>Rückfragen ({n})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="243"/>
        <source>Centre: name, hours, closed days</source>
        <translation>Zentrum: Name, Zeiten, Schließtage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="309"/>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="355"/>
        <source>Please correct this first:</source>
        <translation>Bitte zuerst korrigieren:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="338"/>
        <source>Counters, offices and partners visitors are sent to. Choose one to edit it, or add a unit (Ctrl+Shift+U).</source>
        <translation>Schalter, Ämter und Partner, an die Besucher verwiesen werden. Zum Bearbeiten eine auswählen oder eine Stelle hinzufügen (Strg+Umschalt+U).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="339"/>
        <source>What visitors come for, with the words they use and the unit responsible. Choose one to edit it, or add a concern (Ctrl+Shift+K).</source>
        <translation>Weshalb Besucher kommen, mit ihren eigenen Worten und der zuständigen Stelle. Zum Bearbeiten eines auswählen oder ein Anliegen hinzufügen (Strg+Umschalt+K).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="340"/>
        <source>Short questions that decide between units (e.g. “Do you receive citizen&apos;s benefit?”). Add one with Ctrl+Shift+Q.</source>
        <translation>Kurze Fragen, die zwischen Stellen entscheiden (z. B. „Beziehen Sie Bürgergeld?“). Hinzufügen mit Strg+Umschalt+Q.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="359"/>
        <source>New unit</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="361"/>
        <source>New concern</source>
        <translation>Neues Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="370"/>
        <source>Added; give it an id and a name, then save.</source>
        <translation>Hinzugefügt; bitte Id und Namen vergeben, dann speichern.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="382"/>
        <source>Not removed:</source>
        <translation>Nicht entfernt:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="393"/>
        <source>Removed “{id}”; Save makes it final.</source>
        <translation>„{id}“ entfernt; erst Speichern macht es endgültig.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="410"/>
        <source>{n} problem(s).</source>
        <translation>{n} Problem(e).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="436"/>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="440"/>
        <source>Not valid:</source>
        <translation>Nicht gültig:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="443"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="449"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="458"/>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="461"/>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="465"/>
        <source>Nothing changed; nothing to save.</source>
        <translation>Nichts geändert; nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/dialog.py" line="467"/>
        <source>Saved ({n} change(s)); the desk uses the new version now.</source>
        <translation>Gespeichert ({n} Änderung(en)); der Platz verwendet jetzt die neue Fassung.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="12"/>
        <source>unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="13"/>
        <source>concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="14"/>
        <source>question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="15"/>
        <source>centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="24"/>
        <source>The {kind} “{item}” cannot be removed: it is still used by {references}.</source>
        <translation>{kind} „{item}“ kann nicht entfernt werden: wird noch verwendet von {references}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="27"/>
        <source>The {kind} “{item}” is the last one; a centre needs at least one.</source>
        <translation>{kind} „{item}“ ist der letzte Eintrag dieser Art; ein Zentrum braucht mindestens einen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="30"/>
        <source>The id of “{item}” is stored already and cannot change.</source>
        <translation>Die Id von „{item}“ ist bereits gespeichert und kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="31"/>
        <source>“{item}” is not a valid id: use lower-case letters, digits and “-”.</source>
        <translation>„{item}“ ist keine gültige Id: bitte Kleinbuchstaben, Ziffern und „-“ verwenden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="32"/>
        <source>There is already a {kind} with the id “{item}”.</source>
        <translation>Es gibt schon einen Eintrag ({kind}) mit der Id „{item}“.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="33"/>
        <source>The unit “{unit}” has {count} visit(s) from today on. Remove it when they are over.</source>
        <translation>Die Stelle „{unit}“ hat ab heute noch {count} Besuch(e). Bitte erst entfernen, wenn diese vorbei sind.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="36"/>
        <source>The centre was changed at another desk since this editor was opened. Close the editor and open it again.</source>
        <translation>Das Zentrum wurde an einem anderen Platz geändert, seit dieser Editor geöffnet wurde. Bitte den Editor schließen und neu öffnen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="39"/>
        <source>This centre is not stored in the database.</source>
        <translation>Dieses Zentrum ist nicht in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/texts.py" line="40"/>
        <source>Every ticket prefix is taken.</source>
        <translation>Alle Buchstaben für Wartenummern sind vergeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="13"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="14"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="15"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="16"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="17"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="18"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="19"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="27"/>
        <source>“{range}” is not a time range like 08:00–16:00</source>
        <translation>„{range}“ ist kein Zeitraum wie 08:00–16:00</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="28"/>
        <source>“{value}” is not a time of day like 08:00</source>
        <translation>„{value}“ ist keine Uhrzeit wie 08:00</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="29"/>
        <source>“{word}”: after a range write walk-in or appointment, or nothing</source>
        <translation>„{word}“: nach einem Zeitraum bitte walk-in oder appointment schreiben, oder nichts</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="32"/>
        <source>{range} closes before it opens</source>
        <translation>{range} endet, bevor es beginnt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="33"/>
        <source>{first} and {second} overlap</source>
        <translation>{first} und {second} überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="34"/>
        <source>“{value}” is not a date like 2026-12-24</source>
        <translation>„{value}“ ist kein Datum wie 2026-12-24</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="60"/>
        <location filename="../../welcome_desk/ui/centre_editor/hours.py" line="85"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="186"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="187"/>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="211"/>
        <source>Centre name</source>
        <translation>Name des Zentrums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="188"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="189"/>
        <source>Centre e-mail</source>
        <translation>E-Mail des Zentrums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="190"/>
        <source>Opening &amp;hours (for units without their own)</source>
        <translation>Öffnungs&amp;zeiten (für Stellen ohne eigene)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="193"/>
        <source>Per day: ranges like 08:00–12:00, 13:00–16:00; add “walk-in” or “appointment” after a range for one kind of visit only. Empty = closed.</source>
        <translation>Je Tag: Zeiträume wie 08:00–12:00, 13:00–16:00; „walk-in“ oder „appointment“ nach einem Zeitraum gilt nur für Besuche ohne bzw. mit Termin. Leer = geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="195"/>
        <source>Centre hours</source>
        <translation>Zeiten des Zentrums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="196"/>
        <source>&amp;Closed days (one date per line)</source>
        <translation>&amp;Geschlossene Tage (ein Datum pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="199"/>
        <source>Public holidays of the centre&apos;s state are closed anyway; list only extra days, e.g. 2026-12-24.</source>
        <translation>An den Feiertagen des Bundeslandes ist ohnehin geschlossen; bitte nur zusätzliche Tage eintragen, z. B. 2026-12-24.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="200"/>
        <source>Closed days, one date per line</source>
        <translation>Geschlossene Tage, ein Datum pro Zeile</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="203"/>
        <source>Centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="208"/>
        <source>Centre: {name}</source>
        <translation>Zentrum: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="215"/>
        <source>Centre hours — {day}</source>
        <translation>Zeiten des Zentrums — {day}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="235"/>
        <source>{where} — Closed days: {problem}</source>
        <translation>{where} — Geschlossene Tage: {problem}</translation>
    </message>
</context>
<context>
    <name>CentreMenu</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="62"/>
        <source>&amp;Edit centre…</source>
        <translation>Zentrum &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="63"/>
        <source>Units, rooms, hours, concerns, keywords and questions (team lead)</source>
        <translation>Stellen, Räume, Zeiten, Anliegen, Stichwörter und Rückfragen (Teamleitung)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="64"/>
        <source>&amp;Import centre file…</source>
        <translation>Zentrumsdatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="65"/>
        <source>Check a centre file and store it (team lead)</source>
        <translation>Eine Zentrumsdatei prüfen und speichern (Teamleitung)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="66"/>
        <source>E&amp;xport centre file…</source>
        <translation>Zentrumsdatei e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="67"/>
        <source>Write the centre in use as a JSON file (team lead)</source>
        <translation>Das verwendete Zentrum als JSON-Datei schreiben (Teamleitung)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="68"/>
        <source>Suggested &amp;words…</source>
        <translation>Vorgeschlagene &amp;Wörter…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="69"/>
        <source>Words reception used that routing missed: accept or drop them (team lead)</source>
        <translation>Wörter, die der Empfang benutzte und die Zuordnung nicht kannte: übernehmen oder verwerfen (Teamleitung)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="70"/>
        <source>&amp;Switch centre…</source>
        <translation>Zentrum &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="71"/>
        <source>Use another stored or bundled centre at every desk (team lead)</source>
        <translation>An allen Plätzen ein anderes gespeichertes oder mitgeliefertes Zentrum verwenden (Teamleitung)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="89"/>
        <source>Edit the centre</source>
        <translation>Das Zentrum bearbeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="98"/>
        <source>Centre not available</source>
        <translation>Zentrum nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="98"/>
        <source>The stored centre could not be read.</source>
        <translation>Das gespeicherte Zentrum konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="116"/>
        <source>Suggested words</source>
        <translation>Vorgeschlagene Wörter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="144"/>
        <source>Import a centre file</source>
        <translation>Zentrumsdatei importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="149"/>
        <source>Import centre file</source>
        <translation>Zentrumsdatei importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="156"/>
        <source>Centre file not imported</source>
        <translation>Zentrumsdatei nicht importiert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="156"/>
        <source>The file was not imported; nothing changed.</source>
        <translation>Die Datei wurde nicht importiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="160"/>
        <source>Centre file imported; the desk uses the new version.</source>
        <translation>Zentrumsdatei importiert; der Platz verwendet die neue Fassung.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="161"/>
        <source>Centre imported</source>
        <translation>Zentrum importiert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="161"/>
        <source>“{name}” is stored. Use it at the desks now?</source>
        <translation>„{name}“ ist gespeichert. Jetzt an den Plätzen verwenden?</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="179"/>
        <source>Export centre file</source>
        <translation>Zentrumsdatei exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="188"/>
        <source>Centre file not written</source>
        <translation>Zentrumsdatei nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="188"/>
        <source>The centre file could not be written.</source>
        <translation>Die Zentrumsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="190"/>
        <source>Centre written to {path}</source>
        <translation>Zentrum gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="197"/>
        <source>Switch the centre</source>
        <translation>Das Zentrum wechseln</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="217"/>
        <source>Centre not changed</source>
        <translation>Zentrum nicht gewechselt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="217"/>
        <source>The centre could not be used.</source>
        <translation>Das Zentrum konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/menu.py" line="230"/>
        <source>The desk now works for {name}.</source>
        <translation>Der Platz arbeitet jetzt für {name}.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="64"/>
        <source>C&amp;hart</source>
        <translation>D&amp;iagramm</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="66"/>
        <source>Visits per hour of day</source>
        <translation>Besuche nach Tageszeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="67"/>
        <source>Visits per unit</source>
        <translation>Besuche nach Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="68"/>
        <source>Trend over weeks</source>
        <translation>Verlauf über Wochen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="69"/>
        <source>Trend over months</source>
        <translation>Verlauf über Monate</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="73"/>
        <source>Which chart</source>
        <translation>Welches Diagramm</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="123"/>
        <source>Figures are being computed …</source>
        <translation>Zahlen werden berechnet …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="135"/>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/charts.py" line="143"/>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="68"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="69"/>
        <source>&amp;Units (best first)</source>
        <translation>S&amp;tellen (passendste zuerst)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="70"/>
        <source>Clarifying &amp;question</source>
        <translation>&amp;Rückfrage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="71"/>
        <source>Name shown at the desk and on the slip</source>
        <translation>Name am Empfang und auf dem Laufzettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="72"/>
        <source>Why this unit (shown under the suggestion)</source>
        <translation>Warum diese Stelle (steht unter dem Vorschlag)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="73"/>
        <source>&amp;Keywords and phrases — one per line, a tab per language</source>
        <translation>Stich&amp;wörter und Wendungen — eine pro Zeile, ein Reiter pro Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="75"/>
        <source>Words visitors use for this concern, also colloquial ones and common misspellings. Routing learns them when the centre is saved.</source>
        <translation>Wörter, die Besucher für dieses Anliegen verwenden, auch umgangssprachliche und häufige Falschschreibungen. Die Zuordnung lernt sie beim Speichern des Zentrums.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="77"/>
        <source>Concern id</source>
        <translation>Id des Anliegens</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="78"/>
        <source>Clarifying question asked for this concern</source>
        <translation>Rückfrage zu diesem Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="82"/>
        <source>Concern {name} ({id})</source>
        <translation>Anliegen {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="87"/>
        <source>Concern: {name}</source>
        <translation>Anliegen: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="89"/>
        <source>Responsible unit</source>
        <translation>Zuständige Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="89"/>
        <source>Second unit (optional)</source>
        <translation>Zweite Stelle (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="89"/>
        <source>Third unit (optional)</source>
        <translation>Dritte Stelle (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="90"/>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="93"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="100"/>
        <source>Concern name</source>
        <translation>Name des Anliegens</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="103"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="104"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="115"/>
        <source>{where} — Units: choose the responsible unit</source>
        <translation>{where} — Stellen: bitte die zuständige Stelle wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="125"/>
        <source>{where} — Keywords: a concern needs at least one keyword</source>
        <translation>{where} — Stichwörter: ein Anliegen braucht mindestens ein Stichwort</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="29"/>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="38"/>
        <source>Counter at this desk</source>
        <translation>Schalter dieses Platzes</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="33"/>
        <source>The waiting-room display calls visitors to this counter, e.g. 3 becomes “A-017 → Schalter 3, Raum B 0.12”. Leave it empty to show the room alone.</source>
        <translation>Die Aufrufanzeige im Wartebereich ruft Besucher an diesen Schalter, z. B. wird 3 zu „A-017 → Schalter 3, Raum B 0.12“. Leer lassen, um nur den Raum anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="40"/>
        <source>A short name or number, at most {limit} characters; empty shows the room alone</source>
        <translation>Kurzer Name oder Nummer, höchstens {limit} Zeichen; leer zeigt nur den Raum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="44"/>
        <source>&amp;Counter</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="52"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="53"/>
        <source>Calls from this desk carry this counter from now on</source>
        <translation>Aufrufe von diesem Platz nennen ab jetzt diesen Schalter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="56"/>
        <source>Keep the counter as it was</source>
        <translation>Den Schalter unverändert lassen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="70"/>
        <source>The counter is too long ({length} characters, at most {limit}). Please shorten it.</source>
        <translation>Der Schalter ist zu lang ({length} Zeichen, höchstens {limit}). Bitte kürzen.</translation>
    </message>
</context>
<context>
    <name>DayLogModel</name>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="125"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="126"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="127"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="128"/>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="129"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="156"/>
        <source>Typed at the desk: {text}</source>
        <translation>Am Empfang eingegeben: {text}</translation>
    </message>
</context>
<context>
    <name>DayLogPanel</name>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="89"/>
        <source>Mark as &amp;arrived / waiting</source>
        <translation>Als &amp;angekommen / wartend markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="90"/>
        <source>Mark as &amp;called</source>
        <translation>Als a&amp;ufgerufen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="91"/>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="92"/>
        <source>Mark as &amp;no-show</source>
        <translation>Als &amp;nicht erschienen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="93"/>
        <source>Cance&amp;l entry</source>
        <translation>Eintrag &amp;stornieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="97"/>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="167"/>
        <source>Re&amp;print slip</source>
        <translation>Laufzettel nach&amp;drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="98"/>
        <source>Reprint the slip of the selected entry</source>
        <translation>Laufzettel des gewählten Eintrags nachdrucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="99"/>
        <source>Reprint the slip of the selected entry (Ctrl+P, or double-click)</source>
        <translation>Laufzettel des gewählten Eintrags nachdrucken (Strg+P oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="100"/>
        <source>Today&apos;s log</source>
        <translation>Tagesprotokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="102"/>
        <source>Time, ticket, type, concern, unit and status of each visit today. Ctrl+P reprints the selected slip; the context menu changes the status.</source>
        <translation>Uhrzeit, Nummer, Art, Anliegen, Stelle und Status jedes Besuchs von heute. Strg+P druckt den Laufzettel des gewählten Eintrags nach; das Kontextmenü ändert den Status.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="110"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="112"/>
        <source>&amp;Log of {day} — {entries} (Ctrl+R: back to today)</source>
        <translation>&amp;Protokoll vom {day} — {entries} (Strg+R: zurück zu heute)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/day_log_panel.py" line="114"/>
        <source>&amp;Today&apos;s log — {day} — {entries}</source>
        <translation>&amp;Tagesprotokoll — {day} — {entries}</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="106"/>
        <source>Demo data are still being added.</source>
        <translation>Demodaten werden noch hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="108"/>
        <source>Fill with demo data</source>
        <translation>Mit Demodaten füllen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="142"/>
        <source>Adding demo visits</source>
        <translation>Demobesuche werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="143"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="169"/>
        <source>{n} demo visits added.</source>
        <translation>{n} Demobesuche hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="173"/>
        <source>Stopped: {n} demo visits were added.</source>
        <translation>Angehalten: {n} Demobesuche wurden hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="181"/>
        <source>This database holds real visits. Demo visits go only into an empty database (start Welcome Desk with another database, e.g. --db sqlite:///demo.sqlite).</source>
        <translation>Diese Datenbank enthält echte Besuche. Demo-Besuche kommen nur in eine leere Datenbank (Welcome Desk mit einer anderen Datenbank starten, z. B. --db sqlite:///demo.sqlite).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="185"/>
        <source>Adding demo visits stopped with an error.</source>
        <translation>Das Hinzufügen der Demobesuche wurde mit einem Fehler abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="41"/>
        <source>Fill with demo data</source>
        <translation>Mit Demodaten füllen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="45"/>
        <source>Adds invented visits (no names), spread over the past days up to now, for trying out the figures, charts and reports or for training. Only an empty database or one made for demo visits takes them; it is then marked DEMO for good.</source>
        <translation>Fügt erfundene Besuche (ohne Namen) über die vergangenen Tage bis jetzt hinzu, zum Ausprobieren von Kennzahlen, Diagrammen und Berichten oder zur Schulung. Nur eine leere Datenbank oder eine Demo-Datenbank nimmt sie auf; sie ist dann dauerhaft als DEMO gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="57"/>
        <source>Number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="58"/>
        <source>About this many invented visits are added</source>
        <translation>Ungefähr so viele erfundene Besuche werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="62"/>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="63"/>
        <source>The visits are spread over this many days up to yesterday</source>
        <translation>Die Besuche werden über so viele Tage bis gestern verteilt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="68"/>
        <source>&amp;Visits</source>
        <translation>&amp;Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="70"/>
        <source>Over the last &amp;days</source>
        <translation>In den letzten &amp;Tagen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="76"/>
        <source>&amp;Add demo visits</source>
        <translation>Demobesuche &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="77"/>
        <source>Add demo visits</source>
        <translation>Demobesuche hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="78"/>
        <source>Starts; a progress window can stop it</source>
        <translation>Startet; ein Fortschrittsfenster kann es anhalten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/demo_data.py" line="81"/>
        <source>Close without adding anything (Esc)</source>
        <translation>Schließen, ohne etwas hinzuzufügen (Esc)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="35"/>
        <source>Open now — until {time}</source>
        <translation>Jetzt geöffnet — bis {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="37"/>
        <source>Closed — no hours in the next weeks</source>
        <translation>Geschlossen — in den nächsten Wochen keine Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="39"/>
        <source>today {time}</source>
        <translation>heute {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="41"/>
        <source>tomorrow {time}</source>
        <translation>morgen {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="44"/>
        <source>Closed now — next: {when}</source>
        <translation>Jetzt geschlossen — nächste Öffnung: {when}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="149"/>
        <source>Details of the selected unit</source>
        <translation>Angaben zur gewählten Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="150"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="239"/>
        <source>Selected unit</source>
        <translation>Ausgewählte Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="151"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="164"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="152"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="153"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="167"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="154"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="168"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="155"/>
        <source>Please ask the visitor</source>
        <translation>Bitte beim Besucher nachfragen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="158"/>
        <source>The question in the visitor&apos;s language</source>
        <translation>Die Frage in der Sprache des Besuchers</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="159"/>
        <source>Answer read from the text</source>
        <translation>Antwort aus dem Text</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="165"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="166"/>
        <source>Open now or next opening</source>
        <translation>Jetzt geöffnet oder nächste Öffnung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="217"/>
        <source>Type the visitor&apos;s concern in a few words — in German, English or the visitor&apos;s language (sixteen are known), e.g. &quot;Visum verlängern&quot;, &quot;Wohnung&quot;, &quot;Arbeit&quot;. The best unit is selected; Up/Down choose another one.</source>
        <translation>Das Anliegen in wenigen Wörtern eingeben — auf Deutsch, Englisch oder in der Sprache des Besuchers (sechzehn sind bekannt), z. B. „Visum verlängern“, „Wohnung“, „Arbeit“. Die beste Stelle wird ausgewählt; Pfeil hoch/runter wählt eine andere.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="328"/>
        <source>Answer from the text: {answer} — change with Alt+1…Alt+{n}</source>
        <translation>Antwort aus dem Text: {answer} — ändern mit Alt+1…Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="156"/>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="179"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="157"/>
        <source>Why this unit</source>
        <translation>Warum diese Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="191"/>
        <source>No sure match: the words only weakly fit &quot;{concern}&quot;. Ask the visitor for another word, choose a suggestion with Down and Enter, or a frequent concern below.</source>
        <translation>Keine sichere Zuordnung: Die Wörter passen nur schwach zu „{concern}“. Nach einem anderen Wort fragen, einen Vorschlag mit Pfeil runter und Eingabetaste wählen oder unten ein häufiges Anliegen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="195"/>
        <source>Frequent concerns: {list}</source>
        <translation>Häufige Anliegen: {list}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="210"/>
        <source>No unit found for these words. Try other or fewer words, e.g. the document the visitor shows (&quot;Aufenthaltstitel&quot;, &quot;Mietvertrag&quot;).</source>
        <translation>Zu diesen Wörtern passt keine Stelle. Bitte andere oder weniger Wörter versuchen, z. B. das Dokument, das der Besucher zeigt („Aufenthaltstitel“, „Mietvertrag“).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="239"/>
        <source>Picked ✓ — F5 ticket · F6 appointment</source>
        <translation>Übernommen ✓ — F5 Wartenummer · F6 Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="246"/>
        <source>Consultation hours</source>
        <translation>Sprechzeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="246"/>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="257"/>
        <source>* Sample value in this centre file — please check before relying on it.</source>
        <translation>* Beispielwert in dieser Zentrumsdatei — bitte vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="270"/>
        <source>Room {room}</source>
        <translation>Raum {room}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="272"/>
        <source>Counter {counter}</source>
        <translation>Schalter {counter}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="285"/>
        <source>Walk-in (ticket) and appointments</source>
        <translation>Ohne Termin (Wartenummer) und mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="287"/>
        <source>Walk-in only (ticket), no appointments</source>
        <translation>Nur ohne Termin (Wartenummer), keine Termine</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="289"/>
        <source>By appointment only</source>
        <translation>Nur mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="319"/>
        <source>Answer {n} (Alt+{n})</source>
        <translation>Antwort {n} (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/detail_panel.py" line="179"/>
        <source>Unit: {name}</source>
        <translation>Stelle: {name}</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="130"/>
        <source>Find a visit</source>
        <translation>Besuch finden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="131"/>
        <source>&amp;Ticket, name or date</source>
        <translation>&amp;Nummer, Name oder Datum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="132"/>
        <source>e.g. A-012, a name, 24.11.2026 or A-012 24.11.</source>
        <translation>z. B. A-012, ein Name, 24.11.2026 oder A-012 24.11.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="133"/>
        <source>Ticket, name or date to find</source>
        <translation>Gesuchte Nummer, Name oder Datum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="134"/>
        <source>Results follow as you type; Enter or Down goes to the results.</source>
        <translation>Die Ergebnisse folgen beim Tippen; Eingabetaste oder Pfeil runter springt zu den Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="135"/>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="136"/>
        <source>Visits found</source>
        <translation>Gefundene Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="138"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="140"/>
        <source>&amp;Show in log</source>
        <translation>Im Protokoll &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="141"/>
        <source>Show the selected visit in the log</source>
        <translation>Den gewählten Besuch im Protokoll zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="142"/>
        <source>Show the selected visit in the log (Enter)</source>
        <translation>Den gewählten Besuch im Protokoll zeigen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="143"/>
        <source>Re&amp;print slip</source>
        <translation>Laufzettel nach&amp;drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="144"/>
        <source>Reprint the slip of the selected visit</source>
        <translation>Laufzettel des gewählten Besuchs nachdrucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="145"/>
        <source>Reprint the slip of the selected visit (Ctrl+P)</source>
        <translation>Laufzettel des gewählten Besuchs nachdrucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="148"/>
        <source>A ticket is looked for over the last months and the coming weeks, nearest day first.</source>
        <translation>Eine Nummer wird in den letzten Monaten und den kommenden Wochen gesucht, der nächstliegende Tag zuerst.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="158"/>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="185"/>
        <source>Type a ticket (e.g. A-012), a name or a date.</source>
        <translation>Bitte eine Nummer (z. B. A-012), einen Namen oder ein Datum eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="173"/>
        <source>More than {n} found — please narrow the search (e.g. add a date).</source>
        <translation>Mehr als {n} gefunden — bitte die Suche eingrenzen (z. B. ein Datum ergänzen).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="175"/>
        <source>Found: {n}</source>
        <translation>Gefunden: {n}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="177"/>
        <source>Nothing found between {start} and {end}.</source>
        <translation>Zwischen {start} und {end} nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="186"/>
        <source>Type at least two letters of the name.</source>
        <translation>Bitte mindestens zwei Buchstaben des Namens eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="187"/>
        <source>This date does not exist.</source>
        <translation>Dieses Datum gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="188"/>
        <source>The start of the date range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/find_dialog.py" line="236"/>
        <source>Slip of {ticket} sent to print.</source>
        <translation>Laufzettel von {ticket} zum Drucken gesendet.</translation>
    </message>
</context>
<context>
    <name>FrequentBar</name>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="77"/>
        <source>Frequent concerns</source>
        <translation>Häufige Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="79"/>
        <source>Frequent concern {n}</source>
        <translation>Häufiges Anliegen {n}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="80"/>
        <source>The most frequent concerns appear here after the first visits.</source>
        <translation>Die häufigsten Anliegen erscheinen hier nach den ersten Besuchen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="84"/>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="91"/>
        <source>Frequent today:</source>
        <translation>Häufig heute:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="94"/>
        <source>Frequent (%n days):</source>
        <translation>
            <numerusform>Häufig (%n Tag):</numerusform>
            <numerusform>Häufig (%n Tage):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="105"/>
        <source>{concern} ({count})</source>
        <translation>{concern} ({count})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="110"/>
        <source>Frequent concern {n}: {concern}</source>
        <translation>Häufiges Anliegen {n}: {concern}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="112"/>
        <source>%n visits today</source>
        <translation>
            <numerusform>%n Besuch heute</numerusform>
            <numerusform>%n Besuche heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="114"/>
        <source>%n visits in these days</source>
        <translation>
            <numerusform>%n Besuch in diesen Tagen</numerusform>
            <numerusform>%n Besuche in diesen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/frequent_bar.py" line="116"/>
        <source>{concern} — {count} ({keys})</source>
        <translation>{concern} — {count} ({keys})</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="38"/>
        <source>Type</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="38"/>
        <source>Concern in a few words — suggestions follow every key</source>
        <translation>Anliegen in wenigen Wörtern — die Vorschläge folgen jedem Tastendruck</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="39"/>
        <source>Up / Down</source>
        <translation>Pfeil hoch / runter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="39"/>
        <source>Choose another suggestion (focus stays in the field)</source>
        <translation>Anderen Vorschlag wählen (der Cursor bleibt im Feld)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="40"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="40"/>
        <source>Pick the selected unit; Enter again issues the ticket</source>
        <translation>Gewählte Stelle übernehmen; nochmals Eingabetaste gibt die Wartenummer aus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="41"/>
        <source>Walk-in: ticket for today, slip is printed</source>
        <translation>Ohne Termin: Wartenummer für heute, der Laufzettel wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="42"/>
        <source>Appointment: choose a free slot, Enter books</source>
        <translation>Termin: freie Uhrzeit wählen, Eingabetaste bucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="43"/>
        <source>Answer the clarifying question</source>
        <translation>Die Rückfrage beantworten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="44"/>
        <source>Frequent concern 1 to 9 (the buttons under the field)</source>
        <translation>Häufiges Anliegen 1 bis 9 (die Schaltflächen unter dem Feld)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="45"/>
        <source>Choose the visitor&apos;s language for the slip</source>
        <translation>Sprache des Besuchers für den Laufzettel wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="46"/>
        <source>Clear the field for the next visitor</source>
        <translation>Feld für den nächsten Besucher leeren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="47"/>
        <source>Reprint the slip (selected entry or last ticket)</source>
        <translation>Laufzettel nachdrucken (gewählter Eintrag oder letzte Nummer)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="48"/>
        <source>Go to today&apos;s log (context menu: status)</source>
        <translation>Zum Tagesprotokoll (Kontextmenü: Status)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="49"/>
        <source>Refresh today&apos;s log</source>
        <translation>Tagesprotokoll aktualisieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="50"/>
        <source>Go to the queue (Arrived, No-show, Rebook, Cancel, Refer onward)</source>
        <translation>Zur Warteschlange (Angekommen, Nicht erschienen, Verschieben, Stornieren, Weiterleiten)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="51"/>
        <source>Call the next waiting visitor of the queue&apos;s unit</source>
        <translation>Den nächsten wartenden Besucher der Stelle aufrufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="52"/>
        <source>The called visitor did not come: park them (a no-show after the set missed calls)</source>
        <translation>Aufgerufener Besucher kommt nicht: parken (nach der festgelegten Zahl verpasster Aufrufe „nicht erschienen“)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="53"/>
        <source>Call the selected called or parked visitor again</source>
        <translation>Den ausgewählten aufgerufenen oder geparkten Besucher nochmals aufrufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="54"/>
        <source>Find a visit by ticket, name or date</source>
        <translation>Einen Besuch nach Nummer, Name oder Datum finden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="55"/>
        <source>Check in by booking code (typed or scanned): arrived, slip printed</source>
        <translation>Mit Buchungscode einchecken (getippt oder gescannt): angekommen, Zettel gedruckt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="58"/>
        <source>Open the menu bar (also Alt); Esc goes back to the concern field</source>
        <translation>Menüleiste öffnen (auch Alt); Esc führt zurück ins Feld für das Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="60"/>
        <source>Sign in as team lead / sign out</source>
        <translation>Als Teamleitung anmelden / abmelden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="61"/>
        <source>Team lead: review logs, figures, exports and reports</source>
        <translation>Teamleitung: Protokolle, Zahlen, Exporte und Berichte</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="62"/>
        <source>Lock the screen now (signs out the team lead)</source>
        <translation>Bildschirm jetzt sperren (meldet die Teamleitung ab)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="63"/>
        <source>High contrast on or off</source>
        <translation>Hoher Kontrast ein oder aus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="64"/>
        <source>Larger or smaller text</source>
        <translation>Schrift größer oder kleiner</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="65"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="66"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="67"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="97"/>
        <source>Every keyboard shortcut of the reception window</source>
        <translation>Alle Tastenkürzel des Empfangsfensters</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="102"/>
        <source>Close the list of shortcuts</source>
        <translation>Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="103"/>
        <source>Esc closes it too; focus goes back to the concern field.</source>
        <translation>Esc schließt die Liste ebenfalls; danach ist der Cursor wieder im Anliegen-Feld.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="131"/>
        <source>About Welcome Desk</source>
        <translation>Über Welcome Desk</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="132"/>
        <source>Reception desk of a welcome centre: route a concern, issue a ticket or book an appointment, print a referral slip.</source>
        <translation>Empfang eines Willkommenszentrums: Anliegen zuordnen, Wartenummer ausgeben oder Termin buchen, Laufzettel drucken.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="136"/>
        <source>Licence: EUPL-1.2</source>
        <translation>Lizenz: EUPL-1.2</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="59"/>
        <source>Enter or Ctrl+P prints the slip, Esc closes without printing</source>
        <translation>Enter oder Strg+P druckt den Laufzettel, Esc schließt ohne Drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="57"/>
        <source>In the log or the queue: actions for the selected visit</source>
        <translation>Im Protokoll oder in der Warteschlange: Aktionen für den gewählten Besuch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="59"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/help_dialogs.py" line="56"/>
        <source>Undo the last status change made at this desk</source>
        <translation>Letzte Statusänderung an diesem Platz rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="42"/>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="43"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="44"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="45"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="46"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="54"/>
        <source>no unit for this service</source>
        <translation>keine Stelle für diese Dienstleistung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="55"/>
        <source>the slot is full</source>
        <translation>der Zeitraum ist voll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="56"/>
        <source>outside the unit&apos;s appointment hours</source>
        <translation>außerhalb der Terminzeiten der Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="57"/>
        <source>the row cannot be used</source>
        <translation>die Zeile ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="58"/>
        <source>the time has passed</source>
        <translation>die Zeit ist vorbei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="59"/>
        <source>the booking id appears twice in the file</source>
        <translation>die Buchungsnummer steht zweimal in der Datei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="185"/>
        <source>Import appointments: {file}</source>
        <translation>Termine importieren: {file}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="187"/>
        <source>What each row of the file becomes. Space takes or skips the selected row, Enter imports the rows taken, Esc cancels (nothing changes).</source>
        <translation>Was aus jeder Zeile der Datei wird. Leertaste übernimmt die gewählte Zeile oder lässt sie aus, Eingabe importiert die übernommenen Zeilen, Esc bricht ab (nichts ändert sich).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="194"/>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="195"/>
        <source>One row per booking: take or skip, start, service, what it becomes and why. Space takes or skips the selected row</source>
        <translation>Eine Zeile je Buchung: übernehmen oder auslassen, Beginn, Dienstleistung, was daraus wird und warum. Leertaste übernimmt die gewählte Zeile oder lässt sie aus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="75"/>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="76"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="77"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="78"/>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="79"/>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="80"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="215"/>
        <source>Selected row</source>
        <translation>Gewählte Zeile</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="219"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="222"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="223"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="224"/>
        <source>Imports the rows taken (Enter); conflicts go to the decision list</source>
        <translation>Importiert die übernommenen Zeilen (Eingabe); Konflikte kommen auf die Entscheidungsliste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="229"/>
        <source>Close without importing (Esc)</source>
        <translation>Schließen, ohne zu importieren (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="147"/>
        <source>{why}: already on the decision list</source>
        <translation>{why}: steht schon auf der Entscheidungsliste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="149"/>
        <source>{why}: to the decision list</source>
        <translation>{why}: auf die Entscheidungsliste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="152"/>
        <source>booked at {unit}</source>
        <translation>gebucht bei {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="154"/>
        <source>changed in the booking system: now at {unit}</source>
        <translation>im Buchungssystem geändert: jetzt bei {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="156"/>
        <source>cancelled in the booking system</source>
        <translation>im Buchungssystem storniert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="157"/>
        <source>already here as in the file</source>
        <translation>schon hier, wie in der Datei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="251"/>
        <source>taken</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="252"/>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="253"/>
        <source>Line {line}, {start}, {service}: {becomes} — {why} ({taken})</source>
        <translation>Zeile {line}, {start}, {service}: {becomes} — {why} ({taken})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="101"/>
        <source>take</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="102"/>
        <source>skip</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/import_dialog.py" line="272"/>
        <source>{rows} rows: {new} new, {moved} moved, {cancelled} cancelled, {same} unchanged, {decide} conflicts for the decision list, {skipped} skipped</source>
        <translation>{rows} Zeilen: {new} neu, {moved} verschoben, {cancelled} storniert, {same} unverändert, {decide} Konflikte für die Entscheidungsliste, {skipped} ausgelassen</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="87"/>
        <source>{where} — Id: {problem}</source>
        <translation>{where} — Id: {problem}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="97"/>
        <source>Used in the database; it can be changed only until the item is first saved.</source>
        <translation>Wird in der Datenbank verwendet; sie kann nur bis zum ersten Speichern geändert werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="99"/>
        <source>Stored visits refer to this id, so it cannot change.</source>
        <translation>Gespeicherte Besuche verweisen auf diese Id; sie kann sich daher nicht ändern.</translation>
    </message>
</context>
<context>
    <name>LazyLogModel</name>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="83"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="83"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="83"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="83"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="83"/>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="84"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/model.py" line="84"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../welcome_desk/ui/lock_screen.py" line="249"/>
        <source>Locked — press Enter to continue</source>
        <translation>Gesperrt — zum Fortfahren die Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/lock_screen.py" line="251"/>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="81"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="231"/>
        <source>Welcome Desk — {centre}</source>
        <translation>Welcome Desk — {centre}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="41"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="233"/>
        <source>Visitor&apos;s &amp;concern</source>
        <translation>&amp;Anliegen des Besuchers</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="47"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="234"/>
        <source>Enter concern …</source>
        <translation>Anliegen eingeben …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="48"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="235"/>
        <source>Visitor&apos;s concern</source>
        <translation>Anliegen des Besuchers</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="237"/>
        <source>Type a few words; Up and Down choose a suggestion, Enter picks it, F5 issues a ticket.</source>
        <translation>Wenige Wörter eingeben; Pfeil hoch/runter wählt einen Vorschlag, Eingabetaste übernimmt ihn, F5 gibt eine Wartenummer aus.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="50"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="239"/>
        <source>Suggested units</source>
        <translation>Vorgeschlagene Stellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="71"/>
        <location filename="../../welcome_desk/ui/main_window.py" line="240"/>
        <source>Suggested units, best first</source>
        <translation>Vorgeschlagene Stellen, die passendste zuerst</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="241"/>
        <source>Visitor&apos;s &amp;language (slip)</source>
        <translation>Sprache des Besuchers (&amp;Zettel)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="242"/>
        <source>Visitor&apos;s language for the slip</source>
        <translation>Sprache des Besuchers für den Laufzettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="243"/>
        <source>The slip is printed in this language and in German (Ctrl+L)</source>
        <translation>Der Laufzettel wird in dieser Sprache und auf Deutsch gedruckt (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="266"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="267"/>
        <source>Demo database: invented visits, not a centre in service</source>
        <translation>Demo-Datenbank: erfundene Besuche, kein Zentrum im Betrieb</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="271"/>
        <source>{demo} — {title}</source>
        <translation>{demo} — {title}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="102"/>
        <source>&amp;Walk-in / Ticket</source>
        <translation>&amp;Wartenummer (ohne Termin)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="103"/>
        <source>Give the visitor a ticket for today and print the slip (F5 or Ctrl+Enter)</source>
        <translation>Wartenummer für heute ausgeben und Laufzettel drucken (F5 oder Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="244"/>
        <source>Walk-in / Ticket   F5</source>
        <translation>Wartenummer   F5</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="245"/>
        <source>Walk-in: issue a ticket</source>
        <translation>Ohne Termin: Wartenummer ausgeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="104"/>
        <source>&amp;Appointment…</source>
        <translation>&amp;Termin…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="105"/>
        <source>Book an appointment in a free slot (F6)</source>
        <translation>Einen freien Termin buchen (F6)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="246"/>
        <source>Appointment…   F6</source>
        <translation>Termin…   F6</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="247"/>
        <source>Book an appointment</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="106"/>
        <source>&amp;Next visitor (clear)</source>
        <translation>&amp;Nächster Besucher (Feld leeren)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="107"/>
        <source>Choose visitor&apos;s &amp;language</source>
        <translation>&amp;Sprache des Besuchers wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="108"/>
        <source>&amp;Reprint slip</source>
        <translation>Laufzettel erneut &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="131"/>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="110"/>
        <source>&amp;Refresh today&apos;s log</source>
        <translation>Tagesprotokoll &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="111"/>
        <source>Go to &amp;today&apos;s log</source>
        <translation>Zum &amp;Tagesprotokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="112"/>
        <source>Show print &amp;preview before printing</source>
        <translation>&amp;Druckvorschau vor dem Drucken zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="113"/>
        <source>Slip &amp;paper size (this desk)</source>
        <translation>&amp;Papierformat der Laufzettel (dieser Platz)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="114"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="115"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="116"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="117"/>
        <source>80 mm receipt roll</source>
        <translation>Bonrolle 80 mm</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="118"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="119"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="120"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="121"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="123"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="124"/>
        <source>&amp;About Welcome Desk</source>
        <translation>Ü&amp;ber Welcome Desk</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="126"/>
        <source>V&amp;isit</source>
        <translation>&amp;Besuch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="127"/>
        <source>&amp;View</source>
        <translation>An&amp;sicht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="128"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="129"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="130"/>
        <source>Ce&amp;ntre</source>
        <translation>Zentr&amp;um</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="49"/>
        <source>&amp;Review logs and reports…</source>
        <translation>&amp;Protokolle und Berichte…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="50"/>
        <source>Logs, figures, charts, exports and the monthly report (Ctrl+Shift+R)</source>
        <translation>Protokolle, Zahlen, Diagramme, Exporte und der Monatsbericht (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="254"/>
        <source>Centre: {name}</source>
        <translation>Zentrum: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="255"/>
        <source>Database: {where}</source>
        <translation>Datenbank: {where}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="131"/>
        <source>Go to the &amp;queue</source>
        <translation>Zur &amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="132"/>
        <source>&amp;Who is at this desk …</source>
        <translation>Wer ist an diesem &amp;Platz …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="133"/>
        <source>Re&amp;book appointment …</source>
        <translation>Termin &amp;verschieben …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="134"/>
        <source>Refer &amp;onward …</source>
        <translation>&amp;Weiterleiten …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="256"/>
        <source>At the desk: {staff}</source>
        <translation>Am Platz: {staff}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_actions.py" line="157"/>
        <source>Text size {percent} %</source>
        <translation>Schriftgröße {percent} %</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="340"/>
        <source>Settings could not be saved: {error}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="233"/>
        <source>No unit to pick — type the concern first.</source>
        <translation>Keine Stelle zum Übernehmen — bitte zuerst das Anliegen eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="266"/>
        <source>No unit selected — type the concern first.</source>
        <translation>Keine Stelle gewählt — bitte zuerst das Anliegen eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="293"/>
        <source>No ticket issued</source>
        <translation>Keine Wartenummer ausgegeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="324"/>
        <source>Cannot book</source>
        <translation>Buchung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="346"/>
        <source>Ticket {ticket} issued</source>
        <translation>Wartenummer {ticket} ausgegeben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="348"/>
        <source>Appointment {ticket} booked</source>
        <translation>Termin {ticket} gebucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="354"/>
        <location filename="../../welcome_desk/ui/reception_slips.py" line="48"/>
        <source>Slip not written</source>
        <translation>Laufzettel nicht erstellt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="355"/>
        <source>The visit is saved ({ticket}), but its slip could not be written.</source>
        <translation>Der Besuch ist gespeichert ({ticket}), aber der Laufzettel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception_reload.py" line="53"/>
        <source>The centre was changed: the unit chosen is no longer offered for this concern — please choose again.</source>
        <translation>Das Zentrum wurde geändert: Die gewählte Stelle wird für dieses Anliegen nicht mehr angeboten — bitte neu wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception_slips.py" line="33"/>
        <source>cannot write the slip: {error}</source>
        <translation>Laufzettel kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception_slips.py" line="49"/>
        <source>The slip could not be written.</source>
        <translation>Der Laufzettel konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception_slips.py" line="96"/>
        <source>Select an entry in today&apos;s log first.</source>
        <translation>Bitte zuerst einen Eintrag im Tagesprotokoll wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="383"/>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="276"/>
        <source>Today&apos;s log</source>
        <translation>Tagesprotokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/main_window.py" line="278"/>
        <source>&amp;Queue — %n waiting</source>
        <translation>
            <numerusform>&amp;Warteschlange — %n wartet</numerusform>
            <numerusform>&amp;Warteschlange — %n warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="279"/>
        <source>Today&apos;s log (Ctrl+T)</source>
        <translation>Tagesprotokoll (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="280"/>
        <source>Waiting visitors, call next (F7, F8)</source>
        <translation>Wartende Besucher, nächsten aufrufen (F7, F8)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="281"/>
        <source>Today&apos;s log and the queue</source>
        <translation>Tagesprotokoll und Warteschlange</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="282"/>
        <source>Ctrl+T goes to today&apos;s log, F7 to the queue</source>
        <translation>Strg+T springt zum Tagesprotokoll, F7 zur Warteschlange</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="284"/>
        <source>Today&apos;s log or the queue</source>
        <translation>Tagesprotokoll oder Warteschlange</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="285"/>
        <source>Left and Right switch between the log and the queue</source>
        <translation>Pfeil links/rechts wechselt zwischen Protokoll und Warteschlange</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="287"/>
        <source>Scroll the tabs left</source>
        <translation>Reiter nach links blättern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/main_window.py" line="288"/>
        <source>Scroll the tabs right</source>
        <translation>Reiter nach rechts blättern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="435"/>
        <source>Name not changed</source>
        <translation>Name nicht geändert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="441"/>
        <source>Changes are now recorded as {staff}.</source>
        <translation>Änderungen werden jetzt als {staff} erfasst.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="134"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="55"/>
        <source>Review logs and reports</source>
        <translation>Protokolle und Berichte</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception.py" line="456"/>
        <source>Today&apos;s log could not be refreshed: the database is not available just now.</source>
        <translation>Das Tagesprotokoll konnte nicht aktualisiert werden: Die Datenbank ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="112"/>
        <source>Fill with &amp;demo data…</source>
        <translation>Mit &amp;Demodaten füllen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/desk_parts.py" line="113"/>
        <source>Invented visits for trying out and training — not for a centre in service</source>
        <translation>Erfundene Besuche zum Ausprobieren und für Schulungen — nicht für ein Zentrum im Betrieb</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="38"/>
        <source>&amp;Undo last status change</source>
        <translation>Letzte Statusänderung &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="82"/>
        <source>A cancellation cannot be undone; book or rebook instead.</source>
        <translation>Eine Stornierung lässt sich nicht rückgängig machen; bitte neu buchen oder verschieben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="60"/>
        <source>Not undone: {reason}</source>
        <translation>Nicht rückgängig gemacht: {reason}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="80"/>
        <source>Not undone: {ticket} has changed since (another desk?).</source>
        <translation>Nicht rückgängig gemacht: {ticket} wurde inzwischen geändert (anderer Platz?).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="83"/>
        <source>Nothing to undo for {ticket}.</source>
        <translation>Für {ticket} gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="50"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="39"/>
        <source>Take back the last status change made at this desk (Ctrl+Z)</source>
        <translation>Die letzte Statusänderung an diesem Platz zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/undo_part.py" line="65"/>
        <source>Undone: {ticket} is &apos;{status}&apos; again (was &apos;{undone}&apos;).</source>
        <translation>Rückgängig: {ticket} ist wieder „{status}“ (war „{undone}“).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/reception_help.py" line="65"/>
        <source>{language} recognised — please ask in German or English</source>
        <translation>{language} erkannt — bitte auf Deutsch oder Englisch nachfragen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="54"/>
        <source>C&amp;ounter at this desk ({counter}) …</source>
        <translation>Sc&amp;halter dieses Platzes ({counter}) …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="55"/>
        <source>C&amp;ounter at this desk …</source>
        <translation>Sc&amp;halter dieses Platzes …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="57"/>
        <source>The counter the display names when this desk calls</source>
        <translation>Der Schalter, den die Anzeige bei Aufrufen von diesem Platz nennt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="58"/>
        <source>&amp;Missed calls before a no-show …</source>
        <translation>&amp;Verpasste Aufrufe bis „nicht erschienen“ …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="59"/>
        <source>After how many missed calls a parked visitor becomes a no-show (every desk)</source>
        <translation>Nach wie vielen verpassten Aufrufen ein geparkter Besucher als „nicht erschienen“ gilt (alle Plätze)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="75"/>
        <source>Calls from this desk go to counter {counter}.</source>
        <translation>Aufrufe von diesem Platz gehen an Schalter {counter}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="76"/>
        <source>Calls from this desk name the room alone.</source>
        <translation>Aufrufe von diesem Platz nennen nur den Raum.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="85"/>
        <source>Missed calls before a no-show</source>
        <translation>Verpasste Aufrufe bis „nicht erschienen“</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="99"/>
        <source>The rule was not changed: {reason}</source>
        <translation>Die Regel wurde nicht geändert: {reason}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_part.py" line="103"/>
        <source>Missed calls before a no-show: {n} (every desk).</source>
        <translation>Verpasste Aufrufe bis „nicht erschienen“: {n} (alle Plätze).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/menu_bar_keys.py" line="37"/>
        <source>Open the &amp;menu bar</source>
        <translation>&amp;Menüleiste öffnen</translation>
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
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="59"/>
        <source>The database is busy (another desk is saving). Nothing was saved — please try again.</source>
        <translation>Die Datenbank ist belegt (ein anderer Platz speichert gerade). Nichts wurde gespeichert — bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="62"/>
        <source>The disk is full. Nothing was saved. Please tell your IT support.</source>
        <translation>Der Datenträger ist voll. Nichts wurde gespeichert. Bitte die IT-Betreuung informieren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="65"/>
        <source>The database cannot be written (it is read-only). Nothing was saved. Please tell your IT support.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (nur lesbar). Nichts wurde gespeichert. Bitte die IT-Betreuung informieren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="68"/>
        <source>The disk reported an error. Nothing was saved. Please tell your IT support.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet. Nichts wurde gespeichert. Bitte die IT-Betreuung informieren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="71"/>
        <source>The database cannot be reached. Nothing was saved. Please tell your IT support.</source>
        <translation>Die Datenbank ist nicht erreichbar. Nichts wurde gespeichert. Bitte die IT-Betreuung informieren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="74"/>
        <source>The database is damaged. Nothing was saved. Please restart Welcome Desk to restore a backup.</source>
        <translation>Die Datenbank ist beschädigt. Nichts wurde gespeichert. Bitte Welcome Desk neu starten, um eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="77"/>
        <source>{ticket} cannot be changed to this status any more (perhaps another desk changed it just now).</source>
        <translation>{ticket} kann nicht mehr in diesen Status wechseln (vielleicht hat ein anderer Platz ihn gerade geändert).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="80"/>
        <source>To send a visitor on, use “Refer onward…”: it prints the new ticket.</source>
        <translation>Um einen Besucher weiterzuschicken, bitte „Weiterleiten …“ verwenden: Es druckt die neue Nummer.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="81"/>
        <source>{ticket} is already with {unit}. Please choose another unit.</source>
        <translation>{ticket} ist bereits bei {unit}. Bitte eine andere Stelle wählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="84"/>
        <source>{ticket} is a walk-in ticket, not an appointment. Please book an appointment instead (F6).</source>
        <translation>{ticket} ist eine Wartenummer ohne Termin. Bitte stattdessen einen Termin buchen (F6).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="87"/>
        <source>{ticket} is cancelled, done or referred and cannot be moved. Please book a new appointment.</source>
        <translation>{ticket} ist storniert, erledigt oder weitergeleitet und kann nicht verschoben werden. Bitte einen neuen Termin buchen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/messages.py" line="90"/>
        <source>The appointment is already at {when}. Please choose another time.</source>
        <translation>Der Termin ist bereits am {when}. Bitte eine andere Zeit wählen.</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="50"/>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="55"/>
        <source>Month of the report</source>
        <translation>Monat des Berichts</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="56"/>
        <source>The &amp;whole year (annual report)</source>
        <translation>Das &amp;ganze Jahr (Jahresbericht)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="58"/>
        <source>Whole year</source>
        <translation>Ganzes Jahr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="64"/>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="66"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="68"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="77"/>
        <source>The indicator report for integration monitoring. It holds no personal data.</source>
        <translation>Der Kennzahlenbericht für das Integrationsmonitoring. Er enthält keine persönlichen Daten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="99"/>
        <source>The report is ready:
{path}</source>
        <translation>Der Bericht ist fertig:
{path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="101"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/month_dialog.py" line="102"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>NoShowRuleDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="88"/>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="99"/>
        <source>Missed calls before a no-show</source>
        <translation>Verpasste Aufrufe bis „nicht erschienen“</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="92"/>
        <source>A called visitor who does not come is parked and can be called again. After this many missed calls the visit becomes a no-show. The rule applies at every desk at once.</source>
        <translation>Ein aufgerufener Besucher, der nicht kommt, wird geparkt und kann nochmals aufgerufen werden. Nach so vielen verpassten Aufrufen gilt der Besuch als „nicht erschienen“. Die Regel gilt sofort an allen Plätzen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="100"/>
        <source>From 1 to {most}</source>
        <translation>Von 1 bis {most}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="104"/>
        <source>&amp;Missed calls</source>
        <translation>&amp;Verpasste Aufrufe</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="108"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="109"/>
        <source>Save the rule for the whole centre (recorded in the audit log)</source>
        <translation>Die Regel für das ganze Zentrum speichern (wird im Audit-Protokoll vermerkt)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/calling_dialogs.py" line="112"/>
        <source>Keep the rule as it is</source>
        <translation>Die Regel unverändert lassen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="64"/>
        <source>Slip {ticket}</source>
        <translation>Laufzettel {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="65"/>
        <source>Slip</source>
        <translation>Laufzettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="198"/>
        <location filename="../../welcome_desk/ui/printing.py" line="200"/>
        <source>Zoom</source>
        <translation>Vergrößerung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="203"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="205"/>
        <source>Preview of the slip</source>
        <translation>Vorschau des Laufzettels</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="361"/>
        <source>The PDF is kept here:
{path}</source>
        <translation>Das PDF ist hier gespeichert:
{path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="363"/>
        <source>(no PDF was written)</source>
        <translation>(es wurde kein PDF erstellt)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="358"/>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="362"/>
        <source>The slip is kept as a PDF file:
{path}</source>
        <translation>Der Laufzettel ist als PDF-Datei gespeichert:
{path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="394"/>
        <source>Print preview — slip {ticket}</source>
        <translation>Druckvorschau — Laufzettel {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="381"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="240"/>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="252"/>
        <source>Close the preview; the slip is not printed (Esc)</source>
        <translation>Vorschau schließen; der Laufzettel wird nicht gedruckt (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="248"/>
        <location filename="../../welcome_desk/ui/printing.py" line="251"/>
        <source>Close without printing</source>
        <translation>Schließen ohne Drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="244"/>
        <source>Enter or Ctrl+P prints; Esc closes without printing.</source>
        <translation>Enter oder Strg+P druckt; Esc schließt ohne Drucken.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="359"/>
        <source>No printer is set up on this computer, so slips are not printed. This is said only once; the ticket card shows it for every slip.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet, daher werden keine Laufzettel gedruckt. Diese Meldung kommt nur einmal; die Nummernkarte zeigt es bei jedem Laufzettel.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="243"/>
        <source>Print the slip</source>
        <translation>Laufzettel drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="245"/>
        <source>Print the slip (Enter or Ctrl+P)</source>
        <translation>Laufzettel drucken (Enter oder Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="376"/>
        <source>Printer stopped</source>
        <translation>Drucker angehalten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="377"/>
        <source>The printer {printer} reports a problem: {problem}. Nothing was printed.</source>
        <translation>Der Drucker {printer} meldet ein Problem: {problem}. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="379"/>
        <source>Fix the printer, then print again (Ctrl+P).</source>
        <translation>Den Drucker in Ordnung bringen, dann erneut drucken (Strg+P).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="382"/>
        <source>{name} could not be sent to the printer.</source>
        <translation>{name} konnte nicht an den Drucker gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="392"/>
        <source>Print preview — {title}</source>
        <translation>Druckvorschau — {title}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="395"/>
        <source>Printer: {printer} · paper {paper}</source>
        <translation>Drucker: {printer} · Papier {paper}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="396"/>
        <source>the default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="399"/>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="400"/>
        <source>Print {title} (Enter or Ctrl+P)</source>
        <translation>{title} drucken (Eingabe oder Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/printing.py" line="439"/>
        <source>the printer dropped the job</source>
        <translation>der Drucker hat den Auftrag verworfen</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="194"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="195"/>
        <source>Question id</source>
        <translation>Id der Rückfrage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="196"/>
        <source>&amp;Question, in each language</source>
        <translation>&amp;Frage, in jeder Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="197"/>
        <source>Answers (2 to 6) and where each sends the visitor</source>
        <translation>Antworten (2 bis 6) und wohin jede den Besucher schickt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="198"/>
        <source>Add a&amp;nswer</source>
        <translation>A&amp;ntwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="199"/>
        <source>Add an answer</source>
        <translation>Eine Antwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="200"/>
        <source>Remove &amp;last answer</source>
        <translation>&amp;Letzte Antwort entfernen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="201"/>
        <source>Remove the last answer</source>
        <translation>Die letzte Antwort entfernen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="204"/>
        <source>Question {id}</source>
        <translation>Rückfrage {id}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="219"/>
        <source>Answer {n} ({id})</source>
        <translation>Antwort {n} ({id})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="222"/>
        <source>Answer {n}</source>
        <translation>Antwort {n}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="223"/>
        <source>Sends to</source>
        <translation>Schickt zu</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="224"/>
        <source>Answer {n}: unit</source>
        <translation>Antwort {n}: Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="224"/>
        <source>Answer {n}: second unit (optional)</source>
        <translation>Antwort {n}: zweite Stelle (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="225"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="227"/>
        <source>Words that give this answer</source>
        <translation>Wörter, die diese Antwort geben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="228"/>
        <source>Answer {n}: words that give it</source>
        <translation>Antwort {n}: Wörter, die sie geben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="229"/>
        <source>When the typed concern contains these words, the answer is applied by itself</source>
        <translation>Enthält das eingegebene Anliegen diese Wörter, gilt die Antwort von selbst</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="250"/>
        <source>Question: {text}</source>
        <translation>Rückfrage: {text}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="254"/>
        <source>Question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/concern_forms.py" line="271"/>
        <source>{where} — Answer {n}: choose the unit it sends to</source>
        <translation>{where} — Antwort {n}: bitte die Stelle wählen, zu der sie schickt</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="46"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="47"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="48"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="49"/>
        <source>Unit</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="51"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="69"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="71"/>
        <source>Waiting, parked</source>
        <translation>Wartet, geparkt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="73"/>
        <source>{status} – missed calls: {n}</source>
        <translation>{status} – verpasste Aufrufe: {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/queue_model.py" line="80"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="83"/>
        <source>Appointment at {time}</source>
        <translation>Termin um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="84"/>
        <source>Came in at {time}</source>
        <translation>Gekommen um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_model.py" line="86"/>
        <source>Left out of &apos;call next&apos; until re-called (Shift+F8)</source>
        <translation>Wird bei „Nächsten aufrufen“ übersprungen, bis er nochmals aufgerufen wird (Umschalt+F8)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="220"/>
        <source>The queue could not be refreshed: the database is not available just now.</source>
        <translation>Die Warteschlange konnte nicht aktualisiert werden: Die Datenbank ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="230"/>
        <source>&amp;Unit</source>
        <translation>Stel&amp;le</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="231"/>
        <source>Unit whose queue is shown</source>
        <translation>Stelle, deren Warteschlange gezeigt wird</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="232"/>
        <source>Whose queue is shown and called (Alt+U)</source>
        <translation>Wessen Warteschlange gezeigt und aufgerufen wird (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="82"/>
        <source>&amp;Call next visitor</source>
        <translation>Nächsten auf&amp;rufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="83"/>
        <source>Call the next waiting visitor of the chosen unit (F8)</source>
        <translation>Den nächsten wartenden Besucher der gewählten Stelle aufrufen (F8)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="84"/>
        <source>Call next   F8</source>
        <translation>Nächsten aufrufen   F8</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="85"/>
        <source>Call the next visitor</source>
        <translation>Den nächsten Besucher aufrufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="233"/>
        <source>&amp;Find a visit …</source>
        <translation>Besuch &amp;finden …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="234"/>
        <source>Find a visit by ticket, name or date (Ctrl+F)</source>
        <translation>Einen Besuch nach Nummer, Name oder Datum finden (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="235"/>
        <source>Find …   Ctrl+F</source>
        <translation>Finden …   Strg+F</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="236"/>
        <source>Find a visit</source>
        <translation>Besuch finden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="239"/>
        <source>&amp;Arrived</source>
        <translation>An&amp;gekommen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="239"/>
        <source>The selected visitor is here and waiting</source>
        <translation>Der gewählte Besucher ist da und wartet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="240"/>
        <source>No-&amp;show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="240"/>
        <source>The selected visitor did not come</source>
        <translation>Der gewählte Besucher ist nicht gekommen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="242"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="242"/>
        <source>The selected visitor has been seen</source>
        <translation>Der gewählte Besucher wurde beraten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="243"/>
        <source>Re&amp;book …</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="243"/>
        <source>Move the selected appointment to another time</source>
        <translation>Den gewählten Termin auf eine andere Zeit verschieben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="244"/>
        <source>Ca&amp;ncel visit</source>
        <translation>St&amp;ornieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="244"/>
        <source>Cancel the selected visit; an appointment&apos;s place becomes free</source>
        <translation>Den gewählten Besuch stornieren; der Platz eines Termins wird frei</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="245"/>
        <source>Refer &amp;onward …</source>
        <translation>Wei&amp;terleiten …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="245"/>
        <source>Send the selected visitor on to another unit with a new ticket</source>
        <translation>Den gewählten Besucher mit einer neuen Nummer an eine andere Stelle weiterleiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="246"/>
        <source>Re&amp;print slip</source>
        <translation>Laufzettel na&amp;chdrucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="246"/>
        <source>Reprint the slip of the selected visitor (Ctrl+P, or double-click)</source>
        <translation>Laufzettel des gewählten Besuchers nachdrucken (Strg+P oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="252"/>
        <source>Queue of waiting visitors</source>
        <translation>Warteschlange der wartenden Besucher</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="253"/>
        <source>The menu key opens all actions for the selected visitor.</source>
        <translation>Die Menütaste öffnet alle Aktionen für den gewählten Besucher.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="255"/>
        <source>Mark as &amp;arrived / waiting</source>
        <translation>Als &amp;angekommen / wartend markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="256"/>
        <source>Mark as &amp;called</source>
        <translation>Als a&amp;ufgerufen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="257"/>
        <source>Mark as &amp;in service</source>
        <translation>Als &amp;in Beratung markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="258"/>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="259"/>
        <source>Mark as &amp;no-show</source>
        <translation>Als &amp;nicht erschienen markieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="260"/>
        <source>Cance&amp;l visit</source>
        <translation>Besuch &amp;stornieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="263"/>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="325"/>
        <source>All units — {n} waiting</source>
        <translation>Alle Stellen — {n} wartend</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="328"/>
        <source>{unit} — {n} waiting</source>
        <translation>{unit} — {n} wartend</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="87"/>
        <source>Par&amp;k: did not come</source>
        <translation>Par&amp;ken: nicht gekommen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="89"/>
        <source>The called visitor did not come: count a missed call and set them aside until re-called (Ctrl+F8)</source>
        <translation>Der aufgerufene Besucher ist nicht gekommen: einen verpassten Aufruf zählen und ihn zurückstellen, bis er nochmals aufgerufen wird (Strg+F8)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="91"/>
        <source>Park   Ctrl+F8</source>
        <translation>Parken   Strg+F8</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="92"/>
        <source>Park the selected called visitor</source>
        <translation>Den ausgewählten aufgerufenen Besucher parken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="94"/>
        <source>&amp;Re-call</source>
        <translation>Noch&amp;mals aufrufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="95"/>
        <source>Call the selected called or parked visitor again (Shift+F8)</source>
        <translation>Den ausgewählten aufgerufenen oder geparkten Besucher nochmals aufrufen (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="96"/>
        <source>Re-call   Shift+F8</source>
        <translation>Nochmals aufrufen   Umschalt+F8</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="97"/>
        <source>Call the selected visitor again</source>
        <translation>Den ausgewählten Besucher nochmals aufrufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="128"/>
        <source>Choose the unit to call for first (Alt+U in the queue).</source>
        <translation>Bitte zuerst die Stelle wählen, für die aufgerufen wird (Alt+L in der Warteschlange).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="135"/>
        <source>Nobody called</source>
        <translation>Niemand aufgerufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="139"/>
        <source>Nobody is waiting for {unit}.</source>
        <translation>Für {unit} wartet niemand.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="143"/>
        <source>{ticket} called to {unit}</source>
        <translation>{ticket} zu {unit} aufgerufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="152"/>
        <source>Select a called visitor in the queue to park them (F7 goes to the queue).</source>
        <translation>Zum Parken einen aufgerufenen Besucher in der Warteschlange auswählen (F7 führt zur Warteschlange).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="157"/>
        <source>Not parked</source>
        <translation>Nicht geparkt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="165"/>
        <source>{ticket} is now a no-show: missed calls {n} of {n} (the team lead&apos;s rule).</source>
        <translation>{ticket} gilt jetzt als nicht erschienen: {n} von {n} Aufrufen verpasst (Regel der Teamleitung).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="167"/>
        <source>{ticket} parked, missed calls: {n}; Shift+F8 calls again.</source>
        <translation>{ticket} geparkt, verpasste Aufrufe: {n}; Umschalt+F8 ruft nochmals auf.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="180"/>
        <source>Select a called or parked visitor in the queue to call them again.</source>
        <translation>Zum erneuten Aufruf einen aufgerufenen oder geparkten Besucher in der Warteschlange auswählen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="188"/>
        <source>Not called again</source>
        <translation>Nicht erneut aufgerufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="191"/>
        <source>{ticket} called again to {unit}</source>
        <translation>{ticket} nochmals aufgerufen zu {unit}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="204"/>
        <source>{unit}, counter {counter}</source>
        <translation>{unit}, Schalter {counter}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="211"/>
        <source>The database is not available just now; nothing was changed.</source>
        <translation>Die Datenbank ist gerade nicht erreichbar; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="219"/>
        <source>Called: {ticket} → {unit} at {time}</source>
        <translation>Aufgerufen: {ticket} → {unit} um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_calling.py" line="224"/>
        <source>{called}, counter {counter}</source>
        <translation>{called}, Schalter {counter}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="392"/>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="396"/>
        <source>{ticket}: {status}</source>
        <translation>{ticket}: {status}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_dialogs.py" line="43"/>
        <source>Not moved</source>
        <translation>Nicht verschoben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="414"/>
        <source>{ticket} moved to {when}</source>
        <translation>{ticket} verschoben auf {when}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_dialogs.py" line="61"/>
        <location filename="../../welcome_desk/ui/queue_dialogs.py" line="89"/>
        <source>Not referred</source>
        <translation>Nicht weitergeleitet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/queue_panel.py" line="434"/>
        <source>{old} referred to {unit}: {new}</source>
        <translation>{old} weitergeleitet an {unit}: {new}</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="102"/>
        <source>Refer onward — {ticket}</source>
        <translation>Weiterleiten — {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="103"/>
        <source>Send {ticket} from {unit} on to another unit</source>
        <translation>{ticket} von {unit} an eine andere Stelle weiterleiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="104"/>
        <source>&amp;Concern or unit</source>
        <translation>&amp;Anliegen oder Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="105"/>
        <source>Type the concern or the unit&apos;s name …</source>
        <translation>Anliegen oder Namen der Stelle eingeben …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="106"/>
        <source>Concern or unit to refer to</source>
        <translation>Anliegen oder Stelle, an die weitergeleitet wird</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="107"/>
        <source>Up and Down choose a unit, Enter refers.</source>
        <translation>Pfeil hoch/runter wählt eine Stelle, die Eingabetaste leitet weiter.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="108"/>
        <source>&amp;Refer to</source>
        <translation>&amp;Weiterleiten an</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="109"/>
        <source>Units to refer to</source>
        <translation>Stellen zum Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="110"/>
        <source>Ticket for &amp;today</source>
        <translation>Wartenummer für &amp;heute</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="111"/>
        <source>Ticket for today</source>
        <translation>Wartenummer für heute</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="112"/>
        <source>&amp;Appointment …</source>
        <translation>&amp;Termin …</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="113"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="114"/>
        <source>Re&amp;fer</source>
        <translation>Weiter&amp;leiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="115"/>
        <source>Refer onward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="116"/>
        <source>Mark {ticket} as referred and issue the new ticket (Enter)</source>
        <translation>{ticket} als weitergeleitet markieren und die neue Nummer ausgeben (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="118"/>
        <source>The new ticket keeps the visitor&apos;s language; its slip is printed like a walk-in&apos;s.</source>
        <translation>Die neue Nummer behält die Sprache des Besuchers; ihr Laufzettel wird wie bei einem Besuch ohne Termin gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="149"/>
        <source>(appointment only)</source>
        <translation>(nur mit Termin)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/refer_dialog.py" line="151"/>
        <source>(walk-in only)</source>
        <translation>(nur ohne Termin)</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="29"/>
        <source>{title}: sent to the printer {printer} — not yet confirmed as printed.</source>
        <translation>{title}: an den Drucker {printer} gesendet — Druck noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="30"/>
        <source>{title}: printed on {printer}.</source>
        <translation>{title}: auf {printer} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="31"/>
        <source>{title}: not printed — the printer {printer} reports: {problem}.</source>
        <translation>{title}: nicht gedruckt — der Drucker {printer} meldet: {problem}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="32"/>
        <source>{title}: print preview closed without printing.</source>
        <translation>{title}: Druckvorschau ohne Drucken geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="33"/>
        <source>{title}: not printed — no printer is set up. The PDF is kept: {path}</source>
        <translation>{title}: nicht gedruckt — kein Drucker eingerichtet. Das PDF liegt hier: {path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/printdoc.py" line="34"/>
        <source>{title}: could not be printed. {problem}</source>
        <translation>{title}: konnte nicht gedruckt werden. {problem}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="49"/>
        <source>kept before a restore</source>
        <translation>vor einer Wiederherstellung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="51"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="53"/>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="55"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="56"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="73"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="257"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="82"/>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sicherungen, neueste zuerst:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="85"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="87"/>
        <source>No backups were found next to the database.</source>
        <translation>Neben der Datenbank wurden keine Sicherungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="91"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="93"/>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="95"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="96"/>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="97"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="140"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="165"/>
        <source>cannot be restored</source>
        <translation>kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="169"/>
        <source>checked, can be restored</source>
        <translation>geprüft, kann wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="202"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="204"/>
        <source>Not a usable backup</source>
        <translation>Keine verwendbare Sicherung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="202"/>
        <source>This file cannot be restored.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="217"/>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="217"/>
        <source>Welcome Desk backups (*.sqlite);;All files (*)</source>
        <translation>Welcome-Desk-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="245"/>
        <source>The database is damaged or is not a Welcome Desk database.</source>
        <translation>Die Datenbank ist beschädigt oder keine Welcome-Desk-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="246"/>
        <source>The database was written by a newer version of Welcome Desk.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Welcome Desk geschrieben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="247"/>
        <source>The database could not be read from the disk.</source>
        <translation>Die Datenbank konnte nicht vom Datenträger gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="249"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="261"/>
        <source>Database not available</source>
        <translation>Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="251"/>
        <source>You can restore a backup. The current file is kept unchanged beside it. Quit leaves everything as it is.</source>
        <translation>Sie können eine Sicherung wiederherstellen. Die aktuelle Datei bleibt unverändert daneben erhalten. „Beenden“ lässt alles, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="255"/>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="256"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="258"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="273"/>
        <source>Choose the backup to bring back. The data after it is lost, but the current file is kept.</source>
        <translation>Bitte die Sicherung wählen, die zurückgeholt werden soll. Daten, die danach gespeichert wurden, gehen verloren; die aktuelle Datei wird aber aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="284"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="286"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="339"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="284"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="285"/>
        <source>The previous file is kept as {kept}.</source>
        <translation>Die bisherige Datei ist aufbewahrt als {kept}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="292"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="294"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="334"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="292"/>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="334"/>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="313"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="314"/>
        <source>This desk uses a database server; it is restored with the server&apos;s own tools.</source>
        <translation>Dieser Platz nutzt einen Datenbankserver; er wird mit den eigenen Werkzeugen des Servers wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="319"/>
        <source>Close Welcome Desk on every other desk first. The data saved after the chosen backup is replaced; the current data is kept as a backup. Welcome Desk closes after the restore.</source>
        <translation>Bitte zuerst Welcome Desk an allen anderen Plätzen schließen. Die nach der gewählten Sicherung gespeicherten Daten werden ersetzt; die aktuellen Daten werden als Sicherung aufbewahrt. Welcome Desk schließt sich nach der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="340"/>
        <source>The backup was restored. Welcome Desk closes now — please start it again.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Welcome Desk schließt sich jetzt — bitte neu starten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/restore_dialog.py" line="341"/>
        <source>The previous data is kept as {kept}.</source>
        <translation>Die bisherigen Daten sind aufbewahrt als {kept}.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="67"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="57"/>
        <source>(no concern)</source>
        <translation>(kein Anliegen)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="53"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="204"/>
        <source>Team lead review — {centre}</source>
        <translation>Auswertung der Teamleitung — {centre}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="205"/>
        <source>Team lead review</source>
        <translation>Auswertung der Teamleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="206"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="207"/>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="208"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="209"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="213"/>
        <source>To&amp;day</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="213"/>
        <source>Show today</source>
        <translation>Heute zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="214"/>
        <source>&amp;Yesterday</source>
        <translation>&amp;Gestern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="214"/>
        <source>Show yesterday</source>
        <translation>Gestern zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="215"/>
        <source>This wee&amp;k</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="215"/>
        <source>Show this week, Monday to Sunday</source>
        <translation>Diese Woche zeigen, Montag bis Sonntag</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="216"/>
        <source>This &amp;month</source>
        <translation>Dieser &amp;Monat</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="216"/>
        <source>Show this calendar month</source>
        <translation>Diesen Kalendermonat zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="78"/>
        <source>&amp;Unit</source>
        <translation>&amp;Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="78"/>
        <source>Filter by unit</source>
        <translation>Nach Stelle filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="79"/>
        <source>&amp;Concern</source>
        <translation>&amp;Anliegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="79"/>
        <source>Filter by concern</source>
        <translation>Nach Anliegen filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="80"/>
        <source>&amp;Status</source>
        <translation>Sta&amp;tus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="80"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="81"/>
        <source>L&amp;anguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="81"/>
        <source>Filter by the visitor&apos;s language</source>
        <translation>Nach der Sprache des Besuchers filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="82"/>
        <source>Sta&amp;ff</source>
        <translation>Mita&amp;rbeiter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="82"/>
        <source>Filter by staff member</source>
        <translation>Nach Mitarbeiter filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="83"/>
        <source>&amp;Walk-in or appointment</source>
        <translation>&amp;Ohne oder mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="83"/>
        <source>Filter walk-ins or appointments</source>
        <translation>Besuche ohne oder mit Termin filtern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="110"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="111"/>
        <source>Walk-ins</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="112"/>
        <source>Appointments</source>
        <translation>Mit Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="113"/>
        <source>No-shows (rate)</source>
        <translation>Nicht erschienen (Anteil)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="114"/>
        <source>Waiting, median</source>
        <translation>Wartezeit, Median</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="115"/>
        <source>Waiting, 90th percentile</source>
        <translation>Wartezeit, 90. Perzentil</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="116"/>
        <source>Wait as announced (aim ≥ 80 %)</source>
        <translation>Wartezeit wie angekündigt (Ziel ≥ 80 %)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="117"/>
        <source>Service time, median</source>
        <translation>Beratungsdauer, Median</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="118"/>
        <source>Busiest hours</source>
        <translation>Meistbesuchte Stunden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="122"/>
        <source>Figures for the selection</source>
        <translation>Zahlen zur Auswahl</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="136"/>
        <source>{share} % of {visits}</source>
        <translation>{share} % von {visits}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="223"/>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="224"/>
        <source>Char&amp;ts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="225"/>
        <source>Entries and charts</source>
        <translation>Einträge und Diagramme</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="226"/>
        <source>Entries or charts</source>
        <translation>Einträge oder Diagramme</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="227"/>
        <source>Entries of the selection</source>
        <translation>Einträge der Auswahl</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="228"/>
        <source>&amp;Print day list…</source>
        <translation>Tagesliste dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="229"/>
        <source>Write the day list as PDF and print it (Ctrl+P)</source>
        <translation>Die Tagesliste als PDF erstellen und drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="230"/>
        <source>Print the day list</source>
        <translation>Die Tagesliste drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="231"/>
        <source>Export CS&amp;V…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="232"/>
        <source>Export the selection as CSV</source>
        <translation>Die Auswahl als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="233"/>
        <source>Export &amp;XLSX…</source>
        <translation>XLS&amp;X exportieren…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="234"/>
        <source>Export the selection as Excel workbook</source>
        <translation>Die Auswahl als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="235"/>
        <source>&amp;Include personal data</source>
        <translation>Mit persön&amp;lichen Daten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="236"/>
        <source>Include personal data in exports</source>
        <translation>Persönliche Daten in Exporte aufnehmen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="238"/>
        <source>Adds the visitor&apos;s name, contact, typed concern and note. Needs the team lead again; recorded in the audit log.</source>
        <translation>Fügt Name, Kontakt, eingegebenes Anliegen und Notiz des Besuchers hinzu. Erfordert erneut die Teamleitung; wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="240"/>
        <source>Monthly &amp;report…</source>
        <translation>Mo&amp;natsbericht…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="241"/>
        <source>Write the monthly report as PDF</source>
        <translation>Den Monatsbericht als PDF erstellen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="242"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="243"/>
        <source>Close the review (Esc)</source>
        <translation>Die Auswertung schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="244"/>
        <source>Close the review</source>
        <translation>Die Auswertung schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="245"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="342"/>
        <source>The figures could not be computed: {error}</source>
        <translation>Die Zahlen konnten nicht berechnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="362"/>
        <source>Entries (counting …)</source>
        <translation>Einträge (werden gezählt …)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/review/window.py" line="364"/>
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Einträge: %Ln</numerusform>
            <numerusform>Einträge: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="456"/>
        <source>Report written to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/panels.py" line="132"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="82"/>
        <source>Please wait until the running export has finished.</source>
        <translation>Bitte warten, bis der laufende Export abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="119"/>
        <source>Not finished: {error}</source>
        <translation>Nicht abgeschlossen: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="120"/>
        <source>The work could not be finished.</source>
        <translation>Der Vorgang konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="124"/>
        <source>Cancelled — no file was written.</source>
        <translation>Abgebrochen — es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="380"/>
        <source>Export personal data</source>
        <translation>Persönliche Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="382"/>
        <source>Personal data not exported: the team lead did not confirm.</source>
        <translation>Persönliche Daten nicht exportiert: Die Teamleitung hat nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/work.py" line="36"/>
        <source>Not written: this needs the team-lead role.</source>
        <translation>Nicht geschrieben: Dafür ist die Teamleitung nötig.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="384"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="384"/>
        <source>Export XLSX</source>
        <translation>XLSX exportieren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="386"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="386"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../welcome_desk/ui/review/window.py" line="400"/>
        <source>%n entries exported to {path}</source>
        <translation>
            <numerusform>%n Eintrag exportiert nach {path}</numerusform>
            <numerusform>%n Einträge exportiert nach {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="421"/>
        <source>Day list written to {path}</source>
        <translation>Tagesliste gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="422"/>
        <source>Day list {range}</source>
        <translation>Tagesliste {range}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="426"/>
        <source>Day list</source>
        <translation>Tagesliste</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="445"/>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="445"/>
        <source>Annual report</source>
        <translation>Jahresbericht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/review/window.py" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="101"/>
        <source>Sign &amp;out of team lead</source>
        <translation>Als Teamleitung a&amp;bmelden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="101"/>
        <source>&amp;Sign in as team lead…</source>
        <translation>Als Teamleitung an&amp;melden…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="103"/>
        <source>Back to the reception role ({key})</source>
        <translation>Zurück zur Rolle Empfang ({key})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="103"/>
        <source>Team-lead functions need the password ({key})</source>
        <translation>Funktionen der Teamleitung erfordern das Passwort ({key})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="108"/>
        <source>&amp;Retention of personal data…</source>
        <translation>&amp;Aufbewahrungsfrist persönlicher Daten…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="109"/>
        <source>&amp;Erase personal data now…</source>
        <translation>Persönliche Daten jetzt &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="110"/>
        <source>&amp;Audit log…</source>
        <translation>A&amp;udit-Protokoll…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="111"/>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="112"/>
        <source>Cover the window until someone presses Enter; signs out the team lead</source>
        <translation>Verdeckt das Fenster, bis jemand die Eingabetaste drückt; meldet die Teamleitung ab</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="114"/>
        <source>&amp;Team lead</source>
        <translation>Tea&amp;mleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="115"/>
        <source>Lock &amp;after inactivity (this desk)</source>
        <translation>Sperren nach &amp;Inaktivität (dieser Platz)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="117"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="117"/>
        <source>After {minutes} minutes</source>
        <translation>Nach {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="120"/>
        <source>Role: Team lead{who}</source>
        <translation>Rolle: Teamleitung{who}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="122"/>
        <source>Role: Reception</source>
        <translation>Rolle: Empfang</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="136"/>
        <source>&amp;Change team-lead password…</source>
        <translation>Passwort der Teamleitung ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="136"/>
        <source>Set team-lead &amp;password…</source>
        <translation>Passwort der Teamleitung &amp;festlegen…</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="176"/>
        <source>Signed out of team lead.</source>
        <translation>Als Teamleitung abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="191"/>
        <source>The team-lead password is saved.</source>
        <translation>Das Passwort der Teamleitung ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="200"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="201"/>
        <source>Write this recovery key down and keep it in a safe place. It is shown only now and is the only way to replace a forgotten team-lead password (welcome-desk team-lead recover).</source>
        <translation>Schreiben Sie diesen Wiederherstellungsschlüssel auf und bewahren Sie ihn sicher auf. Er wird nur jetzt angezeigt und ist der einzige Weg, ein vergessenes Passwort der Teamleitung zu ersetzen (welcome-desk team-lead recover).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="234"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="305"/>
        <source>Retention of personal data</source>
        <translation>Aufbewahrungsfrist persönlicher Daten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="242"/>
        <source>Personal data is kept for {days} days; entries erased now: {count}.</source>
        <translation>Persönliche Daten werden {days} Tage aufbewahrt; jetzt gelöschte Einträge: {count}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="252"/>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="261"/>
        <source>Erase personal data now</source>
        <translation>Persönliche Daten jetzt löschen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="262"/>
        <source>Erase the personal data of entries older than {days} days now? Entries affected: {count}.</source>
        <translation>Die persönlichen Daten aller Einträge, die älter als {days} Tage sind, jetzt löschen? Betroffene Einträge: {count}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="266"/>
        <source>Names, contacts, typed concerns and notes are erased for good; the statistics stay.</source>
        <translation>Namen, Kontaktdaten, eingegebene Anliegen und Notizen werden endgültig gelöscht; die Statistik bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="267"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="268"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="136"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="137"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="252"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="253"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="336"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="337"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="280"/>
        <source>Personal data erased; entries affected: {count}.</source>
        <translation>Persönliche Daten gelöscht; betroffene Einträge: {count}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="286"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="393"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="302"/>
        <source>Lock the screen later or never</source>
        <translation>Den Bildschirm später oder nie sperren</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_ui.py" line="338"/>
        <source>The team lead was signed out.</source>
        <translation>Die Teamleitung wurde abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="44"/>
        <source>Please enter a password.</source>
        <translation>Bitte ein Passwort eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="45"/>
        <source>The password needs at least {minimum} characters.</source>
        <translation>Das Passwort braucht mindestens {minimum} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="48"/>
        <source>The password may have at most {maximum} characters.</source>
        <translation>Das Passwort darf höchstens {maximum} Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="51"/>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="52"/>
        <source>No team-lead password is set yet.</source>
        <translation>Es ist noch kein Passwort für die Teamleitung festgelegt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="53"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="189"/>
        <source>Too many wrong attempts. Please wait {seconds} s before the next try.</source>
        <translation>Zu viele falsche Versuche. Bitte {seconds} s bis zum nächsten Versuch warten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="109"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="111"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="134"/>
        <source>Sign in as team lead</source>
        <translation>Als Teamleitung anmelden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="113"/>
        <source>“{what}” needs the team-lead role. Please enter the team-lead password.</source>
        <translation>„{what}“ erfordert die Rolle Teamleitung. Bitte das Passwort der Teamleitung eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="115"/>
        <source>Please enter the team-lead password.</source>
        <translation>Bitte das Passwort der Teamleitung eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="120"/>
        <source>Your initials for the audit log</source>
        <translation>Ihr Kürzel für das Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="121"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="122"/>
        <source>Team-lead password</source>
        <translation>Passwort der Teamleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="124"/>
        <source>Your &amp;initials:</source>
        <translation>Ihr &amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="126"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="133"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="175"/>
        <source>The password is not right.</source>
        <translation>Das Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="195"/>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="212"/>
        <source>Change team-lead password</source>
        <translation>Passwort der Teamleitung ändern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="212"/>
        <source>Set team-lead password</source>
        <translation>Passwort der Teamleitung festlegen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="216"/>
        <source>Enter the current password, then the new one twice.</source>
        <translation>Bitte das aktuelle Passwort eingeben, dann zweimal das neue.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="218"/>
        <source>No team-lead password is set yet. Team-lead functions (exports with personal data, centre editing, retention, erasing, restore) need one. Set it now and keep it safe.</source>
        <translation>Es ist noch kein Passwort für die Teamleitung festgelegt. Funktionen der Teamleitung (Exporte mit persönlichen Daten, Zentrum bearbeiten, Aufbewahrungsfrist, Löschen, Wiederherstellen) brauchen eines. Bitte jetzt festlegen und sicher aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="223"/>
        <source>“{what}” needs the team-lead role.</source>
        <translation>„{what}“ erfordert die Rolle Teamleitung.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="226"/>
        <source>Current team-lead password</source>
        <translation>Aktuelles Passwort der Teamleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="227"/>
        <source>New team-lead password</source>
        <translation>Neues Passwort der Teamleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="228"/>
        <source>New team-lead password again</source>
        <translation>Neues Passwort der Teamleitung wiederholen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="229"/>
        <source>At least {minimum} characters; a few words make a good password.</source>
        <translation>Mindestens {minimum} Zeichen; einige Wörter ergeben ein gutes Passwort.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="235"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="240"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="242"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="249"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="250"/>
        <source>Save password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="270"/>
        <source>The two new passwords differ. Please type them again.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="308"/>
        <source>The visitor&apos;s name and contact, the concern as typed and notes are erased automatically when an entry is older than this period. Tickets, units, concerns, times and statuses stay for the statistics.</source>
        <translation>Name und Kontakt des Besuchers, das eingegebene Anliegen und Notizen werden automatisch gelöscht, wenn ein Eintrag älter als diese Frist ist. Nummern, Stellen, Anliegen, Zeiten und Status bleiben für die Statistik erhalten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="318"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="319"/>
        <source>Retention period in days</source>
        <translation>Aufbewahrungsfrist in Tagen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="320"/>
        <source>Keep personal data for:</source>
        <translation>Persönliche Daten aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="333"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="334"/>
        <source>Save the retention period</source>
        <translation>Die Aufbewahrungsfrist speichern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="357"/>
        <source>Entries with personal data: {count}; the oldest is from {day}.</source>
        <translation>Einträge mit persönlichen Daten: {count}; der älteste ist vom {day}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="361"/>
        <source>No entry holds personal data at the moment.</source>
        <translation>Zurzeit enthält kein Eintrag persönliche Daten.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="366"/>
        <source>Saving erases the personal data of older entries now: {count}.</source>
        <translation>Speichern löscht jetzt die persönlichen Daten älterer Einträge: {count}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="368"/>
        <source>Saving erases nothing now.</source>
        <translation>Speichern löscht jetzt nichts.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="396"/>
        <source>Show only this action</source>
        <translation>Nur diese Aktion zeigen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="397"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="400"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="409"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="409"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="409"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="409"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="409"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="422"/>
        <source>Audit records, newest first</source>
        <translation>Audit-Einträge, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="425"/>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="426"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="438"/>
        <source>team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="438"/>
        <source>reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="438"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/roles_dialogs.py" line="451"/>
        <source>{count} records</source>
        <translation>{count} Einträge</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="48"/>
        <source>Who is at this desk</source>
        <translation>Wer ist an diesem Platz</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="49"/>
        <source>&amp;Who is working at this desk?</source>
        <translation>&amp;Wer arbeitet an diesem Platz?</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="50"/>
        <source>Who is working at this desk</source>
        <translation>Wer an diesem Platz arbeitet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="54"/>
        <source>Initials or a role (e.g. “Desk 2”) — no full names needed. Every status change is recorded with it. Left empty, the computer&apos;s user name ({user}) is recorded.</source>
        <translation>Kürzel oder eine Rolle (z. B. „Platz 2“) — keine vollen Namen nötig. Jede Statusänderung wird damit erfasst. Bleibt das Feld leer, wird der Benutzername des Computers ({user}) erfasst.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="58"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/staff_dialog.py" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../welcome_desk/ui/start_window.py" line="52"/>
        <source>Opening the desk …</source>
        <translation>Der Empfang wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="22"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="23"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="24"/>
        <source>Called</source>
        <translation>Aufgerufen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="25"/>
        <source>In service</source>
        <translation>In Beratung</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="26"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="27"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="28"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="29"/>
        <source>Referred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="45"/>
        <source>Walk-in</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/models.py" line="45"/>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../welcome_desk/ui/suggestions.py" line="58"/>
        <source>{unit}, match {percent} percent: {reason}</source>
        <translation>{unit}, Übereinstimmung {percent} Prozent: {reason}</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="63"/>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="71"/>
        <source>Last ticket</source>
        <translation>Letzte Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="64"/>
        <source>Ticket number</source>
        <translation>Wartenummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="65"/>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="131"/>
        <source>Slip of this ticket</source>
        <translation>Laufzettel dieser Nummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="66"/>
        <source>Print &amp;again</source>
        <translation>&amp;Erneut drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="67"/>
        <source>Print this slip again</source>
        <translation>Diesen Laufzettel erneut drucken</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="68"/>
        <source>Print the slip of this ticket again (Ctrl+P)</source>
        <translation>Den Laufzettel dieser Nummer erneut drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="74"/>
        <source>No ticket issued yet.</source>
        <translation>Noch keine Nummer ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="85"/>
        <source>Ticket issued ✓</source>
        <translation>Wartenummer ausgegeben ✓</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="85"/>
        <source>Appointment booked ✓</source>
        <translation>Termin gebucht ✓</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="88"/>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="89"/>
        <source>Ticket number {ticket}</source>
        <translation>Nummer {ticket}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="95"/>
        <source>Room {room}</source>
        <translation>Raum {room}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="106"/>
        <source>Referral slip ✓</source>
        <translation>Verweiszettel ✓</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="108"/>
        <source>Sent to a partner outside this building — no waiting number</source>
        <translation>An einen Partner außerhalb dieses Gebäudes verwiesen — keine Wartenummer</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="111"/>
        <source>Ticket valid from {time}, about {low}–{high} minutes&apos; wait from then</source>
        <translation>Wartenummer gilt ab {time}, ab dann etwa {low}–{high} Minuten Wartezeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="116"/>
        <source>Walk-in, logged at {time} — about {low}–{high} minutes&apos; wait</source>
        <translation>Ohne Termin, erfasst um {time} — etwa {low}–{high} Minuten Wartezeit</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="121"/>
        <source>Walk-in, logged at {time} — please wait to be called</source>
        <translation>Ohne Termin, erfasst um {time} Uhr — bitte warten, bis die Nummer aufgerufen wird</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="125"/>
        <source>Appointment on {date} at {time}</source>
        <translation>Termin am {date} um {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="160"/>
        <source>PDF: {name}</source>
        <translation>PDF: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="167"/>
        <source>Print preview closed without printing.</source>
        <translation>Druckvorschau ohne Drucken geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="168"/>
        <source>Not printed: no printer is set up.</source>
        <translation>Nicht gedruckt: kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="169"/>
        <source>The slip could not be printed.</source>
        <translation>Der Laufzettel konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="170"/>
        <source>No slip PDF: {error}</source>
        <translation>Kein Laufzettel-PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="171"/>
        <source>Slip saved.</source>
        <translation>Laufzettel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="103"/>
        <source>* sample value, please check</source>
        <translation>* Beispielwert, bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="165"/>
        <source>Not printed: the printer {printer} reports: {problem}. Fix it, then Ctrl+P.</source>
        <translation>Nicht gedruckt: Der Drucker {printer} meldet: {problem}. Beheben, dann Strg+P.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="164"/>
        <source>Slip printed on {printer}.</source>
        <translation>Laufzettel auf {printer} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="162"/>
        <source>Slip sent to the printer {printer} — not yet confirmed as printed.</source>
        <translation>Laufzettel an den Drucker {printer} gesendet — Druck noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="163"/>
        <source>Slip sent to the printer — not yet confirmed as printed.</source>
        <translation>Laufzettel an den Drucker gesendet — Druck noch nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/ticket_card.py" line="131"/>
        <source>Slip: {state}</source>
        <translation>Laufzettel: {state}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="330"/>
        <source>&amp;Id</source>
        <translation>&amp;Id</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="331"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="332"/>
        <source>Ticket &amp;prefix</source>
        <translation>Wartenummer-&amp;Buchstaben</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="333"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="334"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="335"/>
        <source>Coun&amp;ter</source>
        <translation>Sc&amp;halter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="336"/>
        <source>Phone n&amp;umbers</source>
        <translation>Tele&amp;fonnummern</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="337"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="338"/>
        <source>Takes</source>
        <translation>Nimmt an</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="339"/>
        <source>S&amp;lot length (minutes)</source>
        <translation>Terminlän&amp;ge (Minuten)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="340"/>
        <source>Visitors per sl&amp;ot</source>
        <translation>Besucher pro Ter&amp;min</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="344"/>
        <source>Unit id</source>
        <translation>Id der Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="345"/>
        <source>Ticket prefix (one or two capital letters)</source>
        <translation>Buchstaben der Wartenummer (ein oder zwei Großbuchstaben)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="346"/>
        <source>Kind of unit</source>
        <translation>Art der Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="347"/>
        <source>Office of the centre</source>
        <translation>Stelle des Zentrums</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="347"/>
        <source>Partner in the house</source>
        <translation>Partner im Haus</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="347"/>
        <source>External office</source>
        <translation>Externe Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="349"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="350"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="351"/>
        <source>Phone numbers, one per line</source>
        <translation>Telefonnummern, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="352"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="353"/>
        <source>&amp;Walk-ins (tickets)</source>
        <translation>&amp;Ohne Termin (Wartenummern)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="354"/>
        <source>Takes walk-ins</source>
        <translation>Nimmt Besuche ohne Termin an</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="355"/>
        <source>&amp;Appointments</source>
        <translation>Mit &amp;Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="356"/>
        <source>Takes appointments</source>
        <translation>Nimmt Termine an</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="357"/>
        <source>Slot length in minutes</source>
        <translation>Terminlänge in Minuten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="358"/>
        <source>Visitors per appointment slot</source>
        <translation>Besucher pro Termin</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="359"/>
        <source>Own &amp;hours (otherwise the centre&apos;s hours apply)</source>
        <translation>Eigene &amp;Zeiten (sonst gelten die des Zentrums)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="360"/>
        <source>Unit has its own hours</source>
        <translation>Stelle hat eigene Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="362"/>
        <source>Per day: ranges like 08:00–12:00, 13:00–16:00; add “walk-in” or “appointment” after a range for one kind of visit only. Empty = closed that day.</source>
        <translation>Je Tag: Zeiträume wie 08:00–12:00, 13:00–16:00; „walk-in“ oder „appointment“ nach einem Zeitraum gilt nur für Besuche ohne bzw. mit Termin. Leer = an diesem Tag geschlossen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="367"/>
        <source>Unit {name} ({id})</source>
        <translation>Stelle {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="372"/>
        <source>Unit: {name}</source>
        <translation>Stelle: {name}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="376"/>
        <source>Unit name</source>
        <translation>Name der Stelle</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="394"/>
        <source>Hours — {day}</source>
        <translation>Zeiten — {day}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="395"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/forms.py" line="415"/>
        <source>{where} — Takes: choose walk-ins, appointments or both</source>
        <translation>{where} — Nimmt an: bitte ohne Termin, mit Termin oder beides wählen</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="49"/>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="60"/>
        <source>Suggested words</source>
        <translation>Vorgeschlagene Wörter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="52"/>
        <source>Words reception typed when routing did not find the concern first. Accepted words become keywords of the concern; words nobody accepts are forgotten with the retention period.</source>
        <translation>Wörter, die der Empfang eingab, als die Zuordnung das Anliegen nicht als erstes fand. Übernommene Wörter werden Stichwörter des Anliegens; nicht übernommene werden mit der Aufbewahrungsfrist vergessen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="61"/>
        <source>Tick the words to accept or drop (Space ticks)</source>
        <translation>Wörter zum Übernehmen oder Verwerfen ankreuzen (Leertaste kreuzt an)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="64"/>
        <source>{word} → {concern} ({uses}×)</source>
        <translation>{word} → {concern} ({uses}×)</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="73"/>
        <source>Language of the accepted words</source>
        <translation>Sprache der übernommenen Wörter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="74"/>
        <source>The words are added to the keywords of this language</source>
        <translation>Die Wörter kommen zu den Stichwörtern dieser Sprache</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="75"/>
        <source>&amp;Language of the words</source>
        <translation>&amp;Sprache der Wörter</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="77"/>
        <source>&amp;Accept ticked words</source>
        <translation>Angekreuzte Wörter &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="78"/>
        <source>Add the ticked words to their concern&apos;s keywords</source>
        <translation>Die angekreuzten Wörter zu den Stichwörtern ihres Anliegens hinzufügen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="80"/>
        <source>&amp;Drop ticked words</source>
        <translation>Angekreuzte Wörter &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="81"/>
        <source>Forget the ticked words</source>
        <translation>Die angekreuzten Wörter vergessen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="86"/>
        <source>Close; accepted and dropped words are already stored</source>
        <translation>Schließen; übernommene und verworfene Wörter sind schon gespeichert</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/centre_editor/vocabulary_dialog.py" line="96"/>
        <source>No suggested words at the moment.</source>
        <translation>Zurzeit keine vorgeschlagenen Wörter.</translation>
    </message>
</context>
<context>
    <name>WalkInAdvice</name>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="37"/>
        <source>Partner outside this building</source>
        <translation>Partner außerhalb dieses Gebäudes</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="39"/>
        <source>{unit} is not in this building ({address}).</source>
        <translation>{unit} ist nicht in diesem Gebäude ({address}).</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="43"/>
        <source>The visitor gets a referral slip with the address, hours and phone — no waiting number.</source>
        <translation>Die Besucherin oder der Besucher erhält einen Verweiszettel mit Adresse, Öffnungszeiten und Telefon — keine Wartenummer.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="47"/>
        <source>* Sample value in this centre file — please check before relying on it.</source>
        <translation>* Beispielwert in dieser Zentrumsdatei — bitte vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="51"/>
        <source>&amp;Referral slip</source>
        <translation>&amp;Verweiszettel</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="55"/>
        <source>Closed now</source>
        <translation>Jetzt geschlossen</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="59"/>
        <source>{unit} is closed now; it opens again at {time}.</source>
        <translation>{unit} ist jetzt geschlossen und öffnet wieder um {time}.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="64"/>
        <source>Ticket &amp;from {time}</source>
        <translation>Wartenummer a&amp;b {time}</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="70"/>
        <source>{unit} is closed for the rest of today.</source>
        <translation>{unit} ist heute nicht mehr geöffnet.</translation>
    </message>
    <message>
        <location filename="../../welcome_desk/ui/walk_in_advice.py" line="72"/>
        <source>&amp;Appointment…</source>
        <translation>&amp;Termin…</translation>
    </message>
</context>
</TS>
